"""Preferences (issue 14, point 2): opened with Ctrl+, and applied as they change, through
the same slots as the menus; the theme is remembered and every tint stays readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.notes.annotations import COLOURS
from reader.core.text.scripts import ScriptMode
from reader.ui import appearance
from reader.ui.comparison.topics_panel import TOPIC_COLOURS
from reader.ui.preferences import PreferencesDialog
from tests.ui.conftest import wait_ready


@pytest.fixture(autouse=True)
def system_theme():
    yield
    appearance.apply_theme(QApplication.instance(), "system")


def open_with_keys(qtbot, window) -> PreferencesDialog:
    window.activateWindow()
    qtbot.keyClick(window.left_pane.view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_ctrl_comma_opens_preferences_showing_the_windows_values(qtbot, make_window, data_dir):
    window = make_window()
    dialog = open_with_keys(qtbot, window)
    assert dialog.left_script.currentData() == window.left_pane.mode.value
    assert dialog.size_box.value() == window.reading_font.pointSize()
    assert dialog.spacing_box.currentData() == window.line_spacing
    assert dialog.theme_box.currentData() == "system"
    assert dialog.data_folder.text() == str(data_dir) and dialog.data_folder.isReadOnly()
    assert open_with_keys(qtbot, window) is dialog  # one dialog, raised again


def test_each_preference_applies_at_once_and_follows_the_menus(qtbot, make_window):
    window = make_window()
    dialog = open_with_keys(qtbot, window)
    dialog.left_script.setCurrentIndex(dialog.left_script.findData(ScriptMode.HANS.value))
    wait_ready(qtbot, window)
    assert window.left_pane.mode is ScriptMode.HANS
    assert window.left_pane.shown_text().startswith("英伟达")
    window.right_pane.set_mode(ScriptMode.TW)  # the pane's own menu: the dialog follows
    assert dialog.right_script.currentData() == ScriptMode.TW.value
    dialog.size_box.setValue(21)
    assert window.left_pane.reading_font().pointSize() == 21
    dialog.spacing_box.setCurrentIndex(dialog.spacing_box.findData(200))
    assert window.line_spacing == 200 and window.spacing_actions[200].isChecked()
    box = dialog.toggles["sync"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert window.sync_action.isChecked() is box.isChecked() is window.scroll_sync.enabled
    window.highlight_topics_action.trigger()  # from the menu
    assert dialog.toggles["highlight_topics"].isChecked()


def test_a_dark_theme_applies_now_and_at_the_next_start(qtbot, make_window, data_dir):
    window = make_window()
    dialog = open_with_keys(qtbot, window)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80
    assert appearance.is_dark()
    # The toolbar's icons are drawn anew in the light text colour, not left black.
    image = window.find_action.icon().pixmap(32, 32).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert inked and min(c.lightness() for c in inked) > 150
    window.close()
    appearance.apply_theme(QApplication.instance(), "system")
    again = make_window()
    assert appearance.is_dark(), "the theme chosen was not remembered"
    assert again.settings.get("view/theme") == "dark"


def test_open_folder_shows_the_data_folder(qtbot, make_window, data_dir, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QPushButton

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window()
    dialog = open_with_keys(qtbot, window)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Open Folder")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(data_dir)]


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_text_stays_readable_on_every_tint_in_every_theme(theme):
    appearance.apply_theme(QApplication.instance(), theme)
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    assert appearance.contrast(text, base) >= 7  # the texts themselves
    highlight = palette.color(QPalette.ColorRole.Highlight)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    strict = 7 if theme == "high-contrast" else 4.5  # AAA for the high-contrast theme
    assert appearance.contrast(selected, highlight) >= strict  # a selection
    window = palette.color(QPalette.ColorRole.Window)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.PlaceholderText):
        assert appearance.contrast(palette.color(role), window) >= (
            strict if role == QPalette.ColorRole.WindowText else 4.5
        )
    for name, value in COLOURS.items():  # a note's tint (alpha 200), dark text on it
        tint = QColor(value)
        tint.setAlpha(200)
        seen = appearance.over(tint, base)
        assert appearance.contrast(appearance.HIGHLIGHT_TEXT, seen) >= 4.5, (theme, name)
    for value in TOPIC_COLOURS:  # a topic's words are written in its colour, made readable
        shade = appearance.ink(QColor(value), base)
        assert appearance.contrast(shade, base) >= 4.5, (theme, value)
    current = QColor("#ff9f1c")  # where stepping or Find has got to: a strong fill
    current.setAlpha(230)
    assert appearance.contrast(appearance.HIGHLIGHT_TEXT, appearance.over(current, base)) >= 4.5


def test_the_window_works_on_after_preferences_are_closed(qtbot, make_window):
    window = make_window()
    dialog = open_with_keys(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is None, timeout=5000)
    window.right_pane.set_mode(ScriptMode.HANS)  # what the closed dialog listened to
    window.sync_action.trigger()
    wait_ready(qtbot, window)
    assert window.right_pane.mode is ScriptMode.HANS


def test_no_label_of_the_dialog_shows_a_literal_ampersand(qtbot, make_window):
    from PySide6.QtWidgets import QLabel

    dialog = open_with_keys(qtbot, make_window())
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()  # shown as a mnemonic, not "&"
