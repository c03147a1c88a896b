"""Annotations: the W3C form, the store that never loses a note, and re-anchoring."""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

import pytest

from reader.core.notes.anchoring import AnchorStatus, anchor
from reader.core.notes.annotations import from_w3c, make_target, new_annotation, to_w3c
from reader.core.notes.store import AnnotationStore
from tests import w3c
from tests.conftest import ROOT, needs_shared

TEXT = (
    "英伟达今天发布了新的芯片。\n"
    "市场分析师认为，这款芯片将改变数据中心的格局。\n"
    "黄仁勋在发布会上说：“这是我们最重要的产品。”\n"
    "竞争对手也在加紧研发自己的芯片。\n"
)


def sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()


def write_doc(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def note_on(path: Path, text: str, quote: str, **fields):
    start = text.index(quote)
    return new_annotation([make_target(path, sha(text), text, start, start + len(quote))], **fields)


# -- W3C form ------------------------------------------------------------------------------


def test_w3c_form_round_trips_and_carries_the_model_fields(tmp_path):
    doc = write_doc(tmp_path, "a.txt", TEXT)
    annotation = note_on(
        doc, TEXT, "数据中心", note="**关键**论点", tags=["claim", "数据"], colour="blue"
    )
    data = to_w3c(annotation)
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "Annotation" and data["id"].startswith("urn:uuid:")
    assert {
        "type": "TextualBody",
        "value": "**关键**论点",
        "format": "text/markdown",
        "purpose": "commenting",
    } in data["body"]
    assert [b["value"] for b in data["body"] if b.get("purpose") == "tagging"] == ["claim", "数据"]
    selectors = {s["type"]: s for s in data["target"]["selector"]}
    start = TEXT.index("数据中心")
    assert selectors["TextPositionSelector"] == {
        "type": "TextPositionSelector",
        "start": start,
        "end": start + 4,
    }
    assert selectors["TextQuoteSelector"]["exact"] == "数据中心"
    assert TEXT[:start].endswith(selectors["TextQuoteSelector"]["prefix"])
    assert data["target"]["source"]["sha256"] == sha(TEXT)
    assert from_w3c(json.loads(json.dumps(data))) == annotation


@needs_shared(w3c.SCHEMAS / "annotations" / "annotationMusts.test")
def test_stored_files_validate_against_the_w3c_test_suite(tmp_path, data_dir):
    left = write_doc(tmp_path, "left.txt", TEXT)
    right = write_doc(tmp_path, "right.txt", TEXT.replace("芯片", "晶片"))
    store = AnnotationStore(data_dir)
    notes = store.notes_for(left, sha(TEXT))
    plain = note_on(left, TEXT, "芯片", note="a *note* with <b>html</b>", tags=["figure"])
    bare = note_on(left, TEXT, "英伟达")  # no note, no tags: no body at all
    right_text = right.read_text(encoding="utf-8")
    linked = new_annotation(
        [plain.targets[0], make_target(right, sha(right_text), right_text, 7, 9)],
        note="same claim, different word",
    )
    notes.put(plain, bare, linked)
    notes.put(plain.edited(deleted="2026-01-01T00:00:00.000Z"))  # one in the trash
    data = json.loads(notes.file.read_text(encoding="utf-8"))
    items = data["first"]["items"] + data["trash"]
    assert len(items) == 3
    for item in items:
        assert w3c.must_failures(item) == [], item
    assert w3c.must_failures(data, "collections/collectionMusts.test") == []


# -- the store -----------------------------------------------------------------------------


def test_a_moved_document_finds_its_notes_by_hash_and_an_edited_one_by_path(tmp_path, data_dir):
    doc = write_doc(tmp_path, "a.txt", TEXT)
    AnnotationStore(data_dir).notes_for(doc, sha(TEXT)).put(note_on(doc, TEXT, "芯片"))
    moved = tmp_path / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    doc.rename(moved)
    notes = AnnotationStore(data_dir).notes_for(moved, sha(TEXT))
    assert len(notes.live()) == 1
    edited = "前言。\n" + TEXT
    moved.write_text(edited, encoding="utf-8")
    again = AnnotationStore(data_dir).notes_for(moved, sha(edited))
    [located] = again.locate(edited, sha(edited))
    assert located.anchor.status is AnchorStatus.MOVED
    assert edited[located.anchor.start : located.anchor.end] == "芯片"


def test_two_instances_on_one_document_keep_each_others_changes(tmp_path, data_dir):
    doc = write_doc(tmp_path, "a.txt", TEXT)
    first = AnnotationStore(data_dir).notes_for(doc, sha(TEXT))
    second = AnnotationStore(data_dir).notes_for(doc, sha(TEXT))
    a = note_on(doc, TEXT, "芯片", note="from the first")
    b = note_on(doc, TEXT, "市场", note="from the second")
    first.put(a)
    second.put(b)  # second never reloaded: its save merges the first's note
    first.put(a.edited(note="edited in the first"))
    second.put(b.edited(tags=("claim",)))
    third = AnnotationStore(data_dir).notes_for(doc, sha(TEXT))
    notes = {x.note: x for x in third.live()}
    assert set(notes) == {"edited in the first", "from the second"}
    assert notes["from the second"].tags == ("claim",)
    # The first picks the second's change up from disk (as after a sync tool's write).
    assert first.reload() == {b.id}  # only what changed, so a view updates only that
    assert first.reload() == set()  # nothing new on disk
    assert {x.note for x in first.live()} == set(notes)


def test_trash_and_emptying_it_travel_between_instances(tmp_path, data_dir):
    doc = write_doc(tmp_path, "a.txt", TEXT)
    first = AnnotationStore(data_dir).notes_for(doc, sha(TEXT))
    a = note_on(doc, TEXT, "芯片")
    first.put(a)
    second = AnnotationStore(data_dir).notes_for(doc, sha(TEXT))
    second.put(second.annotations[a.id].edited(deleted="2026-11-22T00:00:00.000Z"))
    first.reload()
    assert first.live() == [] and [x.id for x in first.trash()] == [a.id]
    second.purge(a.id)
    first.put(note_on(doc, TEXT, "市场"))  # an unrelated save must not bring it back
    assert a.id not in AnnotationStore(data_dir).notes_for(doc, sha(TEXT)).annotations


def test_an_unreadable_file_is_set_aside_never_overwritten(tmp_path, data_dir):
    doc = write_doc(tmp_path, "a.txt", TEXT)
    notes = AnnotationStore(data_dir).notes_for(doc, sha(TEXT))
    notes.put(note_on(doc, TEXT, "芯片"))
    notes.file.write_text('{"type": "AnnotationCollection", "first": {"items": [{"broken', "utf-8")
    fresh = AnnotationStore(data_dir).notes_for(doc, sha(TEXT))
    assert "could not be read" in fresh.problem and "kept as" in fresh.problem
    kept = list(notes.file.parent.glob("*.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").endswith('"broken')
    fresh.put(note_on(doc, TEXT, "市场"))
    assert kept[0].read_text(encoding="utf-8").endswith('"broken')  # untouched
    # The instance that was open all along saves what it had, and merges the new note.
    notes.put(note_on(doc, TEXT, "黄仁勋"))
    quotes = {
        x.targets[0].exact for x in AnnotationStore(data_dir).notes_for(doc, sha(TEXT)).live()
    }
    assert quotes == {"芯片", "市场", "黄仁勋"}


def test_saves_keep_rolling_backups(tmp_path, data_dir, monkeypatch):
    from reader.core.notes import store as annotation_store

    monkeypatch.setattr(annotation_store, "BACKUP_INTERVAL_S", 0)
    monkeypatch.setattr(annotation_store, "BACKUP_KEEP", 3)
    # Backups are named by the second: each save's name is a second after the last, by a
    # clock the test turns, instead of sleeping a second between saves.
    seconds = itertools.count(int(time.time()))
    clock = types.SimpleNamespace(
        time=time.time,
        strftime=lambda pattern: time.strftime(pattern, time.localtime(next(seconds))),
    )
    monkeypatch.setattr(annotation_store, "time", clock)
    doc = write_doc(tmp_path, "a.txt", TEXT)
    notes = AnnotationStore(data_dir).notes_for(doc, sha(TEXT))
    for quote in ["英伟达", "芯片", "市场", "黄仁勋", "竞争"]:
        notes.put(note_on(doc, TEXT, quote))
    backups = sorted((notes.file.parent / "backups").glob("*.json"))
    assert len(backups) == 3
    counts = [len(json.loads(b.read_text(encoding="utf-8"))["first"]["items"]) for b in backups]
    assert counts == [2, 3, 4]  # each is the file as it was before a later save


# -- killed at any moment ------------------------------------------------------------------

WRITER = """
import sys, itertools
from pathlib import Path
from reader.core.notes.store import AnnotationStore
from reader.core.notes.annotations import make_target, new_annotation
doc, sha, data = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
text = doc.read_text(encoding="utf-8")
notes = AnnotationStore(data).notes_for(doc, sha)
for k in itertools.count():
    start = k % (len(text) - 2)
    annotation = new_annotation([make_target(doc, sha, text, start, start + 2)], note=f"n{k}")
    notes.put(annotation)
    print(annotation.id, flush=True)
"""


def test_killed_at_random_moments_the_store_holds_every_saved_note(tmp_path, data_dir):
    """Each round the writer is killed after a random number of confirmed saves (not after a
    random time, which on a busy machine may pass before Python has even started), so the
    kill lands at a different point of its save loop each round."""
    doc = write_doc(tmp_path, "a.txt", TEXT * 20)
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    confirmed: set[str] = set()
    for _round in range(12):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(doc), sha(TEXT * 20), str(data_dir)],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        wanted = rng.randint(1, 40)
        hang_guard = threading.Timer(120, process.kill)  # fails instead of hanging
        hang_guard.start()
        seen = [process.stdout.readline() for _ in range(wanted)]
        hang_guard.cancel()
        os.kill(process.pid, signal.SIGKILL)
        out, _ = process.communicate()
        assert all(line.strip() for line in seen), "the writer stopped before it was killed"
        out = "".join(seen) + out
        confirmed.update(out.split())  # each id is printed after its put() returned
        notes = AnnotationStore(data_dir).notes_for(doc, sha(TEXT * 20))
        assert notes.problem is None  # the file always parses
        assert confirmed <= set(notes.annotations)
    assert len(confirmed) > 12


# -- re-anchoring --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "status"),
    [
        (lambda t: t, AnchorStatus.ANCHORED),
        (lambda t: "新的开头一段文字。\n" + t, AnchorStatus.MOVED),  # inserted before
        (lambda t: t.replace("英伟达今天发布了新的芯片。\n", ""), AnchorStatus.MOVED),  # deleted
        (lambda t: t.replace("分析师认为", "分析人士普遍认为"), AnchorStatus.MOVED),  # edit nearby
        (lambda t: t.replace("改变数据中心的格局", "改变数据中心格局"), AnchorStatus.MOVED),
        (lambda t: t.replace("这款芯片将改变数据中心的格局", "天气不错"), AnchorStatus.ORPHANED),
    ],
)
def test_reanchoring_after_changes(tmp_path, change, status):
    doc = write_doc(tmp_path, "a.txt", TEXT)
    annotation = note_on(doc, TEXT, "这款芯片将改变数据中心的格局")
    changed = change(TEXT)
    found = anchor(changed, annotation.targets[0], sha(changed))
    assert found.status is status
    if status is AnchorStatus.ORPHANED:
        assert found.start is None
    else:
        assert changed[found.start : found.end] in (
            "这款芯片将改变数据中心的格局",
            "这款芯片将改变数据中心格局",
        )


def test_repeated_quote_goes_to_the_occurrence_with_the_same_context(tmp_path):
    text = "甲说芯片很好。乙说芯片很贵。丙说芯片很快。"
    doc = write_doc(tmp_path, "a.txt", text)
    start = text.index("乙说芯片") + 2
    target = make_target(doc, sha(text), text, start, start + 2)
    changed = "开头。" + text.replace("甲说芯片很好。", "")
    found = anchor(changed, target, sha(changed))
    assert found.status is AnchorStatus.MOVED
    assert changed[found.start - 2 : found.end + 2] == "乙说芯片很贵"


def test_rendered_notes_never_run_or_load_anything():
    from reader.core.formats.note_html import render_note

    html = render_note(
        "**bold** <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n"
        "![pic](https://example.com/a.png) [bad](javascript:alert(1)) [ok](https://ok.example)"
    )
    assert "<strong>bold</strong>" in html
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert "&lt;script&gt;" in html and "[image: pic]" in html
    assert 'href="https://ok.example"' in html
