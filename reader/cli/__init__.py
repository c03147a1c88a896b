"""The ``duidu`` command: the reader window, plus headless commands.

``duidu [LEFT RIGHT]`` opens the window; ``duidu COMMAND`` runs a command without a
display. Global options (``--data-dir``) work before or after the command. Errors are one
sentence on stderr and a non-zero exit code, never a traceback.

Layout: :mod:`~reader.cli.common` holds what every command shares and imports none of
them; each command is one module (:mod:`~reader.cli.convert`, :mod:`~reader.cli.topics`,
:mod:`~reader.cli.notes`, :mod:`~reader.cli.export`, :mod:`~reader.cli.import_`), the
window's options are :mod:`~reader.cli.window`, and :mod:`~reader.cli.dispatch` lists the
commands once and builds the parsers from that list. Imports go dispatch -> commands ->
common, never back; this file imports nothing at start, so importing any one module of
the package loads only what that module needs.
"""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``duidu`` and ``python -m reader``; returns the exit code."""
    import multiprocessing

    from reader.cli.dispatch import main as run

    multiprocessing.freeze_support()  # the packaged app starts its helper processes so
    return run(argv)
