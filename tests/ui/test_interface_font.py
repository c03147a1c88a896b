"""Under a Chinese locale the interface keeps Latin punctuation Latin (issue 14: "…" in the
menus showed as a centred "⋯"): a Latin font first, the CJK one behind it for Han."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PROBE = """
import json
from PySide6.QtGui import QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication
app = QApplication([])
before = QFontInfo(app.font()).family()
from reader.app import create_application
create_application()

def drawn_with(text):
    layout = QTextLayout(text, app.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]

print(json.dumps({"before": before, "families": app.font().families(),
                  "ellipsis": drawn_with("Open…"), "han": drawn_with("中文")}))
"""


def probe(locale: str) -> dict:
    env = {**os.environ, "LANG": locale, "LC_ALL": locale, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("locale", ["zh_CN.UTF-8", "zh_TW.UTF-8"])
def test_a_chinese_locale_keeps_the_ellipsis_latin_and_han_cjk(locale):
    found = probe(locale)
    if "CJK" not in found["before"]:
        pytest.skip(f"no CJK font is the system's interface font under {locale} here")
    assert found["families"][1] == found["before"]  # the CJK font, behind a Latin one
    assert "CJK" not in found["families"][0]
    assert all("CJK" not in family for family in found["ellipsis"]), found
    assert all("CJK" in family for family in found["han"]), found


def test_a_latin_locale_keeps_the_systems_font():
    found = probe("C.UTF-8")
    assert "CJK" not in found["before"] and len(found["families"]) == 1
