"""``duidu export``: notes out as Markdown or JSON.

Without files, ``export`` writes the notebook of every document Duidu has notes on. The
output goes to standard output unless ``-o`` names a file, which is written atomically
and never replaced without ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import fail, script_modes, tell_problems, text_argument, warn, write_out
from reader.core.errors import DuiduError

NAME = "export"
HELP = "export annotations as Markdown notes or as JSON"
DESCRIPTION = (
    "Export annotations as Markdown notes (or as lossless JSON). Without "
    "FILE, every document Duidu has notes on is exported, as one notebook."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from reader.core.formats.export_words import LANGUAGES
    from reader.core.text.scripts import ScriptMode

    parser.add_argument("files", nargs="*", metavar="FILE", help="documents whose notes to export")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    parser.add_argument(
        "--tag", action="append", default=[], metavar="T", help="only notes with this tag (repeat)"
    )
    parser.add_argument(
        "--color", action="append", default=[], metavar="C", help="only notes of this colour"
    )
    targets = script_modes(original=False)
    parser.add_argument(
        "--script",
        choices=script_modes(original=True),
        default=ScriptMode.ORIGINAL.value,
        metavar="MODE",
        help=f"script of the quoted passages: {ScriptMode.ORIGINAL.value} (default), "
        f"{', '.join(targets[:-1])} or {targets[-1]}",
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
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the Markdown's headings, places and dates: en (default), zh_CN or zh_TW",
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")


def run(args: argparse.Namespace) -> int:
    from reader.core.formats.files import display_text
    from reader.core.formats.markdown_export import to_markdown
    from reader.core.notes.annotations import normalize_colour, normalize_tag
    from reader.core.notes.notebook import Scope, export_json, gather, script_converter
    from reader.core.notes.store import AnnotationStore
    from reader.core.storage import atomic_write_text
    from reader.core.text.scripts import ScriptMode
    from reader.paths import resolve_data_dir

    try:
        colours = frozenset(normalize_colour(text_argument(c, "--color")) for c in args.color)
        tags = frozenset(normalize_tag(text_argument(t, "--tag")) for t in args.tag)
    except (ValueError, DuiduError) as error:
        return fail(str(error))
    output = Path(args.output) if args.output else None
    if output is not None:
        shown = display_text(str(output))
        if not output.parent.is_dir():
            return fail(f"the folder of {shown} does not exist; create it first.")
        if output.exists() and not output.is_file():
            return fail(f"{shown} exists and is not a regular file; choose another name.")
        if output.exists() and not args.force:
            return fail(f"{shown} exists; give --force to replace it.")
    store = None
    try:
        data_dir = resolve_data_dir(args.data_dir)
        store = AnnotationStore(data_dir)
        scope = Scope(paths=tuple(args.files) if args.files else None, tags=tags, colours=colours)
        if args.format == "json":
            text = export_json(store, scope)
            skipped = store.take_problems()
        else:
            vocabulary = None
            if args.script != ScriptMode.ORIGINAL.value:
                from reader.core.text.vocabulary import load_vocabulary

                vocabulary = load_vocabulary(data_dir).vocabulary
            notebook = gather(
                store,
                scope,
                converter=script_converter(args.script, vocabulary),
                script=args.script,
                language=args.language,
            )
            for problem in notebook.problems:
                warn(problem)
            skipped = notebook.skipped
            text = to_markdown(notebook, group=args.group)
        for problem in skipped:
            warn(problem)
        if output is None:
            write_out(text)
        else:
            atomic_write_text(output, text, create_folders=False, private=False)
            print(f"Wrote {display_text(str(output))}.", file=sys.stderr)
    except DuiduError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"the notes could not be read or written: {error}")
    finally:
        if store is not None:
            tell_problems(store)
    if skipped:
        return fail(
            "the export is incomplete: the notes in the file set aside above were left out."
        )
    return 0
