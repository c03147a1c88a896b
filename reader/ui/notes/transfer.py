"""Notes leaving and entering the window: the Markdown export (built on a worker, with a
preview), Copy as Markdown, and the JSON export and import of every annotation as stored.

The export runs on a worker with a store of its own and frozen inputs (the documents, the
vocabulary, the reader's choices), never the window's live objects.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import DuiduError
from reader.core.messages import sentence_of
from reader.core.session import Level
from reader.ui.i18n import current_language, localized, translate

if TYPE_CHECKING:
    from reader.ui.notes.controller import AnnotationsController

SIDES = ("left", "right")


class NoteTransfer:
    """Export, copy and import for the annotations of the window."""

    def __init__(self, notes: AnnotationsController) -> None:
        self.notes = notes

    def export_sides(self, scope: str) -> list[str]:
        """The panes in ``scope`` ("both", "left", "right") with a document from a file,
        each document once (both panes may show the same one)."""
        sides: list[str] = []
        for side in SIDES if scope in ("both", "") else (scope,):
            document = self.notes.panes[side].document
            if (
                document is not None
                and document.path is not None
                and all(self.notes.panes[s].document.sha256 != document.sha256 for s in sides)
            ):
                sides.append(side)
        return sides

    def build_export(self, choices, on_done, on_error) -> None:
        """Make the export of ``choices`` on a worker, with a store of its own."""
        from reader.core.notes.notebook import Scope

        tags = frozenset([choices.tag] if choices.tag else [])
        colours = frozenset([choices.colour] if choices.colour else [])
        documents = (
            None
            if choices.scope == "all"
            else [self.notes.panes[side].document for side in self.export_sides(choices.scope)]
        )
        vocabulary = self.notes.service.vocabulary
        data_dir = self.notes.data_dir
        language = current_language()  # the export's headings and dates, as the interface

        def work(_job):
            from reader.core.formats.markdown_export import to_markdown
            from reader.core.notes.notebook import gather, script_converter
            from reader.core.notes.store import AnnotationStore
            from reader.ui.notes.export_dialog import ExportResult, preview_html

            store = AnnotationStore(data_dir)  # never the window's: this is another thread
            opened = None
            if documents is not None:
                opened = [(store.notes_for(d.path, d.sha256), d) for d in documents]
            notebook = gather(
                store,
                Scope(tags=tags, colours=colours),
                converter=script_converter(choices.script, vocabulary),
                script=choices.script,
                documents=opened,
                language=language,
            )
            return ExportResult(
                to_markdown(notebook, group=choices.group),
                preview_html(notebook, choices.group),
                len(notebook.entries),
                tuple(notebook.skipped + notebook.problems),
            )

        self.notes.service.tasks.run("export", work, on_done, on_error)  # the latest export wins

    def export_markdown(self):
        """Export ▸ Notes as Markdown… (returns the dialog, shown)."""
        from reader.ui.notes.export_dialog import ExportDialog

        stem = "-".join(
            Path(str(self.notes.panes[side].document.path)).stem.split(".")[0]
            for side in self.export_sides("both")
        )
        dialog = ExportDialog(
            self.build_export,
            sorted(self.notes.tag_counts()),
            self.notes.settings,
            suggested_name=f"{stem or 'notes'}-notes.md",
            parent=self.notes.window,
        )
        dialog.show()
        return dialog

    def markdown_of(self, ids: list[str]) -> str:
        """The Markdown of these annotations (no front matter), quotes in the export's
        last chosen script: what Copy as Markdown puts on the clipboard."""
        from reader.core.formats.markdown_export import to_markdown
        from reader.core.notes.notebook import Scope, gather, script_converter

        opened = [
            (self.notes.notes[side], self.notes.panes[side].document)
            for side in self.export_sides("both")
            if self.notes.notes[side] is not None
        ]
        script = self.notes.settings.get("export/script")
        notebook = gather(
            self.notes.store,
            Scope(ids=frozenset(ids)),
            converter=script_converter(script, self.notes.service.vocabulary),
            script=script,
            documents=opened,
            language=current_language(),
        )
        return to_markdown(notebook, header=False)

    def copy_markdown(self, ids: list[str]) -> None:
        from PySide6.QtGui import QGuiApplication

        if not ids:
            self.notes.tell(
                Level.INFO,
                translate("NoteTransfer", "Select annotations in the panel first, then copy them."),
            )
            return
        try:
            QGuiApplication.clipboard().setText(self.markdown_of(ids))
        except DuiduError as error:
            self.notes.tell(Level.ERROR, sentence_of(error))
            return
        text = (
            translate("NoteTransfer", "Copied 1 annotation as Markdown.")
            if len(ids) == 1
            else translate("NoteTransfer", "Copied {count} annotations as Markdown.").format(
                count=len(ids)
            )
        )
        self.notes.tell(Level.INFO, text)

    def export_json(self, path: Path) -> bool:
        """Every annotation of every document, as stored (W3C), written atomically."""
        from reader.core.notes.notebook import export_json
        from reader.core.storage import atomic_write_text

        try:
            atomic_write_text(
                path, export_json(self.notes.store), create_folders=False, private=False
            )
        except (DuiduError, OSError) as error:
            self.notes.tell(
                Level.ERROR,
                translate(
                    "NoteTransfer", "The notes could not be exported to {path}: {error}"
                ).format(path=path, error=localized(error)),
            )
            return False
        skipped = self.notes.store.take_problems()
        if skipped:
            written = translate("NoteTransfer", "{name} was written without those notes.").format(
                name=path.name
            )
            self.notes.tell(Level.WARNING, " ".join([*map(localized, skipped), written]))
            return False
        self.notes.tell(
            Level.INFO,
            translate("NoteTransfer", "Exported every annotation to {name}.").format(
                name=path.name
            ),
        )
        return True

    def import_json(self, path: Path) -> bool:
        """Merge annotations from a JSON export by id, then show them."""
        from reader.core.formats.files import display_name
        from reader.core.notes.notebook import import_annotations, read_import_file

        try:
            report = import_annotations(self.notes.store, read_import_file(path))
        except (DuiduError, OSError) as error:
            self.notes.tell(
                Level.ERROR,
                translate(
                    "NoteTransfer", "The notes in {name} could not be imported: {error}"
                ).format(name=display_name(path), error=localized(error)),
            )
            return False
        finally:
            problems = self.notes.store.take_problems()
        self.notes.watch()
        self.notes.refresh(set(report.changed))
        self.notes.tell(
            Level.WARNING if problems else Level.INFO,
            " ".join(map(localized, [*problems, report.sentence()])),
        )
        return True
