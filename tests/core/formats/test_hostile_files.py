"""Crafted or damaged input stays harmless: no file outside the data folder, no traceback,
no hang, nothing lost silently (issue 11). Each test names the finding it guards."""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import DocumentError, DuiduError
from reader.core.formats.files import RefusedFile, display_text, read_regular_file
from reader.core.formats.stored_json import parse_json
from reader.core.notes.annotations import from_w3c, make_target, new_annotation, to_w3c
from reader.core.notes.notebook import import_annotations, read_annotations
from reader.core.notes.store import AnnotationStore
from reader.core.storage import atomic_write_text, remove_stale_temps
from reader.core.text.document import load_document

TEXT = "英伟达今天发布了新的芯片。\n市场分析师认为，这款芯片将改变数据中心的格局。\n"
KEY_NAME = re.compile(r"[0-9a-f]{16}(?:[0-9a-f]{16}|[0-9a-f]{48})?\.json")


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _document(folder: Path, name: str | bytes = "a.txt", text: str = TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name))))
    path.write_text(text, encoding="utf-8")
    return path


def _annotated(store: AnnotationStore, path: Path, quote: str = "芯片", **fields):
    document = load_document(path)
    start = document.text.index(quote)
    target = make_target(document.path, document.sha256, document.text, start, start + 2)
    annotation = new_annotation([target], **fields)
    store.notes_for(document.path, document.sha256).put(annotation)
    return annotation


def _one_note(tmp_path: Path, **fields):
    """A document with one note saved: (document path, annotation, its notes file)."""
    doc = _document(tmp_path / "docs")
    annotation = _annotated(AnnotationStore(tmp_path / "data"), doc, **fields)
    [file] = [p for p in (tmp_path / "data" / "annotations").glob("*.json") if p.stem != "index"]
    return doc, annotation, file


def _imported(sha256: object = None, path: str | None = None, **overrides) -> dict:
    source: dict = {"type": "Text"}
    if sha256 is not None:
        source["sha256"] = sha256
    if path is not None:
        source["id"] = Path(path).as_uri()
    item = {
        "type": "Annotation",
        "id": overrides.pop("id", "urn:uuid:00000000-0000-4000-8000-000000000001"),
        "created": "2026-01-01T00:00:00.000Z",
        "target": {
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": "芯片", "prefix": "", "suffix": ""},
                {"type": "TextPositionSelector", "start": 11, "end": 13},
            ],
        },
    }
    item.update(overrides)
    return item


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


# -- 1. file names come only from digests Duidu computed -----------------------------------


@pytest.mark.parametrize("digest", ["/srv/x/v", "../../escaped", "a" * 63 + "/", "x" * 64])
def test_an_imported_hash_never_names_a_file(tmp_path, digest):
    data = tmp_path / "data"
    victim = tmp_path / "srv" / "x"
    victim.mkdir(parents=True)
    (victim / "v.json").write_text("{}")
    store = AnnotationStore(data)
    before = _files_under(tmp_path)
    with pytest.raises(DuiduError, match=r"Annotation 1 .*not a SHA-256.*Nothing was imported"):
        import_annotations(store, read_annotations(json.dumps([_imported(digest)])))
    assert _files_under(tmp_path) == before
    assert (victim / "v.json").read_text() == "{}"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    digest=st.one_of(st.text(max_size=70), st.from_regex(r"[0-9a-fA-F]{64}", fullmatch=True)),
    path=st.one_of(st.none(), st.text(min_size=1, max_size=40).map(lambda t: "/" + t)),
)
def test_whatever_an_import_says_only_key_named_files_appear(tmp_path, digest, path):
    data = tmp_path / "data"
    store = AnnotationStore(data)
    outside = _files_under(tmp_path) - _files_under(data)
    with contextlib.suppress(DuiduError):
        import_annotations(
            store, read_annotations(json.dumps([_imported(digest, path)], ensure_ascii=True))
        )
    assert _files_under(tmp_path) - _files_under(data) == outside
    folder = data / "annotations"
    for file in folder.glob("*") if folder.is_dir() else []:
        if file.name in ("index.json", "index.json.lock", "backups"):
            continue
        name = file.name.removesuffix(".lock")
        assert KEY_NAME.fullmatch(name), file.name


