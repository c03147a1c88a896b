"""Hostile files through the command line, as a tester attacks it (issue 11): every command
names a notes file it set aside, refuses special files, handles names that are not UTF-8,
and answers with a sentence, never a traceback or a hang."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.conftest import TRAD_ARTICLE, duidu

QUICK = 60  # seconds: a hang fails the test instead of the suite


def _stderr(result) -> str:
    text = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    return text


def _annotated_copy(tmp_path: Path, data: Path, name: str = "article.txt") -> Path:
    doc = tmp_path / name
    doc.write_bytes(TRAD_ARTICLE.read_bytes())
    added = duidu("--data-dir", str(data), "notes", "add", str(doc), "--quote", "英伟达")
    assert added.returncode == 0, _stderr(added)
    return doc


def _notes_file(data: Path) -> Path:
    [file] = [p for p in (data / "annotations").glob("*.json") if p.name != "index.json"]
    return file


@pytest.mark.parametrize(
    ("command", "fails"),
    [
        (("notes", "list"), False),
        (("export",), True),
        (("export", "--format", "json"), True),
        (("notes", "rm", "0000"), True),  # no such id: exits 1 anyway, and still tells
    ],
)
def test_every_command_says_which_notes_file_it_set_aside(tmp_path, command, fails):
    data = tmp_path / "data"
    _annotated_copy(tmp_path, data)
    file = _notes_file(data)
    file.write_text('{"type": "AnnotationCollection", "first": {"items": {}}}')
    result = duidu("--data-dir", str(data), *command, timeout=QUICK)
    err = _stderr(result)
    assert file.name in err and "could not be read" in err and "kept as" in err
    assert (result.returncode != 0) is fails, err
    again = duidu("--data-dir", str(data), *command, timeout=QUICK)
    assert file.name not in _stderr(again)  # set aside once, never twice
    assert len(list(file.parent.glob("*.unreadable-*"))) == 1


def test_an_import_that_finds_an_unreadable_file_says_so_and_fails(tmp_path):
    data = tmp_path / "data"
    doc = _annotated_copy(tmp_path, data)
    exported = tmp_path / "notes.json"
    made = duidu("--data-dir", str(data), "export", "--format", "json", "-o", str(exported))
    assert made.returncode == 0, _stderr(made)
    _notes_file(data).write_text("[1")
    result = duidu("--data-dir", str(data), "import", str(exported), timeout=QUICK)
    err = _stderr(result)
    assert result.returncode == 1 and "could not be read" in err and "Imported 1 new" in err
    listed = duidu("--data-dir", str(data), "notes", "list", str(doc), "--json")
    assert len(json.loads(listed.stdout)) == 1  # the import's copy is there


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_document_that_became_a_fifo_or_a_device_is_refused_at_once(tmp_path):
    data = tmp_path / "data"
    doc = _annotated_copy(tmp_path, data)
    doc.unlink()
    os.mkfifo(doc)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    for args in (
        ("notes", "list"),
        ("notes", "list", str(doc)),
        ("export",),
        ("topics", str(doc), str(TRAD_ARTICLE)),
        ("convert", str(doc), "--to", "hans"),
        ("convert", str(zero), "--to", "hans"),
        ("topics", str(zero), str(TRAD_ARTICLE)),
        ("notes", "add", str(zero), "--quote", "x"),
    ):
        result = duidu("--data-dir", str(data), *args, timeout=QUICK)
        err = _stderr(result)
        if args[0] in ("convert", "topics") or len(args) > 2:
            assert result.returncode == 1 and "not a regular file" in err, (args, err)


def test_deep_json_from_a_sync_tool_breaks_no_command(tmp_path):
    data = tmp_path / "data"
    folder = data / "annotations"
    folder.mkdir(parents=True)
    (folder / "fromsync.json").write_text("[" * 100_000 + "]" * 100_000)
    doc = _annotated_copy(tmp_path, data)
    for args in (("notes", "list"), ("export",), ("notes", "list", str(doc))):
        result = duidu("--data-dir", str(data), *args, timeout=QUICK)
        assert result.returncode == 0, _stderr(result)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_a_gbk_file_name_works_in_every_notes_command(tmp_path):
    data = tmp_path / "data"
    name = "英伟达报道.txt".encode("gbk")
    doc = os.path.join(os.fsencode(tmp_path), name)
    with open(doc, "wb") as handle:
        handle.write(TRAD_ARTICLE.read_bytes())
    run = [b"--data-dir", os.fsencode(data)]
    added = duidu(
        *run, b"notes", b"add", doc, b"--quote", "英伟达".encode(), b"--note", "注".encode()
    )
    assert added.returncode == 0, _stderr(added)
    for args in (
        (b"notes", b"list"),
        (b"notes", b"list", doc, b"--json"),
        (b"export",),
        (b"export", b"--format", b"json"),
        (b"export", doc),
    ):
        result = duidu(*run, *args, timeout=QUICK)
        assert result.returncode == 0, (args, _stderr(result))
        assert "英偉達".encode() in result.stdout or b"\xe6\xb3\xa8" in result.stdout
    [row] = json.loads(duidu(*run, b"notes", b"list", doc, b"--json").stdout)
    assert row["document"].endswith(".txt") and "\ufffd" in row["document"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX arguments are bytes")
@pytest.mark.parametrize("option", [b"--note", b"--tag", b"--quote"])
def test_an_argument_that_is_not_utf8_is_a_sentence(tmp_path, option):
    data = tmp_path / "data"
    doc = tmp_path / "a.txt"
    doc.write_bytes(TRAD_ARTICLE.read_bytes())
    args = [b"--quote", "英伟达".encode()] if option != b"--quote" else []
    result = duidu(
        b"--data-dir",
        os.fsencode(data),
        b"notes",
        b"add",
        os.fsencode(doc),
        *args,
        option,
        "笔记".encode("gbk"),
    )
    err = _stderr(result)
    assert result.returncode == 1 and "is not valid UTF-8 text" in err
    assert not (data / "annotations").exists() or not list((data / "annotations").glob("[0-9a-f]*"))


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"type": "AnnotationCollection", "first": [1]}',
        '{"type": "AnnotationCollection", "first": {"items": {}}}',
        '[{"type": "Annotation", "id": "x", "start": Infinity}]',
        json.dumps([{"type": "Annotation", "id": "x", "target": {"source": {"sha256": "a\x00"}}}]),
    ],
)
def test_a_hostile_import_file_is_a_sentence_and_changes_nothing(tmp_path, content):
    data = tmp_path / "data"
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    result = duidu("--data-dir", str(data), "import", str(source), timeout=QUICK)
    err = _stderr(result)
    assert result.returncode == 1 and "othing was imported" in err
    assert not (data / "annotations").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_importing_a_fifo_is_refused(tmp_path):
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)
    result = duidu("import", str(fifo), timeout=QUICK)
    assert result.returncode == 1 and "not a regular file" in _stderr(result)


def test_export_keeps_the_mode_and_never_makes_a_folder(tmp_path):
    data = tmp_path / "data"
    _annotated_copy(tmp_path, data)
    out = tmp_path / "notes.md"
    out.write_text("old")
    out.chmod(0o644)
    link = tmp_path / "link.md"
    os.link(out, link)
    result = duidu("--data-dir", str(data), "export", "-o", str(out), "--force")
    assert result.returncode == 0, _stderr(result)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644 and "英偉達" in out.read_text()
    missing = tmp_path / "missing" / "notes.md"
    result = duidu("--data-dir", str(data), "export", "-o", str(missing))
    assert result.returncode == 1 and "does not exist" in _stderr(result)
    assert not missing.parent.exists()
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.md"
        os.mkfifo(fifo)
        result = duidu("--data-dir", str(data), "export", "-o", str(fifo), "--force")
        assert result.returncode == 1 and "not a regular file" in _stderr(result)
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
