"""The user vocabulary overrides OpenCC, is saved atomically and survives a broken file."""

from __future__ import annotations

from pathlib import Path

from reader.core.text.conversion import convert_text
from reader.core.text.opencc_engine import get_engine
from reader.core.text.scripts import Script, ScriptMode
from reader.core.text.vocabulary import (
    FILE_NAME,
    Vocabulary,
    VocabularyEntry,
    load_vocabulary,
)


def shown(text: str, mode: ScriptMode, source: Script, vocabulary: Vocabulary) -> str:
    return convert_text(get_engine(), text, mode, source, vocabulary).text


def test_opencc_alone_breaks_the_brand() -> None:
    assert get_engine().convert("t2s", "昇騰") == "升腾"


def test_default_vocabulary_keeps_ascend_in_every_script() -> None:
    vocabulary = Vocabulary.default()
    assert shown("華為昇騰910B", ScriptMode.HANS, Script.TRADITIONAL, vocabulary) == "华为昇腾910B"
    assert shown("华为昇腾910B", ScriptMode.HANS, Script.SIMPLIFIED, vocabulary) == "华为昇腾910B"
    for mode in (ScriptMode.HANT, ScriptMode.TW, ScriptMode.TWP, ScriptMode.HK):
        assert "昇騰" in shown("華為昇騰910B", mode, Script.TRADITIONAL, vocabulary)
        assert "昇騰" in shown("华为昇腾910B", mode, Script.SIMPLIFIED, vocabulary)


def test_default_vocabulary_keeps_morale_from_becoming_a_taxi() -> None:
    # Seen in the bundled pair under 繁體·臺灣用詞: 提振中国团队的士气 became 團隊計程車氣.
    empty = Vocabulary([])
    assert "計程車" in shown("提振中国团队的士气", ScriptMode.TWP, Script.SIMPLIFIED, empty)
    vocabulary = Vocabulary.default()
    for text, source in (
        ("提振中国团队的士气", Script.SIMPLIFIED),
        ("提振中國團隊的士氣", Script.TRADITIONAL),
    ):
        assert shown(text, ScriptMode.TWP, source, vocabulary) == "提振中國團隊的士氣"
    assert shown("坐的士去", ScriptMode.TWP, Script.SIMPLIFIED, vocabulary) == "坐計程車去"


def test_custom_mapping_and_protected_word_with_exact_map() -> None:
    vocabulary = Vocabulary(
        [
            VocabularyEntry("英伟达", "輝達", frozenset({ScriptMode.HANT})),
            VocabularyEntry("内存", None),  # keep as written everywhere
        ]
    )
    conversion = convert_text(
        get_engine(), "英伟达内存条", ScriptMode.HANT, Script.SIMPLIFIED, vocabulary
    )
    assert conversion.text == "輝達内存條"
    assert conversion.map.span_to_source(0, 1) == (0, 3)  # 輝 came from all of 英伟达
    assert conversion.map.span_to_target(3, 5) == (2, 4)
    twp = convert_text(get_engine(), "英伟达内存", ScriptMode.TWP, Script.SIMPLIFIED, vocabulary)
    assert twp.text == "輝達内存"  # OpenCC's own s2twp gives 輝達 too; 内存 is protected


def test_save_and_load_round_trip(data_dir: Path) -> None:
    vocabulary = Vocabulary([VocabularyEntry("鸿蒙", None, frozenset({ScriptMode.TW}))])
    vocabulary.save(data_dir / FILE_NAME)
    loaded = load_vocabulary(data_dir)
    assert loaded.problem is None
    assert loaded.vocabulary == vocabulary


def test_missing_file_gives_defaults(data_dir: Path) -> None:
    loaded = load_vocabulary(data_dir)
    assert loaded.vocabulary == Vocabulary.default()
    assert not (data_dir / FILE_NAME).exists()  # nothing written until the user saves


def test_unreadable_file_is_set_aside_not_overwritten(data_dir: Path) -> None:
    broken = data_dir / FILE_NAME
    broken.write_text('{"entries": [{"word": ', encoding="utf-8")
    loaded = load_vocabulary(data_dir)
    assert loaded.vocabulary == Vocabulary.default()
    assert loaded.problem is not None and "could not be read" in loaded.problem
    kept = [p for p in data_dir.iterdir() if p.name.startswith("vocabulary.unreadable-")]
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8") == '{"entries": [{"word": '
    assert not broken.exists()
