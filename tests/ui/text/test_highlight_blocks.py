"""Highlights that cross a paragraph break: drawn on each paragraph they cover, and never a
reason for Qt to lay out the rest of a book.

Qt measures an extra selection that spans two blocks by the bounding rect of the whole
text frame, which lays out the whole document; with a book being laid out a slice at a time
that held the window for 0.1-0.3 s on each refresh of the highlights."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from reader.ui.text.highlights import HighlightLayers
from reader.ui.text.reader_pane import build_text_document

LINE = "十年前，它還是硅谷最風光的企業之一。"


def _book_view(qtbot, lines: int) -> QTextEdit:
    view = QTextEdit()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.setDocument(build_text_document("\n".join([LINE] * lines), QFont(), 150))
    view.show()
    return view


def _mark() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#f6c343"))
    return fmt


def _spans(view: QTextEdit) -> list[tuple[int, int]]:
    return [
        (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
        for selection in view.extraSelections()
    ]


def test_a_mark_across_paragraph_breaks_does_not_lay_out_the_book(qtbot) -> None:
    view = _book_view(qtbot, 20_000)
    document = view.document()
    assert document.lastBlock().layout().lineCount() == 0  # the book is not laid out
    layers = HighlightLayers(view)
    step = len(LINE) + 1
    layers.set_layer("topics", [(5, 2 * step + 7, _mark())])  # three paragraphs
    layers.refresh()
    assert document.lastBlock().layout().lineCount() == 0  # and still is not
    # One selection per paragraph, each ending before its break.
    assert _spans(view) == [(5, step - 1), (step, 2 * step - 1), (2 * step, 2 * step + 7)]


def test_marks_inside_one_paragraph_and_across_blank_lines(qtbot) -> None:
    view = QTextEdit()
    qtbot.addWidget(view)
    view.resize(420, 300)
    text = "甲乙丙\n\n丁戊己"
    view.setDocument(build_text_document(text, QFont(), 150))
    view.show()
    layers = HighlightLayers(view)
    layers.set_layer("topics", [(1, 2, _mark()), (2, 6, _mark())])
    layers.refresh()
    # The first stays whole; the second covers 丙, the blank line has nothing to mark, 丁戊.
    assert _spans(view) == [(1, 2), (2, 3), (5, 6)]


def test_a_mark_that_starts_above_the_screen_is_drawn_from_the_screen_on(qtbot) -> None:
    view = _book_view(qtbot, 400)
    document = view.document()
    document.documentLayout().documentSize()  # laid out, so it can scroll
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    layers = HighlightLayers(view)
    layers.set_layer("topics", [(0, document.characterCount() - 1, _mark())])
    layers.refresh()
    low, high = layers.visible_range()
    spans = _spans(view)
    assert low > 0
    assert spans[0][0] == low  # from the first paragraph on screen
    assert spans[-1][1] <= high
    assert all(
        document.findBlock(s).position() == document.findBlock(e).position() for s, e in spans
    )
