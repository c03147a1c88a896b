"""The reader window as a person uses it: open, convert, select, drop, zoom, remember."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton

from reader.core.text.scripts import Script, ScriptMode
from reader.core.text.vocabulary import Vocabulary, VocabularyEntry
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE, corpus_file
from tests.ui.conftest import wait_ready


def select_shown(pane, text: str) -> None:
    """Select the first occurrence of ``text`` in what the pane shows, as a mouse would."""
    start = pane.shown_text().index(text)
    document = pane.view.document()
    cursor = QTextCursor(document)
    found = document.find(text)
    assert not found.isNull()
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    assert start >= 0


def test_first_start_opens_the_bundled_pair(make_window) -> None:
    window = make_window()
    left, right = window.left_pane, window.right_pane
    assert left.document.title == "英偉達的日子,不好過。"
    assert right.document.title == "四个月两次到访,中国市场对英伟达到底有多重要?"
    assert left.script.script is Script.TRADITIONAL
    assert right.script.script is Script.SIMPLIFIED
    assert "繁體 Traditional" in left.details_label.text()
    assert "2,451 characters" in left.details_label.text()
    assert "简体 Simplified" in right.details_label.text()
    # Image placeholders are hidden; the footer is there but small.
    document = left.view.document()
    image_line = left.document.text.split("\n").index("![]()")
    assert not document.findBlockByNumber(image_line).isVisible()
    assert document.findBlockByNumber(0).isVisible()


def test_switching_script_changes_the_shown_text(make_window, qtbot) -> None:
    window = make_window()
    right = window.right_pane
    assert "芯片" in right.shown_text()
    right.set_mode(ScriptMode.TWP)
    wait_ready(qtbot, window)
    assert right.shown_text().startswith("四個月兩次到訪")
    assert "晶片" in right.shown_text() and "芯片" not in right.shown_text()
    assert right.view.toPlainText() == right.shown_text()
    window.set_both_modes(ScriptMode.HANS)
    wait_ready(qtbot, window)
    assert window.left_pane.shown_text().startswith("英伟达的日子,不好过。")
    assert "华为的“昇腾910B”" in window.left_pane.shown_text()  # vocabulary beats OpenCC
    assert window.both_mode_actions[ScriptMode.HANS].isChecked()
    # The header's title is converted with the text (issue 14), and back again.
    assert window.left_pane.title_label.text() == "英伟达的日子,不好过。"
    assert right.title_label.text().startswith("四个月两次到访")
    window.set_both_modes(ScriptMode.ORIGINAL)
    wait_ready(qtbot, window)
    assert window.left_pane.title_label.text() == "英偉達的日子,不好過。"


def test_mode_combo_in_the_pane_header(make_window, qtbot) -> None:
    window = make_window()
    left = window.left_pane
    left.mode_combo.setCurrentIndex(left.mode_combo.findData(ScriptMode.HANS.value))
    left.mode_combo.activated.emit(left.mode_combo.currentIndex())
    wait_ready(qtbot, window)
    assert left.mode is ScriptMode.HANS
    assert left.shown_text().startswith("英伟达")


def test_selection_in_converted_text_maps_to_original(make_window, qtbot) -> None:
    window = make_window()
    left = window.left_pane
    left.set_mode(ScriptMode.TWP)
    wait_ready(qtbot, window)
    original = left.document.text
    select_shown(left, "晶片市場")
    start, end = left.selected_original_span()
    assert original[start:end] == "芯片市場"
    left.select_original_span(start, end)
    assert left.view.textCursor().selectedText() == "晶片市場"
    # The selection survives a change of script.
    left.set_mode(ScriptMode.HANS)
    wait_ready(qtbot, window)
    assert left.view.textCursor().selectedText() == "芯片市场"


def test_selection_across_a_longer_phrase(make_window, qtbot, tmp_path: Path) -> None:
    source = tmp_path / "memory.txt"
    source.write_text("标题\n服务器的内存很贵。\n", encoding="utf-8")
    window = make_window(str(source), str(SIMP_ARTICLE))
    left = window.left_pane
    left.set_mode(ScriptMode.TWP)
    wait_ready(qtbot, window)
    assert "記憶體" in left.shown_text()
    select_shown(left, "憶")
    start, end = left.selected_original_span()
    assert left.document.text[start:end] == "内存"


def test_bad_files_show_a_message_in_the_pane(make_window, tmp_path: Path) -> None:
    window = make_window()
    pane = window.left_pane
    title = pane.document.title
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    cases = [
        (tmp_path / "missing.txt", "does not exist"),
        (tmp_path, "is a folder"),
        (binary, "binary"),
        (empty, "is empty"),
    ]
    for path, words in cases:
        assert not window.open_file(pane, path)
        assert words in pane.message()
        assert pane.document.title == title  # what was shown stays shown


def test_drop_a_file_on_a_pane(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("落下的文章\n内容。\n", encoding="gb18030")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    view = window.right_pane.view
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    wait_ready(qtbot, window)
    assert window.right_pane.document.title == "落下的文章"
    assert window.right_pane.document.encoding in {"GB2312", "GBK", "GB18030"}


def test_recent_files_menu_reopens(make_window, qtbot) -> None:
    window = make_window(str(SIMP_ARTICLE), str(TRAD_ARTICLE))
    menu = window.recent_left_menu
    menu.aboutToShow.emit()
    names = [action.text() for action in menu.actions()]
    assert SIMP_ARTICLE.name in names and TRAD_ARTICLE.name in names
    next(a for a in menu.actions() if a.text() == TRAD_ARTICLE.name).trigger()
    wait_ready(qtbot, window)
    assert window.left_pane.document.path == TRAD_ARTICLE.resolve()


def test_state_is_remembered_between_runs(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(str(SIMP_ARTICLE), str(TRAD_ARTICLE))
    window.right_pane.set_mode(ScriptMode.HK)
    window.zoom(+2)
    window.set_line_spacing(200)
    window.sync_action.setChecked(False)
    size = window.reading_font.pointSize()
    window.close()
    again = make_window()  # no files: the last pair comes back
    assert again.left_pane.document.path == SIMP_ARTICLE.resolve()
    assert again.right_pane.mode is ScriptMode.HK
    assert again.reading_font.pointSize() == size
    assert again.line_spacing == 200
    assert not again.sync_action.isChecked()


def test_zoom_and_keyboard_shortcuts(make_window, qtbot) -> None:
    window = make_window()
    size = window.reading_font.pointSize()
    window.zoom_in_action.trigger()
    assert window.reading_font.pointSize() == size + 1
    assert window.left_pane.view.document().defaultFont().pointSize() == size + 1
    window.zoom_out_action.trigger()
    window.zoom_out_action.trigger()
    assert window.reading_font.pointSize() == size - 1
    window.zoom_reset_action.trigger()
    assert window.zoom_in_action.shortcuts()[0].toString() in {"Ctrl++", "Ctrl+="}
    window.focus_right_action.trigger()
    window.switch_pane()
    assert window.left_pane.view.hasFocus() or not window.isActiveWindow()


def test_synchronized_scrolling_can_be_switched_off(make_window, qtbot) -> None:
    window = make_window()
    window.resize(900, 500)
    qtbot.waitUntil(lambda: window.left_pane.view.verticalScrollBar().maximum() > 0)
    left = window.left_pane.view.verticalScrollBar()
    right = window.right_pane.view.verticalScrollBar()
    window.sync_action.setChecked(True)
    left.setValue(left.maximum() // 2)
    assert abs(right.value() - right.maximum() // 2) <= max(2, right.maximum() // 50)
    window.sync_action.setChecked(False)
    right.setValue(0)
    left.setValue(left.maximum())
    assert right.value() == 0


def test_vocabulary_change_is_saved_and_applied(make_window, qtbot, data_dir: Path) -> None:
    window = make_window()
    window.set_both_modes(ScriptMode.HANT)
    wait_ready(qtbot, window)
    entries = [*Vocabulary.default().entries, VocabularyEntry("英伟达", "輝達")]
    window.set_vocabulary(Vocabulary(entries))
    wait_ready(qtbot, window)
    assert "輝達" in window.right_pane.shown_text()
    assert "英偉達" not in window.right_pane.shown_text()
    assert "輝達" in (data_dir / "vocabulary.json").read_text(encoding="utf-8")


def test_vocabulary_dialog_edits_entries(qtbot) -> None:
    from reader.ui.text.vocabulary_dialog import VocabularyDialog

    dialog = VocabularyDialog(Vocabulary.default())
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(Vocabulary.default().entries)
    dialog._add_row(VocabularyEntry("鸿蒙", None))
    assert dialog.vocabulary().entries[-1] == VocabularyEntry("鸿蒙", None)
    # Not selectRow(): it honours whatever keyboard modifiers an earlier test left held.
    dialog.table.selectionModel().select(
        dialog.table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    remove = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert len(dialog.vocabulary().entries) == len(Vocabulary.default().entries)


def test_missing_cjk_font_is_explained(make_window, monkeypatch) -> None:
    import reader.ui.main_window as main_window

    monkeypatch.setattr(main_window, "cjk_font_families", lambda: [])
    window = make_window()
    assert not window.window_message.isHidden()
    assert "fonts-noto-cjk" in window.window_message.label.text()


def test_about_box_names_versions(make_window, qtbot) -> None:
    window = make_window()
    shown = {}

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            shown["text"] = box.text()
            box.close()

    QTimer.singleShot(200, close_box)
    window.show_about()
    assert "opencc-py" in shown.get("text", "")


def test_big_book_stays_responsive_and_converts(make_window, qtbot, monkeypatch) -> None:
    """Responsiveness is checked by where the work runs, not by timing gaps between ticks
    (on a busy machine any process stalls now and then): the book is converted on a
    worker, never on the UI thread, and the UI thread's event loop keeps turning while it
    is converted. How long the window may stall is for the benchmarks to measure."""
    from reader.core import offload
    from reader.ui.text import conversion_service

    book = corpus_file("xiyouji_trad_wikisource.txt")
    window = make_window(str(book), str(SIMP_ARTICLE))
    left = window.left_pane
    converted: list[tuple[bool, int]] = []  # (on the UI thread, characters), per conversion
    convert_text = conversion_service.convert_text

    def spy(engine, text, *args, **kwargs):
        converted.append((threading.current_thread() is threading.main_thread(), len(text)))
        return convert_text(engine, text, *args, **kwargs)

    call = offload.Helpers.call

    def sent(helpers, function, *args, **kwargs):  # a book goes to a helper process
        if function is offload.convert:
            on_ui = threading.current_thread() is threading.main_thread()
            converted.append((on_ui, len(args[0])))
        return call(helpers, function, *args, **kwargs)

    monkeypatch.setattr(conversion_service, "convert_text", spy)
    monkeypatch.setattr(offload.Helpers, "call", sent)
    ticks: list[bool] = []  # one per turn of the timer: was the pane still converting
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(not left.is_ready()))
    timer.start(20)
    left.set_mode(ScriptMode.HANS)
    assert not left.is_ready()  # conversion runs in the background
    assert left.progress.isVisible()
    wait_ready(qtbot, window, timeout=30_000)  # a hang guard: fails instead of hanging
    timer.stop()
    assert left.shown_text().startswith("西游记")
    assert len(ticks) > 5, "the event loop did not run during the conversion"
    assert ticks.count(True) > 5, "the event loop did not run while the book was converted"
    # the whole book, sent from a worker to a helper process
    assert (False, len(left.document.text)) in converted
    assert not [size for on_ui, size in converted if on_ui], "converted on the UI thread"
    # non-BMP characters: selecting after them still lands on the right original text
    text = left.document.text
    astral = next(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)
    left.select_original_span(astral, astral + 3)
    assert left.selected_original_span() == (astral, astral + 3)
    assert (
        left.view.textCursor().selectedText()
        == left.shown_text()[
            left.position_map().to_target(astral) : left.position_map().to_target(astral + 3)
        ]
    )


def test_space_pages_down(make_window, qtbot) -> None:
    window = make_window()
    window.resize(900, 400)
    view = window.left_pane.view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.verticalScrollBar().setValue(0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.verticalScrollBar().value() > 0
    assert view.cursorForPosition(QPoint(0, 0)).blockNumber() > 0


def test_script_change_during_detection_detects_once(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    pane = window.left_pane
    calls = []
    original_detect = window.service.detect

    def counting_detect(*args, **kwargs) -> None:
        calls.append(args[0])
        original_detect(*args, **kwargs)

    monkeypatch.setattr(window.service, "detect", counting_detect)
    window.open_file(pane, SIMP_ARTICLE)
    pane.set_mode(ScriptMode.TWP)  # before detection has reported
    pane.set_mode(ScriptMode.HK)
    wait_ready(qtbot, window)
    assert len(calls) == 1
    assert pane.mode is ScriptMode.HK
    assert pane.shown_text().startswith("四個月兩次到訪")


def test_no_two_actions_share_a_shortcut(make_window) -> None:
    """Qt ignores a shortcut that two actions claim, so neither would work."""
    from collections import defaultdict

    from PySide6.QtGui import QAction

    window = make_window(wait=False)
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            owners[shortcut.toString()].append(action.text())
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_toolbar_labels_show_under_the_icons_and_are_remembered(make_window, qtbot, data_dir):
    from PySide6.QtWidgets import QToolButton

    window = make_window()
    buttons = [b for b in window.toolbar.findChildren(QToolButton) if b.defaultAction()]
    assert buttons and all(
        b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly for b in buttons
    )
    # Every button says what it does, with labels or without.
    assert all(b.defaultAction().toolTip().strip() for b in buttons)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    labels = next(a for a in view_menu.actions() if a.text() == "Toolbar &Labels")
    labels.trigger()  # as a click on the menu item does
    assert all(b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon for b in buttons)
    assert "…" not in "".join(b.text() for b in buttons) and "&" not in "".join(
        b.text() for b in buttons
    )
    window.close()
    again = make_window()
    assert again.toolbar_text_action.isChecked()
    assert again.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
