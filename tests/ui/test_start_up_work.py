"""What the window does for its first second: imports off the UI thread, process settings."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reader.app import UI_SWITCH_INTERVAL_S, responsive_process
from reader.ui.preload import MODULES


def test_the_modules_imported_on_a_worker_make_no_qt_object_at_import():
    """A worker may import them only if importing makes no widget, font or timer: a Qt
    object needs the application, which this process does not have."""
    code = (
        "import sys\n"
        "from reader.ui.preload import preload\n"
        "preload()\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "assert QCoreApplication.instance() is None\n"
        f"assert all(name in sys.modules for name in {MODULES!r})\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_the_window_has_its_modules_imported_once_it_has_painted(qtbot, make_window):
    make_window()
    qtbot.waitUntil(lambda: all(name in sys.modules for name in MODULES), timeout=10_000)


def test_a_responsive_process_gives_the_gil_back_sooner_and_fills_on_the_ui_thread(monkeypatch):
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL", raising=False)
    interval = sys.getswitchinterval()
    try:
        responsive_process()
        assert sys.getswitchinterval() == pytest.approx(UI_SWITCH_INTERVAL_S)  # kept in µs
        assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"
    finally:
        sys.setswitchinterval(interval)
