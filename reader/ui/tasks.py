"""Run long work off the UI thread and hand results back to it.

Conversion of a big book takes seconds of pure Python; it runs on worker threads and
reports progress through queued signals, so the window keeps painting. Work for something
(a pane's conversion, the pair's analysis, a search) is run as a keyed job
(:meth:`BackgroundTasks.run`): the latest job per key wins, and a result whose owner's
inputs changed is dropped, so no class keeps a generation counter of its own. Work submitted
before the window's first paint waits for it (``resume``): OpenCC's dictionary loading
would otherwise compete with start-up for the GIL. Workers are daemon threads, so quitting
never waits for a conversion nobody will see.
"""

from __future__ import annotations

import contextlib
import os
import queue
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Collection, Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.core.errors import DuiduError
from reader.core.heap import bulk_work
from reader.core.messages import sentence_of
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

_Runnable = Callable[[], None]


def _bug_sentence(error: Exception) -> str:
    """What the window says of a bug on a worker; never raises (a translation that lost
    its field must not end the worker thread too)."""
    english = QT_TRANSLATE_NOOP(
        "BackgroundTasks", "Something went wrong in the background: {error}."
    )
    try:
        return translate("BackgroundTasks", english).format(error=error)
    except (KeyError, IndexError, ValueError):
        return english.format(error=error)


# How much less the scheduler favours a worker thread than the UI thread (Unix niceness).
# With two books opening on a 2-core machine, the UI thread's longest stall was half spent
# waiting for a core (46-57 ms of 93-106) while the two workers decoded: a worker's work is
# background work, and it still gets every cycle the window does not use.
WORKER_NICENESS = 5


def _yield_cores_to_the_window() -> None:
    """Make the calling worker thread :data:`WORKER_NICENESS` nicer than it is (Linux,
    where niceness is per thread; elsewhere workers keep the window's priority)."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError):
        thread = threading.get_native_id()
        niceness = os.getpriority(os.PRIO_PROCESS, thread) + WORKER_NICENESS
        os.setpriority(os.PRIO_PROCESS, thread, min(niceness, 19))


class _Courier(QObject):
    """Carries results from the workers to the UI thread. It has no parent and is never
    deleted (``_COURIERS`` keeps it), so a worker can always emit on it: the tasks object
    it serves is a child of the window, and a worker that emitted on that object while
    the window was being deleted used freed memory. Its signal is connected to the tasks
    object's own method, so Qt drops a delivery still queued when that object is gone."""

    delivered = Signal(object, object)  # callback, value


_COURIERS: list[_Courier] = []  # one per BackgroundTasks ever made: a few, tiny


