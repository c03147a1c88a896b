"""Saved analyses: read back as they were made, only for the very inputs, never trusted."""

from __future__ import annotations

import contextlib
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.comparison import saved_analyses
from reader.core.comparison.aliases import AliasGroup, AliasTable, load_aliases
from reader.core.comparison.topics import TopicAnalyser, analyse_documents
from reader.core.text.document import load_document, parse_document
from reader.core.text.opencc_engine import get_engine
from reader.core.text.segmenter import get_segmenter
from reader.core.text.vocabulary import Vocabulary, VocabularyEntry
from reader.paths import default_pair, resources_dir


@pytest.fixture(scope="module")
def made():
    table = load_aliases(resources_dir() / "aliases.json", None).table
    analyser = TopicAnalyser(get_engine(), get_segmenter(), table)
    left, right = (load_document(path) for path in default_pair())
    return left, right, table, analyse_documents(analyser, left, right)


def _facts(analysis) -> tuple:
    """Everything of an analysis the window and ``duidu topics`` read."""
    return (
        analysis.to_json(),
        [(t.term, t.left_forms, t.right_forms) for t in analysis.shared],
        [(p.start, p.end) for p in analysis.left_passages + analysis.right_passages],
        analysis.chain,
        [(t.text, t.map.atoms, t.map.source_length) for t in (analysis.left_text,
                                                               analysis.right_text)],
    )  # fmt: skip


def test_an_analysis_is_read_back_as_it_was_made(made, tmp_path):
    left, right, table, analysis = made
    key = saved_analyses.analysis_key(left, right, None, table, (), ())
    assert saved_analyses.load(tmp_path, key, left, right) is None  # nothing saved yet
    saved_analyses.save(tmp_path, key, analysis)
    again = saved_analyses.load(tmp_path, key, left, right)
    assert again is not None
    assert _facts(again) == _facts(analysis)
    assert again.left_text.original is left.text  # the document's own text, not a copy
    assert again.passage_at("left", analysis.left_passages[3].start) == 3
    for side, passages in (("left", analysis.left_passages), ("right", analysis.right_passages)):
        for index in range(len(passages)):  # in the same order as when it was made
            assert again.counterparts(side, index) == analysis.counterparts(side, index)


def test_any_change_of_input_is_another_analysis(made):
    left, right, table, _analysis = made
    key = saved_analyses.analysis_key(left, right, None, table, (), ())
    edited = parse_document(left.text + "\n多了一段。", name="left.txt")
    other_table = AliasTable(bundled=[*table.bundled, AliasGroup("新组", ("新组", "新組"))])
    vocabulary = Vocabulary([VocabularyEntry("芯片", "晶片")])
    keys = {
        saved_analyses.analysis_key(right, left, None, table, (), ()),  # sides swapped
        saved_analyses.analysis_key(edited, right, None, table, (), ()),
        saved_analyses.analysis_key(left, right, vocabulary, table, (), ()),
        saved_analyses.analysis_key(left, right, None, other_table, (), ()),
        saved_analyses.analysis_key(left, right, None, table, [(0, 0)], ()),  # a sync point
        saved_analyses.analysis_key(left, right, None, table, (), (), method="other engine"),
    }
    assert key not in keys and len(keys) == 6
    assert key == saved_analyses.analysis_key(left, right, None, table, [], [])  # the same


def test_an_analysis_of_other_texts_is_not_taken_for_these(made, tmp_path):
    left, right, table, analysis = made
    key = saved_analyses.analysis_key(left, right, None, table, (), ())
    saved_analyses.save(tmp_path, key, analysis)
    shorter = parse_document(left.text[:-10], name="left.txt")
    assert saved_analyses.load(tmp_path, key, shorter, right) is None


def test_only_the_pairs_used_last_are_kept(made, tmp_path, monkeypatch):
    monkeypatch.setattr(saved_analyses, "KEEP", 3)
    left, right, _table, analysis = made
    for k in range(5):
        saved_analyses.save(tmp_path, f"{k:064x}", analysis)
        os.utime(tmp_path / f"{k:064x}.json", (1_000 + k, 1_000 + k))
    saved_analyses.save(tmp_path, "f" * 64, analysis)  # prunes
    kept = sorted(path.name for path in tmp_path.glob("*.json"))
    assert kept == [f"{k:064x}.json" for k in (3, 4)] + ["f" * 64 + ".json"]
    assert saved_analyses.load(tmp_path, f"{3:064x}", left, right) is not None


DAMAGE = st.sampled_from(
    [
        lambda d: d.update(format=99),
        lambda d: d.update(key="0" * 64),
        lambda d: d["shared"][0][3].__setitem__(1, 10**9),  # a span past the text
        lambda d: d["shared"][0][3].__setitem__(0, -1),
        lambda d: d["shared"][0].__setitem__(2, float("inf")),
        lambda d: d["shared"][0].__setitem__(1, "verb"),
        lambda d: d["shared"][0].__setitem__(0, "x" * 10_000),
        lambda d: d["aligned"][0].__setitem__(0, 10**6),  # a paragraph that is not there
        lambda d: d["aligned"][0].__setitem__(3, "yes"),
        lambda d: d["passages"][0].reverse(),
        lambda d: d["texts"][0]["atoms"].append([1, 0, 1, 0]),
        lambda d: d["texts"][1].__setitem__("text", "短"),
        lambda d: d["wording"].append([0, 5, 0, 10**9, 3]),
        lambda d: d.__setitem__("shared", {"not": "a list"}),
        lambda d: d["lengths"].__setitem__(0, True),
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(damage=st.lists(DAMAGE, min_size=1, max_size=3, unique=True), cut=st.integers(0, 60))
def test_a_damaged_file_is_ignored_never_raised(made, tmp_path_factory, damage, cut):
    left, right, table, analysis = made
    folder = tmp_path_factory.mktemp("saved")
    key = saved_analyses.analysis_key(left, right, None, table, (), ())
    saved_analyses.save(folder, key, analysis)
    path = folder / f"{key}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for change in damage:
        with contextlib.suppress(IndexError, KeyError, AttributeError, TypeError):
            change(data)
    text = json.dumps(data, ensure_ascii=False)
    path.write_text(text if cut == 0 else text[: max(1, len(text) - cut)], encoding="utf-8")
    assert saved_analyses.load(folder, key, left, right) is None


def test_a_change_of_the_method_code_is_another_analysis(tmp_path, monkeypatch):
    """An analysis saved by older code is never read as the new code's: the key holds a
    digest of the method's source, which any edit changes."""
    package = tmp_path / "fake_method"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    module = package / "rules.py"
    module.write_text("WEIGHT = 0.5\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = saved_analyses.code_digest(["fake_method.rules"])
    assert saved_analyses.code_digest(["fake_method.rules"]) == before  # stable
    module.write_text("WEIGHT = 0.6\n", encoding="utf-8")
    assert saved_analyses.code_digest(["fake_method.rules"]) != before
    # and the method the app keys its analyses with holds the digest of its own code
    from reader.core import offload

    assert saved_analyses.method_digest() in offload._method()
