"""Annotations in the window: each side's notes file, loaded, watched and placed in the text
shown, painted as the panes' ``notes`` layer, and the editor that creates and edits them.

The rest is in modules of its own, each with one job: :mod:`.edits` (the undoable changes),
:mod:`.pointer` (hover and click on a passage), :mod:`.rows` (the panel's rows) and
:mod:`.transfer` (export, copy, import). Which version of a note wins, tag rename and
selection trimming are rules of the core (:mod:`reader.core.notes.annotations`).

The notes files are watched, so what another Duidu, the CLI or a sync tool writes shows up.
Notes load just after the first paint, never before the texts are on screen, and each
side's file is read on a worker (:meth:`AnnotationsController._load`).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.core.errors import DuiduError, StorageError
from reader.core.messages import sentence_of
from reader.core.session import Level, ReadingSession
from reader.ui.appearance import HIGHLIGHT_TEXT
from reader.ui.i18n import localized, translate
from reader.ui.notes.edits import NoteEdits
from reader.ui.notes.pointer import NotePointer, tooltip
from reader.ui.notes.rows import PanelRows
from reader.ui.notes.transfer import NoteTransfer
from reader.ui.settings import Settings
from reader.ui.text.conversion_service import ConversionService
from reader.ui.text.reader_pane import ReaderPane

if TYPE_CHECKING:  # the notes modules load after the first paint (start-up time)
    from reader.core.notes.annotations import Annotation, Target
    from reader.core.notes.store import AnnotationStore, DocumentNotes, Located
    from reader.core.text.document import Document
    from reader.ui.tasks import Job

SIDES = ("left", "right")
RECENT_TAGS = 8
SYNC_LOCATE = 500  # more notes than this on a document are placed by a worker
REPLACE_LAYER_ABOVE = 64  # more changed highlights than this: re-place the layer at once


def _text(document) -> tuple[str, str]:
    return document.text, document.sha256


class AnnotationsController(QObject):
    """Fills the annotations dock; owns the undo stack and the panes' ``notes`` layer."""

    changed = Signal()  # the annotations shown changed (ours, undo, or from disk)

    def __init__(
        self,
        window: QMainWindow,
        panes: tuple[ReaderPane, ReaderPane],
        service: ConversionService,
        session: ReadingSession,
        data_dir: Path,
        settings: Settings,
        dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panes = dict(zip(SIDES, panes, strict=True))
        self.service = service
        self.session = session
        self.settings = settings
        self.data_dir = data_dir
        self._store: AnnotationStore | None = None
        self.edits = NoteEdits(self)
        self.undo_stack = self.edits.undo_stack
        self.notes: dict[str, DocumentNotes | None] = dict.fromkeys(SIDES)
        self.located: dict[str, dict[str, Located]] = {side: {} for side in SIDES}
        self._started = False
        self._panel = None
        # per side: id -> (start, end, format, annotation) of each highlighted passage
        self._marks: dict[str, dict[str, tuple]] = {side: {} for side in SIDES}
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        # per side: the Document that side's notes and located passages belong to
        self._shown: dict[str, Document | None] = dict.fromkeys(SIDES)
        self.locating: set[str] = set()  # sides whose passages a worker is finding
        self.loading: set[str] = set()  # sides whose notes file a worker is reading
        self.dock = dock  # the window's, so its saved layout restores before we exist
        self.watcher = QFileSystemWatcher(self)
        self._disk_timer = QTimer(self)
        self._disk_timer.setSingleShot(True)
        self._disk_timer.setInterval(150)  # a sync tool may write in several steps
        self._disk_timer.timeout.connect(self.reload_from_disk)
        self.watcher.fileChanged.connect(lambda _path: self._disk_timer.start())
        self.watcher.directoryChanged.connect(lambda _path: self._disk_timer.start())
        self.pointer = NotePointer(self)
        self.rows = PanelRows(self)
        self.transfer = NoteTransfer(self)

    def tell(self, level: Level, text: str) -> None:
        """Say something to the reader (through the session's one channel)."""
        self.session.tell(level, text)

    @property
    def store(self) -> AnnotationStore:
        if self._store is None:
            from reader.core.notes.store import AnnotationStore

            self._store = AnnotationStore(self.data_dir)
        return self._store

    # -- start-up and documents ------------------------------------------------------------

    def start(self) -> None:
        """Load the notes of both documents (the window calls this after its first paint)."""
        if self._started:
            return
        self._started = True
        self.panel  # noqa: B018 - built now, with the notes below
        for side in SIDES:
            self._load(side)

    def document_changed(self, pane: ReaderPane) -> None:
        if self._started:
            self._load(pane.side)

    def ready(self) -> bool:
        """Both sides' notes are read and placed (nothing loading or being placed)."""
        return self._started and not self.loading and not self.locating

    def panes_changed(self) -> None:
        """The panes show other documents without either being opened again (Swap Panes).

        Each side takes over the notes, the found passages and any pending placing of the
        document it shows now, from the side that showed it before (nothing is read or
        searched again); a document neither side showed is loaded and placed. Then both
        sides are repainted and the panel's rows say where each note is now."""
        if not self._started:
            return
        before = {
            side: (self._shown[side], self.notes[side], self.located[side], side in self.locating)
            for side in SIDES
        }
        loading = set(self.loading)
        to_place: list[str] = []
        for side in SIDES:
            document = self.panes[side].document
            other = SIDES[1 - SIDES.index(side)]
            source = next(
                (s for s in (side, other) if document is not None and before[s][0] is document),
                None,
            )
            if source == side:
                continue  # the same document as before: its state is still right
            self._cancel_locate(side)
            self._cancel_load(side)  # the file of the document this side showed before
            if source is None or source in loading:
                self._load(side)  # placed when it arrives
                continue
            shown, notes, located, pending = before[source]
            self._shown[side], self.notes[side] = shown, notes
            self.located[side] = dict(located)
            if pending:  # the source's worker is dropped (it is for the other side now)
                to_place.append(side)
            else:
                self._paint(side)
        self.watch()
        self._relocate(*to_place)  # also refills the panel and says the notes changed

    def _cancel_locate(self, side: str) -> None:
        """Drop the placing of ``side``'s notes a worker may be doing."""
        self.service.tasks.cancel((side, "locate"))
        self.locating.discard(side)

    def _cancel_load(self, side: str) -> None:
        """Drop the reading of ``side``'s notes file a worker may be doing."""
        self.service.tasks.cancel((side, "notes"))
        self.loading.discard(side)

    def _load(self, side: str) -> None:
        """Read the notes of the document ``side`` shows, on a worker (the job ``(side,
        "notes")``), then place them. A file of 10,000 notes takes 0.4 s to read and check,
        and a document seen for the first time is entered in the notes index with an
        fsynced write: neither may freeze the window. Until the notes arrive the side has
        none, and its old highlights and rows are gone at once; a note made meanwhile goes
        through the store, which hands back this very file."""
        document = self.panes[side].document
        self._cancel_load(side)
        self._shown[side] = document
        self.notes[side] = None
        if document is None or document.path is None:
            self.watch()
            self._relocate(side)
            return
        self._relocate(side)  # the old document's places go now
        store, path, sha256 = self.store, document.path, document.sha256

        def work(_job: Job) -> DocumentNotes:
            try:
                return store.notes_for(path, sha256)
            except OSError as error:  # what the system says, as the window said it before
                raise StorageError(error.strerror or str(error)) from None

        def failed(message: str) -> None:
            self.loading.discard(side)
            self.tell(
                Level.ERROR,
                translate(
                    "AnnotationsController", "The notes for {name} cannot be opened: {error}"
                ).format(name=document.name, error=localized(message)),
            )
            self.watch()

        self.loading.add(side)
        self.service.tasks.run(
            (side, "notes"),
            work,
            lambda notes: self._loaded(side, notes),
            failed,
            valid=lambda: self.panes[side].document is document and self._shown[side] is document,
        )

    def _loaded(self, side: str, notes: DocumentNotes) -> None:
        """A worker read ``side``'s notes (delivered only while the side still shows the
        document they were read for): keep them, watch the file, place them."""
        self.loading.discard(side)
        self.notes[side] = notes
        if len(notes.annotations) > SYNC_LOCATE:  # the first save then costs a join
            self.service.tasks.submit(
                lambda _progress: notes.prepare(), lambda _v: None, lambda _m: None
            )
        self.watch()
        self._relocate(side)

    def watch(self) -> None:
        wanted = {str(self.store.folder)} if self.store.folder.is_dir() else set()
        wanted |= {str(n.file) for n in self.notes.values() if n is not None and n.file.exists()}
        current = set(self.watcher.files()) | set(self.watcher.directories())
        if current - wanted:
            self.watcher.removePaths(sorted(current - wanted))
        if wanted - current:
            self.watcher.addPaths(sorted(wanted - current))

    def disk_change_pending(self) -> bool:
        """A notes file changed on disk and is about to be merged in."""
        return self._disk_timer.isActive()

    def reload_from_disk(self) -> None:
        """Merge what others wrote into the notes files and show it."""
        changed: set[str] = set()
        for side in SIDES:
            notes = self.notes[side]
            if notes is not None:
                try:
                    changed |= notes.reload()
                except DuiduError as error:
                    self.tell(Level.ERROR, sentence_of(error))
                self._tell_problem(notes)
        self.watch()  # an atomic replace is a new file: watch it again
        if changed:
            self.refresh(changed)

    def _tell_problem(self, _notes: DocumentNotes | None = None) -> None:
        """Say which notes files were set aside, whichever document's reading found them."""
        for problem in self.store.take_problems():
            self.tell(Level.WARNING, problem)

    def _relocate(self, *sides: str) -> None:
        """Find every passage of ``sides``' notes again, then repaint and refill the panel.

        Few notes are found at once; many go to a worker (a changed text can make each a
        fuzzy search through a whole book), with a snapshot of the annotations, so the
        window stays responsive. What changes meanwhile is found again when the result
        arrives."""
        for side in sides:
            self._cancel_locate(side)  # a worker's answer is for the notes or text before
            notes = self.notes[side]
            document = self.panes[side].document
            if notes is not None:
                self._tell_problem(notes)
            if notes is None or document is None:
                self.located[side] = {}
                self._paint(side)
                continue
            snapshot = tuple(notes.live())
            if len(snapshot) <= SYNC_LOCATE:
                self.located[side] = {
                    item.annotation.id: item
                    for item in notes.locate(document.text, document.sha256, snapshot)
                }
                self._paint(side)
                continue
            self.located[side] = {}  # the old places belong to the text shown before
            self._paint(side)
            text, sha = document.text, document.sha256
            self.locating.add(side)
            # The latest placing per side wins, and only while that side still shows this
            # document with these notes (another file, a reload or Swap Panes drop it).
            self.service.tasks.run(
                (side, "locate"),
                lambda _job, n=notes, a=snapshot, t=text, h=sha: n.locate(t, h, a),
                lambda result, s=side, n=notes: self._located(s, n, result),
                lambda message, s=side: self._locate_failed(s, message),
                valid=lambda s=side, d=document, n=notes: (
                    self.panes[s].document is d and self.notes[s] is n
                ),
            )
        self._fill_panel()
        self.changed.emit()

    def _located(self, side: str, notes: DocumentNotes, result) -> None:
        """A worker placed ``side``'s notes (delivered only while the side still shows
        the same document and notes: see ``_relocate``)."""
        self.locating.discard(side)
        current = {a.id: a for a in notes.live()}
        located = {
            item.annotation.id: item
            for item in result
            if current.get(item.annotation.id) is item.annotation
        }
        document = self.panes[side].document
        for key in current.keys() - located.keys():  # changed while the worker ran
            if document is not None and (item := notes.locate_one(key, *_text(document))):
                located[key] = item
        self.located[side] = located
        self._paint(side)
        self._fill_panel()
        self.changed.emit()

    def _locate_failed(self, side: str, message: str) -> None:
        self.locating.discard(side)
        self.tell(
            Level.ERROR,
            translate(
                "AnnotationsController",
                "The annotations could not be placed in the text: {message}",
            ).format(message=localized(message)),
        )

    def refresh(self, ids: set[str]) -> None:
        """Show the new state of annotations ``ids`` (changed, added or gone): find their
        passages again, repaint the sides they touch, and update only their rows."""
        for side in SIDES:
            notes, document = self.notes[side], self.panes[side].document
            located = self.located[side]
            touched: set[str] = set()
            for key in ids:
                item = (
                    notes.locate_one(key, *_text(document))
                    if notes is not None and document is not None
                    else None
                )
                if item is not None:
                    located[key] = item
                    touched.add(key)
                elif located.pop(key, None) is not None:
                    touched.add(key)
            if touched:
                self._paint(side, touched)
        if self._panel is not None:
            rows, removed = [], []
            for key in ids:
                annotation = self.annotation(key)
                if annotation is None:
                    removed.append(key)
                else:
                    rows.append(self.rows.row(annotation))
            self._panel.update_rows(rows, removed)
        self.changed.emit()

    def _paint(self, side: str, ids: set[str] | None = None) -> None:
        """Highlight the located passages of ``side`` (only ``ids`` changed, when given)."""
        marks = self._marks[side]
        located = self.located[side]
        removed, added = [], []
        full = ids is None
        if full:
            marks.clear()
            ids = set(located)
        for key in ids:
            old = marks.pop(key, None)
            if old is not None:
                removed.append(old[:3])
            item = located.get(key)
            if item is not None and item.anchor.start is not None:
                annotation = item.annotation
                style = self._format(annotation.colour, annotation.linked)
                marks[key] = (item.anchor.start, item.anchor.end, style, annotation)
                added.append(marks[key][:3])
        self.pointer.forget(side)
        if full or len(removed) + len(added) > REPLACE_LAYER_ABOVE:
            self.panes[side].set_highlights("notes", [m[:3] for m in marks.values()])
        else:
            self.panes[side].change_highlights("notes", removed, added)

    def _format(self, colour: str, linked: bool) -> QTextCharFormat:
        """The highlight of a colour; dashed underline on notes joining both articles."""
        char_format = self._formats.get((colour, linked))
        if char_format is None:
            from reader.core.notes.annotations import colour_value

            char_format = QTextCharFormat()
            background = QColor(colour_value(colour))
            background.setAlpha(200)
            char_format.setBackground(background)
            char_format.setForeground(HIGHLIGHT_TEXT)  # readable in a dark theme too
            if linked:
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                char_format.setUnderlineColor(QColor("#555555"))
            self._formats[(colour, linked)] = char_format
        return char_format

    # -- reading -----------------------------------------------------------------------------

    def annotation(self, annotation_id: str) -> Annotation | None:
        """The newest version of one annotation in either side's notes (a linked note is
        in both files)."""
        from reader.core.notes.annotations import merge_newest

        found = merge_newest(
            notes.annotations[annotation_id]
            for notes in self.notes.values()
            if notes is not None and annotation_id in notes.annotations
        )
        return found.get(annotation_id)

    def annotations(self) -> list[Annotation]:
        """Every annotation of both documents, the trash included, each once (newest)."""
        from reader.core.notes.annotations import merge_newest

        return list(
            merge_newest(
                annotation
                for notes in self.notes.values()
                if notes is not None
                for annotation in notes.annotations.values()
            ).values()
        )

    def marks(self, side: str) -> list[tuple[int, int, Any, Annotation]]:
        """(start, end, format, annotation) of every passage highlighted on ``side``."""
        return list(self._marks[side].values())

    def at(self, side: str, position: int) -> Annotation | None:
        """The annotation whose passage holds original offset ``position`` (shortest wins)."""
        return self.pointer.at(side, position)

    @staticmethod
    def tooltip(annotation: Annotation) -> str:
        return tooltip(annotation)

    def tag_counts(self) -> Counter:
        return Counter(tag for a in self.annotations() if not a.deleted for tag in a.tags)

    def recent_tags(self) -> list[str]:
        try:
            tags = json.loads(self.settings.get("annotations/recent_tags"))
            return [str(t) for t in tags][:RECENT_TAGS]
        except (ValueError, TypeError):
            return []

    def remember_tags(self, tags: list[str] | tuple[str, ...]) -> None:
        recent = [*tags, *[t for t in self.recent_tags() if t not in tags]][:RECENT_TAGS]
        self.settings.set("annotations/recent_tags", json.dumps(recent, ensure_ascii=False))

    # -- changes (each one undoable: see reader.ui.notes.edits) -------------------------------

    def target_from_selection(self, side: str) -> Target | None:
        """The passage selected in ``side``'s pane, trimmed as the core trims a selection."""
        from reader.core.notes.annotations import make_target, trim_passage

        pane = self.panes[side]
        span = pane.selected_original_span()
        document = pane.document
        if span is None or document is None or document.path is None:
            return None
        passage = trim_passage(document.text, *span)
        if passage is None:
            return None
        return make_target(document.path, document.sha256, document.text, *passage)

    def add(self, targets: list[Target], note: str, tags: list[str], colour: str) -> Annotation:
        return self.edits.add(targets, note, tags, colour)

    def update(self, annotation_id: str, **changes: Any) -> bool:
        return self.edits.update(annotation_id, **changes)

    def delete(self, ids: list[str]) -> None:
        self.edits.delete(ids)

    def restore(self, ids: list[str]) -> None:
        self.edits.restore(ids)

    def purge(self, ids: list[str]) -> None:
        self.edits.purge(ids)

    def reattach(self, annotation_id: str) -> bool:
        return self.edits.reattach(annotation_id)

    def rename_tags(self, tags: list[str], new: str) -> None:
        self.edits.rename_tags(tags, new)

    def recolour_tag(self, tag: str, colour: str) -> None:
        self.edits.recolour_tag(tag, colour)

    def create(self, side: str) -> Annotation | None:
        """Annotate the selection in ``side``'s pane (asks for the note in the editor)."""
        target = self.target_from_selection(side)
        if target is None:
            self.tell(
                Level.INFO,
                translate("AnnotationsController", "Select a passage first, then annotate it."),
            )
            return None
        return self._create_with_editor([target], (side,))

    def create_linked(self) -> Annotation | None:
        """One annotation on the selections of both panes."""
        targets = [self.target_from_selection(side) for side in SIDES]
        if None in targets:
            self.tell(
                Level.INFO,
                translate(
                    "AnnotationsController",
                    "Select a passage in each article first, then link them in one annotation.",
                ),
            )
            return None
        return self._create_with_editor(targets, SIDES)

    def _create_with_editor(
        self, targets: list[Target], sides: tuple[str, ...]
    ) -> Annotation | None:
        from reader.ui.notes.editor import AnnotationEditor

        recent = self.recent_tags()
        editor = AnnotationEditor(
            [t.exact for t in targets],
            tags=[],
            colour=self.settings.get("annotations/last_colour"),
            known_tags=sorted(self.tag_counts()),
            recent_tags=recent,
            parent=self.window,
        )
        if editor.exec() != editor.DialogCode.Accepted:
            return None
        annotation = self.add(targets, editor.note(), editor.tags(), editor.colour())
        # The selection would paint over the new highlight: let its colour show at once.
        for side in sides:
            self.panes[side].clear_selection()
        return annotation

    def edit(self, annotation_id: str) -> bool:
        """Open the editor on an annotation; True when it was changed."""
        from reader.ui.notes.editor import AnnotationEditor

        annotation = self.annotation(annotation_id)
        if annotation is None:
            return False
        status = ""
        if all(
            self.located[s][annotation.id].anchor.start is None
            for s in SIDES
            if annotation.id in self.located[s]
        ) and any(annotation.id in self.located[s] for s in SIDES):
            status = translate(
                "AnnotationsController",
                "This passage is no longer in the text (orphaned). Select new text in the "
                "pane and choose Re-attach to Selection in the Annotations panel.",
            )
        editor = AnnotationEditor(
            [t.exact for t in annotation.targets],
            note=annotation.note,
            tags=annotation.tags,
            colour=annotation.colour,
            known_tags=sorted(self.tag_counts()),
            recent_tags=self.recent_tags(),
            status=status,
            deletable=True,
            parent=self.window,
        )
        if editor.exec() != editor.DialogCode.Accepted:
            return False
        if editor.deleted:
            self.delete([annotation_id])
            return True
        return self.update(
            annotation_id, note=editor.note(), tags=editor.tags(), colour=editor.colour()
        )

    def show(self, annotation_id: str) -> None:
        """Bring an annotation's passages into view in each pane that has them."""
        for side in SIDES:
            item = self.located[side].get(annotation_id)
            if item is not None and item.anchor.start is not None:
                self.panes[side].reveal_original(item.anchor.start, item.anchor.end)

    # -- the panel ----------------------------------------------------------------------------

    @property
    def panel(self):
        if self._panel is None:
            from reader.ui.notes.panel import AnnotationsPanel

            panel = AnnotationsPanel(self.rows.query_keys)
            panel.activated.connect(self.show)
            panel.editRequested.connect(self.edit)
            panel.deleteRequested.connect(self.delete)
            panel.restoreRequested.connect(self.restore)
            panel.purgeRequested.connect(self.purge)
            panel.reattachRequested.connect(self.reattach)
            panel.tagsRequested.connect(self.manage_tags)
            panel.copyRequested.connect(self.copy_markdown)
            self.dock.setWidget(panel)
            self._panel = panel
            self._fill_panel()
        return self._panel

    def _fill_panel(self) -> None:
        if self._panel is not None:
            self._panel.set_rows(self.rows.all(self.annotations()))

    def select_row(self, annotation_id: str) -> None:
        if self._panel is not None:
            self._panel.select(annotation_id)

    # -- export and import (reader.ui.notes.transfer) ------------------------------------

    def build_export(self, choices: Any, on_done: Any, on_error: Any) -> None:
        self.transfer.build_export(choices, on_done, on_error)

    def export_markdown(self) -> Any:
        return self.transfer.export_markdown()

    def markdown_of(self, ids: list[str]) -> str:
        return self.transfer.markdown_of(ids)

    def copy_markdown(self, ids: list[str]) -> None:
        self.transfer.copy_markdown(ids)

    def export_json(self, path: Path) -> bool:
        return self.transfer.export_json(path)

    def import_json(self, path: Path) -> bool:
        return self.transfer.import_json(path)

    def manage_tags(self) -> None:
        from reader.ui.notes.tag_manager import TagManager

        TagManager(self.tag_counts, self.rename_tags, self.recolour_tag, self.window).exec()
