"""Tag rules the window and the CLI share: renaming and merging live in the core."""

from __future__ import annotations

from dataclasses import replace

from reader.core.notes.annotations import make_target, new_annotation, newest, renamed_tags

TEXT = "英伟达今天发布了新的芯片。"


def _note(tags: list[str]):
    return new_annotation([make_target("/tmp/a.txt", "a" * 64, TEXT, 0, 3)], tags=tags)


def test_renaming_a_tag_keeps_its_place_and_merging_leaves_one():
    note = _note(["claim", "公司", "open question"])
    assert renamed_tags(note, ["公司"], "企业").tags == ("claim", "企业", "open question")
    merged = renamed_tags(note, ["claim", "open question"], "  to   check ")
    assert merged.tags == ("to check", "公司")
    assert renamed_tags(note, ["claim"], "公司").tags == ("公司", "open question")
    assert renamed_tags(note, ["absent"], "x") is None
    assert merged.id == note.id and merged.note == note.note


def test_the_newest_version_wins_and_a_tie_keeps_the_known_one():
    old = replace(_note(["a"]), modified="2026-01-01T00:00:00.000Z")
    new = replace(old, note="later", modified="2026-01-01T00:00:00.001Z")
    assert newest(None, old) is old
    assert newest(old, new) is new and newest(new, old) is new
    twin = replace(old, note="same moment")
    assert newest(old, twin) is old
