"""The annotations panel: every note on both documents, filtered, sorted, acted on.

The list is a model over the rows shown, not a widget per row: with 10,000 notes the view
asks only for the rows on screen, and a change updates the rows it touched (a removal, an
insertion, a move) so selection and scroll position stay where the reader left them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.formats.note_html import note_text
from reader.core.notes.annotations import COLOURS, Annotation
from reader.ui.cell_model import CellModel
from reader.ui.elided_label import ElidedLabel
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate
from reader.ui.notes.editor import colour_name, swatch

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("AnnotationsPanel", "Passage"),
    QT_TRANSLATE_NOOP("AnnotationsPanel", "Note"),
    QT_TRANSLATE_NOOP("AnnotationsPanel", "Tags"),
    QT_TRANSLATE_NOOP("AnnotationsPanel", "Where"),
    QT_TRANSLATE_NOOP("AnnotationsPanel", "Changed"),
)
# The "Where" column: the sides a note is on, and a passage's state when it is not in place.
SIDE_NAMES = {
    "left": QT_TRANSLATE_NOOP("AnnotationsPanel", "Left"),
    "right": QT_TRANSLATE_NOOP("AnnotationsPanel", "Right"),
}
STATUS_NAMES = {
    "orphaned": QT_TRANSLATE_NOOP("AnnotationsPanel", "orphaned"),
    "moved": QT_TRANSLATE_NOOP("AnnotationsPanel", "moved"),
}
RESET_ABOVE = 200  # more row insertions/removals than this: reset the model instead


def local_time(stamp: str) -> str:
    """A stored UTC time (``2026-12-04T19:30:00.000Z``) as the reader's locale writes a
    date and time in short, in the local time zone ("" if it cannot be read)."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return ""
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class Row:
    """One annotation as the panel lists it."""

    annotation: Annotation
    sides: tuple[str, ...]  # "left", "right" or both
    quote: str
    status: str  # anchored, moved, orphaned
    position: int  # in its first side's original text; -1 when orphaned
    search_key: str  # quote, note and tags in the comparison script, for the filter

    @property
    def id(self) -> str:
        return self.annotation.id

    def cells(self) -> tuple[str, str, str, str, str]:
        quote = self.quote.replace("\n", " ")
        note = note_text(self.annotation.note)  # what it says, not its **Markdown**
        where = " ↔ ".join(
            translate("AnnotationsPanel", SIDE_NAMES[side])
            if side in SIDE_NAMES
            else side.capitalize()
            for side in self.sides
        )
        if self.status in STATUS_NAMES:
            where += " · " + translate("AnnotationsPanel", STATUS_NAMES[self.status])
        return (
            quote if len(quote) <= 60 else quote[:59] + "…",
            note if len(note) <= 80 else note[:79] + "…",
            " ".join(f"#{t}" for t in self.annotation.tags),
            where,
            local_time(self.annotation.modified),
        )


