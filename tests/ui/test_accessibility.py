"""Accessible names (issue 14, point 6): a screen reader finds a name on every pane,
header, panel, list, field and button of the window and of every dialog, as Qt's own
accessibility interface reports it (not only what ``accessibleName()`` was set to)."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

from tests.ui.conftest import settle

NAMED = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
)


def unnamed(root: QWidget) -> list[str]:
    """Widgets under ``root`` a screen reader would announce without a name. Qt's own
    helpers (``qt_*``, a line edit's clear button, a combo box's pop-up) are skipped."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, NAMED) or widget.objectName().startswith("qt_"):
            continue
        if widget.window() is not root or isinstance(widget.parentWidget(), (QLineEdit, QComboBox)):
            continue  # a clear button, an editable combo box's own field: the parent's name
        if type(widget.parentWidget()).__name__ == "QComboBoxPrivateContainer":
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            parent = type(widget.parentWidget()).__name__
            found.append(f"{type(widget).__name__} in {parent}")
    return found


def test_every_control_of_the_window_has_an_accessible_name(qtbot, make_window):
    window = make_window()
    settle(qtbot)
    window.notes.panel  # noqa: B018 - both panels and the find bar exist
    window.comparison.open_search()
    window.set_toolbar_labels(False)  # icon-only buttons still have their action's name
    assert unnamed(window) == []
    for pane in window.panes:
        interface = QAccessible.queryAccessibleInterface(pane.view)
        assert interface.text(QAccessible.Text.Description) == pane.title_label.text()


def test_every_control_of_preferences_has_an_accessible_name(qtbot, make_window):
    from reader.ui.preferences import show_preferences

    dialog = show_preferences(make_window())
    assert unnamed(dialog) == []


def test_every_dialog_names_its_controls(qtbot, make_window):
    from reader.ui.comparison.alias_dialog import AliasDialog
    from reader.ui.help.guide_dialog import GuideDialog
    from reader.ui.help.shortcuts_dialog import ShortcutsDialog
    from reader.ui.notes.editor import AnnotationEditor
    from reader.ui.notes.tag_manager import TagManager
    from reader.ui.text.vocabulary_dialog import VocabularyDialog

    window = make_window()
    notes = window.notes
    notes.start()
    dialogs = {
        "editor": AnnotationEditor(["英偉達的日子"], known_tags=["claim"], parent=window),
        "tags": TagManager(notes.tag_counts, notes.rename_tags, notes.recolour_tag, window),
        "export": notes.transfer.export_markdown(),
        "aliases": AliasDialog(window.comparison.aliases(), window),
        "vocabulary": VocabularyDialog(window.session.vocabulary, window),
        "shortcuts": ShortcutsDialog(window.shortcut_rows(), window),
        "guide": GuideDialog(window),
    }
    missing = {}
    for name, dialog in dialogs.items():
        dialog.show()
        missing[name] = unnamed(dialog)
        dialog.close()
    assert missing == {name: [] for name in dialogs}


def test_tab_goes_through_the_window_left_to_right(qtbot, make_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = make_window()
    settle(qtbot)
    left, right = window.panes
    window.activateWindow()
    left.mode_combo.setFocus()
    seen = []
    for _ in range(4):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [left.mode_combo, left.view, right.mode_combo, right.view]
    # ... and on into the side panel, never back into the panes first.
    assert QApplication.focusWidget() not in (left.mode_combo, left.view, right.view)


def tab_chain(qtbot, dialog: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``dialog``, from its first, until it comes round again."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QApplication

    dialog.activateWindow()
    # From the control a reader sees first (top, then left): the one Tab comes back to.
    first = min(
        reachable(dialog),
        key=lambda w: (w.mapTo(dialog, QPoint(0, 0)).y(), w.mapTo(dialog, QPoint(0, 0)).x()),
    )
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = QApplication.focusWidget()
    seen = [start]
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start or now in seen:
            break
        seen.append(now)
    return seen


def reachable(dialog: QWidget) -> set[QWidget]:
    """Controls a keyboard user must be able to reach in ``dialog``."""
    from PySide6.QtCore import Qt

    return {
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisibleTo(dialog)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is dialog
        and not w.objectName().startswith("qt_")
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
        and type(w.parentWidget()).__name__ != "QComboBoxPrivateContainer"
        and w.focusProxy() is None
    }


def in_reading_order(widgets: list[QWidget], dialog: QWidget) -> list[tuple[str, str]]:
    """Pairs of successive widgets where Tab goes back up the dialog (a later widget above
    an earlier one by more than a line), which a reader would not expect."""
    from PySide6.QtCore import QPoint

    def place(widget: QWidget) -> tuple[int, int]:
        return widget.mapTo(dialog, QPoint(0, 0)).toTuple()[::-1]  # (y, x)

    if widgets:  # Tab goes round: read the round from the control at the top
        first = widgets.index(min(widgets, key=place))
        widgets = widgets[first:] + widgets[:first]
    backwards = []
    for before, after in itertools.pairwise(widgets):
        top = before.mapTo(dialog, QPoint(0, 0)).y()
        next_top = after.mapTo(dialog, QPoint(0, 0)).y()
        if (
            next_top < top - max(8, before.height() // 2)
            and after.mapTo(dialog, QPoint(0, 0)).x() <= before.mapTo(dialog, QPoint(0, 0)).x()
        ):
            backwards.append((type(before).__name__, type(after).__name__))
    return backwards


def test_tab_reaches_every_control_of_every_dialog_top_to_bottom(qtbot, make_window):
    from reader.ui.comparison.alias_dialog import AliasDialog
    from reader.ui.help.shortcuts_dialog import ShortcutsDialog
    from reader.ui.notes.editor import AnnotationEditor
    from reader.ui.notes.tag_manager import TagManager
    from reader.ui.preferences import show_preferences
    from reader.ui.text.vocabulary_dialog import VocabularyDialog

    window = make_window()
    notes = window.notes
    notes.start()
    dialogs = {
        "preferences": show_preferences(window),
        "editor": AnnotationEditor(["英偉達的日子"], known_tags=["claim"], parent=window),
        "tags": TagManager(notes.tag_counts, notes.rename_tags, notes.recolour_tag, window),
        "export": notes.transfer.export_markdown(),
        "aliases": AliasDialog(window.comparison.aliases(), window),
        "vocabulary": VocabularyDialog(window.session.vocabulary, window),
        "shortcuts": ShortcutsDialog(window.shortcut_rows(), window),
    }
    problems = {}
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        chain = tab_chain(qtbot, dialog)
        missed = sorted(
            f"{type(w).__name__}:{w.accessibleName() or w.objectName()}"
            for w in reachable(dialog) - set(chain)
        )
        backwards = in_reading_order(chain, dialog)
        if missed or backwards:
            problems[name] = {"not reached": missed, "backwards": backwards}
        dialog.close()
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())
