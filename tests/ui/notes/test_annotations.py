"""Annotations in a real window: create in any script, link, panel, undo, trash, disk changes."""

from __future__ import annotations

import json

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolTip

from reader.core.notes.annotations import make_target, new_annotation
from reader.core.notes.store import AnnotationStore
from reader.core.text.document import load_document
from reader.core.text.scripts import ScriptMode
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE
from tests.ui.conftest import wait_ready


def started(qtbot, make_window):
    window = make_window(str(TRAD_ARTICLE), str(SIMP_ARTICLE))
    qtbot.waitUntil(window.notes.ready, timeout=10_000)
    return window


def select_shown(pane, text: str, occurrence: int = 0) -> None:
    shown = pane.shown_text()
    start = -1
    for _ in range(occurrence + 1):
        start = shown.index(text, start + 1)
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(start)  # these articles are all in the BMP: UTF-16 == code points
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)


def stored(data_dir, path):
    document = load_document(path)
    return AnnotationStore(data_dir).notes_for(path, document.sha256)


def test_annotating_in_a_converted_script_lands_on_the_original_characters(
    qtbot, make_window, editor_answers, data_dir
):
    window = started(qtbot, make_window)
    left = window.left_pane
    left.set_mode(ScriptMode.HANS)
    wait_ready(qtbot, window)
    select_shown(left, "台积电", 0) if "台积电" in left.shown_text() else select_shown(
        left, "英伟达", 1
    )
    expected = left.selected_original_span()
    editor_answers.update(note="**claim**: <script>alert(1)</script>", tags=["claim", "公司"])
    window.annotate_action.trigger()
    editor = editor_answers["seen"][0]
    assert "<script>" not in editor.preview.toHtml()  # shown as text, never run
    assert "&lt;script&gt;" in editor.preview.toHtml()
    [annotation] = stored(data_dir, TRAD_ARTICLE).live()
    target = annotation.targets[0]
    original = load_document(TRAD_ARTICLE).text
    assert (target.start, target.end) == expected
    assert target.exact == original[target.start : target.end]  # Traditional, as in the file
    assert annotation.tags == ("claim", "公司") and annotation.colour == "blue"
    assert left.highlight_count("notes") == 1
    # Hovering the passage shows the rendered note.
    left.hovered.emit(target.start)
    assert "claim" in QToolTip.text() and "<script>" not in QToolTip.text()
    # The tags are offered again next time.
    assert window.notes.recent_tags()[:2] == ["claim", "公司"]


def test_a_note_at_the_very_top_is_drawn(qtbot, make_window, data_dir):
    window = started(qtbot, make_window)
    document = window.left_pane.document
    target = make_target(document.path, document.sha256, document.text, 0, 3)
    window.notes.add([target], "title", [], "green")
    qtbot.waitUntil(lambda: window.left_pane.highlights.visible_count() == 1, timeout=5000)


def test_one_annotation_links_a_passage_of_each_article(
    qtbot, make_window, editor_answers, data_dir
):
    window = started(qtbot, make_window)
    select_shown(window.left_pane, "H20")
    select_shown(window.right_pane, "H20")
    editor_answers.update(note="same chip, different figure")
    window.annotate_linked_action.trigger()
    left_notes = stored(data_dir, TRAD_ARTICLE).live()
    right_notes = stored(data_dir, SIMP_ARTICLE).live()
    assert len(left_notes) == len(right_notes) == 1
    assert left_notes[0].id == right_notes[0].id and len(left_notes[0].targets) == 2
    assert window.left_pane.highlight_count("notes") == 1
    assert window.right_pane.highlight_count("notes") == 1
    panel = window.notes.panel
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 3).data() == "Left ↔ Right"


