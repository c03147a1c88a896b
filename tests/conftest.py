"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system's language: the tests read it in English, whatever the
# machine's locale (tests of the translations choose their language in the settings).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

import pytest
from hypothesis import settings

# No test depends on how long an example takes: Hypothesis's default 200 ms deadline fails
# an example that is merely slow on a busy machine, so it is off for every test.
settings.register_profile("duidu", deadline=None)
settings.load_profile("duidu")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
PEER = SHARED / "peer"
ARTICLES = ROOT / "resources" / "articles"
TRAD_ARTICLE = ARTICLES / "nvidia-days-are-hard.trad.txt"
SIMP_ARTICLE = ARTICLES / "nvidia-china-market.simp.txt"


def duidu(
    *args: str, stdin: bytes | None = None, env: dict | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """``duidu`` as a person runs it: a subprocess without a display; output as bytes."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin,
        capture_output=True,
        env=environment,
        cwd=ROOT,
        timeout=timeout,
    )


def _missing(path: Path) -> str:
    return f"{path} is not available (the checkout has no ../shared folder beside it)"


def corpus_file(name: str) -> Path:
    """A book from ../shared/corpus, or skip when the checkout has no shared folder."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(_missing(path))
    return path


def peer_file(name: str) -> Path:
    """A file of ../shared/peer (OpenCC's test cases, the W3C Web Annotation schemas), or
    skip when the checkout has no shared folder."""
    path = PEER / name
    if not path.exists():
        pytest.skip(_missing(path))
    return path


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip a test (or, as ``pytestmark``, a module) whose material at ``path`` under
    ../shared is missing; for tests that read it while being collected or parametrized."""
    return pytest.mark.skipif(not path.exists(), reason=_missing(path))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point all user data at a fresh folder, so no test sees another's or the user's."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("DUIDU_DATA_DIR", str(folder))
    return folder
