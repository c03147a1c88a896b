"""Build Duidu as a one-folder app with PyInstaller, and its icons from the SVG.

    python packaging/build.py            # icons, translations, then dist/duidu/ (PyInstaller)
    python packaging/build.py --icons    # the icons only

Icons are drawn from ``packaging/io.github.duidu.Duidu.svg`` with Qt's SVG renderer (no
other tool needed) into ``packaging/icons/``: the freedesktop hicolor sizes as
``hicolor/<n>x<n>/apps/io.github.duidu.Duidu.png``, ``duidu.ico`` for Windows and
``duidu.icns`` for macOS. They are build output, made again on every build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "io.github.duidu.Duidu"
SVG = HERE / f"{APP_ID}.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render_icons(out: Path = HERE / "icons") -> list[Path]:
    """Draw the SVG at every hicolor size, plus the .ico and .icns; the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    written: list[Path] = []
    images: dict[int, QImage] = {}
    for size in HICOLOR_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        images[size] = image
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    # Qt writes one image per file for ICO and ICNS: the largest each format holds well.
    for name, size, kind in (("duidu.ico", 256, "ICO"), ("duidu.icns", 512, "ICNS")):
        path = out / name
        if not images[size].save(str(path), kind):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def build(dist: Path = ROOT / "dist", work: Path = ROOT / "build") -> Path:
    """Run PyInstaller on the spec; the app's folder (``dist/duidu``)."""
    if shutil.which("pyinstaller") is None and not has_pyinstaller():
        raise SystemExit("PyInstaller is not installed: pip install pyinstaller")
    from translations import compile_translations  # packaging/translations.py

    compile_translations()  # resources/translations/*.qm, bundled with resources/
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(HERE / "duidu.spec")]
    subprocess.run(command, cwd=ROOT, check=True)
    return dist / "duidu"


def has_pyinstaller() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--icons", action="store_true", help="make the icons only")
    args = parser.parse_args()
    for path in render_icons():
        print(path.relative_to(ROOT))
    if not args.icons:
        print(f"built {build().relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
