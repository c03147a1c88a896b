"""Swap Panes keeps every note with its document (issue 12, finding 4): after Ctrl+Shift+W
each side's highlights, panel rows and row clicks belong to the document now shown there,
and a note made after the swap anchors in it. Real key and mouse events throughout."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.notes.annotations import make_target, new_annotation
from reader.core.notes.store import AnnotationStore, DocumentNotes
from reader.core.text.document import load_document
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE
from tests.ui.conftest import settle

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TRAD_PASSAGE = "黃仁勛少有地放低了姿態"  # only in the Traditional article
SIMP_PASSAGE = "黄仁勋此行不仅是为了提振中国团队的士气"  # only in the Simplified one


def press(qtbot, window, key, modifiers) -> None:
    window.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def point_of(pane, position: int) -> QPoint:
    """Viewport coordinates of the UTF-16 ``position`` in ``pane`` (middle of its line)."""
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(position)
    return pane.view.cursorRect(cursor).center() + QPoint(2, 0)


def drag_select(qtbot, pane, text: str) -> None:
    """Select ``text`` in ``pane`` with the mouse, as a reader would."""
    start = pane.shown_text().index(text)  # the articles are in the BMP: UTF-16 == code points
    pane.reveal_original(start, start + len(text), select=False)
    view = pane.view
    begin, end = point_of(pane, start), point_of(pane, start + len(text))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=begin - QPoint(3, 0))
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert view.textCursor().selectedText() == text


def stored(data_dir, path) -> DocumentNotes:
    return AnnotationStore(data_dir).notes_for(path, load_document(path).sha256)


def note_on_traditional(data_dir, count: int = 1):
    """``count`` notes on the Traditional article, written before the window opens; the
    first on TRAD_PASSAGE, the others on the lines after it."""
    document = load_document(TRAD_ARTICLE)
    start = document.text.index(TRAD_PASSAGE)
    made = [
        new_annotation(
            [make_target(document.path, document.sha256, document.text, s, s + len(TRAD_PASSAGE))],
            note=f"trad {k}",
        )
        for k, s in enumerate(range(start, start + 15 * count, 15))
    ]
    stored(data_dir, TRAD_ARTICLE).put(*made)
    return made, start


def open_pair(qtbot, make_window):
    window = make_window(str(TRAD_ARTICLE), str(SIMP_ARTICLE))
    qtbot.waitUntil(window.notes.ready, timeout=10_000)
    settle(qtbot, 300)
    return window


def swap(qtbot, window) -> None:
    window.left_pane.view.setFocus()
    press(qtbot, window, Qt.Key.Key_W, CTRL_SHIFT)
    settle(qtbot)
    assert window.left_pane.document.path == SIMP_ARTICLE.resolve()
    assert window.right_pane.document.path == TRAD_ARTICLE.resolve()


def show_panel(qtbot, window):
    press(qtbot, window, Qt.Key.Key_A, CTRL_SHIFT)  # show and raise the Annotations tab
    settle(qtbot)
    return window.notes.panel


def click_row(qtbot, panel, annotation_id: str) -> None:
    index = panel.model.index(panel.model.row_of(annotation_id), 0)
    panel.list.scrollTo(index)
    rect = panel.list.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def test_after_a_swap_each_note_is_painted_listed_and_shown_in_its_own_document(
    qtbot, make_window, data_dir
):
    [note], start = note_on_traditional(data_dir)
    end = start + len(TRAD_PASSAGE)
    window = open_pair(qtbot, make_window)
    left, right, notes = window.left_pane, window.right_pane, window.notes
    assert left.highlight_count("notes") == 1 and right.highlight_count("notes") == 0

    swap(qtbot, window)

    # Painted in the Traditional text, now on the right, at its own place; not in the left.
    assert left.highlight_count("notes") == 0
    assert right.highlight_count("notes") == 1
    assert notes.at("right", start + 1).id == note.id
    assert notes.at("left", start + 1) is None
    # The panel says where it is now.
    panel = show_panel(qtbot, window)
    [row] = panel.visible_rows()
    assert row.sides == ("right",) and row.status == "anchored"
    assert panel.model.index(panel.model.row_of(note.id), 3).data() == "Right"
    # A click on its row selects its passage in the right pane, and nothing in the left.
    click_row(qtbot, panel, note.id)
    assert right.view.textCursor().selectedText() == TRAD_PASSAGE
    assert right.selected_original_span() == (start, end)
    assert not left.view.textCursor().hasSelection()

    # Swapping back puts everything where it was.
    left.view.setFocus()
    press(qtbot, window, Qt.Key.Key_W, CTRL_SHIFT)
    settle(qtbot)
    assert left.document.path == TRAD_ARTICLE.resolve()
    assert left.highlight_count("notes") == 1 and right.highlight_count("notes") == 0
    assert notes.at("left", start + 1).id == note.id
    assert panel.model.index(panel.model.row_of(note.id), 3).data() == "Left"


def test_a_note_made_after_a_swap_anchors_in_the_document_it_was_made_in(
    qtbot, make_window, editor_answers, data_dir
):
    [old], _start = note_on_traditional(data_dir)
    window = open_pair(qtbot, make_window)
    swap(qtbot, window)
    left, notes = window.left_pane, window.notes

    drag_select(qtbot, left, SIMP_PASSAGE)  # the left pane shows the Simplified article now
    editor_answers.update(note="after the swap", colour="green")
    left.view.setFocus()
    press(qtbot, window, Qt.Key.Key_M, CTRL)
    assert len(editor_answers["seen"]) == 1
    settle(qtbot)

    [made] = [a for a in stored(data_dir, SIMP_ARTICLE).live() if a.note == "after the swap"]
    target = made.targets[0]
    assert target.exact == SIMP_PASSAGE
    assert [a.id for a in stored(data_dir, TRAD_ARTICLE).live()] == [old.id]
    # Anchored where it was made, painted there, listed as the left's and not orphaned.
    assert left.highlight_count("notes") == 1
    assert window.right_pane.highlight_count("notes") == 1  # the Traditional note, still
    assert notes.at("left", target.start + 1).id == made.id
    panel = show_panel(qtbot, window)
    rows = {row.id: row for row in panel.visible_rows()}
    assert rows[made.id].sides == ("left",) and rows[made.id].status == "anchored"
    assert rows[old.id].sides == ("right",) and rows[old.id].status == "anchored"
    assert panel.model.index(panel.model.row_of(made.id), 3).data() == "Left"
    click_row(qtbot, panel, made.id)
    assert left.view.textCursor().selectedText() == SIMP_PASSAGE


def test_passages_a_worker_is_finding_during_a_swap_land_on_the_side_now_showing_them(
    qtbot, make_window, data_dir, monkeypatch
):
    from reader.ui.notes import controller as annotations_controller

    monkeypatch.setattr(annotations_controller, "SYNC_LOCATE", 3)  # 12 notes count as many
    made, start = note_on_traditional(data_dir, count=12)
    window = open_pair(qtbot, make_window)
    left, right, notes = window.left_pane, window.right_pane, window.notes
    qtbot.waitUntil(lambda: left.highlight_count("notes") == 12, timeout=10_000)

    # Hold the workers' locating until the swap has happened.
    release = threading.Event()
    locate = DocumentNotes.locate

    def held(self, *args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)
        return locate(self, *args, **kwargs)

    monkeypatch.setattr(DocumentNotes, "locate", held)
    notes.document_changed(left)  # the Traditional article is read and placed again
    qtbot.waitUntil(lambda: notes.locating == {"left"}, timeout=10_000)
    swap(qtbot, window)
    release.set()
    qtbot.waitUntil(lambda: not notes.locating, timeout=10_000)
    settle(qtbot)

    assert right.highlight_count("notes") == 12
    assert left.highlight_count("notes") == 0
    assert notes.at("right", start + 1).id == made[0].id
    assert notes.at("left", start + 1) is None
    assert {row.sides for row in notes.panel.visible_rows()} == {("right",)}


def test_a_notes_file_still_being_read_during_a_swap_lands_on_the_side_now_showing_it(
    qtbot, make_window, data_dir, monkeypatch
):
    made, start = note_on_traditional(data_dir, count=3)
    window = open_pair(qtbot, make_window)
    left, right, notes = window.left_pane, window.right_pane, window.notes
    qtbot.waitUntil(lambda: left.highlight_count("notes") == 3, timeout=10_000)

    # Hold the workers' reading of notes files until the swap has happened.
    release = threading.Event()
    notes_for = AnnotationStore.notes_for

    def held(self, *args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)
        return notes_for(self, *args, **kwargs)

    monkeypatch.setattr(AnnotationStore, "notes_for", held)
    notes.document_changed(left)  # the Traditional article's notes are read again
    assert notes.loading == {"left"}
    assert left.highlight_count("notes") == 0  # nothing is painted from the old reading
    swap(qtbot, window)
    release.set()
    qtbot.waitUntil(notes.ready, timeout=10_000)
    settle(qtbot)

    assert right.highlight_count("notes") == 3
    assert left.highlight_count("notes") == 0
    assert notes.at("right", start + 1).id == made[0].id
    assert {row.sides for row in notes.panel.visible_rows()} == {("right",)}
