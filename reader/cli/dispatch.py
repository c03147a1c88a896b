"""What ``duidu`` runs: one of :data:`COMMANDS`, or the window.

Every command is a module with ``NAME``, ``HELP``, ``DESCRIPTION``, ``add_arguments(parser)``
and ``run(args)``; :data:`COMMANDS` is the only list of them. The command-line form
``duidu [LEFT RIGHT]`` and the sub-commands cannot share one argparse parser (a file name
would be taken for a misspelt command), so :func:`parse` first asks argparse, with the
global and the window's options, for the first word that is neither an option nor an
option's value: if it names a command, the command parser reads the line, else the window's.
No table of options is kept here: argparse knows which take a value (and their abbreviations).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from types import ModuleType

from reader.cli import convert, export, import_, notes, topics, window
from reader.cli.common import add_global_options

COMMANDS: tuple[ModuleType, ...] = (convert, topics, notes, export, import_)
_BY_NAME = {command.NAME: command for command in COMMANDS}


def command_parser() -> argparse.ArgumentParser:
    """``duidu [--data-dir DIR] COMMAND ...``, with a sub-parser for each command."""
    parser = argparse.ArgumentParser(prog="duidu", description=window.DESCRIPTION)
    add_global_options(parser, default=None)
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands"
    )
    for command in COMMANDS:
        sub = commands.add_parser(command.NAME, help=command.HELP, description=command.DESCRIPTION)
        command.add_arguments(sub)
        add_global_options(sub)
    return parser


def window_parser() -> argparse.ArgumentParser:
    """``duidu [LEFT RIGHT] [--version] [--screenshot PNG]``; its help lists the commands."""
    width = max(len(command.NAME) for command in COMMANDS)
    listing = "\n".join(f"  {c.NAME:<{width}}  {c.HELP}" for c in COMMANDS)
    parser = argparse.ArgumentParser(
        prog="duidu",
        description=textwrap.fill(window.DESCRIPTION, 78),
        epilog=f"commands (no display needed; see 'duidu COMMAND --help'):\n{listing}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    window.add_arguments(parser)
    add_global_options(parser, default=None)
    return parser


class _Unparsable(Exception):
    pass


class _Probe(argparse.ArgumentParser):
    """Knows the options that may come before the first word (the global ones and the
    window's), so it can skip their values; a line it cannot read is left to the window's
    parser, which says what is wrong with it."""

    def error(self, message: str):  # never returns: argparse expects it to exit
        raise _Unparsable(message)


def command_named(argv: list[str]) -> ModuleType | None:
    """The command that ``argv``'s first word names, or None when it names a file (or
    nothing). Words after ``--`` are file names, so ``duidu -- notes list`` opens two."""
    probe = _Probe(prog="duidu", add_help=False)
    add_global_options(probe, default=None)
    window.add_options(probe)
    try:
        _options, words = probe.parse_known_args(argv)
    except _Unparsable:
        return None
    for word in words:
        if word == "--":
            return None
        if not word.startswith("-"):
            return _BY_NAME.get(word)
    return None


def parse(argv: list[str]) -> tuple[ModuleType | None, argparse.Namespace]:
    """What ``argv`` asks for: the command module (None for the window) and its arguments.
    A usage error exits with status 2 and argparse's message, as argparse does."""
    if command_named(argv) is None:
        return None, window_parser().parse_args(argv)
    args = command_parser().parse_args(argv)
    return _BY_NAME[args.command], args


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``duidu`` and ``python -m reader``; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command, args = parse(argv)
    if command is None:
        return window.run(args)
    try:
        return command.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
