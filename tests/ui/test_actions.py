"""The command table: every command reaches the menus, every toggle with a setting is
remembered between runs, and the shortcut list comes from the actions themselves."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reader.ui import actions


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
        else:
            found.append(action)
    return found


def test_every_command_is_in_a_menu_with_a_tooltip(make_window):
    window = make_window(wait=False)
    in_menus = {id(a) for top in window.menuBar().actions() for a in _menu_actions(top.menu())}
    for name, action in window.actions_by_name.items():
        assert id(action) in in_menus, f"{name} is in no menu"
        assert action.toolTip(), f"{name} has no tooltip"
        assert getattr(window, f"{name}_action") is action
    # The Markdown export is in File ▸ Export and in Notes: one action, two places.
    notes_menu = window.menus["&Notes"]
    assert window.export_markdown_action in notes_menu.actions()
    assert window.export_markdown_action in window.menus["&File/&Export"].actions()


def test_every_remembered_toggle_comes_back_in_the_next_run(make_window):
    window = make_window(wait=False)
    toggles = actions.remembered()
    assert {c.name for c in toggles} >= {"sync", "highlight_topics", "follow", "aligned_sync"}
    flipped = {}
    for command in toggles:
        action = getattr(window, f"{command.name}_action")
        flipped[command.name] = not action.isChecked()
        action.trigger()  # as a click in the menu would
    window.close()
    again = make_window(wait=False)
    for name, checked in flipped.items():
        assert getattr(again, f"{name}_action").isChecked() is checked, name
    # And the owners follow the restored state, not only the check marks.
    assert again.scroll_sync.enabled is flipped["sync"]
    assert again.comparison.follow is flipped["follow"]
    assert again.comparison.highlight_topics is flipped["highlight_topics"]


def test_the_shortcut_list_is_made_from_the_actions(make_window):
    window = make_window(wait=False)
    rows = dict(actions.shortcut_rows(window.actions_by_name))
    assert rows["Find in Both…"]
    assert "F11" in rows["Full Screen"]
    assert rows["Swap Panes"] == window.swap_action.shortcut().toString(
        window.swap_action.shortcut().SequenceFormat.NativeText
    )
    with_keys = [a for a in window.actions_by_name.values() if a.shortcuts()]
    assert len(rows) == len(with_keys)
