"""The shipped alias table: big enough to matter, well formed, and free of clashes."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from reader.core.comparison.aliases import KINDS, load_aliases
from reader.core.comparison.topics import TopicAnalyser, analyse_documents
from reader.core.text.document import parse_document
from reader.core.text.folding import fold
from reader.core.text.opencc_engine import get_engine
from reader.core.text.segmenter import get_segmenter
from reader.paths import resources_dir

BUNDLED = resources_dir() / "aliases.json"
ENGINE = get_engine()


def normalised(name: str) -> str:
    """A name as the topic analyser matches it (see TopicAnalyser.set_aliases)."""
    return fold(ENGINE.convert("tw2sp", name)).strip()


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(BUNDLED.read_text(encoding="utf-8"))


def test_the_table_has_at_least_300_groups_of_terms_as_well_as_names(raw):
    groups = load_aliases(BUNDLED, None).table.bundled
    assert len(groups) == len(raw["groups"]) >= 300
    kinds = Counter(group.kind for group in groups)
    assert kinds["concept"] >= 100, kinds  # terms (激光/雷射), not only names
    assert all(group.aliases for group in groups), "a group of one name joins nothing"


def test_every_kind_is_one_the_program_knows(raw):
    """from_json turns an unknown kind into "other" silently: the file must not need it."""
    assert {item["kind"] for item in raw["groups"]} <= set(KINDS)


def test_no_name_belongs_to_two_groups():
    """The first group would win silently and the second lose that name."""
    owners: dict[str, str] = {}
    clashes = []
    for group in load_aliases(BUNDLED, None).table.bundled:
        for name in dict.fromkeys(normalised(n) for n in group.names()):
            if name in owners and owners[name] != group.term:
                clashes.append((name, owners[name], group.term))
            owners.setdefault(name, group.term)
    assert not clashes


def test_a_name_tw2sp_would_change_is_still_one_topic_across_the_scripts():
    """tw2sp, which Traditional texts go through, turns some Simplified names into others
    (布林肯 → 布尔肯, 应用程序 → 应用进程); a Simplified text keeps them as written. Both
    forms must reach the name's group, or the topic splits in two."""
    analyser = TopicAnalyser(ENGINE, get_segmenter(), load_aliases(BUNDLED, None).table)
    left = parse_document("布林肯訪問北京。\n布林肯會見官員。", name="left.txt")
    right = parse_document("布林肯访问北京。\n布林肯会见官员。", name="right.txt")
    shared = {topic.term: topic for topic in analyse_documents(analyser, left, right).shared}
    assert "布林肯" in shared
    assert (shared["布林肯"].left_count, shared["布林肯"].right_count) == (2, 2)


def test_the_table_joins_regional_names_and_abbreviations():
    lookup = load_aliases(BUNDLED, None).table.lookup(normalised)
    pairs = (("雷射", "激光"), ("雪梨", "悉尼"), ("世衛", "世卫组织"), ("川普", "特朗普"))
    for left, right in pairs:
        assert lookup[normalised(left)] is lookup[normalised(right)], (left, right)


def test_sports_units_awards_and_church_terms_are_joined_across_the_regions():
    """Classes the table gained whole (every sport, unit, festival and church term listed,
    not only those of a pair): what Hong Kong and Taiwan call differently."""
    analyser = TopicAnalyser(ENGINE, get_segmenter(), load_aliases(BUNDLED, None).table)
    left = parse_document(
        "張家朗在劍擊賽奪金。\n金價每安士升至4000美元。\n電影在康城影展首映。\n"
        "教宗在聖伯多祿大殿主持彌撒。",
        name="left.txt",
    )
    right = parse_document(
        "张家朗在击剑比赛夺金。\n金价每盎司升至4000美元。\n电影在戛纳电影节首映。\n"
        "教皇在圣彼得大教堂主持弥撒。",
        name="right.txt",
    )
    shared = {topic.term for topic in analyse_documents(analyser, left, right).shared}
    assert {"击剑", "盎司", "戛纳电影节", "教皇", "圣彼得大教堂"} <= shared, shared
