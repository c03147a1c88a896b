"""The background job API: the latest job per key wins, a stale result is dropped."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from reader.ui.tasks import BackgroundTasks


def test_the_latest_job_per_key_wins_and_the_superseded_one_is_told_to_stop(qtbot):
    tasks = BackgroundTasks(workers=1)  # one worker: deliveries arrive in submission order
    release = threading.Event()
    seen_cancelled: list[bool] = []
    delivered: list[str] = []

    def slow(job):
        release.wait(10)
        seen_cancelled.append(job.cancelled())
        return "first"

    tasks.run("left", slow, delivered.append)
    tasks.run("left", lambda job: "second", delivered.append)
    tasks.run("right", lambda job: "other key", delivered.append)
    release.set()
    qtbot.waitUntil(lambda: "other key" in delivered, timeout=5000)
    assert seen_cancelled == [True]
    assert delivered == ["second", "other key"]  # the superseded result never arrived
    tasks.shutdown()


def test_a_result_whose_inputs_changed_is_dropped_and_progress_follows_the_job(qtbot):
    tasks = BackgroundTasks(workers=1)
    state = {"document": "a"}
    delivered: list[str] = []
    progress: list[tuple[int, int]] = []
    gate = threading.Event()

    def work(job):
        job.progress(1, 2)
        gate.wait(10)
        return "analysis of a"

    opened = state["document"]
    tasks.run(
        "analysis",
        work,
        delivered.append,
        on_progress=lambda done, total: progress.append((done, total)),
        valid=lambda: state["document"] == opened,
    )
    qtbot.waitUntil(lambda: progress == [(1, 2)], timeout=5000)
    state["document"] = "b"  # another document opened meanwhile
    gate.set()
    finished: list[str] = []
    tasks.run("marker", lambda job: "done", finished.append)  # one worker: runs after it
    qtbot.waitUntil(lambda: finished == ["done"], timeout=5000)
    assert delivered == []
    errors: list[str] = []
    tasks.run("analysis", lambda job: 1 / 0, delivered.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "went wrong" in errors[0]
    tasks.shutdown()


def test_a_result_finishing_after_its_owner_is_deleted_is_dropped_safely(qtbot):
    """A window closed while a worker still runs: the result must neither reach the
    deleted window's callbacks nor be emitted on a freed object (it crashed the suite)."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    owner = QObject()
    tasks = BackgroundTasks(owner, workers=1)
    release, finished = threading.Event(), threading.Event()
    delivered: list[str] = []

    def slow(job):
        release.wait(10)
        return "late"

    def done(value: str) -> None:
        delivered.append(value)

    tasks.submit(lambda progress: slow(None), done, delivered.append)
    tasks.submit(lambda progress: finished.set(), lambda _value: None, delivered.append)
    Shiboken.delete(owner)  # the window and its children, tasks included, go now
    assert not Shiboken.isValid(tasks)
    release.set()  # the worker finishes and emits its result after the deletion
    finished.wait(10)
    for _ in range(20):
        QApplication.processEvents()
    assert delivered == []


@pytest.mark.skipif(sys.platform != "linux", reason="niceness is per thread on Linux only")
def test_a_worker_yields_the_cores_to_the_ui_thread(qtbot):
    """Two books opening on two cores left the UI thread waiting for a core half of its
    longest stall: each worker runs WORKER_NICENESS nicer than the UI thread."""
    from reader.ui.tasks import WORKER_NICENESS

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    tasks = BackgroundTasks(workers=2)
    seen: list[int] = []
    for _ in range(2):
        tasks.submit(lambda _progress: niceness(), seen.append, lambda _message: None)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    ui = niceness()
    assert seen == [min(ui + WORKER_NICENESS, 19)] * 2
    tasks.shutdown()
