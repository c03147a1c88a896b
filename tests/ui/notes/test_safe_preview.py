"""A note never makes a preview load a file: the editor's Preview tab, the export dialog's
preview and the hover tooltip show a note naming a FIFO (which would block a reader
forever) promptly, and the preview widgets load no resource whatever the HTML asks."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip

from reader.ui.notes.editor import AnnotationEditor
from tests.ui.notes.test_export import annotate, open_dialog, started

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")


# Opens the FIFO for writing (and closes it) whenever something waits to read it, once
# ``after`` seconds have passed; prints a line each time. It is a separate process because
# Qt blocks in open() while holding the interpreter lock, so no thread of ours could run.
# It stops when its stdin is closed, and only between two attempts, so a time it unblocked
# a reader is always printed (a kill could land between the open and the print).
_UNBLOCKER = """
import os, select, sys
path, after = sys.argv[1], float(sys.argv[2])

def stopped(timeout):
    return bool(select.select([sys.stdin], [], [], timeout)[0])  # stdin closed: done

if not stopped(after):
    while True:
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # no reader has it open now
            pass
        else:
            os.close(descriptor)
            print("unblocked", flush=True)
        if stopped(0.05):
            break
"""


@contextmanager
def unblocking(fifo: Path, after: float = 3.0):
    """Whatever opens ``fifo`` to read blocks until someone writes. This gives the reader an
    end of file after ``after`` seconds, as often as needed, so that a regression fails the
    test instead of hanging it (the delay is a hang guard: a blocked read is seen however
    long it waits). Yields a list that afterwards holds one entry per time it had to:
    empty when nothing read the FIFO."""
    unblocked: list[str] = []
    watcher = subprocess.Popen(
        [sys.executable, "-c", _UNBLOCKER, str(fifo), str(after)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield unblocked
    finally:
        try:
            out, _err = watcher.communicate(timeout=60)  # closes its stdin: it stops
        except subprocess.TimeoutExpired:  # a hang guard, not a measure
            watcher.kill()
            out, _err = watcher.communicate()
        unblocked += out.split()


def render(*widgets) -> None:
    """Paint ``widgets`` now, and handle every event already posted: whatever a preview
    would load while it is laid out or drawn, it has asked for when this returns (instead
    of waiting some milliseconds and hoping it has)."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    for widget in widgets:
        widget.grab()
    QApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return path


@pytest.fixture
def loads(monkeypatch) -> list[tuple[int, str]]:
    """Every resource a safe document is asked for (it answers them all itself)."""
    asked: list[tuple[int, str]] = []
    try:
        from reader.ui.safe_text import SafeTextDocument
    except ImportError:  # without it the test still shows whether the FIFO is opened
        return asked
    answer = SafeTextDocument.loadResource

    def spy(self, type, name):
        asked.append((int(type), name.toString()))
        return answer(self, type, name)

    monkeypatch.setattr(SafeTextDocument, "loadResource", spy)
    return asked


def hostile(fifo: Path) -> str:
    return (
        f'A note with a background.\n{{: style="background-image:url({fifo})" }}\n\n'
        f'![picture]({fifo}) [link](file://{fifo}){{: style="background:url({fifo})" }}\n\n'
        f'| a |\n|---|\n| b |\n{{: background="{fifo}" }}'
    )


def test_editor_preview_of_a_note_naming_a_fifo_returns_promptly(qtbot, fifo, loads):
    editor = AnnotationEditor(["一段話"], note=hostile(fifo))
    qtbot.addWidget(editor)
    editor.show()
    with unblocking(fifo) as unblocked:
        editor.tabs.setCurrentWidget(editor.preview)  # renders the preview
        editor.preview.repaint()
        render(editor.preview)
    assert not unblocked, "the preview opened the FIFO"
    from reader.ui.safe_text import SafeTextBrowser

    assert isinstance(editor.preview, SafeTextBrowser)
    assert loads == []  # the rendered note names no resource at all
    shown = editor.preview.toPlainText()
    assert "A note with a background." in shown and "[image: picture]" in shown


def test_export_preview_and_tooltip_of_a_note_naming_a_fifo_return_promptly(
    qtbot, make_window, fifo, loads
):
    window = started(qtbot, make_window)
    annotation = annotate(window, "left", "英偉達", hostile(fifo), ["公司"], "yellow")
    with unblocking(fifo) as unblocked:
        dialog = open_dialog(qtbot, window)
        dialog.preview.repaint()
        render(dialog.preview)
        tooltip = window.notes.tooltip(annotation)
        QToolTip.showText(QPoint(10, 10), tooltip, window.left_pane.view)
        qtbot.waitUntil(QToolTip.isVisible, timeout=10_000)
        render(*[w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel")])
        QToolTip.hideText()
    assert not unblocked, "a preview or the tooltip opened the FIFO"
    from reader.ui.safe_text import SafeTextBrowser

    assert isinstance(dialog.preview, SafeTextBrowser)
    assert loads == []
    assert "A note with a background." in dialog.preview.toPlainText()
    assert hostile(fifo) in dialog.result.markdown  # the file keeps the note as written
    assert "style=" not in tooltip and str(fifo) not in tooltip
    dialog.close()


def test_safe_browser_loads_nothing_even_for_html_naming_files(qtbot, fifo, tmp_path):
    from reader.ui.safe_text import SafeTextBrowser, SafeTextDocument

    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    document = browser.document()
    assert isinstance(document, SafeTextDocument)
    assert not browser.openLinks() and not browser.openExternalLinks()
    real = tmp_path / "real.css"
    real.write_text("p { color: red }", encoding="utf-8")
    for url in (QUrl.fromLocalFile(str(fifo)), QUrl.fromLocalFile(str(real)), QUrl("/dev/zero")):
        for owner in (browser, document):
            style = owner.loadResource(
                int(QTextDocument.ResourceType.StyleSheetResource.value), url
            )
            assert style == ""
            page = owner.loadResource(int(QTextDocument.ResourceType.HtmlResource.value), url)
            assert page == ""
            image = owner.loadResource(int(QTextDocument.ResourceType.ImageResource.value), url)
            assert isinstance(image, QImage) and image.width() == 1  # blank, not the file

    # HTML straight into the view (not a rendered note): still nothing is read.
    markup = (
        f'<p style="background-image:url({fifo})">styled</p><img src="{fifo}">'
        f'<table background="{fifo}"><tr><td background="{fifo}">cell</td></tr></table>'
        f"<style>@import url({fifo}); p {{ background-image: url(file://{fifo}) }}</style>"
    )
    browser.show()
    with unblocking(fifo) as unblocked:
        browser.setHtml(markup)
        browser.repaint()
        browser.setSource(QUrl.fromLocalFile(str(fifo)))  # never navigates
        render(browser)
    assert not unblocked, "the safe browser opened the FIFO"
    assert "styled" in browser.toPlainText() and "cell" in browser.toPlainText()
