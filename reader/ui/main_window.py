"""The main window: two reader panes in a splitter, menus, toolbar and remembered state."""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Collection, Hashable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QFontMetricsF,
    QIcon,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFontDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME, __version__
from reader.core import heap
from reader.core.errors import DuiduError
from reader.core.formats.files import display_name, display_text
from reader.core.messages import sentence_of
from reader.core.session import Change, Event, Level, ReadingSession
from reader.core.text.document import Document, load_document
from reader.core.text.scripts import ScriptMode
from reader.core.text.vocabulary import FILE_NAME as VOCABULARY_FILE
from reader.core.text.vocabulary import Vocabulary
from reader.ui import actions
from reader.ui.appearance import (
    NO_CJK_FONT_MESSAGE,
    cjk_font_families,
    default_reading_font,
    icon,
    side_panel_width,
)
from reader.ui.comparison.controller import ComparisonController
from reader.ui.comparison.sync_scroll import ScrollSync
from reader.ui.elided_label import ElidedLabel
from reader.ui.i18n import QT_TRANSLATE_NOOP, localized, mode_label, translate
from reader.ui.settings import Settings
from reader.ui.text.conversion_service import ConversionService
from reader.ui.text.reader_pane import MessageBar, ReaderPane
from reader.ui.turns import run_in_turns

if TYPE_CHECKING:
    from reader.ui.help.welcome import WelcomeBar
    from reader.ui.notes.controller import AnnotationsController

# Files up to this size are decoded at once (a few ms); bigger ones on a worker.
OPEN_AT_ONCE = 64 * 1024
FILE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Text and Markdown (*.txt *.md *.markdown *.text);;All files (*)"
)
NOTES_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Web Annotations (*.json);;All files (*)")
LINE_SPACINGS = (100, 130, 160, 200)
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 48
ICONS_PER_TURN = 8  # icons made per turn of the event loop after the first paint (~1 ms each)
# Dictionaries loaded once the first topics are in: 简体's (t2s, small) and the comparison's
# (tw2sp). Not 繁體's: s2t's phrase trie holds 28 MB, for a switch the reader may never make
# and that then takes 0.14 s longer on its worker (the window never waits for it), and is
# one of four (臺灣, 臺灣用詞 and 香港 have their own).
WARM_CONFIGS = ("t2s", "tw2sp")
MIN_LINE = 20  # characters a pane's line should hold; fewer, and the panes are stacked


def _focus_first(widget: QWidget | None) -> None:
    """Give the focus to the first widget inside ``widget`` that takes it from the keyboard."""
    if widget is None:
        return
    for child in [widget, *widget.findChildren(QWidget)]:
        if (
            child.isVisible()
            and child.isEnabled()
            and child.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            child.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)


