"""The layout of ``reader.cli`` (issue 12): one module per command, a shared module, one
registry the parsers are built from, no import cycle, and a window path that stays cheap."""

from __future__ import annotations

import ast
import graphlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import reader.cli
from reader.cli import common, dispatch, window
from reader.core.text.scripts import ScriptMode
from tests.conftest import ROOT, TRAD_ARTICLE, duidu

PACKAGE = Path(reader.cli.__file__).parent
MODULES = sorted(
    "reader.cli" if path.stem == "__init__" else f"reader.cli.{path.stem}"
    for path in PACKAGE.glob("*.py")
)
NAMES = [command.NAME for command in dispatch.COMMANDS]

# a valid line for each command, with the place the global options go marked by None
EXAMPLES = {
    "convert": ["convert", None, "-", "--to", "hans", None],
    "topics": ["topics", None, "left.txt", "right.txt", None],
    "notes": ["notes", None, "add", "doc.txt", "--quote", "英伟达", None],
    "export": ["export", None, "doc.txt", "--script", "tw", None],
    "import": ["import", None, "notes.json", None],
}


def _imports(module: str, *, anywhere: bool) -> set[str]:
    """The ``reader.cli`` modules ``module`` imports: at start, or ``anywhere`` (lazily too)."""
    path = PACKAGE / ("__init__.py" if module == "reader.cli" else module.rsplit(".", 1)[1] + ".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = ast.walk(tree) if anywhere else iter(tree.body)
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert not node.level, f"{module}: the package uses absolute imports"
            names = [
                f"{node.module}.{alias.name}"
                if f"{node.module}.{alias.name}" in MODULES
                else node.module
                for alias in node.names
            ]
        else:
            continue
        found.update(name for name in names if name in MODULES)
    found.discard(module)
    return found


def test_the_package_has_a_module_per_command_and_a_shared_one():
    assert NAMES == ["convert", "topics", "notes", "export", "import"]
    assert {"reader.cli.common", "reader.cli.window", "reader.cli.dispatch"} <= set(MODULES)
    for command in dispatch.COMMANDS:
        assert command.__name__.startswith("reader.cli.")
        assert callable(command.add_arguments) and callable(command.run)
        assert command.HELP and command.DESCRIPTION
    for gone in ("cli.py", "notes_cli.py", "export_cli.py"):
        assert not (PACKAGE.parent / gone).exists()


def test_no_import_cycle_among_the_cli_modules():
    # Loading reader.cli.X loads the package reader.cli first: an edge from every module.
    graph = {
        module: _imports(module, anywhere=False) | ({"reader.cli"} - {module}) for module in MODULES
    }
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError on a cycle
    # Counting lazy imports too: commands import only common, common imports none of them.
    commands = {command.__name__ for command in dispatch.COMMANDS}
    assert _imports("reader.cli.common", anywhere=True) == set()
    for module in [*commands, "reader.cli.window"]:
        assert _imports(module, anywhere=True) <= {"reader.cli.common"}, module
    assert _imports("reader.cli.dispatch", anywhere=True) == {
        *commands,
        "reader.cli.window",
        "reader.cli.common",
    }


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_alone(module):
    code = (
        f"import sys; import {module}; "
        "print(sorted(m for m in sys.modules if m.startswith('reader.cli')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    loaded = set(ast.literal_eval(done.stdout))
    expected = {module, "reader.cli", *_closure(module)}
    assert loaded == expected


def _closure(module: str) -> set[str]:
    seen: set[str] = set()
    todo = [module]
    while todo:
        for name in _imports(todo.pop(), anywhere=False):
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


def test_the_window_path_imports_nothing_heavy():
    code = (
        "import sys; from reader.cli.dispatch import parse; parse(['a.txt', 'b.txt']); "
        "print(sorted(sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    loaded = set(ast.literal_eval(done.stdout))
    assert {m for m in loaded if m.startswith("reader.core")} <= {
        "reader.core",
        "reader.core.errors",
    }
    assert not {m for m in loaded if m.split(".")[0] in ("PySide6", "opencc", "reader.ui")}


def test_help_lists_every_command_and_each_has_help(capsys):
    listing = duidu("--help")
    assert listing.returncode == 0
    text = listing.stdout.decode("utf-8")
    for command in dispatch.COMMANDS:
        assert f"  {command.NAME}  " in text and command.HELP in text
        with pytest.raises(SystemExit) as exit_:
            reader.cli.main([command.NAME, "--help"])
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: duidu {command.NAME} ")
        assert "--data-dir DIR" in out
    for action in ("add", "list", "rm"):
        with pytest.raises(SystemExit):
            reader.cli.main(["notes", action, "--help"])
        assert capsys.readouterr().out.startswith(f"usage: duidu notes {action} ")


def test_every_command_has_an_example_here():
    assert sorted(EXAMPLES) == sorted(NAMES)


def _placed(example: list[str | None], where: int) -> list[str]:
    """The example with ``--data-dir D`` at the ``where``-th place: 0 is before the
    command, 1 just after it, 2 at the end."""
    places = [0, *(index for index, word in enumerate(example) if word is None)]
    line: list[str] = []
    for index, word in enumerate(example):
        if index == places[where]:
            line += ["--data-dir", "D"]
        if word is not None:
            line.append(word)
    return line


@pytest.mark.parametrize("name", sorted(EXAMPLES))
@pytest.mark.parametrize("where", [0, 1, 2])
def test_data_dir_before_or_after_each_command(name, where):
    line = _placed(EXAMPLES[name], where)
    command, args = dispatch.parse(line)
    assert command is not None and name == command.NAME, line
    assert args.data_dir == "D", line
    _command, plain = dispatch.parse([word for word in EXAMPLES[name] if word is not None])
    assert plain.data_dir is None


def test_data_dir_reaches_the_command(tmp_path, capsys):
    data = str(tmp_path / "mine")
    assert reader.cli.main(["notes", "add", str(TRAD_ARTICLE), "--quote", "英伟达"]) == 0
    assert (
        reader.cli.main(
            ["--data-dir", data, "notes", "add", str(TRAD_ARTICLE), "--quote", "英伟达"]
        )
        == 0
    )
    assert (
        reader.cli.main(["notes", "add", str(TRAD_ARTICLE), "--quote", "H20", "--data-dir", data])
        == 0
    )
    capsys.readouterr()
    for line in (
        ["--data-dir", data, "notes", "list", "--json"],
        ["notes", "--data-dir", data, "list", "--json"],
        ["notes", "list", "--json", "--data-dir", data],
    ):
        assert reader.cli.main(line) == 0
        assert len(json.loads(capsys.readouterr().out)) == 2, line
    assert reader.cli.main(["notes", "list", "--json"]) == 0  # DUIDU_DATA_DIR: the other one
    assert len(json.loads(capsys.readouterr().out)) == 1


@pytest.mark.parametrize(
    ("line", "left", "right", "options"),
    [
        (["--screenshot", "notes", "a.txt", "b.txt"], "a.txt", "b.txt", {"screenshot": "notes"}),
        (["--data-dir", "export", "hans", "json"], "hans", "json", {"data_dir": "export"}),
        (["--data-dir=convert", "list", "add"], "list", "add", {"data_dir": "convert"}),
        (["--data", "topics", "md", "tw"], "md", "tw", {"data_dir": "topics"}),  # abbreviated
        (["--exit-when-shown", "hans", "tw"], "hans", "tw", {"exit_when_shown": True}),
        (["a.txt", "notes"], "a.txt", "notes", {}),  # only the first word can be a command
        (["--", "notes", "import"], "notes", "import", {}),  # after --, file names
    ],
)
def test_the_window_form_is_not_taken_for_a_command(line, left, right, options, monkeypatch):
    command, args = dispatch.parse(line)
    assert command is None
    assert (args.left, args.right) == (left, right)
    for option, value in options.items():
        assert getattr(args, option) == value
    shown: list = []
    monkeypatch.setattr(window, "run", lambda args: shown.append(args) or 0)
    assert reader.cli.main(line) == 0
    assert [(a.left, a.right) for a in shown] == [(left, right)]


def test_an_option_value_named_like_a_command_still_lets_a_command_follow():
    command, args = dispatch.parse(["--data-dir", "notes", "notes", "list"])
    assert command is not None and command.NAME == "notes" and args.data_dir == "notes"
    command, args = dispatch.parse(["--data-dir=import", "import", "x.json"])
    assert command is not None and command.NAME == "import" and args.data_dir == "import"


def test_the_window_form_reaches_the_window_without_a_display():
    # one file name that is a command's name, after an option that takes it as its value
    result = duidu("--data-dir", "export", "notes.txt")
    assert result.returncode == 1
    assert result.stderr.decode("utf-8").strip() == (
        "duidu: give two files (LEFT RIGHT), or none to open the last pair."
    )


def test_script_modes_come_from_script_mode():
    targets = [mode.value for mode in ScriptMode if mode is not ScriptMode.ORIGINAL]
    assert common.script_modes(original=False) == targets
    assert common.script_modes(original=True) == [mode.value for mode in ScriptMode]
    for mode in targets:
        assert dispatch.parse(["convert", "--to", mode])[1].to == mode
    for mode in ScriptMode:
        assert dispatch.parse(["export", "--script", mode.value])[1].script == mode.value
    assert dispatch.parse(["export"])[1].script == ScriptMode.ORIGINAL.value
    with pytest.raises(SystemExit):
        dispatch.parse(["convert", "--to", ScriptMode.ORIGINAL.value])