class AnnotationsModel(CellModel):
    """The rows the panel shows, in order; ``sync`` moves it to a new list by small steps."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._cells: dict[int, tuple[Row, tuple[str, str, str, str, str]]] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AnnotationsPanel", COLUMNS[section])
        return None

    def value(self, number: int, column: int, role: int) -> Any:
        row = self.rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_cells(number, row)[column]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(row.annotation.colour)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole of what a narrow column cuts
            if column == 0:
                return row.quote[:500]
            if column == 1:
                return note_text(row.annotation.note[:2000]) or None
            if column == 4:
                made = local_time(row.annotation.created)
                return translate("AnnotationsModel", "Made {made}, last changed {changed}").format(
                    made=made, changed=self._row_cells(number, row)[4]
                )
            return self._row_cells(number, row)[column] or None
        if role == Qt.ItemDataRole.FontRole and row.status == "orphaned":
            return self._italic
        return None

    def _row_cells(self, number: int, row: Row) -> tuple[str, str, str, str, str]:
        cached = self._cells.get(number)
        if cached is None or cached[0] is not row:
            cached = (row, row.cells())
            self._cells[number] = cached
        return cached[1]

    def row_of(self, annotation_id: str) -> int:
        return next((k for k, row in enumerate(self.rows) if row.id == annotation_id), -1)

    def sync(self, rows: list[Row]) -> bool:
        """Become ``rows``: remove, move, insert and update only what differs. True when
        the differences were too many and the model was reset instead (selection lost)."""
        old_ids = [row.annotation.id for row in self.rows]
        new_ids = [row.annotation.id for row in rows]
        if old_ids != new_ids:
            wanted, present = set(new_ids), set(old_ids)
            gone = [k for k, key in enumerate(old_ids) if key not in wanted]
            if len(gone) + len(wanted - present) > RESET_ABOVE:
                self.beginResetModel()
                self.rows = list(rows)
                self._cells.clear()
                self.endResetModel()
                return True
            self._cells.clear()
            for k in reversed(gone):
                self.beginRemoveRows(QModelIndex(), k, k)
                del self.rows[k]
                self.endRemoveRows()
            kept = [key for key in new_ids if key in present]
            if kept != [row.annotation.id for row in self.rows]:  # the same rows in a new order
                self._reorder(kept, {row.id: row for row in rows})
            for k, row in enumerate(rows):
                if k >= len(self.rows) or self.rows[k].annotation.id != new_ids[k]:
                    self.beginInsertRows(QModelIndex(), k, k)
                    self.rows.insert(k, row)
                    self.endInsertRows()
        for k, (shown, row) in enumerate(zip(self.rows, rows, strict=True)):
            if shown is not row and shown != row:
                self.rows[k] = row
                self.dataChanged.emit(self.index(k, 0), self.index(k, len(COLUMNS) - 1))
        return False

    def _reorder(self, ids: list[str], rows: dict[str, Row]) -> None:
        """Put the rows in the order of ``ids`` (the same set), keeping selection and
        current row on the same annotations."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.rows[index.row()].id for index in old]
        self.rows = [rows[key] for key in ids]
        place = {key: k for k, key in enumerate(ids)}
        moved = [self.index(place[k], i.column()) for k, i in zip(old_ids, old, strict=True)]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()


