"""Cheap highlights for big texts: only the spans on screen become extra selections.

Topic highlighting can mean tens of thousands of spans in a book. Formatting them into the
text document would cost seconds and undo the lazy layout; handing them all to
``QTextEdit.setExtraSelections`` makes every paint walk all of them. Instead each layer keeps
its spans sorted, and on every scroll or resize the few dozen that are visible are found by
binary search and set as the view's extra selections.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

# Layers are drawn in this order, later ones on top.
LAYER_ORDER = (
    "alignment",
    "topics",
    "notes",
    "sentence",
    "wording",
    "focus",
    "search",
    "current",
)


# Layers drawn beside or around the text instead of as character formats, so that each kind
# of mark has a channel of its own (notes fill, topics underline and colour the words, Find
# outlines, aligned passages are a bar in the margin): the span's format gives the colour,
# its background's alpha the strength.
MARGIN_LAYERS = frozenset({"alignment"})
BOX_LAYERS = frozenset({"search"})

Decoration = tuple[int, int, QColor]  # UTF-16 start, end, colour
_Shape = tuple[QRectF, QColor]  # what paint draws, in document coordinates


def block_at(view: QTextEdit, y: float) -> QTextBlock:
    """The last block whose top is at or above document coordinate ``y`` (a hidden block,
    such as an image placeholder, is judged by the next shown one).

    A hit test (which lays the text out down to ``y`` only) gives a first guess, then a
    galloping search around it finds the block. A binary search over all blocks would ask
    for the middle block's geometry first, and so lay out half of a lazily laid out book.
    """
    document = view.document()
    layout = document.documentLayout()
    count = document.blockCount()

    def top(number: int) -> float:
        block = document.findBlockByNumber(number)
        while not block.isVisible() and block.next().isValid():  # hidden: no geometry
            block = block.next()
        return layout.blockBoundingRect(block).top()

    # Asked inside the text's frame: a point in the top margin (y 0, the top of a pane
    # scrolled to the start) made Qt's hit test walk every block laid out so far, 2-10 ms
    # for a book, on every refresh of the highlights; inside, it takes 0.05 ms.
    inside = document.documentMargin() + 1
    hit = document.findBlock(
        max(layout.hitTest(QPointF(inside, max(y, inside)), Qt.HitTestAccuracy.FuzzyHit), 0)
    )
    # Before the layout reaches a point, a hit test may answer the last block: a guess
    # that was never laid out would be laid out down to here, so start from the top then.
    guess = hit.blockNumber() if hit.isValid() and hit.layout().lineCount() else 0
    guess = min(max(guess, 0), count - 1)
    step = 1
    if top(guess) <= y:  # the answer is the guess or after it
        low = guess
        while low + step < count and top(low + step) <= y:
            low += step
            step *= 2
        high = min(low + step, count)  # top(high) > y, or the end
    else:  # before it
        high = guess
        low = max(guess - step, 0)
        while low > 0 and top(low) > y:
            high = low
            step *= 2
            low = max(guess - step, 0)
    while high - low > 1:  # top(low) <= y (or low is 0) and top(high) > y
        middle = (low + high) // 2
        if top(middle) <= y:
            low = middle
        else:
            high = middle
    return document.findBlockByNumber(low)


def _line_rects(document, start: int, end: int) -> list[QRectF]:
    """The rectangle of each laid-out line the span ``[start, end)`` covers, in document
    coordinates (a match that wraps is outlined line by line)."""
    layout = document.documentLayout()
    rects: list[QRectF] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() < end and len(rects) < 50:
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        position = block.position()
        for k in range(text_layout.lineCount()):
            line = text_layout.lineAt(k)
            line_start = position + line.textStart()
            line_end = line_start + line.textLength()
            if line_end <= start or line_start >= end:
                continue
            x1 = line.cursorToX(max(start, line_start) - position)[0]
            x2 = line.cursorToX(min(end, line_end) - position)[0]
            rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()))
        block = block.next()
    return rects


def _block_starts(document, low: int, high: int) -> list[int]:
    """Where each block from the one holding ``low`` to the one holding ``high`` starts."""
    starts: list[int] = []
    block = document.findBlock(low)
    while block.isValid():
        position = block.position()
        if position > high:
            break
        starts.append(position)
        block = block.next()
    return starts


def _within_blocks(starts: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The span ``[start, end)`` cut where blocks begin (``starts``: the blocks it may
    cover), so that no piece crosses a paragraph break.

    Qt finds the area of an extra selection that spans two blocks from the bounding rect
    of the whole text frame, and to know it, lays out the whole document: one mark across
    a heading's line break in a book held the UI thread for 0.1-0.3 s on every refresh
    while the book was being laid out a slice at a time. A selection inside one block is
    measured by that block alone."""
    pieces: list[tuple[int, int]] = []
    k = bisect_right(starts, start)
    while k < len(starts) and starts[k] < end:
        if start < starts[k] - 1:  # up to the block's end, its break left out
            pieces.append((start, starts[k] - 1))
        start = starts[k]
        k += 1
    if start < end or not pieces:
        pieces.append((start, end))
    return pieces


