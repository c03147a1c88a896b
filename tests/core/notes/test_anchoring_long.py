"""Re-anchoring long passages: found near-linearly after small edits, orphaned when gone.

Work is measured, not time: every RapidFuzz alignment the anchoring calls is charged the
dynamic-programming cells it computes (``len(a) × len(b)``; a partial alignment slides a
window of the needle's length over the haystack, so it is charged that many such
alignments), and a test fails as soon as its budget is spent, so slow code fails fast
instead of hanging the suite.
"""

from __future__ import annotations

import random

import pytest
import rapidfuzz.distance.Indel
import rapidfuzz.distance.LCSseq
import rapidfuzz.distance.Levenshtein
import rapidfuzz.fuzz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.notes.anchoring import AnchorStatus, anchor
from reader.core.notes.annotations import make_target
from tests.conftest import corpus_file

# Cells per quote character allowed: the long-quote path aligns each block of the quote
# against a window a little longer than the block, for each of a few candidate places.
# Linear in the quote; quadratic code exceeds it by orders of magnitude at 20,000 characters.
CELLS_PER_CHARACTER = 40_000
ALPHABET = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)] + list("，。、；：「」？！")


class TooMuchWork(Exception):
    pass


class Work:
    """Counts the cells of RapidFuzz's alignments while installed; raises past ``budget``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, budget: float) -> None:
        self.cells = 0
        self.budget = budget
        for module in (
            rapidfuzz.distance.Levenshtein,
            rapidfuzz.distance.LCSseq,
            rapidfuzz.distance.Indel,
        ):
            for name in ("distance", "similarity", "normalized_similarity", "editops", "opcodes"):
                monkeypatch.setattr(module, name, self._charged(getattr(module, name)))
        for name in ("ratio", "partial_ratio"):
            monkeypatch.setattr(rapidfuzz.fuzz, name, self._charged(getattr(rapidfuzz.fuzz, name)))
        monkeypatch.setattr(
            rapidfuzz.fuzz,
            "partial_ratio_alignment",
            self._charged(rapidfuzz.fuzz.partial_ratio_alignment, sliding=True),
        )

    def _charged(self, function, sliding: bool = False):
        def charged(a, b, *args, **kwargs):
            short, long = sorted((len(a), len(b)))
            cells = short * long
            if sliding:
                cells = short * short * (long - short + 1)
            self.cells += cells
            if self.cells > self.budget:
                raise TooMuchWork(f"{self.cells:,} cells > budget {self.budget:,.0f}")
            return function(a, b, *args, **kwargs)

        return charged


def random_text(size: int, seed: int) -> str:
    return "".join(random.Random(seed).choices(ALPHABET, k=size))


def edited(passage: str, rng: random.Random, edits: int) -> str:
    """``passage`` with ``edits`` small insertions, deletions and substitutions inside it."""
    chars = list(passage)
    for _ in range(edits):
        at = rng.randrange(8, len(chars) - 8)  # inside: the passage's ends stay put
        kind = rng.choice(("insert", "delete", "substitute"))
        size = rng.randint(1, 3)
        if kind == "insert":
            chars[at:at] = rng.choices(ALPHABET, k=size)
        elif kind == "delete":
            del chars[at : at + size]
        else:
            chars[at : at + size] = rng.choices(ALPHABET, k=size)
    return "".join(chars)


BOOK = random_text(1_000_000, seed=1)  # 1 MB-scale text (a million characters)


def reanchor(monkeypatch, text, target, budget):
    work = Work(monkeypatch, budget)
    found = anchor(text, target, "changed")
    monkeypatch.undo()
    return found, work.cells


def long_case(size: int, seed: int, edits: int = 6):
    """A passage of ``size`` at 400,000 in BOOK, then edited inside and shifted by 37."""
    rng = random.Random(seed)
    start = 400_000
    target = make_target("/book.txt", "old", BOOK, start, start + size)
    passage = edited(BOOK[start : start + size], rng, edits)
    text = BOOK[:1000] + "插入" * 20 + BOOK[1003:start] + passage + BOOK[start + size :]
    new_start = start + 37
    return text, target, new_start, new_start + len(passage)


def test_a_long_edited_passage_is_found_with_linear_work(monkeypatch):
    text, target, start, end = long_case(20_000, seed=2)
    found, _ = reanchor(monkeypatch, text, target, CELLS_PER_CHARACTER * 20_000)
    assert found.status is AnchorStatus.MOVED
    assert abs(found.start - start) <= 2 and abs(found.end - end) <= 2


def test_a_removed_long_passage_is_orphaned_with_linear_work(monkeypatch):
    start, size = 400_000, 20_000
    target = make_target("/book.txt", "old", BOOK, start, start + size)
    text = BOOK[:start] + BOOK[start + size :]
    found, _ = reanchor(monkeypatch, text, target, CELLS_PER_CHARACTER * size)
    assert found.status is AnchorStatus.ORPHANED and found.start is None


def test_the_work_grows_linearly_with_the_passage(monkeypatch):
    cells = {}
    for size in (5_000, 20_000):
        text, target, start, _ = long_case(size, seed=size)
        found, cells[size] = reanchor(monkeypatch, text, target, CELLS_PER_CHARACTER * size)
        assert abs(found.start - start) <= 2
    assert cells[20_000] / cells[5_000] < 4 * 1.5  # 4× the characters: ~4× the work


def test_a_long_passage_with_a_fifth_of_its_characters_changed_is_found(monkeypatch):
    """As after a script conversion, which changes many characters but keeps the places."""
    start, size = 300_000, 20_000
    target = make_target("/book.txt", "old", BOOK, start, start + size)
    rng = random.Random(5)
    passage = "".join(rng.choice(ALPHABET) if rng.random() < 0.2 else c for c in target.exact)
    text = BOOK[:start] + passage + BOOK[start + size :]
    found, _ = reanchor(monkeypatch, text, target, CELLS_PER_CHARACTER * size)
    assert found.status is AnchorStatus.MOVED
    assert abs(found.start - start) <= 2 and abs(found.end - (start + size)) <= 2


def test_a_long_passage_in_repetitive_text_keeps_its_length(monkeypatch):
    """A chant repeated page after page: the alignment must not slide block by block."""
    chant = "南無阿彌陀佛，"
    text = "".join(f"第{n}回。" + chant * 400 for n in range(150))  # ~420,000 characters
    start, size = 100_003, 20_000
    target = make_target("/book.txt", "old", text, start, start + size)
    changed = text[: start + 5000] + "如來" + text[start + 5000 :]  # an edit inside it
    found, _ = reanchor(monkeypatch, changed, target, CELLS_PER_CHARACTER * size)
    assert found.status is AnchorStatus.MOVED
    assert abs(found.start - start) <= len(chant)
    assert abs((found.end - found.start) - (size + 2)) <= len(chant)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    size=st.integers(min_value=1_100, max_value=12_000),
    place=st.integers(min_value=0, max_value=len(BOOK) - 12_000),
    shift=st.integers(min_value=-500, max_value=500),
    edits=st.integers(min_value=0, max_value=10),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_long_passages_with_small_edits_land_where_they_are(
    monkeypatch, size, place, shift, edits, seed
):
    target = make_target("/book.txt", "old", BOOK, place, place + size)
    passage = edited(target.exact, random.Random(seed), edits)
    before = BOOK[:place]
    if shift > 0:  # text added before the passage
        before = before[: max(0, place - 2000)] + "增" * shift + before[max(0, place - 2000) :]
    elif shift < 0:  # text removed before it
        cut = max(0, place - 2000)
        before = before[:cut] + before[cut - shift :]
    text = before + passage + BOOK[place + size :]
    start, end = len(before), len(before) + len(passage)
    found, _ = reanchor(monkeypatch, text, target, CELLS_PER_CHARACTER * size)
    assert found.status is not AnchorStatus.ORPHANED
    assert abs(found.start - start) <= 3 and abs(found.end - end) <= 3


@pytest.mark.slow
def test_journey_to_the_west_converted_to_simplified(monkeypatch):
    """The reported case: a note made on the Traditional 西遊記, the file then converted."""
    from reader.core.text.document import load_document
    from reader.core.text.opencc_engine import get_engine

    book = load_document(corpus_file("xiyouji_trad_wikisource.txt")).text
    simplified = get_engine().convert("t2s", book)
    assert len(simplified) == len(book)  # t2s keeps every place here
    for start, size in ((300_000, 5_000), (300_000, 20_000)):
        target = make_target("/xiyouji.txt", "old", book, start, start + size)
        found, _ = reanchor(monkeypatch, simplified, target, CELLS_PER_CHARACTER * size)
        assert found.status is AnchorStatus.MOVED
        assert abs(found.start - start) <= 2 and abs(found.end - (start + size)) <= 2
        gone = simplified[: start - 100] + simplified[start + size + 100 :]
        found, _ = reanchor(monkeypatch, gone, target, CELLS_PER_CHARACTER * size)
        assert found.status is AnchorStatus.ORPHANED