class AnnotationsPanel(QWidget):
    """Filters, sort order, the list, and buttons for the selected annotations."""

    activated = Signal(str)  # id: show its passage
    editRequested = Signal(str)
    deleteRequested = Signal(list)
    restoreRequested = Signal(list)
    purgeRequested = Signal(list)
    reattachRequested = Signal(str)
    tagsRequested = Signal()
    copyRequested = Signal(list)  # ids: copy them as Markdown

    def __init__(
        self, query_keys: Callable[[str], tuple[str, ...]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._query_keys = query_keys  # the filter's query as the keys a row may contain
        self._rows: dict[str, Row] = {}
        self._tags: list[str] = []
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            translate("AnnotationsPanel", "Filter quotes, notes and tags (any script)")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("AnnotationsPanel", "Filter annotations"))
        self.tag_combo = QComboBox()
        self.tag_combo.setToolTip(translate("AnnotationsPanel", "Only annotations with this tag"))
        self.tag_combo.setAccessibleName(translate("AnnotationsPanel", "Filter by tag"))
        self.colour_combo = QComboBox()
        self.colour_combo.addItem(translate("AnnotationsPanel", "Any colour"), "")
        self.colour_combo.setAccessibleName(translate("AnnotationsPanel", "Filter by colour"))
        self.colour_combo.setToolTip(
            translate("AnnotationsPanel", "Only annotations of this colour")
        )
        for name in COLOURS:
            self.colour_combo.addItem(swatch(name), colour_name(name), name)
        self.document_combo = QComboBox()
        self.document_combo.setAccessibleName(translate("AnnotationsPanel", "Filter by article"))
        self.document_combo.setToolTip(
            translate("AnnotationsPanel", "Only annotations on this article")
        )
        for label, value in (
            (translate("AnnotationsPanel", "Both articles"), ""),
            (translate("AnnotationsPanel", "Left"), "left"),
            (translate("AnnotationsPanel", "Right"), "right"),
        ):
            self.document_combo.addItem(label, value)
        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName(translate("AnnotationsPanel", "Sort order"))
        self.sort_combo.setToolTip(translate("AnnotationsPanel", "Order of the list"))
        for label, value in (
            (translate("AnnotationsPanel", "By position"), "position"),
            (translate("AnnotationsPanel", "Newest first"), "newest"),
            (translate("AnnotationsPanel", "Oldest first"), "oldest"),
        ):
            self.sort_combo.addItem(label, value)
        self.trash_combo = QComboBox()
        self.trash_combo.setAccessibleName(translate("AnnotationsPanel", "Annotations or Trash"))
        self.trash_combo.setToolTip(
            translate("AnnotationsPanel", "The annotations, or those deleted (to restore them)")
        )
        self.trash_combo.addItem(translate("AnnotationsPanel", "Annotations"), False)
        self.trash_combo.addItem(translate("AnnotationsPanel", "Trash"), True)
        self.model = AnnotationsModel(self)
        # A table, not a tree view: a tree lays out every row (asking the model about each)
        # whenever one is inserted, which is 10,000 calls into Python per new note.
        self.list = QTableView()
        # Tab leaves the table for the next control (arrows move between cells): in a
        # table Qt keeps Tab for its cells, and a keyboard user could not get past it.
        self.list.setTabKeyNavigation(False)
        self.list.setModel(self.model)
        self.list.setAccessibleName(translate("AnnotationsPanel", "Annotations"))
        self.list.setAccessibleDescription(
            translate(
                "AnnotationsPanel",
                "Every annotation of both articles; Enter goes to its passage, Delete moves it to "
                "the Trash",
            )
        )
        self.list.horizontalHeader().setAccessibleName(
            translate("AnnotationsPanel", "Columns of the annotations")
        )
        self.list.verticalHeader().setAccessibleName(
            translate("AnnotationsPanel", "Rows of the annotations")
        )
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.horizontalHeader().setHighlightSections(False)
        self.list.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        for column, width in enumerate((170, 170, 110, 110)):  # "Changed" takes the rest
            self.list.setColumnWidth(column, width)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.activated.connect(lambda index: self.activated.emit(index.data(ID_ROLE)))
        self.list.clicked.connect(lambda index: self.activated.emit(index.data(ID_ROLE)))
        self.list.doubleClicked.connect(lambda index: self.editRequested.emit(index.data(ID_ROLE)))
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count_label = ElidedLabel()
        self.edit_button = QPushButton(translate("AnnotationsPanel", "Edit…"))
        self.delete_button = QPushButton(translate("AnnotationsPanel", "Delete"))
        self.restore_button = QPushButton(translate("AnnotationsPanel", "Restore"))
        self.purge_button = QPushButton(translate("AnnotationsPanel", "Delete for Good"))
        self.reattach_button = QPushButton(translate("AnnotationsPanel", "Re-attach to Selection"))
        self.reattach_button.setToolTip(
            translate(
                "AnnotationsPanel",
                "Attach the selected orphaned annotation to the text selected in its pane",
            )
        )
        self.tags_button = QPushButton(translate("AnnotationsPanel", "Tags…"))
        self.copy_action = QAction(translate("AnnotationsPanel", "Copy as Markdown"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(lambda: self.copyRequested.emit(self.selected_ids()))
        self.list.addAction(self.copy_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_button = QPushButton(translate("AnnotationsPanel", "Copy as Markdown"))
        self.copy_button.setToolTip(
            translate("AnnotationsPanel", "Copy the selected annotations as Markdown (Ctrl+C)")
        )
        self.copy_button.clicked.connect(self.copy_action.trigger)
        self.edit_button.clicked.connect(lambda: self._emit_one(self.editRequested))
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.selected_ids()))
        self.restore_button.clicked.connect(lambda: self.restoreRequested.emit(self.selected_ids()))
        self.purge_button.clicked.connect(lambda: self.purgeRequested.emit(self.selected_ids()))
        self.reattach_button.clicked.connect(lambda: self._emit_one(self.reattachRequested))
        self.tags_button.clicked.connect(self.tagsRequested)
        for signal in (
            self.filter_edit.textChanged,
            self.tag_combo.currentIndexChanged,
            self.colour_combo.currentIndexChanged,
            self.document_combo.currentIndexChanged,
            self.sort_combo.currentIndexChanged,
            self.trash_combo.currentIndexChanged,
        ):
            signal.connect(lambda *_args: self._fill(keep_place=False))

        # The panel shares the dock area with the topics: nothing in it may ask for more
        # width than they do (the window would grow past the screen). Combos shrink to a
        # few characters, the count elides and the buttons take two rows.
        for combo in (
            self.tag_combo,
            self.colour_combo,
            self.document_combo,
            self.trash_combo,
            self.sort_combo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(4)
        filters = QHBoxLayout()
        for widget in (self.tag_combo, self.colour_combo, self.document_combo):
            filters.addWidget(widget, 1)
        views = QHBoxLayout()
        views.addWidget(self.trash_combo, 1)
        views.addWidget(self.sort_combo, 1)
        views.addWidget(self.count_label, 1)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.tags_button)
        more_buttons = QHBoxLayout()
        more_buttons.addWidget(self.reattach_button)
        more_buttons.addWidget(self.purge_button)
        more_buttons.addWidget(self.copy_button)
        more_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addLayout(views)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(more_buttons)
        self._update_buttons()

    def _emit_one(self, signal) -> None:
        ids = self.selected_ids()
        if ids:
            signal.emit(ids[0])

    def selected_ids(self) -> list[str]:
        """The selected annotations, in the list's order."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [self.model.rows[k].id for k in rows]

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows (every annotation of both documents) instead of the ones before."""
        self._rows = {row.id: row for row in rows}
        self._rows_changed()

    def update_rows(self, rows: list[Row], removed: list[str] | set[str] = ()) -> None:
        """Replace or add ``rows`` and drop ``removed``; the rest of the list stays as it is."""
        for key in removed:
            self._rows.pop(key, None)
        for row in rows:
            self._rows[row.id] = row
        self._rows_changed()

    def _rows_changed(self) -> None:
        tags = sorted({tag for row in self._rows.values() for tag in row.annotation.tags})
        if tags != self._tags:
            self._tags = tags
            current = self.tag_combo.currentData()
            self.tag_combo.blockSignals(True)
            self.tag_combo.clear()
            self.tag_combo.addItem(translate("AnnotationsPanel", "Any tag"), "")
            for tag in tags:
                self.tag_combo.addItem(f"#{tag}", tag)
            self.tag_combo.setCurrentIndex(max(self.tag_combo.findData(current), 0))
            self.tag_combo.blockSignals(False)
        self._fill()

    def visible_rows(self) -> list[Row]:
        trash = bool(self.trash_combo.currentData())
        tag = self.tag_combo.currentData() or ""
        colour = self.colour_combo.currentData() or ""
        side = self.document_combo.currentData() or ""
        queries = self._query_keys(self.filter_edit.text().strip())
        rows = [
            row
            for row in self._rows.values()
            if bool(row.annotation.deleted) == trash
            and (not tag or tag in row.annotation.tags)
            and (not colour or row.annotation.colour == colour)
            and (not side or side in row.sides)
            and (not queries or any(query in row.search_key for query in queries))
        ]
        order = self.sort_combo.currentData()
        if order == "position":
            rows.sort(key=lambda r: (r.sides[0] != "left", r.position, r.annotation.created))
        else:
            rows.sort(key=lambda r: r.annotation.created, reverse=order == "newest")
        return rows

    def _fill(self, *, keep_place: bool = True) -> None:
        """Show the visible rows. The selection survives; so does the scroll position when
        the notes changed (a new filter starts at the top instead)."""
        selected = set(self.selected_ids())
        current = self.list.currentIndex().data(ID_ROLE)
        bar = self.list.verticalScrollBar()
        top = bar.value()
        rows = self.visible_rows()
        if self.model.sync(rows) and (selected or current is not None):
            selection = QItemSelection()
            for k, row in enumerate(self.model.rows):
                if row.id in selected:
                    selection.select(self.model.index(k, 0), self.model.index(k, 0))
            self.list.selectionModel().select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if current is not None and (k := self.model.row_of(current)) >= 0:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(k, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            if keep_place:
                bar.setValue(top)
            else:
                self.list.scrollToTop()
        trash = bool(self.trash_combo.currentData())
        total = sum(1 for row in self._rows.values() if bool(row.annotation.deleted) == trash)
        self.count_label.setText(
            translate("AnnotationsPanel", "{shown} of {total}").format(shown=len(rows), total=total)
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        trash = bool(self.trash_combo.currentData())
        ids = self.selected_ids()
        rows = self._rows
        self.edit_button.setEnabled(len(ids) == 1 and not trash)
        # Hide before showing: for a moment both sets would be there, and the window
        # would grow to hold them (and never shrink back).
        normal, in_trash = (
            (self.delete_button, self.reattach_button),
            (
                self.restore_button,
                self.purge_button,
            ),
        )
        for button in in_trash if not trash else normal:
            button.setVisible(False)
        for button in normal if not trash else in_trash:
            button.setVisible(True)
        self.delete_button.setEnabled(bool(ids))
        self.restore_button.setEnabled(bool(ids))
        self.purge_button.setEnabled(bool(ids))
        self.copy_button.setEnabled(bool(ids))
        self.copy_action.setEnabled(bool(ids))
        self.reattach_button.setEnabled(
            len(ids) == 1 and ids[0] in rows and rows[ids[0]].status == "orphaned"
        )

    def select(self, annotation_id: str) -> None:
        """Make ``annotation_id`` the selected row and scroll to it (if it is shown)."""
        k = self.model.row_of(annotation_id)
        if k >= 0:
            index = self.model.index(k, 0)
            self.list.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list.scrollTo(index)
