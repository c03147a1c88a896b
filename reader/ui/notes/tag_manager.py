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
from reader.ui.i18n import translate
from reader.ui.notes.editor import colour_name

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
        self.setWindowTitle(translate("TagManager", "Tags"))
        self.resize(360, 420)
        self._counts, self._rename, self._recolour = counts, rename, recolour
        self.list = QListWidget()
        self.list.setAccessibleName(translate("TagManager", "Tags"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rename_button = rename_button = QPushButton(translate("TagManager", "&Rename…"))
        self.merge_button = merge_button = QPushButton(translate("TagManager", "&Merge Selected…"))
        self.recolour_button = recolour_button = QPushButton(translate("TagManager", "Re&colour…"))
        rename_button.setToolTip(translate("TagManager", "Rename the selected tag (select one)"))
        merge_button.setToolTip(
            translate("TagManager", "Merge the selected tags into one (select two or more)")
        )
        recolour_button.setToolTip(
            translate("TagManager", "Give every annotation with the selected tags one colour")
        )
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
            QLabel(
                translate(
                    "TagManager",
                    "Renaming a tag to one that exists merges them. Undo works here too.",
                )
            )
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
            self,
            translate("TagManager", "Rename Tag"),
            translate("TagManager", "New name for #{tag}:").format(tag=tags[0]),
            text=tags[0],
        )
        if ok and normalize_tag(new) and normalize_tag(new) != tags[0]:
            self._rename(tags, normalize_tag(new))
            self.refresh()

    def merge_selected(self) -> None:
        tags = self._selected()
        if len(tags) < 2:
            return
        into, ok = QInputDialog.getItem(
            self,
            translate("TagManager", "Merge Tags"),
            translate("TagManager", "Merge into:"),
            tags,
            0,
            True,
        )
        if ok and normalize_tag(into):
            self._rename(tags, normalize_tag(into))
            self.refresh()

    def recolour_selected(self) -> None:
        tags = self._selected()
        if not tags:
            return
        keys = list(COLOURS)
        names = [colour_name(name) for name in keys]
        chosen, ok = QInputDialog.getItem(
            self,
            translate("TagManager", "Recolour"),
            translate("TagManager", "Colour for every annotation with these tags:"),
            names,
            0,
            False,
        )
        if ok and chosen in names:
            for tag in tags:
                self._recolour(tag, keys[names.index(chosen)])
