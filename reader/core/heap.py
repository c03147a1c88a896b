"""When Python's cyclic garbage collector may run: never for long in the middle of loading.

A full collection (generation 2) walks every tracked object while holding the GIL. With a
book, OpenCC's dictionaries and thousands of notes alive that took 33-107 ms per collection,
measured here, and building those very structures on a worker triggers one collection
after another: the UI thread, which needs the GIL between any two Qt calls, waited for
each. So while background work builds something big (:func:`bulk_work`, which the window's
jobs and the CLI's long commands enter), full collections are held back; when the last
such work ends, the young generations are collected (cheap: a few thousand objects) and
what is alive then is frozen (:func:`gc.freeze`), so no later collection walks the books,
dictionaries and notes again. Frozen objects are still freed when nothing refers to them;
only garbage *cycles* that reached the old generation meanwhile stay, which is the cost
accepted for a window that does not freeze.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_NEVER = 2**30  # a threshold no count of young collections reaches
_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def bulk_work() -> Iterator[None]:
    """Hold back full collections while the block runs (any thread; nests and overlaps)."""
    global _depth, _saved
    with _lock:
        _depth += 1
        if _depth == 1:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], _NEVER)
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
                settle()


def settle() -> None:
    """Collect the young generations and freeze what is alive (long-lived from now on)."""
    gc.collect(1)
    gc.freeze()


def busy() -> bool:
    """Whether some work holds full collections back now."""
    return _depth > 0
