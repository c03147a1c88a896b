"""What joins the two panes: topics, aligned passages, shared wording, sync points, search.

The pair's analysis belongs to the :class:`ReadingSession`: this controller observes it, and
every change that makes an analysis stale (a document opened or swapped, the vocabulary, the
alias table, a sync point) starts a new one at once. The analysis and the texts search works
on are built on the worker threads (jieba's dictionary too), after the window has painted, as
the keyed jobs "analysis" and "search" (:meth:`BackgroundTasks.run`), from a frozen
:class:`PairKey`; the session refuses a result whose key is no longer current. Nothing
(counterpart marks, aligned scrolling, Link Paragraphs) acts on an analysis that is not the
session's current one. The panes only show: this controller turns the core's original-text
spans into their highlight layers.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from reader.core.local_work import runs_here
from reader.core.session import INVALIDATES_ANALYSIS, Change, Event, Level, PairKey, ReadingSession
from reader.core.text.conversion import Cancelled
from reader.core.text.document import BlockKind, Document
from reader.paths import resources_dir
from reader.ui.appearance import HIGHLIGHT_TEXT, ink
from reader.ui.i18n import localized, translate
from reader.ui.tasks import Job
from reader.ui.text.conversion_service import ConversionService
from reader.ui.text.reader_pane import ReaderPane
from reader.ui.turns import run_in_turns

if TYPE_CHECKING:  # imported where used: the analysis modules and the dock's widgets load
    # after the first paint, so the texts reach the screen sooner
    from reader.core.comparison.aliases import AliasIndex, AliasTable
    from reader.core.comparison.links import LinkStore
    from reader.core.comparison.sentences import SentenceIndex
    from reader.core.comparison.topics import Analysis, Topic
    from reader.core.text.folding import ComparisonText
    from reader.core.text.scripts import Script
    from reader.core.text.vocabulary import Vocabulary
    from reader.ui.comparison.topics_panel import TopicList, TopicsPanel
    from reader.ui.text.find_bar import FindBar

HOVER_DELAY_MS = 120
ANALYSIS_JOB = "analysis"
# How long work waiting for the first topics' paint waits for it at most (see _AfterPaint).
PAINT_WAIT_MS = 500
# How long work waiting for the first topics waits at most (see when_settled): an article
# pair's come within half a second of the first paint.
SETTLE_WAIT_MS = 1000
SEARCH_JOB = "search"
ALIAS_INDEX_JOB = "alias index"
STRONG_TINT = 180  # a fill this opaque or more gets dark text (readable in both themes)
# Find builds a text's comparison form at once, in the UI thread, only when that is quick:
# OpenCC converts about 4,000 characters in 50 ms, folding alone 200,000 in 30 ms. Anything
# longer is built on a worker while the find bar says it is searching.
INLINE_CONVERSION = 4_000
INLINE_FOLD = 200_000
# Paragraphs the analysis aligns (and sync points name by their start offset).
_PASSAGE_BLOCKS = (BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH)


def paragraph_start(document: Document, offset: int) -> bool:
    """Whether ``offset`` starts a paragraph (title, heading) of ``document``'s text."""
    blocks = document.blocks
    k = bisect_right(blocks, offset, key=lambda block: block.start) - 1
    return k >= 0 and blocks[k].start == offset and blocks[k].kind in _PASSAGE_BLOCKS


def _topic_format(colour: QColor) -> QTextCharFormat:
    """A topic's words: written in its colour (made readable on the page) and underlined in
    it. No fill: fill is the notes' channel, so a note on a topic still shows as a note."""
    from PySide6.QtGui import QGuiApplication, QPalette

    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    char_format = QTextCharFormat()
    shade = ink(colour, base)
    char_format.setForeground(shade)
    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    char_format.setUnderlineColor(shade)
    return char_format


def _background(colour: QColor, alpha: int = 150) -> QTextCharFormat:
    char_format = QTextCharFormat()
    shaded = QColor(colour)
    shaded.setAlpha(alpha)
    char_format.setBackground(shaded)
    if alpha >= STRONG_TINT:  # a strong tint: dark text on it, in a dark theme too
        char_format.setForeground(HIGHLIGHT_TEXT)
    return char_format


class _Build:
    """One comparison text, built once by whichever job asks first."""

    def __init__(self, document: Document, vocabulary: object) -> None:
        self.document = document  # held so the ids in the key are not reused meanwhile
        self.vocabulary = vocabulary
        self.done = threading.Event()
        self.value: ComparisonText | None = None
        self.error: BaseException | None = None
        self.abandoned = False  # its document is no longer shown: stop converting


