"""One side of the reader: a header, a message bar and the text in the chosen script.

The text widget is a read-only ``QTextEdit`` without a syntax highlighter: it lays out big
documents incrementally (a 2 MB book is on screen in ~0.05 s and the window keeps painting)
and, unlike ``QPlainTextEdit``, honours line height. Structure is shown with formats set
once per special block (title, section markers, footer) and hidden blocks for image
placeholders, so the shown text stays line-for-line the original: block N is line N.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.formats.files import display_name, display_text
from reader.core.session import Change, ConversionKey, Event, Level, ReadingSession, Side
from reader.core.text.conversion import Conversion
from reader.core.text.document import Block, BlockKind, Document
from reader.core.text.position_map import PositionMap
from reader.core.text.scripts import Script, ScriptMode, ScriptReport
from reader.ui.appearance import icon
from reader.ui.elided_label import ElidedLabel
from reader.ui.i18n import localized, mode_label, script_label, translate
from reader.ui.progress_bar import ProgressBar
from reader.ui.text.conversion_service import LARGE_TEXT, ConversionService
from reader.ui.text.highlights import HighlightLayers, block_at
from reader.ui.text.offsets import Utf16Index

PREVIEW_LINES = 120  # at most, from the first line on screen
PREVIEW_MARGIN = 12  # lines past the screen's last (120 in all took the UI thread 27 ms)
LAYOUT_SLICE = 0.008  # seconds of layout per turn of the event loop
# Characters laid out per call at most: one call cannot stop at the slice's end, and 20,000
# characters of a novel's long paragraphs took 40-60 ms on a busy machine.
MAX_LAYOUT_STEP = 5_000
RESIZE_SETTLE_MS = 60  # after the last resize of a burst, the reading place is restored


INSERT_PIECE = 32_768  # characters inserted into a text document per call (a few ms each)


def _empty_text_document(font: QFont, line_spacing: int) -> tuple[QTextDocument, QTextCursor]:
    """An empty text document in ``font`` and ``line_spacing``, and a cursor to fill it."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(font)
    document.setDocumentMargin(max(12.0, font.pointSizeF() * 1.5))
    cursor = QTextCursor(document)
    paragraph = QTextBlockFormat()
    paragraph.setLineHeight(line_spacing, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    paragraph.setBottomMargin(font.pointSizeF() * 0.5)
    cursor.setBlockFormat(paragraph)
    return document, cursor


def build_text_document(text: str, font: QFont, line_spacing: int) -> QTextDocument:
    """The text document a pane shows ``text`` in, with ``font`` and ``line_spacing`` (the
    structure's formats are set later, by the pane), built at once; a text a job made is
    built a piece per turn instead (:class:`DocumentBuild`)."""
    document, cursor = _empty_text_document(font, line_spacing)
    for start in range(0, len(text), INSERT_PIECE):
        cursor.insertText(text[start : start + INSERT_PIECE])
    return document


@dataclass(frozen=True)
class StructureStyle:
    """How titles, sections, headings and footers look, as plain values taken from the
    palette and the reading font."""

    base: float  # the reading font's point size
    quiet: str  # footer colour, "#rrggbb"
    accent: str  # section colour


def format_structure(
    document: QTextDocument, marked: Iterable[Block], style: StructureStyle
) -> None:
    """Format the title, section, heading and footer lines of ``document`` (line N of the
    text is block N) and hide image placeholders: the ``marked`` blocks
    (:attr:`Document.marked_blocks`). On the UI thread (see :class:`DocumentBuild`), where
    a book's 120 chapter headings take 10-20 ms."""
    base = style.base
    formats: dict[BlockKind, tuple[QTextCharFormat, QTextBlockFormat | None]] = {}
    title = QTextCharFormat()
    title.setFontPointSize(base * 1.45)
    title.setFontWeight(QFont.Weight.Bold)
    title_block = QTextBlockFormat()
    title_block.setBottomMargin(base * 1.2)
    formats[BlockKind.TITLE] = (title, title_block)
    section = QTextCharFormat()
    section.setFontPointSize(base * 1.3)
    section.setFontWeight(QFont.Weight.Bold)
    section.setForeground(QColor(style.accent))
    section_block = QTextBlockFormat()
    section_block.setTopMargin(base * 1.2)
    formats[BlockKind.SECTION] = (section, section_block)
    heading = QTextCharFormat()
    heading.setFontPointSize(base * 1.15)
    heading.setFontWeight(QFont.Weight.DemiBold)
    formats[BlockKind.HEADING] = (heading, None)
    footer = QTextCharFormat()
    footer.setFontPointSize(base * 0.8)
    footer.setForeground(QColor(style.quiet))
    footer_block = QTextBlockFormat()
    footer_block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    formats[BlockKind.FOOTER] = (footer, footer_block)

    cursor = QTextCursor(document)
    for block in marked:
        text_block = document.findBlockByNumber(block.line)
        if not text_block.isValid():
            continue
        if block.kind is BlockKind.IMAGE:
            text_block.setVisible(False)
            continue
        char_format, block_format = formats[block.kind]
        cursor.setPosition(text_block.position())
        cursor.setPosition(
            text_block.position() + text_block.length() - 1, QTextCursor.MoveMode.KeepAnchor
        )
        cursor.mergeCharFormat(char_format)
        if block_format is not None:
            cursor.mergeBlockFormat(block_format)


@dataclass
class Prepared:
    """A text document and UTF-16 index made for ``text`` (the very string object), in
    ``font`` and ``line_spacing``, its structure formatted as ``blocks`` in ``style``: used
    only if all of them still hold when it is shown."""

    text: str
    font: QFont
    line_spacing: int
    document: QTextDocument
    index: Utf16Index
    blocks: tuple[Block, ...]  # the marked blocks it was formatted for (the very tuple)
    style: StructureStyle  # and their look


class DocumentBuild(QObject):
    """Builds the text document for a text a job made, on the UI thread, one piece of
    :data:`INSERT_PIECE` characters per turn of the event loop, then hands it to ``done``.

    Why not on the job's worker, where it once was: a worker that made Qt objects (a text
    document, its formats, PySide's enums) while the UI thread built widgets crashed the
    packaged app now and then (SIGSEGV in CI, three times in two forms; faulthandler showed
    the worker in this code each time, and it never reproduced here). Workers now make
    plain Python values only; the document, a megabyte of which took 50-60 ms in one call,
    is built here in pieces of a few milliseconds, so the window never waits for it. Then
    the structure's lines are formatted, and Qt's layout for the document is made, a turn
    each: the turn that shows the book only hands it to the view (35 ms became 5-7 ms). A
    text of one piece is built and formatted at once, inside :meth:`start`."""

    def __init__(
        self,
        text: str,
        index: Utf16Index,
        font: QFont,
        line_spacing: int,
        blocks: tuple[Block, ...],
        style: StructureStyle,
        done: Callable[[Prepared], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._done = done
        self._font = QFont(font)
        self._document, self._cursor = _empty_text_document(font, line_spacing)
        self._document.setParent(self)  # deleted with the build if it never finishes
        self._prepared = Prepared(
            text, self._font, line_spacing, self._document, index, blocks, style
        )
        self._turns = self._work()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        if len(self._prepared.text) <= INSERT_PIECE:  # an article: built and shown at once
            self._cursor.insertText(self._prepared.text)
            self._format()
            self._finish()
            return
        self._step()
        self._timer.start()

    def cancel(self) -> None:
        """Stop and delete what was built: its text is not going to be shown."""
        self._timer.stop()
        self.deleteLater()  # the document with it

    def _work(self) -> Iterator[None]:
        """The build, a turn per ``yield``."""
        text = self._prepared.text
        for start in range(0, len(text), INSERT_PIECE):
            self._cursor.insertText(text[start : start + INSERT_PIECE])
            yield
        self._format()
        yield
        # Qt makes a document's layout on first use, walking every block (15 ms for a
        # book's 29,000): here, a turn of its own, not in the turn that shows it. After
        # the formats: a format changed once a layout exists lays the text out from there
        # to its end at once (0.6 s for a book).
        self._document.documentLayout()
        yield
        self._finish()

    def _step(self) -> None:
        next(self._turns, None)

    def _format(self) -> None:
        format_structure(self._document, self._prepared.blocks, self._prepared.style)

    def _finish(self) -> None:
        self._timer.stop()
        self._document.setParent(None)  # outlives the build: the pane adopts it to show it
        self.deleteLater()
        self._done(self._prepared)


class _LayoutTurns(QObject):
    """Gives the layout pacers of every pane their slices one at a time, one per turn of
    the event loop, in turn. With a pacer timer each, two books opened together were laid
    out two slices per turn (25-45 ms), and a paint or a wait for the GIL in the same turn
    made it a 100 ms stall."""

    def __init__(self) -> None:
        super().__init__()
        self._waiting: deque[_LayoutPacer] = deque()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    def want(self, pacer: _LayoutPacer) -> None:
        if pacer not in self._waiting:
            self._waiting.append(pacer)
        self._timer.start()

    def drop(self, pacer: _LayoutPacer) -> None:
        with contextlib.suppress(ValueError):
            self._waiting.remove(pacer)
        if not self._waiting:
            self._timer.stop()

    def holds(self, pacer: _LayoutPacer) -> bool:
        return pacer in self._waiting

    def _turn(self) -> None:
        while self._waiting and not shiboken6.isValid(self._waiting[0]):
            self._waiting.popleft()  # its document was deleted (a closed window's)
        if self._waiting:
            pacer = self._waiting.popleft()
            if pacer.slice():  # more to lay out: its next slice after the others'
                self._waiting.append(pacer)
        if not self._waiting:
            self._timer.stop()


_turns: _LayoutTurns | None = None


def _layout_turns() -> _LayoutTurns:
    global _turns
    if _turns is None or not shiboken6.isValid(_turns):
        _turns = _LayoutTurns()
    return _turns


class _LayoutPacer(QObject):
    """Lays the view's text document out in slices of about ``LAYOUT_SLICE``, one per turn
    of the event loop (taking turns with the other panes' pacers, :class:`_LayoutTurns`),
    after it is shown and after every change of width (which lays it all out again).

    Qt lays a big document out lazily too, but doubles its step on every turn up to
    200,000 characters: a third of a second of layout without a paint. While pacing, the
    layout's own timer events are held back (this object lays out instead) and the view is
    told the height laid out so far after each slice, so its scroll bar grows as before."""

    def __init__(self, view: QTextEdit) -> None:
        document = view.document()
        super().__init__(document)
        self._view = view
        self._document = document
        self._layout = document.documentLayout()
        self._page = document.pageSize()
        self._position = 0
        self._step = 2_000  # characters per call; adapted to about 3 ms
        self._turns = _layout_turns()
        self._layout.installEventFilter(self)
        self._turns.want(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Timer:
            return False
        if self._document.pageSize() != self._page:  # a new width: laid out from the top
            self._restart()
        return self.active()  # Qt's own lazy steps wait while this lays out

    def active(self) -> bool:
        return self._turns.holds(self)

    def _restart(self) -> None:
        self._page = self._document.pageSize()
        self._position = 0
        self._turns.want(self)

    def stop(self) -> None:
        self._turns.drop(self)
        self._layout.removeEventFilter(self)

    def slice(self) -> bool:
        """Lay out the next slice; whether there is more to lay out."""
        if self._document.pageSize() != self._page:
            self._page = self._document.pageSize()
            self._position = 0
        deadline = time.perf_counter() + LAYOUT_SLICE
        end = self._document.characterCount()
        while self._position < end and time.perf_counter() < deadline:
            started = time.perf_counter()
            self._position = min(end, self._position + self._step)
            block = self._document.findBlock(self._position - 1)
            while not block.isVisible() and block.next().isValid():
                block = block.next()
            self._layout.blockBoundingRect(block)  # lays out down to this block
            spent = time.perf_counter() - started
            if spent > 0:
                growth = min(2.0, max(0.05, 0.003 / spent))  # to 3 ms; at most double
                self._step = max(500, min(MAX_LAYOUT_STEP, int(self._step * growth)))
        done = self._position >= end
        if done:
            self._layout.documentSize()  # what is left (hidden last blocks): nothing much
        self._layout.documentSizeChanged.emit(QSizeF(self._view.viewport().width(), 0))
        return not done


class MessageBar(QFrame):
    """An inline message with a close button (errors stay in the window, not in dialogs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self._icon = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(translate("MessageBar", "Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(self._icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str, level: Level = Level.WARNING) -> None:
        """Show ``text`` (a sentence of the core is shown in the interface language)."""
        # qtawesome loads its fonts on first use: only when a message is actually shown.
        self._icon.setPixmap(icon("mdi6.alert-circle-outline").pixmap(18, 18))
        self.setProperty("level", level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(localized(text))
        self.show()


class ReaderView(QTextEdit):
    """Read-only text that accepts dropped files and pages with the space bar."""

    fileDropped = Signal(str)
    widthChanging = Signal()  # before the text is laid out at a new width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context_actions: list = []  # the window's actions on a selection (Annotate…)
        self.decorations: HighlightLayers | None = None  # the pane's, drawn after the text
        self.setObjectName("readerView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setPlaceholderText(
            translate("ReaderView", "Open a file here: File ▸ Open, or drop a file on this pane.")
        )

    @staticmethod
    def _local_file(event) -> str | None:
        mime = event.mimeData()
        if mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile():
                    return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:
        if self._local_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._local_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = self._local_file(event)
        if path:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
        else:
            event.ignore()

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self.context_actions:
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.decorations is not None:  # margin bars and outlines (see highlights)
            painter = QPainter(self.viewport())
            self.decorations.paint(painter)
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.oldSize().width() > 0 and event.oldSize().width() != event.size().width():
            self.widthChanging.emit()  # the place is read while the old layout holds
        super().resizeEvent(event)

    # -- hit testing ---------------------------------------------------------------------

    def snapped(self, point: QPointF) -> QPointF:
        """``point`` (viewport coordinates) moved onto the nearest line when it falls
        between two paragraphs, above the first or below the last.

        Qt's own hit test answers such a point with a block far down the text (the one
        after the last hidden image placeholder): a press in the gap between two
        paragraphs put the text cursor there, scrolled the pane to it and began a
        selection of many paragraphs. Blocks are found by their geometry instead, as
        ``block_at`` does for the lines on screen.
        """
        document = self.document()
        if document.isEmpty():
            return point
        layout = document.documentLayout()
        scroll = self.verticalScrollBar().value()
        y = point.y() + scroll
        block = block_at(self, y)
        while not block.isVisible() and block.next().isValid():
            block = block.next()
        rect = layout.blockBoundingRect(block)
        if rect.top() <= y < rect.bottom():
            return point
        if y < rect.top():  # the document's top margin
            inside = rect.top() + 1
        else:  # below the block: the gap to the next shown one, or the bottom margin
            below = block.next()
            while below.isValid() and not below.isVisible():
                below = below.next()
            following = layout.blockBoundingRect(below) if below.isValid() else None
            if following is not None and following.top() - y < y - rect.bottom():
                inside = following.top() + 1
            else:
                inside = rect.bottom() - 1
        return QPointF(point.x(), inside - scroll)

    def text_cursor_at(self, point: QPoint | QPointF) -> QTextCursor:
        """``cursorForPosition`` for ``point``, snapped onto a line (see ``snapped``)."""
        return self.cursorForPosition(self.snapped(QPointF(point)).toPoint())

    def _snapped_event(self, event: QMouseEvent) -> QMouseEvent:
        point = event.position()
        moved = self.snapped(point)
        if moved == point:
            return event
        shift = moved - point
        return QMouseEvent(
            event.type(),
            moved,
            event.scenePosition() + shift,
            event.globalPosition() + shift,
            event.button(),
            event.buttons(),
            event.modifiers(),
            event.pointingDevice(),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(self._snapped_event(event))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(self._snapped_event(event))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(self._snapped_event(event))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(self._snapped_event(event))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            bar = self.verticalScrollBar()
            step = bar.pageStep()
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            bar.setValue(bar.value() - step if shift else bar.value() + step)
            return
        super().keyPressEvent(event)

    def first_visible_line(self) -> int:
        return block_at(self, self.verticalScrollBar().value()).blockNumber()


class ReaderPane(QWidget):
    """Header + message bar + text: shows one side of the reading session.

    The session owns the side's document, display script, detected script, conversion and
    highlight layers; the pane starts the jobs that detect and convert (keyed by side, each
    result offered back to the session with the key it was made from) and shows what the
    session holds. It never moves the reader's place: every rebuild of the text keeps the
    line on top of the screen.
    """

    fileDropped = Signal(str)
    modeChanged = Signal(object)  # ScriptMode chosen by the user in this pane
    ready = Signal()  # text shown in the chosen script, nothing pending
    textShown = Signal()  # the shown text was rebuilt (new document, script or font)
    # original offset of the text cursor after a key (a mouse press moves it too, but that
    # is reported as ``clicked`` on release: the pane must not move while it is pressed)
    cursorMoved = Signal(int)
    hovered = Signal(int)  # original offset under the mouse pointer
    clicked = Signal(int)  # original offset of a click that selected nothing
    pressedChanged = Signal(bool)  # a mouse button went down (True) or up in the text

    def __init__(
        self,
        side: str,
        service: ConversionService,
        session: ReadingSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.side = side
        self._service = service
        self.session = session
        self._shown_text = ""
        # The conversion whose text the view shows (the session's may be newer, or pending:
        # while a new script is converted the old text and its map stay on screen).
        self._shown_conversion: Conversion | None = None
        self._own_document: QTextDocument | None = None
        self._index = Utf16Index("")
        # Background work is run as keyed jobs, (side, "open" | "detect" | "convert"): the
        # latest per key wins, and each delivery checks that the pane still shows what the
        # job was for, so no counter of generations is kept here.
        self._opening = False  # a file is being read and decoded for this pane
        self._converting = False
        self._pacer: _LayoutPacer | None = None
        self._prepared: Prepared | None = None  # a document built for a job's text
        self._builds: dict[str, DocumentBuild] = {}  # "open" | "convert": being built
        self._font = QFont()
        self._line_spacing = 160

        self.header = QFrame()
        self.header.setObjectName("paneHeader")
        left = side == "left"
        self.header.setAccessibleName(
            translate("ReaderPane", "Left pane header")
            if left
            else translate("ReaderPane", "Right pane header")
        )
        self.setAccessibleName(
            translate("ReaderPane", "Left pane") if left else translate("ReaderPane", "Right pane")
        )
        self.title_label = ElidedLabel("—")
        self.title_label.setObjectName("paneTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = ElidedLabel("")
        self.details_label.setObjectName("paneDetails")
        self.mode_combo = QComboBox()
        self.mode_combo.setToolTip(
            translate("ReaderPane", "Script and regional vocabulary shown in this pane")
        )
        self.mode_combo.setAccessibleName(
            translate("ReaderPane", "Script of the left text")
            if left
            else translate("ReaderPane", "Script of the right text")
        )
        for mode in ScriptMode:
            self.mode_combo.addItem(mode_label(mode), mode.value)
        self.mode_combo.activated.connect(self._on_mode_activated)
        self.progress = ProgressBar()
        self.progress.setObjectName("paneProgress")
        self.progress.setAccessibleName(
            translate("ReaderPane", "Conversion of the left text")
            if left
            else translate("ReaderPane", "Conversion of the right text")
        )
        self.progress.setTextVisible(False)
        self.progress.hide()
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.title_label)
        texts.addWidget(self.details_label)
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(8, 4, 8, 4)
        header_layout.addLayout(texts, 1)
        header_layout.addWidget(self.mode_combo)

        self.message_bar = MessageBar()
        self.view = ReaderView()
        self.view.setAccessibleName(
            translate("ReaderPane", "Left text") if left else translate("ReaderPane", "Right text")
        )
        self.view.setAccessibleDescription(translate("ReaderPane", "No document open"))
        self.view.fileDropped.connect(self.fileDropped)
        self.setAcceptDrops(True)
        self.highlights = HighlightLayers(self.view)
        self.view.decorations = self.highlights
        # original span -> UTF-16 span in the text shown now: re-placing 10,000 highlights
        # after one changed costs dictionary look-ups, not 10,000 position-map searches
        self._shown_spans: dict[tuple[int, int], tuple[int, int]] = {}
        self._shown_spans_for: tuple[object, object] = (None, None)  # (map's source, index)
        self._programmatic_cursor = False  # reveal_original moves the cursor: not a click
        self._pressed = False  # a mouse button is down in the text
        self._previewed = False  # lines on screen were replaced by their conversion
        # The window's synchronized scrolling leaves this pane alone inside ``hold_scroll()``
        # (while the text is rebuilt, and while the other pane follows a click here).
        self.hold_scroll: Callable[[], AbstractContextManager] = contextlib.nullcontext
        self.view.cursorPositionChanged.connect(self._on_cursor_moved)
        # A new width rewraps every line: the first line on screen is found again once
        # the resizing stops (a window dragged wider sends a resize per frame).
        self._resize_place: tuple | None = None
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_SETTLE_MS)
        self._resize_timer.timeout.connect(self._restore_after_resize)
        self.view.widthChanging.connect(self._on_width_changing)
        self.view.viewport().setMouseTracking(True)
        self.view.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.view, 1)
        session.subscribe(self._on_session)

    # -- state (the session's side, read through) -----------------------------------------

    def _state(self) -> Side:
        return self.session.side(self.side)

    @property
    def document(self) -> Document | None:
        return self._state().document

    @property
    def mode(self) -> ScriptMode:
        return self._state().mode

    @property
    def script(self) -> ScriptReport | None:
        return self._state().script

    @property
    def conversion(self) -> Conversion | None:
        """The conversion made for the side as it is now (None while one is made)."""
        return self._state().shown_conversion()

    @property
    def _original_layers(self) -> dict[str, list[tuple[int, int, QTextCharFormat]]]:
        return self._state().layers

    def _on_session(self, event: Event) -> None:
        if self.side not in event.sides:
            return
        change = event.change
        if change & Change.DOCUMENT:
            self._show_new_document()
        elif change & Change.SWAP:
            self._show_swapped()
        elif change & (Change.MODE | Change.VOCABULARY):
            self._mode_or_vocabulary_changed()
        elif change & Change.LAYER and event.layer is not None:
            if event.delta is None:
                self._apply_layer(event.layer)
            else:
                removed, added = event.delta
                self.highlights.change_layer(
                    event.layer,
                    [(*self.shown_span(a, b), f) for a, b, f in removed],
                    [(*self.shown_span(a, b), f) for a, b, f in added],
                )
        elif change & Change.MESSAGE and event.message is not None:
            self.message_bar.show_message(event.message.text, event.message.level)

    # -- state -----------------------------------------------------------------------------

    def is_ready(self) -> bool:
        """A document is shown in the chosen script and nothing is pending."""
        return (
            self.document is not None
            and self.script is not None
            and not self._converting
            and not self._opening
        )

    def shown_text(self) -> str:
        """The text as shown (in the chosen script), newlines as ``\\n``."""
        return self._shown_text

    def position_map(self) -> PositionMap:
        """The map between the original text and the text on screen now."""
        if self._shown_conversion is not None and not self._previewed:
            return self._shown_conversion.map
        return PositionMap.identity(len(self._shown_text))

    # -- documents -------------------------------------------------------------------------

    def _key(self, what: str) -> tuple[str, str]:
        return (self.side, what)

    def open_path(
        self,
        path: str | Path,
        on_opened: Callable[[Document], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """Read and decode ``path`` on a worker (the job ``(side, "open")``), then hand the
        document to ``on_opened`` (or the sentence saying why not to ``on_failed``). What
        the pane shows stays until then; it says it is opening."""
        self._cancel_build("open")  # a file opened before this one: this one wins
        self._opening = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.details_label.setText(
            translate("ReaderPane", "Opening {name}…").format(name=display_name(path))
        )

        def opened(document: Document, index: Utf16Index | None) -> None:
            def built(prepared: Prepared) -> None:
                self._opening = False
                self._keep_prepared(prepared)  # shown by _show_new_document, if still right
                on_opened(document)

            self._build("open", document.text, index, built, document.marked_blocks)

        def failed(message: str) -> None:
            self._opening = False
            self.progress.setVisible(self._converting)
            self._update_details()
            self.show_error(message)
            on_failed(message)
            self.ready.emit()

        self._service.open(
            path,
            key=self._key("open"),
            on_done=opened,
            on_error=failed,
            prepare=Utf16Index,
        )

    def set_document(self, document: Document) -> None:
        """Show ``document`` on this side (through the session, which tells every observer)."""
        self.session.open(self.side, document)

    def _show_new_document(self) -> None:
        """The session's side has a new document: show it at once in its original script,
        then detect and convert in the background."""
        document = self.document
        assert document is not None
        if self._opening:  # a document given directly wins over a file still being read
            self._cancel_open()
        self._cancel_convert()  # the old document's: told to stop
        self._shown_conversion = None
        self.message_bar.hide()
        self.progress.hide()
        self.title_label.setText(document.title)
        self.title_label.setToolTip(display_text(str(document.path or document.name)))
        self._show_text(document.text)
        self._update_details()
        self._converting = self.mode is not ScriptMode.ORIGINAL
        self._detect(document)

    def _detect(self, document: Document) -> None:
        self._service.detect(
            document,
            lambda report: self._on_script(document, report),
            self._on_detect_failure,
            key=self._key("detect"),
            valid=lambda: self.document is document,
        )

    def _show_swapped(self) -> None:
        """The sides were swapped: show this side's document as the other pane showed it
        (its conversion and layers came along), at the place it was read there."""
        self._cancel_convert()
        self._service.cancel(self._key("detect"))
        if self._opening:
            self._cancel_open()
        state = self._state()
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(self.mode.value))
        self.message_bar.hide()
        self.progress.hide()
        document = state.document
        if document is None:
            self._shown_conversion = None
            self.title_label.setText("—")
            self._show_text("", None)
            self._update_details()
            return
        self.title_label.setText(document.title)
        self.title_label.setToolTip(display_text(str(document.path or document.name)))
        conversion = state.shown_conversion() if state.script is not None else None
        self._shown_conversion = conversion
        self._show_text(conversion.text if conversion else document.text, state.place)
        self._update_details()
        if state.script is None:
            self._converting = self.mode is not ScriptMode.ORIGINAL
            self._detect(document)
        elif conversion is None:
            self._start_conversion()
        else:
            self._converting = False
            self.ready.emit()

    def laying_out(self) -> bool:
        """The text is still being laid out in slices, or its place is about to be found
        again after a resize (scroll positions may still move)."""
        return (self._pacer is not None and self._pacer.active()) or self._resize_timer.isActive()

    def refreshing(self) -> bool:
        """Whether the highlights on screen are about to be found again (a scroll, a
        resize or a changed layer, at the next turn of the event loop)."""
        return self.highlights.pending()

    def building(self) -> bool:
        """A text a job made is still going into its document, a piece per turn."""
        return bool(self._builds)

    def remember_place(self) -> None:
        """Keep where the reader is in this side's document (before the sides swap)."""
        self._state().place = self.reading_place(by_line=self._previewed)

    def show_error(self, message: str) -> None:
        self.message_bar.show_message(message, Level.ERROR)

    def message(self) -> str:
        """The message currently shown in the pane ("" if none)."""
        return "" if self.message_bar.isHidden() else self.message_bar.label.text()

    def _on_script(self, document: Document, report: ScriptReport) -> None:
        """Detection finished (for the document shown): convert to the script chosen *now*."""
        if not self.session.accept_script(self.side, document, report):
            return
        self._update_details()
        self._start_conversion()

    def _on_detect_failure(self, message: str) -> None:
        self._fail(message)

    def _fail(self, message: str) -> None:
        self._converting = False
        self.progress.hide()
        self.show_error(message)
        document = self.document
        if self.script is None and document is not None:
            self.session.accept_script(self.side, document, ScriptReport(Script.UNKNOWN, 0, 0))
            self._update_details()
        self.ready.emit()

    # -- script modes ----------------------------------------------------------------------

    def set_mode(self, mode: ScriptMode) -> None:
        """Show the document in ``mode`` (through the session; converted in the background)."""
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode.value))
        self.session.set_mode(self.side, mode)

    def _mode_or_vocabulary_changed(self) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(self.mode.value))
        if self.document is None:
            return
        self._cancel_convert()  # the old script's: told to stop
        if self.script is None:
            # Detection is pending; its callback converts to this mode.
            self._converting = self.mode is not ScriptMode.ORIGINAL
            self._update_details()
            return
        self._start_conversion()

    def _on_mode_activated(self, index: int) -> None:
        mode = ScriptMode(self.mode_combo.itemData(index))  # Qt hands back the plain str
        if mode is not self.mode:
            self.set_mode(mode)
            self.modeChanged.emit(mode)

    def _start_conversion(self) -> None:
        assert self.document is not None and self.script is not None
        document, mode = self.document, self.mode
        key = self.session.conversion_key(self.side)
        assert key is not None
        selection = self.selected_original_span()
        made = self.conversion  # the identity in the original script
        if made is not None:
            self._converting = False
            self.progress.hide()
            self._apply_conversion(made, selection)
            return
        self._cancel_build("convert")  # the text of an earlier conversion: this one wins
        self._converting = True
        self.progress.setRange(0, 0)
        self.progress.show()
        preview = None
        if len(document.text) > LARGE_TEXT:
            top = self.view.verticalScrollBar().value()
            first = block_at(self.view, top).blockNumber()
            last = block_at(self.view, top + self.view.viewport().height()).blockNumber()
            preview = (first, min(last + PREVIEW_MARGIN, first + PREVIEW_LINES))

        def converted(conversion: Conversion, index: Utf16Index | None) -> None:
            def built(prepared: Prepared) -> None:
                self._keep_prepared(prepared)  # used by _show_text if it shows this very text
                self._on_converted(key, conversion, selection)

            if self.session.is_current(key):
                self._build("convert", conversion.text, index, built, document.marked_blocks)
            else:
                self._on_converted(key, conversion, selection)  # dropped there

        self._service.convert(
            document,
            mode,
            self.script.script,
            key.vocabulary,
            key=self._key("convert"),
            valid=lambda: self.session.is_current(key),
            on_done=converted,
            on_error=self._fail,
            on_progress=self._on_progress,
            preview_lines=preview,
            on_preview=self._on_preview,
            prepare=Utf16Index,
        )

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.set_value(int(1000 * done / total))

    def _on_preview(self, result: tuple[int, int, str]) -> None:
        """Replace the lines on screen with their conversion while the rest is converted."""
        if not self._converting:
            return
        first, last, shown = result
        document = self.view.document()
        start_block = document.findBlockByNumber(first)
        end_block = document.findBlockByNumber(last)
        if not (start_block.isValid() and end_block.isValid()):
            return
        place = self.reading_place(by_line=True)
        with self.hold_scroll():
            cursor = QTextCursor(document)
            cursor.setPosition(start_block.position())
            cursor.setPosition(
                end_block.position() + end_block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertText(shown)
            self._previewed = True
            self.restore_place(place)

    def _on_converted(
        self, key: ConversionKey, conversion: Conversion, selection: tuple[int, int] | None
    ) -> None:
        if not self.session.accept_conversion(key, conversion):
            self._drop_prepared()
            return
        self._converting = False
        self.progress.hide()
        self._apply_conversion(conversion, selection)

    def _apply_conversion(self, conversion: Conversion, selection: tuple[int, int] | None) -> None:
        # Where the reader is, measured in the text and map shown until now.
        place = self.reading_place(by_line=self._previewed)
        rebuild = (
            conversion.text != self._shown_text or self._previewed or self.view.document().isEmpty()
        )
        self._shown_conversion = conversion
        if rebuild:
            self._show_text(conversion.text, place)
        else:
            self._drop_prepared()  # the text shown already is this one
            self._placed_spans()  # the map changed: the spans are placed again
            for name in list(self._original_layers):
                self._apply_layer(name)
        if selection is not None:
            self.select_original_span(*selection, reveal=False)
        self._update_details()
        self.ready.emit()

    # -- display ---------------------------------------------------------------------------

    def set_reading_font(self, font: QFont, line_spacing: int) -> None:
        self._font = QFont(font)
        self._line_spacing = line_spacing
        if self.document is not None:
            self._show_text(self._shown_text, self.reading_place(by_line=self._previewed))
        else:
            self.view.setFont(font)

    def reading_font(self) -> QFont:
        return QFont(self._font)

    def _show_text(self, text: str, place: tuple | None = None) -> None:
        """Rebuild the text document with the structure's formats, keeping the reading place
        (``place`` from ``reading_place``, measured before the text or its map changed; by
        default the first line on screen)."""
        if place is None:
            place = self.reading_place(by_line=True)
        programmatic, self._programmatic_cursor = self._programmatic_cursor, True
        try:  # the new document moves the text cursor: that is not the reader's doing
            with self.hold_scroll():
                self._replace_text(text, place)
        finally:
            self._programmatic_cursor = programmatic

    def _replace_text(self, text: str, place: tuple | None) -> None:
        self._resize_timer.stop()  # the new text is shown at ``place``: that wins
        self._resize_place = None
        self._previewed = False
        self._shown_text = text
        prepared = self._prepared
        marked = self.document.marked_blocks if self.document is not None else ()
        style = self._structure_style()
        if (
            prepared is not None
            and prepared.text is text
            and prepared.font == self._font
            and prepared.line_spacing == self._line_spacing
            and prepared.blocks is marked
            and prepared.style == style
        ):
            self._prepared = None
            document, self._index = prepared.document, prepared.index
        else:
            self._drop_prepared()
            document = build_text_document(text, self._font, self._line_spacing)
            self._index = Utf16Index(text)
            format_structure(document, marked, style)  # before Qt makes its layout
        document.setParent(self)
        old = self._own_document  # the view deletes the documents it made itself
        self._own_document = document
        self.view.setExtraSelections([])  # they hold cursors into the old document
        if self._pacer is not None:
            self._pacer.stop()
        self.view.setDocument(document)
        self._pacer = _LayoutPacer(self.view)
        if old is not None:
            old.deleteLater()
        self.restore_place(place)
        for name in self._original_layers:
            self._apply_layer(name)
        self.textShown.emit()

    def _build(
        self,
        what: str,
        text: str,
        index: Utf16Index | None,
        then: Callable[[Prepared], None],
        blocks: tuple[Block, ...],
    ) -> None:
        """Build the document for ``text``, which the job ``what`` made, in the font,
        spacing and structure style of now, its ``blocks`` formatted, a piece per turn
        (:class:`DocumentBuild`), then call ``then``."""

        def done(prepared: Prepared) -> None:
            self._builds.pop(what, None)
            then(prepared)

        self._cancel_build(what)
        if index is None:
            index = Utf16Index(text)
        style = self._structure_style()
        build = DocumentBuild(
            text, index, self._font, self._line_spacing, blocks, style, done, self
        )
        self._builds[what] = build
        build.start()

    def _cancel_build(self, what: str) -> None:
        build = self._builds.pop(what, None)
        if build is not None:
            build.cancel()

    def _cancel_open(self) -> None:
        """Stop reading a file for this pane, and building its text's document."""
        self._opening = False
        self._service.tasks.cancel(self._key("open"))
        self._cancel_build("open")

    def _cancel_convert(self) -> None:
        """Stop converting this pane's document, and building the converted text's."""
        self._service.cancel(self._key("convert"))
        self._cancel_build("convert")

    def _keep_prepared(self, prepared: Prepared | None) -> None:
        """Hold the document a job built until ``_show_text`` shows its text."""
        self._drop_prepared()
        self._prepared = prepared

    def _drop_prepared(self) -> None:
        """Let go of a document a job built for a text that is not going to be shown."""
        if self._prepared is not None:
            self._prepared.document.deleteLater()
            self._prepared = None

    def _structure_style(self) -> StructureStyle:
        """The look of the structure lines in the pane's font and palette now."""
        base = self._font.pointSizeF() if self._font.pointSizeF() > 0 else 12.0
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        if accent.lightness() >= 200:
            accent = QColor("#1f4e79")
        return StructureStyle(base, quiet.name(), accent.name())

    def _shown_title(self, document: Document) -> str:
        """The title as the pane shows the text: converted with it (繁體 title over a 简体
        text would read as two documents)."""
        title = document.title
        start = document.text.find(title) if title else -1
        if start < 0 or self._shown_conversion is None or self._previewed:
            return title
        low, high = self.position_map().span_to_target(start, start + len(title))
        return self._shown_text[low:high].strip() or title

    def _update_details(self) -> None:
        document = self.document
        if document is None:
            self.details_label.setText("")
            self.view.setAccessibleDescription(translate("ReaderPane", "No document open"))
            return
        self.title_label.setText(self._shown_title(document))
        self.view.setAccessibleDescription(self._shown_title(document))  # what it reads
        script = (
            script_label(self.script.script)
            if self.script
            else translate("ReaderPane", "detecting script…")
        )
        parts = [
            script,
            document.encoding,
            translate("ReaderPane", "{count} characters").format(
                count=f"{document.character_count:,}"
            ),
            translate("ReaderPane", "{count} paragraphs").format(
                count=f"{document.paragraph_count:,}"
            ),
        ]
        if self.mode is not ScriptMode.ORIGINAL:
            parts.append(
                translate("ReaderPane", "shown as {script}").format(script=mode_label(self.mode))
            )
        self.details_label.setText(" · ".join(parts))

    # -- positions (code points outside, UTF-16 inside Qt) ---------------------------------

    def selected_original_span(self) -> tuple[int, int] | None:
        """The selection as code-point offsets into the *original* text, or None."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._index.to_code_point(cursor.selectionStart())
        end = self._index.to_code_point(cursor.selectionEnd())
        return self.position_map().span_to_source(start, end)

    def select_original_span(self, start: int, end: int, *, reveal: bool = True) -> None:
        """Select what the original span ``[start, end)`` is shown as, and scroll to it
        (unless ``reveal`` is False: a selection kept through a change of script)."""
        shown_start, shown_end = self.position_map().span_to_target(start, end)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._index.to_utf16(shown_start))
        cursor.setPosition(self._index.to_utf16(shown_end), QTextCursor.MoveMode.KeepAnchor)
        bar = self.view.verticalScrollBar()
        value = bar.value()
        self._programmatic_cursor = not reveal
        try:
            self.view.setTextCursor(cursor)
        finally:
            self._programmatic_cursor = False
        if reveal:
            self.view.ensureCursorVisible()
        else:
            bar.setValue(value)

    def clear_selection(self) -> None:
        """Drop the selection, leaving the text cursor at its end and the view where it is."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return
        bar = self.view.verticalScrollBar()
        value = bar.value()
        cursor.clearSelection()
        self._programmatic_cursor = True
        try:
            with self.hold_scroll():
                self.view.setTextCursor(cursor)
                bar.setValue(value)
        finally:
            self._programmatic_cursor = False

    def shown_span(self, start: int, end: int) -> tuple[int, int]:
        """UTF-16 positions in the view of the original span ``[start, end)``."""
        placed = self._placed_spans()
        shown = placed.get((start, end))
        if shown is None:
            shown_start, shown_end = self.position_map().span_to_target(start, end)
            shown = self._index.to_utf16(shown_start), self._index.to_utf16(shown_end)
            placed[(start, end)] = shown
        return shown

    def _placed_spans(self) -> dict[tuple[int, int], tuple[int, int]]:
        """The cache of ``shown_span``, emptied whenever the shown text or its map changes."""
        source = None if self._previewed else self._shown_conversion
        made_for = self._shown_spans_for
        if made_for[0] is not source or made_for[1] is not self._index:
            self._shown_spans.clear()
            self._shown_spans_for = (source, self._index)
        return self._shown_spans

    def original_position(self, utf16_position: int) -> int:
        """Original offset of a UTF-16 position of the view."""
        return self.position_map().to_source(self._index.to_code_point(utf16_position))

    # -- highlights (original spans; re-placed whenever the shown text changes) ------------

    def set_highlights(self, name: str, spans: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Highlight original spans in layer ``name`` (see highlights.LAYER_ORDER): kept by
        the session with this side's document, placed here in what the pane shows."""
        self.session.set_layer(self.side, name, spans)

    def change_highlights(
        self,
        name: str,
        removed: list[tuple[int, int, QTextCharFormat]],
        added: list[tuple[int, int, QTextCharFormat]],
    ) -> None:
        """Take some spans out of layer ``name`` and add others: one changed note among
        10,000 costs its own spans, not a pass over all of them."""
        self.session.change_layer(self.side, name, removed, added)

    def highlight_count(self, name: str) -> int:
        return len(self._original_layers.get(name, ()))

    def _apply_layer(self, name: str) -> None:
        spans = self._original_layers.get(name, [])
        place, placed = self.shown_span, self._placed_spans()
        shown = []
        for start, end, char_format in spans:
            # the cache's own look-up first: this runs for every note after each change
            a, b = placed.get((start, end)) or place(start, end)
            shown.append((a, b, char_format))
        self.highlights.set_layer(name, shown)

    # -- navigation by original offsets ---------------------------------------------------

    def reveal_original(self, start: int, end: int, *, select: bool = True) -> None:
        """Bring the original span into the middle of the view (selecting it if asked)."""
        a, b = self.shown_span(start, end)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(a)
        if select:
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            self._programmatic_cursor = True
            self.view.setTextCursor(cursor)
            self._programmatic_cursor = False
        # Without ``select`` only the view moves: the reader's selection here is kept (they
        # may be choosing passages in both panes to link them).
        rect = self.view.cursorRect(cursor)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.view.viewport().height() // 2)

    def _on_width_changing(self) -> None:
        if not self._resize_timer.isActive():  # the place before the first of a burst
            self._resize_place = self.reading_place(by_line=self._previewed)
        self._resize_timer.start()

    def _restore_after_resize(self) -> None:
        place, self._resize_place = self._resize_place, None
        if place is not None and self.document is not None:
            with self.hold_scroll():
                self.restore_place(place)

    def reading_place(self, *, by_line: bool = False) -> tuple | None:
        """Where the reader is: the first line on screen, as ``(block, original, share,
        offset)``. ``original`` is the original offset (code points, through the position
        map) of the line's first character; with ``by_line`` (the text on screen is not what
        the map describes, as while lines are previewed) it is None and ``share`` is how far
        into its block the line starts. ``offset`` is how many pixels of it are scrolled past.
        """
        if not self._shown_text:
            return None
        view = self.view
        y = view.verticalScrollBar().value()
        block = block_at(view, y)
        while not block.isVisible() and block.next().isValid():
            block = block.next()
        top = view.document().documentLayout().blockBoundingRect(block).top()
        text_layout = block.layout()
        line_start, line_y = 0, 0.0
        for k in range(text_layout.lineCount()):
            line = text_layout.lineAt(k)
            if top + line.y() > y:
                break
            line_start, line_y = line.textStart(), line.y()
        offset = max(0, round(y - top - line_y))
        if by_line:
            return (block.blockNumber(), None, line_start / max(block.length() - 1, 1), offset)
        return (
            block.blockNumber(),
            self.original_position(block.position() + line_start),
            0.0,
            offset,
        )

    def restore_place(self, place: tuple | None) -> None:
        """Scroll so that the line of ``place`` (see ``reading_place``) is on top again."""
        view = self.view
        bar = view.verticalScrollBar()
        document = view.document()
        layout = document.documentLayout()
        if place is None:
            bar.setValue(0)
            return
        number, original, share, offset = place
        if original is not None:
            source_length = self.position_map().source_length
            shown = self.position_map().to_target(min(original, source_length))
            position = self._index.to_utf16(shown)
            block = document.findBlock(position)
        else:
            block = document.findBlockByNumber(number)
            if not block.isValid():
                block = document.lastBlock()
            position = block.position() + round(share * max(block.length() - 1, 0))
        while not block.isVisible() and block.next().isValid():
            block = block.next()
            position = block.position()
        if number == 0 and original in (None, 0) and share == 0 and offset == 0:
            bar.setValue(0)
            return
        rect = layout.blockBoundingRect(block)  # lays the text out down to here
        line = block.layout().lineForTextPosition(max(0, position - block.position()))
        y = rect.top() + (line.y() if line.isValid() else 0.0) + offset
        # A big text is laid out lazily and the view learns its height late: until then the
        # scroll range is a screen or two, and a value set now would be cut to it. Lay out
        # one screen further (never the whole book: ``documentSize()`` would, for a second)
        # and let the view take the height laid out so far.
        layout.hitTest(QPointF(0, y + 2 * view.viewport().height()), Qt.HitTestAccuracy.FuzzyHit)
        layout.documentSizeChanged.emit(QSizeF(view.viewport().width(), y))
        bar.setValue(round(y))

    def top_original_position(self) -> int:
        """Original offset of the first character on screen."""
        top = block_at(self.view, self.view.verticalScrollBar().value())
        return self.original_position(top.position())

    def scroll_original_to_top(self, position: int) -> None:
        """Scroll so that the line holding original offset ``position`` is at the top."""
        shown = self.position_map().to_target(min(position, self.position_map().source_length))
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(
            min(self._index.to_utf16(shown), self.view.document().characterCount() - 1)
        )
        rect = self.view.cursorRect(cursor)
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + rect.top())

    def cursor_original_position(self) -> int:
        return self.original_position(self.view.textCursor().position())

    def _on_cursor_moved(self) -> None:
        if not (self._programmatic_cursor or self._pressed) and self.document is not None:
            self.cursorMoved.emit(self.cursor_original_position())

    def _set_pressed(self, pressed: bool) -> None:
        if pressed != self._pressed:
            self._pressed = pressed
            self.pressedChanged.emit(pressed)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._set_pressed(True)  # before the view moves the text cursor
        elif kind == QEvent.Type.MouseButtonRelease and not event.buttons():
            self._set_pressed(False)
        if kind == QEvent.Type.MouseMove and self.document is not None:
            position = self.view.text_cursor_at(event.position()).position()
            self.hovered.emit(self.original_position(position))
        elif (
            kind == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and self.document is not None
            and not self.view.textCursor().hasSelection()
        ):
            position = self.view.text_cursor_at(event.position()).position()
            self.clicked.emit(self.original_position(position))
        return super().eventFilter(watched, event)
