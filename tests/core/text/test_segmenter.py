"""Segmenter.words gives exactly the tokens of jieba's own cut (HMM off), faster."""

from __future__ import annotations

import random

import pytest

from reader.core.text.segmenter import Segmenter

pytest.importorskip("jieba")

SAMPLES = [
    "",
    "英伟达H20芯片在中国市场的销量，黄仁勋说：「今年很难。」",
    "Windows line\r\nbreaks\r\r\n and\ttabs　full-width ＡＩ a.b+c#d&e_f%g-h 100%",
    "却说曹操引兵追赶刘备，玄德曰：“吾兄何在？”",
    "h20 a100 cuda 3.5 第八届立法会 2024年7月1日",
]
ALPHABET = (
    "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要出也得里后自以会家可下"
    "而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最"
    "ABCabc0123456789 \r\n\t.+-#&%_，。！？「」\u3000"
)


def test_words_are_jiebas_tokens_exactly() -> None:
    segmenter = Segmenter()
    segmenter.load()
    generator = random.Random(13)
    texts = [*SAMPLES]
    texts += ["".join(generator.choices(ALPHABET, k=generator.randint(1, 80))) for _ in range(400)]
    for text in texts:
        assert list(segmenter.words(text)) == list(segmenter._tokenizer.cut(text, HMM=False))
    segmenter.add_words(["陈中瑞", "基孔肯雅热"])  # the dictionary (and its total) change
    for text in [*texts, "陈中瑞说基孔肯雅热"]:
        assert list(segmenter.words(text)) == list(segmenter._tokenizer.cut(text, HMM=False))
    assert segmenter.spans("陈中瑞说") == [(0, 3), (3, 4)]