def test_a_path_that_looks_like_a_windows_drive_is_imported_as_the_path_it_is(tmp_path):
    """Hypothesis found /o:(… : Windows's file:///C:/… rule made it the relative o:(…,
    and saving the index then failed with a bare ValueError. Elsewhere it is a path like
    any other; an address that is no absolute path is refused with a sentence."""
    data = tmp_path / "data"
    store = AnnotationStore(data)
    import_annotations(
        store, read_annotations(json.dumps([_imported(None, "/o:(\x181e")], ensure_ascii=True))
    )
    [notes] = store.documents()
    assert notes.document_path == "/o:(\x181e"
    relative = _imported(None, None)
    relative["target"]["source"]["id"] = "file://o:"  # a host, no path
    with pytest.raises(DuiduError, match="not a file path"):
        import_annotations(store, read_annotations(json.dumps([relative])))


def test_notes_without_a_hash_get_a_file_per_document(tmp_path):
    data = tmp_path / "data"
    items = [
        _imported(None, "/one/a.txt", id="urn:uuid:1"),
        _imported(None, "/two/b.txt", id="urn:uuid:2"),
    ]
    import_annotations(AnnotationStore(data), read_annotations(json.dumps(items)))
    names = sorted(p.name for p in (data / "annotations").glob("*.json"))
    assert ".json" not in names
    notes = [n for n in names if n != "index.json"]
    assert len(notes) == 2 and all(KEY_NAME.fullmatch(n) for n in notes)


def test_thousands_of_hashes_sharing_a_prefix_get_short_keys_and_one_index_write(
    tmp_path, monkeypatch
):
    import reader.core.notes.store as module

    writes = []
    real = module.atomic_write_text
    monkeypatch.setattr(
        module,
        "atomic_write_text",
        lambda path, text, **kw: (writes.append(path), real(path, text, **kw)),
    )
    prefix = "ab" * 8
    items = [
        _imported(prefix + f"{k:016x}" + "0" * 32, f"/docs/{k}.txt", id=f"urn:uuid:{k}")
        for k in range(300)
    ]
    report = import_annotations(AnnotationStore(tmp_path), read_annotations(json.dumps(items)))
    assert report.added == 300
    keys = [p.stem for p in (tmp_path / "annotations").glob("*.json") if p.name != "index.json"]
    assert len(keys) == 300 and max(map(len, keys)) <= 64
    assert sorted(map(len, keys)) == [16] + [32] * 299
    assert len([w for w in writes if Path(w).name == "index.json"]) == 1


# -- 2, 3. a file set aside is said, once, and never set aside again ------------------------


def test_a_file_set_aside_is_reported_by_the_store_and_never_set_aside_twice(tmp_path):
    _doc, _annotation, file = _one_note(tmp_path)
    file.write_text('{"type": "AnnotationCollection", "first": {"items": [1]}}')
    for _ in range(6):
        fresh = AnnotationStore(tmp_path / "data")
        fresh.documents()
        fresh.take_problems()
    kept = list((tmp_path / "data" / "annotations").glob("*.unreadable-*"))
    assert len(kept) == 1 and kept[0].name.count("unreadable") == 1
    again = AnnotationStore(tmp_path / "data")
    assert again.documents() == [] and again.take_problems() == []


def test_every_way_of_listing_notes_says_which_file_was_set_aside(tmp_path):
    _doc, _annotation, file = _one_note(tmp_path)
    file.write_text("[[[")
    fresh = AnnotationStore(tmp_path / "data")
    fresh.documents()
    [problem] = fresh.take_problems()
    assert file.name in problem and "a.txt" in problem and "kept as" in problem
    assert fresh.take_problems() == []  # said once


def test_a_file_of_another_tool_in_the_folder_is_never_read(tmp_path):
    folder = tmp_path / "data" / "annotations"
    folder.mkdir(parents=True)
    (folder / "fromsync.json").write_text("[" * 100_000 + "]" * 100_000)
    doc = _document(tmp_path / "docs")
    store = AnnotationStore(tmp_path / "data")
    _annotated(store, doc)
    assert len(AnnotationStore(tmp_path / "data").documents()) == 1
    assert (folder / "fromsync.json").exists()  # neither read nor set aside


# -- 6. stored JSON that stays broken: a sentence, never a traceback ------------------------


