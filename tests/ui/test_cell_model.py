"""A view paints a CellModel's cells with one call into Python per cell, and shows what
``value`` answers for every role."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTreeView

from reader.ui.cell_model import CellModel


class Counted(CellModel):
    def __init__(self) -> None:
        super().__init__()
        self.entries: Counter[str] = Counter()
        self.font = QFont()
        self.font.setItalic(True)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 200

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def value(self, row: int, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row}:{column}"
        if role == Qt.ItemDataRole.FontRole and row % 2:
            return self.font
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QColor("#123456")
        return None

    def data(self, index, role=0):
        self.entries["data"] += 1
        return super().data(index, role)

    def multiData(self, index, roleDataSpan) -> None:
        self.entries["multiData"] += 1
        super().multiData(index, roleDataSpan)


def test_a_paint_enters_python_once_per_cell_and_shows_every_role(qtbot):
    model = Counted()
    view = QTreeView()
    qtbot.addWidget(view)
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    model.entries.clear()
    view.grab()  # paints every cell on screen
    shown = view.indexAt(view.viewport().rect().bottomLeft()).row() + 1
    assert shown > 5 and model.entries["multiData"] >= 3 * shown
    # Qt asks about seven roles per cell: one entry each would be 7 x shown x 3.
    assert model.entries["multiData"] <= 3 * (shown + 1)
    assert model.entries["data"] <= shown + 1  # what multiData does not cover (size hints)

    # The values arrive, role by role, and a row past the end answers nothing.
    index = model.index(3, 2)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "3:2"
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor("#123456")
    assert model.index(4, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(500, 0)) is None
