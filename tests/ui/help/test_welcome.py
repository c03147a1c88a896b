"""The first-run welcome over the bundled pair: its buttons do what they say, and Got It
hides it for good."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.app import initial_files
from reader.core.text.scripts import ScriptMode
from reader.paths import default_pair


def first_start(make_window, **kwargs):
    window = make_window(**kwargs)
    window.offer_welcome(*initial_files(window, kwargs.get("left"), kwargs.get("right")))
    return window


def test_the_welcome_shows_on_the_first_start_and_its_buttons_work(qtbot, make_window):
    window = first_start(make_window)
    window.resize(900, 600)
    bar = window.welcome_bar
    assert bar is not None and bar.isVisible()
    assert window.width() == 900  # a long welcome wraps; it never widens the window
    qtbot.mouseClick(bar.simplified_button, Qt.MouseButton.LeftButton)
    assert all(pane.mode is ScriptMode.HANS for pane in window.panes)
    window.notes_dock.raise_()
    qtbot.mouseClick(bar.topics_button, Qt.MouseButton.LeftButton)
    assert window.comparison.dock.isVisible()
    qtbot.mouseClick(bar.done_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    window.close()
    again = first_start(make_window)
    assert again.welcome_bar is None  # dismissed for good


def test_no_welcome_over_other_documents(qtbot, make_window, tmp_path):
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("甲。", encoding="utf-8")
    right.write_text("乙。", encoding="utf-8")
    window = first_start(make_window, left=str(left), right=str(right))
    assert window.welcome_bar is None
    assert default_pair()[0].is_file()
