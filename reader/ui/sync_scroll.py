"""Keep two scroll bars in step without the two panes echoing each other.

Proportionally by default; with an ``aligner`` set (synchronized scrolling that follows the
aligned passages), the aligner moves the other pane itself.
"""

from __future__ import annotations

from collections.abc import Callable

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
        left.valueChanged.connect(lambda value: self._follow(left, right, value))
        right.valueChanged.connect(lambda value: self._follow(right, left, value))

    def _follow(self, source: QScrollBar, target: QScrollBar, value: int) -> None:
        if not self.enabled or self._busy:
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
