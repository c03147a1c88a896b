"""Outlines and margin bars drawn by a pane's highlight layers: found once per refresh,
and never drawn where the text no longer is (an edit, a new width)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from reader.ui.text.highlights import HighlightLayers, _line_rects
from reader.ui.text.reader_pane import build_text_document


def _outlined(qtbot, text: str) -> tuple[QTextEdit, HighlightLayers]:
    view = QTextEdit()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.setDocument(build_text_document(text, QFont(), 150))
    view.show()
    layers = HighlightLayers(view)
    box = QTextCharFormat()
    box.setBackground(QColor("#e08a00"))
    start = text.index("硅谷")
    layers.set_layer("search", [(start, start + 2, box)])
    layers.refresh()
    return view, layers


def _paint(view: QTextEdit, layers: HighlightLayers) -> None:
    """Paint the layers into an image, as the view's paint event does."""
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    layers.paint(painter)
    painter.end()


def _drawn(layers: HighlightLayers) -> list[QRectF]:
    assert layers._shapes is not None
    return [rect for rect, _colour in layers._shapes[2]]


def test_an_outline_is_found_once_and_follows_an_edit_of_the_text(qtbot, monkeypatch) -> None:
    text = "十年前，它還是硅谷最風光的企業之一。\n" * 3
    view, layers = _outlined(qtbot, text)
    from reader.ui.text import highlights

    calls: list[int] = []
    monkeypatch.setattr(
        highlights,
        "_line_rects",
        lambda document, start, end: calls.append(start) or _line_rects(document, start, end),
    )
    _paint(view, layers)
    _paint(view, layers)
    assert len(calls) == 1  # the second paint drew what the first found
    before = _drawn(layers)
    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.insertText("一\n")  # the span's positions now fall on the next line
    _paint(view, layers)
    assert len(calls) == 2
    after = _drawn(layers)
    assert after[0].top() > before[0].top()
    start = text.index("硅谷")
    assert after == _line_rects(view.document(), start, start + 2)


def test_an_outline_follows_a_new_width(qtbot) -> None:
    text = "甲" * 30 + "硅谷" + "乙" * 30
    view, layers = _outlined(qtbot, text)
    _paint(view, layers)
    wide = _drawn(layers)
    view.document().setPageSize(view.document().pageSize() * 0.5)  # narrower: wrapped lower
    _paint(view, layers)
    narrow = _drawn(layers)
    assert narrow[0].top() > wide[0].top()
