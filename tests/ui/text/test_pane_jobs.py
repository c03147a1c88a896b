"""A pane's background work as keyed jobs (issue 12): the latest job per key wins, a
superseded job is told to stop, a result whose document or script changed is dropped, and
opening a big book leaves the event loop running."""

from __future__ import annotations

import itertools
import threading

from PySide6.QtCore import QTimer

from reader.core.text.scripts import ScriptMode
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE, corpus_file
from tests.ui.conftest import settle, wait_ready, write_book


def held_conversions(monkeypatch):
    """Spy on the pane's conversions: the first waits until ``release`` is set, and each
    records its mode and whether it was told to stop."""
    from reader.core import offload

    convert_text = offload.convert_text  # an article is converted on the worker itself
    release = threading.Event()
    started = threading.Event()
    calls: list[dict] = []

    def spy(engine, text, mode, *args, cancelled=None, **kwargs):
        call = {"mode": mode, "length": len(text), "stopped": False}
        calls.append(call)
        if len(calls) == 1:
            started.set()
            release.wait(10)
            call["stopped"] = bool(cancelled and cancelled())
        return convert_text(engine, text, mode, *args, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(offload, "convert_text", spy)
    return calls, started, release


def delivered_conversions(pane, monkeypatch) -> list:
    delivered = []
    apply = pane._apply_conversion

    def spy(conversion, selection):
        delivered.append(conversion)
        apply(conversion, selection)

    monkeypatch.setattr(pane, "_apply_conversion", spy)
    return delivered


def test_a_script_switch_pressed_twice_delivers_only_the_second(
    make_window, qtbot, monkeypatch
) -> None:
    window = make_window(str(TRAD_ARTICLE), str(SIMP_ARTICLE))
    pane = window.right_pane
    calls, started, release = held_conversions(monkeypatch)
    delivered = delivered_conversions(pane, monkeypatch)
    pane.set_mode(ScriptMode.TW)
    assert started.wait(10)  # the first conversion is running on a worker
    pane.set_mode(ScriptMode.HK)  # the reader changes their mind at once
    release.set()
    wait_ready(qtbot, window)
    settle(qtbot)  # anything late has arrived once the window is idle
    assert calls[0]["mode"] is ScriptMode.TW and calls[0]["stopped"], "the first went on"
    assert [c.mode for c in delivered] == [ScriptMode.HK]
    assert pane.conversion.mode is ScriptMode.HK
    assert pane.shown_text().startswith("四個月兩次到訪")


def test_a_conversion_finishing_after_a_new_document_is_dropped(
    make_window, qtbot, monkeypatch
) -> None:
    window = make_window(str(TRAD_ARTICLE), str(SIMP_ARTICLE))
    pane = window.right_pane
    calls, started, release = held_conversions(monkeypatch)
    delivered = delivered_conversions(pane, monkeypatch)
    pane.set_mode(ScriptMode.TW)
    assert started.wait(10)
    old = pane.document
    assert window.open_file(pane, TRAD_ARTICLE)  # another document while converting
    release.set()
    wait_ready(qtbot, window)
    settle(qtbot)
    assert pane.document is not old
    assert calls[0]["stopped"], "the old document's conversion was not told to stop"
    assert [c.mode for c in delivered] == [ScriptMode.TW]
    assert pane.shown_text() == delivered[-1].text
    assert pane.position_map().source_length == len(pane.document.text)


def test_opening_a_big_book_keeps_the_event_loop_ticking(make_window, qtbot) -> None:
    """Counted in timer ticks while the book is read, decoded and analysed; how long
    the loop may stall is for the benchmark (benchmarks/bench_reader.py --only stalls)."""
    book = corpus_file("hongloumeng_simp.gb18030.txt")  # skips before anything is built
    window = make_window()
    pane = window.right_pane
    before = pane.document
    ticks: list[bool] = []  # one per turn of the timer: was the old document still shown
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(pane.document is before))
    timer.start(5)
    assert window.open_file(pane, book)
    assert not window.both_ready()  # being opened: nothing waits for it synchronously
    wait_ready(qtbot, window, timeout=60_000)
    timer.stop()
    assert pane.document is not before and pane.document.title
    # At least one turn of the loop while the old text is still shown (the old, synchronous
    # open gave none); how many depends on the machine, so it is not counted further.
    assert ticks.count(True) >= 1, "the event loop did not run while the book was opened"
    assert pane.shown_text() == pane.document.text
    assert pane.view.document().blockCount() == len(pane.document.blocks)


