"""The interface translations: Qt Linguist sources in, compiled catalogues out.

    python packaging/translations.py            # compile resources/translations/*.ts to .qm
    python packaging/translations.py --update   # first refresh the .ts from the code (lupdate)

The ``.ts`` files in ``resources/translations/`` are the sources, edited in Qt Linguist (or
any XML editor). ``--update`` runs ``lupdate`` over ``reader/ui`` and ``reader/core`` so
every ``translate("Context", "…")`` and ``QT_TRANSLATE_NOOP`` in the code is listed (new ones
unfinished, vanished ones dropped) and keeps what is translated: the core's sentences
(``reader/core/messages.py``) are templates in the context ``Messages``. Compiling runs
``lrelease``, from the PySide6 wheel, and writes ``duidu_<language>.qm`` beside the sources;
the build does it for every wheel and editable install (``hatch_build.py``) and for the
one-folder app (``packaging/build.py``). The ``.qm`` files are build output, never
committed or edited.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
# The interface's strings, and the core's sentences it shows (reader.core.messages).
CODE = (ROOT / "reader" / "ui", ROOT / "reader" / "core")


def qt_tool(name: str) -> Path:
    """A Qt tool shipped in the PySide6 wheel (``lrelease``, ``lupdate``)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    executable = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    if not executable.exists():
        raise SystemExit(f"{name} is not in the PySide6 installation at {folder}")
    return executable


def ts_files(sources: Path = SOURCES) -> list[Path]:
    return sorted(sources.glob("duidu_*.ts"))


def update_sources(sources: Path = SOURCES) -> None:
    """Refresh every ``.ts`` with the strings the code has now (lupdate)."""
    code = sorted(str(path) for folder in CODE for path in folder.rglob("*.py"))
    for ts in ts_files(sources):
        subprocess.run(
            [str(qt_tool("lupdate")), "-no-obsolete", "-locations", "none", *code, "-ts", str(ts)],
            check=True,
        )


def compile_translations(sources: Path = SOURCES, out: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` of ``sources`` into a ``.qm`` in ``out`` (default: beside
    it); the catalogues written."""
    written: list[Path] = []
    for ts in ts_files(sources):
        qm = (out or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--update", action="store_true", help="refresh the .ts sources from the code first"
    )
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    for path in compile_translations():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
