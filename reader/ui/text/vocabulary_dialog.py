"""Edit the user vocabulary: words OpenCC must keep, or show differently, per script."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from reader.core.text.scripts import ScriptMode
from reader.core.text.vocabulary import Vocabulary, VocabularyEntry
from reader.ui.appearance import icon
from reader.ui.i18n import QT_TRANSLATE_NOOP, mode_label, translate

# What an entry applies to, offered in this order. A label is translated when shown (the
# language is installed after import): ours through this dialog's context, a single
# script by ``mode_label``.
_SCOPES: list[tuple[str | ScriptMode, frozenset[ScriptMode]]] = [
    (QT_TRANSLATE_NOOP("VocabularyDialog", "Every script"), frozenset())
]
_SCOPES += [(mode, frozenset({mode})) for mode in ScriptMode if mode is not ScriptMode.ORIGINAL]
_TRADITIONAL = frozenset({ScriptMode.HANT, ScriptMode.TW, ScriptMode.TWP, ScriptMode.HK})
_SCOPES.append((QT_TRANSLATE_NOOP("VocabularyDialog", "Every Traditional script"), _TRADITIONAL))


def _scope_label(label: str | ScriptMode) -> str:
    if isinstance(label, ScriptMode):
        return mode_label(label)
    return translate("VocabularyDialog", label)


class VocabularyDialog(QDialog):
    """A table of entries: word in the original, shown as (empty: keep), applies to."""

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VocabularyDialog", "Vocabulary"))
        self.resize(620, 420)
        intro = QLabel(
            translate(
                "VocabularyDialog",
                "Words OpenCC converts wrongly in your texts. A word with nothing under "
                "“Shown as” is kept exactly as written; otherwise it is shown as you say. "
                "Longer words win over shorter ones.",
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        # Tab leaves the table for the next control (arrows move between cells): in a
        # table Qt keeps Tab for its cells, and a keyboard user could not get past it.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(translate("VocabularyDialog", "Vocabulary entries"))
        self.table.horizontalHeader().setAccessibleName(
            translate("VocabularyDialog", "Columns of the vocabulary")
        )
        self.table.verticalHeader().setAccessibleName(
            translate("VocabularyDialog", "Rows of the vocabulary")
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("VocabularyDialog", "Word in the text"),
                translate("VocabularyDialog", "Shown as"),
                translate("VocabularyDialog", "Applies to"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        add = QPushButton(icon("mdi6.plus"), translate("VocabularyDialog", "Add"))
        add.clicked.connect(lambda: self._add_row(VocabularyEntry("", None), edit=True))
        remove = QPushButton(icon("mdi6.minus"), translate("VocabularyDialog", "Remove"))
        remove.clicked.connect(self._remove_selected)
        defaults = QPushButton(translate("VocabularyDialog", "Restore Defaults"))
        defaults.clicked.connect(lambda: self._load(Vocabulary.default()))
        self.problem = QLabel()
        self.problem.setObjectName("vocabularyProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._load(vocabulary)

    def _load(self, vocabulary: Vocabulary) -> None:
        self.table.setRowCount(0)
        for entry in vocabulary.entries:
            self._add_row(entry)

    def _add_row(self, entry: VocabularyEntry, *, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(entry.word))
        self.table.setItem(row, 1, QTableWidgetItem(entry.replacement or ""))
        scope = QComboBox()
        for label, modes in _SCOPES:
            scope.addItem(_scope_label(label), modes)
        index = next((i for i, (_label, modes) in enumerate(_SCOPES) if modes == entry.modes), -1)
        if index < 0:  # a set the menu does not offer: keep it selectable as it is
            scope.addItem(", ".join(sorted(mode_label(mode) for mode in entry.modes)), entry.modes)
            index = scope.count() - 1
        scope.setCurrentIndex(index)
        self.table.setCellWidget(row, 2, scope)
        # Tab order: the table, its rows' menus top to bottom, then the buttons below (a
        # menu made later would otherwise come after them).
        above = self.table.cellWidget(row - 1, 2) if row else self.table
        QWidget.setTabOrder(above, scope)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def _remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def vocabulary(self) -> Vocabulary:
        """The entries as edited; rows without a word are skipped."""
        entries = []
        for row in range(self.table.rowCount()):
            word = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            shown = (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip()
            if not word:
                continue
            scope = self.table.cellWidget(row, 2)
            modes = scope.currentData() if isinstance(scope, QComboBox) else frozenset()
            entries.append(VocabularyEntry(word, shown or None, modes))
        return Vocabulary(entries)

    def _accept_if_valid(self) -> None:
        for entry in self.vocabulary().entries:
            if "\n" in entry.word or (entry.replacement and "\n" in entry.replacement):
                self.problem.setText(
                    translate(
                        "VocabularyDialog", "“{word}” spans lines; entries must be one line."
                    ).format(word=entry.word)
                )
                self.problem.show()
                return
        self.accept()

    @classmethod
    def edit(cls, vocabulary: Vocabulary, parent: QWidget | None = None) -> tuple[Vocabulary, bool]:
        dialog = cls(vocabulary, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.vocabulary(), accepted
