"""The annotation editor: the passage, a Markdown note with its preview, tags and a colour."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.formats.note_html import render_note
from reader.core.notes.annotations import COLOURS, colour_value, normalize_tag
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate
from reader.ui.safe_text import SafeTextBrowser

# The highlight colours' names as the reader sees them (the keys are those of ``COLOURS``).
COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("AnnotationEditor", "Yellow"),
    "green": QT_TRANSLATE_NOOP("AnnotationEditor", "Green"),
    "blue": QT_TRANSLATE_NOOP("AnnotationEditor", "Blue"),
    "pink": QT_TRANSLATE_NOOP("AnnotationEditor", "Pink"),
    "purple": QT_TRANSLATE_NOOP("AnnotationEditor", "Purple"),
    "orange": QT_TRANSLATE_NOOP("AnnotationEditor", "Orange"),
}


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour_value(colour)))
    return QIcon(pixmap)


def colour_name(colour: str) -> str:
    """A highlight colour's name in the interface language ("Yellow"; a ``#rrggbb`` from the
    CLI as it is written)."""
    name = COLOUR_NAMES.get(colour)
    return translate("AnnotationEditor", name) if name else colour.capitalize()


def split_tags(text: str) -> list[str]:
    """Tags typed as a comma-separated list (，and 、 work too); duplicates dropped."""
    for separator in ("，", "、", ";", "；"):
        text = text.replace(separator, ",")
    tags: list[str] = []
    for part in text.split(","):
        tag = normalize_tag(part)
        if tag and tag not in tags:
            tags.append(tag)
    return tags


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, from the tags already in use."""

    def __init__(self, tags: list[str], field: QLineEdit) -> None:
        super().__init__(QStringListModel(sorted(tags)), field)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self._field = field

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        head = self._field.text().rsplit(",", 1)[0] if "," in self._field.text() else ""
        chosen = self.model().data(index)
        return f"{head}, {chosen}, " if head else f"{chosen}, "


class AnnotationEditor(QDialog):
    """Edit one annotation's note, tags and colour (the passage itself is fixed)."""

    def __init__(
        self,
        quotes: list[str],
        *,
        note: str = "",
        tags: list[str] | tuple[str, ...] = (),
        colour: str = "yellow",
        known_tags: list[str] | None = None,
        recent_tags: list[str] | None = None,
        status: str = "",
        deletable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.deleted = False  # the reader chose Delete (the note goes to the trash)
        self.setWindowTitle(
            translate("AnnotationEditor", "Annotation")
            if len(quotes) == 1
            else translate("AnnotationEditor", "Linked Annotation")
        )
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        labelled = (
            translate("AnnotationEditor", "Left: “{quote}”"),
            translate("AnnotationEditor", "Right: “{quote}”"),
        )
        for pattern, quote in zip(labelled, quotes, strict=False):
            shown = quote if len(quote) <= 300 else quote[:299] + "…"
            text = pattern.format(quote=shown) if len(quotes) > 1 else f"“{shown}”"
            quote_label = QLabel(text)
            quote_label.setWordWrap(True)
            quote_label.setObjectName("annotationQuote")
            quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(quote_label)
        if status:
            status_label = QLabel(status)
            status_label.setWordWrap(True)
            status_label.setObjectName("annotationStatus")
            layout.addWidget(status_label)

        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setTabChangesFocus(True)  # Tab goes on to the tags, as in a form
        self.note_edit.setPlaceholderText(
            translate(
                "AnnotationEditor", "Your note, in Markdown: **bold**, *italic*, - lists, > quotes…"
            )
        )
        self.preview = SafeTextBrowser()  # a note never navigates or fetches anything
        self.preview.setAccessibleName(translate("AnnotationEditor", "Preview of the note"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("AnnotationEditor", "Note: write or preview"))
        self.tabs.addTab(self.note_edit, translate("AnnotationEditor", "Write"))
        self.tabs.addTab(self.preview, translate("AnnotationEditor", "Preview"))
        self.tabs.currentChanged.connect(self._on_tab)
        layout.addWidget(self.tabs, 1)

        form = QFormLayout()
        self.tags_edit = QLineEdit(", ".join(tags))
        self.tags_edit.setPlaceholderText(
            translate("AnnotationEditor", "claim, figure, source …  (comma-separated)")
        )
        self.tags_edit.setCompleter(TagCompleter(known_tags or [], self.tags_edit))
        form.addRow(translate("AnnotationEditor", "&Tags:"), self.tags_edit)
        recent = QHBoxLayout()
        recent.setSpacing(4)
        for tag in (recent_tags or [])[:8]:
            button = QPushButton(tag)
            button.setObjectName("recentTag")
            button.setToolTip(translate("AnnotationEditor", "Add the tag “{tag}”").format(tag=tag))
            button.clicked.connect(lambda _checked=False, t=tag: self.add_tag(t))
            recent.addWidget(button)
        recent.addStretch(1)
        if recent_tags:
            form.addRow(translate("AnnotationEditor", "Recent:"), recent)
        colours = QHBoxLayout()
        self.colour_group = QButtonGroup(self)
        self.colour_buttons: dict[str, QToolButton] = {}
        names = [*COLOURS, *([colour] if colour not in COLOURS else [])]  # a #rrggbb from the CLI
        for name in names:
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(swatch(name, 18))
            button.setToolTip(colour_name(name))
            spoken = colour_name(name).lower() if name in COLOUR_NAMES else name
            button.setAccessibleName(
                translate("AnnotationEditor", "{colour} highlight").format(colour=spoken)
            )
            self.colour_group.addButton(button)
            self.colour_buttons[name] = button
            colours.addWidget(button)
        colours.addStretch(1)
        self.colour_buttons[colour].setChecked(True)
        # A layout cannot be a label's buddy, so QFormLayout would show "&Colour:" as typed:
        # the label's buddy is the chosen colour, and Alt+C goes there.
        colour_label = QLabel(translate("AnnotationEditor", "&Colour:"))
        colour_label.setBuddy(self.colour_buttons[colour])
        form.addRow(colour_label, colours)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if deletable:
            self.delete_button = buttons.addButton(
                translate("AnnotationEditor", "Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setToolTip(
                translate(
                    "AnnotationEditor", "Move this annotation to the trash (Undo brings it back)"
                )
            )
            self.delete_button.clicked.connect(self._delete)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QWidget.setTabOrder(self.note_edit, self.tags_edit)
        self.note_edit.setFocus()

    def _delete(self) -> None:
        self.deleted = True
        self.accept()

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self.preview.setHtml(render_note(self.note_edit.toPlainText()))

    def add_tag(self, tag: str) -> None:
        tags = split_tags(self.tags_edit.text())
        if tag not in tags:
            tags.append(tag)
        self.tags_edit.setText(", ".join(tags))

    def note(self) -> str:
        return self.note_edit.toPlainText().strip("\n")

    def tags(self) -> list[str]:
        return split_tags(self.tags_edit.text())

    def colour(self) -> str:
        for name, button in self.colour_buttons.items():
            if button.isChecked():
                return name
        return "yellow"