class MainWindow(QMainWindow):
    """Owns the panes; every action of the menus and toolbar is a method here."""

    bothReady = Signal()
    firstPainted = Signal()  # the texts are on screen; slow work may start
    builtUp = Signal()  # what is built after the first paint (notes, icons) is there

    def __init__(
        self, settings: Settings, data_dir: Path, vocabulary: Vocabulary, *, remember: bool = True
    ) -> None:
        super().__init__()
        self.settings = settings
        self.data_dir = data_dir
        self.remember = remember  # False for --screenshot runs: leave the user's state alone
        # Qt appends the application's display name ("— Duidu") to every title itself.
        self.setWindowTitle("")
        # The one owner of the pair and of what derives from it; everything below observes it.
        self.session = ReadingSession(vocabulary)
        self.service = ConversionService(self.session, self)
        self.left_pane = ReaderPane("left", self.service, self.session)
        self.right_pane = ReaderPane("right", self.service, self.session)
        self.panes = (self.left_pane, self.right_pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setAccessibleName(translate("MainWindow", "The two texts"))
        self.statusBar().setAccessibleName(translate("MainWindow", "Status"))
        self.menuBar().setAccessibleName(translate("MainWindow", "Menu bar"))
        self.splitter.addWidget(self.left_pane)
        self.splitter.addWidget(self.right_pane)
        self.window_message = MessageBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.window_message)
        layout.addWidget(self.splitter, 1)
        self._central_layout = layout
        self.welcome_bar: WelcomeBar | None = None
        self.comparison = ComparisonController(
            self,
            self.panes,
            self.service,
            self.session,
            data_dir,
            place_find_bar=layout.addWidget,
            dock=self.side_dock(translate("MainWindow", "Topics"), "topicsDock"),
        )
        self.session.subscribe(self._on_session)
        self._notes: AnnotationsController | None = None
        self.notes_dock = self.side_dock(translate("MainWindow", "Annotations"), "annotationsDock")
        self.tabifyDockWidget(self.comparison.dock, self.notes_dock)
        self.comparison.dock.raise_()  # Topics in front, unless the saved layout says otherwise
        self.comparison.dock.raise_()
        self.setCentralWidget(central)
        self.scroll_sync = ScrollSync(
            self.left_pane.view.verticalScrollBar(), self.right_pane.view.verticalScrollBar(), self
        )
        for pane in self.panes:
            bar = pane.view.verticalScrollBar()
            pane.hold_scroll = lambda bar=bar: self.scroll_sync.hold(bar)
            pane.pressedChanged.connect(
                lambda pressed, bar=bar: self.scroll_sync.set_pressed(bar, pressed)
            )
        self._status = ElidedLabel()  # the panes' scripts: never widens the window
        self._status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self._status, 1)

        self._icons: list[tuple[QAction, str]] = []
        self._painted = False
        self._built_up = False  # see builtUp
        self._building_up = False  # the steps after the first paint have begun, not ended
        self.left_pane.view.viewport().installEventFilter(self)
        self.splitter.installEventFilter(self)  # its width decides side by side or stacked
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(1500)
        self._settle_timer.timeout.connect(self._settle_heap)
        self.cjk_families = cjk_font_families()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._connect_panes()
        self._restore_settings()
        if not self.cjk_families:
            self.session.tell(Level.WARNING, translate("Appearance", NO_CJK_FONT_MESSAGE))

    # -- construction ----------------------------------------------------------------------

    def side_dock(self, title: str, name: str) -> QDockWidget:
        """A dock on the right, made the one way both are: it exists from the start (so the
        saved layout restores) and holds a placeholder of the panel's width until its
        controller puts the panel in, just after the first paint (start-up time)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        placeholder = QLabel()
        placeholder.setMinimumWidth(side_panel_width(placeholder.fontMetrics().height()))
        dock.setWidget(placeholder)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def dock_in_front(self, dock: QDockWidget) -> bool:
        """Shown, and not behind another panel's tab."""
        if not dock.isVisible():
            return False
        for bar in self.findChildren(QTabBar):
            if bar.parent() is not self:  # only the tab bars of tabbed docks
                continue
            for k in range(bar.count()):
                if bar.tabText(k) == dock.windowTitle() and bar.isVisible():
                    return bar.currentIndex() == k
        return True

    def toggle_dock(self, dock: QDockWidget, action: QAction | None = None) -> None:
        focus = QApplication.focusWidget()
        focused = focus is not None and (focus is dock or dock.isAncestorOf(focus))
        if self.dock_in_front(dock) and focused:
            dock.hide()
            self._active_pane().view.setFocus()
        else:
            dock.show()
            dock.raise_()
            if dock is self.notes_dock:
                self.notes.panel  # noqa: B018 - built on first use
            _focus_first(dock.widget())
        if action is not None:
            action.setChecked(dock.isVisible())

    def _build_actions(self) -> None:
        """The commands of :data:`reader.ui.actions.COMMANDS`, plus the two generated groups
        (script in both panes, line spacing)."""
        self.actions_by_name = actions.build_actions(self, self.toggle_dock)
        self._icons.extend(actions.icon_names(self.actions_by_name))
        # macOS moves these to the application menu, where its readers look for them.
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        comparison = self.comparison
        comparison.highlightTopicsChanged.connect(self.highlight_topics_action.setChecked)
        comparison.sharedWordingChanged.connect(self.wording_action.setChecked)
        for pane in self.panes:
            pane.view.context_actions = [self.annotate_action, self.annotate_linked_action]

        self.both_mode_group = QActionGroup(self)
        self.both_mode_actions: dict[ScriptMode, QAction] = {}
        for number, mode in enumerate(ScriptMode):
            action = QAction(mode_label(mode), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}"))
            action.setToolTip(
                translate("MainWindow", "Show both panes in {script} ({key})").format(
                    script=mode_label(mode), key=f"Ctrl+Alt+{number}"
                )
            )
            action.triggered.connect(lambda _checked=False, m=mode: self.set_both_modes(m))
            self.both_mode_group.addAction(action)
            self.both_mode_actions[mode] = action
            self.addAction(action)
        self.spacing_group = QActionGroup(self)
        self.spacing_actions: dict[int, QAction] = {}
        for spacing in LINE_SPACINGS:
            action = QAction(f"{spacing / 100:.1f}×", self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, s=spacing: self.set_line_spacing(s))
            self.spacing_group.addAction(action)
            self.spacing_actions[spacing] = action

    def _build_menus(self) -> None:
        self.recent_left_menu = QMenu(translate("MainWindow", "Open Recent in Left"), self)
        self.recent_right_menu = QMenu(translate("MainWindow", "Open Recent in Right"), self)
        self.recent_left_menu.aboutToShow.connect(
            lambda: self._fill_recent(self.recent_left_menu, self.left_pane)
        )
        self.recent_right_menu.aboutToShow.connect(
            lambda: self._fill_recent(self.recent_right_menu, self.right_pane)
        )
        script_menu = QMenu(translate("MainWindow", "Script in &Both Panes"), self)
        self._icons.append((script_menu.menuAction(), "mdi6.translate"))
        for action in self.both_mode_actions.values():
            script_menu.addAction(action)
        spacing_menu = QMenu(translate("MainWindow", "&Line Spacing"), self)
        self._icons.append((spacing_menu.menuAction(), "mdi6.format-line-spacing"))
        for action in self.spacing_actions.values():
            spacing_menu.addAction(action)
        self.menus = actions.build_menus(
            self,
            self.actions_by_name,
            {
                "recent": [self.recent_left_menu, self.recent_right_menu],
                "both_modes": [script_menu],
                "line_spacing": [spacing_menu],
            },
        )

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        # Icons only, from the first frame: until qtawesome loads (just after the first
        # paint) each button holds an empty icon of the final size, so no text shows and
        # nothing moves when the icons arrive.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        both = QMenu(self)
        for action in self.both_mode_actions.values():
            both.addAction(action)
        script_action = QAction(translate("MainWindow", "Script"), self)
        self._icons.append((script_action, "mdi6.translate"))
        script_action.setToolTip(translate("MainWindow", "Show both panes in one script"))
        script_action.setMenu(both)
        script_action.triggered.connect(lambda: both.exec(self.cursor().pos()))
        actions.build_toolbar(toolbar, self.actions_by_name, {1: [script_action]})
        blank = QPixmap(toolbar.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        placeholder = QIcon(blank)
        for action, _name in self._icons:
            if action.icon().isNull():
                action.setIcon(placeholder)
        self.toolbar = toolbar

    def _connect_panes(self) -> None:
        # Tab reads as the window does, left to right: each pane's script menu, then its
        # text (the order the widgets were made in put the left menu last).
        left, right = self.panes
        QWidget.setTabOrder(left.mode_combo, left.view)
        QWidget.setTabOrder(left.view, right.mode_combo)
        QWidget.setTabOrder(right.mode_combo, right.view)
        for pane in self.panes:
            pane.fileDropped.connect(lambda path, p=pane: self.open_file(p, path))
            pane.modeChanged.connect(lambda _mode, p=pane: self._on_pane_mode_changed(p))
            pane.ready.connect(self._on_pane_ready)
            pane.ready.connect(self._settle_timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.fit_panes()
            return False
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.firstPainted.emit()
            # A moment later, so the first frame reaches the screen before icons load.
            QTimer.singleShot(30, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _settle_heap(self) -> None:
        """Collect the young objects and move what is alive now out of the garbage
        collector's sight (:func:`reader.core.heap.settle`), a moment after loading or
        editing settles: dictionaries, books and thousands of notes are long-lived, and with
        them in view every full collection took about 100 ms, a visible stall in the
        middle of an edit."""
        heap.settle()

    def _after_first_paint(self) -> None:
        """The window is on screen: let background work begin, then build the rest one
        piece per turn of the event loop: the topics dock at once; then, once a worker has
        imported the Qt-free modules they need, the Qt modules and icon font a step per turn,
        the notes, and the icons a few at a time (0.3 s of work, :mod:`reader.ui.preload`).
        The work held until now (detecting the documents' scripts, analysing the pair) goes
        first: the imports beside it took half of its GIL, and the
        first topics came 0.4 s later."""
        from reader.ui.preload import preload, ui_steps

        self.left_pane.view.viewport().removeEventFilter(self)
        later: list[Callable[[], object]] = [*ui_steps(), self.notes.start]
        later += [
            lambda start=start: self._load_icons(self._icons[start : start + ICONS_PER_TURN])
            for start in range(0, len(self._icons), ICONS_PER_TURN)
        ]
        later.append(lambda: self.set_sync_scroll(self.sync_action.isChecked()))

        def built() -> None:
            self._built_up = True
            self._building_up = False
            self.builtUp.emit()

        def run(steps: list[Callable[[], object]]) -> None:
            # What a step makes (PySide's classes, the icon font's map of 7,000 names) set
            # off full collections: 20-30 ms turns among 8 ms ones.
            run_in_turns(self, steps, built, guard=heap.bulk_work)

        self.service.tasks.resume()  # what was held: the documents' scripts, the analysis

        def start_preload() -> None:
            self._building_up = True
            self.service.tasks.submit(
                lambda _progress: preload(), lambda _value: run(later), lambda _error: run(later)
            )

        self.comparison.when_settled(start_preload)
        QTimer.singleShot(0, self, self.comparison.build_panel)

    def built_up(self) -> bool:
        """Whether what the window builds after its first paint (the notes, the toolbar's
        icons) is there: it waits for the first topics (see ``when_settled``), so a
        screenshot taken when they arrive showed blank icons."""
        return self._built_up

    def warm_up(self) -> None:
        """Load the OpenCC dictionaries of the script switches in the background, once the
        first analysis is in: loaded beside it, they took GIL time the topics waited for."""
        self.comparison.when_settled(lambda: self.service.warm_up(WARM_CONFIGS))

    def _load_icons(self, icons: Iterable[tuple[QAction, str]] | None = None) -> None:
        """Give ``icons`` (by default every action's) their images, in the palette's colour."""
        for action, name in self._icons if icons is None else icons:
            action.setIcon(icon(name))

    # -- settings --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.get_bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.get_bytes("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.get_bytes("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([1, 1])
        font = QFont()
        if not (
            self.settings.get("reader/font") and font.fromString(self.settings.get("reader/font"))
        ):
            font = default_reading_font(self.cjk_families)
        size = self.settings.get("reader/point_size")
        if MIN_POINT_SIZE <= size <= MAX_POINT_SIZE:
            font.setPointSize(size)
        self._default_point_size = default_reading_font(self.cjk_families).pointSize()
        spacing = self.settings.get("reader/line_spacing")
        self.line_spacing = spacing if spacing in LINE_SPACINGS else 160
        self.spacing_actions[self.line_spacing].setChecked(True)
        self.reading_font = font
        for pane in self.panes:
            pane.set_reading_font(font, self.line_spacing)
        actions.restore_toggles(self, self.settings.get)
        for pane, key in (
            (self.left_pane, "panes/left_mode"),
            (self.right_pane, "panes/right_mode"),
        ):
            try:
                pane.set_mode(ScriptMode(self.settings.get(key)))
            except ValueError:
                pane.set_mode(ScriptMode.ORIGINAL)
        self._sync_both_mode_actions()

    def save_settings(self) -> None:
        if not self.remember:
            return
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        self.settings.set_bytes("window/state", self.saveState())
        self.settings.set_bytes("window/splitter", self.splitter.saveState())
        self.settings.set("reader/font", self.reading_font.toString())
        self.settings.set("reader/point_size", self.reading_font.pointSize())
        self.settings.set("reader/line_spacing", self.line_spacing)
        actions.save_toggles(self, self.settings.set)
        self.settings.set("panes/left_mode", self.left_pane.mode.value)
        self.settings.set("panes/right_mode", self.right_pane.mode.value)
        for pane, key in (
            (self.left_pane, "files/last_left"),
            (self.right_pane, "files/last_right"),
        ):
            if pane.document is not None and pane.document.path is not None:
                self.settings.set_path(key, str(pane.document.path))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.service.shutdown()
        super().closeEvent(event)

    # -- files -----------------------------------------------------------------------------

    def pane(self, side: str) -> ReaderPane:
        return self.left_pane if side == "left" else self.right_pane

    def open_file(self, pane: ReaderPane, path: str | Path) -> bool:
        """Open ``path`` in ``pane``; on failure the pane says why and keeps what it showed.

        A file bigger than ``OPEN_AT_ONCE`` is read, decoded and analysed on a worker (the
        pane says it is opening, and ``both_ready`` is False until it is shown): True then
        means it is being opened, and a failure found there is told in the pane as well.
        A smaller file (or a path that is no regular file) is opened at once, so False
        always means a refusal the pane already shows."""
        try:
            size = Path(path).stat().st_size if Path(path).is_file() else 0
        except (OSError, ValueError):
            size = 0  # load_document says what is wrong with it
        if size > OPEN_AT_ONCE:
            pane.open_path(
                path,
                lambda document: self._opened(pane, document),
                lambda message: self.session.tell(Level.INFO, message),
            )
            return True
        try:
            document = load_document(path)
        except DuiduError as error:
            pane.show_error(sentence_of(error))
            self.session.tell(Level.INFO, sentence_of(error))
            return False
        self._opened(pane, document)
        return True

    def _opened(self, pane: ReaderPane, document: Document) -> None:
        self.show_document(pane, document)
        if self.remember and document.path is not None:
            self.settings.add_recent_file(str(document.path))
            self.settings.set_path(f"files/last_{pane.side}", str(document.path))

    def show_document(self, pane: ReaderPane, document: Document) -> None:
        """Show ``document`` on ``pane``'s side: the session tells the panes, the comparison
        and the notes, each of which drops what it derived from the old one."""
        self.session.open(pane.side, document)

    def _on_session(self, event: Event) -> None:
        change = event.change
        if change & (Change.DOCUMENT | Change.SWAP):
            self._update_title()
            if self._notes is not None:
                if change & Change.SWAP:
                    self._notes.panes_changed()  # each side's notes go with its document
                else:
                    for side in event.sides:
                        self._notes.document_changed(self.pane(side))
        elif change & Change.MESSAGE and event.message is not None and not event.sides:
            self._show_message(event.message.text, event.message.level)

    def _show_message(self, text: str, level: Level) -> None:
        """Messages about the window (not one pane): info passes in the status bar, the
        rest stays in the message bar above the panes until dismissed."""
        if level is Level.INFO:
            self.statusBar().showMessage(localized(text), 10_000)
        else:
            self.window_message.show_message(text, level)

    def annotate_selection(self) -> None:
        """Annotate the selection of the pane being read (the focused one, else either)."""
        with_selection = [p for p in self.panes if p.view.textCursor().hasSelection()]
        focused = [p for p in with_selection if p.view.hasFocus()]
        pane = (focused or with_selection or [self._active_pane()])[0]
        self.notes.create(pane.side)

    def _active_pane(self) -> ReaderPane:
        return self.right_pane if self.right_pane.view.hasFocus() else self.left_pane

    @property
    def notes(self) -> AnnotationsController:
        """The annotations controller, built on first use (just after the first paint)."""
        if self._notes is None:
            from reader.ui.notes.controller import AnnotationsController

            notes = AnnotationsController(
                self,
                self.panes,
                self.service,
                self.session,
                self.data_dir,
                self.settings,
                self.notes_dock,
            )
            notes.changed.connect(self._settle_timer.start)
            stack = notes.undo_stack
            stack.canUndoChanged.connect(self.undo_action.setEnabled)
            stack.canRedoChanged.connect(self.redo_action.setEnabled)
            stack.undoTextChanged.connect(self._name_undo)
            stack.redoTextChanged.connect(self._name_redo)
            self._notes = notes
        return self._notes

    def export_json(self) -> None:
        folder = self.settings.get("export/folder") or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Export All Notes as JSON"),
            str(Path(folder) / "duidu-notes.json"),
            translate("MainWindow", NOTES_FILTER),
        )  # the dialog asks before replacing a file
        if path and self.notes.export_json(Path(path)):
            self.settings.set("export/folder", str(Path(path).parent))

    def import_json(self) -> None:
        folder = self.settings.get("export/folder") or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Import Notes from JSON"),
            folder,
            translate("MainWindow", NOTES_FILTER),
        )
        if path:
            self.notes.import_json(Path(path))

    def _name_undo(self, text: str) -> None:
        self.undo_action.setText(
            translate("MainWindow", "&Undo {action}").format(action=text).strip()
        )

    def _name_redo(self, text: str) -> None:
        self.redo_action.setText(
            translate("MainWindow", "&Redo {action}").format(action=text).strip()
        )

    def choose_file_for(self, side: str) -> None:
        self.choose_file(self.pane(side))

    def link_paragraphs(self, link: bool) -> None:
        """Add (or remove) the sync point between the paragraphs of the two text cursors."""
        self.session.tell(Level.INFO, self.comparison.link_current(link))

    def set_follow_alignment(self, enabled: bool) -> None:
        self.comparison.follow = enabled

    def set_aligned_sync(self, enabled: bool) -> None:
        """Synchronized scrolling by the alignment chain, or by proportion."""
        self.scroll_sync.aligner = self.comparison.align_scroll if enabled else None

    def edit_aliases(self) -> None:
        from reader.ui.comparison.alias_dialog import AliasDialog  # only when asked for

        table, accepted = AliasDialog.edit(self.comparison.aliases(), self)
        if accepted:
            try:
                self.comparison.set_aliases(table)
            except DuiduError as error:
                self.session.tell(Level.ERROR, sentence_of(error))

    def choose_file(self, pane: ReaderPane) -> None:
        start = ""
        if pane.document is not None and pane.document.path is not None:
            start = str(pane.document.path.parent)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open in the left pane")
            if pane.side == "left"
            else translate("MainWindow", "Open in the right pane"),
            start,
            translate("MainWindow", FILE_FILTER),
        )
        if path:
            self.open_file(pane, path)

    def _fill_recent(self, menu: QMenu, pane: ReaderPane) -> None:
        menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = menu.addAction(display_name(path))
            action.setToolTip(display_text(path))
            action.setStatusTip(display_text(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(pane, p))
        if not recent:
            menu.addAction(translate("MainWindow", "No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(translate("MainWindow", "Clear List"), self.settings.clear_recent_files)

    def swap_panes(self) -> None:
        """Exchange the documents, each with its script, conversion, notes and place."""
        for pane in self.panes:
            pane.remember_place()
        self.session.swap()

    def _update_title(self) -> None:
        names = [p.document.title if p.document else "—" for p in self.panes]
        self.setWindowTitle(f"{names[0]}  ⟷  {names[1]}")

    # -- script modes ----------------------------------------------------------------------

    def set_both_modes(self, mode: ScriptMode) -> None:
        for pane in self.panes:
            pane.set_mode(mode)
        self._sync_both_mode_actions()

    def _on_pane_mode_changed(self, _pane: ReaderPane) -> None:
        self._sync_both_mode_actions()

    def _sync_both_mode_actions(self) -> None:
        same = self.left_pane.mode is self.right_pane.mode
        self.both_mode_group.setExclusive(False)
        for mode, action in self.both_mode_actions.items():
            action.setChecked(same and mode is self.left_pane.mode)
        self.both_mode_group.setExclusive(True)

    def _on_pane_ready(self) -> None:
        waiting = [p for p in self.panes if p.document is not None and not p.is_ready()]
        if not waiting:
            self._status.setText(
                " · ".join(
                    (
                        translate("MainWindow", "Left: {script}")
                        if p.side == "left"
                        else translate("MainWindow", "Right: {script}")
                    ).format(script=mode_label(p.mode))
                    for p in self.panes
                    if p.document
                )
            )
            self.bothReady.emit()

    def idle(self, ignoring: Collection[Hashable] = ()) -> bool:
        """No background job (but those keyed ``ignoring``), step of the build after the
        first paint, document being built, layout slice, refresh of the highlights on
        screen, marks of a new analysis, hover delay or file-change delay is pending: what
        the window was asked to do is done and shown."""
        notes = self._notes
        return (
            self._painted
            and self.service.tasks.idle(ignoring)
            and not self._building_up
            and not any(
                pane.laying_out() or pane.building() or pane.refreshing() for pane in self.panes
            )
            and not self.comparison.hover_pending()
            and not self.comparison.marks_pending()
            and (notes is None or not notes.disk_change_pending())
        )

    def both_ready(self) -> bool:
        return all(p.is_ready() or (p.document is None and p.message()) for p in self.panes)

    # -- view ------------------------------------------------------------------------------

    def _apply_font(self) -> None:
        for pane in self.panes:
            pane.set_reading_font(self.reading_font, self.line_spacing)
        self.fit_panes()

    def line_characters(self, width: float) -> float:
        """How many Han characters a line of a pane ``width`` pixels wide holds."""
        view = self.left_pane.view
        margins = 2 * view.document().documentMargin() + view.verticalScrollBar().sizeHint().width()
        advance = QFontMetricsF(self.reading_font).horizontalAdvance("中") or 1.0
        return (width - margins - 2 * view.frameWidth()) / advance

    def fit_panes(self) -> None:
        """The panes side by side while each line there holds :data:`MIN_LINE` characters,
        else one above the other (an 800 px window with the topics dock left 10 a line);
        back side by side once :data:`MIN_LINE` + 2 fit again, so a width near the limit
        does not flip the layout to and fro. Each pane keeps its reading place."""
        width = self.splitter.width()
        if width <= 0 or not hasattr(self, "reading_font"):
            return
        handle = self.splitter.handleWidth()
        side_by_side = self.line_characters((width - handle) / 2)
        stacked = self.splitter.orientation() == Qt.Orientation.Vertical
        if not stacked and side_by_side < MIN_LINE:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            self.splitter.setSizes([1, 1])
        elif stacked and side_by_side >= MIN_LINE + 2:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            self.splitter.setSizes([1, 1])

    def zoom(self, steps: int) -> None:
        """Change the reading size by ``steps`` points; 0 resets to the default size."""
        size = self._default_point_size if steps == 0 else self.reading_font.pointSize() + steps
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        if size != self.reading_font.pointSize():
            self.reading_font.setPointSize(size)
            self._apply_font()
        self.statusBar().showMessage(
            translate("MainWindow", "Text size {size} pt").format(size=size), 2000
        )

    def set_line_spacing(self, spacing: int) -> None:
        self.line_spacing = spacing
        self.spacing_actions[spacing].setChecked(True)
        self._apply_font()

    def set_reading_font(self, font: QFont) -> None:
        """Read both texts in ``font`` (its size included), as the Font dialog does."""
        self.reading_font = QFont(font)
        self._apply_font()

    def open_preferences(self) -> None:
        from reader.ui.preferences import show_preferences

        show_preferences(self)

    def theme_changed(self) -> None:
        """The palette changed (Preferences ▸ Theme): lay the texts out again, so titles and
        footers take the new colours, keeping the reading place; and tint the icons anew
        (they are drawn in the palette's text colour: black icons on a dark toolbar)."""
        self._apply_font()
        if self._painted:
            self._load_icons()
            self.set_sync_scroll(self.sync_action.isChecked())

    def choose_font(self) -> None:
        accepted, font = QFontDialog.getFont(
            self.reading_font, self, translate("MainWindow", "Reading font")
        )
        if accepted:
            self.reading_font = font
            self._apply_font()

    def set_sync_scroll(self, enabled: bool) -> None:
        self.scroll_sync.enabled = enabled
        if self._painted:
            name = "mdi6.link-variant" if enabled else "mdi6.link-variant-off"
            self.sync_action.setIcon(icon(name))

    def set_toolbar_labels(self, on: bool) -> None:
        """Name each toolbar button under its icon (two link icons, a tag, a pencil and an
        "A" say little to a new reader), or show icons only."""
        self.toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon
            if on
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )

    def set_full_screen(self, enabled: bool) -> None:
        if enabled:
            self.showFullScreen()
        else:
            self.showNormal()
        self.full_screen_action.setIcon(
            icon("mdi6.fullscreen-exit" if enabled else "mdi6.fullscreen")
        )

    def switch_pane(self) -> None:
        target = self.right_pane if self.left_pane.view.hasFocus() else self.left_pane
        target.view.setFocus()

    # -- tools -----------------------------------------------------------------------------

    def edit_vocabulary(self) -> None:
        from reader.ui.text.vocabulary_dialog import VocabularyDialog  # only when asked for

        vocabulary, accepted = VocabularyDialog.edit(self.service.vocabulary, self)
        if accepted:
            self.set_vocabulary(vocabulary)

    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        """Save the vocabulary at once and show both panes with it."""
        try:
            vocabulary.save(self.data_dir / VOCABULARY_FILE)
        except DuiduError as error:
            self.session.tell(Level.ERROR, sentence_of(error))
            return
        self.session.set_vocabulary(vocabulary)  # the panes convert again, topics follow

    def offer_welcome(self, left: str | Path, right: str | Path) -> None:
        """On the first start (the bundled pair open, the welcome never dismissed), show
        the welcome bar above the panes."""
        from reader.paths import default_pair
        from reader.ui.help.welcome import SETTING, WelcomeBar

        if not self.remember or self.settings.get(SETTING) or self.welcome_bar is not None:
            return
        if (str(left), str(right)) != tuple(str(path) for path in default_pair()):
            return
        bar = WelcomeBar(lambda: self.set_both_modes(ScriptMode.HANS), self.show_topics, self)
        bar.dismissed.connect(lambda: self.settings.set(SETTING, True))
        self._central_layout.insertWidget(1, bar)
        bar.show()  # added to a window already shown
        self.welcome_bar = bar

    def show_topics(self) -> None:
        """Bring the Topics panel to the front."""
        dock = self.comparison.dock
        dock.show()
        dock.raise_()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every command with a key: the table's, then the both-panes script choices."""
        rows = actions.shortcut_rows(self.actions_by_name)
        native = QKeySequence.SequenceFormat.NativeText
        for mode, action in self.both_mode_actions.items():
            name = translate("MainWindow", "Both Panes in {script}").format(script=mode_label(mode))
            rows.append((name, action.shortcut().toString(native)))
        return rows

    def show_shortcuts(self) -> None:
        from reader.ui.help.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_rows(), self)
        dialog.exec()
        dialog.deleteLater()

    def show_guide(self) -> None:
        from reader.ui.help.guide_dialog import GuideDialog

        dialog = GuideDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        try:
            info = self.service.engine().info
            detail = (
                translate("MainWindow", "exact phrase maps")
                if info.exact_maps
                else translate("MainWindow", "line-level maps")
            )
            engine = f"{info.package} {info.version} ({detail})"
        except DuiduError as error:
            engine = localized(error)
        QMessageBox.about(
            self,
            translate("MainWindow", "About {name}").format(name=APP_NAME),
            f"<h3>{APP_NAME} 对读 {__version__}</h3><p>"
            + translate(
                "MainWindow",
                "Read two Chinese articles side by side, each in the script and regional "
                "vocabulary you prefer.",
            )
            + "</p><p>"
            + translate(
                "MainWindow",
                "OpenCC engine: {engine}<br>PySide6 {pyside}, Qt {qt}, Python {python}<br>"
                "Data folder: {folder}",
            ).format(
                engine=html.escape(engine),
                pyside=pyside_version,
                qt=qVersion(),
                python=sys.version.split()[0],
                folder=html.escape(display_text(str(self.data_dir))),
            )
            + "</p><p>"
            + translate(
                "MainWindow",
                "Licensed under the GNU GPL, version 3 or later. Conversion by OpenCC "
                "(Apache 2.0); icons by Material Design Icons via QtAwesome.",
            )
            + "</p>",
        )
