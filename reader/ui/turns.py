"""Work done a step per turn of the event loop, so no turn holds the window for long.

What the window builds after its first paint (the topics panel, the Qt modules, the notes,
the icons) took 40-300 ms in one go; a step per turn keeps each wait short while the
window answers between them. One runner for all of them, so each caller lists its steps
and nothing else.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager

from PySide6.QtCore import QObject, QTimer

Step = Callable[[], object]


def run_in_turns(
    owner: QObject,
    steps: list[Step],
    done: Callable[[], None] | None = None,
    *,
    guard: Callable[[], AbstractContextManager[object]] = contextlib.nullcontext,
) -> None:
    """Run ``steps`` one per turn of the event loop, from the next turn on, then ``done``.

    A step that returns True wants another turn (it runs again in the next). A step that
    raises (a bug) is reported as any slot's exception is, and the others still run. Each
    step runs inside ``guard()`` (the window holds full garbage collections back with
    it). Nothing runs once ``owner`` is deleted: Qt drops a timer's call with its context
    object."""
    pending = list(steps)

    def turn() -> None:
        if not pending:
            if done is not None:
                done()
            return
        step, again = pending[0], False
        try:
            with guard():
                again = step() is True
        finally:  # a step that raised (a bug, reported as any slot's) leaves the rest to run
            if not again:
                pending.pop(0)
            QTimer.singleShot(0, owner, turn)

    QTimer.singleShot(0, owner, turn)
