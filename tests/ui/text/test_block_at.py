"""``block_at``: the block at a height of a pane's text, found without laying out the rest
of a book, and right for every height, margins included."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextEdit

from reader.ui.text.highlights import block_at
from reader.ui.text.reader_pane import build_text_document


def _view_of(text: str, qtbot) -> QTextEdit:
    view = QTextEdit()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.setDocument(build_text_document(text, QFont(), 150))
    view.show()
    view.document().documentLayout().documentSize()  # all laid out: the geometry to check
    return view


def _expected(view: QTextEdit, y: float) -> int:
    """The last block whose top is at or above ``y``, by looking at every block."""
    document = view.document()
    layout = document.documentLayout()
    answer = 0
    for number in range(document.blockCount()):
        if layout.blockBoundingRect(document.findBlockByNumber(number)).top() <= y:
            answer = number
    return answer


def test_block_at_every_height_from_the_top_margin_to_past_the_end(qtbot) -> None:
    text = "\n".join(
        f"第{n}段：" + "十年前，它還是硅谷最風光的企業之一。" * (n % 4 + 1) for n in range(60)
    )
    view = _view_of(text, qtbot)
    document = view.document()
    layout = document.documentLayout()
    height = layout.documentSize().height()
    tops = [layout.blockBoundingRect(document.findBlockByNumber(n)).top() for n in range(60)]
    heights = [0.0, 1.0, document.documentMargin() - 1, height + 50]  # margins, past the end
    heights += [top for top in tops] + [top + 3 for top in tops] + [top - 1 for top in tops[1:]]
    for y in heights:
        assert block_at(view, y).blockNumber() == _expected(view, y), y


def test_block_at_in_the_top_margin_is_the_first_block(qtbot) -> None:
    """A pane scrolled to the start asks for height 0, in the document's top margin: the
    first block, whatever the hit test would say about a point outside the text."""
    view = _view_of("第一段。\n第二段。\n第三段。", qtbot)
    assert view.document().documentMargin() > 1
    assert block_at(view, 0.0).blockNumber() == 0
    assert block_at(view, -20.0).blockNumber() == 0
