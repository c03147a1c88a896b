"""The main window: two reader panes in a splitter, menus, toolbar and remembered state."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
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
from reader.core.errors import DuiduError
from reader.core.formats.files import display_name, display_text
from reader.core.session import Change, Event, Level, ReadingSession
from reader.core.text.document import Document, load_document
from reader.core.text.scripts import ScriptMode
from reader.core.text.vocabulary import FILE_NAME as VOCABULARY_FILE
from reader.core.text.vocabulary import Vocabulary
from reader.ui.appearance import (
    NO_CJK_FONT_MESSAGE,
    cjk_font_families,
    default_reading_font,
    icon,
)
from reader.ui.comparison.controller import ComparisonController
from reader.ui.comparison.sync_scroll import ScrollSync
from reader.ui.elided_label import ElidedLabel
from reader.ui.settings import Settings
from reader.ui.text.conversion_service import ConversionService
from reader.ui.text.reader_pane import MessageBar, ReaderPane

if TYPE_CHECKING:
    from reader.ui.notes.controller import AnnotationsController

# Files up to this size are decoded at once (a few ms); bigger ones on a worker.
OPEN_AT_ONCE = 64 * 1024
FILE_FILTER = "Text and Markdown (*.txt *.md *.markdown *.text);;All files (*)"
LINE_SPACINGS = (100, 130, 160, 200)
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 48


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
        self.splitter.addWidget(self.left_pane)
        self.splitter.addWidget(self.right_pane)
        self.window_message = MessageBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.window_message)
        layout.addWidget(self.splitter, 1)
        self.comparison = ComparisonController(
            self, self.panes, self.service, self.session, data_dir, place_find_bar=layout.addWidget
        )
        self.session.subscribe(self._on_session)
        # The annotations dock exists from the start (so the saved layout restores); its
        # controller and panel are built just after the first paint (start-up time).
        self._notes: AnnotationsController | None = None
        self.notes_dock = QDockWidget("Annotations", self)
        self.notes_dock.setObjectName("annotationsDock")
        self.notes_dock.setWidget(QLabel())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
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
        self.left_pane.view.viewport().installEventFilter(self)
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
            self.session.tell(Level.WARNING, NO_CJK_FONT_MESSAGE)

    # -- construction ----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot,
        shortcut=None,
        icon_name: str | None = None,
        tip: str | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            self._icons.append((action, icon_name))
        if shortcut is not None:
            if isinstance(shortcut, list | tuple):
                action.setShortcuts([QKeySequence(key) for key in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _dock_action(self, dock: QDockWidget, text: str, shortcut: str, icon_name: str) -> QAction:
        """Show a panel: shows and raises it (as Zotero's and Calibre's panels do), and
        hides it only when it is already in front with the keyboard focus in it."""
        action = self._action(
            text, lambda: self.toggle_dock(dock, action), shortcut, icon_name, checkable=False
        )
        action.setCheckable(True)
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        dock.visibilityChanged.connect(lambda _visible: action.setChecked(dock.isVisible()))
        return action

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
        self.open_left_action = self._action(
            "Open &Left…",
            lambda: self.choose_file(self.left_pane),
            QKeySequence.StandardKey.Open,
            "mdi6.folder-open-outline",
            "Open a file in the left pane",
        )
        self.open_right_action = self._action(
            "Open &Right…",
            lambda: self.choose_file(self.right_pane),
            "Ctrl+Shift+O",
            "mdi6.folder-open",
            "Open a file in the right pane",
        )
        self.swap_action = self._action(
            "S&wap Panes",
            self.swap_panes,
            "Ctrl+Shift+W",
            "mdi6.swap-horizontal",
            "Exchange the left and right documents",
        )
        self.quit_action = self._action(
            "&Quit", self.close, QKeySequence.StandardKey.Quit, "mdi6.exit-to-app"
        )
        self.zoom_in_action = self._action(
            "Zoom &In",
            lambda: self.zoom(+1),
            [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
            "mdi6.magnify-plus-outline",
            "Larger text",
        )
        self.zoom_out_action = self._action(
            "Zoom &Out",
            lambda: self.zoom(-1),
            QKeySequence.StandardKey.ZoomOut,
            "mdi6.magnify-minus-outline",
            "Smaller text",
        )
        self.zoom_reset_action = self._action("&Actual Size", lambda: self.zoom(0), "Ctrl+0")
        self.font_action = self._action(
            "&Font…", self.choose_font, None, "mdi6.format-font", "Choose the reading font"
        )
        self.sync_action = self._action(
            "&Synchronized Scrolling",
            self.set_sync_scroll,
            "Ctrl+Shift+S",
            "mdi6.link-variant",
            "Scroll both panes together",
            checkable=True,
        )
        # The platform's full-screen key (none on some Linux desktops), and F11 everywhere.
        full_screen_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)
        if QKeySequence("F11") not in full_screen_keys:
            full_screen_keys.append(QKeySequence("F11"))
        self.full_screen_action = self._action(
            "F&ull Screen",
            self.set_full_screen,
            full_screen_keys,
            "mdi6.fullscreen",
            checkable=True,
        )
        self.focus_left_action = self._action(
            "Focus &Left Pane", self.left_pane.view.setFocus, "Ctrl+1"
        )
        self.focus_right_action = self._action(
            "Focus &Right Pane", self.right_pane.view.setFocus, "Ctrl+2"
        )
        self.switch_pane_action = self._action("S&witch Pane", self.switch_pane, "F6")
        comparison = self.comparison
        self.find_action = self._action(
            "&Find in Both…",
            comparison.open_search,
            QKeySequence.StandardKey.Find,
            "mdi6.magnify",
            "Find in both texts, whatever script each is shown in",
        )
        self.find_next_action = self._action(
            "Find &Next", lambda: comparison.step_match(1), QKeySequence.StandardKey.FindNext
        )
        self.find_previous_action = self._action(
            "Find &Previous",
            lambda: comparison.step_match(-1),
            QKeySequence.StandardKey.FindPrevious,
        )
        self.topics_action = self._dock_action(
            comparison.dock, "&Topics Panel", "Ctrl+T", "mdi6.tag-multiple-outline"
        )
        self.highlight_topics_action = self._action(
            "&Highlight Shared Topics",
            comparison.set_highlight_topics,
            "Ctrl+Shift+H",
            "mdi6.marker",
            "Colour every shared topic in both texts",
            checkable=True,
        )
        comparison.highlightTopicsChanged.connect(self.highlight_topics_action.setChecked)
        self.wording_action = self._action(
            "Mark Shared &Wording",
            comparison.set_shared_wording,
            "Ctrl+Shift+U",
            None,
            "Underline sentences and clauses both articles contain",
            checkable=True,
        )
        comparison.sharedWordingChanged.connect(self.wording_action.setChecked)
        self.follow_action = self._action(
            "&Scroll to Aligned Passage",
            self.set_follow_alignment,
            None,
            None,
            "Clicking a paragraph scrolls the other pane to the passage on the same point",
            checkable=True,
        )
        self.aligned_sync_action = self._action(
            "Synchronized Scrolling Follows &Alignment",
            self.set_aligned_sync,
            None,
            None,
            "Keep aligned passages side by side while scrolling, instead of the same proportion",
            checkable=True,
        )
        self.annotate_action = self._action(
            "&Annotate Selection…",
            self.annotate_selection,
            "Ctrl+M",
            "mdi6.comment-text-outline",
            "Write a note and tags on the selected passage",
        )
        self.annotate_linked_action = self._action(
            "Annotate &Both Selections…",
            lambda: self.notes.create_linked(),
            "Ctrl+Shift+M",
            "mdi6.comment-arrow-right-outline",
            "One note linking the passage selected in the left article with the one in the right",
        )
        self.annotations_action = self._dock_action(
            self.notes_dock, "Annotations &Panel", "Ctrl+Shift+A", "mdi6.note-multiple-outline"
        )
        self.tags_action = self._action(
            "&Tags…", lambda: self.notes.manage_tags(), None, "mdi6.tag-text-outline"
        )
        self.export_markdown_action = self._action(
            "Notes as &Markdown…",
            lambda: self.notes.export_markdown(),
            "Ctrl+Shift+E",
            "mdi6.language-markdown-outline",
            "Export annotations as Markdown notes (with a preview)",
        )
        self.export_json_action = self._action(
            "All Notes as &JSON…",
            self._export_json,
            None,
            None,
            "Export every annotation, as stored (W3C Web Annotation), to move it elsewhere",
        )
        self.import_json_action = self._action(
            "&Import Notes from JSON…",
            self._import_json,
            None,
            None,
            "Merge annotations from a JSON export; nothing is duplicated",
        )
        # Undo and redo follow the notes' undo stack once it exists (see ``notes``).
        self.undo_action = self._action(
            "&Undo",
            lambda: self.notes.undo_stack.undo(),
            QKeySequence.StandardKey.Undo,
            "mdi6.undo",
        )
        self.redo_action = self._action(
            "&Redo",
            lambda: self.notes.undo_stack.redo(),
            QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
            "mdi6.redo",
        )
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
        for pane in self.panes:
            pane.view.context_actions = [self.annotate_action, self.annotate_linked_action]
        self.link_action = self._action(
            "&Link Paragraphs",
            lambda: self.statusBar().showMessage(comparison.link_current(True), 6000),
            "Ctrl+L",
            "mdi6.link-plus",
            "Make the paragraphs holding the two text cursors a sync point",
        )
        self.unlink_action = self._action(
            "&Unlink Paragraphs",
            lambda: self.statusBar().showMessage(comparison.link_current(False), 6000),
            "Ctrl+Shift+L",
            "mdi6.link-off",
            "Remove the alignment between the paragraphs holding the two text cursors",
        )
        self.aliases_action = self._action(
            "&Aliases…",
            self.edit_aliases,
            None,
            "mdi6.account-multiple-outline",
            "Names that mean the same thing (雪梨 and 悉尼, NVIDIA and 英伟达)",
        )
        self.vocabulary_action = self._action(
            "&Vocabulary…",
            self.edit_vocabulary,
            None,
            "mdi6.book-alphabet",
            "Words OpenCC should keep or convert differently",
        )
        self.about_action = self._action(
            f"&About {APP_NAME}", self.show_about, None, "mdi6.information-outline"
        )

        self.both_mode_group = QActionGroup(self)
        self.both_mode_actions: dict[ScriptMode, QAction] = {}
        for number, mode in enumerate(ScriptMode):
            action = QAction(mode.label, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}"))
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
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(self.open_left_action)
        file_menu.addAction(self.open_right_action)
        self.recent_left_menu = QMenu("Open Recent in Left", self)
        self.recent_right_menu = QMenu("Open Recent in Right", self)
        self.recent_left_menu.aboutToShow.connect(
            lambda: self._fill_recent(self.recent_left_menu, self.left_pane)
        )
        self.recent_right_menu.aboutToShow.connect(
            lambda: self._fill_recent(self.recent_right_menu, self.right_pane)
        )
        file_menu.addMenu(self.recent_left_menu)
        file_menu.addMenu(self.recent_right_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.swap_action)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu("&Export")
        export_menu.addAction(self.export_markdown_action)
        export_menu.addAction(self.export_json_action)
        file_menu.addAction(self.import_json_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view = menu.addMenu("&View")
        script_menu = view.addMenu("Script in &Both Panes")
        self._icons.append((script_menu.menuAction(), "mdi6.translate"))
        for action in self.both_mode_actions.values():
            script_menu.addAction(action)
        view.addSeparator()
        view.addAction(self.zoom_in_action)
        view.addAction(self.zoom_out_action)
        view.addAction(self.zoom_reset_action)
        spacing_menu = view.addMenu("&Line Spacing")
        self._icons.append((spacing_menu.menuAction(), "mdi6.format-line-spacing"))
        for action in self.spacing_actions.values():
            spacing_menu.addAction(action)
        view.addAction(self.font_action)
        view.addSeparator()
        view.addAction(self.sync_action)
        view.addAction(self.full_screen_action)
        view.addSeparator()
        view.addAction(self.focus_left_action)
        view.addAction(self.focus_right_action)
        view.addAction(self.switch_pane_action)

        edit = menu.addMenu("&Edit")
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)

        notes_menu = menu.addMenu("&Notes")
        notes_menu.addAction(self.annotate_action)
        notes_menu.addAction(self.annotate_linked_action)
        notes_menu.addSeparator()
        notes_menu.addAction(self.annotations_action)
        notes_menu.addAction(self.tags_action)
        notes_menu.addSeparator()
        notes_menu.addAction(self.export_markdown_action)

        compare = menu.addMenu("&Compare")
        compare.addAction(self.find_action)
        compare.addAction(self.find_next_action)
        compare.addAction(self.find_previous_action)
        compare.addSeparator()
        compare.addAction(self.topics_action)
        compare.addAction(self.highlight_topics_action)
        compare.addAction(self.wording_action)
        compare.addSeparator()
        compare.addAction(self.follow_action)
        compare.addAction(self.aligned_sync_action)
        compare.addAction(self.link_action)
        compare.addAction(self.unlink_action)

        tools = menu.addMenu("&Tools")
        tools.addAction(self.aliases_action)
        tools.addAction(self.vocabulary_action)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        # Icons only, from the first frame: until qtawesome loads (just after the first
        # paint) each button holds an empty icon of the final size, so no text shows and
        # nothing moves when the icons arrive.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addAction(self.open_left_action)
        toolbar.addAction(self.open_right_action)
        toolbar.addAction(self.swap_action)
        toolbar.addSeparator()
        both = QMenu(self)
        for action in self.both_mode_actions.values():
            both.addAction(action)
        script_action = QAction("Script", self)
        self._icons.append((script_action, "mdi6.translate"))
        script_action.setToolTip("Show both panes in one script")
        script_action.setMenu(both)
        script_action.triggered.connect(lambda: both.exec(self.cursor().pos()))
        toolbar.addAction(script_action)
        toolbar.addAction(self.sync_action)
        toolbar.addSeparator()
        toolbar.addAction(self.zoom_out_action)
        toolbar.addAction(self.zoom_in_action)
        toolbar.addAction(self.font_action)
        toolbar.addAction(self.full_screen_action)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.annotate_action)
        toolbar.addAction(self.annotations_action)
        toolbar.addSeparator()
        toolbar.addAction(self.topics_action)
        toolbar.addAction(self.highlight_topics_action)
        toolbar.addAction(self.link_action)
        toolbar.addSeparator()
        toolbar.addAction(self.vocabulary_action)
        blank = QPixmap(toolbar.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        placeholder = QIcon(blank)
        for action, _name in self._icons:
            if action.icon().isNull():
                action.setIcon(placeholder)
        self.toolbar = toolbar

    def _connect_panes(self) -> None:
        for pane in self.panes:
            pane.fileDropped.connect(lambda path, p=pane: self.open_file(p, path))
            pane.modeChanged.connect(lambda _mode, p=pane: self._on_pane_mode_changed(p))
            pane.ready.connect(self._on_pane_ready)
            pane.ready.connect(self._settle_timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.firstPainted.emit()
            # A moment later, so the first frame reaches the screen before icons load.
            QTimer.singleShot(30, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _settle_heap(self) -> None:
        """Move what is alive now out of the garbage collector's sight (``gc.freeze``).

        Dictionaries, books and thousands of notes are long-lived; with them in view every
        full collection took about 100 ms, a visible stall in the middle of an edit. Called
        a moment after loading or editing settles; frozen objects are still freed when no
        longer referenced, only cycles among them stay."""
        import gc

        gc.freeze()

    def _after_first_paint(self) -> None:
        """The window is on screen: load icons and let background work begin."""
        self.left_pane.view.viewport().removeEventFilter(self)
        self.service.tasks.resume()
        self.comparison.build_panel()
        self.notes.start()
        for action, name in self._icons:
            action.setIcon(icon(name))
        self.set_sync_scroll(self.sync_action.isChecked())

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
        self.sync_action.setChecked(self.settings.get("reader/sync_scroll"))
        self.scroll_sync.enabled = self.sync_action.isChecked()
        self.highlight_topics_action.setChecked(self.settings.get("compare/highlight_topics"))
        self.wording_action.setChecked(self.settings.get("compare/shared_wording"))
        self.follow_action.setChecked(self.settings.get("compare/follow_alignment"))
        self.comparison.follow = self.follow_action.isChecked()
        self.aligned_sync_action.setChecked(self.settings.get("compare/aligned_sync"))
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
        self.settings.set("reader/sync_scroll", self.sync_action.isChecked())
        self.settings.set("compare/highlight_topics", self.highlight_topics_action.isChecked())
        self.settings.set("compare/shared_wording", self.wording_action.isChecked())
        self.settings.set("compare/follow_alignment", self.follow_action.isChecked())
        self.settings.set("compare/aligned_sync", self.aligned_sync_action.isChecked())
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
            pane.show_error(str(error))
            self.session.tell(Level.INFO, str(error))
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
            self.statusBar().showMessage(text, 10_000)
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
                self, self.panes, self.service, self.data_dir, self.settings, self.notes_dock
            )
            notes.message.connect(lambda text, level: self.session.tell(Level(level), text))
            notes.changed.connect(self._settle_timer.start)
            stack = notes.undo_stack
            stack.canUndoChanged.connect(self.undo_action.setEnabled)
            stack.canRedoChanged.connect(self.redo_action.setEnabled)
            stack.undoTextChanged.connect(self._name_undo)
            stack.redoTextChanged.connect(self._name_redo)
            self._notes = notes
        return self._notes

    def _export_json(self) -> None:
        folder = self.settings.get("export/folder") or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            "Export All Notes as JSON",
            str(Path(folder) / "duidu-notes.json"),
            "Web Annotations (*.json);;All files (*)",
        )  # the dialog asks before replacing a file
        if path and self.notes.export_json(Path(path)):
            self.settings.set("export/folder", str(Path(path).parent))

    def _import_json(self) -> None:
        folder = self.settings.get("export/folder") or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, "Import Notes from JSON", folder, "Web Annotations (*.json);;All files (*)"
        )
        if path:
            self.notes.import_json(Path(path))

    def _name_undo(self, text: str) -> None:
        self.undo_action.setText(f"&Undo {text}".strip())

    def _name_redo(self, text: str) -> None:
        self.redo_action.setText(f"&Redo {text}".strip())

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
                self.session.tell(Level.ERROR, str(error))

    def choose_file(self, pane: ReaderPane) -> None:
        start = ""
        if pane.document is not None and pane.document.path is not None:
            start = str(pane.document.path.parent)
        path, _filter = QFileDialog.getOpenFileName(
            self, f"Open in the {pane.side} pane", start, FILE_FILTER
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
            menu.addAction("No recent files").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("Clear List", self.settings.clear_recent_files)

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
                " · ".join(f"{p.side.title()}: {p.mode.label}" for p in self.panes if p.document)
            )
            self.bothReady.emit()

    def both_ready(self) -> bool:
        return all(p.is_ready() or (p.document is None and p.message()) for p in self.panes)

    # -- view ------------------------------------------------------------------------------

    def _apply_font(self) -> None:
        for pane in self.panes:
            pane.set_reading_font(self.reading_font, self.line_spacing)

    def zoom(self, steps: int) -> None:
        """Change the reading size by ``steps`` points; 0 resets to the default size."""
        size = self._default_point_size if steps == 0 else self.reading_font.pointSize() + steps
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        if size != self.reading_font.pointSize():
            self.reading_font.setPointSize(size)
            self._apply_font()
        self.statusBar().showMessage(f"Text size {size} pt", 2000)

    def set_line_spacing(self, spacing: int) -> None:
        self.line_spacing = spacing
        self.spacing_actions[spacing].setChecked(True)
        self._apply_font()

    def choose_font(self) -> None:
        accepted, font = QFontDialog.getFont(self.reading_font, self, "Reading font")
        if accepted:
            self.reading_font = font
            self._apply_font()

    def set_sync_scroll(self, enabled: bool) -> None:
        self.scroll_sync.enabled = enabled
        if self._painted:
            name = "mdi6.link-variant" if enabled else "mdi6.link-variant-off"
            self.sync_action.setIcon(icon(name))

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
            self.session.tell(Level.ERROR, str(error))
            return
        self.session.set_vocabulary(vocabulary)  # the panes convert again, topics follow

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        try:
            engine = self.service.engine().info.describe()
        except DuiduError as error:
            engine = str(error)
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} 对读 {__version__}</h3>"
            "<p>Read two Chinese articles side by side, each in the script and regional "
            "vocabulary you prefer.</p>"
            f"<p>OpenCC engine: {engine}<br>PySide6 {pyside_version}, Qt {qVersion()}, "
            f"Python {sys.version.split()[0]}<br>Data folder: {self.data_dir}</p>"
            "<p>Licensed under the GNU GPL, version 3 or later. Conversion by OpenCC "
            "(Apache 2.0); icons by Material Design Icons via QtAwesome.</p>",
        )
