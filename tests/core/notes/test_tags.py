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


# -- the rules the window's commands use (one place: reader.core.notes.annotations) --------


def test_rename_tag_everywhere_merges_and_skips_notes_without_the_tag():
    from reader.core.notes.annotations import rename_tag_everywhere

    a, b, c = _note(["芯片", "出口"]), _note(["晶片"]), _note(["其他"])
    changes = rename_tag_everywhere([a, b, c], ["芯片", "晶片"], "半导体")
    assert [before for before, _after in changes] == [a, b]
    assert [after.tags for _before, after in changes] == [("半导体", "出口"), ("半导体",)]


def test_recolour_tag_everywhere_changes_only_what_differs():
    from reader.core.notes.annotations import recolour_tag_everywhere

    a, b = _note(["芯片"]), replace(_note(["芯片"]), colour="blue")
    changes = recolour_tag_everywhere([a, b, _note(["其他"])], "芯片", "blue")
    assert [before for before, _after in changes] == [a]
    assert changes[0][1].colour == "blue"


def test_merge_newest_keeps_the_later_version_of_each_note():
    from reader.core.notes.annotations import merge_newest

    old = _note(["芯片"])
    new = replace(old.edited(note="later"), modified="2999-01-01T00:00:00Z")
    other = _note(["其他"])
    merged = merge_newest([new, other, old])
    assert merged[old.id] is new and merged[other.id] is other
    assert list(merged) == [old.id, other.id]


def test_trim_passage_drops_line_breaks_at_the_ends_only():
    from reader.core.notes.annotations import trim_passage

    text = "第一段\r\n\n第二段\n"
    assert trim_passage(text, 0, 6) == (0, 3)
    assert trim_passage(text, 3, 10) == (6, 9)
    assert trim_passage(text, 3, 5) is None
    assert trim_passage(text, -4, 99) == (0, 9)
