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
    """Import :data:`MODULES` (on a worker, before the window builds what uses them), then
    load the icon fonts (:func:`load_icon_fonts`)."""
    for name in MODULES:
        importlib.import_module(name)
    load_icon_fonts()


def load_icon_fonts() -> None:
    """Load qtawesome's fonts and their character maps here, on a worker, where the first
    icon asked for on the UI thread would load them: nine fonts' MD5 sums and 25,000
    entries of JSON, each through a Python hook, held the UI thread 50-150 ms (seen by a
    watchdog on the stall benchmark, the longest stall of its open step). Qt 6's
    QFontDatabase is thread-safe, and qtawesome makes what is bound to a thread (its
    QRawFonts) in the thread that paints; the object holding the fonts is handed to the
    UI thread. Without an application (a test importing the modules) nothing is loaded:
    qtawesome loads no font then either."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        return
    import qtawesome

    fonts = qtawesome._instance()  # the singleton every qtawesome.icon() call uses
    if fonts.thread() is not app.thread():
        fonts.moveToThread(app.thread())
