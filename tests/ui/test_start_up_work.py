"""What the window does for its first second: imports off the UI thread, process settings."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reader.app import UI_SWITCH_INTERVAL_S, responsive_process
from reader.ui.preload import MODULES, UI_MODULES


def _run_alone(code: str) -> None:
    """Run ``code`` in a new Python process (offscreen), as a first import happens, and
    fail with what it printed if it fails."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_the_modules_a_worker_imports_bring_no_qt_with_them():
    """A worker never calls into PySide (see reader_pane.DocumentBuild): the modules it
    imports must not import PySide, qtpy or qtawesome, whose import builds Qt enums."""
    code = (
        "import sys\n"
        "from reader.ui.preload import preload\n"
        "preload()\n"
        f"assert all(name in sys.modules for name in {MODULES!r})\n"
        "qt = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'qtpy',"
        " 'qtawesome')]\n"
        "assert not qt, qt\n"
    )
    _run_alone(code)


def test_the_window_has_its_modules_and_icon_font_once_it_is_built_up(
    qtbot, make_window, monkeypatch
):
    from reader.ui import appearance

    monkeypatch.setattr(appearance, "_icon_font", None)  # as in a new process
    window = make_window()
    qtbot.waitUntil(window.built_up, timeout=10_000)
    assert all(name in sys.modules for name in (*MODULES, *UI_MODULES))
    assert appearance._icon_font is not None  # loaded by a step of its own


def test_a_responsive_process_gives_the_gil_back_sooner_and_fills_on_the_ui_thread(monkeypatch):
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL", raising=False)
    interval = sys.getswitchinterval()
    try:
        responsive_process()
        assert sys.getswitchinterval() == pytest.approx(UI_SWITCH_INTERVAL_S)  # kept in µs
        assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"
    finally:
        sys.setswitchinterval(interval)


def test_the_first_topics_go_before_the_imports_and_dictionaries_nobody_waits_for(
    qtbot, make_window, held_analysis, monkeypatch
):
    """Issue 13 (topics on screen): the imports of the notes panel and the icons, and the
    dictionaries of the script switches, once took half the GIL from the window's first
    analysis. They start once the topics are shown, and then they do start."""
    import reader.ui.comparison.controller as controller
    from reader.ui.comparison.controller import ANALYSIS_JOB
    from reader.ui.text.conversion_service import ConversionService
    from tests.ui.conftest import settle

    monkeypatch.setattr(controller, "SETTLE_WAIT_MS", 600_000)  # no limit within the test
    started: list[str] = []

    def record(what: str):
        return lambda *_args: started.append(what if window.comparison.analysis else "early")

    monkeypatch.setattr("reader.ui.preload.preload", record("imports"))
    monkeypatch.setattr(ConversionService, "warm_up", record("dictionaries"))
    held_analysis.hold()
    window = make_window()
    window.warm_up()  # as duidu does once the window is shown
    qtbot.waitUntil(window.comparison.analysing)
    settle(qtbot, ignoring=(ANALYSIS_JOB,))  # all else is done: the analysis is held
    assert started == []
    held_analysis.release()
    qtbot.waitUntil(lambda: sorted(started) == ["dictionaries", "imports"], timeout=10_000)


def test_work_waiting_for_the_topics_starts_when_they_cannot_be_found(
    qtbot, make_window, monkeypatch
):
    from reader.core import offload
    from reader.core.errors import AnalysisError
    from reader.core.messages import Sentence

    def fail(*_args, **_kwargs):
        raise AnalysisError(Sentence("No topics today."))

    monkeypatch.setattr(offload, "analyse", fail)
    started: list[str] = []
    monkeypatch.setattr("reader.ui.preload.preload", lambda: started.append("imports"))
    make_window()
    qtbot.waitUntil(lambda: started == ["imports"], timeout=10_000)


@pytest.mark.parametrize(
    ("limit_ms", "here"),
    [
        (50, True),  # an analysis in this process that takes long: waited for 50 ms at most
        (600_000, False),  # one a helper process makes, which takes no GIL from the window
    ],
    ids=["past-the-limit", "in-a-helper"],
)
def test_the_icons_and_notes_panel_do_not_wait_for_a_long_or_distant_analysis(
    qtbot, make_window, held_analysis, monkeypatch, limit_ms, here
):
    """What waits for the first topics waits a second at most, and not at all for a pair
    of books analysed in a helper process (here the analysis is held, as a long one
    would be)."""
    import reader.ui.comparison.controller as controller

    monkeypatch.setattr(controller, "SETTLE_WAIT_MS", limit_ms)
    monkeypatch.setattr(controller, "runs_here", lambda _characters: here)
    started: list[str] = []
    monkeypatch.setattr("reader.ui.preload.preload", lambda: started.append("imports"))
    held_analysis.hold()
    window = make_window()
    qtbot.waitUntil(lambda: started == ["imports"], timeout=10_000)
    assert window.comparison.analysing()  # still held


def test_the_icon_font_is_duidu_s_one_font_and_paints(qapp):
    """Duidu loads qtawesome's Material Design font alone (10-15 ms on the UI thread, where
    qtawesome's singleton loads nine), and its icons are drawn in it."""
    from reader.ui.appearance import ICON_FONT, icon, icon_font

    fonts = icon_font()
    assert icon_font() is fonts  # once per application
    assert set(fonts.fontname) == {ICON_FONT}
    image = icon("mdi6.translate").pixmap(32, 32).toImage()
    assert any(image.pixelColor(x, y).alpha() for x in range(32) for y in range(32))


def test_qtawesome_draws_through_pyside_s_own_modules_not_qtpy_s():
    """qtpy's own Qt modules star-import PySide's (every class and enum of four modules:
    19 MB, and patches to PySide's classes for the whole process); qtawesome gets
    PySide6's modules instead, draws its icons with them, and none of qtpy's runs. In a
    new process, as the window's first import of qtawesome is."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QTextCursor\n"
        "moves = QTextCursor.movePosition\n"
        "app = QGuiApplication([])\n"
        "from reader.ui.appearance import icon, import_qtawesome\n"
        "import_qtawesome()\n"
        "import PySide6.QtGui, qtpy\n"
        "assert sys.modules['qtpy.QtGui'] is PySide6.QtGui and qtpy.QtGui is PySide6.QtGui\n"
        "assert QTextCursor.movePosition is moves  # qtpy patches it\n"
        "assert 'PySide6.QtOpenGL' not in sys.modules  # qtpy.QtGui imports it\n"
        "image = icon('mdi6.translate').pixmap(32, 32).toImage()\n"
        "assert any(image.pixelColor(x, y).alpha() for x in range(32) for y in range(32))\n"
    )
    _run_alone(code)