def test_panel_filters_sorts_edits_and_everything_undoes(qtbot, make_window, data_dir):
    window = started(qtbot, make_window)
    notes = window.notes
    left, right = window.left_pane.document, window.right_pane.document
    first = notes.add(
        [make_target(left.path, left.sha256, left.text, 0, 3)], "n1", ["claim"], "yellow"
    )
    h20 = right.text.index("H20")
    second = notes.add(
        [make_target(right.path, right.sha256, right.text, h20, h20 + 3)],
        "数字",
        ["figure"],
        "blue",
    )
    panel = notes.panel
    assert panel.model.rowCount() == 2
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Undo Add Annotation"
    window.undo_action.trigger()  # Ctrl+Z in the window
    assert panel.model.rowCount() == 1
    window.redo_action.trigger()
    assert panel.model.rowCount() == 2
    panel.filter_edit.setText("英伟达")  # Simplified finds the Traditional quote 英偉達
    assert [r.annotation.id for r in panel.visible_rows()] == [first.id]
    panel.filter_edit.setText("數字")  # Traditional finds a Simplified note
    assert [r.annotation.id for r in panel.visible_rows()] == [second.id]
    window.comparison.aliases()  # the session's table, as the topics load it at start
    panel.filter_edit.setText("NVIDIA")  # an alias finds 英偉達 (the alias table's group)
    assert [r.annotation.id for r in panel.visible_rows()] == [first.id]
    panel.filter_edit.clear()
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("figure"))
    assert [r.annotation.id for r in panel.visible_rows()] == [second.id]
    panel.tag_combo.setCurrentIndex(0)
    panel.colour_combo.setCurrentIndex(panel.colour_combo.findData("yellow"))
    assert [r.annotation.id for r in panel.visible_rows()] == [first.id]
    panel.colour_combo.setCurrentIndex(0)
    panel.document_combo.setCurrentIndex(panel.document_combo.findData("right"))
    assert [r.annotation.id for r in panel.visible_rows()] == [second.id]
    panel.document_combo.setCurrentIndex(0)
    panel.sort_combo.setCurrentIndex(panel.sort_combo.findData("newest"))
    assert [r.annotation.id for r in panel.visible_rows()] == [second.id, first.id]

    # Tag manager operations: merge two tags, recolour; each is one undo step.
    notes.rename_tags(["claim", "figure"], "要点")
    assert {tuple(a.tags) for a in notes.annotations()} == {("要点",)}
    notes.recolour_tag("要点", "pink")
    assert {a.colour for a in notes.annotations()} == {"pink"}
    notes.undo_stack.undo()
    notes.undo_stack.undo()
    assert {a.tags for a in notes.annotations()} == {("claim",), ("figure",)}

    # Delete goes to the trash; restore; undo and redo of all of it, saved each time.
    notes.delete([first.id])
    assert [a.id for a in stored(data_dir, left.path).trash()] == [first.id]
    assert window.left_pane.highlight_count("notes") == 0
    panel.trash_combo.setCurrentIndex(1)
    assert [r.annotation.id for r in panel.visible_rows()] == [first.id]
    notes.restore([first.id])
    assert stored(data_dir, left.path).trash() == []
    notes.undo_stack.undo()  # the restore
    notes.undo_stack.undo()  # the delete
    assert window.left_pane.highlight_count("notes") == 1
    notes.delete([first.id])
    notes.purge([first.id])
    assert first.id not in stored(data_dir, left.path).annotations
    notes.undo_stack.undo()
    assert first.id in stored(data_dir, left.path).annotations
    while notes.undo_stack.canUndo():
        notes.undo_stack.undo()
    assert notes.annotations() == []
    assert stored(data_dir, left.path).live() == stored(data_dir, right.path).live() == []
    while notes.undo_stack.canRedo():
        notes.undo_stack.redo()
    assert [a.id for a in stored(data_dir, right.path).live()] == [second.id]