def test_a_big_file_that_is_not_text_says_so_in_the_pane(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    pane = window.left_pane
    title = pane.document.title
    binary = tmp_path / "big.bin"
    binary.write_bytes(b"\x00\x01" * 200_000)
    assert window.open_file(pane, binary)  # big: opened on a worker
    wait_ready(qtbot, window)
    assert "binary" in pane.message()
    assert pane.document.title == title  # what was shown stays shown
    assert pane.is_ready()


def test_helper_processes_start_for_a_book_not_for_articles(make_window, qtbot, monkeypatch):
    from reader.core import offload

    book = corpus_file("xiyouji_trad_wikisource.txt")  # skips before anything is built
    started: list[tuple] = []
    monkeypatch.setattr(offload, "helpers", lambda: started.append(()) or _NoHelpers())
    window = make_window(str(TRAD_ARTICLE), str(SIMP_ARTICLE))
    window.service.warm_up(["t2s"])
    settle(qtbot)
    assert started == []  # two articles: nothing for a helper to do, none started
    assert window.open_file(window.left_pane, book)
    wait_ready(qtbot, window, timeout=30_000)
    settle(qtbot, ignoring=("analysis",))
    assert started, "a book was opened and no helper was made ready for it"


class _NoHelpers:
    """Stands in for the helper processes: the test only asks whether they were wanted."""

    def call(self, function, *args, **kwargs):
        from reader.core.text.conversion import Cancelled

        raise Cancelled


def _watch_builds(monkeypatch) -> list[str]:
    """Record, in order, each piece a DocumentBuild inserts ("piece", and on which thread)
    and each turn of the event loop ("turn", from a 0 ms timer that runs meanwhile)."""
    from reader.ui.text import reader_pane

    events: list[str] = []
    step = reader_pane.DocumentBuild._step

    def spy(self):
        on_ui = threading.current_thread() is threading.main_thread()
        events.append("piece" if on_ui else "piece on a worker")
        return step(self)

    monkeypatch.setattr(reader_pane.DocumentBuild, "_step", spy)
    monkeypatch.setattr(reader_pane, "INSERT_PIECE", 4_000)
    return events


def _turns(events: list[str]) -> QTimer:
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: events.append("turn"))
    timer.start()
    return timer


def _pieces_with_turns_between(events: list[str]) -> bool:
    """Whether the pieces of the last build had turns of the event loop between them."""
    pieces = [i for i, event in enumerate(events) if event.startswith("piece")]
    return len(pieces) > 2 and all(
        "turn" in events[before + 1 : after] for before, after in itertools.pairwise(pieces)
    )


def test_a_big_file_s_document_is_built_on_the_ui_thread_a_piece_per_turn(
    make_window, qtbot, monkeypatch, tmp_path
) -> None:
    """Inserting a megabyte into a text document takes ~50 ms: the UI thread builds it a
    piece per turn of the event loop, and no worker makes a Qt object (see
    test_workers_call_no_qt)."""
    window = make_window()
    pane = window.left_pane
    wait_ready(qtbot, window)
    events = _watch_builds(monkeypatch)
    book = tmp_path / "book.txt"
    paragraph = "十年前，它還是硅谷最風光的企業之一。" * 40
    book.write_text("\n\n".join([paragraph] * 200), encoding="utf-8")
    timer = _turns(events)
    assert window.open_file(pane, book)
    wait_ready(qtbot, window)
    timer.stop()
    assert "piece on a worker" not in events
    assert _pieces_with_turns_between(events)
    assert pane.view.document().toPlainText() == pane.document.text  # all of it, in order
    assert pane.view.document().parent() is pane  # deleted with the pane, as before


def test_a_converted_book_s_document_is_built_a_piece_per_turn(
    make_window, qtbot, monkeypatch
) -> None:
    window = make_window(str(TRAD_ARTICLE), str(corpus_file("hongloumeng_simp.gb18030.txt")))
    pane = window.right_pane
    wait_ready(qtbot, window, timeout=60_000)
    settle(qtbot)
    events = _watch_builds(monkeypatch)
    timer = _turns(events)
    pane.set_mode(ScriptMode.TW)
    wait_ready(qtbot, window, timeout=60_000)
    settle(qtbot)
    timer.stop()
    assert "piece on a worker" not in events
    assert _pieces_with_turns_between(events)
    assert pane.view.document().toPlainText() == pane.shown_text()
    assert pane.shown_text() != pane.document.text  # converted, and shown


