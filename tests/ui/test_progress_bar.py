"""A progress report never paints the window in the middle of the work reporting it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QProgressBar, QVBoxLayout, QWidget

from reader.ui.progress_bar import ProgressBar


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def shown(bar: QProgressBar, qtbot) -> tuple[QWidget, Paints]:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(bar)
    bar.setRange(0, 1000)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    paints = Paints()
    bar.installEventFilter(paints)
    return window, paints


def test_qt_s_own_bar_paints_at_once_when_it_grows(qtbot):
    bar = QProgressBar()
    _window, paints = shown(bar, qtbot)
    bar.setValue(600)
    assert paints.count == 1  # synchronously, inside setValue: what ProgressBar avoids


def test_a_new_value_is_painted_with_the_next_frame(qtbot):
    bar = ProgressBar()
    _window, paints = shown(bar, qtbot)
    bar.set_value(600)
    assert paints.count == 0 and bar.value() == 600
    qtbot.waitUntil(lambda: paints.count >= 1)  # the next frame shows it
    bar.set_value(600)  # unchanged: nothing to paint
    before = paints.count
    QApplication.processEvents()
    assert paints.count == before