class _Layer:
    __slots__ = ("ends", "formats", "longest", "starts")

    def __init__(self, spans: list[tuple[int, int, QTextCharFormat]]) -> None:
        spans = sorted(spans, key=itemgetter(0))
        self.starts = [start for start, _end, _format in spans]
        self.ends = [end for _start, end, _format in spans]
        self.formats = [fmt for _start, _end, fmt in spans]
        self.longest = max((end - start for start, end, _f in spans), default=0)

    def remove(self, start: int, end: int, char_format: QTextCharFormat) -> None:
        k = bisect_left(self.starts, start)
        while k < len(self.starts) and self.starts[k] == start:
            if self.ends[k] == end and self.formats[k] == char_format:
                del self.starts[k], self.ends[k], self.formats[k]
                return
            k += 1

    def add(self, start: int, end: int, char_format: QTextCharFormat) -> None:
        k = bisect_right(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)
        self.formats.insert(k, char_format)
        self.longest = max(self.longest, end - start)  # an upper bound after removals

    def visible(self, low: int, high: int) -> range:
        first = bisect_left(self.starts, low - self.longest)
        last = bisect_right(self.starts, high)
        return range(first, last)


class HighlightLayers(QObject):
    """Named layers of ``(start, end, format)`` spans in UTF-16 positions of ``view``."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self.view = view
        self._layers: dict[str, _Layer] = {}
        self.margins: list[Decoration] = []  # on screen now, drawn by ``paint``
        self.boxes: list[Decoration] = []
        # Their shapes in document coordinates, found at the first paint after a refresh
        # (every scroll, resize and change of a layer refreshes): see ``paint``.
        self._shapes: tuple[Any, list[_Shape], list[_Shape]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        # Not ``valueChanged.connect(self._timer.start)``: Qt would call start(value),
        # a timer of as many milliseconds as the scroll position, kept as its interval
        # from then on; deep in a book the highlights came half a minute late.
        view.verticalScrollBar().valueChanged.connect(self._soon)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._soon()
        return False

    def pending(self) -> bool:
        """Whether a refresh is due (at the next turn of the event loop)."""
        return self._timer.isActive()

    def _soon(self, _value: int = 0) -> None:
        """Refresh at the next turn of the event loop (once for a burst of changes)."""
        self._timer.start()

    def set_layer(self, name: str, spans: list[tuple[int, int, QTextCharFormat]]) -> None:
        if spans:
            self._layers[name] = _Layer(spans)
        else:
            self._layers.pop(name, None)
        self._soon()

    def change_layer(
        self,
        name: str,
        removed: list[tuple[int, int, QTextCharFormat]],
        added: list[tuple[int, int, QTextCharFormat]],
    ) -> None:
        """Take some spans out of a layer and put others in, without sorting it again."""
        layer = self._layers.get(name)
        if layer is None:
            self.set_layer(name, added)
            return
        for span in removed:
            layer.remove(*span)
        for span in added:
            layer.add(*span)
        self._soon()

    def count(self, name: str) -> int:
        layer = self._layers.get(name)
        return len(layer.starts) if layer else 0

    def visible_range(self) -> tuple[int, int]:
        """UTF-16 positions from the first to the last block on screen.

        By block geometry, not ``cursorForPosition``: a point in the document's margin (the
        top left corner, above a heading) hit-tests to an arbitrary later position.
        """
        top = self.view.verticalScrollBar().value()
        first = block_at(self.view, top)
        last = block_at(self.view, top + self.view.viewport().height())
        return first.position(), last.position() + last.length()

    def refresh(self) -> None:
        """Give the view the extra selections of the spans now on screen."""
        document = self.view.document()
        length = max(document.characterCount() - 1, 0)
        low, high = self.visible_range()
        blocks: list[int] | None = None  # where the blocks on screen start, when needed
        selections = []
        margins: list[Decoration] = []
        boxes: list[Decoration] = []
        for name in LAYER_ORDER:
            layer = self._layers.get(name)
            if layer is None:
                continue
            for k in layer.visible(low, high):
                start, end = layer.starts[k], layer.ends[k]
                if end < low or start > high or start >= length:
                    continue
                if name in MARGIN_LAYERS or name in BOX_LAYERS:
                    colour = layer.formats[k].background().color()
                    (margins if name in MARGIN_LAYERS else boxes).append(
                        (start, min(end, length), colour)
                    )
                    continue
                if blocks is None:
                    blocks = _block_starts(document, low, high)
                for piece_start, piece_end in _within_blocks(
                    blocks, max(start, low), min(end, high - 1, length)
                ):
                    selection = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(document)
                    cursor.setPosition(piece_start)
                    cursor.setPosition(piece_end, QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor
                    selection.format = layer.formats[k]
                    selections.append(selection)
        self.view.setExtraSelections(selections)
        if margins or boxes or self.margins or self.boxes:  # drawn by paint, not by Qt
            self.view.viewport().update()
        self.margins, self.boxes = margins, boxes
        self._shapes = None

    def visible_count(self) -> int:
        return len(self.view.extraSelections()) + len(self.margins) + len(self.boxes)

    def paint(self, painter: QPainter) -> None:
        """Draw the margin bars and outlines of the spans on screen (the view's paint event
        calls this after the text).

        Their shapes are found once per refresh, not on every paint: a match's outline is
        about twenty calls into Qt (its block, lines and their geometry), and the view
        paints after every layout slice; with fifty matches of a Find on screen, a paint
        made a thousand calls, each taking the GIL back from a busy worker."""
        if not (self.margins or self.boxes):
            return
        document = self.view.document()
        key = (document, document.revision(), document.pageSize().width())
        if self._shapes is None or self._shapes[0] != key:  # an edit or a new width too
            self._shapes = (key, *self._find_shapes())
        _key, bars, outlines = self._shapes
        dy = -self.view.verticalScrollBar().value()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, colour in bars:
            painter.fillRect(rect.translated(0, dy), colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, colour in outlines:
            painter.setPen(QPen(colour, 2))
            painter.drawRoundedRect(rect.translated(0, dy).adjusted(-1, 0, 1, 0), 3, 3)
        painter.restore()

    def _find_shapes(self) -> tuple[list[_Shape], list[_Shape]]:
        """The margin bars and the outlines' line rectangles, in document coordinates."""
        document = self.view.document()
        layout = document.documentLayout()
        margin = document.documentMargin()
        bars: list[_Shape] = []
        for start, end, colour in self.margins:
            first = document.findBlock(start)
            last = document.findBlock(max(start, end - 1))
            top = layout.blockBoundingRect(first).top()
            bottom = layout.blockBoundingRect(last).bottom() - last.blockFormat().bottomMargin()
            bars.append((QRectF(margin * 0.3, top, max(3.0, margin * 0.25), bottom - top), colour))
        outlines = [
            (rect, colour)
            for start, end, colour in self.boxes
            for rect in _line_rects(document, start, end)
        ]
        return bars, outlines
