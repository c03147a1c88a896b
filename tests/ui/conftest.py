"""Window fixtures: a real main window on the offscreen platform, with its own data folder."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from reader.app import create_application, create_window, initial_files
from reader.core import offload
from reader.ui.main_window import MainWindow
from reader.ui.notes.editor import AnnotationEditor


@pytest.fixture
def make_window(qtbot, data_dir: Path):
    """Build windows on ``data_dir``; each is closed (saving its settings) after the test."""
    create_application()
    windows: list[MainWindow] = []

    def make(
        left: str | None = None,
        right: str | None = None,
        *,
        wait: bool = True,
        folder: Path = data_dir,
    ) -> MainWindow:
        window = create_window(folder)
        qtbot.addWidget(window)
        window.show()
        first, second = initial_files(window, left, right)
        window.open_file(window.left_pane, first)
        window.open_file(window.right_pane, second)
        if wait:
            wait_ready(qtbot, window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese_window(request, qtbot, make_window, data_dir: Path):
    """The bundled pair in a window whose settings choose 简体中文, then 繁體中文."""
    from reader.ui.i18n import current_language, install_language
    from reader.ui.settings import Settings

    Settings(data_dir).set("view/language", request.param)
    window = make_window()
    settle(qtbot)
    assert current_language() == request.param
    yield window
    install_language("en")


def wait_ready(qtbot, window: MainWindow, timeout: int = 30_000) -> None:
    qtbot.waitUntil(window.both_ready, timeout=timeout)


@pytest.fixture
def editor_answers(monkeypatch):
    """The editor, filled in as a person would, instead of waiting for one."""
    answers = {"note": "", "tags": [], "colour": "blue", "delete": False}
    seen: list[AnnotationEditor] = []

    def fake_exec(self):
        seen.append(self)
        self.note_edit.setPlainText(answers["note"])
        self.tags_edit.setText(", ".join(answers["tags"]))
        self.colour_buttons[answers["colour"]].setChecked(True)
        self.tabs.setCurrentWidget(self.preview)  # renders the preview
        if answers["delete"]:
            self.delete_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationEditor, "exec", fake_exec)
    answers["seen"] = seen
    return answers


def write_book(path: Path, chapters: int, paragraphs: int, repeat: int) -> Path:
    """A UTF-8 book of ``chapters`` chapters headed 第N回, each of ``paragraphs`` paragraphs
    that say one sentence ``repeat`` times: big enough to be opened on a worker."""
    paragraph = "十年前，它還是硅谷最風光的企業之一。" * repeat
    text = "\n\n".join(
        f"第{n}回\n\n" + "\n\n".join([paragraph] * paragraphs) for n in range(1, chapters + 1)
    )
    path.write_text(text, encoding="utf-8")
    return path


def settle(qtbot, _ms: int | None = None, *, ignoring: tuple = (), timeout: int = 30_000) -> None:
    """Wait until every open window is idle (no background job, layout slice, hover or
    file-change delay pending; see ``MainWindow.idle``): a condition, never a fixed time.
    Jobs keyed ``ignoring`` (one a test holds on purpose) are not waited for. The old
    second argument (a wait in milliseconds) is accepted and ignored."""

    def windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    QApplication.processEvents()
    qtbot.waitUntil(
        lambda: all(w.idle(ignoring) for w in windows() if w.isVisible()), timeout=timeout
    )
    QApplication.processEvents()


class HeldAnalysis:
    """Analyses wait on their worker until released, so "before the analysis is done" is a
    fact of the test, not a race with the worker."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        original = offload.analyse

        def held(*args, **kwargs):
            self.gate.wait(60)
            return original(*args, **kwargs)

        self._patch = lambda: monkeypatch.setattr(offload, "analyse", held)

    def hold(self) -> None:
        self.gate.clear()
        self._patch()

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def held_analysis(monkeypatch):
    held = HeldAnalysis(monkeypatch)
    yield held
    held.release()
