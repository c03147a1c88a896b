"""Any command line, however odd, ends in an exit code and sentences, never a traceback
(issue 11). Hypothesis builds argument lists from the commands' own words and hostile
values, and runs them in this process against real files in a temporary folder."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import main
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE

_WORDS = [
    "convert", "topics", "notes", "add", "list", "rm", "export", "import", "--to", "--config",
    "--json", "--top", "--quote", "--occurrence", "--note", "--tag", "--color", "--format",
    "--script", "--group", "-o", "--force", "--data-dir", "-", "hans", "tw", "json", "md",
    "tag", "document", "0", "-1", "99999999999999999999", "", "英伟达", "#zzzzzz", "red",
]  # fmt: skip
_HOSTILE = [
    "\udcb0\udcc1",  # bytes of a GBK name, as Python hands them over
    "\x00",
    "../../escaped",
    "/dev/zero",
    "a" * 5000,
    "{: style=x }",
    "file:///etc/passwd",
]


@pytest.fixture(scope="module")
def playground(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("fuzz")
    bad = folder / "bad.json"
    bad.write_text('{"type": "AnnotationCollection", "first": {"items": [1]}}')
    deep = folder / "deep.json"
    deep.write_text("[" * 50_000 + "]" * 50_000)
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    binary = folder / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    files = {
        "trad": str(TRAD_ARTICLE),
        "simp": str(SIMP_ARTICLE),
        "bad": str(bad),
        "deep": str(deep),
        "empty": str(empty),
        "binary": str(binary),
        "folder": str(folder),
        "missing": str(folder / "missing.txt"),
        "out": str(folder / "out.md"),
    }
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo")
        files["fifo"] = str(folder / "fifo")
    return files


def _run(argv: list[str], cwd: Path) -> tuple[int, str]:
    """``duidu argv`` in-process, in ``cwd``: an output name the fuzzer draws (``-o list``)
    lands in the test's folder, never in the checkout."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO("英伟达".encode()), encoding="utf-8")
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setattr(sys, "stdin", stdin)
        patch.chdir(cwd)
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse: a usage error is exit 2 with a message
            code = exit_.code if isinstance(exit_.code, int) else 2
    return code, err.getvalue()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_command_line_ends_in_a_traceback(playground, data_dir: Path, data):
    files = list(playground.values())
    value = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_HOSTILE), st.sampled_from(files))
    a_file = st.sampled_from(files)
    article = st.sampled_from([playground["trad"], playground["simp"]])
    options = "--note --tag --color --quote --occurrence --to --top --script --group --format"
    option = st.sampled_from([*options.split(), "-o", "--data-dir"])
    extras = st.lists(st.one_of(value, st.tuples(option, value).map(list)), max_size=3)
    templates = {
        "convert": st.tuples(st.one_of(a_file, st.just("-")), st.just("--to"), value),
        "topics": st.tuples(article, a_file),
        "add": st.tuples(a_file, st.just("--quote"), value, st.just("--note"), value),
        "list": st.lists(a_file, max_size=1),
        "rm": st.tuples(value),
        "export": st.tuples(
            st.lists(a_file, max_size=2),
            st.sampled_from([[], ["-o", playground["out"], "--force"]]),
            st.sampled_from([[], ["--format", "json"]]),
        ),
        "import": st.tuples(a_file),
    }
    name = data.draw(st.sampled_from(sorted(templates)))
    command = {"add": ["notes", "add"], "list": ["notes", "list"], "rm": ["notes", "rm"]}
    words: list[str] = []
    for part in data.draw(templates[name]):
        words.extend(part if isinstance(part, list) else [part])
    for extra in data.draw(extras):
        words.extend(extra if isinstance(extra, list) else [extra])
    argv = [*command.get(name, [name]), *words]
    code, err = _run(argv, Path(playground["folder"]))
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    if code == 1:
        assert err.startswith("duidu: ") and err.rstrip().endswith((".", ")")), (argv, err)


@pytest.mark.parametrize(
    "argv",
    [
        ["convert", "-", "--to", "hans", "--data-dir", "{bad}"],
        ["topics", "{trad}", "{simp}", "--data-dir", "{bad}"],
        ["notes", "list", "--data-dir", "{bad}"],
        ["export", "--data-dir", "{bad}"],
        ["import", "{bad}", "--data-dir", "{bad}"],
        ["notes", "rm", ""],
        ["notes", "add", "{trad}", "--quote", "英伟达", "--note", "\udcb0"],
        ["convert", "{binary}", "--to", "hans"],
        ["import", "{deep}"],
        ["import", "{folder}"],
        ["export", "{missing}"],
        ["export", "-o", "{folder}", "--force"],
    ],
)
def test_commands_that_once_traced_back_end_in_a_sentence(playground, argv):
    argv = [word.format(**playground) for word in argv]
    code, err = _run(argv, Path(playground["folder"]))
    assert code == 1, (argv, err)
    assert err.startswith("duidu: ") and "Traceback" not in err
