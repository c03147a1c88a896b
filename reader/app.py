"""Start the window: application object, data folder, first documents, screenshot mode.

The window is shown before anything slow happens: documents are decoded on the UI thread
(milliseconds, even for a 2 MB book) but script detection and conversion, which load
OpenCC's dictionaries, run on worker threads once the window is up.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from reader import APP_ID, APP_NAME, __version__
from reader.core.errors import DuiduError
from reader.core.session import Level
from reader.core.text.vocabulary import load_vocabulary
from reader.paths import default_pair, resolve_data_dir
from reader.ui.appearance import app_icon, apply_theme, latin_first
from reader.ui.i18n import install_language
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings

SCREENSHOT_TIMEOUT_MS = 120_000
# How long a thread may keep the GIL while another waits for it. Between any two Qt calls
# the UI thread gives the GIL up and asks for it back; with Python's default (5 ms) a
# worker converting or reading a book made it wait up to 5 ms each time, 280 ms in one
# turn of the event loop while two books opened. At 0.5 ms a paint that enters Python a
# few hundred times still waited 0.5 ms each time (perf: 694 timed GIL waits in one 380 ms
# stall while a worker converted a book for Find); at 0.1 ms the same steps stay under
# 100 ms. Workers only yield more often while the UI thread actually waits, so their own
# speed hardly changes (benchmarks/bench_reader.py).
UI_SWITCH_INTERVAL_S = 0.0001
EXIT_WAIT_S = 5.0  # how long quitting waits for a worker to end its job


def responsive_process() -> None:
    """Settings of the process that keep the UI thread from waiting on other threads (call
    before the application object exists).

    Qt's raster engine splits large fills among a pool of GUI threads and waits for them:
    with both cores busy (helper processes converting a book) a paint waited 45 ms for
    threads that were not scheduled. A reading window's fills are small; they run on the
    UI thread alone (``QT_NO_GUI_THREADPOOL``, read by Qt when it first fills)."""
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def create_application(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:
        responsive_process()
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(f"{APP_NAME} 对读")  # Qt appends it to every window title
    app.setApplicationVersion(__version__)
    app.setOrganizationName("duidu")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    interface_font = latin_first(app.font())  # English interface text in a Latin font
    if interface_font is not None:
        app.setFont(interface_font)
    apply_theme(app)
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    return app


def create_window(data_dir: Path, *, remember: bool = True) -> MainWindow:
    """A main window for ``data_dir`` (settings and vocabulary are read from there)."""
    loaded = load_vocabulary(data_dir)
    settings = Settings(data_dir)
    app = QApplication.instance()
    install_language(settings.get("view/language"))  # before any text is made
    theme = settings.get("view/theme")
    if isinstance(app, QApplication) and theme != "system":  # Preferences ▸ Theme, first
        apply_theme(app, theme)
    window = MainWindow(settings, data_dir, loaded.vocabulary, remember=remember)
    if loaded.problem:
        window.session.tell(Level.WARNING, loaded.problem)
    return window


def initial_files(window: MainWindow, left: str | None, right: str | None) -> tuple[str, str]:
    """Files to open: the command line's, else the last pair, else the bundled pair."""
    if left and right:
        return left, right
    last = (
        window.settings.get_path("files/last_left"),
        window.settings.get_path("files/last_right"),
    )
    if all(last) and all(Path(path).is_file() for path in last):
        return last[0], last[1]
    bundled = default_pair()
    return str(bundled[0]), str(bundled[1])


def run_gui(args: argparse.Namespace) -> int:
    """Show the window; with ``--screenshot``, save it as PNG once the texts are shown."""
    try:
        data_dir = resolve_data_dir(args.data_dir)
    except DuiduError as error:
        print(f"duidu: {error}", file=sys.stderr)
        return 1
    app = create_application()
    screenshot = getattr(args, "screenshot", None)
    exit_when_shown = getattr(args, "exit_when_shown", False)
    try:
        window = create_window(data_dir, remember=not (screenshot or exit_when_shown))
    except DuiduError as error:
        print(f"duidu: {error}", file=sys.stderr)
        return 1
    window.show()
    left, right = initial_files(window, args.left, args.right)
    results = [window.open_file(window.left_pane, left), window.open_file(window.right_pane, right)]
    window.offer_welcome(left, right)
    window.warm_up()
    status = {"code": 0}

    if exit_when_shown:  # for benchmarks: quit as soon as the texts are on screen
        window.firstPainted.connect(app.quit)
    elif screenshot:
        if not all(results):
            for pane in window.panes:
                if pane.message():
                    print(f"duidu: {pane.message()}", file=sys.stderr)
            status["code"] = 1

        def save() -> None:
            comparison = window.comparison
            both_open = all(pane.document is not None for pane in window.panes)
            if both_open and comparison.analysis is None:  # show the topics too
                comparison.analysed.connect(save)
                comparison.failed.connect(save)
                return
            if not window.built_up():  # and the icons, which come after the topics
                window.builtUp.connect(save)
                return
            QTimer.singleShot(150, lambda: _save_screenshot(window, Path(screenshot), status, app))

        if window.both_ready():
            save()
        else:
            window.bothReady.connect(save)

        def timeout() -> None:
            print("duidu: the texts were not shown in time; no screenshot saved.", file=sys.stderr)
            status["code"] = 1
            app.quit()

        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timeout)
    code = app.exec()
    return finish(window, status["code"] or code)


def finish(window: MainWindow, code: int) -> int:
    """End the window's background work before Python tears Qt down, then return ``code``.

    After the event loop, a worker still in a job (importing a module, building a text
    document) while the interpreter finalises Qt's objects under it crashed the process
    (seen when quitting the moment the topics appeared). The window is closed (settings
    saved, workers told to stop) and its workers get a few seconds to end; one that does
    not is left by leaving at once: every note and setting is on disk already, and the
    helper processes end when their pipe closes.

    Then the window is deleted, while the application and every Python object it calls
    into still exist. Left to the interpreter's exit, PySide deletes the application
    first and the window after it, and a widget's destructor can then send an event to a
    half-deleted event filter: a rare crash (SIGSEGV) at exit, once in CI."""
    if window.isVisible():
        window.close()
    window.service.shutdown()
    if not window.service.tasks.wait(EXIT_WAIT_S):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    window.deleteLater()  # with what it owns, and everything else deleteLater() left
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


def _save_screenshot(window: MainWindow, path: Path, status: dict, app: QApplication) -> None:
    if getattr(window, "_screenshot_taken", False):
        return
    window._screenshot_taken = True
    QApplication.processEvents()
    if not window.grab().save(str(path), "PNG"):
        print(f"duidu: could not write the screenshot to {path}.", file=sys.stderr)
        status["code"] = 1
    window.close()
    app.quit()
