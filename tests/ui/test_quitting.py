"""Quitting while background work runs ends the process cleanly (run as separate processes:
what fails here is the interpreter's own teardown)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys, tempfile, threading
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextDocument
    import reader.app as app_module
    from reader.app import create_application, create_window, finish

    app = create_application()
    window = create_window(Path(tempfile.mkdtemp()), remember=False)
    window.show()
    mode = sys.argv[1]
    started, ended = threading.Event(), []

    def busy(_progress):
        started.set()
        if mode == "never":
            threading.Event().wait()  # a job that never ends
        for _ in range(60):  # Qt work on the worker, as building a book's document is
            document = QTextDocument()
            document.setPlainText("天下大勢，分久必合，合久必分。" * 2000)
        ended.append(True)

    window.service.tasks.resume()
    window.service.tasks.submit(busy, lambda _v: None, lambda _m: None)

    def quit_when_busy():
        if started.is_set():
            app.quit()
        else:
            QTimer.singleShot(5, quit_when_busy)

    QTimer.singleShot(0, quit_when_busy)
    app.exec()
    app_module.EXIT_WAIT_S = 0.5
    code = finish(window, 3)
    print("job ended" if ended else "job still running", flush=True)
    import shiboken6
    print("window deleted" if not shiboken6.isValid(window) else "window kept", flush=True)
    sys.exit(code)
    """
)


def _run(mode: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_quitting_waits_for_the_job_a_worker_is_in():
    done = _run("busy")
    assert done.returncode == 3, done.stderr
    assert "job ended" in done.stdout
    # Deleted before the interpreter's exit, while the application still exists: left to
    # PySide's own clean-up, the application went first, and a crash at exit followed.
    assert "window deleted" in done.stdout


def test_a_job_that_never_ends_does_not_keep_the_process_alive():
    done = _run("never")
    assert done.returncode == 3, done.stderr  # left at once, with the window's own code
    assert "job" not in done.stdout  # os._exit: nothing after finish() ran
