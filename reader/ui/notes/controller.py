"""Annotations in the window: creating, showing, editing, undoing; the panel and its dock.

Every change is a command on one QUndoStack and is saved at once through the core store;
undoing writes the earlier version again (with a new time, so it wins any merge). The
notes files are watched, so what another Duidu, the CLI or a sync tool writes shows up.
Notes load just after the first paint, never before the texts are on screen.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QTextCharFormat, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolTip

from reader.core.errors import DuiduError
from reader.ui.settings import Settings
from reader.ui.text.conversion_service import ConversionService
from reader.ui.text.reader_pane import ReaderPane

if TYPE_CHECKING:  # the notes modules load after the first paint (start-up time)
    from reader.core.notes.annotations import Annotation, Target
    from reader.core.notes.store import AnnotationStore, DocumentNotes, Located
    from reader.core.text.document import Document

SIDES = ("left", "right")
RECENT_TAGS = 8
SYNC_LOCATE = 500  # more notes than this on a document are placed by a worker
REPLACE_LAYER_ABOVE = 64  # more changed highlights than this: re-place the layer at once


def _text(document) -> tuple[str, str]:
    return document.text, document.sha256


class _Change(QUndoCommand):
    """Replace annotations by other versions (None: absent) and back."""

    def __init__(
        self,
        controller: AnnotationsController,
        before: list[Annotation | None],
        after: list[Annotation | None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.controller, self.before, self.after = controller, before, after

    def redo(self) -> None:
        self.controller._apply(self.after, self.before)

    def undo(self) -> None:
        self.controller._apply(self.before, self.after)


class AnnotationsController(QObject):
    """Fills the annotations dock; owns the undo stack and the panes' ``notes`` layer."""

    changed = Signal()  # the annotations shown changed (ours, undo, or from disk)
    message = Signal(str, str)  # sentence, level ("warning"/"error"/"info")

    def __init__(
        self,
        window: QMainWindow,
        panes: tuple[ReaderPane, ReaderPane],
        service: ConversionService,
        data_dir: Path,
        settings: Settings,
        dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panes = dict(zip(SIDES, panes, strict=True))
        self.service = service
        self.settings = settings
        self.data_dir = data_dir
        self._store: AnnotationStore | None = None
        self.undo_stack = QUndoStack(self)
        self.notes: dict[str, DocumentNotes | None] = dict.fromkeys(SIDES)
        self.located: dict[str, dict[str, Located]] = {side: {} for side in SIDES}
        self._started = False
        self._panel = None
        self._keys: dict[str, tuple[Annotation, str]] = {}  # id -> (version, search key)
        # per side: id -> (start, end, format, annotation) of each highlighted passage
        self._marks: dict[str, dict[str, tuple]] = {side: {} for side in SIDES}
        self._hover_index: dict[str, tuple | None] = dict.fromkeys(SIDES)
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        # per side: the Document that side's notes and located passages belong to
        self._shown: dict[str, Document | None] = dict.fromkeys(SIDES)
        self.locating: set[str] = set()  # sides whose passages a worker is finding
        self._hovered_id: str | None = None
        self.dock = dock  # the window's, so its saved layout restores before we exist
        self.watcher = QFileSystemWatcher(self)
        self._disk_timer = QTimer(self)
        self._disk_timer.setSingleShot(True)
        self._disk_timer.setInterval(150)  # a sync tool may write in several steps
        self._disk_timer.timeout.connect(self.reload_from_disk)
        self.watcher.fileChanged.connect(lambda _path: self._disk_timer.start())
        self.watcher.directoryChanged.connect(lambda _path: self._disk_timer.start())
        for side, pane in self.panes.items():
            pane.hovered.connect(lambda position, s=side: self._on_hover(s, position))
            pane.clicked.connect(lambda position, s=side: self._on_click(s, position))

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
        self._relocate(*SIDES)

    def document_changed(self, pane: ReaderPane) -> None:
        if self._started:
            self._load(pane.side)
            self._relocate(pane.side)

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
            if source is None:
                self._load(side)
                to_place.append(side)
                continue
            shown, notes, located, pending = before[source]
            self._shown[side], self.notes[side] = shown, notes
            self.located[side] = dict(located)
            if pending:  # the source's worker is dropped (it is for the other side now)
                to_place.append(side)
            else:
                self._paint(side)
        self._watch()
        self._relocate(*to_place)  # also refills the panel and says the notes changed

    def _cancel_locate(self, side: str) -> None:
        """Drop the placing of ``side``'s notes a worker may be doing."""
        self.service.tasks.cancel((side, "locate"))
        self.locating.discard(side)

    def _load(self, side: str) -> None:
        document = self.panes[side].document
        self._shown[side] = document
        if document is None or document.path is None:
            self.notes[side] = None
        else:
            try:
                notes = self.store.notes_for(document.path, document.sha256)
                self.notes[side] = notes
                if len(notes.annotations) > SYNC_LOCATE:  # the first save then costs a join
                    self.service.tasks.submit(
                        lambda _progress: notes.prepare(), lambda _v: None, lambda _m: None
                    )
            except (DuiduError, OSError) as error:
                self.notes[side] = None
                self.message.emit(
                    f"The notes for {document.name} cannot be opened: {error}", "error"
                )
        self._watch()

    def _watch(self) -> None:
        wanted = {str(self.store.folder)} if self.store.folder.is_dir() else set()
        wanted |= {str(n.file) for n in self.notes.values() if n is not None and n.file.exists()}
        current = set(self.watcher.files()) | set(self.watcher.directories())
        if current - wanted:
            self.watcher.removePaths(sorted(current - wanted))
        if wanted - current:
            self.watcher.addPaths(sorted(wanted - current))

    def reload_from_disk(self) -> None:
        """Merge what others wrote into the notes files and show it."""
        changed: set[str] = set()
        for side in SIDES:
            notes = self.notes[side]
            if notes is not None:
                try:
                    changed |= notes.reload()
                except DuiduError as error:
                    self.message.emit(str(error), "error")
                self._tell_problem(notes)
        self._watch()  # an atomic replace is a new file: watch it again
        if changed:
            self._refresh(changed)

    def _tell_problem(self, _notes: DocumentNotes | None = None) -> None:
        """Say which notes files were set aside, whichever document's reading found them."""
        for problem in self.store.take_problems():
            self.message.emit(problem, "warning")

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
        self.message.emit(f"The annotations could not be placed in the text: {message}", "error")

    def _refresh(self, ids: set[str]) -> None:
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
                    rows.append(self._row(annotation))
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
        self._hover_index[side] = None  # rebuilt on the next hover
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
            if linked:
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                char_format.setUnderlineColor(QColor("#555555"))
            self._formats[(colour, linked)] = char_format
        return char_format

    # -- reading -----------------------------------------------------------------------------

    def annotation(self, annotation_id: str) -> Annotation | None:
        found = [
            notes.annotations[annotation_id]
            for notes in self.notes.values()
            if notes is not None and annotation_id in notes.annotations
        ]
        from reader.core.notes.annotations import newest

        version = None
        for candidate in found:
            version = newest(version, candidate)
        return version

    def annotations(self) -> list[Annotation]:
        """Every annotation of both documents, the trash included, each once."""
        from reader.core.notes.annotations import newest

        merged: dict[str, Annotation] = {}
        for notes in self.notes.values():
            if notes is None:
                continue
            for annotation in notes.annotations.values():
                merged[annotation.id] = newest(merged.get(annotation.id), annotation)
        return list(merged.values())

    def at(self, side: str, position: int) -> Annotation | None:
        """The annotation whose passage holds original offset ``position`` (shortest wins).

        A binary search over the passages sorted by start: hovering runs this on every
        mouse move, with thousands of notes."""
        index = self._hover_index[side]
        if index is None:
            placed = sorted(self._marks[side].values(), key=lambda m: (m[0], m[1]))
            longest = max((m[1] - m[0] for m in placed), default=0)
            index = self._hover_index[side] = ([m[0] for m in placed], placed, longest)
        starts, placed, longest = index
        low = bisect_left(starts, position - longest + 1)
        high = bisect_right(starts, position)
        best = None
        for start, end, _format, annotation in placed[low:high]:
            if start <= position < end and (best is None or end - start < best[1] - best[0]):
                best = (start, end, annotation)
        return best[2] if best else None

    def tag_counts(self) -> Counter:
        return Counter(tag for a in self.annotations() if not a.deleted for tag in a.tags)

    def recent_tags(self) -> list[str]:
        try:
            tags = json.loads(self.settings.get("annotations/recent_tags"))
            return [str(t) for t in tags][:RECENT_TAGS]
        except (ValueError, TypeError):
            return []

    def _remember_tags(self, tags: list[str] | tuple[str, ...]) -> None:
        recent = [*tags, *[t for t in self.recent_tags() if t not in tags]][:RECENT_TAGS]
        self.settings.set("annotations/recent_tags", json.dumps(recent, ensure_ascii=False))

    # -- changes (each one undoable) ---------------------------------------------------------

    def _push(self, before: list, after: list, text: str) -> None:
        self.undo_stack.push(_Change(self, before, after, text))

    def _apply(self, versions: list[Annotation | None], others: list[Annotation | None]) -> None:
        """Write ``versions`` (None: remove the matching one in ``others`` for good)."""
        try:
            for version, other in zip(versions, others, strict=True):
                if version is None:
                    assert other is not None
                    for notes in self._files_for(other.targets):
                        notes.purge(other.id)
                else:
                    fresh = version.edited()  # a new time: the restored version wins merges
                    for notes in self._files_for(fresh.targets):
                        notes.put(fresh)
        except DuiduError as error:
            self.message.emit(str(error), "error")
        self._watch()
        self._refresh({a.id for a in (*versions, *others) if a is not None})

    def _files_for(self, targets: tuple[Target, ...]) -> list[DocumentNotes]:
        files: dict[Path, DocumentNotes] = {}
        for target in targets:
            notes = next(
                (
                    n
                    for n in self.notes.values()
                    if n is not None
                    and (target.sha256 in n.sha256s or target.path == n.document_path)
                ),
                None,
            ) or self.store.notes_for(target.path, target.sha256, opened=False)
            files[notes.file] = notes
        return list(files.values())

    def target_from_selection(self, side: str) -> Target | None:
        pane = self.panes[side]
        span = pane.selected_original_span()
        document = pane.document
        if span is None or document is None or document.path is None:
            return None
        start, end = span
        # A selection dragged to the start of the next line holds its newline; the passage
        # is what is on the lines, so quotes do not end in a stray line break.
        while start < end and document.text[start] == "\n":
            start += 1
        while end > start and document.text[end - 1] == "\n":
            end -= 1
        if start >= end:
            return None
        from reader.core.notes.annotations import make_target

        return make_target(document.path, document.sha256, document.text, start, end)

    def create(self, side: str) -> Annotation | None:
        """Annotate the selection in ``side``'s pane (asks for the note in the editor)."""
        target = self.target_from_selection(side)
        if target is None:
            self.message.emit("Select a passage first, then annotate it.", "info")
            return None
        return self._create_with_editor([target], (side,))

    def create_linked(self) -> Annotation | None:
        """One annotation on the selections of both panes."""
        targets = [self.target_from_selection(side) for side in SIDES]
        if None in targets:
            self.message.emit(
                "Select a passage in each article first, then link them in one annotation.",
                "info",
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

    def add(self, targets: list[Target], note: str, tags: list[str], colour: str) -> Annotation:
        from reader.core.notes.annotations import new_annotation

        annotation = new_annotation(targets, note=note, tags=tags, colour=colour)
        self._remember_tags(annotation.tags)
        self.settings.set("annotations/last_colour", annotation.colour)
        self._push([None], [annotation], "Add Annotation")
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
            status = (
                "This passage is no longer in the text (orphaned). Select new text in the "
                "pane and choose Re-attach to Selection in the Annotations panel."
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

    def update(self, annotation_id: str, **changes) -> bool:
        annotation = self.annotation(annotation_id)
        if annotation is None:
            return False
        if "tags" in changes:
            changes["tags"] = tuple(changes["tags"])
            self._remember_tags(changes["tags"])
        after = replace(annotation, **changes)
        if after == annotation:
            return False
        self._push([annotation], [after], "Edit Annotation")
        return True

    def delete(self, ids: list[str]) -> None:
        """Move annotations to the trash."""
        before = [a for a in map(self.annotation, ids) if a is not None and not a.deleted]
        if before:
            stamp = before[0].edited().modified
            after = [replace(a, deleted=stamp) for a in before]
            self._push(
                before, after, "Delete Annotation" if len(before) == 1 else "Delete Annotations"
            )

    def restore(self, ids: list[str]) -> None:
        before = [a for a in map(self.annotation, ids) if a is not None and a.deleted]
        if before:
            self._push(before, [replace(a, deleted=None) for a in before], "Restore from Trash")

    def purge(self, ids: list[str]) -> None:
        """Empty these annotations from the trash (undo brings them back)."""
        before = [a for a in map(self.annotation, ids) if a is not None and a.deleted]
        if before:
            self._push(before, [None] * len(before), "Delete for Good")

    def reattach(self, annotation_id: str) -> bool:
        """Attach an orphaned annotation to the text now selected in its pane."""
        annotation = self.annotation(annotation_id)
        if annotation is None:
            return False
        for side in SIDES:
            item = self.located[side].get(annotation_id)
            if item is None or item.anchor.start is not None:
                continue
            new = self.target_from_selection(side)
            if new is None:
                self.message.emit(
                    f"Select the passage in the {side} pane first, then re-attach.", "info"
                )
                return False
            targets = tuple(new if t == item.target else t for t in annotation.targets)
            self._push([annotation], [replace(annotation, targets=targets)], "Re-attach Annotation")
            return True
        return False

    def rename_tags(self, tags: list[str], new: str) -> None:
        """Rename tags (several: merge them) on every annotation of both documents."""
        from reader.core.notes.annotations import renamed_tags

        before, after = [], []
        for annotation in self.annotations():
            renamed = renamed_tags(annotation, tags, new)
            if renamed is not None:
                before.append(annotation)
                after.append(renamed)
        if before:
            self._push(before, after, f"Rename Tag to #{new}")

    def recolour_tag(self, tag: str, colour: str) -> None:
        before = [a for a in self.annotations() if tag in a.tags and a.colour != colour]
        if before:
            self._push(before, [replace(a, colour=colour) for a in before], f"Recolour #{tag}")

    # -- panes: hover shows the note, a click opens it ---------------------------------------

    def _on_hover(self, side: str, position: int) -> None:
        annotation = self.at(side, position)
        if annotation is None:
            if self._hovered_id is not None:
                QToolTip.hideText()
            self._hovered_id = None
            return
        if annotation.id == self._hovered_id and QToolTip.isVisible():
            return
        self._hovered_id = annotation.id
        QToolTip.showText(QCursor.pos(), self.tooltip(annotation), self.panes[side].view)

    def tooltip(self, annotation: Annotation) -> str:
        from html import escape

        from reader.core.formats.note_html import render_note

        parts = []
        if annotation.note:
            parts.append(render_note(annotation.note))
        if annotation.tags:
            parts.append("<p>" + " ".join(f"#{escape(t)}" for t in annotation.tags) + "</p>")
        if annotation.linked:
            parts.append("<p><i>Links a passage of each article.</i></p>")
        return "".join(parts) or "<p><i>A highlight without a note. Click to add one.</i></p>"

    def _on_click(self, side: str, position: int) -> None:
        annotation = self.at(side, position)
        if annotation is not None:
            if self._panel is not None:
                self._panel.select(annotation.id)
            QToolTip.hideText()
            self.edit(annotation.id)

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

            panel = AnnotationsPanel(self._search_key)
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

    def _search_key(self, text: str) -> str:
        """``text`` in the comparison script, as Find normalises a query (script only)."""
        from reader.core.text.folding import fold, normalize_query

        if not text:
            return ""
        try:
            return normalize_query(text, self.service.engine(), regional=False)
        except DuiduError:
            return fold(text)

    def _fill_panel(self) -> None:
        if self._panel is not None:
            annotations = self.annotations()
            known = {a.id for a in annotations}
            self._keys = {k: v for k, v in self._keys.items() if k in known}
            self._panel.set_rows([self._row(a) for a in annotations])

    def _row(self, annotation: Annotation):
        """The panel's row for ``annotation`` (its search key is kept while it is unchanged:
        converting it to the comparison script is the costly part)."""
        from reader.ui.notes.panel import Row

        sides = tuple(s for s in SIDES if annotation.id in self.located[s])
        if not sides:  # in the trash, or its passages are not in either pane's text
            sides = tuple(
                s
                for s in SIDES
                if self.notes[s] is not None and annotation.id in self.notes[s].annotations
            )
        first = self.located[sides[0]].get(annotation.id) if sides else None
        cached = self._keys.get(annotation.id)
        if cached is None or cached[0] is not annotation:
            words = [*(t.exact for t in annotation.targets), annotation.note, *annotation.tags]
            key = self._search_key(" ".join(words))
            self._keys[annotation.id] = (annotation, key)
        else:
            key = cached[1]
        return Row(
            annotation=annotation,
            sides=sides or ("left",),
            quote=first.target.exact if first else annotation.targets[0].exact,
            status=first.anchor.status.value if first else "anchored",
            position=first.anchor.start if first and first.anchor.start is not None else -1,
            search_key=key,
        )

    # -- export and import ---------------------------------------------------------------

    def _export_sides(self, scope: str) -> list[str]:
        """The panes in ``scope`` ("both", "left", "right") with a document from a file,
        each document once (both panes may show the same one)."""
        sides: list[str] = []
        for side in SIDES if scope in ("both", "") else (scope,):
            document = self.panes[side].document
            if (
                document is not None
                and document.path is not None
                and all(self.panes[s].document.sha256 != document.sha256 for s in sides)
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
            else [self.panes[side].document for side in self._export_sides(choices.scope)]
        )
        vocabulary = self.service.vocabulary
        data_dir = self.data_dir

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
            )
            return ExportResult(
                to_markdown(notebook, group=choices.group),
                preview_html(notebook, choices.group),
                len(notebook.entries),
                tuple(notebook.skipped + notebook.problems),
            )

        self.service.tasks.run("export", work, on_done, on_error)  # the latest export wins

    def export_markdown(self):
        """Export ▸ Notes as Markdown… (returns the dialog, shown)."""
        from reader.ui.notes.export_dialog import ExportDialog

        stem = "-".join(
            Path(str(self.panes[side].document.path)).stem.split(".")[0]
            for side in self._export_sides("both")
        )
        dialog = ExportDialog(
            self.build_export,
            sorted(self.tag_counts()),
            self.settings,
            suggested_name=f"{stem or 'notes'}-notes.md",
            parent=self.window,
        )
        dialog.show()
        return dialog

    def markdown_of(self, ids: list[str]) -> str:
        """The Markdown of these annotations (no front matter), quotes in the export's
        last chosen script: what Copy as Markdown puts on the clipboard."""
        from reader.core.formats.markdown_export import to_markdown
        from reader.core.notes.notebook import Scope, gather, script_converter

        opened = [
            (self.notes[side], self.panes[side].document)
            for side in self._export_sides("both")
            if self.notes[side] is not None
        ]
        script = self.settings.get("export/script")
        notebook = gather(
            self.store,
            Scope(ids=frozenset(ids)),
            converter=script_converter(script, self.service.vocabulary),
            script=script,
            documents=opened,
        )
        return to_markdown(notebook, header=False)

    def copy_markdown(self, ids: list[str]) -> None:
        from PySide6.QtGui import QGuiApplication

        if not ids:
            self.message.emit("Select annotations in the panel first, then copy them.", "info")
            return
        try:
            QGuiApplication.clipboard().setText(self.markdown_of(ids))
        except DuiduError as error:
            self.message.emit(str(error), "error")
            return
        count = f"{len(ids)} annotation{'s' * (len(ids) != 1)}"
        self.message.emit(f"Copied {count} as Markdown.", "info")

    def export_json(self, path: Path) -> bool:
        """Every annotation of every document, as stored (W3C), written atomically."""
        from reader.core.notes.notebook import export_json
        from reader.core.storage import atomic_write_text

        try:
            atomic_write_text(path, export_json(self.store), create_folders=False, private=False)
        except (DuiduError, OSError) as error:
            self.message.emit(f"The notes could not be exported to {path}: {error}", "error")
            return False
        skipped = self.store.take_problems()
        if skipped:
            self.message.emit(
                " ".join([*skipped, f"{path.name} was written without those notes."]), "warning"
            )
            return False
        self.message.emit(f"Exported every annotation to {path.name}.", "info")
        return True

    def import_json(self, path: Path) -> bool:
        """Merge annotations from a JSON export by id, then show them."""
        from reader.core.formats.files import display_name
        from reader.core.notes.notebook import import_annotations, read_import_file

        try:
            report = import_annotations(self.store, read_import_file(path))
        except (DuiduError, OSError) as error:
            self.message.emit(
                f"The notes in {display_name(path)} could not be imported: {error}", "error"
            )
            return False
        finally:
            problems = self.store.take_problems()
        self._watch()
        self._refresh(set(report.changed))
        self.message.emit(
            " ".join([*problems, report.sentence()]), "warning" if problems else "info"
        )
        return True

    def manage_tags(self) -> None:
        from reader.ui.notes.tag_manager import TagManager

        TagManager(self.tag_counts, self.rename_tags, self.recolour_tag, self.window).exec()
