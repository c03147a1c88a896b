"""Run long work off the UI thread and hand results back to it.

Conversion of a big book takes seconds of pure Python; it runs on a worker thread and
reports progress through queued signals, so the window keeps painting. Each submission
gets a callback for its result; the callback runs on the UI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.core.errors import DuiduError


class BackgroundTasks(QObject):
    """A small thread pool whose results arrive as signals in the UI thread."""

    _delivered = Signal(object, object)  # callback, value

    def __init__(self, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="duidu")
        self._delivered.connect(self._deliver)
        self._closed = False

    def submit(
        self,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run ``work(progress)`` on a worker; call ``on_done`` or ``on_error`` in the UI thread."""

        def progress(done: int, total: int) -> None:
            if on_progress is not None and not self._closed:
                self._delivered.emit(lambda _value: on_progress(done, total), None)

        def run() -> None:
            try:
                value = work(progress)
            except DuiduError as error:
                self._emit(on_error, str(error))
            except Exception as error:  # a bug: keep the window alive, say what failed
                traceback.print_exc()
                self._emit(on_error, f"Something went wrong in the background: {error}.")
            else:
                self._emit(on_done, value)

        if not self._closed:
            self._pool.submit(run)

    def _emit(self, callback: Callable[[Any], None], value: Any) -> None:
        if not self._closed:
            self._delivered.emit(callback, value)

    @staticmethod
    def _deliver(callback: Callable[[Any], None], value: Any) -> None:
        callback(value)

    def shutdown(self) -> None:
        """Stop delivering results and let running work finish on its own."""
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)