@pytest.mark.parametrize(
    "damage",
    [
        lambda item: item["target"]["selector"][1].update(start=float("inf")),
        lambda item: item["target"]["selector"][1].update(start=10**400),
        lambda item: item["target"]["selector"][1].update(start=True),
        lambda item: item["target"]["source"].update(sha256={"a": 1}),
        lambda item: item["target"]["source"].update(sha256="a\x00" * 32),
        lambda item: item["body"][0].update(value="\ud800"),
        lambda item: item["target"]["selector"][0].update(exact="\udfff"),
        lambda item: item.update(modified="yesterday"),
        lambda item: item.update(body=[[[[[[[]]]]]]]),
    ],
)
def test_a_damaged_value_sets_the_file_aside_with_a_sentence(tmp_path, damage):
    doc, _annotation, file = _one_note(tmp_path, note="a note")
    data = json.loads(file.read_text())
    damage(data["first"]["items"][0])
    file.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    fresh = AnnotationStore(tmp_path / "data")
    document = load_document(doc)
    notes = fresh.notes_for(document.path, document.sha256)
    assert notes.annotations == {}
    [problem] = fresh.take_problems()
    assert "could not be read" in problem
    notes.put(_annotated_target(document))  # the next save works and keeps the copy
    assert len(list(file.parent.glob("*.unreadable-*"))) == 1


def _annotated_target(document):
    start = document.text.index("芯片")
    return new_annotation(
        [make_target(document.path, document.sha256, document.text, start, start + 2)]
    )


def test_deep_nesting_huge_numbers_and_lone_surrogates_are_value_errors():
    for text in (
        "[" * 100_000 + "]" * 100_000,
        '{"a": Infinity}',
        '{"a": NaN}',
        '{"a": 1e400}',
        '{"a": ' + "9" * 5000 + "}",
        '{"a": "\\ud800"}',
        '["ok", {"b": ["\\udfff"]}]',
    ):
        with pytest.raises(ValueError):
            parse_json(text)
    assert parse_json('{"a": "\\ud83d\\ude00", "b": 1.5}') == {"a": "😀", "b": 1.5}


_JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["\ud800", "Annotation", "TextQuoteSelector", "file:///etc/passwd"]),
)
_JSON = st.recursive(
    _JSON_LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    path=st.lists(
        st.sampled_from(
            [
                "target",
                "selector",
                0,
                1,
                "source",
                "body",
                "start",
                "exact",
                "sha256",
                "id",
                "value",
                "created",
            ]
        ),
        max_size=4,
    ),
    value=_JSON,
)
def test_any_damage_to_a_stored_annotation_is_read_or_refused_never_raised(path, value):
    """Hypothesis over the stored JSON: replace any value (at any depth) of a real stored
    annotation with any JSON; reading it either gives an annotation that saves and reads
    back the same, or a ValueError: never another exception."""
    target = make_target("/tmp/a.txt", "a" * 64, TEXT, 11, 13)
    item = to_w3c(new_annotation([target], note="n", tags=["t"]))
    node = item
    for step in path[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
    if path:
        with contextlib.suppress(IndexError, TypeError):
            node[path[-1]] = value
    text = json.dumps(item, ensure_ascii=True, allow_nan=True)
    try:
        annotation = from_w3c(parse_json(text))
    except ValueError:
        return
    saved = json.dumps(to_w3c(annotation), ensure_ascii=False).encode("utf-8")
    assert from_w3c(parse_json(saved.decode("utf-8"))) == annotation


# -- 5. special files are refused by type before reading ------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_or_a_device_is_refused_before_reading(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    for path in (fifo, link):
        with pytest.raises(RefusedFile):
            read_regular_file(path, 1024)
        with pytest.raises(DocumentError, match="not a regular file"):
            load_document(path)
    with pytest.raises(DocumentError, match="is a folder"):
        load_document(tmp_path)


def test_a_file_growing_past_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(RefusedFile, match="larger than"):
        read_regular_file(path, 1000)
    assert read_regular_file(path, 2000) == b"x" * 2000


# -- 7. a file name that is not UTF-8 -------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_a_gbk_file_name_is_annotated_saved_listed_and_exported(tmp_path):
    from reader.core.formats.markdown_export import to_markdown
    from reader.core.notes.notebook import export_json, gather

    name = "英伟达报道.txt".encode("gbk")
    doc = _document(tmp_path / "docs", name)
    store = AnnotationStore(tmp_path / "data")
    annotation = _annotated(store, doc, note="注")
    fresh = AnnotationStore(tmp_path / "data")
    [notes] = fresh.documents()
    assert notes.document_path == str(doc.resolve())  # the exact bytes, surrogates and all
    assert fresh.take_problems() == []
    markdown = to_markdown(gather(fresh))
    markdown.encode("utf-8")
    assert "注" in markdown and display_text(doc.name) in markdown
    exported = export_json(fresh)
    exported.encode("utf-8")
    other = AnnotationStore(tmp_path / "other")
    import_annotations(other, read_annotations(exported))
    [copied] = other.documents()
    assert copied.annotations[annotation.id].targets[0].path == str(doc.resolve())


# -- 8. imports: all or nothing, with a sentence ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"type": "AnnotationCollection", "first": [1]}',
        '{"type": "AnnotationCollection", "first": {"items": {}}}',
        '[{"type": "Annotation", "id": "x", "target": {"selector": {"type": '
        '"TextQuoteSelector", "exact": "a"}, "source": {"sha256": Infinity}}}]',
        '{"type": "AnnotationPage", "items": [{"type": "Annotation", "id": "\\ud800"}]}',
        json.dumps([_imported("a" * 63 + "\x00")]),
        json.dumps([1, 2]),
        json.dumps({"type": "AnnotationPage", "items": 5}),
    ],
)
def test_a_hostile_import_is_a_sentence_and_saves_nothing(tmp_path, text):
    store = AnnotationStore(tmp_path / "data")
    with pytest.raises(DuiduError) as caught:
        import_annotations(store, read_annotations(text))
    assert str(caught.value).endswith(".")
    assert "othing was imported" in str(caught.value)
    assert not (tmp_path / "data" / "annotations").exists()


