"""``duidu [LEFT RIGHT]``: the reader window, and the options only it has.

Nothing of Qt is imported until the window is really wanted: ``--version`` and the
argument errors answer without it, and :mod:`reader.app` is imported last.
"""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import fail

DESCRIPTION = (
    "对读 Duidu: read two Chinese articles side by side, in the script and regional "
    "vocabulary you prefer."
)


def add_options(parser: argparse.ArgumentParser) -> None:
    """The window's options (what may stand between ``duidu`` and its file names)."""
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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("left", nargs="?", metavar="LEFT", help="file for the left pane")
    parser.add_argument("right", nargs="?", metavar="RIGHT", help="file for the right pane")
    add_options(parser)


def run(args: argparse.Namespace) -> int:
    if args.version:
        print(_version_text())
        return 0
    if args.left and not args.right:
        return fail("give two files (LEFT RIGHT), or none to open the last pair.")
    _report_crashes()
    from reader.app import run_gui

    return run_gui(args)


def _report_crashes() -> None:
    """If the window's process dies of a fatal signal (a crash inside Qt), print each
    thread's Python stack on stderr before it goes: the one clue such a crash leaves, and
    the packaged app ignores PYTHONFAULTHANDLER. A windowed app on Windows has no stderr;
    it gets nothing."""
    import contextlib
    import faulthandler

    if sys.stderr is not None and not faulthandler.is_enabled():
        # a stderr with no file descriptor (a pipe replaced by a Python object) has none
        with contextlib.suppress(AttributeError, ValueError, OSError):
            faulthandler.enable()


def _version_text() -> str:
    import platform

    from reader import __version__
    from reader.core.errors import DuiduError
    from reader.core.text.opencc_engine import get_engine

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
