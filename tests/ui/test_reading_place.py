"""The reader's place is sacred (issue 12): clicks, drags, script switches and labels never
move the pane being read or push the window past the screen. Every test sends real mouse and
key events to the widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from reader import APP_NAME
from reader.core.text.scripts import ScriptMode
from tests.conftest import corpus_file
from tests.ui.conftest import settle, wait_ready

PARAGRAPH = "這不是危言聳聽"
NEAR_TOP = "但眼下"  # a paragraph on the first screen


def wait_analysed(qtbot, window, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: window.comparison.analysis is not None, timeout=timeout)


def point_of(pane, position: int) -> QPoint:
    """Viewport coordinates of the UTF-16 ``position`` in ``pane`` (middle of its line)."""
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(position)
    return pane.view.cursorRect(cursor).center() + QPoint(2, 0)


def reading_window(qtbot, make_window):
    window = make_window()
    window.resize(1280, 800)
    wait_analysed(qtbot, window)
    window.sync_action.setChecked(True)
    window.follow_action.setChecked(True)
    settle(qtbot, 300)
    return window


def test_a_click_never_moves_the_clicked_pane(qtbot, make_window):
    window = reading_window(qtbot, make_window)
    left, right = window.left_pane, window.right_pane
    bars = left.view.verticalScrollBar(), right.view.verticalScrollBar()
    at = point_of(left, left.shown_text().index(PARAGRAPH) + 3)
    assert left.view.viewport().rect().contains(at)
    before = bars[0].value()
    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    settle(qtbot, 400)
    assert bars[0].value() == before  # it jumped ~30 paragraphs (2551 px) before the fix
    # Scroll to Aligned Passage is on: the other pane shows the counterpart, tinted.
    assert right.highlight_count("alignment") > 0
    assert bars[1].value() > 0
    right_after_click = bars[1].value()

    # A drag that starts at the same place selects what it went over, nothing more.
    qtbot.mousePress(left.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    for step in range(1, 6):
        qtbot.mouseMove(left.view.viewport(), at + QPoint(12 * step, 0))
    qtbot.mouseRelease(left.view.viewport(), Qt.MouseButton.LeftButton, pos=at + QPoint(60, 0))
    settle(qtbot, 300)
    selected = left.view.textCursor().selectedText()
    assert bars[0].value() == before
    assert 0 < len(selected) <= 10 and "\u2029" not in selected  # was 1,935 characters
    line = next(line for line in left.shown_text().split("\n") if PARAGRAPH in line)
    assert selected in line
    assert bars[1].value() == right_after_click  # a drag is not a click: nothing follows

    # The reader turns Scroll to Aligned Passage off: a click moves neither pane.
    window.follow_action.setChecked(False)
    right.view.verticalScrollBar().setValue(0)
    settle(qtbot)
    before = bars[0].value(), bars[1].value()
    other = point_of(left, left.shown_text().index("而現在") + 1)
    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton, pos=other)
    settle(qtbot, 400)
    assert (bars[0].value(), bars[1].value()) == before


def gap_below(pane, text: str) -> QPoint:
    """Viewport coordinates of the space between the paragraph holding ``text`` and the
    next one (its bottom margin), a third of the way across the text."""
    view = pane.view
    block = view.document().findBlock(pane.shown_text().index(text))
    rect = view.document().documentLayout().blockBoundingRect(block)
    y = rect.bottom() + 3 - view.verticalScrollBar().value()
    return QPoint(int(rect.left() + rect.width() / 3), int(y))


def test_a_press_between_paragraphs_stays_where_it_was_made(qtbot, make_window):
    window = reading_window(qtbot, make_window)
    window.follow_action.setChecked(False)
    left = window.left_pane
    bar = left.view.verticalScrollBar()
    at = gap_below(left, NEAR_TOP)
    assert left.view.viewport().rect().contains(at)
    line = next(line for line in left.shown_text().split("\n") if NEAR_TOP in line)
    following = left.shown_text().split("\n")[left.shown_text().split("\n").index(line) + 1]
    before = bar.value()

    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    settle(qtbot, 300)
    assert bar.value() == before  # Qt's hit test put the cursor 1,900 characters down
    block = left.view.textCursor().block().text()
    assert block in (line, following)

    # A drag that starts in the gap selects from the nearest line, a few characters.
    qtbot.mousePress(left.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    for step in range(1, 5):
        qtbot.mouseMove(left.view.viewport(), at + QPoint(-15 * step, 0))
    qtbot.mouseRelease(left.view.viewport(), Qt.MouseButton.LeftButton, pos=at + QPoint(-60, 0))
    settle(qtbot, 300)
    selected = left.view.textCursor().selectedText()
    assert bar.value() == before
    assert 0 < len(selected) <= 10 and "\u2029" not in selected  # was several paragraphs
    assert selected in line or selected in following


def test_hover_between_paragraphs_names_a_nearby_place(qtbot, make_window):
    window = reading_window(qtbot, make_window)
    left = window.left_pane
    at = gap_below(left, NEAR_TOP)
    start = left.shown_text().index(NEAR_TOP)
    with qtbot.waitSignal(left.hovered) as hovered:
        qtbot.mouseMove(left.view.viewport(), at)
    position = hovered.args[0]
    assert abs(position - start) < 200  # Qt's hit test said a paragraph 1,900 characters on


def place(pane) -> tuple[int, int]:
    """The first line on screen: its block (= original line) and original offset."""
    return pane.view.first_visible_line(), pane.top_original_position()


def press_shortcut(qtbot, window, key, modifiers) -> None:
    window.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def test_a_script_switch_keeps_the_lines_on_screen(qtbot, make_window):
    window = reading_window(qtbot, make_window)
    left, right = window.left_pane, window.right_pane
    left.view.setFocus()
    for _ in range(2):  # page down a little
        qtbot.keyClick(left.view, Qt.Key.Key_Space)
    settle(qtbot)
    before = place(left), place(right)
    assert before[0][0] > 5

    # Ctrl+Alt+3: 繁體·臺灣 in both panes.
    press_shortcut(
        qtbot,
        window,
        Qt.Key.Key_3,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert left.mode is ScriptMode.TW and right.mode is ScriptMode.TW
    wait_ready(qtbot, window)
    settle(qtbot, 500)
    assert (place(left), place(right)) == before

    # The pane's own script menu, with the keyboard: one step down is 繁體·臺灣用詞.
    right.mode_combo.setFocus()
    qtbot.keyClick(right.mode_combo, Qt.Key.Key_Down)
    assert right.mode is ScriptMode.TWP
    wait_ready(qtbot, window)
    settle(qtbot, 500)
    assert (place(left), place(right)) == before


def test_no_label_widens_the_window(qtbot, make_window):
    window = make_window()
    window.resize(900, 600)
    wait_analysed(qtbot, window)
    settle(qtbot, 300)
    assert window.width() <= 900
    dock = window.comparison.dock.width()
    left, right = window.left_pane, window.right_pane
    # Each pane's own script menu, with the keyboard; then both at once with Ctrl+Alt+N.
    for pane in (left, right):
        pane.mode_combo.setFocus()
        for _ in range(2):
            qtbot.keyClick(pane.mode_combo, Qt.Key.Key_Down)
            wait_ready(qtbot, window)
            settle(qtbot)
            assert window.width() <= 900 and window.comparison.dock.width() == dock
    left.view.setFocus()
    for key in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_2):
        press_shortcut(
            qtbot,
            window,
            key,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )
        wait_ready(qtbot, window)
        settle(qtbot)
        assert window.width() <= 900 and window.comparison.dock.width() == dock
    details = left.details_label
    assert "shown as 繁體 (OpenCC standard)" in details.text()  # the full text is kept
    assert details.is_elided() and details.toolTip() == details.text()
    assert details.width() <= left.width()

    # The annotations panel, and its Trash view (chosen with the keyboard).
    window.annotations_action.trigger()
    settle(qtbot)
    panel = window.notes.panel
    assert window.notes_dock.isVisible()
    notes_width = window.notes_dock.width()
    panel.trash_combo.setFocus()
    qtbot.keyClick(panel.trash_combo, Qt.Key.Key_Down)
    assert panel.trash_combo.currentData() is True
    settle(qtbot, 300)
    assert panel.restore_button.isVisible() and panel.purge_button.isVisible()
    assert window.width() <= 900
    assert window.notes_dock.width() == notes_width
    qtbot.keyClick(panel.trash_combo, Qt.Key.Key_Up)
    settle(qtbot)
    assert window.width() <= 900 and window.notes_dock.width() == notes_width
    # The topics panel's status wraps inside the dock.
    status = window.comparison.panel.status
    assert "shared topics" in status.text()
    assert status.minimumSizeHint().width() <= window.comparison.dock.width()


def scroll_to_original(pane, position: int) -> None:
    """Put the line of original offset ``position`` at the top (the set-up, not the test)."""
    document = pane.view.document()
    layout = document.documentLayout()
    block = document.findBlock(pane.shown_span(position, position)[0])
    top = layout.blockBoundingRect(block).top()
    layout.documentSizeChanged.emit(layout.documentSize())  # the range of the whole book
    pane.view.verticalScrollBar().setValue(int(top) + 1)


def test_a_novel_keeps_its_chapter_through_a_background_conversion(qtbot, make_window):
    novel = corpus_file("hongloumeng_simp.gb18030.txt")
    window = make_window()
    window.open_file(window.right_pane, novel)
    wait_ready(qtbot, window)
    right = window.right_pane
    chapter = right.document.text.index("第十五回")
    settle(qtbot, 200)
    scroll_to_original(right, chapter)
    settle(qtbot, 200)
    before = place(right)
    assert before[0] == right.document.text.count("\n", 0, chapter)
    # 繁體·臺灣 from the pane's script menu: the lines on screen are converted first, the
    # rest in the background; neither step may move the text.
    right.mode_combo.setFocus()
    for _ in range(3):
        qtbot.keyClick(right.mode_combo, Qt.Key.Key_Down)
    assert right.mode is ScriptMode.TW
    settle(qtbot, 300)  # the lines on screen are converted by now
    assert place(right)[0] == before[0]
    wait_ready(qtbot, window, timeout=60_000)
    settle(qtbot, 300)
    assert place(right)[0] == before[0]  # it was 第057回 after the conversion finished
    assert "第十五回" in right.shown_text()[right.shown_span(before[1], before[1])[0] :][:20]


def test_panel_shortcuts_show_and_raise_a_tabbed_dock(qtbot, make_window):
    window = make_window()
    settle(qtbot, 300)
    topics, notes = window.comparison.dock, window.notes_dock
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    window.left_pane.view.setFocus()
    front = window.dock_in_front
    assert front(topics) and not front(notes)  # Annotations is the tab behind
    press_shortcut(qtbot, window, Qt.Key.Key_A, ctrl_shift)
    settle(qtbot)
    assert front(notes) and not front(topics)  # raised, not hidden (it was hidden)
    assert window.annotations_action.isChecked()
    assert notes.isAncestorOf(QApplication.focusWidget())
    press_shortcut(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert front(topics) and not front(notes)
    assert topics.isAncestorOf(QApplication.focusWidget())
    # In front and focused: the same key puts it away; once more brings it back.
    press_shortcut(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert not topics.isVisible() and not window.topics_action.isChecked()
    press_shortcut(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert front(topics) and window.topics_action.isChecked()


def test_f11_is_full_screen(qtbot, make_window):
    window = make_window()
    assert QKeySequence("F11") in window.full_screen_action.shortcuts()
    window.left_pane.view.setFocus()
    press_shortcut(qtbot, window, Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier)
    settle(qtbot)
    assert window.full_screen_action.isChecked() and window.isFullScreen()
    press_shortcut(qtbot, window, Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier)
    settle(qtbot)
    assert not window.isFullScreen()


def test_the_editor_has_a_colour_mnemonic_and_tab_moves_to_the_tags(qtbot):
    from reader.ui.notes.editor import AnnotationEditor

    editor = AnnotationEditor(["英偉達"], colour="green")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    labels = [label.text() for label in editor.findChildren(QLabel)]
    assert "&Colour:" in labels  # a real mnemonic: the label has a buddy
    colour_label = next(lb for lb in editor.findChildren(QLabel) if lb.text() == "&Colour:")
    assert colour_label.buddy() is editor.colour_buttons["green"]
    editor.activateWindow()
    editor.note_edit.setFocus()
    qtbot.keyClicks(editor.note_edit, "note")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Tab)
    assert editor.note_edit.toPlainText() == "note"  # no tab typed
    assert editor.focusWidget() is editor.tags_edit  # (offscreen the dialog may be inactive)


def test_a_new_note_shows_its_colour_at_once(qtbot, make_window, editor_answers):
    window = make_window()
    settle(qtbot, 300)
    left = window.left_pane
    view = left.view
    start = left.shown_text().index(PARAGRAPH)
    begin, end = point_of(left, start), point_of(left, start + len(PARAGRAPH))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=begin - QPoint(3, 0))
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert view.textCursor().selectedText().startswith(PARAGRAPH[:5])
    value = view.verticalScrollBar().value()
    editor_answers["colour"] = "blue"
    view.setFocus()
    press_shortcut(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert len(editor_answers["seen"]) == 1
    settle(qtbot)
    assert not view.textCursor().hasSelection()  # nothing paints over the new colour
    assert view.verticalScrollBar().value() == value
    assert left.highlight_count("notes") == 1
    assert any(
        s.cursor.selectionStart() <= start < s.cursor.selectionEnd() for s in view.extraSelections()
    )


def test_tag_manager_buttons_need_a_selection(qtbot):
    from collections import Counter

    from reader.ui.notes.tag_manager import TagManager

    calls = []
    manager = TagManager(
        lambda: Counter({"claim": 2, "figure": 1, "source": 3}),
        lambda tags, new: calls.append(("rename", tags, new)),
        lambda tag, colour: calls.append(("recolour", tag, colour)),
    )
    qtbot.addWidget(manager)
    manager.show()
    qtbot.waitExposed(manager)
    buttons = manager.rename_button, manager.merge_button, manager.recolour_button
    assert [b.isEnabled() for b in buttons] == [False, False, False]
    rect = manager.list.visualItemRect(manager.list.item(0))
    qtbot.mouseClick(manager.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [b.isEnabled() for b in buttons] == [True, False, True]
    rect = manager.list.visualItemRect(manager.list.item(1))
    qtbot.mouseClick(
        manager.list.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )
    assert [b.isEnabled() for b in buttons] == [False, True, True]


def shown_title(window) -> str:
    """The title as the window system shows it: Qt appends the display name (see
    QPlatformWindow::formatWindowTitle) unless the title already ends with it."""
    title, name = window.windowTitle(), QApplication.applicationDisplayName()
    if name and not title.endswith(name):
        return f"{title} \u2014 {name}" if title else name
    return title


def test_the_title_names_the_app_once(qtbot, make_window):
    window = make_window()
    title = shown_title(window)
    assert title.count(APP_NAME) == 1, title
    assert window.left_pane.document.title in title


def test_the_toolbar_shows_icons_from_the_first_frame(qtbot, data_dir):
    from reader.app import create_application, create_window

    create_application()
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()  # the first paint: qtawesome has not loaded yet
    buttons = [b for b in window.toolbar.findChildren(QToolButton) if b.defaultAction()]
    assert buttons
    for button in buttons:
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        assert not button.icon().isNull(), button.defaultAction().text()
    sizes = [b.sizeHint() for b in buttons]
    qtbot.waitUntil(lambda: window._painted, timeout=10_000)
    settle(qtbot, 300)  # the real icons are in
    assert [b.sizeHint() for b in buttons] == sizes  # nothing moved
    window.close()


def test_swap_moves_each_document_with_its_script_conversion_and_place(
    qtbot, make_window, monkeypatch
):
    window = reading_window(qtbot, make_window)
    left, right = window.left_pane, window.right_pane
    left_doc, right_doc = left.document, right.document
    left.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(left.view, Qt.Key.Key_Space)
    left.mode_combo.setFocus()
    qtbot.keyClick(left.mode_combo, Qt.Key.Key_Down)  # 原文 → 简体
    assert left.mode is ScriptMode.HANS
    wait_ready(qtbot, window)
    settle(qtbot)
    left_place = left.top_original_position()
    left_text, right_text = left.shown_text(), right.shown_text()
    conversions: list[object] = []
    original_convert = window.service.convert
    monkeypatch.setattr(
        window.service,
        "convert",
        lambda *args, **kwargs: conversions.append(args) or original_convert(*args, **kwargs),
    )

    press_shortcut(
        qtbot,
        window,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert right.document is left_doc and left.document is right_doc
    assert right.mode is ScriptMode.HANS and left.mode is ScriptMode.ORIGINAL
    assert right.mode_combo.currentData() == ScriptMode.HANS.value
    assert right.shown_text() == left_text and left.shown_text() == right_text
    settle(qtbot, 300)
    assert right.top_original_position() == left_place  # read on where it was read
    assert conversions == []  # the conversion came along: nothing converted again
    # The analysis of the old order is gone at once, and a new one comes.
    wait_analysed(qtbot, window)
    assert window.comparison.current_analysis() is not None
    assert window.comparison.current_analysis().left_text.original is right_doc.text
