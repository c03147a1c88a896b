"""A progress bar that never paints in the middle of other work."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


class ProgressBar(QProgressBar):
    """``QProgressBar`` whose new value is painted with the window's next frame.

    ``QProgressBar.setValue`` calls ``repaint()`` when the bar grows visibly: a synchronous
    paint, and Qt then paints every dirty region of the window with it. Reported while a
    book was being opened or converted, that painted the new text (its glyphs rendered for
    the first time) inside the progress callback: a stall of a third of a second on the
    event loop, in the turn that was already doing the work. Here the value is set with
    updates off, and the bar is merely marked for the next paint.
    """

    def set_value(self, value: int) -> None:
        if value == self.value():
            return
        self.setUpdatesEnabled(False)
        try:
            self.setValue(value)
        finally:
            self.setUpdatesEnabled(True)  # schedules an update(), paints nothing now