class BackgroundTasks(QObject):
    """Worker threads whose results arrive as signals in the UI thread."""

    def __init__(
        self, parent: QObject | None = None, workers: int = 2, *, paused: bool = False
    ) -> None:
        super().__init__(parent)
        self._courier = _Courier()
        _COURIERS.append(self._courier)
        self._delivered = self._courier.delivered
        self._delivered.connect(self._deliver)  # a method of this object: dies with it
        self._queue: queue.Queue[_Runnable | None] = queue.Queue()
        self._held: list[_Runnable] = []
        self._latest: dict[Hashable, Job] = {}  # the job each key's newest submission made
        self._paused = paused
        self._closed = False
        # per job key (None: unkeyed), what was submitted and not yet delivered (UI thread)
        self._outstanding: Counter[Hashable] = Counter()
        self._threads = [
            threading.Thread(target=self._work, name=f"duidu-{i}", daemon=True)
            for i in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def _work(self) -> None:
        _yield_cores_to_the_window()
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
        *,
        key: Hashable = None,
    ) -> None:
        """Run ``work(progress)`` on a worker; call ``on_done`` or ``on_error`` in the UI thread."""

        def progress(done: int, total: int) -> None:
            if on_progress is not None and not self._closed:
                self._delivered.emit(lambda _value: on_progress(done, total), None)

        def finished(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                self._outstanding[key] -= 1
                callback(value)

            return deliver

        def run() -> None:
            try:
                with bulk_work():  # no full collection holds the GIL while this builds
                    value = work(progress)
            except DuiduError as error:
                self._emit(finished(on_error), sentence_of(error))  # translatable
            except Exception as error:  # a bug: keep the window alive, say what failed
                traceback.print_exc()
                message = _bug_sentence(error)
                self._emit(finished(on_error), message)
            else:
                self._emit(finished(on_done), value)

        if self._closed:
            return
        self._outstanding[key] += 1
        if self._paused:
            self._held.append(run)
        else:
            self._queue.put(run)

    def idle(self, ignoring: Collection[Hashable] = ()) -> bool:
        """Nothing held, queued, running or on its way to the UI thread (but the jobs keyed
        ``ignoring``): what a test or a benchmark waits for instead of a fixed time."""
        return not self._paused and not any(
            count for key, count in self._outstanding.items() if key not in ignoring
        )

    def _emit(self, callback: Callable[[Any], None], value: Any) -> None:
        if not self._closed:
            self._delivered.emit(callback, value)

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)

    def shutdown(self) -> None:
        """Deliver nothing more; idle workers stop, busy ones after their job (which is told
        it is cancelled: see :meth:`Job.cancelled`)."""
        self._closed = True
        self._held.clear()
        for _thread in self._threads:
            self._queue.put(None)

    def wait(self, timeout: float) -> bool:
        """After :meth:`shutdown`: wait up to ``timeout`` seconds for the workers to end;
        whether they all did."""
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in self._threads)

    def run(
        self,
        key: Hashable,
        work: Callable[[Job], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        *,
        valid: Callable[[], bool] | None = None,
    ) -> Job:
        """Run ``work(job)`` on a worker as the job for ``key``: the latest job per key wins.

        Submitting another job for the same key supersedes this one: it is told to stop
        (``job.cancelled()``, for work that can stop early) and nothing of it is delivered.
        ``valid`` is asked again in the UI thread before each delivery, so a result whose
        owner or inputs changed meanwhile (another document, another script) is dropped
        even when no newer job was submitted. ``work`` gets only ``job`` and what it closed
        over: give it frozen inputs (immutable documents, tuples), never live widgets.
        """
        job = Job(self, key, valid)
        self._latest[key] = job

        def done(value: Any) -> None:
            if job.current():
                on_done(value)

        def failed(message: str) -> None:
            if on_error is not None and job.current():
                on_error(message)

        def progress(count: int, total: int) -> None:
            if on_progress is not None and job.current():
                on_progress(count, total)

        self.submit(lambda report: work(job.bind(report)), done, failed, progress, key=key)
        return job

    def cancel(self, key: Hashable) -> None:
        """Drop the job for ``key``, if any: its result will not be delivered."""
        self._latest.pop(key, None)


class Job:
    """One keyed piece of background work (see :meth:`BackgroundTasks.run`)."""

    def __init__(
        self, tasks: BackgroundTasks, key: Hashable, valid: Callable[[], bool] | None
    ) -> None:
        self._tasks = tasks
        self.key = key
        self._valid = valid
        self._progress: Callable[[int, int], None] = lambda _done, _total: None

    def bind(self, progress: Callable[[int, int], None]) -> Job:
        """Attach the worker's progress report (done by :meth:`BackgroundTasks.run`)."""
        self._progress = progress
        return self

    def progress(self, done: int, total: int) -> None:
        """Report progress (from the worker); delivered only while the job is current."""
        self._progress(done, total)

    def cancelled(self) -> bool:
        """Whether a newer job for the same key was submitted, or the tasks closed: the
        worker may stop early, nobody will see the result (safe from any thread)."""
        return self._tasks._latest.get(self.key) is not self or self._tasks._closed

    def current(self) -> bool:
        """For the UI thread: deliver only if this is still the latest job and its owner
        still wants it."""
        return not self.cancelled() and (self._valid is None or self._valid())
