"""The topics dock: shared topics ranked with counts, colours and a left-vs-right plot.

Tabs hold shared, left-only and right-only topics. Each row's last column is a small
butterfly chart: the left article's count grows to the left of the middle line, the right
article's to the right, so which side dwells on a topic is seen without reading numbers.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.text.folding import script_neutral
from reader.ui.appearance import side_panel_width
from reader.ui.cell_model import CellModel
from reader.ui.elided_label import ElidedLabel
from reader.ui.i18n import QT_TRANSLATE_NOOP, current_language, translate
from reader.ui.progress_bar import ProgressBar

if TYPE_CHECKING:  # the analysis modules load after the first paint
    from reader.core.comparison.topics import Analysis, Topic

# Distinct hues that stay readable as a light background under black text.
TOPIC_COLOURS = (
    "#f6c343",
    "#7fc8f8",
    "#a8e6a1",
    "#f7a8b8",
    "#c3aef5",
    "#ffb570",
    "#8ee3d6",
    "#e4d96f",
    "#f59e9e",
    "#a7c7e7",
    "#d4b483",
    "#b5e48c",
)
TOPIC_ROLE = Qt.ItemDataRole.UserRole
LEFT_BAR, RIGHT_BAR = QColor("#4c78a8"), QColor("#e45756")
PLOT_COLUMN = 3
PLOT_WIDTH = 84  # pixels of the left-vs-right plot column
MAX_BAR_PICTURES = 2_000  # pictures of the bars kept at most (about 4 KB each)
# A topic's kind (``Topic.kind``) as the tooltip names it.
KIND_NAMES = {
    "entity": QT_TRANSLATE_NOOP("TopicsPanel", "entity"),
    "concept": QT_TRANSLATE_NOOP("TopicsPanel", "concept"),
}


_palette: tuple[QColor, ...] = ()


def topic_colour(rank: int) -> QColor:
    """The colour of the topic ranked ``rank``: one of a few shared colours, to read, not to
    change (a new QColor parsed from its name for each of two books' 2,300 shared topics
    took the UI thread 23 ms as their analysis arrived)."""
    global _palette
    if not _palette:
        _palette = tuple(QColor(name) for name in TOPIC_COLOURS)
    return _palette[rank % len(_palette)]


class TopicModel(CellModel):
    """A list of topics as rows of term, left count, right count and the plot column.

    A model, not a list of items: a pair of novels has ten thousand topics, and building
    an item (tooltip, icon, alignment) for each took half a second of the UI thread; a
    view asks only for the rows on screen."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TopicModel", "Topic"),
        QT_TRANSLATE_NOOP("TopicModel", "Left"),
        QT_TRANSLATE_NOOP("TopicModel", "Right"),
        QT_TRANSLATE_NOOP("TopicModel", "Left ◀ ▶ Right"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.topics: list[Topic] = []
        self.colours: dict[str, QColor] = {}
        self._swatches: dict[str, QIcon] = {}

    def set_topics(self, topics: list[Topic], colours: dict[str, QColor] | None) -> None:
        self.beginResetModel()
        self.topics = list(topics)
        self.colours = dict(colours or {})
        self._swatches = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.topics)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("TopicModel", self.HEADERS[section])
        return None

    def value(self, row: int, column: int, role: int) -> Any:
        topic = self.topics[row]
        if role == TOPIC_ROLE:
            return topic
        if role == Qt.ItemDataRole.DisplayRole:
            return (shown_term(topic), str(topic.left_count), str(topic.right_count), "")[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return topic_tooltip(topic)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            colour = self.colours.get(topic.term)
            if colour is None:
                return None
            icon = self._swatches.get(colour.name())
            if icon is None:
                swatch = QPixmap(12, 12)
                swatch.fill(colour)
                icon = self._swatches[colour.name()] = QIcon(swatch)
            return icon
        return None


class FrequencyBars(QStyledItemDelegate):
    """Paints a row's left and right counts as bars growing out from the middle.

    Each picture is drawn once into a pixmap kept for its counts and size (most topics
    share a few small counts) and a row's paint is one call into Qt: the dozen calls of
    drawing it afresh each time, every one giving the GIL up to a busy worker and waiting
    to get it back, made the topics' first paint take 20 ms during a Find."""

    def __init__(self, topics: TopicModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics = topics
        self.maximum = 1
        self._pictures: dict[tuple[int, int, int, int, int], QPixmap] = {}

    def set_maximum(self, maximum: int) -> None:
        if maximum != self.maximum:
            self.maximum = maximum
            self._pictures.clear()

    def forget(self) -> None:
        """Draw every picture afresh (a new palette, or a screen of another pixel ratio)."""
        self._pictures.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            super().paint(painter, option, QModelIndex())  # the selection's background only
        row = index.row()
        if not 0 <= row < len(self.topics.topics):
            return
        topic = self.topics.topics[row]
        rect: QRect = option.rect
        key = (topic.left_count, topic.right_count, rect.width(), rect.height(), self.maximum)
        picture = self._pictures.get(key)
        if picture is None:
            if len(self._pictures) > MAX_BAR_PICTURES:
                self._pictures.clear()
            picture = self._pictures[key] = self._draw(
                key, option.palette.mid().color(), painter.device().devicePixelRatioF()
            )
        painter.drawPixmap(rect.topLeft(), picture)

    @staticmethod
    def _draw(key: tuple[int, int, int, int, int], line: QColor, ratio: float) -> QPixmap:
        left_count, right_count, width, height, maximum = key
        picture = QPixmap(max(round(width * ratio), 1), max(round(height * ratio), 1))
        picture.setDevicePixelRatio(ratio)  # sharp on a high-density screen
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        rect = QRect(0, 0, width, height).adjusted(4, 5, -4, -5)
        middle = rect.center().x()
        half = rect.width() // 2 - 1
        painter.setPen(Qt.PenStyle.NoPen)
        left = round(half * left_count / maximum)
        right = round(half * right_count / maximum)
        painter.setBrush(LEFT_BAR)
        painter.drawRect(QRect(middle - left, rect.top(), left, rect.height()))
        painter.setBrush(RIGHT_BAR)
        painter.drawRect(QRect(middle + 1, rect.top(), right, rect.height()))
        painter.setPen(line)
        painter.drawLine(middle, 2, middle, height - 3)
        painter.end()
        return picture


def shown_term(topic: Topic) -> str:
    """How the list names ``topic``: its key is Simplified (英伟达), which a reader using the
    繁體中文 interface would not write; there it is named as an article writes it in
    Traditional (英偉達), when one does."""
    if current_language() == "zh_TW":
        for form in (*topic.left_forms, *topic.right_forms):
            if script_neutral(form) != form.casefold():  # holds Traditional characters
                return form
    return topic.term


class TopicList(QTableView):
    """One tab: topics with counts and the plot column.

    A table view, not a tree: on every new list a tree lays out all its rows, asking the
    Python model for each row's index (two calls into Python per row, 4,600 for two books'
    topics, each waiting for the GIL while a worker runs), where a table asks only about
    the rows it paints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics = TopicModel(self)
        self.setModel(self.topics)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in a tree
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setAlternatingRowColors(True)
        self.bars = FrequencyBars(self.topics, self)
        self.setItemDelegateForColumn(PLOT_COLUMN, self.bars)
        header = self.horizontalHeader()
        # The column titles come from a model of Qt's own. The header asks its model for
        # eight roles of each column on every size hint: from the Python model that was
        # 288 calls into Python (and as many enum conversions) while the panel was built,
        # each one waiting for the GIL whenever a worker was busy.
        titles = QStandardItemModel(0, len(TopicModel.HEADERS), self)
        titles.setHorizontalHeaderLabels(
            [translate("TopicModel", title) for title in TopicModel.HEADERS]
        )
        header.setModel(titles)
        header.setHighlightSections(False)
        # The topic's column takes what the dock's width leaves (its terms elide); the
        # counts and the plot keep theirs, so a narrow dock never scrolls the bars away.
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(30)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(1, 44)
        self.setColumnWidth(2, 44)
        self.setColumnWidth(PLOT_COLUMN, PLOT_WIDTH)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.DevicePixelRatioChange):
            self.bars.forget()
        super().changeEvent(event)

    def set_topics(self, topics: list[Topic], colours: dict[str, QColor] | None) -> None:
        # The longest bar, found in C: the 11,000 topics of two books, one at a time through
        # the count properties, took the UI thread 16 ms.
        longest = max(
            max(map(len, map(attrgetter("left"), topics)), default=0),
            max(map(len, map(attrgetter("right"), topics)), default=0),
        )
        self.bars.set_maximum(longest or 1)
        self.topics.set_topics(topics, colours)

    def count(self) -> int:
        return self.topics.rowCount()

    def topic(self, row: int) -> Topic:
        return self.topics.topics[row]

    def row_of(self, term: str) -> int:
        """The row of the topic ``term`` (-1 if it is not listed)."""
        return next((k for k, t in enumerate(self.topics.topics) if t.term == term), -1)

    def row_rect(self, row: int) -> QRect:
        """Where the row is in the viewport, scrolled into view first (for a click)."""
        index = self.topics.index(row, 0)
        self.scrollTo(index)
        return self.visualRect(index)


def forms_line(topic: Topic) -> str:
    """How each article writes the topic ("輝達 ↔ 英伟达"), or "" when both write it alike."""
    left, right = topic.left_forms, topic.right_forms
    if not left or not right or set(left) == set(right) == {topic.term}:
        return ""
    if list(left) == list(right):
        return ""
    return f"{' / '.join(left)} ↔ {' / '.join(right)}"


def topic_tooltip(topic: Topic) -> str:
    """Counts, the written forms in each article, and what a click does."""
    kind = KIND_NAMES.get(topic.kind)
    lines = [
        translate(
            "TopicsPanel", "{term} ({kind}): {left} in the left article, {right} in the right."
        ).format(
            term=shown_term(topic),
            kind=translate("TopicsPanel", kind) if kind else topic.kind,
            left=topic.left_count,
            right=topic.right_count,
        )
    ]
    if topic.left_forms:
        lines.append(
            translate("TopicsPanel", "Left writes: {forms}").format(
                forms=", ".join(topic.left_forms)
            )
        )
    if topic.right_forms:
        lines.append(
            translate("TopicsPanel", "Right writes: {forms}").format(
                forms=", ".join(topic.right_forms)
            )
        )
    lines.append(translate("TopicsPanel", "Click to step through its occurrences."))
    return "\n".join(lines)


class TopicsPanel(QWidget):
    """Status, switches and the three topic lists."""

    topicActivated = Signal(object)  # Topic
    highlightToggled = Signal(bool)
    wordingToggled = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        lists: tuple[TopicList, TopicList, TopicList] | None = None,
    ) -> None:
        """``lists``: the shared, left-only and right-only lists, if made already (the
        window makes them a turn earlier: see ``ComparisonController.build_panel``)."""
        super().__init__(parent)
        self.status = QLabel(translate("TopicsPanel", "Topics appear once both articles are open."))
        self.status.setWordWrap(True)
        # Wraps to the dock's width and never asks for more (a long status widened the dock).
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumWidth(1)
        self.progress = ProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(translate("TopicsPanel", "Finding the topics"))
        self.progress.hide()
        self.highlight_box = QCheckBox(translate("TopicsPanel", "Highlight topics in both texts"))
        self.highlight_box.toggled.connect(self.highlightToggled)
        self.wording_box = QCheckBox(translate("TopicsPanel", "Mark shared wording"))
        self.wording_box.toggled.connect(self.wordingToggled)
        self.shared_list, self.left_list, self.right_list = lists or (
            TopicList(),
            TopicList(),
            TopicList(),
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("TopicsPanel", "Topic lists"))
        for view, name, description, columns in (
            (
                self.shared_list,
                translate("TopicsPanel", "Shared topics"),
                translate(
                    "TopicsPanel",
                    "Topics both articles discuss, most telling first; "
                    "Enter steps through one in both texts",
                ),
                translate("TopicsPanel", "Columns of shared topics"),
            ),
            (
                self.left_list,
                translate("TopicsPanel", "Left only"),
                translate(
                    "TopicsPanel",
                    "Topics only the left article discusses; Enter steps through one in both texts",
                ),
                translate("TopicsPanel", "Columns of left only"),
            ),
            (
                self.right_list,
                translate("TopicsPanel", "Right only"),
                translate(
                    "TopicsPanel",
                    "Topics only the right article discusses; "
                    "Enter steps through one in both texts",
                ),
                translate("TopicsPanel", "Columns of right only"),
            ),
        ):
            view.setAccessibleName(name)
            view.setAccessibleDescription(description)
            view.horizontalHeader().setAccessibleName(columns)
            view.verticalHeader().setAccessibleName(translate("TopicsPanel", "Rows of topics"))
        self.tabs.addTab(self.shared_list, translate("TopicsPanel", "Shared"))
        self.tabs.addTab(self.left_list, translate("TopicsPanel", "Left only"))
        self.tabs.addTab(self.right_list, translate("TopicsPanel", "Right only"))
        # The written forms of the topic in front: why it is shared (輝達 ↔ 英伟达).
        self.forms = ElidedLabel()
        self.forms.setAccessibleName(translate("TopicsPanel", "Written forms of the current topic"))
        # Where stepping through a topic has got to in each text: "Left 3 of 20".
        self.position = ElidedLabel()
        self.position.setAccessibleName(translate("TopicsPanel", "Current occurrence of the topic"))
        for view in (self.shared_list, self.left_list, self.right_list):
            view.clicked.connect(self._on_clicked)
            view.activated.connect(self._on_clicked)
            view.selectionModel().currentChanged.connect(
                lambda index, _old: self._show_forms(index)
            )
        # One above the other: side by side they asked for more than the dock's width, so
        # the dock grew (and the panes shrank) when the panel arrived after the first paint.
        switches = QVBoxLayout()
        switches.setSpacing(2)
        switches.addWidget(self.highlight_box)
        switches.addWidget(self.wording_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(switches)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.forms)
        layout.addWidget(self.position)
        self.colours: dict[str, QColor] = {}

    def sizeHint(self) -> QSize:
        return QSize(side_panel_width(self.fontMetrics().height()), super().sizeHint().height())

    def show_position(self, term: str, left: tuple[int, int], right: tuple[int, int]) -> None:
        """Where stepping through ``term`` is: (current from 1, total) per side."""
        left_current, left_total = left
        right_current, right_total = right
        sides = [
            translate("TopicsPanel", "Left {current} of {total}").format(
                current=left_current, total=left_total
            )
            if left_total
            else translate("TopicsPanel", "Left none"),
            translate("TopicsPanel", "Right {current} of {total}").format(
                current=right_current, total=right_total
            )
            if right_total
            else translate("TopicsPanel", "Right none"),
        ]
        self.position.setText(
            translate("TopicsPanel", "{term}: {positions}").format(
                term=term, positions=" · ".join(sides)
            )
        )

    def _show_forms(self, index: QModelIndex) -> None:
        topic = index.data(TOPIC_ROLE) if index.isValid() else None
        if topic is None:
            self.forms.setText("")
            return
        line = forms_line(topic)
        written = line or " / ".join(topic.left_forms or topic.right_forms)
        self.forms.setText(
            translate("TopicsPanel", "{term}: {forms}").format(
                term=shown_term(topic), forms=written
            )
            if written
            else ""
        )

    def _on_clicked(self, index: QModelIndex) -> None:
        topic = index.data(TOPIC_ROLE)
        if topic is not None:
            self.topicActivated.emit(topic)

    def set_busy(self, text: str, percent: int | None = None) -> None:
        self.status.setText(text)
        self.progress.setVisible(percent is not None)
        if percent is not None:
            self.progress.set_value(percent)

    def set_stale(self, stale: bool) -> None:
        """Grey the lists out while they show an analysis of texts no longer shown (a click
        would step through places that are not in these texts)."""
        self.tabs.setEnabled(not stale)

    def set_analysis(self, analysis: Analysis, colours: dict[str, QColor]) -> None:
        self.set_stale(False)
        self.position.setText("")  # the stepping was through the old analysis's spans
        self.forms.setText("")  # of a topic of the old analysis (after a swap, the wrong way round)
        self.colours = colours
        self.shared_list.set_topics(analysis.shared, colours)
        self.left_list.set_topics(analysis.left_only, None)
        self.right_list.set_topics(analysis.right_only, None)
        self.tabs.setTabText(
            0, translate("TopicsPanel", "Shared ({count})").format(count=len(analysis.shared))
        )
        self.tabs.setTabText(
            1,
            translate("TopicsPanel", "Left only ({count})").format(count=len(analysis.left_only)),
        )
        self.tabs.setTabText(
            2,
            translate("TopicsPanel", "Right only ({count})").format(count=len(analysis.right_only)),
        )
        self.progress.hide()
        self.status.setText(
            translate(
                "TopicsPanel",
                "{shared} shared topics, {aligned} aligned paragraph pairs, {wording} passages "
                "of shared wording. Click a topic to step through it in both texts.",
            ).format(
                shared=len(analysis.shared),
                aligned=len(analysis.aligned),
                wording=len(analysis.wording),
            )
        )
