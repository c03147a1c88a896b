"""What every ``duidu`` command shares: the global options, and how it speaks.

Errors are one sentence on standard error and a non-zero exit code, never a traceback;
output is UTF-8 whatever the terminal's locale. This module imports nothing of the
commands (they import it), and nothing heavy: the window starts through here too.
"""

from __future__ import annotations

import argparse
import sys

from reader.core.errors import DuiduError


def add_global_options(
    parser: argparse.ArgumentParser, *, default: object = argparse.SUPPRESS
) -> None:
    """Options that work before or after any command (``--data-dir``).

    Below a command the default is ``SUPPRESS``: argparse copies a sub-parser's defaults
    over the values the top-level parser read, so a default there would undo
    ``duidu --data-dir DIR COMMAND``. The top-level parser passes ``default=None``.
    """
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep all user data and settings in DIR for this run (also: DUIDU_DATA_DIR)",
    )


def script_modes(*, original: bool) -> list[str]:
    """The values of :class:`~reader.core.text.scripts.ScriptMode`, for an option's choices;
    without ``original``, only the conversion targets."""
    from reader.core.text.scripts import ScriptMode

    return [mode.value for mode in ScriptMode if original or mode is not ScriptMode.ORIGINAL]


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
    from reader.core.formats.files import has_surrogates

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
