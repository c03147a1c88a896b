"""Huge or repetitive texts: the analysis refuses what it cannot bound, and bounds the rest.

Memory is measured with tracemalloc (what Python allocates), never with a clock, so the
tests say the same on a slow machine.
"""

from __future__ import annotations

import random
import tracemalloc

import pytest

from reader.core.comparison import alignment, topics, wording
from reader.core.comparison.aliases import load_aliases
from reader.core.comparison.alignment import PER_PARAGRAPH, Passage, align_passages
from reader.core.comparison.topics import TopicAnalyser, analyse_documents, check_length
from reader.core.comparison.wording import shared_runs
from reader.core.errors import AnalysisError, DuiduError
from reader.core.text.document import Document, parse_document
from reader.core.text.folding import ComparisonText
from reader.core.text.opencc_engine import get_engine
from reader.core.text.position_map import PositionMap
from reader.core.text.segmenter import get_segmenter
from reader.paths import resources_dir
from tests.conftest import duidu

MB = 1024 * 1024


@pytest.fixture(scope="module")
def analyser() -> TopicAnalyser:
    table = load_aliases(resources_dir() / "aliases.json", None).table
    return TopicAnalyser(get_engine(), get_segmenter(), table)


def traced_peak(work) -> tuple[object, int]:
    """``work()`` and the most memory Python held for it at once, in bytes."""
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def comparison(text: str) -> ComparisonText:
    return ComparisonText(text, text, PositionMap.identity(len(text)))


# -- the limit ---------------------------------------------------------------------------


class Untouchable:
    """An analyser that fails the test if anything expensive (the dictionary, OpenCC) is used."""

    def __getattr__(self, name: str):
        raise AssertionError(f"the analysis started ({name}) before refusing the text")


def test_a_text_over_the_limit_is_refused_in_one_sentence_before_any_work():
    limit = topics.MAX_CHARACTERS
    big = Document("字" * (limit + 1), [], name="big.txt")  # cheap: no parsing, no file
    small = parse_document("短文。\n", name="small.txt")
    with pytest.raises(AnalysisError) as raised:
        analyse_documents(Untouchable(), small, big)  # type: ignore[arg-type]
    assert isinstance(raised.value, DuiduError)
    assert str(raised.value) == (
        f"“big.txt” is too long to compare ({limit + 1:,} characters; "
        f"Duidu compares texts of up to {limit:,} characters)."
    )
    check_length(Document("字" * limit, [], name="exact.txt"))  # the limit itself is fine


def test_the_limit_is_checked_by_analyse_too(analyser):
    big = Document("字" * (topics.MAX_CHARACTERS + 1), [], name="big.txt")
    small = parse_document("短文。\n", name="small.txt")
    text = comparison(small.text)
    with pytest.raises(AnalysisError, match="too long to compare"):
        analyser.analyse(big, small, text, text)


