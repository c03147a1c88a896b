"""``duidu export`` and ``duidu import``: notes out as Markdown or JSON, and back in.

Without files, ``export`` writes the notebook of every document Duidu has notes on. The
output goes to standard output unless ``-o`` names a file, which is written atomically
and never replaced without ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli import add_global_options, fail
from reader.core.errors import DuiduError

MODES = ("original", "hans", "hant", "tw", "twp", "hk")


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duidu export",
        description="Export annotations as Markdown notes (or as lossless JSON). Without "
        "FILE, every document Duidu has notes on is exported, as one notebook.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="documents whose notes to export")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    parser.add_argument(
        "--tag", action="append", default=[], metavar="T", help="only notes with this tag (repeat)"
    )
    parser.add_argument(
        "--color", action="append", default=[], metavar="C", help="only notes of this colour"
    )
    parser.add_argument(
        "--script",
        choices=MODES,
        default="original",
        metavar="MODE",
        help="script of the quoted passages: original (default), hans, hant, tw, twp or hk",
    )
    parser.add_argument(
        "--group",
        choices=("document", "tag"),
        default="document",
        help="sections by document in reading order (default) or by tag",
    )
    parser.add_argument(
        "--format", choices=("md", "json"), default="md", help="Markdown (default) or JSON"
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    add_global_options(parser)
    return parser


def _import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duidu import",
        description="Merge annotations from a JSON export (or a notes file) into your notes, "
        "by id: newer versions replace older ones and nothing is duplicated.",
    )
    parser.add_argument("file", metavar="FILE.json")
    add_global_options(parser)
    return parser


def run_export(argv: list[str]) -> int:
    args = _export_parser().parse_args(argv)
    from reader.core.annotation_store import AnnotationStore
    from reader.core.annotations import normalize_colour, normalize_tag
    from reader.core.markdown_notes import to_markdown
    from reader.core.notebook import Scope, export_json, gather, script_converter
    from reader.core.storage import atomic_write_text
    from reader.paths import resolve_data_dir

    try:
        colours = frozenset(normalize_colour(c) for c in args.color)
    except ValueError as error:
        return fail(str(error))
    output = Path(args.output) if args.output else None
    if output is not None and output.exists() and not args.force:
        return fail(f"{output} exists; give --force to replace it.")
    try:
        data_dir = resolve_data_dir(args.data_dir)
        store = AnnotationStore(data_dir)
        scope = Scope(
            paths=tuple(args.files) if args.files else None,
            tags=frozenset(normalize_tag(t) for t in args.tag),
            colours=colours,
        )
        if args.format == "json":
            text = export_json(store, scope)
        else:
            vocabulary = None
            if args.script != "original":
                from reader.core.vocabulary import load_vocabulary

                vocabulary = load_vocabulary(data_dir).vocabulary
            notebook = gather(
                store,
                scope,
                converter=script_converter(args.script, vocabulary),
                script=args.script,
            )
            for problem in notebook.problems:
                print(f"duidu: {problem}", file=sys.stderr)
            text = to_markdown(notebook, group=args.group)
        if output is None:
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.flush()
        else:
            atomic_write_text(output, text)
            print(f"Wrote {output}.", file=sys.stderr)
    except DuiduError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"the notes could not be read or written: {error}")
    return 0


def run_import(argv: list[str]) -> int:
    args = _import_parser().parse_args(argv)
    from reader.core.annotation_store import AnnotationStore
    from reader.core.notebook import import_annotations, read_annotations
    from reader.paths import resolve_data_dir

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return fail(f"{path} does not exist.")
    except (OSError, UnicodeDecodeError) as error:
        return fail(f"{path} cannot be read: {error}.")
    try:
        report = import_annotations(
            AnnotationStore(resolve_data_dir(args.data_dir)), read_annotations(text)
        )
    except DuiduError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"the notes could not be saved: {error}")
    print(report.sentence(), file=sys.stderr)
    return 0
