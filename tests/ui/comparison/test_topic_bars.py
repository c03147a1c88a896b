"""The topics list's butterfly column: each side's count drawn as a bar out from the middle,
in proportion to the longest, and drawn once per count and size, not on every paint."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtGui import QColor, QImage

from reader.ui.comparison.topics_panel import LEFT_BAR, PLOT_COLUMN, RIGHT_BAR, TopicList


def _topic(term: str, left: int, right: int) -> SimpleNamespace:
    """What the list reads of a topic (its term, spans and forms, and their counts)."""
    return SimpleNamespace(
        term=term,
        kind="concept",
        left=[(k, k + 1) for k in range(left)],
        right=[(k, k + 1) for k in range(right)],
        left_count=left,
        right_count=right,
        left_forms=(term,),
        right_forms=(term,),
    )


def _coloured_run(image: QImage, y: int, x0: int, x1: int, colour: QColor) -> int:
    """How many pixels of row ``y`` between ``x0`` and ``x1`` have ``colour``."""
    return sum(image.pixelColor(x, y).rgb() == colour.rgb() for x in range(x0, x1))


def test_bars_grow_from_the_middle_in_proportion_and_are_drawn_once_per_count(qtbot) -> None:
    view = TopicList()
    qtbot.addWidget(view)
    view.resize(420, 300)
    topics = [_topic("英伟达", 8, 2), _topic("华为", 2, 8), _topic("芯片", 8, 2)]
    view.set_topics(topics, None)  # type: ignore[arg-type]
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    bars = []
    for row in range(3):
        rect = view.visualRect(view.topics.index(row, PLOT_COLUMN))
        y = rect.center().y()
        middle = rect.center().x()
        blue = _coloured_run(image, y, rect.left(), middle + 1, LEFT_BAR)
        red = _coloured_run(image, y, middle, rect.right() + 1, RIGHT_BAR)
        assert _coloured_run(image, y, middle + 1, rect.right() + 1, LEFT_BAR) == 0
        assert _coloured_run(image, y, rect.left(), middle, RIGHT_BAR) == 0
        bars.append((blue, red))
    (blue0, red0), (blue1, red1), third = bars
    assert blue0 > 3 * red0 > 0  # eight to the left, two to the right
    assert red1 > 3 * blue1 > 0  # and the other way round
    assert abs(blue0 - red1) <= 1 and abs(red0 - blue1) <= 1  # the same scale both ways
    assert third == bars[0]
    assert len(view.bars._pictures) == 2  # two pairs of counts, two pictures


def test_a_longer_list_redraws_its_bars_at_the_new_scale(qtbot) -> None:
    view = TopicList()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.set_topics([_topic("华为", 4, 4)], None)  # type: ignore[arg-type]
    view.show()
    qtbot.waitExposed(view)
    rect = view.visualRect(view.topics.index(0, PLOT_COLUMN))
    y, middle = rect.center().y(), rect.center().x()
    before = _coloured_run(view.viewport().grab().toImage(), y, rect.left(), middle, LEFT_BAR)
    view.set_topics([_topic("华为", 4, 4), _topic("英伟达", 8, 1)], None)  # type: ignore[arg-type]
    after = _coloured_run(view.viewport().grab().toImage(), y, rect.left(), middle, LEFT_BAR)
    assert before > 0
    assert abs(after - before / 2) <= 1  # half as long: 4 of 8 instead of 4 of 4


def test_a_narrow_list_keeps_the_whole_plot_in_view_and_shortens_the_terms(qtbot) -> None:
    view = TopicList()
    qtbot.addWidget(view)
    view.set_topics([_topic("人工智能芯片出口管制", 3, 5)], None)  # type: ignore[arg-type]
    view.resize(260, 200)
    view.show()
    qtbot.waitExposed(view)
    plot = view.visualRect(view.topics.index(0, PLOT_COLUMN))
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    assert plot.right() <= view.viewport().width()
    wide = view.columnWidth(0)
    view.resize(460, 200)
    qtbot.waitUntil(lambda: view.columnWidth(0) > wide)  # the terms' column takes the room
    assert view.visualRect(view.topics.index(0, PLOT_COLUMN)).width() == plot.width()
