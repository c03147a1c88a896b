"""The Qt Linguist sources hold every string of the interface, each translated, and the
build compiles them (issue 14, point 1)."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402  (packaging/translations.py)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


def test_both_languages_have_sources():
    names = [path.name for path in translations.ts_files()]
    assert names == ["duidu_zh_CN.ts", "duidu_zh_TW.ts"]


def test_every_string_of_the_code_is_listed_and_translated(tmp_path):
    for ts in translations.ts_files():
        shutil.copy(ts, tmp_path / ts.name)
    translations.update_sources(tmp_path)  # lupdate over the code, as a translator runs it
    for ts in translations.ts_files():
        before, after = messages(ts), messages(tmp_path / ts.name)
        assert set(after) == set(before), (
            f"{ts.name} is out of date: run python packaging/translations.py --update "
            f"(new: {sorted(set(after) - set(before))[:5]}, gone: "
            f"{sorted(set(before) - set(after))[:5]})"
        )
        unfinished = [key for key, text in after.items() if text.get("type") == "unfinished"]
        assert not unfinished, f"{ts.name}: not translated: {unfinished[:10]}"
        for (_context, source), text in after.items():
            translated = "".join(text.itertext())
            for field in ("{", "}", "%1", "%n", "<b>", "<br>"):  # placeholders and markup
                assert source.count(field) == translated.count(field), (source, translated)


def test_the_build_compiles_them(tmp_path):
    written = translations.compile_translations(out=tmp_path)
    assert sorted(path.name for path in written) == ["duidu_zh_CN.qm", "duidu_zh_TW.qm"]
    assert all(path.stat().st_size > 10_000 for path in written)
