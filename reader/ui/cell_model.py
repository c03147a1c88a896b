"""A table model that answers all of a cell's roles in one call into Python.

A view paints a cell by asking its model for seven roles (text, icon, font, alignment,
colours, check state); Qt's default :meth:`QAbstractItemModel.multiData` asks
:meth:`data` once per role, so a Python model was entered 750 times for one paint of a
list of 34 rows. Each entry takes the GIL, and while a worker thread runs Python the UI
thread waits up to a switch interval for it every time: painting the topics beside a
search took 100-250 ms. Overriding ``multiData`` makes it one entry per cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
)


class CellModel(QAbstractTableModel):
    """Subclasses answer :meth:`value`; ``data`` and ``multiData`` ask it."""

    def value(self, row: int, column: int, role: int) -> Any:
        """What cell (``row``, ``column``) holds for ``role``, or None (a valid row)."""
        raise NotImplementedError

    def _has(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < self.rowCount()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return self.value(index.row(), index.column(), role) if self._has(index) else None

    def multiData(
        self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: QModelRoleDataSpan
    ) -> None:
        valid = self._has(index)
        row, column = index.row(), index.column()
        for item in roleDataSpan:
            value = self.value(row, column, item.role()) if valid else None
            if value is None:
                item.clearData()
            else:
                item.setData(value)