def test_an_import_with_one_bad_annotation_imports_none(tmp_path):
    good = [_imported("c" * 64, f"/d/{k}.txt", id=f"urn:uuid:{k}") for k in range(3)]
    bad = _imported("c" * 64, "/d/x.txt", id="urn:uuid:bad")
    bad["body"] = [{"type": "TextualBody", "value": "\udfff"}]
    text = json.dumps([*good, bad], ensure_ascii=True)
    store = AnnotationStore(tmp_path / "data")
    with pytest.raises(DuiduError, match=r"Annotation 4 .*Nothing was imported"):
        import_annotations(store, read_annotations(text))
    assert not (tmp_path / "data" / "annotations").exists()


def test_imported_paths_are_not_read_until_the_reader_opens_them(tmp_path):
    """A note naming any file on the machine does not make an export read that file."""
    from reader.core.notes.notebook import gather

    secret = _document(tmp_path / "private", "secret.txt", "芯片 secret words")
    item = _imported(_sha(secret.read_bytes()), str(secret))
    store = AnnotationStore(tmp_path / "data")
    import_annotations(store, read_annotations(json.dumps([item])))
    notebook = gather(AnnotationStore(tmp_path / "data"))
    assert any("has not been opened in Duidu" in p for p in notebook.problems)
    assert "secret words" not in str(notebook)
    store.notes_for(load_document(secret).path, _sha(secret.read_bytes()))  # now opened
    assert gather(AnnotationStore(tmp_path / "data")).problems == []


# -- 10. smaller ---------------------------------------------------------------------------


def test_duplicate_ids_in_a_file_keep_the_newest_version(tmp_path):
    doc, annotation, file = _one_note(tmp_path, note="old")
    data = json.loads(file.read_text())
    newer = to_w3c(annotation.edited(note="new"))
    data["first"]["items"] = [newer, data["first"]["items"][0]]  # the older one last
    file.write_text(json.dumps(data, ensure_ascii=False))
    document = load_document(doc)
    notes = AnnotationStore(tmp_path / "data").notes_for(document.path, document.sha256)
    assert notes.annotations[annotation.id].note == "new"


