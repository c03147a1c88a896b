"""``duidu convert``: convert text between scripts and regional vocabularies."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import fail, script_modes, warn, write_out
from reader.core.errors import DuiduError

NAME = "convert"
HELP = "convert text between scripts and regional vocabularies"
DESCRIPTION = (
    "Convert Chinese text between scripts and regional vocabularies; "
    "writes UTF-8 to standard output."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from reader.core.text.scripts import ScriptMode

    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE",
        help="file to convert, or - for standard input (the default)",
    )
    targets = ", ".join(f"{mode} {ScriptMode(mode).label}" for mode in script_modes(original=False))
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--to",
        choices=script_modes(original=False),
        help=f"display script: {targets}; applies your vocabulary",
    )
    target.add_argument(
        "--config",
        metavar="NAME",
        help="apply exactly this OpenCC config (s2t, t2s, s2twp, tw2sp, s2hk, ...)",
    )
    parser.add_argument(
        "--no-vocabulary", action="store_true", help="with --to: ignore the user vocabulary"
    )


def run(args: argparse.Namespace) -> int:
    from reader.core.formats.encoding import decode_bytes, normalize_newlines
    from reader.core.formats.files import RefusedFile, display_name, read_bounded_stream
    from reader.core.text.conversion import convert_text
    from reader.core.text.document import MAX_BYTES
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.scripts import ScriptMode, detect_script
    from reader.core.text.vocabulary import Vocabulary, load_vocabulary

    try:
        if args.file == "-":
            name = "Standard input"
            try:
                data = read_bounded_stream(sys.stdin.buffer, MAX_BYTES)
            except RefusedFile as error:
                return fail(f"{name} cannot be converted: {error}.")
        else:
            from reader.core.text.document import read_document_bytes

            path = Path(args.file)
            name = f"“{display_name(path)}”"
            data = read_document_bytes(path)
        text = normalize_newlines(decode_bytes(data, name=name).text) if data else ""
        engine = get_engine()
        if args.config:
            output = engine.convert(args.config, text)
        else:
            vocabulary = None
            if not args.no_vocabulary:
                from reader.paths import resolve_data_dir

                loaded = load_vocabulary(resolve_data_dir(args.data_dir))
                if loaded.problem:
                    warn(loaded.problem)
                vocabulary = loaded.vocabulary
            source = detect_script(text, engine).script
            output = convert_text(
                engine, text, ScriptMode(args.to), source, vocabulary or Vocabulary()
            ).text
    except DuiduError as error:
        return fail(str(error))
    write_out(output)
    return 0
