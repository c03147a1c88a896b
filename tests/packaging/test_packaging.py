"""The app as a desktop installs it: menu entry, AppStream data, icons, a frozen build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import build  # noqa: E402  (packaging/build.py)


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="no desktop-file-validate"
)
def test_the_desktop_entry_validates_without_a_hint():
    done = run("desktop-file-validate", str(PACKAGING / f"{build.APP_ID}.desktop"))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_the_appstream_metainfo_validates():
    metainfo = PACKAGING / f"{build.APP_ID}.metainfo.xml"
    done = run("appstreamcli", "validate", "--no-net", str(metainfo))
    assert done.returncode == 0, done.stdout + done.stderr


def test_icons_are_drawn_from_the_svg_at_every_hicolor_size(tmp_path, qapp):
    from PySide6.QtGui import QImage

    written = build.render_icons(tmp_path)
    for size in build.HICOLOR_SIZES:
        path = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{build.APP_ID}.png"
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 4)
        assert centre.alpha() > 0  # drawn, not an empty canvas
    for name in ("duidu.ico", "duidu.icns"):
        assert tmp_path / name in written and (tmp_path / name).stat().st_size > 1000


@pytest.mark.skipif(not build.has_pyinstaller(), reason="PyInstaller is not installed")
def test_the_frozen_app_starts_offscreen_and_takes_a_screenshot(tmp_path):
    """Builds dist/duidu in a temporary folder (a few minutes) and runs it as a user would."""
    app = build.build(tmp_path / "dist", tmp_path / "work")
    executable = app / ("duidu.exe" if os.name == "nt" else "duidu")
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DUIDU_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [str(executable), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    # The translations travel with it: ours (compiled by the build) and Qt's own.
    for language in ("zh_CN", "zh_TW"):
        assert list(app.rglob(f"resources/translations/duidu_{language}.qm")), language
        assert list(app.rglob(f"translations/qtbase_{language}.qm")), language
    done = subprocess.run(
        [str(executable), "--screenshot", str(tmp_path / "zh.png")],
        capture_output=True,
        text=True,
        env={**env, "LC_ALL": "zh_TW.UTF-8", "LANG": "zh_TW.UTF-8"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    topics = subprocess.run(
        [str(executable), "topics", *map(str, default_pair()), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert topics.returncode == 0 and "英伟达" in topics.stdout, topics.stderr
    # Two texts long enough to be analysed in a helper process (reader.core.offload): the
    # frozen app must start its helpers (multiprocessing.freeze_support) and get topics back.
    left, right = default_pair()
    books = []
    for source in (left, right):
        book = tmp_path / f"long-{source.name}"
        book.write_text("\n\n".join([source.read_text(encoding="utf-8")] * 45), encoding="utf-8")
        books.append(str(book))
    shot = tmp_path / "books.png"
    done = subprocess.run(
        [str(executable), "--screenshot", str(shot), *books],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0 and shot.stat().st_size > 10_000, done.stderr
    assert "Traceback" not in done.stderr and "helper process failed" not in done.stderr


def default_pair() -> tuple[Path, Path]:
    from reader.paths import default_pair as pair

    return pair()
