"""``duidu notes``: add, list and remove annotations without a display.

The same store as the window: what the CLI adds shows in the window at once (it watches
the files), and the reverse.
"""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import (
    add_global_options,
    fail,
    tell_problems,
    text_argument,
    warn,
    write_out,
)
from reader.core.errors import DuiduError

NAME = "notes"
HELP = "add, list and remove annotations (the notes the window shows)"
DESCRIPTION = "Annotations on your documents: the same notes the window shows."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="annotate a passage; prints the new id")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--quote", required=True, help="the passage, in any script")
    add.add_argument(
        "--occurrence", type=int, default=1, metavar="N", help="which occurrence (default 1)"
    )
    add.add_argument("--note", default="", metavar="MD", help="the note, in Markdown")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeat)")
    add.add_argument(
        "--color",
        default="yellow",
        metavar="C",
        help="yellow, green, blue, pink, purple, orange or #rrggbb",
    )
    listing = actions.add_parser("list", help="list annotations (of FILE, or of every document)")
    listing.add_argument("file", nargs="?", metavar="FILE")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--tag", metavar="T", help="only annotations with this tag")
    remove = actions.add_parser("rm", help="move an annotation to the trash")
    remove.add_argument("id", metavar="ID", help="the id add printed (or a unique prefix)")
    for action in (add, listing, remove):
        add_global_options(action)


def run(args: argparse.Namespace) -> int:
    from reader.core.notes.store import AnnotationStore
    from reader.paths import resolve_data_dir

    store = None
    try:
        store = AnnotationStore(resolve_data_dir(args.data_dir))
        if args.action == "add":
            return _add(store, args)
        if args.action == "list":
            return _list(store, args)
        return _remove(store, args)
    except DuiduError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"the notes could not be read or saved: {error}")
    finally:
        if store is not None:
            tell_problems(store)


def _add(store, args) -> int:
    from reader.core.notes.annotations import make_target, new_annotation, normalize_colour
    from reader.core.text.document import load_document
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.search import find_quote
    from reader.core.text.vocabulary import load_vocabulary

    try:
        colour = normalize_colour(text_argument(args.color, "--color"))
    except ValueError as error:
        return fail(str(error))
    quote = text_argument(args.quote, "--quote")
    note = text_argument(args.note, "--note")
    tags = [text_argument(tag, "--tag") for tag in args.tag]
    document = load_document(args.file)
    vocabulary = load_vocabulary(store.folder.parent).vocabulary
    spans = find_quote(document.text, quote, get_engine(), vocabulary)
    if not spans:
        return fail(f"“{quote}” is not in {document.name}.")
    if not 1 <= args.occurrence <= len(spans):
        return fail(
            f"“{quote}” occurs {len(spans)} time{'s' * (len(spans) != 1)} in "
            f"{document.name}; --occurrence must be 1 to {len(spans)}."
        )
    start, end = spans[args.occurrence - 1]
    target = make_target(document.path, document.sha256, document.text, start, end)
    annotation = new_annotation([target], note=note, tags=tags, colour=colour)
    notes = store.notes_for(document.path, document.sha256)
    notes.put(annotation)
    print(annotation.short_id)
    return 0


def _rows(store, file: str | None) -> list[dict]:
    from reader.core.notes.notebook import open_documents

    # a document that is gone has None: its notes are listed as orphaned
    groups, problems = open_documents(store, [file] if file else None)
    tell_problems(store)
    rows: list[dict] = []
    seen: set[str] = set()
    for problem in problems:
        warn(problem)
    for notes, document in groups:
        if document is not None:
            located = [
                (found.annotation, found.target, found.anchor)
                for found in notes.locate(document.text, document.sha256)
            ]
        else:
            located = [(a, notes.target_of(a), None) for a in notes.live()]
        for annotation, target, anchor in located:
            if annotation.id in seen and not file:
                continue
            seen.add(annotation.id)
            rows.append(_row(annotation, target, anchor, notes.document_path))
    return rows


def _row(annotation, target, anchor, document_path: str) -> dict:
    from reader.core.formats.files import display_text

    return {
        "id": annotation.short_id,
        "document": display_text(document_path),
        "quote": target.exact,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "color": annotation.colour,
        "start": anchor.start if anchor else None,
        "end": anchor.end if anchor else None,
        "status": anchor.status.value if anchor else "orphaned",
        "created": annotation.created,
        "modified": annotation.modified,
        "linked": [display_text(t.path) for t in annotation.targets if t is not target],
    }


def _list(store, args) -> int:
    from reader.core.formats.files import display_name

    rows = _rows(store, args.file)
    if args.tag:
        rows = [row for row in rows if args.tag in row["tags"]]
    rows.sort(key=lambda r: (r["document"], r["start"] if r["start"] is not None else -1))
    if args.json:
        import json

        output = json.dumps(rows, ensure_ascii=False, indent=1)
    else:
        lines = []
        for row in rows:
            where = f"{row['start']}-{row['end']}" if row["start"] is not None else "-"
            tags = " ".join(f"#{t}" for t in row["tags"])
            quote = row["quote"].replace("\n", " ")
            quote = quote if len(quote) <= 30 else quote[:29] + "…"
            note = row["note"].replace("\n", " ")
            note = note if len(note) <= 40 else note[:39] + "…"
            lines.append(
                f"{row['id'][:8]}  {row['status']:<8}  {where:>11}  {display_name(row['document'])}"
                f"  “{quote}”  {note}  {tags}".rstrip()
            )
        output = "\n".join(lines) if lines else "No annotations."
    write_out(output + "\n")
    return 0


def _remove(store, args) -> int:
    from reader.core.notes.annotations import now

    if not args.id.strip().removeprefix("urn:uuid:"):
        return fail("give the id of an annotation (as notes add or notes list printed it).")
    hits = store.find(args.id)
    ids = {annotation.id for _notes, annotation in hits}
    if not ids:
        return fail(f"no annotation has the id {args.id}.")
    if len(ids) > 1:
        return fail(f"{args.id} matches {len(ids)} annotations; give more of the id.")
    stamp = now()
    for notes, annotation in hits:
        if not annotation.deleted:
            notes.put(annotation.edited(deleted=stamp))
    print(f"Moved {hits[0][1].short_id} to the trash.", file=sys.stderr)
    return 0