def test_clicking_an_annotated_passage_opens_it(qtbot, make_window, editor_answers, data_dir):
    window = started(qtbot, make_window)
    right = window.right_pane.document
    h20 = right.text.index("H20")
    added = window.notes.add(
        [make_target(right.path, right.sha256, right.text, h20, h20 + 3)], "", [], "yellow"
    )
    editor_answers.update(note="edited by clicking", tags=["figure"], colour="green")
    window.right_pane.clicked.emit(h20 + 1)
    assert editor_answers["seen"][0].note_edit.toPlainText() == "edited by clicking"
    [annotation] = stored(data_dir, right.path).live()
    assert annotation.id == added.id and annotation.note == "edited by clicking"
    assert annotation.colour == "green"
    # The editor's Delete moves it to the trash; Undo brings it back.
    editor_answers.update(delete=True)
    window.right_pane.clicked.emit(h20 + 1)
    assert [a.id for a in stored(data_dir, right.path).trash()] == [added.id]
    assert window.right_pane.highlight_count("notes") == 0
    window.undo_action.trigger()
    assert [a.id for a in stored(data_dir, right.path).live()] == [added.id]


def test_changes_on_disk_show_up(qtbot, make_window, data_dir):
    window = started(qtbot, make_window)
    document = load_document(TRAD_ARTICLE)
    window.notes.add(
        [make_target(document.path, document.sha256, document.text, 0, 3)], "mine", [], "yellow"
    )
    other = stored(data_dir, TRAD_ARTICLE)  # another Duidu, the CLI or a sync tool
    start = document.text.index("芯片")
    other.put(
        new_annotation(
            [make_target(document.path, document.sha256, document.text, start, start + 2)],
            note="theirs",
        )
    )
    qtbot.waitUntil(lambda: window.left_pane.highlight_count("notes") == 2, timeout=10_000)
    assert {a.note for a in window.notes.annotations()} == {"mine", "theirs"}


def test_orphaned_annotation_is_kept_and_can_be_reattached(qtbot, make_window, tmp_path, data_dir):
    text = "第一段。\n这款芯片将改变数据中心的格局。\n第三段。\n"
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    start = text.index("这款芯片")
    stored(data_dir, path).put(
        new_annotation([make_target(path, document.sha256, text, start, start + 14)], note="kept")
    )
    path.write_text("第一段。\n完全不同的内容在这里。\n第三段。\n", encoding="utf-8")
    window = make_window(str(path), str(SIMP_ARTICLE))
    qtbot.waitUntil(window.notes.ready, timeout=10_000)
    panel = window.notes.panel
    [row] = panel.visible_rows()
    assert row.status == "orphaned" and row.quote == "这款芯片将改变数据中心的格局"
    assert panel.model.index(0, 3).data().endswith("orphaned")
    assert window.left_pane.highlight_count("notes") == 0
    select_shown(window.left_pane, "完全不同的内容")
    assert window.notes.reattach(row.annotation.id)
    [row] = panel.visible_rows()
    assert row.status == "anchored"
    assert window.left_pane.highlight_count("notes") == 1
    on_disk = json.loads(stored(data_dir, path).file.read_text(encoding="utf-8"))
    quote = on_disk["first"]["items"][0]["target"]["selector"][0]
    assert quote["exact"] == "完全不同的内容"


