"""Undoable changes to annotations: every add, edit, delete, restore, purge, re-attach and tag
rename is one command on the window's undo stack, saved at once through the core store.

Undoing writes the earlier version again with a new time, so it wins any merge with a copy a
sync tool or another Duidu wrote meanwhile. The rules of what a change *is* (tag rename and
merge, recolouring, which version of a note is the newest) live in
:mod:`reader.core.notes.annotations`; this module only turns them into undo commands.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.errors import DuiduError
from reader.core.messages import sentence_of
from reader.core.session import Level
from reader.ui.i18n import translate

if TYPE_CHECKING:
    from reader.core.notes.annotations import Annotation, Target
    from reader.core.notes.store import DocumentNotes
    from reader.ui.notes.controller import AnnotationsController

SIDES = ("left", "right")


class _Change(QUndoCommand):
    """Replace annotations by other versions (None: absent) and back."""

    def __init__(
        self,
        edits: NoteEdits,
        before: list[Annotation | None],
        after: list[Annotation | None],
        text: str,
    ) -> None:
        super().__init__(text)
        self.edits, self.before, self.after = edits, before, after

    def redo(self) -> None:
        self.edits.apply(self.after, self.before)

    def undo(self) -> None:
        self.edits.apply(self.before, self.after)


class NoteEdits:
    """The undo stack and the commands that change annotations."""

    def __init__(self, notes: AnnotationsController) -> None:
        self.notes = notes
        self.undo_stack = QUndoStack(notes)

    def push(self, before: list, after: list, text: str) -> None:
        self.undo_stack.push(_Change(self, before, after, text))

    def apply(self, versions: list[Annotation | None], others: list[Annotation | None]) -> None:
        """Write ``versions`` (None: remove the matching one in ``others`` for good)."""
        notes = self.notes
        try:
            for version, other in zip(versions, others, strict=True):
                if version is None:
                    assert other is not None
                    for file in self._files_for(other.targets):
                        file.purge(other.id)
                else:
                    fresh = version.edited()  # a new time: the restored version wins merges
                    for file in self._files_for(fresh.targets):
                        file.put(fresh)
        except DuiduError as error:
            notes.tell(Level.ERROR, sentence_of(error))
        notes.watch()
        notes.refresh({a.id for a in (*versions, *others) if a is not None})

    def _files_for(self, targets: tuple[Target, ...]) -> list[DocumentNotes]:
        """The notes file of each target's document: the open one, else from the store."""
        notes = self.notes
        files: dict[Path, DocumentNotes] = {}
        for target in targets:
            found = next(
                (
                    n
                    for n in notes.notes.values()
                    if n is not None
                    and (target.sha256 in n.sha256s or target.path == n.document_path)
                ),
                None,
            ) or notes.store.notes_for(target.path, target.sha256, opened=False)
            files[found.file] = found
        return list(files.values())

    # -- the commands -----------------------------------------------------------------------

    def add(self, targets: list[Target], note: str, tags: list[str], colour: str) -> Annotation:
        from reader.core.notes.annotations import new_annotation

        annotation = new_annotation(targets, note=note, tags=tags, colour=colour)
        self.notes.remember_tags(annotation.tags)
        self.notes.settings.set("annotations/last_colour", annotation.colour)
        self.push([None], [annotation], translate("NoteEdits", "Add Annotation"))
        return annotation

    def update(self, annotation_id: str, **changes: object) -> bool:
        annotation = self.notes.annotation(annotation_id)
        if annotation is None:
            return False
        if "tags" in changes:
            changes["tags"] = tuple(changes["tags"])  # type: ignore[call-overload]
            self.notes.remember_tags(changes["tags"])  # type: ignore[arg-type]
        after = replace(annotation, **changes)  # type: ignore[arg-type]
        if after == annotation:
            return False
        self.push([annotation], [after], translate("NoteEdits", "Edit Annotation"))
        return True

    def delete(self, ids: list[str]) -> None:
        """Move annotations to the trash."""
        before = [a for a in map(self.notes.annotation, ids) if a is not None and not a.deleted]
        if before:
            stamp = before[0].edited().modified
            after = [replace(a, deleted=stamp) for a in before]
            text = (
                translate("NoteEdits", "Delete Annotation")
                if len(before) == 1
                else translate("NoteEdits", "Delete Annotations")
            )
            self.push(before, after, text)

    def restore(self, ids: list[str]) -> None:
        before = [a for a in map(self.notes.annotation, ids) if a is not None and a.deleted]
        if before:
            self.push(
                before,
                [replace(a, deleted=None) for a in before],
                translate("NoteEdits", "Restore from Trash"),
            )

    def purge(self, ids: list[str]) -> None:
        """Empty these annotations from the trash (undo brings them back)."""
        before = [a for a in map(self.notes.annotation, ids) if a is not None and a.deleted]
        if before:
            self.push(before, [None] * len(before), translate("NoteEdits", "Delete for Good"))

    def reattach(self, annotation_id: str) -> bool:
        """Attach an orphaned annotation to the text now selected in its pane."""
        notes = self.notes
        annotation = notes.annotation(annotation_id)
        if annotation is None:
            return False
        for side in SIDES:
            item = notes.located[side].get(annotation_id)
            if item is None or item.anchor.start is not None:
                continue
            new = notes.target_from_selection(side)
            if new is None:
                notes.tell(
                    Level.INFO,
                    translate(
                        "NoteEdits", "Select the passage in the left pane first, then re-attach."
                    )
                    if side == "left"
                    else translate(
                        "NoteEdits", "Select the passage in the right pane first, then re-attach."
                    ),
                )
                return False
            targets = tuple(new if t == item.target else t for t in annotation.targets)
            self.push(
                [annotation],
                [replace(annotation, targets=targets)],
                translate("NoteEdits", "Re-attach Annotation"),
            )
            return True
        return False

    def rename_tags(self, tags: list[str], new: str) -> None:
        """Rename tags (several: merge them) on every annotation of both documents."""
        from reader.core.notes.annotations import normalize_tag, rename_tag_everywhere

        changes = rename_tag_everywhere(self.notes.annotations(), tags, new)
        if changes:
            before, after = zip(*changes, strict=True)
            text = translate("NoteEdits", "Rename Tag to #{tag}").format(tag=normalize_tag(new))
            self.push(list(before), list(after), text)

    def recolour_tag(self, tag: str, colour: str) -> None:
        from reader.core.notes.annotations import recolour_tag_everywhere

        changes = recolour_tag_everywhere(self.notes.annotations(), tag, colour)
        if changes:
            before, after = zip(*changes, strict=True)
            self.push(
                list(before), list(after), translate("NoteEdits", "Recolour #{tag}").format(tag=tag)
            )
