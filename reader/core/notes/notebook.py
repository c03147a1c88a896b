"""Gathering notes for export, and moving them between machines as JSON.

An export is made from the store and the documents as they are now: each passage is found
again in its document (so its paragraph number and reading order are current), quoted in
the original script or converted with its context (so OpenCC sees the phrase it is part
of), and each annotation appears once, a linked one with both passages.

The JSON form is the stored one (W3C Web Annotation), every annotation including the
trash, so nothing is lost; importing merges by id like a save does: the later ``modified``
wins and nothing is duplicated.
"""

from __future__ import annotations

import json
import uuid
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import DuiduError
from reader.core.formats.export_words import ENGLISH, phrase
from reader.core.formats.files import display_name, display_text
from reader.core.formats.markdown_export import EntryInfo, Notebook, PassageInfo, SourceInfo
from reader.core.formats.stored_json import parse_json
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence, sentence_of
from reader.core.notes.annotations import (
    CONTEXT,
    Annotation,
    Target,
    from_w3c,
    keep_newest,
    newest,
    now,
    to_w3c,
)
from reader.core.notes.store import AnnotationStore, DocumentNotes
from reader.core.text.document import BlockKind, Document, load_document

if TYPE_CHECKING:
    from reader.core.text.vocabulary import Vocabulary

# Converts a passage for export: (text, start, end) -> the passage in the chosen script.
Converter = Callable[[str, int, int], str]


@dataclass(frozen=True)
class Scope:
    """Which annotations to export: of these documents (None: every document Duidu knows),
    with any of these tags and colours (empty: all), or these ids only."""

    paths: tuple[str, ...] | None = None
    tags: frozenset[str] = frozenset()
    colours: frozenset[str] = frozenset()
    ids: frozenset[str] | None = None

    def admits(self, annotation: Annotation) -> bool:
        return (
            (not self.tags or any(t in self.tags for t in annotation.tags))
            and (not self.colours or annotation.colour in self.colours)
            and (self.ids is None or annotation.id in self.ids)
        )


CONTEXT_CHARS = 16  # converted with the passage, so OpenCC sees the phrase it is part of


def script_converter(
    mode: str, vocabulary: Vocabulary | None = None
) -> Callable[[Document], Converter] | None:
    """Converters into ``mode`` (a ScriptMode value) for each document; None for the
    original script. Each document's own script is detected once."""
    from reader.core.text.conversion import convert_text
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.scripts import ScriptMode, detect_script

    target = ScriptMode(mode)
    if target is ScriptMode.ORIGINAL:
        return None
    engine = get_engine()

    def for_document(document: Document) -> Converter:
        source = detect_script(document.text, engine).script

        def convert(text: str, start: int, end: int) -> str:
            low, high = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
            converted = convert_text(engine, text[low:high], target, source, vocabulary)
            a, b = converted.map.span_to_target(start - low, end - low)
            return converted.text[a:b]

        return convert

    return for_document


def place_of(
    document: Document, start: int, starts: list[int] | None = None, language: str = ENGLISH
) -> str:
    """Where ``start`` is, as a reader cites it: "paragraph 3", "title", "heading" (in
    ``language``). ``starts`` are the blocks' starts, when the caller places many passages."""
    if starts is None:
        starts = [block.start for block in document.blocks]
    k = bisect_right(starts, start) - 1
    while 0 <= k < len(document.blocks) and document.blocks[k].kind is BlockKind.BLANK:
        k += 1  # a passage that starts on a blank line: cite the next block
    if not 0 <= k < len(document.blocks):
        return phrase(language, "end")
    block = document.blocks[k]
    if block.kind is BlockKind.PARAGRAPH and block.paragraph:
        return phrase(language, "paragraph {number}", number=block.paragraph)
    name = {BlockKind.SECTION: "heading", BlockKind.IMAGE: "image"}.get(
        block.kind, block.kind.value
    )
    return phrase(language, name)


