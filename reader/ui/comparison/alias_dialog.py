"""Edit the reader's own aliases: groups of names that mean one thing (雪梨 = 悉尼)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.comparison.aliases import AliasGroup, AliasTable
from reader.ui.i18n import translate

_SEPARATORS = ("，", "、", ";", "；")


def _split(text: str) -> tuple[str, ...]:
    for separator in _SEPARATORS:
        text = text.replace(separator, ",")
    return tuple(name.strip() for name in text.split(",") if name.strip())


class AliasDialog(QDialog):
    """A table of the reader's groups: the name shown, then its other names."""

    def __init__(self, table: AliasTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AliasDialog", "Aliases"))
        self.resize(640, 420)
        self._table = table
        intro = QLabel(
            translate(
                "AliasDialog",
                "Names in one row are counted as one topic, in any script. The first column is "
                "the name shown. Duidu also knows {count} common groups (companies, people, "
                "places, products); a row of yours with the same name replaces its group.",
            ).format(count=len(table.bundled))
        )
        intro.setWordWrap(True)
        self.grid = QTableWidget(0, 2)
        # Tab leaves the table for the next control (arrows move between cells): in a
        # table Qt keeps Tab for its cells, and a keyboard user could not get past it.
        self.grid.setTabKeyNavigation(False)
        self.grid.setAccessibleName(translate("AliasDialog", "Alias groups"))
        self.grid.horizontalHeader().setAccessibleName(
            translate("AliasDialog", "Columns of the alias groups")
        )
        self.grid.verticalHeader().setAccessibleName(
            translate("AliasDialog", "Rows of the alias groups")
        )
        self.grid.setHorizontalHeaderLabels(
            [
                translate("AliasDialog", "Name shown"),
                translate("AliasDialog", "Other names (comma-separated)"),
            ]
        )
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for group in table.user:
            self._add_row(group.term, ", ".join(group.aliases))
        add = QPushButton(translate("AliasDialog", "Add"))
        add.clicked.connect(lambda: self._add_row("", "", edit=True))
        remove = QPushButton(translate("AliasDialog", "Remove"))
        remove.clicked.connect(self._remove_rows)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(buttons)

    def _add_row(self, term: str, aliases: str, *, edit: bool = False) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        self.grid.setItem(row, 0, QTableWidgetItem(term))
        self.grid.setItem(row, 1, QTableWidgetItem(aliases))
        if edit:
            self.grid.setCurrentCell(row, 0)
            self.grid.editItem(self.grid.item(row, 0))

    def _remove_rows(self) -> None:
        for row in sorted({index.row() for index in self.grid.selectedIndexes()}, reverse=True):
            self.grid.removeRow(row)

    def groups(self) -> list[AliasGroup]:
        """The rows as groups; rows without a name or without other names are left out."""
        groups = []
        for row in range(self.grid.rowCount()):
            term_item, aliases_item = self.grid.item(row, 0), self.grid.item(row, 1)
            term = term_item.text().strip() if term_item else ""
            aliases = _split(aliases_item.text()) if aliases_item else ()
            if term and aliases:
                groups.append(AliasGroup(term, aliases, "other"))
        return groups

    def result_table(self) -> AliasTable:
        return AliasTable(bundled=self._table.bundled, user=self.groups())

    @classmethod
    def edit(cls, table: AliasTable, parent: QWidget | None = None) -> tuple[AliasTable, bool]:
        dialog = cls(table, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_table(), accepted
