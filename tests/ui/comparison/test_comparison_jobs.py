"""The pair's analysis and Find as keyed background jobs (issue 12).

Nothing acts on an analysis of texts no longer shown (Link Paragraphs, counterpart marks,
aligned scrolling, topic highlights), and Find converts a long text on a worker, the latest
query winning. Each test sends real mouse and key events where a person would use them.
"""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.text import folding
from reader.core.text.document import BlockKind
from reader.core.text.folding import fold
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE
from tests.ui.conftest import settle

PARAGRAPH = "這不是危言聳聽"  # a left paragraph with counterparts on the right
RIGHT_PARAGRAPH = "彼时,美国对华芯片出口管制"
PREFACE = "編者按：這是同一篇文章的第二版，開頭多了這一段說明。\n\n"
CTRL = Qt.KeyboardModifier.ControlModifier


def analysed_for_shown_texts(window) -> bool:
    """The window has an analysis, and it is of the two texts on screen."""
    analysis = window.comparison.analysis
    return (
        analysis is not None
        and analysis.left_text.original is window.left_pane.document.text
        and analysis.right_text.original is window.right_pane.document.text
    )


def wait_analysed(qtbot, window, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: analysed_for_shown_texts(window), timeout=timeout)


def click(qtbot, pane, offset: int) -> None:
    """Scroll the original ``offset`` into view and click it, as a reader would."""
    pane.reveal_original(offset, offset, select=False)
    settle(qtbot, ignoring=("analysis",))
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.shown_span(offset, offset)[0])
    at = pane.view.cursorRect(cursor).center() + QPoint(1, 0)
    assert pane.view.viewport().rect().contains(at)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def block_at(document, offset: int):
    return next(b for b in document.blocks if b.start <= offset < max(b.end, b.start + 1))


def reading_window(qtbot, make_window):
    window = make_window()
    window.resize(1280, 800)
    wait_analysed(qtbot, window)
    window.follow_action.setChecked(False)  # clicks mark counterparts, nothing scrolls
    window.sync_action.setChecked(False)
    settle(qtbot, ignoring=("analysis",))
    return window