@pytest.mark.skipif(os.name != "posix", reason="process ids are asked on POSIX")
def test_temporary_files_of_killed_saves_are_removed_by_the_next_save(tmp_path):
    """Real killed saves: a child process starts an atomic write of a big file and is
    SIGKILLed in the middle, three times; the next save in that folder removes each one."""
    target = tmp_path / "notes.json"
    writer = (
        "import sys, os; from reader.core.storage import atomic_write_bytes; "
        "print(os.getpid(), flush=True); atomic_write_bytes(sys.argv[1], b'x' * 400_000_000)"
    )
    for _ in range(3):
        with subprocess.Popen(
            [sys.executable, "-c", writer, str(target)], stdout=subprocess.PIPE, text=True
        ) as child:
            pid = child.stdout.readline().strip()
            # Polls for the condition (the write has begun); the deadline is only a hang
            # guard, so a writer that never starts fails the test instead of hanging it.
            deadline = time.monotonic() + 30
            while not list(tmp_path.glob(f".notes.json.{pid}-*.tmp")):
                assert time.monotonic() < deadline, "the child never started its write"
                time.sleep(0.01)
            child.kill()
    killed = list(tmp_path.glob(".notes.json.*.tmp"))
    assert len(killed) == 3
    alive = tmp_path / f".notes.json.{os.getppid()}-efgh.tmp"
    old_style = tmp_path / ".other.json.k2j3l4.tmp"
    recent_old_style = tmp_path / ".third.json.m5n6o7.tmp"
    for path in (alive, old_style, recent_old_style):
        path.write_bytes(b"partial")
    an_hour_ago = time.time() - 3600
    os.utime(old_style, (an_hour_ago, an_hour_ago))
    atomic_write_text(target, "saved")
    assert target.read_text() == "saved"
    assert not any(path.exists() for path in killed) and not old_style.exists()
    assert alive.exists() and recent_old_style.exists()  # may still be being written
    assert remove_stale_temps(tmp_path) == []


def test_replacing_a_file_keeps_its_mode_and_folders_are_not_made_unasked(tmp_path):
    target = tmp_path / "notes.md"
    target.write_text("old")
    target.chmod(0o644)
    atomic_write_text(target, "new", create_folders=False, private=False)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    with pytest.raises(DuiduError, match="does not exist"):
        atomic_write_text(tmp_path / "missing" / "x.md", "x", create_folders=False)
    assert not (tmp_path / "missing").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_special_file_is_never_replaced(tmp_path):
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    with pytest.raises(DuiduError, match="not a regular file"):
        atomic_write_text(fifo, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_lines_prepared_on_a_worker_never_race_a_save(tmp_path):
    """prepare() on a thread while the UI thread adds and saves: every save is complete."""
    import threading

    doc = _document(tmp_path / "docs")
    store = AnnotationStore(tmp_path / "data")
    document = load_document(doc)
    notes = store.notes_for(document.path, document.sha256)
    start = document.text.index("芯片")
    target = make_target(document.path, document.sha256, document.text, start, start + 2)
    notes.put(*[new_annotation([target], note=f"n{k}") for k in range(300)])
    stop = threading.Event()
    errors: list[BaseException] = []

    def prepare_again():
        while not stop.is_set():
            try:
                with notes._lines_lock:
                    notes._lines.clear()  # as after opening: nothing cached yet
                notes.prepare()
            except BaseException as error:
                errors.append(error)
                return

    worker = threading.Thread(target=prepare_again)
    worker.start()
    try:
        for k in range(40):
            notes.put(new_annotation([target], note=f"added {k}"))
    finally:
        stop.set()
        worker.join()
    assert errors == []
    reread = AnnotationStore(tmp_path / "data").notes_for(document.path, document.sha256)
    assert len(reread.annotations) == 340


def test_an_import_cannot_move_an_opened_document_to_a_path_of_its_choice(tmp_path):
    """The SHA-256 of a document the reader opened, with another path: the notes arrive,
    and the document's path stays the one the reader opened."""
    from reader.core.notes.notebook import gather

    doc, _annotation, _file = _one_note(tmp_path)
    document = load_document(doc)
    secret = _document(tmp_path / "private", "secret.txt", "芯片 secret words")
    item = _imported(
        document.sha256, str(secret), id="urn:uuid:00000000-0000-4000-8000-0000000000ff"
    )
    store = AnnotationStore(tmp_path / "data")
    import_annotations(store, read_annotations(json.dumps([item])))
    fresh = AnnotationStore(tmp_path / "data")
    [notes] = fresh.documents()
    assert notes.document_path == str(doc.resolve()) and len(notes.annotations) == 2
    assert "secret words" not in str(gather(fresh))
