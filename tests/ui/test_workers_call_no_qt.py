"""The window's worker threads make plain Python values only and never call into PySide.

Workers that built text documents, formats or PySide's enums while the UI thread built
widgets crashed the packaged app now and then (SIGSEGV in CI, three times; faulthandler
showed a worker in that code each time). Every call a worker makes into a C function is
watched here (``threading.setprofile``) through a whole session: opening a book with
chapters, converting it, the analysis of the pair, a search, notes saved and exported.
Only the two calls that hand results over are allowed: a signal's ``emit`` and
``translate`` (both thread-safe in Qt).
"""

from __future__ import annotations

import threading

from reader.core.notes.annotations import make_target
from reader.core.text.scripts import ScriptMode
from reader.ui.notes.export_dialog import ExportDialog
from tests.ui.conftest import settle, wait_ready, write_book

ALLOWED = {"emit", "translate"}


def _pyside_owner(function: object) -> str | None:
    """The PySide class a C function belongs to, or None for any other."""
    owner = getattr(function, "__self__", None)
    if owner is None:
        return None
    kind = owner if isinstance(owner, type) else type(owner)
    module = getattr(kind, "__module__", "") or ""
    return kind.__qualname__ if module.split(".")[0] in ("PySide6", "shiboken6") else None


def test_no_worker_calls_into_pyside_through_a_whole_session(
    qtbot, make_window, monkeypatch, tmp_path
) -> None:
    calls: list[str] = []

    def watch(_frame, event, function):
        if event == "c_call" and threading.current_thread() is not threading.main_thread():
            owner = _pyside_owner(function)
            name = getattr(function, "__name__", "")
            if owner is not None and name not in ALLOWED:
                calls.append(f"{owner}.{name} on {threading.current_thread().name}")

    threading.setprofile(watch)  # every thread started from now on: the window's workers
    try:
        window = make_window()
        wait_ready(qtbot, window)
        pane = window.left_pane
        book = write_book(tmp_path / "book.txt", chapters=8, paragraphs=12, repeat=20)
        assert window.open_file(pane, book)
        wait_ready(qtbot, window)
        pane.set_mode(ScriptMode.HANS)
        wait_ready(qtbot, window)
        settle(qtbot)
        window.comparison.search("企業", False)
        qtbot.waitUntil(lambda: bool(window.comparison.matches("left")), timeout=10_000)
        qtbot.waitUntil(window.notes.ready, timeout=10_000)
        document = pane.document
        start = document.text.index("硅谷")
        target = make_target(
            document.path, document.sha256, document.text, start, start + len("硅谷")
        )
        window.notes.add([target], "a note", ["tag"], "yellow")
        window.export_markdown_action.trigger()
        dialog = window.findChildren(ExportDialog)[-1]
        qtbot.waitUntil(dialog.is_ready, timeout=10_000)
        assert "硅谷" in dialog.result.markdown
        dialog.close()
        settle(qtbot)
        assert pane.shown_text() != document.text  # converted, and shown
        assert pane.view.document().toPlainText() == pane.shown_text()
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
    assert calls == []
