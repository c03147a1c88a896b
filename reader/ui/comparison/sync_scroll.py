"""Keep two scroll bars in step without the two panes echoing each other.

Proportionally by default; with an ``aligner`` set (synchronized scrolling that follows the
aligned passages), the aligner moves the other pane itself.

A bar can be *held* (``hold``): while the reader presses the mouse in its pane, while the
other pane scrolls to a passage the reader clicked, or while the pane rebuilds its text for
another script, synchronized scrolling neither moves that bar nor follows it. That is what
keeps the pane being read from moving under the reader.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QScrollBar


class ScrollSync(QObject):
    """Moves the other bar to the same fraction of its range when one bar moves."""

    def __init__(self, left: QScrollBar, right: QScrollBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        # Called with the side that moved ("left"/"right") to move the other one instead.
        self.aligner: Callable[[str], bool] | None = None
        self._left = left
        self._right = right
        self._busy = False
        self._held: dict[QScrollBar, int] = {left: 0, right: 0}
        self._pressed: set[QScrollBar] = set()
        self._clamping: set[QScrollBar] = set()
        for bar in (left, right):
            bar.rangeChanged.connect(lambda low, high, bar=bar: self._on_range(bar, low, high))
        left.valueChanged.connect(lambda value: self._follow(left, right, value))
        right.valueChanged.connect(lambda value: self._follow(right, left, value))

    @contextmanager
    def hold(self, bar: QScrollBar) -> Iterator[None]:
        """While inside, ``bar`` is neither moved by nor followed by the other bar."""
        self._held[bar] = self._held.get(bar, 0) + 1
        try:
            yield
        finally:
            self._held[bar] -= 1

    def set_pressed(self, bar: QScrollBar, pressed: bool) -> None:
        """Hold ``bar`` from a mouse press in its pane to the release."""
        if pressed:
            self._pressed.add(bar)
        else:
            self._pressed.discard(bar)

    def is_held(self, bar: QScrollBar) -> bool:
        return self._held.get(bar, 0) > 0 or bar in self._pressed

    def _on_range(self, bar: QScrollBar, low: int, high: int) -> None:
        """The range changed (a big text is still being laid out, a pane was resized): if
        the value is out of it, Qt cuts it down next. That move is nobody's scrolling, and
        followed it would send the other pane to its end."""
        if not low <= bar.value() <= high:
            self._clamping.add(bar)

    def _follow(self, source: QScrollBar, target: QScrollBar, value: int) -> None:
        if source in self._clamping:
            self._clamping.discard(source)
            return
        if not self.enabled or self._busy or self.is_held(source) or self.is_held(target):
            return
        if self.aligner is not None:
            self._busy = True
            try:
                if self.aligner("left" if source is self._left else "right"):
                    return
            finally:
                self._busy = False
        span = source.maximum() - source.minimum()
        if span <= 0:
            return
        fraction = (value - source.minimum()) / span
        self._busy = True
        try:
            target.setValue(
                target.minimum() + round(fraction * (target.maximum() - target.minimum()))
            )
        finally:
            self._busy = False
