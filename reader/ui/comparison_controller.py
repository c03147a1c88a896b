"""What joins the two panes: topics, aligned passages, shared wording, sync points, search.

Analysis runs on the worker threads (jieba's dictionary too), after the window has painted;
each result carries a generation number so a stale one (documents changed meanwhile) is
dropped. The panes only show: this controller turns the core's original-text spans into
their highlight layers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from reader.paths import resources_dir
from reader.ui.appearance import side_panel_width
from reader.ui.conversion_service import ConversionService
from reader.ui.reader_pane import ReaderPane

if TYPE_CHECKING:  # imported where used: the analysis modules and the dock's widgets load
    # after the first paint, so the texts reach the screen sooner
    from reader.core.aliases import AliasTable
    from reader.core.comparison import ComparisonText
    from reader.core.links import LinkStore
    from reader.core.topics import Analysis, Topic, TopicAnalyser
    from reader.ui.find_bar import FindBar
    from reader.ui.topics_panel import TopicsPanel

HOVER_DELAY_MS = 120


def _background(colour: QColor, alpha: int = 150) -> QTextCharFormat:
    char_format = QTextCharFormat()
    shaded = QColor(colour)
    shaded.setAlpha(alpha)
    char_format.setBackground(shaded)
    return char_format


class ComparisonController(QObject):
    """Owns the topics dock and the find bar and drives the panes' highlight layers.

    The dock's contents and the find bar are built on first use (or just after the first
    paint): the dock itself exists from the start, so the saved window layout restores.
    """

    analysed = Signal()  # a new analysis is shown
    failed = Signal(str)
    highlightTopicsChanged = Signal(bool)
    sharedWordingChanged = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        panes: tuple[ReaderPane, ReaderPane],
        service: ConversionService,
        data_dir: Path,
        place_find_bar: Callable[[QWidget], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.left, self.right = panes
        self.service = service
        self.data_dir = data_dir
        self.analysis: Analysis | None = None
        self.colours: dict[str, QColor] = {}
        self.follow = True  # scroll the other pane to a clicked paragraph's counterpart
        self._generation = 0
        self._analyser: TopicAnalyser | None = None
        self._aliases: AliasTable | None = None
        self._analyser_aliases: AliasTable | None = None  # the table the analyser was given
        self._anchors: list[tuple[int, int]] = []  # chain pairs as (left, right) offsets
        self._analysis_lock = threading.Lock()
        self._links: LinkStore | None = None
        self._steps: dict[str, int] = {}
        self._search_cache: dict[tuple[str, bool], ComparisonText] = {}
        self._matches: dict[str, list[tuple[int, int]]] = {"left": [], "right": []}
        self._match_index: dict[str, int] = {"left": -1, "right": -1}

        self.highlight_topics = False
        self.shared_wording = False
        self._busy: tuple[str, int | None] = ("Topics appear once both articles are open.", None)
        self._panel: TopicsPanel | None = None
        self._find_bar: FindBar | None = None
        self._place_find_bar = place_find_bar
        self.dock = QDockWidget("Topics", window)
        self.dock.setObjectName("topicsDock")
        placeholder = QLabel()  # until the panel is built, just after the first paint
        placeholder.setMinimumWidth(side_panel_width(placeholder.fontMetrics().height()))
        self.dock.setWidget(placeholder)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        self._hover = QTimer(self)
        self._hover.setSingleShot(True)
        self._hover.setInterval(HOVER_DELAY_MS)
        self._hover.timeout.connect(self._on_hover_settled)
        self._hovered: tuple[str, int] | None = None
        for pane in panes:
            pane.cursorMoved.connect(lambda position, p=pane: self._on_cursor(p, position))
            pane.clicked.connect(lambda position, p=pane: self._on_cursor(p, position))
            pane.hovered.connect(lambda position, p=pane: self._on_hover(p, position))

    # -- the dock and the find bar, built on first use --------------------------------------

    @property
    def panel(self) -> TopicsPanel:
        if self._panel is None:
            from reader.ui.topics_panel import TopicsPanel

            panel = TopicsPanel()
            panel.highlight_box.setChecked(self.highlight_topics)
            panel.wording_box.setChecked(self.shared_wording)
            panel.set_busy(*self._busy)
            if self.analysis is not None:
                panel.set_analysis(self.analysis, self.colours)
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
            from reader.ui.find_bar import FindBar

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
        """Build the dock's contents now (the window calls this once the texts are shown)."""
        self.panel  # noqa: B018 - the property builds it

    def _set_busy(self, text: str, percent: int | None = None) -> None:
        self._busy = (text, percent)
        if self._panel is not None:
            self._panel.set_busy(text, percent)

    def set_highlight_topics(self, on: bool) -> None:
        """Colour every shared topic in both panes (or stop)."""
        if on != self.highlight_topics:
            self.highlight_topics = on
            self._apply_topic_highlights()
            self.highlightTopicsChanged.emit(on)

    def set_shared_wording(self, on: bool) -> None:
        """Underline the wording both articles share (or stop)."""
        if on != self.shared_wording:
            self.shared_wording = on
            self._apply_wording()
            self.sharedWordingChanged.emit(on)

    # -- analysis ------------------------------------------------------------------------

    @property
    def links(self) -> LinkStore:
        from reader.core.links import LinkStore

        if self._links is None:
            self._links = LinkStore(self.data_dir)
            if self._links.problem:
                self.failed.emit(self._links.problem)
        return self._links

    def aliases(self) -> AliasTable:
        from reader.core.aliases import load_aliases

        if self._aliases is None:
            loaded = load_aliases(resources_dir() / "aliases.json", self.data_dir)
            if loaded.problem:
                self.failed.emit(loaded.problem)
            self._aliases = loaded.table
        return self._aliases

    def set_aliases(self, table: AliasTable) -> None:
        """Save the reader's alias groups and analyse again with them."""
        table.save_user(self.data_dir)
        self._aliases = table
        self.refresh()  # the worker hands the new table to the analyser, under the lock

    def refresh(self) -> None:
        """Analyse the two open documents again (after a document, alias or link change)."""
        self._search_cache.clear()
        left, right = self.left.document, self.right.document
        self._generation += 1
        generation = self._generation
        if left is None or right is None:
            self.analysis = None
            self._clear_layers()
            self._set_busy("Topics appear once both articles are open.")
            return
        self._set_busy("Finding the topics both articles discuss…", 0)
        vocabulary = self.service.vocabulary

        def work(progress: Callable[[int, int], None]) -> Analysis:
            from reader.core.topics import TopicAnalyser, analyse_documents

            with self._analysis_lock:  # links, aliases and hashes load here, off the UI thread
                links = self.links.get(left.sha256, right.sha256)
                added, removed = sorted(links.added), sorted(links.removed)
                aliases = self.aliases()
                if self._analyser is None:
                    from reader.core.segmenter import get_segmenter

                    progress(2, 100)
                    self._analyser = TopicAnalyser(self.service.engine(), get_segmenter())
                if aliases is not self._analyser_aliases:
                    self._analyser.set_aliases(aliases)
                    self._analyser_aliases = aliases
                self._analyser.vocabulary = vocabulary
                return analyse_documents(
                    self._analyser, left, right, progress=progress, links=added, unlinks=removed
                )

        self.service.tasks.submit(
            work,
            lambda analysis: self._on_analysed(generation, analysis),
            lambda message: self._on_failed(generation, message),
            lambda done, total: self._on_progress(generation, done, total),
        )

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self._set_busy(
                "Finding the topics both articles discuss…", round(100 * done / max(total, 1))
            )

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._set_busy(f"Topics could not be found: {message}")
            self.failed.emit(message)

    def _on_analysed(self, generation: int, analysis: Analysis) -> None:
        if generation != self._generation:
            return
        self.analysis = analysis
        self._anchors = [
            (analysis.left_passages[p.left].start, analysis.right_passages[p.right].start)
            for p in analysis.chain
        ]
        self._steps.clear()
        from reader.ui.topics_panel import topic_colour

        self.colours = {topic.term: topic_colour(k) for k, topic in enumerate(analysis.shared)}
        self.panel.set_analysis(analysis, self.colours)
        self._apply_topic_highlights()
        self._apply_wording()
        for pane in (self.left, self.right):
            pane.set_highlights("alignment", [])
            pane.set_highlights("focus", [])
            pane.set_highlights("current", [])
        self.analysed.emit()

    def _clear_layers(self) -> None:
        for pane in (self.left, self.right):
            for name in ("topics", "wording", "alignment", "focus", "current"):
                pane.set_highlights(name, [])

    # -- topics ----------------------------------------------------------------------------

    def _apply_topic_highlights(self) -> None:
        on = self.highlight_topics and self.analysis is not None
        for pane, side in ((self.left, "left"), (self.right, "right")):
            spans = []
            if on:
                assert self.analysis is not None
                for topic in self.analysis.shared:
                    char_format = _background(self.colours[topic.term])
                    char_format.setToolTip(topic.term)
                    for start, end in getattr(topic, side):
                        spans.append((start, end, char_format))
            pane.set_highlights("topics", spans)

    def step_topic(self, topic: Topic) -> None:
        """Show the next occurrence of ``topic`` in both panes (each wraps on its own)."""
        step = self._steps.get(topic.term, -1) + 1
        self._steps[topic.term] = step
        colour = self.colours.get(topic.term, QColor("#f6c343"))
        focus = _background(colour, 110)
        current = _background(QColor("#ff9f1c"), 230)
        current.setFontUnderline(True)
        for pane, spans in ((self.left, topic.left), (self.right, topic.right)):
            pane.set_highlights("focus", [(a, b, focus) for a, b in spans])
            if spans:
                start, end = spans[step % len(spans)]
                pane.set_highlights("current", [(start, end, current)])
                pane.reveal_original(start, end, select=False)
            else:
                pane.set_highlights("current", [])

    # -- shared wording --------------------------------------------------------------------

    def _apply_wording(self) -> None:
        on = self.shared_wording and self.analysis is not None
        char_format = QTextCharFormat()
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        char_format.setUnderlineColor(QColor("#d62728"))
        char_format.setToolTip("The other article has the same wording")
        left, right = [], []
        if on:
            assert self.analysis is not None
            for run in self.analysis.wording:
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
        """Mark the paragraph at ``position`` and its counterparts; maybe scroll to the best."""
        analysis = self.analysis
        if analysis is None:
            return []
        side = self._side(pane)
        index = analysis.passage_at(side, position)
        other = self._other(pane)
        if index is None:
            pane.set_highlights("alignment", [])
            other.set_highlights("alignment", [])
            return []
        pairs = analysis.counterparts(side, index)
        mine = (analysis.left_passages if side == "left" else analysis.right_passages)[index]
        theirs = analysis.right_passages if side == "left" else analysis.left_passages
        own_format = _background(QColor("#9ecae1"), 70)
        pane.set_highlights("alignment", [(mine.start, mine.end, own_format)] if pairs else [])
        spans = []
        for pair in pairs:
            passage = theirs[pair.right if side == "left" else pair.left]
            char_format = _background(QColor("#9ecae1"), 40 + round(120 * min(pair.score, 1.0)))
            label = "sync point" if pair.manual else f"score {pair.score:.2f}"
            char_format.setToolTip(f"Aligned passage ({label})")
            spans.append((passage.start, passage.end, char_format))
        other.set_highlights("alignment", spans)
        if scroll and pairs and self.follow:
            best = theirs[pairs[0].right if side == "left" else pairs[0].left]
            # Only the other pane moves: synchronized scrolling must not drag this one along.
            with pane.hold_scroll():
                other.reveal_original(best.start, best.start, select=False)
        return pairs

    def _on_cursor(self, pane: ReaderPane, position: int) -> None:
        self.mark_counterparts(pane, position, scroll=True)

    def _on_hover(self, pane: ReaderPane, position: int) -> None:
        self._hovered = (self._side(pane), position)
        self._hover.start()

    def _on_hover_settled(self) -> None:
        if self._hovered is not None:
            side, position = self._hovered
            self.mark_counterparts(
                self.left if side == "left" else self.right, position, scroll=False
            )

    def align_scroll(self, moved: str) -> bool:
        """Scroll the other pane to the place the alignment chain puts against this one."""
        from reader.core.alignment import interpolate

        if self.analysis is None or not self._anchors:
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
        """Add (or remove) a sync point between the paragraphs holding both text cursors."""
        analysis = self.analysis
        left_doc, right_doc = self.left.document, self.right.document
        if analysis is None or left_doc is None or right_doc is None:
            return "Sync points need both articles open and analysed."
        left_index = analysis.passage_at("left", self.left.cursor_original_position())
        right_index = analysis.passage_at("right", self.right.cursor_original_position())
        if left_index is None or right_index is None:
            return "Put the text cursor in a paragraph of each article first."
        pair = (
            analysis.left_passages[left_index].start,
            analysis.right_passages[right_index].start,
        )
        links = self.links.get(left_doc.sha256, right_doc.sha256)
        links.add(pair) if link else links.remove(pair)
        self.links.save()
        self.refresh()
        return (
            f"Linked paragraph {left_index + 1} with paragraph {right_index + 1}."
            if link
            else f"Unlinked paragraph {left_index + 1} from paragraph {right_index + 1}."
        )

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

    def _comparison(self, pane: ReaderPane, regional: bool) -> ComparisonText | None:
        from reader.core.comparison import comparison_text
        from reader.core.scripts import detect_script

        document = pane.document
        if document is None:
            return None
        key = (f"{self._side(pane)}:{document.sha256}", regional)
        cached = self._search_cache.get(key)
        if cached is None:
            analysis = self.analysis
            if regional and analysis is not None:
                own = analysis.left_text if pane is self.left else analysis.right_text
                if own.original is document.text:
                    cached = own
            if cached is None:
                engine = self.service.engine()
                source = (
                    pane.script.script
                    if pane.script
                    else detect_script(document.text, engine).script
                )
                cached = comparison_text(
                    document.text, source, engine, self.service.vocabulary, regional=regional
                )
            self._search_cache[key] = cached
        return cached

    def search(self, query: str, regional: bool) -> None:
        """Find ``query`` in both panes, ignoring script; highlight and count the matches."""
        from reader.core.comparison import normalize_query
        from reader.core.search import find_all

        match_format = _background(QColor("#ffd54f"), 220)
        counts = []
        for pane in (self.left, self.right):
            side = self._side(pane)
            spans: list[tuple[int, int]] = []
            text = self._comparison(pane, regional) if query else None
            if text is not None:
                spans = find_all(
                    text, normalize_query(query, self.service.engine(), regional=regional)
                )
            self._matches[side] = spans
            self._match_index[side] = -1
            pane.set_highlights("search", [(a, b, match_format) for a, b in spans])
            pane.set_highlights("current", [])
            counts.append(len(spans))
        if query:
            self.find_bar.show_counts(*counts)
        else:
            self.find_bar.show_counts(None, None)

    def matches(self, side: str) -> list[tuple[int, int]]:
        return list(self._matches[side])

    def step_match(self, direction: int) -> None:
        """Move both panes to their next (or previous) match."""
        current = _background(QColor("#ff9f1c"), 240)
        for pane in (self.left, self.right):
            side = self._side(pane)
            spans = self._matches[side]
            if not spans:
                continue
            self._match_index[side] = (self._match_index[side] + direction) % len(spans)
            start, end = spans[self._match_index[side]]
            pane.set_highlights("current", [(start, end, current)])
            pane.reveal_original(start, end, select=False)

    def _end_search(self) -> None:
        for pane in (self.left, self.right):
            pane.set_highlights("search", [])
            pane.set_highlights("current", [])
        self._matches = {"left": [], "right": []}
