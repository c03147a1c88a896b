"""The flat tables books are converted with answer exactly as opencc-py's own matching."""

from __future__ import annotations

import random

import pytest

from reader.core.text.opencc_engine import _PureTracker, get_engine
from reader.core.text.opencc_tables import Group, Table

# Every config a pane or the comparison converts with.
CONFIGS = ("t2s", "tw2sp", "tw2s", "hk2s", "s2t", "s2tw", "s2twp", "s2hk", "t2tw")


def _fields(mapping) -> tuple:
    return mapping.source_length, mapping.target_length, mapping.atoms


def _keys_of(group: Group, generator: random.Random, count: int) -> list[str]:
    keys = [key for table in group.tables for key in table.values]
    return generator.sample(keys, min(count, len(keys)))


@pytest.mark.parametrize("config", CONFIGS)
def test_text_made_of_dictionary_keys_converts_and_maps_as_opencc_py_does(config: str) -> None:
    """Keys back to back, keys cut short at the end of a line or of the text, and other
    characters between: where longest matches compete, and where a match could run past
    the end of a piece."""
    engine = get_engine()
    converter = engine.converter(config)
    compiled = engine.compiled(config)
    assert compiled is not None
    generator = random.Random(config)
    pieces: list[str] = []
    for group in (*compiled.normalization, *compiled.chain):
        pieces += _keys_of(group, generator, 400)
    pieces += [key[: max(1, len(key) - 1)] for key in pieces if len(key) > 1]  # cut short
    pieces += list("的了是在，。「」\\n abc123𠀋")
    for _ in range(40):
        text = "".join(generator.choices(pieces, k=generator.randint(0, 120)))
        expected = converter.convert(text)
        slow = _PureTracker(engine._pure, converter).convert(text)
        fast = _PureTracker(engine._pure, converter, compiled).convert(text)
        assert fast[0] == slow[0] == expected
        assert _fields(fast[1]) == _fields(slow[1])


def test_a_match_never_runs_past_the_end_of_the_text() -> None:
    """沈吟 is a key of 沈吟良久's dictionary: at the end of a piece the slice for the
    longer key is cut short and equals it, which must not count as the longer match."""
    table = Table([("沈吟良久", "沉吟良久"), ("沈吟", "沉吟")])
    assert table.match("布沈吟", 1) == (2, "沉吟")
    assert Group([table]).convert("布沈吟") == ("布沉吟", None)


def test_short_circuit_and_union_groups_choose_as_opencc_does() -> None:
    phrases = Table([("ABC", "x"), ("AB", "yy")])
    characters = Table([("A", "a"), ("B", "b"), ("C", "c"), ("D", "dd")])
    first_wins = Group([phrases, characters])
    assert first_wins.convert("ABCABD") == ("xyydd", [(0, 3, 1), (5, 1, 2)])
    assert first_wins.segment("ABCABDQQ") == ["ABC", "AB", "D", "QQ"]
    union = Group([Table([("AB", "1"), ("ABC", "2")])], union=True)
    assert union.match("ABC", 0) == (3, "2")
