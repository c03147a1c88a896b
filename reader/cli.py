"""The ``duidu`` command: the reader window, plus headless sub-commands.

``duidu [LEFT RIGHT]`` opens the window; ``duidu convert`` converts text without a display.
Global options (``--data-dir``) work before or after the sub-command. Errors are one
sentence on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import platform
import sys
from pathlib import Path

from reader import __version__
from reader.core.errors import DuiduError
from reader.core.scripts import ScriptMode

COMMANDS = ("convert", "topics", "notes", "export", "import")
_VALUE_OPTIONS = ("--data-dir", "--screenshot")
_MODES = [mode.value for mode in ScriptMode if mode is not ScriptMode.ORIGINAL]


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all user data and settings in DIR for this run (also: DUIDU_DATA_DIR)",
    )


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duidu",
        description="对读 Duidu: read two Chinese articles side by side, in the script and "
        "regional vocabulary you prefer.",
        epilog="Commands (run without a display): convert, topics, notes, export, import. "
        "See 'duidu COMMAND --help'.",
    )
    parser.add_argument("left", nargs="?", metavar="LEFT", help="file for the left pane")
    parser.add_argument("right", nargs="?", metavar="RIGHT", help="file for the right pane")
    parser.add_argument(
        "--version",
        action="store_true",
        help="print the versions of Duidu, its OpenCC engine and Qt",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="open the window (default pair if no files), wait until the texts are shown, "
        "save a PNG of it and exit",
    )
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    add_global_options(parser)
    return parser


def _convert_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duidu convert",
        description="Convert Chinese text between scripts and regional vocabularies; "
        "writes UTF-8 to standard output.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE",
        help="file to convert, or - for standard input (the default)",
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--to",
        choices=_MODES,
        help="display script: hans 简体 (mainland), hant 繁體 (OpenCC standard), tw 臺灣, "
        "twp 臺灣用詞, hk 香港; applies your vocabulary",
    )
    target.add_argument(
        "--config",
        metavar="NAME",
        help="apply exactly this OpenCC config (s2t, t2s, s2twp, tw2sp, s2hk, ...)",
    )
    parser.add_argument(
        "--no-vocabulary", action="store_true", help="with --to: ignore the user vocabulary"
    )
    add_global_options(parser)
    return parser


def _topics_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duidu topics",
        description="Topics two articles share, topics only one discusses, and aligned "
        "paragraphs, in any mix of scripts. Terms are in Simplified script; spans are "
        "code-point offsets into each file's decoded text (newlines as \\n).",
    )
    parser.add_argument("left", metavar="LEFT", help="first article")
    parser.add_argument("right", metavar="RIGHT", help="second article")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--top", type=int, metavar="N", help="keep the N best topics of each list")
    add_global_options(parser)
    return parser


def _run_topics(argv: list[str]) -> int:
    args = _topics_parser().parse_args(argv)
    if args.top is not None and args.top < 1:
        return fail("--top needs a number of at least 1.")
    import json

    from reader.core.aliases import load_aliases
    from reader.core.document import load_document
    from reader.core.links import LinkStore
    from reader.core.opencc_engine import get_engine
    from reader.core.segmenter import get_segmenter
    from reader.core.topics import TopicAnalyser, analyse_documents
    from reader.core.vocabulary import load_vocabulary
    from reader.paths import resolve_data_dir, resources_dir

    try:
        left = load_document(args.left)
        right = load_document(args.right)
        data_dir = resolve_data_dir(args.data_dir)
        aliases = load_aliases(resources_dir() / "aliases.json", data_dir)
        vocabulary = load_vocabulary(data_dir)
        for problem in (aliases.problem, vocabulary.problem):
            if problem:
                print(f"duidu: {problem}", file=sys.stderr)
        analyser = TopicAnalyser(
            get_engine(), get_segmenter(), aliases.table, vocabulary.vocabulary
        )
        links = LinkStore(data_dir).get(left.sha256, right.sha256)
        analysis = analyse_documents(
            analyser, left, right, links=sorted(links.added), unlinks=sorted(links.removed)
        )
    except DuiduError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"the data folder cannot be used: {error}")
    if args.json:
        output = json.dumps(analysis.to_json(args.top), ensure_ascii=False, indent=1)
    else:
        output = _topics_table(analysis, args.top or 20, left.title, right.title)
    write_out(output + "\n")
    return 0


def _topics_table(analysis, top: int, left_title: str, right_title: str) -> str:
    """A readable summary: ranked shared topics with counts, then the one-sided lists."""
    lines = [f"Left:  {left_title}", f"Right: {right_title}", "", "Shared topics"]
    lines.append(f"{'#':>3}  {'left':>5}  {'right':>5}  term")
    for rank, topic in enumerate(analysis.shared[:top], 1):
        lines.append(f"{rank:>3}  {topic.left_count:>5}  {topic.right_count:>5}  {topic.term}")
    for label, topics, count in (
        ("Only in the left article", analysis.left_only, lambda t: t.left_count),
        ("Only in the right article", analysis.right_only, lambda t: t.right_count),
    ):
        lines += ["", label]
        lines.append("  " + ", ".join(f"{t.term} ({count(t)})" for t in topics[:top]) or "  -")
    lines += [
        "",
        f"Aligned paragraph pairs: {len(analysis.aligned)}; "
        f"shared wording: {len(analysis.wording)} passages.",
    ]
    return "\n".join(lines)


def _command_index(argv: list[str]) -> int | None:
    """Index of the sub-command in ``argv``: the first positional token, if it names one."""
    skip = False
    for index, token in enumerate(argv):
        if skip:
            skip = False
            continue
        if token in _VALUE_OPTIONS:
            skip = True
            continue
        if token.startswith("-"):
            continue
        return index if token in COMMANDS else None
    return None


def fail(message: str) -> int:
    warn(message)
    return 1


def warn(message: str) -> None:
    """One sentence on standard error (a name that is not UTF-8 shows its bytes as \\x..)."""
    print(f"duidu: {message}", file=sys.stderr)


def write_out(text: str) -> None:
    """``text`` to standard output as UTF-8; a file name's undecodable bytes are written
    back as the bytes they were (surrogateescape), anything else unencodable as U+FFFD."""
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "replace")
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def text_argument(value: str, option: str) -> str:
    """An option's text as given, or :class:`DuiduError` when the terminal passed bytes
    that are not UTF-8 (Python keeps them as lone surrogates, which no file can hold)."""
    from reader.core.files import has_surrogates

    if has_surrogates(value):
        raise DuiduError(
            f"{option} is not valid UTF-8 text; check your terminal's encoding and try again."
        )
    return value


def tell_problems(store) -> int:
    """Say, once each, which notes files the store set aside; how many there were."""
    problems = store.take_problems()
    for problem in problems:
        warn(problem)
    return len(problems)


def _version_text() -> str:
    from reader.core.opencc_engine import get_engine

    lines = [f"duidu {__version__}"]
    try:
        lines.append(f"OpenCC engine: {get_engine().info.describe()}")
    except DuiduError as error:
        lines.append(f"OpenCC engine: none ({error})")
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        lines.append(f"PySide6 {PySide6.__version__}, Qt {qVersion()}")
    except ImportError:
        lines.append("PySide6: not installed")
    lines.append(f"Python {platform.python_version()}")
    return "\n".join(lines)


def _run_convert(argv: list[str]) -> int:
    args = _convert_parser().parse_args(argv)
    from reader.core.conversion import convert_text
    from reader.core.document import MAX_BYTES
    from reader.core.encoding import decode_bytes, normalize_newlines
    from reader.core.files import RefusedFile, display_name, read_bounded_stream
    from reader.core.opencc_engine import get_engine
    from reader.core.scripts import detect_script
    from reader.core.vocabulary import Vocabulary, load_vocabulary

    try:
        if args.file == "-":
            name = "Standard input"
            try:
                data = read_bounded_stream(sys.stdin.buffer, MAX_BYTES)
            except RefusedFile as error:
                return fail(f"{name} cannot be converted: {error}.")
        else:
            from reader.core.document import read_document_bytes

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
                    print(f"duidu: {loaded.problem}", file=sys.stderr)
                vocabulary = loaded.vocabulary
            source = detect_script(text, engine).script
            output = convert_text(
                engine, text, ScriptMode(args.to), source, vocabulary or Vocabulary()
            ).text
    except DuiduError as error:
        return fail(str(error))
    write_out(output)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``duidu`` and ``python -m reader``; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = _command_index(argv)
    if command is not None:
        if argv[command] == "notes":
            from reader.notes_cli import run as run_notes

            run = run_notes
        elif argv[command] in ("export", "import"):
            from reader.export_cli import run_export, run_import

            run = run_export if argv[command] == "export" else run_import
        else:
            run = _run_topics if argv[command] == "topics" else _run_convert
        try:
            return run(argv[:command] + argv[command + 1 :])
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return 0
    args = _gui_parser().parse_args(argv)
    if args.version:
        print(_version_text())
        return 0
    if args.left and not args.right:
        return fail("give two files (LEFT RIGHT), or none to open the last pair.")
    from reader.app import run_gui

    return run_gui(args)
