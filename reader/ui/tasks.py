"""Run long work off the UI thread and hand results back to it.

Conversion of a big book takes seconds of pure Python; it runs on worker threads and
reports progress through queued signals, so the window keeps painting. Work submitted
before the window's first paint waits for it (``resume``): OpenCC's dictionary loading
would otherwise compete with start-up for the GIL. Workers are daemon threads, so quitting
never waits for a conversion nobody will see.
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.core.errors import DuiduError

Job = Callable[[], None]


class BackgroundTasks(QObject):
    """Worker threads whose results arrive as signals in the UI thread."""

    _delivered = Signal(object, object)  # callback, value

    def __init__(
        self, parent: QObject | None = None, workers: int = 2, *, paused: bool = False
    ) -> None:
        super().__init__(parent)
        self._delivered.connect(self._deliver)
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._held: list[Job] = []
        self._paused = paused
        self._closed = False
        self._threads = [
            threading.Thread(target=self._work, name=f"duidu-{i}", daemon=True)
            for i in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            job()

    def resume(self) -> None:
        """Start work held back until now (called once the window has painted)."""
        self._paused = False
        held, self._held = self._held, []
        for job in held:
            self._queue.put(job)

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

        if self._closed:
            return
        if self._paused:
            self._held.append(run)
        else:
            self._queue.put(run)

    def _emit(self, callback: Callable[[Any], None], value: Any) -> None:
        if not self._closed:
            self._delivered.emit(callback, value)

    @staticmethod
    def _deliver(callback: Callable[[Any], None], value: Any) -> None:
        callback(value)

    def shutdown(self) -> None:
        """Deliver nothing more; idle workers stop, busy ones end with the process."""
        self._closed = True
        self._held.clear()
        for _thread in self._threads:
            self._queue.put(None)
