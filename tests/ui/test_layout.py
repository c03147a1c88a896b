"""The window fits from 800×600 up (issue 14, point 5): the panes keep about 20 characters
a line (one above the other when side by side would not), the docks stay, nothing is cut off
the window's edge, and a resize keeps each pane's reading place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from tests.ui.conftest import settle


def shown_at(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    settle(qtbot)
    QApplication.processEvents()


def characters_a_line(pane) -> int:
    """The most characters any laid-out line of the first screenful holds."""
    view = pane.view
    block = view.document().firstBlock()
    most = 0
    while block.isValid() and block.blockNumber() < 40:
        view.document().documentLayout().blockBoundingRect(block)  # laid out
        layout = block.layout()
        for k in range(max(layout.lineCount() - 1, 0)):  # full lines, not the last
            most = max(most, layout.lineAt(k).textLength())
        block = block.next()
    return most


def cut_off(window) -> list[str]:
    """Visible widgets (outside scrolled content) that reach past the window's edge."""
    edge = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        parent = widget.parentWidget()
        scrolled = False
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                scrolled = True
                break
            parent = parent.parentWidget()
        if scrolled:
            continue
        corner = widget.mapTo(window, QPoint(widget.width() - 1, widget.height() - 1))
        if corner.x() > edge.right() or corner.y() > edge.bottom():
            label = widget.text() if hasattr(widget, "text") else ""
            found.append(f"{type(widget).__name__} {widget.objectName()} {label}")
    return found


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1920, 1080)])
def test_the_window_fits_and_each_pane_keeps_twenty_characters_a_line(
    qtbot, make_window, width, height
):
    window = make_window()
    shown_at(qtbot, window, width, height)
    assert window.size().toTuple() == (width, height)  # nothing forced it wider or taller
    for pane in window.panes:
        assert characters_a_line(pane) >= 20, (pane.side, characters_a_line(pane))
    assert window.comparison.dock.isVisible() and window.comparison.dock.width() > 100
    assert cut_off(window) == []
    stacked = window.splitter.orientation() == Qt.Orientation.Vertical
    assert stacked is (width == 800)  # side by side when twenty characters fit there


def test_a_narrow_window_stacks_the_panes_and_a_wide_one_puts_them_back(qtbot, make_window):
    window = make_window()
    shown_at(qtbot, window, 1280, 800)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    shown_at(qtbot, window, 800, 600)
    assert window.splitter.orientation() == Qt.Orientation.Vertical
    top, bottom = (pane.geometry() for pane in window.panes)
    assert bottom.top() >= top.bottom() and abs(top.height() - bottom.height()) <= 2
    shown_at(qtbot, window, 1280, 800)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal


def test_a_resize_keeps_the_line_each_pane_was_reading(qtbot, make_window):
    window = make_window()
    window.sync_action.setChecked(False)
    shown_at(qtbot, window, 1280, 800)
    pane = window.left_pane
    bar = pane.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    settle(qtbot)
    before = pane.reading_place()
    shown_at(qtbot, window, 800, 600)  # narrower, and the panes stacked: every line rewraps
    after = pane.reading_place()
    assert after[0] == before[0]  # the same paragraph on top
    assert abs(after[1] - before[1]) <= 40  # and the same line of it, give or take a line
