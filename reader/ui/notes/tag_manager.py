"""The tag manager: rename, merge and recolour tags across all annotations at once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.notes.annotations import COLOURS, normalize_tag

TAG_ROLE = Qt.ItemDataRole.UserRole


class TagManager(QDialog):
    """Lists tags with their counts; every action is one undoable change of the controller."""

    def __init__(
        self,
        counts: Callable[[], Counter],
        rename: Callable[[list[str], str], None],
        recolour: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tags")
        self.resize(360, 420)
        self._counts, self._rename, self._recolour = counts, rename, recolour
        self.list = QListWidget()
        self.list.setAccessibleName("Tags")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rename_button = rename_button = QPushButton("&Rename…")
        self.merge_button = merge_button = QPushButton("&Merge Selected…")
        self.recolour_button = recolour_button = QPushButton("Re&colour…")
        rename_button.setToolTip("Rename the selected tag (select one)")
        merge_button.setToolTip("Merge the selected tags into one (select two or more)")
        recolour_button.setToolTip("Give every annotation with the selected tags one colour")
        self.list.itemSelectionChanged.connect(self._update_buttons)
        rename_button.clicked.connect(self.rename_selected)
        merge_button.clicked.connect(self.merge_selected)
        recolour_button.clicked.connect(self.recolour_selected)
        buttons = QHBoxLayout()
        for button in (rename_button, merge_button, recolour_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel("Renaming a tag to one that exists merges them. Undo works here too.")
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Each button works only on a selection it can act on."""
        count = len(self.list.selectedItems())
        self.rename_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 2)
        self.recolour_button.setEnabled(count >= 1)

    def refresh(self) -> None:
        self.list.clear()
        for tag, count in sorted(self._counts().items()):
            item = QListWidgetItem(f"#{tag}  ({count})")
            item.setData(TAG_ROLE, tag)
            self.list.addItem(item)
        if hasattr(self, "rename_button"):
            self._update_buttons()

    def _selected(self) -> list[str]:
        return [item.data(TAG_ROLE) for item in self.list.selectedItems()]

    def rename_selected(self) -> None:
        tags = self._selected()
        if len(tags) != 1:
            return
        new, ok = QInputDialog.getText(
            self, "Rename Tag", f"New name for #{tags[0]}:", text=tags[0]
        )
        if ok and normalize_tag(new) and normalize_tag(new) != tags[0]:
            self._rename(tags, normalize_tag(new))
            self.refresh()

    def merge_selected(self) -> None:
        tags = self._selected()
        if len(tags) < 2:
            return
        into, ok = QInputDialog.getItem(self, "Merge Tags", "Merge into:", tags, 0, True)
        if ok and normalize_tag(into):
            self._rename(tags, normalize_tag(into))
            self.refresh()

    def recolour_selected(self) -> None:
        tags = self._selected()
        if not tags:
            return
        names = [name.capitalize() for name in COLOURS]
        chosen, ok = QInputDialog.getItem(
            self, "Recolour", "Colour for every annotation with these tags:", names, 0, False
        )
        if ok:
            for tag in tags:
                self._recolour(tag, chosen.lower())
