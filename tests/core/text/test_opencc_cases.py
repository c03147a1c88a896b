"""OpenCC's own 543 test cases, run through our adapter (plain and with position maps)."""

from __future__ import annotations

import json
import re

import pytest

from reader.core.text.opencc_engine import get_engine
from tests.conftest import PEER, needs_shared, peer_file

CASES_FILE = PEER / "opencc-testcases" / "testcases.json"
needs_cases = needs_shared(CASES_FILE)


def load_cases() -> list[tuple[str, str, str, str]]:
    if not CASES_FILE.is_file():
        return []
    # The file as OpenCC commits it has a trailing comma; strip it without editing the file.
    text = re.sub(r",(\s*[}\]])", r"\1", CASES_FILE.read_text(encoding="utf-8"))
    cases = []
    for case in json.loads(text)["cases"]:
        for config, expected in case["expected"].items():
            cases.append((case["id"], config, case["input"], expected))
    return cases


CASES = load_cases()


def test_all_543_cases_are_present() -> None:
    peer_file("opencc-testcases/testcases.json")
    assert len(CASES) == 543


@needs_cases  # without the file there are no cases: one skip that says why, not an empty set
@pytest.mark.parametrize(
    ("case_id", "config", "text", "expected"),
    CASES or [("missing", "s2t", "", "")],
    ids=[f"{c[0]}-{c[1]}" for c in CASES] or ["missing"],
)
def test_opencc_case(case_id: str, config: str, text: str, expected: str, monkeypatch) -> None:
    from reader.core.text import opencc_engine

    engine = get_engine()
    assert engine.convert(config, text) == expected
    converted, mapping = engine.convert_mapped(config, text)
    assert converted == expected
    assert (mapping.source_length, mapping.target_length) == (len(text), len(expected))
    # The flat tables a book is converted with give the same text and map.
    monkeypatch.setattr(opencc_engine, "FLAT_ABOVE", -1)
    flat, flat_map = engine.convert_mapped(config, text)
    assert flat == converted
    assert (flat_map.source_length, flat_map.target_length, flat_map.atoms) == (
        mapping.source_length,
        mapping.target_length,
        mapping.atoms,
    )


def test_engine_reports_which_package_it_uses() -> None:
    info = get_engine().info
    assert info.package == "opencc-py"
    assert info.exact_maps
    assert "opencc-py" in info.describe()


def test_unknown_config_is_a_sentence() -> None:
    from reader.core.errors import EngineError

    with pytest.raises(EngineError, match="no configuration named “nonsense”"):
        get_engine().converter("nonsense")
