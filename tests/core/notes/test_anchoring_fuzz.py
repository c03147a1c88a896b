"""A small version of the re-anchoring fuzz (benchmarks/bench_reanchoring_fuzz.py) as a
property: after random edits of the bundled article, a note whose passage survived is never
found anywhere else, and one whose passage and context both survived is always found."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.fuzz_edits import convert_script, edit, note_spans, survived
from reader.core.notes.anchoring import anchor_many
from reader.core.notes.annotations import CONTEXT_CHARS, make_target
from reader.core.text.document import load_document

ARTICLE = Path(__file__).resolve().parents[3] / "resources" / "articles"
TEXT = load_document(ARTICLE / "nvidia-days-are-hard.trad.txt").text


# The same forty examples on every run: exploring new ones at random made the suite fail
# now and then on a miss since fixed (below), and CI must not depend on the luck of the draw.
@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    share=st.floats(min_value=0.002, max_value=0.10),
    moves=st.integers(min_value=0, max_value=2),
    convert=st.booleans(),
)
def test_survivors_are_never_misplaced(seed, share, moves, convert):
    check_survivors(seed, share, moves, convert)


def test_a_short_passage_whose_paragraph_moved_is_not_put_at_its_old_place():
    """Once a miss (issue 15): 生態, whose paragraph moved and whose context was edited, went
    to the 生態 that its own suffix holds, now at its old place. Its context says that one is
    the copy (anchoring._copy_in_context), so the note is orphaned instead."""
    check_survivors(seed=927, share=0.05859375, moves=1, convert=False)


def check_survivors(seed: int, share: float, moves: int, convert: bool) -> None:
    rng = random.Random(seed)
    spans = note_spans(TEXT, rng, 25)
    targets = [make_target("/a.txt", "old", TEXT, s, e) for s, e in spans]
    edited = edit(TEXT, rng, share, moves)
    if convert:
        edited = convert_script(edited, "t2s")
    where = edited.where(len(TEXT))
    for (start, end), found in zip(spans, anchor_many(edited.text, targets, "new"), strict=True):
        truth = survived(where, start, end)
        if truth is None:
            continue
        span = None if found.start is None else (found.start, found.end)
        assert span in (truth, None), (TEXT[start:end], truth, span, edited.description)
        with_context = survived(
            where, max(0, start - CONTEXT_CHARS), min(len(TEXT), end + CONTEXT_CHARS)
        )
        if with_context is not None:
            assert span == truth, (TEXT[start:end], truth, edited.description)
