"""What the window needs within a second of its first paint, made ready before it is asked for.

An import holds the thread that runs it. Measured on the UI thread just after the first
paint: qtawesome with qtpy 0.15 s (qtpy made PySide build every class and enum of four
Qt modules, 40-60 ms for each; it no longer does, see
:func:`reader.ui.appearance.import_qtawesome`), filelock 35 ms, the notes core 25 ms
(xml.etree alone 26), each panel 15 ms; one after another they froze the freshly painted
window for 0.3 s.

So they are split in two. :data:`MODULES` touch no Qt at all; a worker imports them and the
UI thread finds them in ``sys.modules``. What does touch PySide (:data:`UI_MODULES`, and the
icon font) is done on the UI thread, one step per turn of the event loop
(:func:`ui_steps`), so no step holds it for more than ~15 ms (steps run with full
garbage collections held back, see ``MainWindow._after_first_paint``). A worker never calls into
PySide: while the UI thread built widgets, workers that made Qt objects or PySide's enums
crashed the packaged app now and then (see reader_pane.DocumentBuild). The topics panel
is in neither list: it is built the moment the window has painted.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

MODULES = (
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
    "reader.core.formats.note_html",  # the notes panel's: xml.etree alone takes 26 ms
    "reader.core.notes.annotations",
)

UI_MODULES = (
    "qtawesome",  # the toolbar's icons (see reader.ui.appearance.import_qtawesome)
    "reader.ui.notes.panel",
)


def preload() -> None:
    """Import :data:`MODULES`: on a worker, before the window builds what uses them."""
    for name in MODULES:
        importlib.import_module(name)


def ui_steps() -> list[Callable[[], object]]:
    """The UI thread's share, one step per turn of the event loop: import
    :data:`UI_MODULES` one a turn (qtawesome with PySide6's modules as its Qt layer:
    :func:`reader.ui.appearance.import_qtawesome`), then load the icon font
    (:func:`reader.ui.appearance.icon_font`). Steps take 5-14 ms here, the longest being
    the notes panel's import."""
    from reader.ui.appearance import icon_font, import_qtawesome

    imports = {"qtawesome": import_qtawesome}
    steps: list[Callable[[], object]] = [
        imports.get(name, lambda name=name: importlib.import_module(name)) for name in UI_MODULES
    ]
    steps.append(icon_font)
    return steps
