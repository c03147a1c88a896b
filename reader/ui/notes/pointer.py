"""The mouse over the panes: hovering a highlighted passage shows its note, a click opens it.

Hit-testing runs on every mouse move with thousands of notes, so it is a binary search over
the passages sorted by start, rebuilt only after the highlights change (:meth:`forget`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from reader.ui.i18n import translate

if TYPE_CHECKING:
    from reader.core.notes.annotations import Annotation
    from reader.ui.notes.controller import AnnotationsController

SIDES = ("left", "right")
# (starts, marks sorted by start, the longest mark's length) of one side
_Index = tuple[list[int], list[tuple[int, int, Any, "Annotation"]], int]


class NotePointer:
    """Hover and click on the notes layer of both panes."""

    def __init__(self, notes: AnnotationsController) -> None:
        self.notes = notes
        self._index: dict[str, _Index | None] = dict.fromkeys(SIDES)
        self._hovered_id: str | None = None
        for side, pane in notes.panes.items():
            pane.hovered.connect(lambda position, s=side: self._on_hover(s, position))
            pane.clicked.connect(lambda position, s=side: self._on_click(s, position))

    def forget(self, side: str) -> None:
        """The highlights of ``side`` changed: rebuild the index on the next hover."""
        self._index[side] = None

    def at(self, side: str, position: int) -> Annotation | None:
        """The annotation whose passage holds original offset ``position`` (shortest wins)."""
        index = self._index[side]
        if index is None:
            placed = sorted(self.notes.marks(side), key=lambda m: (m[0], m[1]))
            longest = max((m[1] - m[0] for m in placed), default=0)
            index = self._index[side] = ([m[0] for m in placed], placed, longest)
        starts, placed, longest = index
        low = bisect_left(starts, position - longest + 1)
        high = bisect_right(starts, position)
        best = None
        for start, end, _format, annotation in placed[low:high]:
            if start <= position < end and (best is None or end - start < best[1] - best[0]):
                best = (start, end, annotation)
        return best[2] if best else None

    def _on_hover(self, side: str, position: int) -> None:
        annotation = self.at(side, position)
        if annotation is None:
            if self._hovered_id is not None:
                QToolTip.hideText()
            self._hovered_id = None
            return
        if annotation.id == self._hovered_id and QToolTip.isVisible():
            return
        self._hovered_id = annotation.id
        QToolTip.showText(QCursor.pos(), tooltip(annotation), self.notes.panes[side].view)

    def _on_click(self, side: str, position: int) -> None:
        annotation = self.at(side, position)
        if annotation is not None:
            self.notes.select_row(annotation.id)
            QToolTip.hideText()
            self.notes.edit(annotation.id)


def tooltip(annotation: Annotation) -> str:
    """The note as rich text (rendered safely), its tags, and whether it links both texts."""
    from html import escape

    from reader.core.formats.note_html import render_note

    parts = []
    if annotation.note:
        parts.append(render_note(annotation.note))
    if annotation.tags:
        parts.append("<p>" + " ".join(f"#{escape(t)}" for t in annotation.tags) + "</p>")
    if annotation.linked:
        parts.append(
            "<p><i>" + translate("NotePointer", "Links a passage of each article.") + "</i></p>"
        )
    return "".join(parts) or (
        "<p><i>"
        + translate("NotePointer", "A highlight without a note. Click to add one.")
        + "</i></p>"
    )
