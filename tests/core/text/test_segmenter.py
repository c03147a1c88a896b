"""The segmenter cuts as jieba does (HMM off), a piece at a time, and knows its dictionary."""

from __future__ import annotations

import math
import random

import pytest

from reader.core.text import segmenter as segmenter_module
from reader.core.text.segmenter import DICTIONARY_TOTAL, Segmenter

# jieba 0.42.1's own ``Tokenizer.cut(text, HMM=False)`` of these, recorded when Duidu moved
# to rjieba: the same dictionary and route must keep giving the same tokens.
JIEBA_CUTS = {
    "英伟达H20芯片在中国市场的销量，黄仁勋说：「今年很难。」": [
        "英", "伟达", "H20", "芯片", "在", "中国", "市场", "的", "销量", "，", "黄", "仁", "勋",
        "说", "：", "「", "今年", "很", "难", "。", "」",
    ],
    "却说曹操引兵追赶刘备，玄德曰：“吾兄何在？”": [
        "却说", "曹", "操引兵", "追赶", "刘备", "，", "玄德曰", "：", "“", "吾兄", "何在",
        "？", "”",
    ],
    "h20 a100 cuda 3.5 第八届立法会 2024年7月1日": [
        "h20", " ", "a100", " ", "cuda", " ", "3", ".", "5", " ", "第八届", "立法会", " ",
        "2024", "年", "7", "月", "1", "日",
    ],
    "Windows line\r\nbreaks\r\r\n and\ttabs\u3000full-width ＡＩ a.b+c#d&e_f%g-h 100%": [
        "Windows", " ", "line", "\r\n", "breaks", "\r", "\r\n", " ", "and", "\t", "tabs",
        "\u3000", "full", "-", "width", " ", "Ａ", "Ｉ", " ", "a", ".", "b", "+", "c#", "d", "&",
        "e", "_", "f", "%", "g", "-", "h", " ", "100", "%",
    ],
}  # fmt: skip
ALPHABET = (
    "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要出也得里后自以会家可下"
    "而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最"
    "ABCabc0123456789 \r\n\t.+-#&%_，。！？「」\u3000"
)


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    loaded = Segmenter()
    loaded.load()
    return loaded


def test_the_tokens_are_jiebas(segmenter: Segmenter) -> None:
    for text, tokens in JIEBA_CUTS.items():
        assert list(segmenter.words(text)) == tokens


def test_a_long_text_cut_in_pieces_gives_the_tokens_of_one_cut(segmenter, monkeypatch) -> None:
    """Pieces end after a line break or a character jieba never puts in a word, where its
    cut starts a new block: the seams change nothing, whatever the text."""
    monkeypatch.setattr(segmenter_module, "CUT_PIECE", 64)
    generator = random.Random(13)
    for _ in range(300):
        sentences = [
            "".join(generator.choices(ALPHABET, k=generator.randint(0, 40))) + "。"
            for _ in range(generator.randint(0, 18))
        ]
        text = "".join(sentences)
        words = list(segmenter.words(text))
        assert "".join(words) == text
        assert words == list(segmenter._tokenizer.cut(text, False))
    assert list(segmenter.words("")) == []
    unbroken = "中国市场" * 100  # no place to end a piece: the text is still all there
    assert "".join(segmenter.words(unbroken)) == unbroken


def test_the_dictionary_knows_tags_and_frequencies(segmenter: Segmenter) -> None:
    assert segmenter.tag("中国") == "ns" and segmenter.tag("市场") == "n"
    assert segmenter.tag("的") == "uj"
    assert segmenter.tag("英伟达") is None  # not in jieba's dictionary
    # jieba's own counts (129,470 and 1,031); rjieba's arithmetic may add one.
    assert segmenter.frequency("中国") in (129_470, 129_471)
    assert segmenter.frequency("芯片") in (1_031, 1_032)
    assert segmenter.frequency("英伟达") == 0
    assert segmenter.rarity("芯片") > segmenter.rarity("中国")
    assert segmenter.rarity("英伟达") == pytest.approx(math.log(DICTIONARY_TOTAL / 5))


