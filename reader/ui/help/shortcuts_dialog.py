"""Help ▸ Keyboard Shortcuts: every command that has a shortcut, made from the actions.

The rows are read from the window's ``QAction`` objects (``MainWindow.shortcut_rows``,
through :func:`reader.ui.actions.shortcut_rows`), so the list cannot disagree with what the
keys do: a shortcut added to the command table appears here with no other edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.i18n import translate


class ShortcutsDialog(QDialog):
    """A filterable two-column table: command, keys."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.rows = rows
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("ShortcutsDialog", "Filter commands or keys"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("ShortcutsDialog", "Filter shortcuts"))
        self.table = QTableWidget(len(self.rows), 2, self)
        # Tab leaves the table for the next control (arrows move between cells): in a
        # table Qt keeps Tab for its cells, and a keyboard user could not get past it.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.horizontalHeader().setAccessibleName(
            translate("ShortcutsDialog", "Columns of the shortcuts")
        )
        self.table.verticalHeader().setAccessibleName(
            translate("ShortcutsDialog", "Rows of the shortcuts")
        )
        self.table.setHorizontalHeaderLabels(
            [translate("ShortcutsDialog", "Command"), translate("ShortcutsDialog", "Shortcut")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for row, (command, keys) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.resize(460, 560)

    def visible_commands(self) -> list[str]:
        return [
            self.rows[row][0] for row in range(len(self.rows)) if not self.table.isRowHidden(row)
        ]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row, (command, keys) in enumerate(self.rows):
            shown = not needle or needle in command.casefold() or needle in keys.casefold()
            self.table.setRowHidden(row, not shown)

    def keyPressEvent(self, event) -> None:
        """Down from the filter goes to the table, as in a search field of a list."""
        if event.key() == Qt.Key.Key_Down and self.filter_edit.hasFocus():
            self.table.setFocus()
            return
        super().keyPressEvent(event)
