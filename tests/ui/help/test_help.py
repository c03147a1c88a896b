"""Help ▸ Keyboard Shortcuts and Help ▸ User Guide, opened with their keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from reader.ui.help.guide_dialog import GuideDialog
from reader.ui.help.shortcuts_dialog import ShortcutsDialog


def opened_by_key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """Press ``key`` in the window: (the dialog's class, what it shows), read while it is
    open; it is closed afterwards (and deleted by the window)."""
    seen: list[tuple[type, object]] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            if isinstance(dialog, ShortcutsDialog):
                seen.append((ShortcutsDialog, dialog.visible_commands()))
            elif isinstance(dialog, GuideDialog):
                seen.append((GuideDialog, dialog.browser.toPlainText()))
            else:
                seen.append((type(dialog), None))
            dialog.reject()
        else:
            QTimer.singleShot(20, grab)

    QTimer.singleShot(0, grab)
    window.activateWindow()
    qtbot.keyClick(window.left_pane.view, key, modifier)
    assert seen, "no dialog opened"
    return seen[0]


def test_the_shortcut_list_holds_every_action_that_has_a_key(qtbot, make_window):
    window = make_window(wait=False)
    rows = window.shortcut_rows()
    native = QKeySequence.SequenceFormat.NativeText
    listed = {keys for _command, keys in rows}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            key = shortcut.toString(native)
            assert any(key in keys.split(", ") for keys in listed), (action.text(), key)
    dialog = ShortcutsDialog(rows)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows)
    qtbot.keyClicks(dialog.filter_edit, "swap")
    assert dialog.visible_commands() == ["Swap Panes"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "Ctrl+T")
    assert "Topics Panel" in dialog.visible_commands()


def test_ctrl_slash_opens_the_shortcut_list(qtbot, make_window):
    window = make_window()
    kind, commands = opened_by_key(
        qtbot, window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier
    )
    assert kind is ShortcutsDialog and "Find in Both…" in commands


def test_f1_opens_the_user_guide_shipped_with_the_app(qtbot, make_window):
    window = make_window()
    kind, text = opened_by_key(qtbot, window, Qt.Key.Key_F1)
    assert kind is GuideDialog
    assert "Duidu" in text and "Ctrl+M" in text and "could not be read" not in text
    # Every shortcut the guide names is one the window has.
    keys = {keys for _c, k in window.shortcut_rows() for keys in k.split(", ")}
    named = "Ctrl+O Ctrl+Shift+O Ctrl+Shift+W Ctrl+T Ctrl+L Ctrl+F Ctrl+M Ctrl+Shift+M"
    for key in (*named.split(), "Ctrl+Shift+A", "Ctrl+Shift+E", "Ctrl+Alt+0"):
        assert key in text and key in keys, key
