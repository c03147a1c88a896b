"""The interface in 简体中文 and 繁體中文 (issue 14, point 1): the main window, every menu,
every dialog (Qt's own included) shows no English left untranslated.

A string counts as untranslated when it holds an English word (three letters or more) that
is not a name or a key (Duidu, OpenCC, Markdown, Ctrl…). Document content (the texts, their
titles, topics, notes) is not interface and is not read.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFontComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from reader.ui.i18n import current_language, install_language, language_for_locale
from reader.ui.text.reader_pane import ReaderPane
from tests.ui.conftest import settle

# Names, formats and keys that stay as they are in every language.
KEPT = {
    "duidu", "opencc", "markdown", "json", "utf", "pyside", "python", "qtawesome",
    "material", "design", "icons", "gnu", "gpl", "apache", "web", "annotation", "w3c",
    "ctrl", "shift", "alt", "meta", "del", "delete", "esc", "enter", "return", "space", "tab",
    "backspace", "pgup", "pgdown", "home", "end", "ins", "nvidia", "txt", "sudo", "apt",
    "dnf", "install", "fonts", "noto", "cjk", "google", "sans", "debian", "ubuntu",
    "fedora", "obsidian", "yaml", "html", "english",
    "dock",  # Qt's own 繁體 catalogue keeps the word (取消 Dock 並重新加上 Dock 小工具)
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")
TAG = re.compile(r"<[^>]+>")


def english_words(text: str) -> list[str]:
    text = TAG.sub(" ", text).replace("&amp;", "&").replace("&", "")
    text = re.sub(r"\([^()]*\*\.[^()]*\)", " ", text)  # file patterns: (*.txt *.md)
    text = re.sub(r"\S+\.(json|md|txt|ini)\b", " ", text)  # file names
    text = re.sub(r"(?<![\w.])/[^\s<]*", " ", text)  # paths (the data folder)
    text = re.sub(r"[a-z]+\.[a-z-]+", " ", text)  # icon or setting names
    return [w for w in WORD.findall(text) if w.lower() not in KEPT]


def is_content(widget: QWidget) -> bool:
    """Part of a document, a topic list or a note: not interface text."""
    probe: QWidget | None = widget
    while probe is not None:
        if isinstance(probe, ReaderPane) and widget in (probe.title_label, probe.details_label):
            return True
        if probe.objectName() in ("readerView",):
            return True
        probe = probe.parentWidget()
    return False


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text in ``root`` and its children that
    are shown (or would be on hover: tool tips), and every action of its menus."""
    found: list[tuple[str, str]] = []

    def add(where: QWidget | QAction, text: str | None) -> None:
        if text and text.strip():
            found.append((f"{type(where).__name__}:{where.objectName()}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if is_content(widget):
            continue
        if widget.isWindow() or isinstance(widget, QDockWidget):
            add(widget, widget.windowTitle())
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        add(widget, widget.accessibleDescription())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QLineEdit | QTextEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):
            for k in range(widget.count()):
                add(widget, widget.itemText(k))
        elif isinstance(widget, QTabBar):
            for k in range(widget.count()):
                add(widget, widget.tabText(k))
                add(widget, widget.tabToolTip(k))
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QHeaderView) and widget.orientation() is Qt.Orientation.Horizontal:
            for section in range(widget.count() if widget.model() is not None else 0):
                title = widget.model().headerData(section, Qt.Orientation.Horizontal)
                add(widget, title if isinstance(title, str) else None)
        if isinstance(widget, QMenu | QToolBar):
            for action in widget.actions():
                add(action, action.text())
                add(action, action.toolTip())
                add(action, action.statusTip())
    return found


def menu_texts(window) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu) -> None:
        menu.aboutToShow.emit()  # menus filled when opened (Open Recent)
        found.append(("menu", menu.title()))
        for action in menu.actions():
            found.append((f"menu:{menu.title()}", action.text()))
            found.append((f"tip:{action.text()}", action.toolTip()))
            found.append((f"status:{action.text()}", action.statusTip()))
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        walk(action.menu())
    for action in window.toolbar.actions():
        found.append(("toolbar", action.toolTip()))
    return [(where, text) for where, text in found if text]


def untranslated(found: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    return [(where, text, words) for where, text in found if (words := english_words(text))]


def open_and_read(qtbot, trigger, *, modal: bool = True) -> list[tuple[str, str]]:
    """Run ``trigger`` (which opens a dialog), read the dialog's texts, close it."""
    seen: list[list[tuple[str, str]]] = []
    failures: list[Exception] = []
    before = set(QApplication.topLevelWidgets())

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, grab)
            return
        try:
            QApplication.processEvents()
            seen.append(texts_of(dialog))
        except Exception as error:  # reported by the test, after the dialog is closed
            failures.append(error)
        finally:
            dialog.close() if not isinstance(dialog, QDialog) else dialog.reject()

    if modal:
        QTimer.singleShot(0, grab)
    result = trigger()
    if not modal:
        settle(qtbot)
        opened = [
            w
            for w in QApplication.topLevelWidgets()
            if w not in before and w.isVisible() and isinstance(w, QDialog)
        ] or ([result] if isinstance(result, QDialog) else [])
        assert opened, "no dialog opened"
        seen.append(texts_of(opened[0]))
        opened[0].close()
    if failures:
        raise failures[0]
    assert seen, "no dialog opened"
    return seen[0]


