"""The user guide follows the interface language: guide.zh_CN.md or guide.zh_TW.md when
there is one, else the English guide.md."""

from __future__ import annotations

import re

import pytest

from reader.paths import resources_dir
from reader.ui.help import guide_dialog
from reader.ui.help.guide_dialog import GUIDE, GuideDialog, guide_path


@pytest.fixture
def guides(tmp_path):
    (tmp_path / GUIDE).write_text("# English guide", encoding="utf-8")
    (tmp_path / "guide.zh_TW.md").write_text("# 繁體指南", encoding="utf-8")
    return tmp_path


def test_the_guide_of_the_language_is_chosen_when_there_is_one(guides):
    assert guide_path("zh_TW", guides) == guides / "guide.zh_TW.md"
    assert guide_path("en", guides) == guides / GUIDE


def test_a_language_without_a_guide_falls_back_to_english(guides):
    assert guide_path("zh_CN", guides) == guides / GUIDE
    (guides / "guide.zh_CN.md").mkdir()  # not a file: still the English guide
    assert guide_path("zh_CN", guides) == guides / GUIDE


def test_the_interface_language_picks_the_guide(guides, monkeypatch):
    monkeypatch.setattr(guide_dialog, "current_language", lambda: "zh_TW")
    assert guide_path(folder=guides) == guides / "guide.zh_TW.md"
    monkeypatch.setattr(guide_dialog, "current_language", lambda: "en")
    assert guide_path(folder=guides) == guides / GUIDE


@pytest.mark.parametrize(("language", "title"), [("zh_CN", "简明指南"), ("zh_TW", "簡明指南")])
def test_the_dialog_shows_the_shipped_translated_guide(qtbot, monkeypatch, language, title):
    monkeypatch.setattr(guide_dialog, "current_language", lambda: language)
    assert guide_path() == resources_dir() / f"guide.{language}.md"
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert title in text and "**" not in text
    # The translation names every shortcut the English guide names.
    english = (resources_dir() / GUIDE).read_text(encoding="utf-8")
    for key in set(re.findall(r"Ctrl\+[\w+,]+|Shift\+F3|F3|Esc", english)):
        assert key in text, key


def test_an_english_interface_shows_the_english_guide(qtbot, monkeypatch):
    monkeypatch.setattr(guide_dialog, "current_language", lambda: "en")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "a short guide" in dialog.browser.toPlainText()
