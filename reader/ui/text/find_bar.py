"""The find bar (Ctrl+F): one query, results in both panes, whatever script each shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.ui.i18n import translate


class FindBar(QWidget):
    """Query field, regional-vocabulary switch, per-pane counts, previous/next, close."""

    searchChanged = Signal(str, bool)  # query, regional vocabulary
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setAccessibleName(translate("FindBar", "Find in both texts"))
        self.field.setPlaceholderText(
            translate("FindBar", "Find in both texts (any script: 英伟达 finds 英偉達)")
        )
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._changed)
        self.field.returnPressed.connect(self.nextRequested)
        self.regional = QCheckBox(translate("FindBar", "Regional vocabulary"))
        self.regional.setToolTip(
            translate("FindBar", "Also find regional words for the same thing: 芯片 finds 晶片")
        )
        self.regional.setChecked(True)
        self.regional.toggled.connect(self._changed)
        self.counts = QLabel("")
        self.previous_button = QToolButton()
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(translate("FindBar", "Previous match (Shift+F3)"))
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip(translate("FindBar", "Next match (F3, Enter)"))
        self.next_button.clicked.connect(self.nextRequested)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(translate("FindBar", "Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(QLabel(translate("FindBar", "Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.regional)
        layout.addWidget(self.counts)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(close)

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.field.setText(text)
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def _changed(self) -> None:
        self.searchChanged.emit(self.field.text(), self.regional.isChecked())

    def show_searching(self) -> None:
        """The matches are being looked for (a long text is converted first)."""
        self.counts.setText(translate("FindBar", "Searching…"))
        self.field.setStyleSheet("")

    def show_counts(
        self, left: int | None, right: int | None, at: tuple[int, int] | None = None
    ) -> None:
        """The number of matches per side; with ``at`` (the current match of each side,
        from 1; 0 for none yet), where stepping has got to: "Left 3 of 20"."""
        if left is None or right is None:
            self.counts.setText("")
            return
        left_at, right_at = at or (0, 0)
        sides = [
            translate("FindBar", "Left {current} of {total}").format(current=left_at, total=left)
            if left_at
            else translate("FindBar", "Left {count}").format(count=left),
            translate("FindBar", "Right {current} of {total}").format(current=right_at, total=right)
            if right_at
            else translate("FindBar", "Right {count}").format(count=right),
        ]
        self.counts.setText(" · ".join(sides))
        found = left + right > 0 or not self.field.text()
        self.field.setStyleSheet("" if found else "QLineEdit { background: #fde2e1; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
