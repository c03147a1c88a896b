"""What the core says, the window shows in the interface language: a file that cannot be
opened, a file set aside, a failed save (reader.core.messages, reader.ui.i18n.localized).
The command line keeps saying it in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.comparison.aliases import load_aliases
from reader.core.errors import DocumentError
from reader.core.messages import Sentence
from reader.core.session import Level
from reader.core.text.document import load_document
from reader.ui import i18n
from reader.ui.i18n import current_language, install_language, localized
from reader.ui.settings import Settings
from tests.conftest import duidu

# The same sentence in each language (zh_TW is Taiwan usage, not a character conversion).
MISSING = {"zh_CN": "不存在（查找位置：", "zh_TW": "不存在（尋找位置："}
EMPTY = {"zh_CN": "是空的。", "zh_TW": "是空的。"}
NO_GROUPS = {
    "zh_CN": "无法读取你的别名文件（其中没有别名组列表）。",
    "zh_TW": "無法讀取你的別名檔案（其中沒有別名組清單）。",
}


def english_sentence(path: Path) -> str:
    with pytest.raises(DocumentError) as raised:
        load_document(path)
    return str(raised.value)


def test_a_file_that_cannot_be_opened_is_told_in_chinese(qtbot, chinese_window, tmp_path):
    window, language = chinese_window, current_language()
    missing = tmp_path / "missing.txt"
    assert not window.open_file(window.left_pane, missing)
    shown = window.left_pane.message()
    assert shown.startswith("“missing.txt” ") and MISSING[language] in shown, shown
    assert str(missing) in shown and "does not exist" not in shown
    assert window.statusBar().currentMessage() == shown  # told to the window too

    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    assert not window.open_file(window.right_pane, empty)
    assert window.right_pane.message() == "“empty.txt” " + EMPTY[language]
    assert window.left_pane.document is not None  # the pane keeps what it showed


def test_a_reason_inside_a_sentence_is_translated_too(qtbot, chinese_window, data_dir):
    (data_dir / "aliases.json").write_text('{"groups": 3}', encoding="utf-8")
    problem = load_aliases(None, data_dir).problem
    assert isinstance(problem, Sentence)
    chinese_window.session.tell(Level.WARNING, problem)  # the Sentence passes through whole
    shown = chinese_window.window_message.label.text()
    assert shown.startswith(NO_GROUPS[current_language()]), shown
    assert "could not" not in shown and "groups" not in shown


def test_an_english_window_shows_the_english_sentence(qtbot, make_window, tmp_path):
    install_language("en")
    window = make_window()
    missing, empty = tmp_path / "missing.txt", tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert not window.open_file(window.left_pane, missing)
    assert window.left_pane.message() == english_sentence(missing)
    assert window.left_pane.message().startswith("“missing.txt” does not exist (looked for ")
    assert not window.open_file(window.right_pane, empty)
    assert window.right_pane.message() == "“empty.txt” is empty."


def test_localized_falls_back_to_the_english_whole(qtbot, make_window, monkeypatch):
    sentence = Sentence("{label} is empty.", label="“a.txt”")
    assert localized(sentence) == "“a.txt” is empty."  # no catalogue: the English
    assert localized(DocumentError(sentence)) == "“a.txt” is empty."
    assert localized(ValueError("plain")) == "plain" and localized("text") == "text"
    assert localized(None) == "None"
    # A translation that lost or renamed a field: the English, not an exception.
    monkeypatch.setattr(i18n, "translate", lambda _context, _text: "{name} 是空的。")
    assert localized(sentence) == "“a.txt” is empty."
    monkeypatch.setattr(i18n, "translate", lambda _context, _text: "{label 是空的。")
    assert localized(sentence) == "“a.txt” is empty."


def test_the_command_line_stays_english(data_dir, tmp_path):
    Settings(data_dir).set("view/language", "zh_CN")
    missing = tmp_path / "missing.txt"
    chinese = {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}
    result = duidu("convert", "--to", "hans", str(missing), env=chinese)
    assert result.returncode == 1
    assert result.stderr.decode("utf-8").strip() == f"duidu: {english_sentence(missing)}"
