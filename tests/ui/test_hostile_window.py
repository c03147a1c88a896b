"""Hostile files in the window (issue 11): a notes file set aside is said in the window, and
a document whose name is not UTF-8 opens, is annotated, and comes back after a restart."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from reader.core.formats.files import display_text
from reader.core.notes.store import AnnotationStore
from reader.core.text.document import load_document
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE
from tests.ui.notes.test_annotations import select_shown


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_a_gbk_named_document_opens_is_annotated_and_is_reopened(
    qtbot, make_window, editor_answers, data_dir, tmp_path
):
    name = os.fsdecode("英伟达报道.txt".encode("gbk"))
    doc = tmp_path / name
    doc.write_bytes(TRAD_ARTICLE.read_bytes())
    window = make_window(str(doc), str(SIMP_ARTICLE))
    qtbot.waitUntil(window.notes.ready, timeout=10_000)
    assert window.left_pane.document.path == doc.resolve()
    assert window.left_pane.document.name == display_text(name)
    assert "\ufffd" in window.windowTitle() or "報道" not in window.windowTitle()
    select_shown(window.left_pane, "英偉達")
    editor_answers.update(note="注")
    window.annotate_action.trigger()
    document = load_document(doc)
    [annotation] = AnnotationStore(data_dir).notes_for(document.path, document.sha256).live()
    assert annotation.targets[0].path == str(doc.resolve())
    window.close()
    again = make_window()  # the last pair, restored from the settings
    assert again.left_pane.document.path == doc.resolve()


def test_a_notes_file_set_aside_is_said_in_the_window(qtbot, make_window, data_dir):
    store = AnnotationStore(data_dir)
    document = load_document(TRAD_ARTICLE)
    notes = store.notes_for(document.path, document.sha256)
    notes.file.parent.mkdir(parents=True, exist_ok=True)
    notes.file.write_text('{"type": "AnnotationCollection", "first": {"items": [1]}}')
    window = make_window(str(TRAD_ARTICLE), str(SIMP_ARTICLE))
    qtbot.waitUntil(window.notes.ready, timeout=10_000)
    bar = window.window_message
    qtbot.waitUntil(lambda: notes.file.name in bar.label.text(), timeout=5_000)
    assert bar.isVisible() and "kept as" in bar.label.text()
    assert len(list(Path(notes.file.parent).glob("*.unreadable-*"))) == 1
