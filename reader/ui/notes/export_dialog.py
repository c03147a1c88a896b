"""Export ▸ Notes as Markdown…: choose what to export, see it, save it or copy it.

Building the notebook reads notes files and may convert thousands of passages, so it runs
on a worker (with its own store, never the window's) and the preview follows each change
of the choices. The preview is rendered with ``markdown`` through the same safe renderer
as notes (an allow-list of elements and attributes) and shown in a view that loads no
resource: nothing in a passage or a note can run, style or load anything. Saving goes
through a save dialog, which asks before replacing a file, and writes atomically.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.notes.annotations import COLOURS
from reader.core.text.scripts import ScriptMode
from reader.ui.i18n import localized, mode_label, translate
from reader.ui.notes.editor import colour_name, swatch
from reader.ui.safe_text import SafeTextBrowser
from reader.ui.settings import Settings

PREVIEW_ENTRIES = 200  # the preview shows this many; the file has all


@dataclass(frozen=True)
class ExportChoices:
    scope: str  # "both", "left", "right" or "all"
    tag: str  # "" for any
    colour: str  # "" for any
    script: str  # a ScriptMode value
    group: str  # "document" or "tag"


@dataclass(frozen=True)
class ExportResult:
    """What the worker made: the Markdown and the preview's HTML."""

    markdown: str
    preview_html: str
    entries: int
    problems: tuple[str, ...] = ()


# build(choices, on_done, on_error): makes the export off the UI thread
Builder = Callable[[ExportChoices, Callable[[ExportResult], None], Callable[[str], None]], None]


def preview_html(notebook, group: str) -> str:
    """The preview: front matter as text, then the rendered Markdown (first entries only)."""
    from reader.core.formats.markdown_export import front_matter, to_markdown
    from reader.core.formats.note_html import render_note

    shown = notebook
    if len(notebook.entries) > PREVIEW_ENTRIES:
        from dataclasses import replace

        shown = replace(notebook, entries=notebook.entries[:PREVIEW_ENTRIES])
    parts = [f"<pre>{html.escape(front_matter(notebook))}</pre>"]
    body = to_markdown(shown, group=group, header=False)
    parts.append(f"<h1>{html.escape(notebook.title)}</h1>")
    parts.append(render_note(body))
    if shown is not notebook:
        said = translate(
            "ExportDialog",
            "The preview shows the first {shown} of {total} annotations; the export has all "
            "of them.",
        ).format(shown=f"{PREVIEW_ENTRIES:,}", total=f"{len(notebook.entries):,}")
        parts.append(f"<p><i>{said}</i></p>")
    return "".join(parts)