def test_the_dictionary_total_is_rjiebas_own() -> None:
    """Two words cut apart are suggested about f1 * f2 / total + 1 by jieba's formula: the
    total Duidu measures rarity against is the one rjieba routes with."""
    segmenter = Segmenter()
    segmenter.load()
    tokenizer = segmenter._tokenizer
    for first, second in (("的", "了"), ("是", "的"), ("了", "是")):  # common: f1 * f2 large
        assert tokenizer.cut(first + second, False) == [first, second]
        expected = segmenter.frequency(first) * segmenter.frequency(second) / DICTIONARY_TOTAL
        assert expected > 2_000  # so 0.1 % of it is more than the formula's rounding
        assert abs(tokenizer.suggest_freq(first + second) - (expected + 1)) <= 1 + expected / 1000


def test_added_names_are_single_tokens_and_keep_a_dictionary_tag() -> None:
    segmenter = Segmenter()
    segmenter.add_words(["陈中瑞", "基孔肯雅热", "中国"])
    assert list(segmenter.words("陈中瑞说基孔肯雅热在中国")) == [
        "陈中瑞", "说", "基孔肯雅热", "在", "中国",
    ]  # fmt: skip
    assert segmenter.spans("陈中瑞说") == [(0, 3), (3, 4)]
    assert segmenter.tag("陈中瑞") == "nz"
    assert segmenter.tag("中国") == "ns"  # a dictionary word keeps its own tag
    assert segmenter.frequency("陈中瑞") == 0  # its own, not the boost it was given


def test_a_released_dictionary_is_loaded_again_with_the_words_added_to_it() -> None:
    """The window lets go of the dictionary after each analysis (25 MB in Rust): the next
    use loads it again, with the names added before, and everything it answers is as it
    was: tokens, tags, frequencies never asked before, and the HMM's guesses."""
    segmenter = Segmenter()
    segmenter.add_words(["陈中瑞", "基孔肯雅热"])
    text = "陈中瑞说基孔肯雅热在中国市场，英伟达H20芯片"
    before = list(segmenter.words(text))
    segmenter.release()
    assert not segmenter.loaded
    assert segmenter.frequency("芯片") in (1_031, 1_032)  # not asked before: loads it
    assert segmenter.loaded
    segmenter.release()
    assert list(segmenter.words(text)) == before
    assert before[:3] == ["陈中瑞", "说", "基孔肯雅热"]
    segmenter.release()
    assert segmenter.tag("约谈") == "vn" and segmenter.tag("市场") == "n"
    segmenter.release()
    assert segmenter.guess_words("陈中瑞说") == ["陈中瑞", "说"]
    segmenter.release()
    segmenter.add_words(["黄仁勋"])  # added while released: loaded, and kept for the next
    segmenter.release()
    assert list(segmenter.words("黄仁勋说")) == ["黄仁勋", "说"]
    assert list(segmenter.words("陈中瑞说")) == ["陈中瑞", "说"]


def test_the_hmm_proposes_names_in_runs_of_single_characters(segmenter: Segmenter) -> None:
    assert segmenter.guess_words("陈中瑞说") == ["陈中瑞", "说"]


def test_dictionary_words_the_route_always_splits_keep_their_tag_and_frequency(segmenter) -> None:
    """约谈 is jieba's verbal noun (frequency 3) but always cut 约 | 谈: word discovery joins it
    again, and needs what the dictionary says of it."""
    assert list(segmenter.words("约谈")) == ["约", "谈"]
    assert segmenter.tag("约谈") == "vn"
    assert segmenter.frequency("约谈") == 3


def test_loading_builds_no_tokenizer_but_ours() -> None:
    """``import rjieba`` builds a default tokenizer at import (0.16 s holding the GIL while
    the window waited for its first topics): the segmenter loads the compiled module alone,
    and importing the package afterwards still works."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from reader.core.text.segmenter import Segmenter\n"
        "s = Segmenter(); s.load()\n"
        "assert 'rjieba' not in sys.modules, 'the package ran its __init__'\n"
        "assert list(s.words('英伟达的黄仁勋')) == ['英', '伟达', '的', '黄', '仁', '勋']\n"
        "import rjieba\n"
        "assert isinstance(s._tokenizer, rjieba.Jieba)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_first_words_in_one_call_are_each_texts_own_first_token() -> None:
    from reader.core.text.segmenter import get_segmenter

    segmenter = get_segmenter()
    texts = ["英伟达公司", "jensen huang", "H20芯片", "世界卫生组织", "中", "a b", "恒生指数"]
    alone = [text[slice(*segmenter.spans(text)[0])] for text in texts]
    assert segmenter.first_words(texts) == alone
    assert segmenter.first_words(["两行\n文字", "芯片"]) == ["两行", "芯片"]
