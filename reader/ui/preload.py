"""Modules the window needs within a second of its first paint, imported on a worker first.

An import holds the thread that runs it. Measured on the UI thread just after the first
paint: qtawesome with qtpy about 0.1 s (qtpy builds hundreds of Python enums), filelock
35 ms, the notes core 25 ms, each panel 15 ms; one after another they froze the freshly
painted window for 0.3 s. Imported on a worker, the UI thread finds them in ``sys.modules``.
Importing defines classes and functions only: none of these modules makes a Qt object
at import, so a worker may import them. The topics panel is not among them: it is built the
moment the window has painted, and the UI thread importing it while a worker did waited for
that worker's import.
"""

from __future__ import annotations

import importlib

MODULES = (
    "qtawesome",  # the toolbar's icons
    # Opening a file: the Chinese codecs the decoder tries, OpenCC (its adapter reads the
    # package's version through importlib.metadata, which imports the email package: 22 ms),
    # and for a book the helper processes (multiprocessing, pickle, subprocess: 50 ms).
    # Imported by the open job itself, they held the GIL while the UI thread laid out the
    # text (a module's initialisation in C yields it to no one).
    "encodings.gb18030",
    "encodings.big5hkscs",
    "reader.core.text.opencc_engine",
    "opencc",
    "reader.core.offload",
    "filelock",  # the notes index and notes files
    "reader.core.notes.store",  # each side's notes, read on a worker, then placed
    "reader.core.comparison.aliases",
    "reader.core.comparison.links",
    "reader.ui.notes.panel",
)


def preload() -> None:
    """Import :data:`MODULES` (on a worker, before the window builds what uses them)."""
    for name in MODULES:
        importlib.import_module(name)
