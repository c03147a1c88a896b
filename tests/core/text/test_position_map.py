"""The position map: exact between original and shown text, in every display script."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.conversion import convert_text
from reader.core.text.document import load_document
from reader.core.text.opencc_engine import get_engine
from reader.core.text.position_map import MapBuilder, PositionMap
from reader.core.text.scripts import Script, ScriptMode, conversion_chain
from reader.core.text.vocabulary import Vocabulary
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE, corpus_file

MODES = [mode for mode in ScriptMode if mode is not ScriptMode.ORIGINAL]


def test_phrase_that_changes_length_maps_as_one_unit() -> None:
    text = "把内存插好"
    conversion = convert_text(get_engine(), text, ScriptMode.TWP, Script.SIMPLIFIED)
    assert conversion.text == "把記憶體插好"
    mapping = conversion.map
    # Selecting 憶 alone in the shown text means the whole of 内存 in the original.
    assert mapping.span_to_source(2, 3) == (1, 3)
    assert mapping.span_to_target(1, 3) == (1, 4)
    assert mapping.span_to_target(3, 5) == (4, 6)  # 插好 after the longer phrase
    assert mapping.span_to_source(4, 6) == (3, 5)
    assert mapping.span_to_target(0, 1) == (0, 1)


def test_regional_phrases_shown_for_taiwan() -> None:
    text = "芯片、硅谷和内存"
    shown = convert_text(get_engine(), text, ScriptMode.TWP, Script.SIMPLIFIED).text
    assert shown == "晶片、矽谷和記憶體"


def sample_texts() -> list[tuple[str, str, Script]]:
    books = [
        (
            "xiyouji",
            load_document(corpus_file("xiyouji_trad_wikisource.txt")).text[:60_000],
            Script.TRADITIONAL,
        ),
        (
            "zuozhuan",
            load_document(corpus_file("zuozhuan_simp_opencc.txt")).text[:60_000],
            Script.SIMPLIFIED,
        ),
    ]
    articles = [
        ("trad-article", load_document(TRAD_ARTICLE).text, Script.TRADITIONAL),
        ("simp-article", load_document(SIMP_ARTICLE).text, Script.SIMPLIFIED),
    ]
    return books + articles


@pytest.mark.parametrize("mode", MODES, ids=[m.value for m in MODES])
def test_random_spans_round_trip_on_corpus(mode: ScriptMode) -> None:
    engine = get_engine()
    rng = random.Random(f"duidu-{mode.value}")
    for name, text, source in sample_texts():
        conversion = convert_text(engine, text, mode, source, Vocabulary.default())
        shown, mapping = conversion.text, conversion.map
        assert (mapping.source_length, mapping.target_length) == (len(text), len(shown)), name
        # Newlines never move relative to each other: line N is line N in every script.
        assert shown.count("\n") == text.count("\n")
        for index, char in enumerate(text):
            if char == "\n":
                assert shown[mapping.to_target(index)] == "\n", (name, index)
        single_config = len(conversion_chain(mode, source)) == 1
        agree = total = 0
        for _ in range(400):
            a = rng.randrange(len(shown))
            b = min(len(shown), a + rng.randrange(1, 40))
            start, end = mapping.span_to_source(a, b)
            assert 0 <= start < end <= len(text)
            a2, b2 = mapping.span_to_target(start, end)
            assert a2 <= a and b2 >= b, (name, a, b)
            # The expanded span is stable: mapping it again gives the same characters.
            assert mapping.span_to_source(a2, b2) == (start, end)
            assert mapping.span_to_target(start, end) == (a2, b2)
            if single_config:
                # Converting exactly those original characters gives the shown ones,
                # except where OpenCC's segmentation depends on the text around them.
                total += 1
                piece = convert_text(engine, text[start:end], mode, source, Vocabulary.default())
                agree += piece.text == shown[a2:b2]
        if total:
            assert agree / total >= 0.97, (name, agree, total)
        for s0, s1, d0, d1 in mapping.atoms:
            assert s1 - s0 != d1 - d0 or (s1 - s0, d1 - d0) != (0, 0)
            assert "\n" not in text[s0:s1] and "\n" not in shown[d0:d1]


def test_atoms_of_one_config_are_phrases_opencc_converts_alone() -> None:
    engine = get_engine()
    text = (
        load_document(SIMP_ARTICLE).text
        + load_document(corpus_file("zuozhuan_simp_opencc.txt")).text[:30_000]
    )
    shown, mapping = engine.convert_mapped("s2twp", text)
    assert len(mapping) > 0
    for s0, s1, d0, d1 in mapping.atoms:
        assert engine.convert("s2twp", text[s0:s1]) == shown[d0:d1]


@st.composite
def random_map(draw: st.DrawFn, source_length: int | None = None) -> PositionMap:
    builder = MapBuilder()
    remaining = source_length if source_length is not None else draw(st.integers(0, 60))
    while remaining > 0:
        take = draw(st.integers(1, min(remaining, 4)))
        if draw(st.booleans()):
            builder.linear(take)
        else:
            builder.atom(take, draw(st.integers(1, 5)))
        remaining -= take
    return builder.build()


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_composed_map_contains_every_step(data: st.DataObject) -> None:
    first = data.draw(random_map())
    second = data.draw(random_map(first.target_length))
    composed = first.then(second)
    assert composed.source_length == first.source_length
    assert composed.target_length == second.target_length
    for position in range(first.source_length + 1):
        middle = first.to_target(position)
        through = second.to_target(middle)
        assert composed.to_target(position) <= through <= composed.to_target(position, end=True)
    for start in range(first.source_length):
        for end in range(start + 1, first.source_length + 1):
            m0, m1 = first.span_to_target(start, end)
            t0, t1 = second.span_to_target(m0, m1)
            c0, c1 = composed.span_to_target(start, end)
            assert c0 <= t0 and c1 >= t1


def test_identity_map() -> None:
    mapping = PositionMap.identity(10)
    assert mapping.span_to_target(3, 7) == (3, 7)
    assert mapping.span_to_source(0, 10) == (0, 10)
    assert len(mapping) == 0