class ExportDialog(QDialog):
    """Choices on top, the preview below, then Save…, Copy and Close."""

    def __init__(
        self,
        build: Builder,
        tags: list[str],
        settings: Settings,
        *,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export Notes as Markdown"))
        self.resize(760, 720)
        self._build = build
        self._settings = settings
        self._suggested = suggested_name
        self._awaited: ExportChoices | None = None  # the choices of the build to show next
        self.result: ExportResult | None = None

        self.scope_combo = QComboBox()
        for label, value in (
            (translate("ExportDialog", "Both articles"), "both"),
            (translate("ExportDialog", "Left article"), "left"),
            (translate("ExportDialog", "Right article"), "right"),
            (translate("ExportDialog", "Every document with notes (notebook)"), "all"),
        ):
            self.scope_combo.addItem(label, value)
        self.tag_combo = QComboBox()
        self.tag_combo.addItem(translate("ExportDialog", "Any tag"), "")
        for tag in tags:
            self.tag_combo.addItem(f"#{tag}", tag)
        self.colour_combo = QComboBox()
        self.colour_combo.addItem(translate("ExportDialog", "Any colour"), "")
        for name in COLOURS:
            self.colour_combo.addItem(swatch(name), colour_name(name), name)
        self.script_combo = QComboBox()
        for mode in ScriptMode:
            label = (
                translate("ExportDialog", "Original (as in the file)")
                if mode is ScriptMode.ORIGINAL
                else mode_label(mode)
            )
            self.script_combo.addItem(label, mode.value)
        self.group_combo = QComboBox()
        self.group_combo.addItem(
            translate("ExportDialog", "By document, in reading order"), "document"
        )
        self.group_combo.addItem(translate("ExportDialog", "By tag"), "tag")
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "&Notes of:"), self.scope_combo)
        form.addRow(translate("ExportDialog", "&Tag:"), self.tag_combo)
        form.addRow(translate("ExportDialog", "C&olour:"), self.colour_combo)
        form.addRow(translate("ExportDialog", "&Quotes in:"), self.script_combo)
        form.addRow(translate("ExportDialog", "&Grouped:"), self.group_combo)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview = SafeTextBrowser()  # nothing in an export navigates or loads
        self.preview.setAccessibleName(translate("ExportDialog", "Preview of the export"))
        self.source = QPlainTextEdit()
        self.source.setReadOnly(True)
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("ExportDialog", "Export: preview or Markdown"))
        self.tabs.addTab(self.preview, translate("ExportDialog", "Preview"))
        self.tabs.addTab(self.source, translate("ExportDialog", "Markdown"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            translate("ExportDialog", "Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button = buttons.addButton(
            translate("ExportDialog", "Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(translate("ExportDialog", "Copy the Markdown to the clipboard"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        # Closed is gone (a new export opens a new dialog with the remembered choices); a
        # build still on a worker then finds it is awaited no more and touches nothing.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(self._forget_builds)

        self._restore()
        self._timer = QTimer(self)  # choices changed: rebuild once they settle
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self.refresh)
        for combo in self._combos().values():
            combo.currentIndexChanged.connect(lambda _index: self._changed())
        self.refresh()

    def _combos(self) -> dict[str, QComboBox]:
        return {
            "scope": self.scope_combo,
            "tag": self.tag_combo,
            "colour": self.colour_combo,
            "script": self.script_combo,
            "group": self.group_combo,
        }

    def _restore(self) -> None:
        """The last choices (a tag no longer in use falls back to any tag)."""
        for name, combo in self._combos().items():
            index = combo.findData(self._settings.get(f"export/{name}"))
            if index >= 0:
                combo.setCurrentIndex(index)

    def choices(self) -> ExportChoices:
        return ExportChoices(**{n: c.currentData() or "" for n, c in self._combos().items()})

    def _forget_builds(self) -> None:
        self._awaited = None
        self._timer.stop()

    def _changed(self) -> None:
        """A choice changed: what is shown is out of date until the new build arrives."""
        self._awaited = None
        self.result = None
        self.save_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self.status.setText(translate("ExportDialog", "Preparing the export…"))
        self._timer.start()

    def refresh(self) -> None:
        """Build the export for the current choices on a worker; the preview follows."""
        self._changed()
        self._timer.stop()
        choices = self.choices()
        for name, value in vars(choices).items():
            self._settings.set(f"export/{name}", value)
        self._awaited = choices
        self._build(
            choices,
            lambda result: self._built(choices, result),
            lambda message: self._failed(choices, message),
        )

    def _built(self, choices: ExportChoices, result: ExportResult) -> None:
        if choices is not self._awaited:
            return  # the choices changed meanwhile; a newer build is on its way
        self.result = result
        self.preview.setHtml(result.preview_html)
        self.source.setPlainText(result.markdown)
        ready = (
            translate("ExportDialog", "1 annotation to export.")
            if result.entries == 1
            else translate("ExportDialog", "{count} annotations to export.").format(
                count=f"{result.entries:,}"
            )
        )
        self.status.setText(" ".join([ready, *map(localized, result.problems)]))
        self.save_button.setEnabled(True)
        self.copy_button.setEnabled(True)

    def _failed(self, choices: ExportChoices, message: str) -> None:
        if choices is self._awaited:
            self.status.setText(
                translate("ExportDialog", "The export could not be prepared: {message}").format(
                    message=localized(message)
                )
            )

    def is_ready(self) -> bool:
        return self.result is not None

    def copy(self) -> None:
        if self.result is not None:
            QGuiApplication.clipboard().setText(self.result.markdown)
            self.status.setText(translate("ExportDialog", "Copied the Markdown to the clipboard."))

    def save(self) -> None:
        if self.result is None:
            return
        folder = self._settings.get("export/folder") or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Save Notes as Markdown"),
            str(Path(folder) / self._suggested),
            translate("ExportDialog", "Markdown (*.md);;All files (*)"),
        )  # the dialog itself asks before replacing a file
        if path:
            self.write(Path(path))

    def write(self, path: Path) -> bool:
        """Write the export to ``path`` atomically; a failure is said in a sentence."""
        from reader.core.storage import atomic_write_text

        if self.result is None:
            return False
        try:
            atomic_write_text(path, self.result.markdown)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("ExportDialog", "Export"),
                translate(
                    "ExportDialog", "The notes could not be saved to {path}: {error}."
                ).format(path=path, error=error.strerror),
            )
            return False
        self._settings.set("export/folder", str(path.parent))
        self.status.setText(translate("ExportDialog", "Saved {name}.").format(name=path.name))
        return True
