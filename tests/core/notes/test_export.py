"""Notes out: the Markdown export (reference file, CommonMark, hostile passages, Obsidian
tags, scripts, grouping) and the lossless JSON export and import."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.formats.markdown_export import obsidian_tag, quote_block, to_markdown
from reader.core.formats.note_html import render_note
from reader.core.notes.annotations import Annotation, make_target
from reader.core.notes.notebook import (
    Scope,
    export_json,
    gather,
    import_annotations,
    read_annotations,
    script_converter,
)
from reader.core.notes.store import AnnotationStore
from reader.core.text.document import load_document
from tests import w3c
from tests.conftest import ROOT, needs_shared
from tests.markdown_check import blockquotes, front_matter, python_markdown_blocks

REFERENCE = ROOT / "tests" / "data" / "notes_reference.md"
PLACEHOLDER = "/home/reader/articles"

DOC_A = (
    "# 英偉達的日子,不好過。\n"
    "\n"
    "十年前,它還是硅谷最風光的企業之一。\n"
    "\n"
    "市值一度突破 #3 萬億美元,*幾乎* 壟斷了 [AI] 芯片 `市場`。\n"
    "\n"
    "> 這不是引用 | 而是正文 <script>alert(1)</script>\n"
    "1. 不是列表\n"
    "- 也不是\n"
)
DOC_B = (
    "四个月两次到访,中国市场对英伟达到底有多重要?\n"
    "\n"
    "2025年1月,英伟达CEO黄仁勋时隔五年低调现身中国。\n"
    "\n"
    "H20芯片被禁,份额从95%掉到了零。\n"
)
# Hostile text: Markdown, HTML, Obsidian's marks, indentation, numbered and bulleted lines.
HOSTILE = [
    "#",
    "*",
    ">",
    "|",
    "[",
    "]",
    "`",
    "```",
    "<script>",
    "1. ",
    "- ",
    "+ ",
    "\n",
    "\n\n",
    "  ",
    "    ",
    "\t",
    "\u3000",
    "&amp;",
    "~~",
    "==",
    "$",
    "%%",
    "^",
    ":",
    "---",
    "\\",
    "_",
    "!",
    "(",
    ")",
    "<",
    "&",
    "[[",
    "]]",
    "#tag",
    "1) ",
    "英伟达",
    "a",
    " ",
]
TEXT_CHARS = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t")
PASSAGES = st.lists(
    st.sampled_from(HOSTILE) | st.text(TEXT_CHARS, max_size=4), min_size=1, max_size=20
).map("".join)


def fixed(annotation_id: str, targets, note: str, tags, colour: str, minute: int) -> Annotation:
    stamp = f"2026-11-20T10:{minute:02d}:00.000Z"
    return Annotation(
        id=f"urn:uuid:00000000-0000-4000-8000-{annotation_id:0>12}",
        targets=tuple(targets),
        note=note,
        tags=tuple(tags),
        colour=colour,
        created=stamp,
        modified=stamp,
    )


@pytest.fixture
def library(tmp_path):
    """Two documents with a fixed set of annotations, one linking both."""
    a_path, b_path = tmp_path / "a.trad.txt", tmp_path / "b.simp.txt"
    a_path.write_text(DOC_A, encoding="utf-8")
    b_path.write_text(DOC_B, encoding="utf-8")
    a, b = load_document(a_path), load_document(b_path)
    store = AnnotationStore(tmp_path / "data")

    def target(document, quote):
        start = document.text.index(quote)
        return make_target(document.path, document.sha256, document.text, start, start + len(quote))

    hostile = "> 這不是引用 | 而是正文 <script>alert(1)</script>\n1. 不是列表\n- 也不是"
    annotations = [
        fixed(
            "1",
            [target(a, "十年前,它還是硅谷最風光的企業之一。")],
            "They *were* the valley's darling.\n\n- one point\n- another",
            ["claim"],
            "yellow",
            1,
        ),
        fixed(
            "2",
            [target(a, hostile)],
            "Hostile <b>text</b>, kept as written.",
            ["bias", "open question"],
            "pink",
            2,
        ),
        fixed(
            "3",
            [target(a, "#3 萬億美元"), target(b, "95%")],
            "Same claim, different figure.",
            ["figure", "来源"],
            "blue",
            3,
        ),
        fixed("4", [target(b, "四个月两次到访")], "", ["2025"], "green", 4),
    ]
    store.notes_for(a.path, a.sha256).put(*annotations[:3])
    store.notes_for(b.path, b.sha256).put(annotations[2], annotations[3])
    return store, a, b, annotations, hostile


def exported(store, a, b, **options) -> str:
    group = options.pop("group", "document")
    notebook = gather(store, Scope(paths=(str(a.path), str(b.path))), **options)
    notebook.exported = "2026-11-22T09:00:00.000Z"
    text = to_markdown(notebook, group=group)
    return text.replace(str(Path(a.path).parent), PLACEHOLDER)


def test_export_matches_the_reference_file(library, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "UTC")  # dates are written in local time: the same everywhere
    time.tzset()
    store, a, b, _annotations, _hostile = library
    try:
        text = exported(store, a, b)
    finally:
        monkeypatch.undo()
        time.tzset()
    if os.environ.get("DUIDU_WRITE_REFERENCE"):  # after a deliberate change of the format
        REFERENCE.write_text(text, encoding="utf-8")
    assert text == REFERENCE.read_text(encoding="utf-8")


def test_export_is_commonmark_with_one_block_quote_per_passage(library):
    store, a, b, annotations, hostile = library
    text = exported(store, a, b)
    meta = front_matter(text)
    assert [s["sha256"] for s in meta["sources"]] == [a.sha256, b.sha256]
    assert [Path(s["path"]).name for s in meta["sources"]] == ["a.trad.txt", "b.simp.txt"]
    assert meta["exported"] == "2026-11-22T09:00:00.000Z" and meta["script"] == "original"
    assert set(meta["tags"]) == {"claim", "bias", "open-question", "figure", "来源", "_2025"}
    passages = [t.exact for annotation in annotations for t in annotation.targets]
    for preset in ("commonmark", "default"):  # plain CommonMark, and with GFM's extras
        assert sorted(blockquotes(text, preset)) == sorted(passages)
    assert hostile in blockquotes(text)  # not a quote, a list and a script: one passage
    # The linked note is one item with both passages, listed once.
    assert text.count("Same claim, different figure.") == 1
    # The app's preview (Python-Markdown) sees the same structure: no script, one quote each.
    tags, _text = python_markdown_blocks(render_note(text.split("---\n", 2)[2]))
    assert tags.count("blockquote") == len(passages)
    assert "script" not in tags and "ul" in tags  # the note's own list is kept as a list


def test_quotes_in_another_script_and_grouped_by_tag(library):
    store, a, b, _annotations, _hostile = library
    text = exported(store, a, b, converter=script_converter("hans"), script="hans", group="tag")
    assert "十年前,它还是硅谷最风光的企业之一。" in blockquotes(text)  # converted
    assert front_matter(text)["script"] == "hans"
    headings = re.findall(r"^## (.*)$", text, re.MULTILINE)
    assert headings == ["#_2025", "#bias", "#claim", "#figure", "#open-question", "#来源"]
    # Under each of its tags: the bias / open question note appears twice.
    assert text.count("Hostile <b>text</b>") == 2


def test_scope_by_tag_colour_and_ids(library):
    store, a, b, annotations, _hostile = library
    paths = (str(a.path), str(b.path))
    by_tag = gather(store, Scope(paths=paths, tags=frozenset({"figure"})))
    assert [e.id for e in by_tag.entries] == [annotations[2].id]
    by_colour = gather(store, Scope(paths=paths, colours=frozenset({"green", "yellow"})))
    assert {e.id for e in by_colour.entries} == {annotations[0].id, annotations[3].id}
    only_b = gather(store, Scope(paths=(str(b.path),)))
    # In b's reading order; the linked note is listed under b, with a's passage after.
    assert [len(e.passages) for e in only_b.entries] == [1, 2]
    assert [p.source.path for p in only_b.entries[1].passages] == [str(b.path), str(a.path)]
    assert only_b.entries[1].passages[1].place == "position unknown"


def test_a_notebook_covers_every_document_and_says_which_are_missing(library, tmp_path):
    store, _a, b, annotations, _hostile = library
    notebook = gather(store)  # every document Duidu knows
    assert {e.id for e in notebook.entries} == {x.id for x in annotations}
    Path(b.path).unlink()
    notebook = gather(AnnotationStore(tmp_path / "data"))
    assert {e.id for e in notebook.entries} == {x.id for x in annotations}
    assert any("b.simp.txt was not found" in problem for problem in notebook.problems)
    assert "not found at this path" in to_markdown(notebook)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(PASSAGES)
def test_any_passage_is_one_block_quote_that_round_trips(passage):
    block = quote_block(passage)
    for preset in ("commonmark", "default"):
        assert blockquotes(block + "\n", preset) == [passage]
    tags, _text = python_markdown_blocks(render_note(block))
    assert tags.count("blockquote") == 1
    assert not {"script", "h1", "h2", "ul", "ol", "pre", "table", "hr", "a", "img"} & set(tags)


_counter = count()


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(PASSAGES.filter(lambda p: p.strip()), st.sampled_from(["document", "tag"]))
def test_hostile_passages_round_trip_through_a_whole_export(tmp_path_factory, passage, group):
    folder = tmp_path_factory.mktemp(f"hostile{next(_counter)}")
    text = "標題\n\n前文。" + passage + "後文。\n"
    path = folder / "doc.txt"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    original = document.text  # as Duidu reads it (newlines normalised)
    start = original.index("前文。") + 3
    end = original.rindex("後文。")
    store = AnnotationStore(folder / "data")
    target = make_target(document.path, document.sha256, original, start, end)
    store.notes_for(document.path, document.sha256).put(
        fixed("9", [target], "", [passage[:10] or "x"], "yellow", 9)
    )
    markdown = to_markdown(gather(store, Scope(paths=(str(path),))), group=group)
    assert blockquotes(markdown) == [original[start:end]]
    front_matter(markdown)  # still valid YAML, whatever the tag held


OBSIDIAN_TAG = re.compile(r"^(?=.*[^\d/])[\w/-]+$")


@given(st.text(max_size=30))
def test_every_tag_becomes_one_obsidian_tag(tag):
    written = obsidian_tag(tag)
    assert OBSIDIAN_TAG.match(written), written
    assert not written.startswith(("/", "-")) and not written.endswith(("/", "-"))
    assert "//" not in written


@pytest.mark.parametrize(
    ("tag", "written"),
    [
        ("来源", "来源"),
        ("open question", "open-question"),
        ("U.S./China", "U-S/China"),
        ("2025", "_2025"),
        ("#claim", "claim"),
        ("台灣·政治", "台灣-政治"),
        ("!!!", "_"),
    ],
)
def test_tags_are_made_valid_in_the_documented_way(tag, written):
    assert obsidian_tag(tag) == written


def _export_with_the_trash(store, annotations) -> str:
    notes = store.notes_for(annotations[0].targets[0].path, annotations[0].targets[0].sha256)
    notes.put(replace(annotations[0], deleted="2026-11-21T00:00:00.000Z"))  # the trash too
    return export_json(store)


@needs_shared(w3c.SCHEMAS / "annotations" / "annotationMusts.test")
def test_json_export_validates_against_the_w3c_test_suite(library):
    store, _a, _b, annotations, _hostile = library
    collection = json.loads(_export_with_the_trash(store, annotations))
    assert collection["first"]["items"]  # not a loop over nothing
    for item in collection["first"]["items"]:
        assert w3c.must_failures(item) == []


def test_json_export_and_import_into_an_empty_data_dir_is_lossless(library, tmp_path):
    store, _a, _b, annotations, _hostile = library
    text = _export_with_the_trash(store, annotations)
    collection = json.loads(text)
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 4

    fresh = AnnotationStore(tmp_path / "elsewhere")
    report = import_annotations(fresh, read_annotations(text))
    assert (report.added, report.updated, report.unchanged) == (4, 0, 0)
    again = json.loads(export_json(fresh))
    assert again["first"]["items"] == collection["first"]["items"]
    # Importing again changes nothing and duplicates nothing.
    report = import_annotations(fresh, read_annotations(text))
    assert (report.added, report.updated, report.unchanged) == (0, 0, 4)
    assert sum(len(n.annotations) for n in fresh.documents()) == 5  # the linked one is in two


def test_import_keeps_the_newer_version_and_refuses_what_is_not_annotations(library, tmp_path):
    store, _a, _b, annotations, _hostile = library
    older = json.loads(export_json(store))
    first = annotations[0]
    notes = store.notes_for(first.targets[0].path, first.targets[0].sha256)
    notes.put(first.edited(note="edited after the export"))
    report = import_annotations(store, read_annotations(json.dumps(older)))
    assert report.updated == 0 and report.unchanged == 4
    assert notes.annotations[first.id].note == "edited after the export"
    with pytest.raises(Exception, match="not a JSON file"):
        read_annotations("{broken")
    with pytest.raises(Exception, match="cannot be read"):
        read_annotations(json.dumps([{"type": "Annotation", "id": "x"}]))


def test_exported_dates_are_local_with_their_offset(monkeypatch):
    import time

    from reader.core.formats.markdown_export import local_time

    monkeypatch.setenv("TZ", "Asia/Taipei")
    time.tzset()
    try:
        assert local_time("2026-12-04T19:30:00.000Z") == "2026-12-05 03:30 +08:00"
        assert local_time("not a time") == "" and local_time("2026-12-04T19:30:00") == ""
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "zh_CN",
            ["关于", "第 1 段", "关联：", "颜色：黄色", "创建于 2026年11月20日 10:01"],
        ),
        (
            "zh_TW",
            ["關於", "第 1 段", "關聯：", "顏色：黃色", "建立於 2026年11月20日 10:01"],
        ),
    ],
)
def test_an_export_is_written_in_the_interface_language(library, monkeypatch, language, words):
    import time

    store, a, b, _annotations, _hostile = library
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        notebook = gather(store, Scope(paths=(str(a.path), str(b.path))), language=language)
        text = to_markdown(notebook)
    finally:
        monkeypatch.undo()
        time.tzset()
    english = to_markdown(gather(store, Scope(paths=(str(a.path), str(b.path)))))
    for word in words[1:]:
        assert word in text, word
    assert (
        notebook.title
        == f"{words[0]}{a.title}和{b.title}的{'笔记' if language == 'zh_CN' else '筆記'}"
    )
    for phrase in ("paragraph", "Linked:", "colour:", "made ", "Notes on"):
        assert phrase in english and phrase not in text.split("---\n", 2)[2], phrase
    # The front matter is read by programs: the same keys in every language.
    assert set(front_matter(text)) == set(front_matter(english))
    by_tag = to_markdown(gather(store, Scope(paths=(str(b.path),)), language=language), group="tag")
    assert ("位置不明" in by_tag) and "position unknown" not in by_tag


def test_export_dates_are_written_as_chinese_readers_write_them(monkeypatch):
    import time

    from reader.core.formats.markdown_export import local_time

    monkeypatch.setenv("TZ", "Asia/Taipei")
    time.tzset()
    try:
        assert local_time("2026-12-04T19:30:00.000Z", "zh_TW") == "2026年12月5日 03:30 +08:00"
        assert local_time("2026-12-04T19:30:00.000Z", "en") == "2026-12-05 03:30 +08:00"
    finally:
        monkeypatch.undo()
        time.tzset()
