"""What the window needs within a second of its first paint, made ready before it is asked for.

An import holds the thread that runs it. Measured on the UI thread just after the first
paint: qtawesome with qtpy 0.15 s (qtpy makes PySide build every class and enum of four
Qt modules, 40-60 ms for each), filelock 35 ms, the notes core 25 ms (xml.etree alone 26),
each panel 15 ms; one after another they froze the freshly painted window for 0.3 s.

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
import time
from collections.abc import Callable
from types import ModuleType

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

# PySide makes a module's classes and enums on first use; qtpy's import uses all of them
# (``from PySide6.QtGui import *``: 40 ms in one go). They are touched here a slice at a
# time first, so qtpy finds them made.
QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtOpenGL", "PySide6.QtWidgets")
STEP_SECONDS = 0.008  # a turn's share of that (one name takes up to 6 ms)

UI_MODULES = (
    "qtpy.QtCore",  # qtawesome's Qt layer, a module per turn (their Qt classes made already)
    "qtpy.QtGui",
    "qtpy.QtWidgets",
    "qtawesome",  # the toolbar's icons
    "reader.ui.notes.panel",
)


def preload() -> None:
    """Import :data:`MODULES`: on a worker, before the window builds what uses them."""
    for name in MODULES:
        importlib.import_module(name)


def ui_steps() -> list[Callable[[], object]]:
    """The UI thread's share, one step per turn of the event loop (a step that returns
    True wants another turn): make the classes and enums of :data:`QT_MODULES` for up to
    :data:`STEP_SECONDS` a turn, import :data:`UI_MODULES` one a turn, then load the icon
    font (:func:`reader.ui.appearance.icon_font`). Steps take 8-14 ms here, the longest
    being the notes panel's import."""
    from reader.ui.appearance import icon_font

    steps: list[Callable[[], object]] = [_QtClasses(QT_MODULES)]
    steps += [lambda name=name: importlib.import_module(name) for name in UI_MODULES]
    steps.append(icon_font)
    return steps


class _QtClasses:
    """Touches every public name of some PySide modules, for a few milliseconds a call."""

    def __init__(self, modules: tuple[str, ...]) -> None:
        self._modules = list(modules)
        self._names: list[str] = []
        self._module: ModuleType | None = None

    def __call__(self) -> bool:
        """Touch names (at least one) for :data:`STEP_SECONDS`; True while some are left."""
        deadline = time.perf_counter() + STEP_SECONDS
        while True:
            if not self._names:
                if not self._modules:
                    return False
                try:
                    self._module = importlib.import_module(self._modules.pop(0))
                except ImportError:  # a Qt without it: qtpy copes, and so do we
                    continue
                self._names = [name for name in dir(self._module) if not name.startswith("_")]
                continue
            getattr(self._module, self._names.pop(), None)
            if time.perf_counter() >= deadline:
                return bool(self._names or self._modules)