def open_documents(
    store: AnnotationStore, paths: Iterable[str] | None
) -> tuple[list[tuple[DocumentNotes, Document | None]], list[str]]:
    """The notes files of ``paths`` (each document must open), or of every document Duidu
    knows with the document if it still opens (None and a sentence in the problems if not).
    """
    problems: list[str] = []
    groups: list[tuple[DocumentNotes, Document | None]] = []
    document: Document | None
    if paths is not None:
        for path in paths:
            document = load_document(path)  # a file asked for by name must open
            assert document.path is not None  # load_document always sets it
            groups.append((store.notes_for(document.path, document.sha256), document))
        return groups, problems
    for notes in store.documents():
        document = None
        where = display_text(notes.document_path) if notes.document_path else notes.key
        if not notes.opened:
            # Only paths the reader opened are read: notes that arrived by import or sync
            # may name any file on this machine.
            if notes.document_path:
                problems.append(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{where} has not been opened in Duidu here; its notes are exported "
                            "with the passages as they were saved (open it once to place them).",
                        ),
                        where=where,
                    )
                )
        else:
            try:
                document = load_document(notes.document_path)
            except DuiduError:
                problems.append(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{where} was not found; its notes are exported with the passages as "
                            "they were saved.",
                        ),
                        where=where,
                    )
                )
        groups.append((notes, document))
    return groups, problems


def gather(
    store: AnnotationStore,
    scope: Scope = Scope(),
    *,
    converter: Callable[[Document], Converter] | None = None,
    script: str = "original",
    documents: Iterable[tuple[DocumentNotes, Document | None]] | None = None,
    title: str = "",
    language: str = ENGLISH,
) -> Notebook:
    """The annotations in ``scope``, each once, in reading order of their first passage.

    ``converter(document)`` gives the function that converts passages of that document
    into the export's script (None: the original text). ``documents`` lets the window pass
    the documents it has open instead of reading them again. Headings, places and the
    title are in ``language`` (``export_words.LANGUAGES``).
    """
    if documents is None:
        groups, problems = open_documents(store, scope.paths)
    else:
        groups, problems = list(documents), []
    sources: list[SourceInfo] = []
    # annotation id -> (target, passage) for every target found in an exported document
    passages: dict[str, dict[Target, PassageInfo]] = {}
    annotations: dict[str, Annotation] = {}
    for notes, document in groups:
        if document is not None:
            source = SourceInfo(
                display_text(str(document.path or notes.document_path)),
                document.title,
                document.sha256,
            )
            convert = converter(document) if converter else None
            starts = [block.start for block in document.blocks]
            chosen = [a for a in notes.live() if scope.admits(a)]  # only these are placed
            for found in notes.locate(document.text, document.sha256, chosen):
                start, end = found.anchor.start, found.anchor.end
                if start is None or end is None:  # (an anchor has both or neither)
                    quote, order = found.target.exact, -1
                    place = phrase(language, "orphaned (no longer in the text)")
                else:
                    quote = document.text[start:end]
                    if convert is not None:
                        quote = convert(document.text, start, end)
                    place, order = place_of(document, start, starts, language), start
                keep_newest(annotations, found.annotation)
                passages.setdefault(found.annotation.id, {})[found.target] = PassageInfo(
                    source, quote, place, order
                )
        else:
            source = SourceInfo(
                display_text(notes.document_path),
                display_name(notes.document_path) if notes.document_path else notes.key,
                notes.sha256s[-1] if notes.sha256s else "",
                found=False,
            )
            for annotation in notes.live():
                if not scope.admits(annotation):
                    continue
                target = notes.target_of(annotation)
                keep_newest(annotations, annotation)
                passages.setdefault(annotation.id, {})[target] = PassageInfo(
                    source, target.exact, phrase(language, "position unknown"), target.start
                )
        if source not in sources:
            sources.append(source)
    entries = []
    for key, annotation in annotations.items():
        placed = passages[key]
        ordered = []
        for target in annotation.targets:
            passage = placed.get(target)
            if passage is None:  # the other article of a linked note, not exported: as saved
                passage = PassageInfo(
                    SourceInfo(
                        display_text(target.path),
                        display_name(target.path) if target.path else "",
                        target.sha256,
                        found=False,
                    ),
                    target.exact,
                    phrase(language, "position unknown"),
                    target.start,
                )
            ordered.append(passage)
        # The entry is listed with the first of its passages that is in an exported document.
        ordered.sort(key=lambda p: p.source not in sources)
        entries.append(
            EntryInfo(
                id=annotation.id,
                passages=tuple(ordered),
                note=annotation.note,
                tags=annotation.tags,
                colour=annotation.colour,
                created=annotation.created,
                modified=annotation.modified,
            )
        )
    rank = {source: k for k, source in enumerate(sources)}
    entries.sort(key=lambda e: (rank[e.passages[0].source], e.passages[0].order, e.created))
    if not title:
        titles = [s.title for s in sources if any(e.passages[0].source == s for e in entries)]
        if len(titles) > 2:
            title = phrase(language, "Notes on {count} documents", count=len(titles))
        elif len(titles) == 2:
            first, second = titles
            title = phrase(language, "Notes on {first} and {second}", first=first, second=second)
        elif titles:
            title = phrase(language, "Notes on {first}", first=titles[0])
        else:
            title = phrase(language, "Notes")
    return Notebook(
        sources,
        entries,
        script=script,
        exported=now(),
        title=title,
        language=language,
        problems=problems,
        skipped=store.take_problems(),
    )


