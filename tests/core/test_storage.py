"""Atomic writes leave the old file or the new one, and never a temporary behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import StorageError
from reader.core.storage import atomic_write_text, set_aside


def test_atomic_write_replaces_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.json"
    atomic_write_text(target, "一")
    atomic_write_text(target, "二")
    assert target.read_text(encoding="utf-8") == "二"
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    atomic_write_text(target, "old")
    target.parent.chmod(0o500)
    try:
        if target.parent.stat().st_mode & 0o200:
            pytest.skip("cannot make the folder read-only here")
        import os

        if os.geteuid() == 0:
            pytest.skip("root can write into read-only folders")
        with pytest.raises(StorageError, match="Could not save"):
            atomic_write_text(target, "new")
    finally:
        target.parent.chmod(0o700)
    assert target.read_text() == "old"


def test_set_aside_never_clobbers(tmp_path: Path) -> None:
    first = tmp_path / "x.json"
    first.write_text("a")
    kept_a = set_aside(first)
    first.write_text("b")
    kept_b = set_aside(first)
    assert kept_a != kept_b
    assert {kept_a.read_text(), kept_b.read_text()} == {"a", "b"}