def test_the_window_and_its_menus_are_translated(qtbot, chinese_window):
    window = chinese_window
    window.comparison.dock.show()
    assert window.notes.panel is not None  # the annotations panel, built on first use
    settle(qtbot)
    found = texts_of(window) + menu_texts(window)
    assert len(found) > 150  # the walk reached the menus, toolbar, panels and panes
    left = untranslated(found)
    assert not left, "\n".join(map(str, left))
    assert window.menuBar().actions()[0].text() in ("文件(&F)", "檔案(&F)")


def select_in(pane, text: str) -> None:
    cursor = QTextCursor(pane.view.document())
    start = pane.shown_text().index(text)
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)


@pytest.mark.parametrize(
    ("name", "modal"),
    [
        ("preferences", False),
        ("shortcuts", True),
        ("guide", True),
        ("about", True),
        ("aliases", True),
        ("vocabulary", True),
        ("tags", True),
        ("export_markdown", False),
        ("annotate", True),
        ("open_left", True),  # Qt's own file dialog, translated by Qt's catalogue
        ("export_json", True),  # Qt's file dialog, saving
        ("font", True),  # Qt's font dialog
    ],
)
def test_every_dialog_is_translated(qtbot, chinese_window, name, modal):
    window = chinese_window
    if name == "annotate":
        select_in(window.left_pane, "十年前")
        window.left_pane.view.setFocus()
    action: QAction = getattr(window, f"{name}_action")
    found = open_and_read(qtbot, action.trigger, modal=modal)
    assert found
    left = untranslated(found)
    assert not left, "\n".join(map(str, left))


def test_the_language_follows_the_system_locale():
    from PySide6.QtCore import QLocale

    assert language_for_locale(QLocale("zh_CN")) == "zh_CN"
    assert language_for_locale(QLocale("zh_SG")) == "zh_CN"
    assert language_for_locale(QLocale("zh_TW")) == "zh_TW"
    assert language_for_locale(QLocale("zh_HK")) == "zh_TW"
    assert language_for_locale(QLocale("zh_Hans_HK")) == "zh_CN"  # the script says so
    assert language_for_locale(QLocale("en_GB")) == "en"
    assert language_for_locale(QLocale("de_DE")) == "en"


def test_english_is_the_source_and_switching_back_restores_it(qtbot, data_dir):
    QApplication.instance() or QApplication([])
    assert install_language("zh_TW") == "zh_TW"
    assert QCoreApplication.translate("Commands", "&File") == "檔案(&F)"
    assert install_language("en") == "en"
    assert QCoreApplication.translate("Commands", "&File") == "&File"


def test_an_export_follows_the_interface_language(qtbot, chinese_window, editor_answers):
    window = chinese_window
    select_in(window.left_pane, "十年前")
    window.left_pane.view.setFocus()
    editor_answers["note"] = "记下这一句"
    window.annotate_action.trigger()
    settle(qtbot)
    notes = window.notes.notes["left"]
    assert notes is not None
    text = window.notes.transfer.markdown_of([a.id for a in notes.live()])
    assert "记下这一句" in text
    assert "第 1 段" in text and "paragraph" not in text.lower()
    assert ("颜色：" if current_language() == "zh_CN" else "顏色：") in text
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d", text)  # the date, localised


@pytest.mark.parametrize("button", ["rename_button", "recolour_button"])
def test_the_tag_manager_s_questions_are_translated(qtbot, chinese_window, editor_answers, button):
    from reader.ui.notes.tag_manager import TagManager

    window = chinese_window
    select_in(window.left_pane, "十年前")
    window.left_pane.view.setFocus()
    editor_answers["tags"] = ["论点"]
    window.annotate_action.trigger()
    settle(qtbot)
    notes = window.notes
    manager = TagManager(notes.tag_counts, notes.rename_tags, notes.recolour_tag, window)
    qtbot.addWidget(manager)
    manager.show()
    manager.list.setCurrentRow(0)
    found = open_and_read(qtbot, getattr(manager, button).click)
    left = untranslated(found)
    assert found and not left, "\n".join(map(str, left))


def test_the_topics_are_named_in_the_interface_s_script(qtbot, chinese_window):
    """A topic's key is Simplified; the 繁體中文 interface names it as the Traditional article
    writes it (英偉達), the 简体中文 one by its key (英伟达)."""
    from PySide6.QtCore import Qt as QtNamespace

    window = chinese_window
    qtbot.waitUntil(lambda: window.comparison.analysis is not None, timeout=30_000)
    model = window.comparison.panel.shared_list.topics
    names = [
        model.data(model.index(row, 0), QtNamespace.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    ]
    if current_language() == "zh_TW":
        assert "英偉達" in names and "英伟达" not in names
    else:
        assert "英伟达" in names and "英偉達" not in names