# -- JSON: every annotation as stored, and back ---------------------------------------------


def export_json(store: AnnotationStore, scope: Scope = Scope()) -> str:
    """A W3C AnnotationCollection of the annotations in scope, the trash included."""
    items: dict[str, Annotation] = {}
    documents = []
    if scope.paths is None:
        files = store.documents()  # no need to open every document: the notes are as stored
    else:
        files = [notes for notes, _document in open_documents(store, scope.paths)[0]]
    for notes in files:
        documents.append({"path": display_text(notes.document_path), "sha256": list(notes.sha256s)})
        for annotation in notes.annotations.values():
            if scope.admits(annotation):
                keep_newest(items, annotation)
    collection = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": "Duidu notes",
        "generated": now(),
        "documents": documents,
        "total": len(items),
        "first": {
            "type": "AnnotationPage",
            "items": [to_w3c(a) for a in sorted(items.values(), key=lambda a: a.created)],
        },
    }
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"


MAX_IMPORT_BYTES = 256 * 1024 * 1024
MAX_IMPORT_ANNOTATIONS = 1_000_000


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    changed: frozenset[str] = frozenset()  # ids added or updated, for a view to refresh

    def sentence(self) -> str:
        one_added, one_unchanged = self.added == 1, self.unchanged == 1
        if one_added and one_unchanged:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "Imported {added} new annotation, updated {updated}, and {unchanged} was "
                "already here.",
            )
        elif one_added:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "Imported {added} new annotation, updated {updated}, and {unchanged} were "
                "already here.",
            )
        elif one_unchanged:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "Imported {added} new annotations, updated {updated}, and {unchanged} was "
                "already here.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "Imported {added} new annotations, updated {updated}, and {unchanged} were "
                "already here.",
            )
        return Sentence(template, added=self.added, updated=self.updated, unchanged=self.unchanged)


def read_import_file(path: str | Path) -> list[Annotation]:
    """The annotations of a file the reader chose to import (bounded, regular files only);
    :class:`DuiduError` with a sentence naming the file for anything else."""
    from reader.core.formats.files import read_regular_file

    name = display_name(path)
    try:
        data = read_regular_file(path, MAX_IMPORT_BYTES)
    except FileNotFoundError:
        raise DuiduError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "{name} does not exist."), name=name)
        ) from None
    except OSError as error:
        raise DuiduError(
            Sentence(
                QT_TRANSLATE_NOOP("Messages", "{name} cannot be read: {reason}."),
                name=name,
                reason=error.strerror or sentence_of(error),
            )
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DuiduError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} is not UTF-8 text, so it is not a JSON export."
                ),
                name=name,
            )
        ) from None
    return read_annotations(text)


