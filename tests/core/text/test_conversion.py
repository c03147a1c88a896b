"""What a display script does to a text: which OpenCC steps run, and what they leave alone."""

from __future__ import annotations

from reader.core.text.conversion import convert_text
from reader.core.text.opencc_engine import get_engine
from reader.core.text.scripts import Script, ScriptMode, conversion_chain
from reader.core.text.vocabulary import Vocabulary, VocabularyEntry

MAINLAND = "会议的行程已经确定，应用程序今晚更新。"


def test_a_simplified_text_shown_in_simplified_keeps_its_mainland_words():
    """tw2sp takes 行程 and 应用程序 for Taiwan words and writes 进程 and 应用进程: over a
    mainland text it changed what the author wrote."""
    assert conversion_chain(ScriptMode.HANS, Script.SIMPLIFIED) == []
    shown = convert_text(get_engine(), MAINLAND, ScriptMode.HANS, Script.SIMPLIFIED)
    assert shown.text == MAINLAND
    assert shown.map.to_target(len(MAINLAND) - 1) == len(MAINLAND) - 1


def test_other_texts_shown_in_simplified_still_take_mainland_words():
    assert conversion_chain(ScriptMode.HANS, Script.TRADITIONAL) == ["tw2sp"]
    assert conversion_chain(ScriptMode.HANS, Script.MIXED) == ["tw2sp"]
    shown = convert_text(get_engine(), "這款晶片的記憶體", ScriptMode.HANS, Script.TRADITIONAL)
    assert shown.text == "这款芯片的内存"


def test_the_reader_s_vocabulary_still_applies_to_a_simplified_text_in_simplified():
    vocabulary = Vocabulary([VocabularyEntry("程序", "程式", frozenset({ScriptMode.HANS}))])
    shown = convert_text(get_engine(), MAINLAND, ScriptMode.HANS, Script.SIMPLIFIED, vocabulary)
    assert shown.text == MAINLAND.replace("程序", "程式")
    start = MAINLAND.index("今晚")
    assert shown.text[shown.map.to_target(start) :].startswith("今晚")
    original = convert_text(get_engine(), MAINLAND, ScriptMode.ORIGINAL, Script.SIMPLIFIED)
    assert original.text == MAINLAND  # the original script is never touched


def test_telling_a_script_loads_no_phrase_dictionary() -> None:
    """Issue 13 (topics on screen): the script of a new document is told from OpenCC's
    two character dictionaries alone. Converting a sample with s2t first loaded its
    phrases (0.2 s), on the way to a new pair's first topics."""
    from reader.core.text.opencc_engine import OpenCCEngine
    from reader.core.text.scripts import _detected, detect_script

    engine = OpenCCEngine()  # a fresh one: no converter made yet

    def refused(config: str):
        raise AssertionError(f"detection made the {config} converter")

    engine.converter = refused  # type: ignore[method-assign]
    samples = {
        "黃仁勳說，中國是一個非常重要的市場，輝達會繼續服務客戶。": Script.TRADITIONAL,
        "黄仁勋说，中国是一个非常重要的市场，英伟达会继续服务客户。": Script.SIMPLIFIED,
        "黃仁勳说，中國是一个非常重要的市场。輝达会繼續服務客户。": Script.MIXED,
        "H20 and A100.": Script.UNKNOWN,
    }
    for text, script in samples.items():
        _detected.pop(text, None)
        assert detect_script(text, engine).script == script, text