def test_many_notes_are_placed_off_the_ui_thread_and_edits_touch_only_their_rows(
    qtbot, make_window, data_dir, monkeypatch
):
    from reader.ui.notes import controller as annotations_controller

    monkeypatch.setattr(annotations_controller, "SYNC_LOCATE", 3)  # 12 notes count as many
    document = load_document(TRAD_ARTICLE)
    text = document.text
    notes_file = stored(data_dir, TRAD_ARTICLE)
    made = [
        new_annotation(
            [make_target(document.path, document.sha256, text, 10 * k, 10 * k + 4)],
            note=f"note {k}",
        )
        for k in range(12)
    ]
    notes_file.put(*made)
    window = started(qtbot, make_window)
    notes, left = window.notes, window.left_pane
    qtbot.waitUntil(lambda: left.highlight_count("notes") == 12, timeout=10_000)
    panel = notes.panel
    assert panel.model.rowCount() == 12

    # The document is opened again (as after a reload): its file is read, then its notes
    # placed, on workers; a note added before their answers arrive is not lost from the view
    # when they land.
    notes.document_changed(left)
    assert "left" in notes.loading
    extra = notes.add(
        [make_target(document.path, document.sha256, text, 200, 204)], "added meanwhile", [], "pink"
    )
    qtbot.waitUntil(lambda: "left" in notes.locating or notes.ready(), timeout=10_000)
    qtbot.waitUntil(notes.ready, timeout=10_000)
    assert left.highlight_count("notes") == 13
    assert notes.at("left", 201).id == extra.id

    # Selection and rows stay put while other notes change.
    panel.select(made[5].id)
    notes.add([make_target(document.path, document.sha256, text, 1, 3)], "another", [], "blue")
    notes.delete([made[7].id])
    notes.update(made[2].id, note="edited")
    assert panel.selected_ids() == [made[5].id]
    assert panel.model.rowCount() == 13  # +1 added, -1 to the trash
    assert [r.annotation.note for r in panel.visible_rows() if r.id == made[2].id] == ["edited"]
    assert left.highlight_count("notes") == 13
    notes.undo_stack.undo()  # the edit
    notes.undo_stack.undo()  # the delete
    assert left.highlight_count("notes") == 14
    assert notes.at("left", 71).id == made[7].id


def test_a_selection_ending_at_the_next_line_annotates_the_line_only(
    qtbot, make_window, editor_answers, data_dir
):
    window = started(qtbot, make_window)
    left = window.left_pane
    shown = left.shown_text()
    line_end = shown.index("\n", shown.index("十年前"))
    start = shown.rindex("\n", 0, line_end) + 1
    select_shown(left, shown[start - 1 : line_end + 1])  # from the newline before to the next
    window.annotate_action.trigger()
    [annotation] = stored(data_dir, TRAD_ARTICLE).live()
    assert annotation.targets[0].exact == shown[start:line_end].rstrip("\n")
    assert not annotation.targets[0].exact.endswith("\n")


def test_the_panel_shows_what_a_note_says_and_when_it_changed(qtbot, make_window, data_dir):
    from PySide6.QtCore import QDateTime, QLocale, Qt

    window = started(qtbot, make_window)
    document = window.left_pane.document
    target = make_target(document.path, document.sha256, document.text, 0, 3)
    window.notes.add([target], "**key** claim, see [the report](https://example.org)", [], "green")
    panel = window.notes.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    model = panel.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Changed"
    assert model.index(0, 1).data() == "key claim, see the report"  # not its **Markdown**
    (annotation,) = stored(data_dir, TRAD_ARTICLE).live()
    moment = QDateTime.fromString(annotation.modified, Qt.DateFormat.ISODateWithMs)
    expected = QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
    assert expected and model.index(0, 4).data() == expected
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).startswith("Made ")


def test_a_note_made_while_the_notes_are_still_loading_is_shown_once_they_arrive(
    qtbot, make_window
):
    """The notes are read on a worker after the first paint; a note made before they
    arrive goes through the store and is marked when they do, not lost with the wait."""
    window = make_window(str(TRAD_ARTICLE), str(SIMP_ARTICLE))
    window.notes.start()
    assert not window.notes.ready()  # the notes file is being read
    left = window.left_pane
    document = left.document
    start = document.text.index("英偉達")
    annotation = window.notes.add(
        [make_target(document.path, document.sha256, document.text, start, start + 3)],
        "made early",
        [],
        "yellow",
    )
    qtbot.waitUntil(window.notes.ready, timeout=10_000)
    assert window.notes.annotation(annotation.id) is not None
    assert left.highlight_count("notes") == 1