def read_annotations(text: str) -> list[Annotation]:
    """Annotations from a JSON export, a notes file, a page, a list or a single one.

    Every one is checked before any is kept, so an import is all or nothing: a file with
    one annotation Duidu cannot keep imports none, and the sentence says which and why. An
    id held twice keeps its newest version.
    """
    try:
        data = parse_json(text, check_text=False)  # from_w3c checks every string it keeps
    except ValueError as error:
        raise DuiduError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This is not a JSON file Duidu can read ({error}); nothing was imported.",
                ),
                error=sentence_of(error),
            )
        ) from None
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        first = data.get("first") or {}
        items = first.get("items", []) if isinstance(first, dict) else None
        trash = data.get("trash") or []
        data = items + trash if isinstance(items, list) and isinstance(trash, list) else None
    elif isinstance(data, dict) and data.get("type") == "AnnotationPage":
        data = data.get("items", [])
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise DuiduError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages", "This file holds no Web Annotations; nothing was imported."
                )
            )
        )
    if len(data) > MAX_IMPORT_ANNOTATIONS:
        raise DuiduError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This file holds more than {count:,} annotations; nothing was imported.",
                ),
                count=MAX_IMPORT_ANNOTATIONS,
            )
        )
    annotations: dict[str, Annotation] = {}
    for k, item in enumerate(data, 1):
        try:
            annotation = from_w3c(item)
            if not any(t.sha256 or t.path for t in annotation.targets):
                raise ValueError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "Messages", "it names no document (neither a file nor a SHA-256)"
                        )
                    )
                )
        except (ValueError, RecursionError) as error:
            raise DuiduError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Annotation {number} in this file cannot be read: {error}. Nothing was "
                        "imported.",
                    ),
                    number=k,
                    error=sentence_of(error),
                )
            ) from None
        keep_newest(annotations, annotation)
    return list(annotations.values())


def import_annotations(store: AnnotationStore, annotations: list[Annotation]) -> ImportReport:
    """Merge ``annotations`` into the notes files of their documents, by id: a newer one
    replaces ours, an older or equal one changes nothing, nothing is ever duplicated.

    The documents they name are not read (``opened=False``): an import may name any path.
    A notes file that cannot be read is set aside first, as always, and the store keeps
    the sentence that says so (``take_problems``).
    """
    added = updated = unchanged = 0
    pending: dict[Path, tuple[DocumentNotes, list[Annotation]]] = {}
    with store.batch():
        for annotation in annotations:
            files = {}
            for target in annotation.targets:
                if not (target.sha256 or target.path):
                    continue  # the other passage of a linked note from another tool
                notes = store.notes_for(target.path, target.sha256, opened=False)
                files[notes.file] = notes
            outcome = "unchanged"
            for notes in files.values():
                ours = notes.annotations.get(annotation.id)
                if notes.purged.get(annotation.id, "") >= annotation.modified:
                    continue  # emptied from the trash here after this version was made
                if newest(ours, annotation) is not ours:
                    pending.setdefault(notes.file, (notes, []))[1].append(annotation)
                    if outcome == "unchanged":
                        outcome = "added" if ours is None else "updated"
            added += outcome == "added"
            updated += outcome == "updated"
            unchanged += outcome == "unchanged"
        for saved, (notes, items) in enumerate(pending.values()):
            try:
                notes.put(*items)
            except DuiduError as error:
                raise DuiduError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{error} The import stopped after {saved} of {total} notes files; "
                            "importing the same file again finishes it and duplicates nothing.",
                        ),
                        error=sentence_of(error),
                        saved=saved,
                        total=len(pending),
                    )
                ) from None
    changed = frozenset(a.id for _notes, items in pending.values() for a in items)
    return ImportReport(added, updated, unchanged, changed)