def second_edition(tmp_path):
    """The left article again, with an editor's note in front: every offset moved."""
    path = tmp_path / "second-edition.trad.txt"
    path.write_text(PREFACE + TRAD_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_link_paragraphs_right_after_opening_a_document_waits_for_its_analysis(
    qtbot, make_window, data_dir, tmp_path, held_analysis
):
    window = reading_window(qtbot, make_window)
    left, right = window.left_pane, window.right_pane
    held_analysis.hold()
    assert window.open_file(left, second_edition(tmp_path))
    left_at = left.document.text.index(PARAGRAPH) + 3
    right_at = right.document.text.index(RIGHT_PARAGRAPH) + 2
    click(qtbot, left, left_at)
    click(qtbot, right, right_at)
    press(qtbot, window, Qt.Key.Key_L, CTRL)  # Link Paragraphs, at once
    message = window.statusBar().currentMessage()
    # Before the fix: "Linked paragraph 6 with paragraph 3.", offsets of the old analysis.
    assert "being analysed again" in message and "nothing was linked" in message
    assert not (data_dir / "alignments.json").exists()

    held_analysis.release()
    wait_analysed(qtbot, window)
    click(qtbot, left, left_at)
    click(qtbot, right, right_at)
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    assert window.statusBar().currentMessage().startswith("Linked paragraph")
    saved = json.loads((data_dir / "alignments.json").read_text(encoding="utf-8"))
    key = f"{left.document.sha256}:{right.document.sha256}"
    [(left_start, right_start)] = saved["pairs"][key]["added"]
    # Paragraph starts of the texts shown now: the ones clicked.
    for document, start, offset in (
        (left.document, left_start, left_at),
        (right.document, right_start, right_at),
    ):
        block = block_at(document, offset)
        assert block.kind is BlockKind.PARAGRAPH and block.start == start


def test_counterparts_topics_and_aligned_scrolling_are_not_drawn_from_a_stale_analysis(
    qtbot, make_window, tmp_path, held_analysis
):
    window = reading_window(qtbot, make_window)
    left, right = window.left_pane, window.right_pane
    press(qtbot, window, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert left.highlight_count("topics") > 0
    held_analysis.hold()
    assert window.open_file(left, second_edition(tmp_path))
    left_at = left.document.text.index(PARAGRAPH) + 3
    click(qtbot, left, left_at)
    settle(qtbot, ignoring=("analysis",))
    # Before the fix the old analysis's paragraphs were marked in the new text.
    assert right.highlight_count("alignment") == 0
    assert left.highlight_count("alignment") == 0
    assert window.comparison.align_scroll("left") is False
    # The topic colours were at the old text's offsets: gone at once.
    assert left.highlight_count("topics") == 0 and right.highlight_count("topics") == 0

    held_analysis.release()
    wait_analysed(qtbot, window)
    assert left.highlight_count("topics") > 0
    click(qtbot, left, left_at)
    settle(qtbot, ignoring=("analysis",))
    assert left.highlight_count("alignment") == 1 and right.highlight_count("alignment") > 0


def long_pair(tmp_path):
    """A left text long enough that converting it for Find is worth a worker."""
    path = tmp_path / "long.trad.txt"
    path.write_text(TRAD_ARTICLE.read_text(encoding="utf-8") * 4, encoding="utf-8")
    return str(path), str(SIMP_ARTICLE)


def expected_counts(window, query: str) -> str:
    left = fold(window.left_pane.document.text).count(query)
    right = fold(window.right_pane.document.text).count(query)
    assert left and right
    return f"Left {left} · Right {right}"


def test_find_before_the_analysis_converts_on_a_worker(
    qtbot, make_window, tmp_path, held_analysis, monkeypatch
):
    on_ui_thread: list[bool] = []
    real = folding.comparison_text

    def spy(*args, **kwargs):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(folding, "comparison_text", spy)
    held_analysis.hold()
    window = make_window(*long_pair(tmp_path))
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.comparison.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "h20")
    shown_at_once = bar.counts.text()
    qtbot.waitUntil(lambda: bar.counts.text() == expected_counts(window, "h20"), timeout=30_000)
    assert on_ui_thread and not any(on_ui_thread)  # before the fix: [True, True, ...]
    assert shown_at_once == "Searching…"
    assert window.comparison.analysis is None  # all of it happened before the analysis
    assert len(window.comparison.matches("left")) == fold(window.left_pane.document.text).count(
        "h20"
    )


def test_typing_again_supersedes_the_search_under_way(
    qtbot, make_window, tmp_path, held_analysis, monkeypatch
):
    converting, go_on = threading.Event(), threading.Event()
    real = folding.comparison_text

    def slow_first(*args, **kwargs):
        if not converting.is_set():
            converting.set()
            go_on.wait(3)  # the first search is still converting when the reader types again
        return real(*args, **kwargs)

    monkeypatch.setattr(folding, "comparison_text", slow_first)
    held_analysis.hold()
    window = make_window(*long_pair(tmp_path))
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.comparison.find_bar
    shown: list[tuple] = []
    show_counts = bar.show_counts

    def record(left, right) -> None:
        shown.append((left, right))
        show_counts(left, right)

    monkeypatch.setattr(bar, "show_counts", record)
    qtbot.keyClicks(bar.field, "h20")
    qtbot.waitUntil(converting.is_set, timeout=10_000)
    qtbot.keyClick(bar.field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(bar.field, "h100")  # not an alias: the plain count is the count
    go_on.set()
    wanted = expected_counts(window, "h100")
    qtbot.waitUntil(lambda: bar.counts.text() == wanted, timeout=30_000)
    settle(qtbot, ignoring=("analysis",))  # a superseded search would have arrived by now
    counts = [f"Left {a} · Right {b}" for a, b in shown if a is not None]
    assert counts == [wanted]  # before the fix: h, h2, h20 and h1 were shown on the way
    assert bar.counts.text() == wanted
    hits = {window.left_pane.document.text[a:b] for a, b in window.comparison.matches("left")}
    assert hits == {"H100"}
