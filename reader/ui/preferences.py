"""Preferences (Ctrl+,): the reader's defaults in one dialog, applied as they change.

Every control edits what the window already has (a pane's script, the reading font, the
line spacing, a remembered toggle of the command table) through the same slot the menus
use, so the dialog, the menus and the toolbar never disagree, and what is changed here is
remembered the way the menus' changes are. Only the theme is new: system, light or dark,
saved at once (it is read before the window is built).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.text.scripts import ScriptMode
from reader.ui.appearance import THEMES, apply_theme
from reader.ui.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SYSTEM, mode_label, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from reader.ui.main_window import MainWindow
    from reader.ui.text.reader_pane import ReaderPane

THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("PreferencesDialog", "As the system"),
    "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("PreferencesDialog", "High contrast"),
}
THEME_SETTING = "view/theme"
LANGUAGE_SETTING = "view/language"


def _tr(text: str) -> str:
    return translate("PreferencesDialog", text)


class PreferencesDialog(QDialog):
    """The window's defaults; each control applies at once (Close just closes)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.setAccessibleName(translate("PreferencesDialog", "Preferences"))
        form = QFormLayout()

        self.left_script = self._script_box(
            window.left_pane, translate("PreferencesDialog", "Script of the left pane")
        )
        self.right_script = self._script_box(
            window.right_pane, translate("PreferencesDialog", "Script of the right pane")
        )
        form.addRow(translate("PreferencesDialog", "&Left pane shows:"), self.left_script)
        form.addRow(translate("PreferencesDialog", "&Right pane shows:"), self.right_script)

        self.font_box = QFontComboBox()
        self.font_box.setAccessibleName(translate("PreferencesDialog", "Reading font"))
        self.font_box.setCurrentFont(window.reading_font)
        self.font_box.currentFontChanged.connect(self._font_changed)
        self.size_box = QSpinBox()
        self.size_box.setAccessibleName(translate("PreferencesDialog", "Reading font size"))
        self.size_box.setRange(8, 48)
        self.size_box.setSuffix(translate("PreferencesDialog", " pt"))
        self.size_box.setValue(window.reading_font.pointSize())
        self.size_box.valueChanged.connect(self._font_changed)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_box, 1)
        font_row.addWidget(self.size_box)
        form.addRow(
            self._label(translate("PreferencesDialog", "Reading &font:"), self.font_box), font_row
        )

        from reader.ui.main_window import LINE_SPACINGS

        self.spacing_box = QComboBox()
        self.spacing_box.setAccessibleName(translate("PreferencesDialog", "Line spacing"))
        for spacing in LINE_SPACINGS:
            self.spacing_box.addItem(f"{spacing / 100:.1f}×", spacing)
        self.spacing_box.setCurrentIndex(self.spacing_box.findData(window.line_spacing))
        self.spacing_box.currentIndexChanged.connect(
            lambda _i: window.set_line_spacing(self.spacing_box.currentData())
        )
        form.addRow(translate("PreferencesDialog", "Line &spacing:"), self.spacing_box)

        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName(translate("PreferencesDialog", "Theme"))
        for theme in THEMES:
            self.theme_box.addItem(_tr(THEME_LABELS[theme]), theme)
        self.theme_box.setCurrentIndex(
            max(0, self.theme_box.findData(window.settings.get(THEME_SETTING)))
        )
        self.theme_box.currentIndexChanged.connect(self._theme_changed)
        form.addRow(translate("PreferencesDialog", "&Theme:"), self.theme_box)

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(translate("PreferencesDialog", "Interface language"))
        self.language_box.addItem(_tr(THEME_LABELS["system"]), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(window.settings.get(LANGUAGE_SETTING)))
        )
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel(
            translate("PreferencesDialog", "The new language is used when Duidu starts again.")
        )
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        language_row = QVBoxLayout()
        language_row.addWidget(self.language_box)
        language_row.addWidget(self.language_note)
        form.addRow(
            self._label(translate("PreferencesDialog", "&Language:"), self.language_box),
            language_row,
        )

        self.toggles: dict[str, QCheckBox] = {}
        for name, label in (
            (
                "highlight_topics",
                translate("PreferencesDialog", "&Highlight shared topics in both texts"),
            ),
            ("sync", translate("PreferencesDialog", "Scroll both panes &together")),
            (
                "follow",
                translate(
                    "PreferencesDialog",
                    "Clicking a paragraph scrolls the other pane to its &counterpart",
                ),
            ),
            (
                "toolbar_text",
                translate("PreferencesDialog", "Show &labels under the toolbar's icons"),
            ),
        ):
            form.addRow("", self._toggle(getattr(window, f"{name}_action"), label, name))

        self.data_folder = QLineEdit(str(window.data_dir))
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(translate("PreferencesDialog", "Data folder"))
        self.data_folder.setToolTip(
            translate(
                "PreferencesDialog",
                "Your notes, aliases, vocabulary and settings are kept here; back it up to keep "
                "them.",
            )
        )
        open_button = QPushButton(translate("PreferencesDialog", "&Open Folder"))
        open_button.setToolTip(
            translate("PreferencesDialog", "Show the data folder in the file manager")
        )
        open_button.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(open_button)
        form.addRow(
            self._label(translate("PreferencesDialog", "&Data folder:"), self.data_folder),
            folder_row,
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        """A row's label for a row of several widgets: its mnemonic goes to ``buddy`` (a
        plain string label there would show its "&")."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _script_box(self, pane: ReaderPane, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for mode in ScriptMode:
            box.addItem(mode_label(mode), mode.value)
        box.setCurrentIndex(box.findData(pane.mode.value))
        box.currentIndexChanged.connect(lambda _i: pane.set_mode(ScriptMode(box.currentData())))
        # The pane's own menu, Ctrl+Alt+1…: the box follows (a bound method, so Qt drops
        # the connection when the dialog is closed and deleted).
        pane.mode_combo.currentIndexChanged.connect(self._follow_panes)
        self._script_boxes = [*getattr(self, "_script_boxes", []), (pane, box)]
        return box

    def _follow_panes(self, _index: int) -> None:
        for pane, box in self._script_boxes:
            with QSignalBlocker(box):
                box.setCurrentIndex(box.findData(pane.mode_combo.currentData()))

    def _toggle(self, action: QAction, label: str, name: str) -> QCheckBox:
        """A check box that is the action: each follows the other (menu, toolbar, here)."""
        box = QCheckBox(label)
        box.setChecked(action.isChecked())
        box.setToolTip(action.toolTip())
        box.toggled.connect(lambda on: action.isChecked() != on and action.trigger())
        action.toggled.connect(box.setChecked)  # bound: dropped with the dialog
        self.toggles[name] = box
        return box

    def _font_changed(self, *_args: object) -> None:
        font = QFont(self.font_box.currentFont())
        font.setPointSize(self.size_box.value())
        self.window_.set_reading_font(font)

    def _theme_changed(self, _index: int) -> None:
        theme = self.theme_box.currentData()
        self.window_.settings.set(THEME_SETTING, theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
            self.window_.theme_changed()

    def _language_changed(self, _index: int) -> None:
        """Remember the language; it is installed before the next window is built (a
        window built in one language would keep its menus, labels and tooltips in it)."""
        self.window_.settings.set(LANGUAGE_SETTING, self.language_box.currentData())
        self.language_note.show()

    def open_data_folder(self) -> None:
        folder = self.window_.data_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_preferences(window: MainWindow) -> PreferencesDialog:
    """Open (or raise) the window's one Preferences dialog; not modal, so changes show."""
    dialog = window.findChild(PreferencesDialog)
    if dialog is None:
        dialog = PreferencesDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
