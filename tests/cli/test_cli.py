"""The ``duidu`` command, run as a person runs it: in a subprocess, without a display."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE, duidu


def test_convert_file_to_taiwan_phrases() -> None:
    result = duidu("convert", str(SIMP_ARTICLE), "--to", "twp")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert out.startswith("四個月兩次到訪")
    assert "晶片" in out and "芯片" not in out
    assert out.count("\n") == SIMP_ARTICLE.read_text(encoding="utf-8").count("\n")


def test_convert_stdin_with_every_mode() -> None:
    expected = {
        "hans": "华为昇腾芯片",
        "hant": "華爲昇騰芯片",
        "tw": "華為昇騰芯片",
        "twp": "華為昇騰晶片",
        "hk": "華為昇騰芯片",
    }
    for mode, text in expected.items():
        result = duidu("convert", "-", "--to", mode, stdin="华为昇腾芯片".encode())
        assert result.returncode == 0, result.stderr
        assert result.stdout.decode("utf-8") == text, mode


@pytest.mark.parametrize(
    ("config", "text", "expected"),
    [
        ("t2s", "英偉達", "英伟达"),
        ("s2t", "英伟达", "英偉達"),
        ("s2twp", "内存", "記憶體"),
        ("tw2sp", "記憶體", "内存"),
        ("t2hk", "爲着裏", "為着裏"),
        ("t2tw", "爲着裏", "為著裡"),
    ],
)
def test_convert_with_any_opencc_config(config: str, text: str, expected: str) -> None:
    result = duidu("convert", "--config", config, stdin=text.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == expected


def test_convert_reads_legacy_encodings(tmp_path: Path) -> None:
    source = tmp_path / "big5.txt"
    source.write_bytes("英偉達的晶片".encode("big5"))
    result = duidu("convert", str(source), "--to", "hans")
    assert result.stdout.decode("utf-8") == "英伟达的芯片"


def test_user_vocabulary_applies_and_data_dir_moves_it(tmp_path: Path) -> None:
    data = tmp_path / "mydata"
    data.mkdir()
    (data / "vocabulary.json").write_text(
        '{"format": 1, "entries": [{"word": "英伟达", "replacement": "NVIDIA", "modes": []}]}',
        encoding="utf-8",
    )
    with_vocabulary = duidu(
        "--data-dir", str(data), "convert", "--to", "hant", stdin="英伟达".encode()
    )
    assert with_vocabulary.stdout.decode("utf-8") == "NVIDIA"
    via_env = duidu(
        "convert", "--to", "hant", stdin="英伟达".encode(), env={"DUIDU_DATA_DIR": str(data)}
    )
    assert via_env.stdout.decode("utf-8") == "NVIDIA"
    without = duidu(
        "convert",
        "--to",
        "hant",
        "--no-vocabulary",
        "--data-dir",
        str(data),
        stdin="英伟达".encode(),
    )
    assert without.stdout.decode("utf-8") == "英偉達"


@pytest.mark.parametrize(
    "args",
    [
        ("convert", "/nonexistent/file.txt", "--to", "hans"),
        ("convert", "--config", "nonsense"),
        ("convert", ".", "--to", "hans"),
    ],
)
def test_errors_are_one_line_and_nonzero(args: tuple[str, ...]) -> None:
    result = duidu(*args, stdin=b"abc")
    assert result.returncode != 0
    message = result.stderr.decode("utf-8").strip()
    assert message.startswith("duidu: ") and "\n" not in message
    assert "Traceback" not in message


def test_binary_file_is_refused(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = duidu("convert", str(binary), "--to", "hans")
    assert result.returncode == 1
    assert "binary" in result.stderr.decode()


def test_version_names_the_engine() -> None:
    result = duidu("--version")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.startswith("duidu ")
    assert "OpenCC engine: opencc-py" in out
    assert "Qt 6." in out


def test_screenshot_of_default_pair(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = duidu("--data-dir", str(tmp_path / "d"), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    # The toolbar's icons are drawn (they come after the topics; a screenshot taken as the
    # topics arrived showed blank buttons): dark strokes in the toolbar's band, where blank
    # buttons leave a dozen pixels of a drop-down arrow.
    toolbar = [(x, y) for y in range(24, 52) for x in range(image.width() // 2)]
    assert sum(image.pixelColor(x, y).value() < 110 for x, y in toolbar) > 500


def test_a_crash_of_the_window_leaves_the_python_stack_on_stderr(tmp_path: Path) -> None:
    """The one clue a crash inside Qt leaves (the packaged app ignores PYTHONFAULTHANDLER):
    here the window's start is replaced by a segmentation fault."""
    import subprocess
    import sys

    script = (
        "import os, signal, sys\n"
        "import reader.app\n"
        "def crash(args):\n"
        "    os.kill(os.getpid(), signal.SIGSEGV)\n"
        "reader.app.run_gui = crash\n"
        "from reader.cli import main\n"
        "sys.exit(main(['--data-dir', sys.argv[1]]))\n"
    )
    environment = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}  # no faulthandler
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "Segmentation fault" in done.stderr and "in crash" in done.stderr, done.stderr


def test_screenshot_with_files_and_bad_file(tmp_path: Path) -> None:
    shot = tmp_path / "pair.png"
    ok = duidu(
        "--screenshot",
        str(shot),
        str(SIMP_ARTICLE),
        str(TRAD_ARTICLE),
        env={"DUIDU_DATA_DIR": str(tmp_path / "d")},
    )
    assert ok.returncode == 0, ok.stderr
    assert shot.is_file()
    bad = duidu(
        "--screenshot",
        str(tmp_path / "bad.png"),
        str(SIMP_ARTICLE),
        str(tmp_path / "missing.txt"),
        env={"DUIDU_DATA_DIR": str(tmp_path / "d")},
    )
    assert bad.returncode != 0
    assert "does not exist" in bad.stderr.decode()


