"""A label that never widens its window: a long text is cut with "…" and shown in full in
the tooltip (pane headers, the panels' status lines)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# How wide the label asks to be at most, in average characters of its font: the layout gives
# it more when there is room; it never makes room.
HINT_CHARACTERS = 24


class ElidedLabel(QLabel):
    """One line of text, elided at the right to the width the layout gives it.

    ``text()`` is the full text; Qt paints the elided one. ``sizeHint`` and
    ``minimumSizeHint`` are narrow, so however long the text grows the label never asks its
    layout (and so the window) for more room.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""  # a tooltip set by the caller, shown instead of the full text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setWordWrap(False)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._elide()

    def is_elided(self) -> bool:
        return QLabel.text(self) != self._full

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(0, self.contentsRect().width())
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != QLabel.text(self):
            super().setText(shown)
        tip = self._tip or (self._full if shown != self._full else "")
        if tip != super().toolTip():
            super().setToolTip(tip)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._elide()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        width = min(
            metrics.horizontalAdvance(self._full), HINT_CHARACTERS * metrics.averageCharWidth()
        )
        return QSize(width + extra, self._height(super().sizeHint().height()))

    def _height(self, hinted: int) -> int:
        margins = self.contentsMargins()
        line = self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin()
        return max(hinted, line)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(
            min(metrics.horizontalAdvance("…") * 3, self.sizeHint().width()),
            self._height(super().minimumSizeHint().height()),
        )