def test_a_document_being_built_for_an_older_file_is_dropped_for_a_newer_one(
    make_window, qtbot, monkeypatch, tmp_path
) -> None:
    """Two files opened one after the other in a pane: the first one's document, still
    being built a piece at a time, is never shown; the second one is."""
    window = make_window()
    pane = window.left_pane
    wait_ready(qtbot, window)
    events = _watch_builds(monkeypatch)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("\n\n".join(["第一本書的段落。" * 50] * 200), encoding="utf-8")
    second.write_text("第二本書。", encoding="utf-8")
    shown: list[str] = []
    pane.textShown.connect(lambda: shown.append(pane.view.document().toPlainText()[:5]))
    assert window.open_file(pane, first)
    qtbot.waitUntil(lambda: events.count("piece") >= 2, timeout=10_000)  # half built
    assert window.open_file(pane, second)
    wait_ready(qtbot, window)
    settle(qtbot)
    assert pane.document.name == "second.txt"
    assert pane.view.document().toPlainText() == "第二本書。"
    assert all(not text.startswith("第一本書") for text in shown)


def test_a_big_file_s_headings_are_formatted_on_the_ui_thread_and_show(
    make_window, qtbot, monkeypatch, tmp_path
) -> None:
    """A book's chapter headings are formatted on the UI thread (10-20 ms for a novel's
    120): formatted on a worker, the packaged app crashed now and then while the UI thread
    built widgets (see reader_pane.DocumentBuild). They show as before."""
    from PySide6.QtGui import QFont

    from reader.ui.text import reader_pane

    format_structure = reader_pane.format_structure
    threads: list[bool] = []

    def spy(document, blocks, style):
        threads.append(threading.current_thread() is threading.main_thread())
        return format_structure(document, blocks, style)

    monkeypatch.setattr(reader_pane, "format_structure", spy)
    window = make_window()
    pane = window.left_pane
    threads.clear()
    book = write_book(tmp_path / "book.txt", chapters=10, paragraphs=20, repeat=40)
    assert window.open_file(pane, book)
    wait_ready(qtbot, window)
    assert threads and all(threads)  # every call on the UI thread
    [heading] = [b for b in pane.document.blocks if b.kind.value == "section"][:1]
    block = pane.view.document().findBlockByNumber(heading.line)
    assert block.text() == "第1回"
    shown = block.begin().fragment().charFormat()  # the format of the heading's characters
    assert shown.fontWeight() == QFont.Weight.Bold
    assert shown.fontPointSize() > pane.reading_font().pointSizeF()


def test_a_built_book_is_shown_as_built_formatted_before_qt_lays_it_out(
    make_window, qtbot, monkeypatch, tmp_path
) -> None:
    """The turn that shows a book neither rebuilds nor formats it: its headings were
    formatted in a turn of the build, before Qt made the document's layout (formatting a
    laid-out book lays all of it out at once: 0.6 s), and the layout was made in a turn
    of its own (15 ms). What is shown is the very document the build made."""
    from PySide6.QtGui import QAbstractTextDocumentLayout

    from reader.ui.text import reader_pane

    format_structure = reader_pane.format_structure
    formatted: list[tuple[object, bool]] = []

    def spy(document, blocks, style):
        laid_out = bool(document.findChildren(QAbstractTextDocumentLayout))
        formatted.append((document, laid_out))
        return format_structure(document, blocks, style)

    monkeypatch.setattr(reader_pane, "format_structure", spy)
    built: list = []
    finish = reader_pane.DocumentBuild._finish

    def finished(self):
        built.append(self._document)
        laid_out = bool(self._document.findChildren(QAbstractTextDocumentLayout))
        built.append(laid_out)
        return finish(self)

    monkeypatch.setattr(reader_pane.DocumentBuild, "_finish", finished)
    window = make_window()
    pane = window.left_pane
    wait_ready(qtbot, window)
    formatted.clear()
    built.clear()
    book = write_book(tmp_path / "book.txt", chapters=10, paragraphs=20, repeat=40)
    assert window.open_file(pane, book)
    wait_ready(qtbot, window)
    document, laid_out = built
    assert laid_out  # the layout was made before the showing turn
    assert pane.view.document() is document
    assert [(shown, before) for shown, before in formatted if shown is document] == [
        (document, False)
    ]  # formatted once, before the layout existed


def test_a_text_goes_into_its_document_in_pieces_that_lose_nothing(qapp, monkeypatch) -> None:
    """A book is inserted a piece at a time (one call held the GIL 50-60 ms); characters
    outside the BMP, line breaks and the pieces' seams come out as they went in."""
    from PySide6.QtGui import QFont

    from reader.ui.text import reader_pane

    monkeypatch.setattr(reader_pane, "INSERT_PIECE", 7)
    text = "\n".join(["西遊記𧿼第一回", "", "𠀀" * 9, "靈根育孕源流出"] * 5)
    document = reader_pane.build_text_document(text, QFont(), 150)
    assert document.toPlainText() == text
    assert document.blockCount() == text.count("\n") + 1