def test_notes_add_list_and_rm(tmp_path):
    import json

    from tests.conftest import TRAD_ARTICLE

    data = str(tmp_path / "notes-data")
    added = duidu(
        "--data-dir",
        data,
        "notes",
        "add",
        str(TRAD_ARTICLE),
        "--quote",
        "英伟达",  # Simplified
        "--occurrence",
        "2",
        "--note",
        "**main** company",
        "--tag",
        "claim",
        "--tag",
        "公司",
        "--color",
        "blue",
    )
    assert added.returncode == 0, added.stderr
    note_id = added.stdout.decode().strip()
    listed = duidu("notes", "list", str(TRAD_ARTICLE), "--json", "--data-dir", data)
    [row] = json.loads(listed.stdout)
    text = TRAD_ARTICLE.read_text(encoding="utf-8")
    second = text.index("英偉達", text.index("英偉達") + 1)
    assert row == {
        **row,
        "id": note_id,
        "quote": "英偉達",
        "note": "**main** company",
        "tags": ["claim", "公司"],
        "color": "blue",
        "start": second,
        "end": second + 3,
        "status": "anchored",
    }
    assert row["document"] == str(TRAD_ARTICLE.resolve())
    table = duidu("--data-dir", data, "notes", "list", "--tag", "claim").stdout.decode()
    assert note_id[:8] in table and "#claim" in table
    assert duidu("--data-dir", data, "notes", "list", "--tag", "other").stdout.strip() == (
        b"No annotations."
    )
    removed = duidu("--data-dir", data, "notes", "rm", note_id[:8])
    assert removed.returncode == 0, removed.stderr
    assert json.loads(duidu("--data-dir", data, "notes", "list", "--json").stdout) == []


def test_notes_errors_are_sentences(tmp_path):
    from tests.conftest import TRAD_ARTICLE

    data = str(tmp_path / "notes-data")
    for args, expected in (
        (["add", str(TRAD_ARTICLE), "--quote", "不存在的句子"], b"is not in"),
        (
            ["add", str(TRAD_ARTICLE), "--quote", "英伟达", "--occurrence", "999"],
            b"--occurrence must",
        ),
        (["add", str(TRAD_ARTICLE), "--quote", "英伟达", "--color", "plaid"], b"is not a colour"),
        (["add", str(tmp_path / "missing.txt"), "--quote", "x"], b"does not exist"),
        (["rm", "0000"], b"no annotation has the id"),
    ):
        result = duidu("--data-dir", data, "notes", *args)
        assert result.returncode == 1
        assert expected in result.stderr and b"Traceback" not in result.stderr


def test_export_and_import_from_the_command_line(tmp_path):
    import json

    from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE
    from tests.markdown_check import blockquotes, front_matter

    data = str(tmp_path / "data")
    for path, quote, tag in ((TRAD_ARTICLE, "英伟达", "公司"), (SIMP_ARTICLE, "H20", "figure")):
        added = duidu("notes", "add", str(path), "--quote", quote, "--tag", tag, "--data-dir", data)
        assert added.returncode == 0, added.stderr
    # Markdown to stdout: every document Duidu knows, as a notebook.
    result = duidu("export", "--data-dir", data)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert sorted(blockquotes(text)) == ["H20", "英偉達"]  # as in the files
    assert len(front_matter(text)["sources"]) == 2
    # One file, one tag, another script.
    result = duidu(
        "export", str(TRAD_ARTICLE), "--tag", "公司", "--script", "hans", "--data-dir", data
    )
    assert blockquotes(result.stdout.decode("utf-8")) == ["英伟达"]
    # To a file: never replaced without --force.
    out = tmp_path / "notes.md"
    out.write_text("mine", encoding="utf-8")
    refused = duidu("export", "-o", str(out), "--data-dir", data)
    assert refused.returncode == 1 and b"--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "mine"
    assert duidu("export", "-o", str(out), "--force", "--data-dir", data).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("---\n")
    # JSON out, into an empty data folder, and out again: the same annotations.
    exported = tmp_path / "notes.json"
    assert (
        duidu("export", "--format", "json", "-o", str(exported), "--data-dir", data).returncode == 0
    )
    other = str(tmp_path / "other")
    imported = duidu("import", str(exported), "--data-dir", other)
    assert imported.returncode == 0 and b"Imported 2 new" in imported.stderr
    again = duidu("import", str(exported), "--data-dir", other)
    assert b"Imported 0 new annotations, updated 0, and 2 were already here" in again.stderr
    round_trip = json.loads(duidu("export", "--format", "json", "--data-dir", other).stdout)
    assert round_trip["first"]["items"] == json.loads(exported.read_text())["first"]["items"]
    listed = json.loads(duidu("notes", "list", "--json", "--data-dir", other).stdout)
    assert sorted(row["quote"] for row in listed) == ["H20", "英偉達"]


def test_export_and_import_errors_are_sentences(tmp_path):
    data = str(tmp_path / "data")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    for args, expected in (
        (["import", str(bad)], b"not a JSON file"),
        (["import", str(tmp_path / "missing.json")], b"does not exist"),
        (["export", str(tmp_path / "missing.txt")], b"does not exist"),
        (["export", "--color", "plaid"], b"is not a colour"),
    ):
        result = duidu(*args, "--data-dir", data)
        assert result.returncode == 1, args
        assert expected in result.stderr and b"Traceback" not in result.stderr, result.stderr
