"""One foreign name spelled two ways by the two articles (艾波特 and 阿博特)."""

from __future__ import annotations

import pytest

from reader.core.comparison.transliteration import (
    load_readings,
    pair_names,
    readings,
    similarity,
)

TABLE = readings()


def read(name: str) -> list[tuple[str, ...]]:
    return [TABLE[character] for character in name]


def test_the_bundled_table_reads_the_characters_of_foreign_names_and_not_common_words():
    assert len(TABLE) > 300
    assert TABLE["斯"][0] == "si"
    assert "le" in TABLE["勒"]  # its reading in names, beside lei
    for common in "多人第二一的":  # words of their own: a run of them is a phrase
        assert common not in TABLE


@pytest.mark.parametrize(
    ("one", "other", "at_least"),
    [
        ("密尔顿", "米尔顿", 1.0),  # Milton: the same readings
        ("维洛尼卡", "韦罗妮卡", 1.0),  # Veronica
        ("艾波特", "阿博特", 0.8),  # Abbott: ai/a share the final
        ("斯威雅蒂", "斯维亚泰克", 0.6),  # Swiatek
        ("普瑞弗斯特", "普雷沃斯特", 0.6),  # Prevost
    ],
)
def test_two_spellings_of_a_name_read_alike(one, other, at_least):
    assert similarity(read(one), read(other)) >= at_least
    assert pair_names([one], [other], TABLE) == [(one, other)]


def test_names_that_only_share_a_syllable_or_two_are_not_paired():
    assert similarity(read("卡勒斯"), read("温克海")) < 0.5
    assert pair_names(["温克海姆"], ["伊姆雷"], TABLE) == []  # one syllable in common
    assert pair_names(["曼布克"], ["科苏特"], TABLE) == []  # 0.33
    # Of three syllables, two alike and one unlike is two people (Olsson and Orhan).
    assert similarity(read("奥尔森"), read("奥尔罕")) > 0.6
    assert pair_names(["奥尔森"], ["奥尔罕"], TABLE) == []
    # Alike sounds are not enough (la and na, si and zi): two syllables must be the same.
    assert similarity(read("卡拉斯"), read("卡纳兹")) > 0.6
    assert pair_names(["卡拉斯"], ["卡纳兹"], TABLE) == []


def test_a_name_and_a_longer_phrase_holding_it_are_not_two_spellings():
    assert pair_names(["特朗普"], ["特朗普拉"], TABLE) == []


def test_names_too_short_or_with_characters_that_spell_no_names_are_left_alone():
    assert pair_names(["米尔"], ["密尔"], TABLE) == []  # two characters read alike by chance
    assert pair_names(["第二高"], ["第二热"], TABLE) == []  # 第, 二 are no syllables of names


def test_each_name_is_paired_once_with_the_spelling_that_reads_most_like_it():
    paired = pair_names(["维洛尼卡", "艾波特"], ["阿莫特", "韦罗妮卡", "阿博特"], TABLE)
    assert sorted(paired) == [("维洛尼卡", "韦罗妮卡"), ("艾波特", "阿博特")]
    assert pair_names(["艾波特", "埃波特"], ["阿博特"], TABLE) == [("埃波特", "阿博特")]


def test_a_damaged_or_hostile_readings_file_gives_only_its_well_formed_lines(tmp_path):
    path = tmp_path / "transliteration.tsv"
    lines = [
        "# a comment",
        "斯\tsi",
        "勒\tlei,le",
        "ab\tab",  # not one Han character
        "特\tTE",  # not lowercase
        "克\tkeeeeeeeee",  # no syllable is this long
        "尔\t" + ",".join(["er"] * 50),  # more readings than a character has
        "\t\t\t",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert load_readings(path) == {"斯": ("si",), "勒": ("lei", "le")}
    path.write_bytes(b"\xff\xfe broken")
    assert load_readings(path) == {}
    assert load_readings(tmp_path / "missing.tsv") == {}
