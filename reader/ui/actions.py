"""Every command of the window in one table: its text, shortcut, icon, tip, where it shows
(menu and toolbar) and, for a toggle, the setting that remembers it.

The window used to build its ~40 actions, its menus and its toolbar by hand, and list the
remembered toggles twice (restore and save): a new command meant four edits in three places,
and a forgotten one gave a toggle that was not remembered or a menu without a shortcut. Now a
command is one :class:`Command` row; :func:`build_actions` makes the ``QAction`` objects (as
``window.<name>_action``), :func:`build_menus` and :func:`build_toolbar` lay them out in table
order, and :func:`restore_toggles` / :func:`save_toggles` remember every row with a
``setting``. Help ▸ Keyboard Shortcuts can be generated from the same rows.

A row names its slot as a path from the window (``"comparison.open_search"``), resolved
when the command runs, because some owners (the notes controller) are built after the first
paint.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class Command:
    """One row of the table.

    ``menu`` is the menu path ("&File/&Export"); ``section`` separates groups within a menu
    (a separator where it changes). ``toolbar`` is the toolbar group (None: not on the
    toolbar); within a group the buttons keep table order. ``setting`` is the key in
    :data:`reader.ui.settings.DEFAULTS` that remembers a checkable command. ``dock`` names a
    dock whose panel the command shows and raises.
    """

    name: str
    text: str
    slot: str = ""
    args: tuple[Any, ...] = ()
    keys: tuple[Key, ...] = ()
    icon: str | None = None
    tip: str | None = None
    menu: str | None = None
    section: int = 0
    toolbar: int | None = None
    checkable: bool = False
    setting: str | None = None
    dock: str | None = None
    enabled: bool = True


_FULL_SCREEN = QKeySequence.StandardKey.FullScreen

# The menus' titles, for the translators (a row's ``menu`` path is made of these).
MENU_TITLES = (
    QT_TRANSLATE_NOOP("Commands", "&File"),
    QT_TRANSLATE_NOOP("Commands", "&Export"),
    QT_TRANSLATE_NOOP("Commands", "&Edit"),
    QT_TRANSLATE_NOOP("Commands", "&View"),
    QT_TRANSLATE_NOOP("Commands", "&Notes"),
    QT_TRANSLATE_NOOP("Commands", "&Compare"),
    QT_TRANSLATE_NOOP("Commands", "&Tools"),
    QT_TRANSLATE_NOOP("Commands", "&Help"),
)


def shown(text: str) -> str:
    """A row's text (or a menu title) in the interface language."""
    return translate("Commands", text) if text else text


