"""The annotations panel: every note on both documents, filtered, sorted, acted on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import COLOURS, Annotation
from reader.ui.annotation_editor import swatch

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Row:
    """One annotation as the panel lists it."""

    annotation: Annotation
    sides: tuple[str, ...]  # "left", "right" or both
    quote: str
    status: str  # anchored, moved, orphaned
    position: int  # in its first side's original text; -1 when orphaned
    search_key: str  # quote, note and tags in the comparison script, for the filter


class AnnotationsPanel(QWidget):
    """Filters, sort order, the list, and buttons for the selected annotations."""

    activated = Signal(str)  # id: show its passage
    editRequested = Signal(str)
    deleteRequested = Signal(list)
    restoreRequested = Signal(list)
    purgeRequested = Signal(list)
    reattachRequested = Signal(str)
    tagsRequested = Signal()

    def __init__(self, normalize: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._normalize = normalize  # the query into the rows' search-key script
        self._rows: list[Row] = []
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter quotes, notes and tags (any script)")
        self.filter_edit.setClearButtonEnabled(True)
        self.tag_combo = QComboBox()
        self.tag_combo.setToolTip("Only annotations with this tag")
        self.colour_combo = QComboBox()
        self.colour_combo.addItem("Any colour", "")
        for name in COLOURS:
            self.colour_combo.addItem(swatch(name), name.capitalize(), name)
        self.document_combo = QComboBox()
        for label, value in (("Both articles", ""), ("Left", "left"), ("Right", "right")):
            self.document_combo.addItem(label, value)
        self.sort_combo = QComboBox()
        for label, value in (
            ("By position", "position"),
            ("Newest first", "newest"),
            ("Oldest first", "oldest"),
        ):
            self.sort_combo.addItem(label, value)
        self.trash_combo = QComboBox()
        self.trash_combo.addItem("Annotations", False)
        self.trash_combo.addItem("Trash", True)
        self.list = QTreeWidget()
        self.list.setColumnCount(4)
        self.list.setHeaderLabels(["Passage", "Note", "Tags", "Where"])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setUniformRowHeights(True)
        self.list.itemActivated.connect(lambda item: self.activated.emit(item.data(0, ID_ROLE)))
        self.list.itemClicked.connect(lambda item: self.activated.emit(item.data(0, ID_ROLE)))
        self.list.itemDoubleClicked.connect(
            lambda item: self.editRequested.emit(item.data(0, ID_ROLE))
        )
        self.count_label = QLabel()
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete")
        self.restore_button = QPushButton("Restore")
        self.purge_button = QPushButton("Delete for Good")
        self.reattach_button = QPushButton("Re-attach to Selection")
        self.reattach_button.setToolTip(
            "Attach the selected orphaned annotation to the text selected in its pane"
        )
        self.tags_button = QPushButton("Tags…")
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
            signal.connect(self._fill)
        self.list.itemSelectionChanged.connect(self._update_buttons)

        filters = QHBoxLayout()
        for widget in (self.tag_combo, self.colour_combo, self.document_combo):
            filters.addWidget(widget, 1)
        views = QHBoxLayout()
        views.addWidget(self.trash_combo)
        views.addWidget(self.sort_combo)
        views.addStretch(1)
        views.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (
            self.edit_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
            self.reattach_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.tags_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addLayout(views)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _emit_one(self, signal) -> None:
        ids = self.selected_ids()
        if ids:
            signal.emit(ids[0])

    def selected_ids(self) -> list[str]:
        return [item.data(0, ID_ROLE) for item in self.list.selectedItems()]

    def set_rows(self, rows: list[Row]) -> None:
        self._rows = rows
        current = self.tag_combo.currentData()
        tags = sorted({tag for row in rows for tag in row.annotation.tags})
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem("Any tag", "")
        for tag in tags:
            self.tag_combo.addItem(f"#{tag}", tag)
        index = self.tag_combo.findData(current)
        self.tag_combo.setCurrentIndex(max(index, 0))
        self.tag_combo.blockSignals(False)
        self._fill()

    def visible_rows(self) -> list[Row]:
        trash = bool(self.trash_combo.currentData())
        tag = self.tag_combo.currentData() or ""
        colour = self.colour_combo.currentData() or ""
        side = self.document_combo.currentData() or ""
        query = self._normalize(self.filter_edit.text().strip())
        rows = [
            row
            for row in self._rows
            if bool(row.annotation.deleted) == trash
            and (not tag or tag in row.annotation.tags)
            and (not colour or row.annotation.colour == colour)
            and (not side or side in row.sides)
            and (not query or query in row.search_key)
        ]
        order = self.sort_combo.currentData()
        if order == "position":
            rows.sort(key=lambda r: (r.sides[0] != "left", r.position, r.annotation.created))
        else:
            rows.sort(key=lambda r: r.annotation.created, reverse=order == "newest")
        return rows

    def _fill(self) -> None:
        selected = set(self.selected_ids())
        rows = self.visible_rows()
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        items = []
        italic = QFont()
        italic.setItalic(True)
        for row in rows:
            annotation = row.annotation
            quote = row.quote.replace("\n", " ")
            note = annotation.note.replace("\n", " ")
            where = " ↔ ".join(side.capitalize() for side in row.sides)
            if row.status == "orphaned":
                where += " · orphaned"
            elif row.status == "moved":
                where += " · moved"
            item = QTreeWidgetItem(
                [
                    quote if len(quote) <= 60 else quote[:59] + "…",
                    note if len(note) <= 80 else note[:79] + "…",
                    " ".join(f"#{t}" for t in annotation.tags),
                    where,
                ]
            )
            item.setData(0, ID_ROLE, annotation.id)
            item.setIcon(0, swatch(annotation.colour))
            item.setToolTip(0, row.quote[:500])
            item.setToolTip(1, annotation.note[:1000])
            if row.status == "orphaned":
                for column in range(4):
                    item.setFont(column, italic)
            items.append(item)
        self.list.addTopLevelItems(items)
        for item in items:
            if item.data(0, ID_ROLE) in selected:
                item.setSelected(True)
        self.list.setUpdatesEnabled(True)
        total = sum(
            1
            for row in self._rows
            if bool(row.annotation.deleted) == bool(self.trash_combo.currentData())
        )
        self.count_label.setText(f"{len(rows)} of {total}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        trash = bool(self.trash_combo.currentData())
        ids = self.selected_ids()
        rows = {row.annotation.id: row for row in self._rows}
        self.edit_button.setEnabled(len(ids) == 1 and not trash)
        self.delete_button.setVisible(not trash)
        self.delete_button.setEnabled(bool(ids))
        self.restore_button.setVisible(trash)
        self.restore_button.setEnabled(bool(ids))
        self.purge_button.setVisible(trash)
        self.purge_button.setEnabled(bool(ids))
        self.reattach_button.setVisible(not trash)
        self.reattach_button.setEnabled(
            len(ids) == 1 and ids[0] in rows and rows[ids[0]].status == "orphaned"
        )

    def select(self, annotation_id: str) -> None:
        for k in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(k)
            if item.data(0, ID_ROLE) == annotation_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return
