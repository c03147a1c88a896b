"""The evaluation set of issue 13 (benchmarks/eval/pairs) and its scorer, eval_topics.py."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from reader.core.text.document import BlockKind, load_document
from reader.core.text.folding import fold
from reader.core.text.opencc_engine import get_engine
from reader.core.text.scripts import Script, detect_script

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "benchmarks" / "eval" / "pairs"
SCRIPT = ROOT / "benchmarks" / "eval_topics.py"
FILES = ("left.txt", "right.txt", "SOURCE.md", "gold.json")
BEATS = {"politics", "economy", "sport", "culture", "health", "disaster", "science", "chips"}
FOLDERS = sorted(p for p in PAIRS.iterdir() if p.is_dir())


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_topics", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _gold(folder: Path) -> dict:
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))


def _normalise(text: str) -> str:
    return fold(get_engine().convert("tw2sp", text))


def test_there_are_at_least_twelve_pairs_with_all_four_files():
    assert len(FOLDERS) >= 12
    for folder in FOLDERS:
        missing = [name for name in FILES if not (folder / name).is_file()]
        assert not missing, f"{folder.name} lacks {missing}"


def test_at_most_a_third_of_the_pairs_are_about_chips():
    beats = Counter(_gold(folder)["beat"] for folder in FOLDERS)
    assert set(beats) <= BEATS
    assert beats["chips"] * 3 <= len(FOLDERS)
    assert len(beats) >= 6, "the set should cover many beats, not one"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_gold_is_valid_and_its_paragraph_pairs_are_in_range(folder: Path):
    gold = _scorer().load_gold(folder / "gold.json")
    assert 8 <= len(gold.topics) <= 15
    assert len({t.term for t in gold.topics}) == len(gold.topics)
    for side, index in (("left", 0), ("right", 1)):
        document = load_document(folder / f"{side}.txt")
        lines = [b for b in document.blocks if b.kind is not BlockKind.BLANK]
        assert all(
            b.kind in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH) for b in lines
        ), f"{folder.name}/{side}.txt has a line the analysis does not treat as a passage"
        for pair in gold.pairs:
            assert pair[index] < len(lines), f"{folder.name}: {list(pair)} out of range"
    per_left = Counter(left for left, _right in gold.pairs)
    assert max(per_left.values()) <= 2, "alignment@2 can count at most two counterparts"
    assert len(set(gold.pairs)) == len(gold.pairs)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_left_is_traditional_and_right_is_simplified(folder: Path):
    engine = get_engine()
    left = (folder / "left.txt").read_text(encoding="utf-8")
    right = (folder / "right.txt").read_text(encoding="utf-8")
    assert detect_script(left, engine).script is Script.TRADITIONAL
    assert detect_script(right, engine).script is Script.SIMPLIFIED
    # One paragraph a line, a blank line between paragraphs.
    for text in (left, right):
        assert "\n\n\n" not in text
        assert all(line.strip() for line in text.strip().split("\n\n"))
        assert all("\n" not in chunk for chunk in text.strip().split("\n\n"))


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_gold_topic_occurs_in_both_articles(folder: Path):
    left = _normalise((folder / "left.txt").read_text(encoding="utf-8"))
    right = _normalise((folder / "right.txt").read_text(encoding="utf-8"))
    for topic in _gold(folder)["topics"]:
        forms = [_normalise(s) for s in (topic["term"], *topic.get("forms", []))]
        assert any(f in left for f in forms), f"{folder.name}: {topic['term']} not in left"
        assert any(f in right for f in forms), f"{folder.name}: {topic['term']} not in right"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_source_notes_name_outlet_date_address_and_trimming(folder: Path):
    text = (folder / "SOURCE.md").read_text(encoding="utf-8")
    for field in ("Outlet:", "Date:", "Address: <http", "Trimmed:", "## Licence"):
        assert text.count(field) >= (1 if field == "## Licence" else 2), (folder.name, field)


def test_eval_topics_scores_one_pair():
    scorer = _scorer()
    (result,) = scorer.evaluate(PAIRS, ["12"])
    assert result.name.startswith("12_")
    for value in (result.recall, result.junk, result.alignment, result.baseline):
        assert 0.0 <= value <= 1.0
    assert result.gold_pairs == len(_gold(PAIRS / result.name)["pairs"])
    table = scorer.table([result])
    assert table.splitlines()[0].startswith("| pair | beat | recall@30 | junk@15 | align@2 |")
    assert "mean (1 pairs)" in table


def test_junk_and_recall_rules():
    scorer = _scorer()
    gold = [scorer.GoldTopic("台积电", ("台積電", "TSMC"))]
    normalise = scorer.Normaliser()
    found, missed = scorer.recall_at(gold, [{"台积电公司"}], normalise)
    assert (found, missed) == (1.0, [])
    assert scorer.recall_at(gold, [{"台积"}], normalise) == (0.0, ["台积电"])
    assert scorer.is_junk("问题", {"问题"}, gold, normalise)
    assert not scorer.is_junk("台积", {"台积"}, gold, normalise)  # part of a gold topic
    assert not scorer.is_junk("晶圆厂", {"晶圆厂"}, gold, normalise)  # a domain word
    assert scorer.bigrams("芯片,H20") == {"芯片", "H2", "20"}
    left, right = [{"芯片", "片厂"}], [{"天气"}, {"芯片"}]
    assert scorer.baseline_counterparts(left, right, 0) == [1]