def plain(text: str) -> str:
    """``text`` without its mnemonic: "&Open…" → "Open…", "打开(&O)…" → "打开…"."""
    return re.sub(r"\(&(.)\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


COMMANDS: tuple[Command, ...] = (
    # File
    Command(
        "open_left",
        QT_TRANSLATE_NOOP("Commands", "Open &Left…"),
        "choose_file_for",
        ("left",),
        (QKeySequence.StandardKey.Open,),
        "mdi6.folder-open-outline",
        QT_TRANSLATE_NOOP("Commands", "Open a file in the left pane"),
        "&File",
        0,
        toolbar=0,
    ),
    Command(
        "open_right",
        QT_TRANSLATE_NOOP("Commands", "Open &Right…"),
        "choose_file_for",
        ("right",),
        ("Ctrl+Shift+O",),
        "mdi6.folder-open",
        QT_TRANSLATE_NOOP("Commands", "Open a file in the right pane"),
        "&File",
        0,
        toolbar=0,
    ),
    Command("recent", "", menu="&File", section=0),  # the two Open Recent menus go here
    Command(
        "swap",
        QT_TRANSLATE_NOOP("Commands", "S&wap Panes"),
        "swap_panes",
        (),
        ("Ctrl+Shift+W",),
        "mdi6.swap-horizontal",
        QT_TRANSLATE_NOOP("Commands", "Exchange the left and right documents"),
        "&File",
        1,
        toolbar=0,
    ),
    Command(
        "export_markdown",
        QT_TRANSLATE_NOOP("Commands", "Notes as &Markdown…"),
        "notes.export_markdown",
        (),
        ("Ctrl+Shift+E",),
        "mdi6.language-markdown-outline",
        QT_TRANSLATE_NOOP("Commands", "Export annotations as Markdown notes (with a preview)"),
        "&File/&Export",
        2,
    ),
    Command(
        "export_json",
        QT_TRANSLATE_NOOP("Commands", "All Notes as &JSON…"),
        "export_json",
        (),
        (),
        None,
        QT_TRANSLATE_NOOP(
            "Commands",
            "Export every annotation, as stored (W3C Web Annotation), to move it elsewhere",
        ),
        "&File/&Export",
        2,
    ),
    Command(
        "import_json",
        QT_TRANSLATE_NOOP("Commands", "&Import Notes from JSON…"),
        "import_json",
        (),
        (),
        None,
        QT_TRANSLATE_NOOP(
            "Commands", "Merge annotations from a JSON export; nothing is duplicated"
        ),
        "&File",
        2,
    ),
    Command(
        "quit",
        QT_TRANSLATE_NOOP("Commands", "&Quit"),
        "close",
        (),
        (QKeySequence.StandardKey.Quit,),
        "mdi6.exit-to-app",
        None,
        "&File",
        3,
    ),
    # Edit (undo and redo follow the notes' undo stack once it exists)
    Command(
        "undo",
        QT_TRANSLATE_NOOP("Commands", "&Undo"),
        "notes.undo_stack.undo",
        (),
        (QKeySequence.StandardKey.Undo,),
        "mdi6.undo",
        None,
        "&Edit",
        enabled=False,
    ),
    Command(
        "redo",
        QT_TRANSLATE_NOOP("Commands", "&Redo"),
        "notes.undo_stack.redo",
        (),
        (QKeySequence.StandardKey.Redo,),
        "mdi6.redo",
        None,
        "&Edit",
        enabled=False,
    ),
    Command(
        "preferences",
        QT_TRANSLATE_NOOP("Commands", "&Preferences…"),
        "open_preferences",
        (),
        (QKeySequence.StandardKey.Preferences, "Ctrl+,"),
        "mdi6.cog-outline",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Scripts, font, spacing, theme and the other defaults, applied as you change them",
        ),
        "&Edit",
        1,
    ),
    # View
    Command("both_modes", "", menu="&View", section=0),  # Script in Both Panes goes here
    Command(
        "zoom_in",
        QT_TRANSLATE_NOOP("Commands", "Zoom &In"),
        "zoom",
        (1,),
        (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
        "mdi6.magnify-plus-outline",
        QT_TRANSLATE_NOOP("Commands", "Larger text"),
        "&View",
        1,
        toolbar=2,
    ),
    Command(
        "zoom_out",
        QT_TRANSLATE_NOOP("Commands", "Zoom &Out"),
        "zoom",
        (-1,),
        (QKeySequence.StandardKey.ZoomOut,),
        "mdi6.magnify-minus-outline",
        QT_TRANSLATE_NOOP("Commands", "Smaller text"),
        "&View",
        1,
        toolbar=2,
    ),
    Command(
        "zoom_reset",
        QT_TRANSLATE_NOOP("Commands", "&Actual Size"),
        "zoom",
        (0,),
        ("Ctrl+0",),
        None,
        QT_TRANSLATE_NOOP("Commands", "The reading font's own size"),
        "&View",
        1,
    ),
    Command("line_spacing", "", menu="&View", section=1),  # Line Spacing goes here
    Command(
        "font",
        QT_TRANSLATE_NOOP("Commands", "&Font…"),
        "choose_font",
        (),
        (),
        "mdi6.format-font",
        QT_TRANSLATE_NOOP("Commands", "Choose the reading font"),
        "&View",
        1,
        toolbar=2,
    ),
    Command(
        "sync",
        QT_TRANSLATE_NOOP("Commands", "&Synchronized Scrolling"),
        "set_sync_scroll",
        (),
        ("Ctrl+Shift+S",),
        "mdi6.link-variant",
        QT_TRANSLATE_NOOP("Commands", "Scroll both panes together"),
        "&View",
        2,
        toolbar=1,
        checkable=True,
        setting="reader/sync_scroll",
    ),
    Command(
        "full_screen",
        QT_TRANSLATE_NOOP("Commands", "F&ull Screen"),
        "set_full_screen",
        (),
        (_FULL_SCREEN, "F11"),
        "mdi6.fullscreen",
        QT_TRANSLATE_NOOP("Commands", "Use the whole screen for the two texts"),
        "&View",
        2,
        toolbar=2,
        checkable=True,
    ),
    Command(
        "toolbar_text",
        QT_TRANSLATE_NOOP("Commands", "Toolbar &Labels"),
        "set_toolbar_labels",
        (),
        (),
        None,
        QT_TRANSLATE_NOOP("Commands", "Show each toolbar button's name under its icon"),
        "&View",
        2,
        checkable=True,
        setting="view/toolbar_labels",
    ),
    Command(
        "focus_left",
        QT_TRANSLATE_NOOP("Commands", "Focus &Left Pane"),
        "left_pane.view.setFocus",
        (),
        ("Ctrl+1",),
        None,
        QT_TRANSLATE_NOOP("Commands", "Move the keyboard focus to the left text"),
        "&View",
        3,
    ),
    Command(
        "focus_right",
        QT_TRANSLATE_NOOP("Commands", "Focus &Right Pane"),
        "right_pane.view.setFocus",
        (),
        ("Ctrl+2",),
        None,
        QT_TRANSLATE_NOOP("Commands", "Move the keyboard focus to the right text"),
        "&View",
        3,
    ),
    Command(
        "switch_pane",
        QT_TRANSLATE_NOOP("Commands", "S&witch Pane"),
        "switch_pane",
        (),
        ("F6",),
        None,
        QT_TRANSLATE_NOOP("Commands", "Move the keyboard focus to the other text"),
        "&View",
        3,
    ),
    # Notes
    Command(
        "annotate",
        QT_TRANSLATE_NOOP("Commands", "&Annotate Selection…"),
        "annotate_selection",
        (),
        ("Ctrl+M",),
        "mdi6.comment-text-outline",
        QT_TRANSLATE_NOOP("Commands", "Write a note and tags on the selected passage"),
        "&Notes",
        0,
        toolbar=3,
    ),
    Command(
        "annotate_linked",
        QT_TRANSLATE_NOOP("Commands", "Annotate &Both Selections…"),
        "notes.create_linked",
        (),
        ("Ctrl+Shift+M",),
        "mdi6.comment-arrow-right-outline",
        QT_TRANSLATE_NOOP(
            "Commands",
            "One note linking the passage selected in the left article with the one in the right",
        ),
        "&Notes",
        0,
    ),
    Command(
        "annotations",
        QT_TRANSLATE_NOOP("Commands", "Annotations &Panel"),
        "",
        (),
        ("Ctrl+Shift+A",),
        "mdi6.note-multiple-outline",
        QT_TRANSLATE_NOOP("Commands", "Show the annotations panel"),
        "&Notes",
        1,
        toolbar=3,
        dock="notes_dock",
    ),
    Command(
        "tags",
        QT_TRANSLATE_NOOP("Commands", "&Tags…"),
        "notes.manage_tags",
        (),
        (),
        "mdi6.tag-text-outline",
        QT_TRANSLATE_NOOP("Commands", "Rename, merge and delete tags"),
        "&Notes",
        1,
    ),
    Command("export_markdown", "", menu="&Notes", section=2),  # the File ▸ Export row, again
    # Compare
    Command(
        "find",
        QT_TRANSLATE_NOOP("Commands", "&Find in Both…"),
        "comparison.open_search",
        (),
        (QKeySequence.StandardKey.Find,),
        "mdi6.magnify",
        QT_TRANSLATE_NOOP("Commands", "Find in both texts, whatever script each is shown in"),
        "&Compare",
        0,
        toolbar=3,
    ),
    Command(
        "find_next",
        QT_TRANSLATE_NOOP("Commands", "Find &Next"),
        "comparison.step_match",
        (1,),
        (QKeySequence.StandardKey.FindNext,),
        None,
        QT_TRANSLATE_NOOP("Commands", "The next match in both texts"),
        "&Compare",
        0,
    ),
    Command(
        "find_previous",
        QT_TRANSLATE_NOOP("Commands", "Find &Previous"),
        "comparison.step_match",
        (-1,),
        (QKeySequence.StandardKey.FindPrevious,),
        None,
        QT_TRANSLATE_NOOP("Commands", "The previous match in both texts"),
        "&Compare",
        0,
    ),
    Command(
        "topics",
        QT_TRANSLATE_NOOP("Commands", "&Topics Panel"),
        "",
        (),
        ("Ctrl+T",),
        "mdi6.tag-multiple-outline",
        QT_TRANSLATE_NOOP("Commands", "Show the topics panel"),
        "&Compare",
        1,
        toolbar=4,
        dock="comparison.dock",
    ),
    Command(
        "highlight_topics",
        QT_TRANSLATE_NOOP("Commands", "&Highlight Shared Topics"),
        "comparison.set_highlight_topics",
        (),
        ("Ctrl+Shift+H",),
        "mdi6.marker",
        QT_TRANSLATE_NOOP("Commands", "Colour every shared topic in both texts"),
        "&Compare",
        1,
        toolbar=4,
        checkable=True,
        setting="compare/highlight_topics",
    ),
    Command(
        "clear_marks",
        QT_TRANSLATE_NOOP("Commands", "&Clear Topic Marks"),
        "comparison.clear_topic_marks",
        (),
        (),
        None,
        QT_TRANSLATE_NOOP("Commands", "Take away the tint of the topic you stepped through"),
        "&Compare",
        1,
    ),
    Command(
        "wording",
        QT_TRANSLATE_NOOP("Commands", "Mark Shared &Wording"),
        "comparison.set_shared_wording",
        (),
        ("Ctrl+Shift+U",),
        None,
        QT_TRANSLATE_NOOP("Commands", "Underline sentences and clauses both articles contain"),
        "&Compare",
        1,
        checkable=True,
        setting="compare/shared_wording",
    ),
    Command(
        "follow",
        QT_TRANSLATE_NOOP("Commands", "&Scroll to Aligned Passage"),
        "set_follow_alignment",
        (),
        (),
        None,
        QT_TRANSLATE_NOOP(
            "Commands",
            "Clicking a paragraph scrolls the other pane to the passage on the same point",
        ),
        "&Compare",
        2,
        checkable=True,
        setting="compare/follow_alignment",
    ),
    Command(
        "aligned_sync",
        QT_TRANSLATE_NOOP("Commands", "Synchronized Scrolling Follows &Alignment"),
        "set_aligned_sync",
        (),
        (),
        None,
        QT_TRANSLATE_NOOP(
            "Commands",
            "Keep aligned passages side by side while scrolling, instead of the same proportion",
        ),
        "&Compare",
        2,
        checkable=True,
        setting="compare/aligned_sync",
    ),
    Command(
        "link",
        QT_TRANSLATE_NOOP("Commands", "&Link Paragraphs"),
        "link_paragraphs",
        (True,),
        ("Ctrl+L",),
        "mdi6.link-plus",
        QT_TRANSLATE_NOOP(
            "Commands", "Make the paragraphs holding the two text cursors a sync point"
        ),
        "&Compare",
        2,
        toolbar=4,
    ),
    Command(
        "unlink",
        QT_TRANSLATE_NOOP("Commands", "&Unlink Paragraphs"),
        "link_paragraphs",
        (False,),
        ("Ctrl+Shift+L",),
        "mdi6.link-off",
        QT_TRANSLATE_NOOP(
            "Commands", "Remove the alignment between the paragraphs holding the two text cursors"
        ),
        "&Compare",
        2,
    ),
    # Tools and Help
    Command(
        "aliases",
        QT_TRANSLATE_NOOP("Commands", "&Aliases…"),
        "edit_aliases",
        (),
        (),
        "mdi6.account-multiple-outline",
        QT_TRANSLATE_NOOP(
            "Commands", "Names that mean the same thing (雪梨 and 悉尼, NVIDIA and 英伟达)"
        ),
        "&Tools",
    ),
    Command(
        "vocabulary",
        QT_TRANSLATE_NOOP("Commands", "&Vocabulary…"),
        "edit_vocabulary",
        (),
        (),
        "mdi6.book-alphabet",
        QT_TRANSLATE_NOOP("Commands", "Words OpenCC should keep or convert differently"),
        "&Tools",
        toolbar=5,
    ),
    Command(
        "guide",
        QT_TRANSLATE_NOOP("Commands", "&User Guide"),
        "show_guide",
        (),
        (QKeySequence.StandardKey.HelpContents,),
        "mdi6.book-open-page-variant-outline",
        QT_TRANSLATE_NOOP("Commands", "A short guide to Duidu (offline)"),
        "&Help",
    ),
    Command(
        "shortcuts",
        QT_TRANSLATE_NOOP("Commands", "&Keyboard Shortcuts"),
        "show_shortcuts",
        (),
        ("Ctrl+/",),
        "mdi6.keyboard-outline",
        QT_TRANSLATE_NOOP("Commands", "Every command that has a key"),
        "&Help",
    ),
    Command(
        "about",
        QT_TRANSLATE_NOOP("Commands", "&About Duidu"),
        "show_about",
        (),
        (),
        "mdi6.information-outline",
        QT_TRANSLATE_NOOP("Commands", "Versions of Duidu, Qt and OpenCC"),
        "&Help",
        1,
    ),
)

# Rows that only mark where the window inserts a submenu of its own.
PLACEHOLDERS = frozenset({"recent", "both_modes", "line_spacing"})


def resolve(window: object, path: str) -> Any:
    """The attribute at the dotted ``path`` from ``window``, looked up now."""
    target: Any = window
    for part in path.split("."):
        target = getattr(target, part)
    return target


def _keys(command: Command) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in command.keys:
        if isinstance(key, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(key)
        else:
            found = [QKeySequence(key)]
        sequences.extend(s for s in found if not s.isEmpty() and s not in sequences)
    return sequences


def build_actions(
    window: MainWindow, toggle_dock: Callable[[Any, QAction], None]
) -> dict[str, QAction]:
    """One ``QAction`` per row, set on the window as ``<name>_action``; returns them by name.

    Icons are attached later (:func:`icon_names`): qtawesome loads after the first paint.
    """
    actions: dict[str, QAction] = {}
    for command in COMMANDS:
        if command.name in PLACEHOLDERS or command.name in actions:
            continue
        action = QAction(shown(command.text), window)
        action.setObjectName(f"{command.name}Action")
        keys = _keys(command)
        if keys:
            action.setShortcuts(keys)
        tip = shown(command.tip or "") or plain(shown(command.text)).rstrip("…")
        if keys:
            tip = f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(shown(command.tip or ""))
        action.setEnabled(command.enabled)
        if command.dock is not None:
            action.setCheckable(True)
            dock = resolve(window, command.dock)
            action.triggered.connect(lambda _checked=False, d=dock, a=action: toggle_dock(d, a))
            dock.visibilityChanged.connect(
                lambda _visible, d=dock, a=action: a.setChecked(d.isVisible())
            )
        elif command.checkable:
            action.setCheckable(True)
            action.toggled.connect(
                lambda checked, c=command: resolve(window, c.slot)(*c.args, checked)
            )
        else:
            action.triggered.connect(
                lambda _checked=False, c=command: resolve(window, c.slot)(*c.args)
            )
        window.addAction(action)  # shortcuts work with the menu bar hidden (full screen)
        setattr(window, f"{command.name}_action", action)
        actions[command.name] = action
    return actions


def icon_names(actions: dict[str, QAction]) -> list[tuple[QAction, str]]:
    """(action, qtawesome name) for every row with an icon."""
    return [(actions[c.name], c.icon) for c in COMMANDS if c.icon and c.name in actions]


def build_menus(
    window: MainWindow, actions: dict[str, QAction], submenus: dict[str, list[QMenu]]
) -> dict[str, QMenu]:
    """The menu bar, in table order; ``submenus`` fills the placeholder rows."""
    menus: dict[str, QMenu] = {}
    sections: dict[str, int] = {}
    bar = window.menuBar()
    for command in COMMANDS:
        if command.menu is None:
            continue
        menu = _menu(bar, menus, command.menu)
        if command.menu in sections and sections[command.menu] != command.section:
            menu.addSeparator()
        sections[command.menu] = command.section
        if command.name in PLACEHOLDERS:
            for submenu in submenus.get(command.name, []):
                menu.addMenu(submenu)
        else:
            menu.addAction(actions[command.name])
    return menus


def _menu(bar: Any, menus: dict[str, QMenu], path: str) -> QMenu:
    if path not in menus:
        parent, _, title = path.rpartition("/")
        owner = _menu(bar, menus, parent) if parent else bar
        menus[path] = owner.addMenu(shown(title))
    return menus[path]


def build_toolbar(
    toolbar: QToolBar, actions: dict[str, QAction], extra: dict[int, list[QAction]]
) -> None:
    """The toolbar's groups in order, each in table order, with ``extra`` actions first in
    their group (the script menu button)."""
    groups: dict[int, list[QAction]] = {}
    for command in COMMANDS:
        if command.toolbar is not None and command.name in actions:
            groups.setdefault(command.toolbar, []).append(actions[command.name])
    for number, more in extra.items():
        groups[number] = [*more, *groups.get(number, [])]
    for k, number in enumerate(sorted(groups)):
        if k:
            toolbar.addSeparator()
        for action in groups[number]:
            toolbar.addAction(action)


def remembered() -> list[Command]:
    """The toggles remembered between runs."""
    return [c for c in COMMANDS if c.setting is not None]


def restore_toggles(window: MainWindow, get: Callable[[str], Any]) -> None:
    """Check every remembered toggle as saved, and tell its slot even when unchanged (a
    toggle's owner may start in another state than the action)."""
    for command in remembered():
        assert command.setting is not None
        value = bool(get(command.setting))
        action: QAction = getattr(window, f"{command.name}_action")
        action.setChecked(value)
        resolve(window, command.slot)(*command.args, value)


def save_toggles(window: MainWindow, put: Callable[[str, Any], None]) -> None:
    for command in remembered():
        assert command.setting is not None
        put(command.setting, getattr(window, f"{command.name}_action").isChecked())


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(command, shortcuts) for every command with a shortcut, in table order: the list
    Help ▸ Keyboard Shortcuts shows."""
    rows = []
    for command in COMMANDS:
        action = actions.get(command.name)
        if action is None or not action.shortcuts():
            continue
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        if command.text:  # not a second placement of a row listed already
            rows.append((plain(shown(command.text)), keys))
    return rows


__all__ = [
    "COMMANDS",
    "Command",
    "build_actions",
    "build_menus",
    "build_toolbar",
    "icon_names",
    "remembered",
    "restore_toggles",
    "save_toggles",
    "shortcut_rows",
]