def test_the_cli_prints_the_refusal_as_one_line(tmp_path, monkeypatch, capsys):
    from reader import cli

    monkeypatch.setattr(topics, "MAX_CHARACTERS", 1000)
    big = tmp_path / "big.txt"
    big.write_text("英伟达的芯片。\n" * 200, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("英伟达的芯片。\n", encoding="utf-8")
    assert cli.main(["--data-dir", str(tmp_path / "data"), "topics", str(big), str(small)]) != 0
    error = capsys.readouterr().err
    assert "“big.txt” is too long to compare (1,600 characters;" in error
    assert len(error.strip().splitlines()) == 1


def test_the_cli_refuses_a_text_over_the_real_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes("字".encode() * (topics.MAX_CHARACTERS + 1))
    small = tmp_path / "small.txt"
    small.write_text("英伟达的芯片。\n", encoding="utf-8")
    done = duidu("--data-dir", str(tmp_path / "data"), "topics", str(big), str(small))
    error = done.stderr.decode("utf-8")
    assert done.returncode != 0
    assert "Traceback" not in error
    assert "“big.txt” is too long to compare" in error
    assert f"up to {topics.MAX_CHARACTERS:,} characters" in error
    assert len(error.strip().splitlines()) == 1


# -- bounded work ------------------------------------------------------------------------


def test_identical_paragraphs_align_in_bounded_memory_and_results():
    """The worst case for an inverted index: every paragraph shares every term with every
    other. All pairs would be a million; the work stays per paragraph."""
    count = 1000
    passage = ("英伟达", "芯片", "出口管制", "算力")
    left = [Passage(k * 10, k * 10 + 9, passage) for k in range(count)]
    right = [Passage(k * 10, k * 10 + 9, passage) for k in range(count)]
    rarity = dict.fromkeys(passage, 10.0)
    pairs, peak = traced_peak(lambda: align_passages(left, right, rarity))
    assert peak < 40 * MB, f"{peak / MB:.0f} MB"
    assert len(pairs) <= PER_PARAGRAPH * (len(left) + len(right))
    per_left: dict[int, int] = {}
    for pair in pairs:
        per_left[pair.left] = per_left.get(pair.left, 0) + 1
    assert set(per_left) == set(range(count))  # every paragraph still has counterparts
    assert max(per_left.values()) <= PER_PARAGRAPH + alignment.MAX_CANDIDATES


def test_a_repetitive_book_against_itself_is_analysed_in_bounded_memory(analyser):
    paragraph = "英伟达的黄仁勋在硅谷谈芯片、算力和出口管制，华为也在做昇腾芯片。"
    text = "重复之书\n\n" + "\n\n".join([paragraph] * 700) + "\n"
    left = parse_document(text, name="left.txt")
    right = parse_document(text, name="right.txt")
    analyser.segmenter.load()
    prepared = comparison(text)  # Simplified already: what prepare() gives, without OpenCC
    analysis, peak = traced_peak(lambda: analyser.analyse(left, right, prepared, prepared))
    assert peak < 60 * MB, f"{peak / MB:.0f} MB"
    passages = len(analysis.left_passages) + len(analysis.right_passages)
    assert len(analysis.aligned) <= PER_PARAGRAPH * passages
    assert len(analysis.wording) <= len(analysis.left_passages)
    assert {"英伟达", "芯片"} <= {topic.term for topic in analysis.shared}


def test_shared_wording_indexes_the_right_text_in_bounded_chunks(monkeypatch):
    rng = random.Random(7)
    alphabet = [chr(0x4E00 + k) for k in range(3000)]
    b = "".join(rng.choice(alphabet) for _ in range(300_000))
    quotes = [b[k : k + 30] for k in range(1000, 290_000, 29_000)]
    a = "\n".join("".join(rng.choice(alphabet) for _ in range(200)) + quote for quote in quotes)
    whole = shared_runs(comparison(a), comparison(b))  # one chunk: the whole text
    monkeypatch.setattr(wording, "CHUNK", 1 << 15)
    chunked, peak = traced_peak(lambda: shared_runs(comparison(a), comparison(b)))
    assert chunked == whole  # same runs, same (first) occurrences
    assert len(chunked) == len(quotes)
    assert peak < 12 * MB, f"{peak / MB:.0f} MB"  # one index of all 300,000 windows: ~50 MB


def test_new_word_counting_forgets_the_rarest_when_full(analyser, monkeypatch):
    rng = random.Random(3)
    alphabet = [chr(0x4E00 + k) for k in range(2000)]
    name = "龘靐齉"  # three characters jieba does not know: a new word, as 英 + 伟达 is
    tokens = []
    for _side in range(2):
        filler = "".join(rng.choice(alphabet) for _ in range(20_000))
        text = "".join(filler[k : k + 200] + name for k in range(0, 20_000, 200))
        tokens.append(analyser._tokenize(comparison(text), topics._Run()))
    unbounded = {word for word in analyser._discover(tokens) if "龘" in word}
    assert unbounded
    monkeypatch.setattr(topics, "MAX_GRAMS", 2000)
    pruned = []
    real = topics._forget_rarest

    def spy(counted: dict) -> None:
        assert len(counted) > topics.MAX_GRAMS
        real(counted)
        assert len(counted) <= topics.MAX_GRAMS // 2
        pruned.append(len(counted))

    monkeypatch.setattr(topics, "_forget_rarest", spy)
    words = analyser._discover(tokens)
    assert pruned  # memory was bounded...
    assert unbounded <= words  # ...and the recurring word is still found


def test_two_short_names_of_one_full_name_keep_both_their_uses(analyser):
    """An article may write a name short in two ways (港交所 and 联交所) where the other
    writes it in full: both count as the full name, and neither's uses are lost to the
    other's."""
    tokens = [
        analyser._tokenize(comparison(text), topics._Run())
        for text in ("港交所和联交所。", "无关的文字。")
    ]
    left = {"港交所": ("entity", [(0, 3)]), "联交所": ("entity", [(4, 7)])}
    right = {"香港联合交易所": ("entity", [(0, 7)])}
    analyser._join_abbreviations([left, right], tokens)
    assert left == {"香港联合交易所": ("entity", [(0, 3), (4, 7)])}