class SearchTexts:
    """The comparison texts Find searches, per (document, vocabulary, regional vocabulary).

    Built on the workers and shared between search jobs: typing a second letter while the
    first letter's search converts the book waits for that conversion instead of starting
    another. Texts of documents no longer shown are dropped (:meth:`keep`).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._builds: dict[tuple[int, int, bool], _Build] = {}

    @staticmethod
    def _key(document: Document, vocabulary: object, regional: bool) -> tuple[int, int, bool]:
        return id(document), id(vocabulary), regional

    def ready(
        self, document: Document, vocabulary: object, regional: bool
    ) -> ComparisonText | None:
        """The text if it is built already (never waits)."""
        with self._lock:
            build = self._builds.get(self._key(document, vocabulary, regional))
        if build is not None and build.done.is_set() and build.error is None:
            return build.value
        return None

    def put(
        self, document: Document, vocabulary: object, regional: bool, text: ComparisonText
    ) -> None:
        build = _Build(document, vocabulary)
        build.value = text
        build.done.set()
        with self._lock:
            self._builds[self._key(document, vocabulary, regional)] = build

    def get(
        self,
        document: Document,
        vocabulary: object,
        regional: bool,
        make: Callable[[Callable[[], bool]], ComparisonText],
        cancelled: Callable[[], bool],
    ) -> ComparisonText:
        """The text, built by ``make(stop)`` unless another job builds or built it (worker).

        A job that only waits stops waiting once ``cancelled()``; the job that builds goes
        on (the text is wanted by the job that superseded it) unless the text is abandoned.
        """
        key = self._key(document, vocabulary, regional)
        with self._lock:
            build = self._builds.get(key)
            owner = build is None
            if build is None:
                build = self._builds[key] = _Build(document, vocabulary)
        if owner:
            try:
                build.value = make(lambda: build.abandoned)
            except BaseException as error:
                build.error = error
                with self._lock:
                    if self._builds.get(key) is build:
                        del self._builds[key]
            finally:
                build.done.set()
        else:
            while not build.done.wait(0.05):
                if cancelled() or build.abandoned:
                    raise Cancelled
        if build.error is not None:
            raise Cancelled if isinstance(build.error, Cancelled) else build.error
        assert build.value is not None
        return build.value

    def keep(self, documents: Sequence[Document | None], vocabulary: object) -> None:
        """Drop (and stop building) every text but those of ``documents`` with ``vocabulary``."""
        with self._lock:
            for key, build in list(self._builds.items()):
                shown = any(build.document is document for document in documents)
                if not shown or build.vocabulary is not vocabulary:
                    build.abandoned = True
                    del self._builds[key]


class ComparisonController(QObject):
    """Owns the topics dock and the find bar and drives the panes' highlight layers.

    The dock's contents and the find bar are built on first use (or just after the first
    paint): the dock itself exists from the start, so the saved window layout restores.
    """

    analysed = Signal()  # a new analysis is shown
    failed = Signal(str)  # the analysis could not be made (the message went to the session)
    highlightTopicsChanged = Signal(bool)
    sharedWordingChanged = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        panes: tuple[ReaderPane, ReaderPane],
        service: ConversionService,
        session: ReadingSession,
        data_dir: Path,
        place_find_bar: Callable[[QWidget], None],
        dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.left, self.right = panes
        self.service = service
        self.session = session
        self.data_dir = data_dir
        self.colours: dict[str, QColor] = {}
        self.follow = True  # scroll the other pane to a clicked paragraph's counterpart
        self._pending: PairKey | None = None  # the key of the analysis job under way, if any
        self._alias_index: AliasIndex | None = None  # for Find
        self._anchors: list[tuple[int, int]] = []  # chain pairs as (left, right) offsets
        self._sentences: SentenceIndex | None = None  # of the current analysis, built lazily
        self._links: LinkStore | None = None
        self._steps: dict[str, int] = {}
        self.search_texts = SearchTexts()
        self._query: tuple[str, bool] | None = None  # what the find bar asks for now
        self._matches: dict[str, list[tuple[int, int]]] = {"left": [], "right": []}
        self._match_index: dict[str, int] = {"left": -1, "right": -1}

        self.highlight_topics = False
        self.shared_wording = False
        self._busy: tuple[str, int | None] = (
            translate("ComparisonController", "Topics appear once both articles are open."),
            None,
        )
        self._panel: TopicsPanel | None = None
        # The parts build_panel makes a turn apart, until the panel is in the dock.
        self._lists: tuple[TopicList, TopicList, TopicList] | None = None
        self._made_panel: TopicsPanel | None = None
        self._find_bar: FindBar | None = None
        self._place_find_bar = place_find_bar
        self.dock = dock  # the window's (see MainWindow.side_dock); the panel goes in it

        self._marks_timer = QTimer(self)  # the marks of a new analysis, the turn after it
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(0)
        self._marks_timer.timeout.connect(self._mark_analysis)
        self._hover = QTimer(self)
        self._hover.setSingleShot(True)
        self._hover.setInterval(HOVER_DELAY_MS)
        self._hover.timeout.connect(self._on_hover_settled)
        self._hovered: tuple[str, int] | None = None
        for pane in panes:
            pane.cursorMoved.connect(lambda position, p=pane: self._on_cursor(p, position))
            pane.clicked.connect(lambda position, p=pane: self._on_cursor(p, position))
            pane.hovered.connect(lambda position, p=pane: self._on_hover(p, position))
        session.subscribe(self._on_session)

    def _on_session(self, event: Event) -> None:
        """Analyse again on any change that makes the analysis stale; show a new one."""
        if event.change & INVALIDATES_ANALYSIS:
            self.refresh()
        elif event.change & Change.ANALYSIS:
            self._show_analysis()

    # -- the dock and the find bar, built on first use --------------------------------------

    @property
    def panel(self) -> TopicsPanel:
        if self._panel is None:
            from reader.ui.comparison.topics_panel import TopicsPanel

            panel = self._made_panel or TopicsPanel()
            self._made_panel = None
            panel.highlight_box.setChecked(self.highlight_topics)
            panel.wording_box.setChecked(self.shared_wording)
            panel.set_busy(*self._busy)
            if self.analysis is not None:
                panel.set_analysis(self.analysis, self.colours)
                panel.set_stale(self.current_analysis() is None)
            panel.topicActivated.connect(self.step_topic)
            panel.highlightToggled.connect(self.set_highlight_topics)
            panel.wordingToggled.connect(self.set_shared_wording)
            self.highlightTopicsChanged.connect(panel.highlight_box.setChecked)
            self.sharedWordingChanged.connect(panel.wording_box.setChecked)
            self.dock.setWidget(panel)
            self._panel = panel
        return self._panel

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:
            from reader.ui.text.find_bar import FindBar

            bar = FindBar()
            bar.hide()
            bar.searchChanged.connect(self.search)
            bar.nextRequested.connect(lambda: self.step_match(1))
            bar.previousRequested.connect(lambda: self.step_match(-1))
            bar.closed.connect(self._end_search)
            self._place_find_bar(bar)
            self._find_bar = bar
        return self._find_bar

    def build_panel(self) -> None:
        """Build the dock's contents, a part per turn of the event loop (the window calls
        this once the texts are shown): the three lists, the panel around them, then the
        dock showing it. In one turn they took 40 ms, the longest wait after the first
        paint (7, 19 and 13 ms apart). Asked for meanwhile, :attr:`panel` finishes at once."""
        from reader.ui.comparison.topics_panel import TopicList, TopicsPanel

        def lists() -> None:
            if self._panel is None and self._lists is None and self._made_panel is None:
                self._lists = (TopicList(), TopicList(), TopicList())

        def panel() -> None:
            if self._panel is None and self._lists is not None:
                self._made_panel = TopicsPanel(lists=self._lists)
            self._lists = None

        def dock() -> None:
            self.panel  # noqa: B018 - the property puts it in the dock (made at once if not)

        lists()
        run_in_turns(self, [panel, dock])

    def _set_busy(self, text: str, percent: int | None = None) -> None:
        self._busy = (text, percent)
        if self._panel is not None:
            self._panel.set_busy(text, percent)

    def set_highlight_topics(self, on: bool) -> None:
        """Colour every shared topic in both panes (or stop)."""
        if on != self.highlight_topics:
            self.highlight_topics = on
            self._apply_topic_highlights()
            if not on:  # "no topic tints" means the one being stepped through too
                self.clear_topic_marks()
            self.highlightTopicsChanged.emit(on)

    def clear_topic_marks(self) -> None:
        """Take away the tint of the topic being stepped through (Compare ▸ Clear Topic
        Marks): it stayed until another topic was clicked."""
        self._steps.clear()
        for pane in (self.left, self.right):
            pane.set_highlights("focus", [])
            pane.set_highlights("current", [])
        if self._panel is not None:
            self._panel.position.setText("")

    def set_shared_wording(self, on: bool) -> None:
        """Underline the wording both articles share (or stop)."""
        if on != self.shared_wording:
            self.shared_wording = on
            self._apply_wording()
            self.sharedWordingChanged.emit(on)

    # -- analysis ------------------------------------------------------------------------

    @property
    def links(self) -> LinkStore:
        from reader.core.comparison.links import LinkStore

        if self._links is None:
            self._links = LinkStore(self.data_dir)
            if self._links.problem:
                self.session.tell(Level.WARNING, self._links.problem)
        return self._links

    def alias_index(self) -> AliasIndex | None:
        """The session's alias table indexed for Find, if it is built (:meth:`_index_aliases`,
        on a worker once the topics are shown; a search before then builds it in its job)."""
        table = self.aliases()
        if self._alias_index is None or self._alias_index.table is not table:
            return None
        return self._alias_index

    def _index_aliases(self) -> None:
        """Build the alias index for Find in the background (2,700 names through OpenCC:
        100 ms or more of the UI thread when the first search needed it), after the topics
        are shown: started with the analysis, it took the GIL from it and the first topics
        came 0.3 s later."""

        table = self.aliases()
        if self._alias_index is not None and self._alias_index.table is table:
            return
        engine = self.service.engine
        size = self._pair_size()

        def work(_job: Job) -> AliasIndex:
            return _alias_index_of(table, engine, size)  # the analysis's, if it made it

        def done(index: AliasIndex) -> None:
            if self._alias_index is None or self._alias_index.table is not table:
                self._alias_index = index
                if self._query is not None and _names_a_group(index, *self._query, engine):
                    self._search_again()  # found without the names' other forms until now

        self.service.tasks.run(
            ALIAS_INDEX_JOB, work, done, valid=lambda: self.session.aliases is table
        )

    def aliases(self) -> AliasTable:
        """The session's alias table (the shipped groups and the reader's), loaded on first
        use: a small file, read on the UI thread so an analysis key holds the table itself."""
        from reader.core.comparison.aliases import load_aliases

        if self.session.aliases is None:
            loaded = load_aliases(resources_dir() / "aliases.json", self.data_dir)
            if loaded.problem:
                self.session.tell(Level.WARNING, loaded.problem)
            self.session.load_aliases(loaded.table)
        assert self.session.aliases is not None
        return self.session.aliases

    def set_aliases(self, table: AliasTable) -> None:
        """Save the reader's alias groups; the session then has the analysis made again."""
        table.save_user(self.data_dir)
        self.session.set_aliases(table)

    @property
    def analysis(self) -> Analysis | None:
        """The latest analysis delivered, current or not: see :meth:`current_analysis`."""
        return self.session.latest_analysis()  # type: ignore[no-any-return]

    def current_analysis(self) -> Analysis | None:
        """The analysis, if it was made from the pair as it is now, else None: the moment
        an input changes it is stale (its highlights go at once) and nothing acts on it."""
        return self.session.current_analysis()  # type: ignore[no-any-return]

    def when_settled(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once no analysis is under way (now, if none is): once the
        topics are on screen, or could not be found, or after :data:`SETTLE_WAIT_MS`.

        For background work the topics need not wait for: the window's first analysis
        shared the GIL with the imports of the notes panel and the icons and with the
        dictionaries of the script switches, and came 0.8 s later. Work started the moment
        the analysis arrived still held the UI thread's paint of the topics back by up to
        0.15 s, so the callback waits for that paint (when the list is shown at all). A
        pair of books is analysed in a helper process, where it takes no GIL from
        anything: nothing waits for it."""
        pending = self._pending
        if pending is None or not self.analysing() or not _here(pending):
            callback()
            return
        done = []

        def once(*_args: object, painted: bool = True) -> None:
            if done:
                return
            done.append(True)
            self.analysed.disconnect(once)
            self.failed.disconnect(once)
            view = self._panel.shared_list.viewport() if self._panel is not None else None
            if not painted or view is None or not view.isVisible():
                callback()
            else:
                _AfterPaint(view, callback)

        self.analysed.connect(once)
        self.failed.connect(once)
        QTimer.singleShot(SETTLE_WAIT_MS, self, lambda: once(painted=False))

    def analysing(self) -> bool:
        """Whether an analysis of the pair as it is now is under way."""
        return self._pending is not None and self.session.is_current(self._pending)

    def _invalidate(self) -> None:
        self._anchors = []
        self._sentences = None
        self._steps.clear()
        self._clear_layers()
        if self._panel is not None:
            self._panel.set_stale(True)

    def refresh(self) -> None:
        """Analyse the two open documents again (after a document, alias or link change).

        The analysis shown until now is stale at once (its highlights go, nothing acts on
        it): it was made from other inputs.
        """
        self._invalidate()
        self.search_texts.keep(
            (self.session.document("left"), self.session.document("right")),
            self.session.vocabulary,
        )
        self._search_again()
        if self.session.both() is None:
            self._pending = None
            self.service.tasks.cancel(ANALYSIS_JOB)
            self._set_busy(
                translate("ComparisonController", "Topics appear once both articles are open.")
            )
            return
        self.aliases()  # loaded before the key is taken: the key holds the table
        key = self.session.pair_key()
        assert key is not None
        left, right, vocabulary, aliases = key.left, key.right, key.vocabulary, key.aliases
        # The sync points, frozen now: the worker never reads the live store.
        added, removed = self.links.get(left.sha256, right.sha256).frozen()
        self._pending = key
        self._set_busy(
            translate("ComparisonController", "Finding the topics both articles discuss…"), 0
        )

        data_dir = self.data_dir

        def work(job: Job) -> Analysis:
            from reader.core import offload
            from reader.core.comparison.saved_analyses import folder_of
            from reader.core.comparison.topics import check_length
            from reader.core.text.segmenter import get_segmenter

            check_length(left)  # before sending a text nobody will compare
            check_length(right)

            # A pair of books goes to a helper process: seconds of pure Python that would
            # otherwise hold the GIL the UI thread needs between its Qt calls. A pair seen
            # before with the same inputs is read from its saved analysis instead.
            try:
                return offload.analyse_pair(
                    left,
                    right,
                    vocabulary,
                    aliases,
                    added,
                    removed,
                    progress=job.progress,
                    cancelled=job.cancelled,
                    saved=folder_of(data_dir),
                )
            finally:
                # A pair of articles was cut here, with jieba's dictionary: about 25 MB the
                # window would keep for as long as it is open, for the next analysis only
                # (which loads it again in 0.1-0.15 s). Let go of it before the window
                # builds what waits for the topics (the notes, the icons), so the two are
                # never held at once: the window's peak was 3.4x a bare window's, the goal
                # 2.5x (README, Performance).
                get_segmenter().release()

        self.service.tasks.run(
            ANALYSIS_JOB,
            work,
            lambda analysis: self._on_analysed(key, analysis),
            self._on_failed,
            self._on_progress,
            valid=lambda: self.session.is_current(key),
        )

    def _on_progress(self, done: int, total: int) -> None:
        self._set_busy(
            translate("ComparisonController", "Finding the topics both articles discuss…"),
            round(100 * done / max(total, 1)),
        )

    def _on_failed(self, message: str) -> None:
        self._pending = None
        self._set_busy(
            translate("ComparisonController", "Topics could not be found: {message}").format(
                message=localized(message)
            )
        )
        self.session.tell(Level.WARNING, message)
        self.failed.emit(message)

    def _on_analysed(self, key: PairKey, analysis: Analysis) -> None:
        """Offer the analysis to the session, which shows it (ANALYSIS) if still current."""
        self._pending = None
        if key.left is not None:  # Find reuses the analysis's texts
            for document, text in (
                (key.left, analysis.left_text),
                (key.right, analysis.right_text),
            ):
                if text.original is document.text:
                    self.search_texts.put(document, key.vocabulary, True, text)
        self.session.accept_analysis(key, analysis)

    def _show_analysis(self) -> None:
        analysis = self.current_analysis()
        if analysis is None:
            return
        self._anchors = [
            (analysis.left_passages[p.left].start, analysis.right_passages[p.right].start)
            for p in analysis.chain
        ]
        self._steps.clear()
        from reader.ui.comparison.topics_panel import topic_colour

        self.colours = {topic.term: topic_colour(k) for k, topic in enumerate(analysis.shared)}
        self.panel.set_analysis(analysis, self.colours)
        for pane in (self.left, self.right):  # what pointed into the last analysis
            pane.set_highlights("alignment", [])
            pane.set_highlights("focus", [])
            pane.set_highlights("current", [])
        # The texts' marks come a turn later, after the lists' first paint: the two in one
        # turn held the window for 75 ms when the topics of two books arrived during a
        # Find, a worker taking every other slice of the GIL.
        self._marks_timer.start()

    def marks_pending(self) -> bool:
        """Whether a new analysis's marks in the texts are still to come (the next turn)."""
        return self._marks_timer.isActive()

    def _mark_analysis(self) -> None:
        if self.current_analysis() is None:
            return  # stale since it was shown: it marks nothing (a newer one marks its own)
        self._apply_topic_highlights()
        self._apply_wording()
        self.analysed.emit()
        self._index_aliases()  # for Find, now that the topics are on screen

    def _clear_layers(self) -> None:
        for pane in (self.left, self.right):
            for name in ("topics", "wording", "alignment", "sentence", "focus", "current"):
                pane.set_highlights(name, [])

    # -- topics ----------------------------------------------------------------------------

    def _apply_topic_highlights(self) -> None:
        from reader.ui.comparison.topics_panel import shown_term

        analysis = self.current_analysis() if self.highlight_topics else None
        for pane, side in ((self.left, "left"), (self.right, "right")):
            spans = []
            if analysis is not None:
                for topic in analysis.shared:
                    char_format = _topic_format(self.colours[topic.term])
                    char_format.setToolTip(shown_term(topic))
                    for start, end in getattr(topic, side):
                        spans.append((start, end, char_format))
            pane.set_highlights("topics", spans)

    def step_topic(self, topic: Topic) -> None:
        """Show the next occurrence of ``topic`` in both panes (each wraps on its own)."""
        from reader.ui.comparison.topics_panel import shown_term

        if self.current_analysis() is None:
            return  # a topic of an analysis of other texts: its spans are not these texts'
        step = self._steps.get(topic.term, -1) + 1
        self._steps[topic.term] = step
        colour = self.colours.get(topic.term, QColor("#f6c343"))
        focus = _topic_format(colour)  # every occurrence, as topics are marked
        current = _background(QColor("#ff9f1c"), 230)
        current.setFontUnderline(True)
        at = []
        # Each pane goes to its own occurrence: synchronized scrolling, following the second
        # pane's move, took the first away from its (a topic early in one text, late in the
        # other).
        with self.left.hold_scroll(), self.right.hold_scroll():
            for pane, spans in ((self.left, topic.left), (self.right, topic.right)):
                pane.set_highlights("focus", [(a, b, focus) for a, b in spans])
                if spans:
                    start, end = spans[step % len(spans)]
                    pane.set_highlights("current", [(start, end, current)])
                    pane.reveal_original(start, end, select=False)
                else:
                    pane.set_highlights("current", [])
                at.append((step % len(spans) + 1 if spans else 0, len(spans)))
        if self._panel is not None:
            self._panel.show_position(shown_term(topic), at[0], at[1])

    # -- shared wording --------------------------------------------------------------------

    def _apply_wording(self) -> None:
        analysis = self.current_analysis() if self.shared_wording else None
        char_format = QTextCharFormat()
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        char_format.setUnderlineColor(QColor("#d62728"))
        char_format.setToolTip(
            translate("ComparisonController", "The other article has the same wording")
        )
        left, right = [], []
        if analysis is not None:
            for run in analysis.wording:
                left.append((*run.left, char_format))
                right.append((*run.right, char_format))
        self.left.set_highlights("wording", left)
        self.right.set_highlights("wording", right)

    # -- aligned passages ------------------------------------------------------------------

    def _side(self, pane: ReaderPane) -> str:
        return "left" if pane is self.left else "right"

    def _other(self, pane: ReaderPane) -> ReaderPane:
        return self.right if pane is self.left else self.left

    def mark_counterparts(self, pane: ReaderPane, position: int, *, scroll: bool) -> list:
        """Mark the paragraph at ``position`` and its counterparts; maybe scroll to the best.

        Nothing while the analysis is being redone: the old one's paragraphs are not these.
        """
        analysis = self.current_analysis()
        if analysis is None:
            return []
        side = self._side(pane)
        index = analysis.passage_at(side, position)
        other = self._other(pane)
        self._mark_sentences(analysis, pane, position)
        if index is None:
            pane.set_highlights("alignment", [])
            other.set_highlights("alignment", [])
            return []
        pairs = analysis.counterparts(side, index)
        mine = (analysis.left_passages if side == "left" else analysis.right_passages)[index]
        theirs = analysis.right_passages if side == "left" else analysis.left_passages
        # Bars in the margin (highlights.MARGIN_LAYERS): this paragraph grey, its
        # counterparts blue, darker the stronger the match.
        own_format = _background(QColor("#8c8c8c"), 160)
        pane.set_highlights("alignment", [(mine.start, mine.end, own_format)] if pairs else [])
        spans = []
        for pair in pairs:
            passage = theirs[pair.right if side == "left" else pair.left]
            char_format = _background(QColor("#2b7bba"), 90 + round(165 * min(pair.score, 1.0)))
            if pair.manual:
                tip = translate("ComparisonController", "Aligned passage (sync point)")
            else:
                tip = translate("ComparisonController", "Aligned passage (score {score})").format(
                    score=f"{pair.score:.2f}"
                )
            char_format.setToolTip(tip)
            spans.append((passage.start, passage.end, char_format))
        other.set_highlights("alignment", spans)
        if scroll and pairs and self.follow:
            best = theirs[pairs[0].right if side == "left" else pairs[0].left]
            # Only the other pane moves: synchronized scrolling must not drag this one along.
            with pane.hold_scroll():
                other.reveal_original(best.start, best.start, select=False)
        return pairs

    def _mark_sentences(self, analysis: Analysis, pane: ReaderPane, position: int) -> None:
        """Underline the sentence at ``position`` and outline its counterpart sentence(s)
        in the other pane (one-to-many); neither pane moves for it."""
        from reader.core.comparison.sentences import SentenceIndex, counterparts

        if self._sentences is None or self._sentences.analysis is not analysis:
            self._sentences = SentenceIndex(analysis)
        own, found = counterparts(self._sentences, self._side(pane), position)
        other = self._other(pane)
        if own is None or not found:
            pane.set_highlights("sentence", [])
            other.set_highlights("sentence", [])
            return
        mine = QTextCharFormat()
        mine.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        mine.setUnderlineColor(QColor("#6a3d9a"))
        pane.set_highlights("sentence", [(own.start, own.end, mine)])
        spans = []
        for item in found:
            theirs = QTextCharFormat()  # dotted: the own sentence's line is solid
            theirs.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            theirs.setUnderlineColor(QColor("#6a3d9a"))
            theirs.setToolTip(
                translate(
                    "ComparisonController", "Counterpart sentence (similarity {score})"
                ).format(score=f"{item.score:.2f}")
            )
            spans.append((item.sentence.start, item.sentence.end, theirs))
        other.set_highlights("sentence", spans)

    def sentence_counterparts(self, side: str) -> list[tuple[int, int]]:
        """The original spans marked as counterpart sentences on ``side`` now."""
        return [(a, b) for a, b, _format in self.session.layer(side, "sentence")]

    def _on_cursor(self, pane: ReaderPane, position: int) -> None:
        self.mark_counterparts(pane, position, scroll=True)

    def _on_hover(self, pane: ReaderPane, position: int) -> None:
        self._hovered = (self._side(pane), position)
        self._hover.start()

    def hover_pending(self) -> bool:
        return self._hover.isActive()

    def _on_hover_settled(self) -> None:
        if self._hovered is not None:
            side, position = self._hovered
            self.mark_counterparts(
                self.left if side == "left" else self.right, position, scroll=False
            )

    def align_scroll(self, moved: str) -> bool:
        """Scroll the other pane to the place the alignment chain puts against this one."""
        from reader.core.comparison.alignment import interpolate

        if self.current_analysis() is None or not self._anchors:
            return False
        source, target = (self.left, self.right) if moved == "left" else (self.right, self.left)
        if source.document is None or target.document is None:
            return False
        anchors = self._anchors if moved == "left" else [(b, a) for a, b in self._anchors]
        position = interpolate(
            anchors,
            source.top_original_position(),
            len(target.document.text),
            len(source.document.text),
        )
        target.scroll_original_to_top(position)
        return True

    def link_current(self, link: bool) -> str:
        """Add (or remove) a sync point between the paragraphs holding both text cursors.

        Returns what the status bar says. Only an analysis of the texts shown now names their
        paragraphs: while it is being redone (a document, the aliases, the vocabulary or a
        sync point just changed) nothing is linked or unlinked.
        """
        left_doc, right_doc = self.left.document, self.right.document
        if left_doc is None or right_doc is None:
            return translate(
                "ComparisonController", "Sync points need both articles open and analysed."
            )
        analysis = self.current_analysis()
        if analysis is None:
            if self.analysing():
                if link:
                    return translate(
                        "ComparisonController",
                        "The two articles are being analysed again; nothing was linked. "
                        "Try again once the topics are back.",
                    )
                return translate(
                    "ComparisonController",
                    "The two articles are being analysed again; nothing was unlinked. "
                    "Try again once the topics are back.",
                )
            return translate(
                "ComparisonController", "Sync points need both articles open and analysed."
            )
        left_index = analysis.passage_at("left", self.left.cursor_original_position())
        right_index = analysis.passage_at("right", self.right.cursor_original_position())
        if left_index is None or right_index is None:
            return translate(
                "ComparisonController", "Put the text cursor in a paragraph of each article first."
            )
        pair = (
            analysis.left_passages[left_index].start,
            analysis.right_passages[right_index].start,
        )
        if not (paragraph_start(left_doc, pair[0]) and paragraph_start(right_doc, pair[1])):
            self.refresh()  # the analysis does not fit these texts: never save its offsets
            if link:
                return translate(
                    "ComparisonController",
                    "The analysis did not match the texts; they are being analysed again and "
                    "nothing was linked.",
                )
            return translate(
                "ComparisonController",
                "The analysis did not match the texts; they are being analysed again and "
                "nothing was unlinked.",
            )
        links = self.links.get(left_doc.sha256, right_doc.sha256)  # the store locks itself
        links.add(pair) if link else links.remove(pair)
        self.links.save()
        self.session.links_changed()  # the analysis is made again with the new sync points
        if link:
            message = translate(
                "ComparisonController", "Linked paragraph {left} with paragraph {right}."
            )
        else:
            message = translate(
                "ComparisonController", "Unlinked paragraph {left} from paragraph {right}."
            )
        return message.format(left=left_index + 1, right=right_index + 1)

    # -- search ----------------------------------------------------------------------------

    def open_search(self) -> None:
        selected = ""
        for pane in (self.left, self.right):
            if pane.view.textCursor().hasSelection():
                selected = pane.view.textCursor().selectedText()
                break
        self.find_bar.open_bar(selected)
        if not selected:
            self.search(self.find_bar.field.text(), self.find_bar.regional.isChecked())

    def _search_again(self) -> None:
        """The documents or vocabulary changed: search them again, or drop the old matches."""
        if self._find_bar is not None and self._find_bar.isVisible() and self._query:
            self.search(*self._query)
        else:
            self.service.tasks.cancel(SEARCH_JOB)
            self._show_matches({"left": [], "right": []})

    def search(self, query: str, regional: bool) -> None:
        """Find ``query`` in both panes, ignoring script; highlight and count the matches.

        The texts are converted to the comparison script once per document (the analysis's
        are reused): at once when that is quick, else on a worker as the keyed job "search",
        while the find bar says it is searching. A newer query supersedes it.
        """
        self._query = (query, regional)
        tasks = self.service.tasks
        tasks.cancel(SEARCH_JOB)
        if not query:
            self._show_matches({"left": [], "right": []})
            self.find_bar.show_counts(None, None)
            return
        vocabulary = self.service.vocabulary
        texts = self.search_texts
        aliases = self.alias_index()
        table = self.aliases()
        documents: dict[str, Document] = {}
        ready: dict[str, ComparisonText] = {}
        scripts: dict[str, Script | None] = {}
        converted = folded = 0
        for pane in (self.left, self.right):
            side, document = self._side(pane), pane.document
            if document is None:
                continue
            documents[side] = document
            scripts[side] = pane.script.script if pane.script is not None else None
            text = self.search_texts.ready(document, vocabulary, regional)
            if text is not None:
                ready[side] = text
            elif self._needs_opencc(scripts[side], regional):
                converted += len(document.text)
            else:
                folded += len(document.text)
        if converted <= INLINE_CONVERSION and converted + folded <= INLINE_FOLD:
            # Quick (short texts, or built already): in the UI thread. Before the alias
            # index exists (the topics are not shown yet), without the names' other forms
            # for a moment: the index is built on a worker, and then the search runs again.
            if aliases is None:
                self._index_aliases()
            spans = _find(
                query,
                regional,
                documents,
                ready,
                scripts,
                vocabulary,
                self.service.engine,
                texts,
                aliases=aliases,
            )
            self._show_found(spans)
            return
        self._show_matches({"left": [], "right": []})
        self.find_bar.show_searching()
        engine = self.service.engine  # get_engine: the process-wide engine, no widget

        size = self._pair_size()

        def work(job: Job) -> tuple[dict[str, list[tuple[int, int]]], AliasIndex]:
            index = aliases
            if index is None:  # before the topics: made here (or the analysis's), then kept
                index = _alias_index_of(table, engine, size)
            return _find(
                query, regional, documents, ready, scripts, vocabulary, engine, texts, job, index
            ), index

        def found(result: tuple[dict[str, list[tuple[int, int]]], AliasIndex]) -> None:
            spans, index = result
            if self._alias_index is None or self._alias_index.table is not index.table:
                self._alias_index = index
            self._show_found(spans)

        def still_wanted() -> bool:
            return (
                self._query == (query, regional)
                and self.service.vocabulary is vocabulary
                and self.session.aliases is table
                and all(self._pane(side).document is doc for side, doc in documents.items())
            )

        tasks.run(SEARCH_JOB, work, found, self._on_search_failed, valid=still_wanted)

    @staticmethod
    def _needs_opencc(script: Script | None, regional: bool) -> bool:
        from reader.core.text.folding import normalization_chain

        return script is None or bool(normalization_chain(script, regional=regional))

    def _pair_size(self) -> int:
        """Characters of both documents: what decides whether work goes to a helper."""
        return sum(len(pane.document.text) for pane in (self.left, self.right) if pane.document)

    def _pane(self, side: str) -> ReaderPane:
        return self.left if side == "left" else self.right

    def _show_found(self, spans: dict[str, list[tuple[int, int]]]) -> None:
        self._show_matches(spans)
        self.find_bar.show_counts(len(spans.get("left", [])), len(spans.get("right", [])))

    def _on_search_failed(self, message: str) -> None:
        self._show_matches({"left": [], "right": []})
        self.find_bar.show_counts(None, None)
        self.session.tell(Level.WARNING, message)

    def _show_matches(self, spans: dict[str, list[tuple[int, int]]]) -> None:
        match_format = _background(QColor("#e08a00"), 255)  # an outline (highlights.BOX_LAYERS)
        for pane in (self.left, self.right):
            side = self._side(pane)
            found = spans.get(side, [])
            self._matches[side] = found
            self._match_index[side] = -1
            pane.set_highlights("search", [(a, b, match_format) for a, b in found])
            pane.set_highlights("current", [])

    def matches(self, side: str) -> list[tuple[int, int]]:
        return list(self._matches[side])

    def step_match(self, direction: int) -> None:
        """Move both panes to their next (or previous) match."""
        current = _background(QColor("#ff9f1c"), 240)
        with self.left.hold_scroll(), self.right.hold_scroll():  # each to its own match
            for pane in (self.left, self.right):
                side = self._side(pane)
                spans = self._matches[side]
                if not spans:
                    continue
                self._match_index[side] = (self._match_index[side] + direction) % len(spans)
                start, end = spans[self._match_index[side]]
                pane.set_highlights("current", [(start, end, current)])
                pane.reveal_original(start, end, select=False)
        found = self._matches
        self.find_bar.show_counts(
            len(found["left"]),
            len(found["right"]),
            (self._match_index["left"] + 1, self._match_index["right"] + 1),
        )

    def _end_search(self) -> None:
        self._query = None
        self.service.tasks.cancel(SEARCH_JOB)
        for pane in (self.left, self.right):
            pane.set_highlights("search", [])
            pane.set_highlights("current", [])
        self._matches = {"left": [], "right": []}


def _names_a_group(
    index: AliasIndex, query: str, regional: bool, engine: Callable[[], Any]
) -> bool:
    """Whether ``query`` names an alias group (so a search without the index missed the
    group's other names): a search made again for nothing took the UI thread 30 ms."""
    from reader.core.text import folding

    forms = folding.query_forms(query, engine(), regional=regional)
    return any(index.names(form) for form in forms)


def _find(
    query: str,
    regional: bool,
    documents: dict[str, Document],
    ready: dict[str, ComparisonText],
    scripts: dict[str, Script | None],
    vocabulary: Vocabulary | None,
    engine: Callable[[], Any],
    texts: SearchTexts | None = None,
    job: Job | None = None,
    aliases: AliasIndex | None = None,
) -> dict[str, list[tuple[int, int]]]:
    """Original spans of ``query`` in each document (in a worker when ``job`` is given).

    Everything it reads is frozen: the documents, their scripts as detected when the query
    was typed, the vocabulary object and the texts already built; ``texts`` receives the
    texts it builds, for the next query.
    """
    from reader.core.text import folding
    from reader.core.text.scripts import detect_script
    from reader.core.text.search import find_all

    def cancelled() -> bool:
        return job is not None and job.cancelled()

    def text_of(side: str) -> ComparisonText:
        document = documents[side]

        def make(abandoned: Callable[[], bool]) -> ComparisonText:
            source = scripts[side] or detect_script(document.text, engine()).script
            if job is None:  # a short text, on the UI thread
                return folding.comparison_text(
                    document.text, source, engine(), vocabulary, regional=regional
                )
            from reader.core import offload

            # A book's is made in a helper process (see offload.comparison_text).
            text, mapping = offload.run(
                offload.comparison_text,
                document.text,
                source,
                vocabulary,
                regional,
                size=len(document.text),
                cancelled=abandoned,
            )
            return folding.ComparisonText(document.text, text, mapping)

        if side in ready:
            return ready[side]
        if texts is None or job is None:
            text = make(lambda: False)
            if texts is not None:
                texts.put(document, vocabulary, regional, text)
            return text
        return texts.get(document, vocabulary, regional, make, cancelled)

    forms = folding.query_forms(query, engine(), regional=regional)
    if aliases is not None:  # a name finds its group's other names too (世卫: 世界卫生组织)
        names = {name for form in forms for name in aliases.names(form)}
        for name in sorted(names):
            forms += [f for f in folding.query_forms(name, engine(), regional=regional)]
        forms = list(dict.fromkeys(forms))
    found: dict[str, list[tuple[int, int]]] = {}
    for side in documents:
        if cancelled():
            raise Cancelled  # a newer query: it needs the texts, not these matches
        text = text_of(side)
        found[side] = sorted({span for form in forms for span in find_all(text, form)})
    return found


def _alias_index_of(table: AliasTable, engine: Callable[[], Any], size: int) -> AliasIndex:
    """The alias table's index for Find (see ``comparison_index``), from a worker; with
    books open (``size`` characters), its names are converted in a helper process."""
    from reader.core.comparison.aliases import comparison_index

    if runs_here(size):
        return comparison_index(table, engine())
    from reader.core import offload

    def convert(names: Sequence[str]) -> list[str]:
        converted: list[str] = offload.helpers().call(offload.comparison_names, names)
        return converted

    return comparison_index(table, engine(), convert)


def _here(key: PairKey) -> bool:
    """Whether the analysis of ``key``'s pair runs in this process (not in a helper)."""
    return runs_here(len(key.left.text) + len(key.right.text))


class _AfterPaint(QObject):
    """Calls ``callback`` once, a turn of the event loop after ``widget``'s next paint, or
    after :data:`PAINT_WAIT_MS` if no paint comes (a minimised window paints nothing, and
    what waits here must still start)."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__()  # not the widget's child: deleting it must not drop the callback
        self._callback: Callable[[], object] | None = callback
        self._widget = widget
        widget.installEventFilter(self)
        _WAITING.add(self)
        QTimer.singleShot(PAINT_WAIT_MS, self._done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        if shiboken6.isValid(self._widget):
            self._widget.removeEventFilter(self)
        _WAITING.discard(self)
        callback()


_WAITING: set[_AfterPaint] = set()  # kept alive until they have called back
