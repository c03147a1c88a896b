"""Tests never depend on wall-clock gaps for correctness: no fixed waits or sleeps.

They wait for a condition instead (``qtbot.waitUntil``, ``settle`` in tests/ui/conftest.py,
which waits until the window is idle); a loop that polls a condition may pause between
polls (``time.sleep`` inside a ``while`` with a deadline), nothing else may.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent


def _fixed_waits(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    polling: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.While):
            polling |= {id(inner) for inner in ast.walk(node)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = node.func.value
        name = owner.id if isinstance(owner, ast.Name) else ""
        call = f"{name}.{node.func.attr}"
        if call in ("qtbot.wait", "QTest.qWait") or (
            call == "time.sleep" and id(node) not in polling
        ):
            found.append(f"{path.relative_to(TESTS)}:{node.lineno}: {call}")
    return found


def test_no_test_waits_a_fixed_time():
    found = [hit for path in sorted(TESTS.rglob("*.py")) for hit in _fixed_waits(path)]
    assert found == [], "fixed waits instead of conditions:\n" + "\n".join(found)


def test_the_guard_finds_a_fixed_wait(tmp_path):
    sample = TESTS / "_sample_for_the_guard.py"
    try:
        sample.write_text("def test(qtbot):\n    qtbot.wait(100)\n", encoding="utf-8")
        assert _fixed_waits(sample) == ["_sample_for_the_guard.py:2: qtbot.wait"]
    finally:
        sample.unlink()
