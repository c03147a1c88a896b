"""Display scripts (conversion modes) and detection of a document's script."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from reader.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the engine loads OpenCC; ScriptMode alone must not
    from reader.core.text.opencc_engine import OpenCCEngine


class Script(str, Enum):
    """The script a document is written in, as detected."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _SCRIPT_LABELS[self]


class ScriptMode(str, Enum):
    """What a pane shows: the original or one OpenCC target (values are the CLI's ``--to``)."""

    ORIGINAL = "original"
    HANS = "hans"
    HANT = "hant"
    TW = "tw"
    TWP = "twp"
    HK = "hk"

    @property
    def label(self) -> str:
        return _MODE_LABELS[self]


# English, as the CLI prints them; the window shows them translated (context "Scripts",
# ``reader.ui.i18n.mode_label``). Chinese in a label (繁體·臺灣) is the mode's own name.
_MODE_LABELS = {
    ScriptMode.ORIGINAL: QT_TRANSLATE_NOOP("Scripts", "Original"),
    ScriptMode.HANS: QT_TRANSLATE_NOOP("Scripts", "简体 (mainland)"),
    ScriptMode.HANT: QT_TRANSLATE_NOOP("Scripts", "繁體 (OpenCC standard)"),
    ScriptMode.TW: QT_TRANSLATE_NOOP("Scripts", "繁體·臺灣"),
    ScriptMode.TWP: QT_TRANSLATE_NOOP("Scripts", "繁體·臺灣用詞"),
    ScriptMode.HK: QT_TRANSLATE_NOOP("Scripts", "繁體·香港"),
}
_SCRIPT_LABELS = {
    Script.SIMPLIFIED: QT_TRANSLATE_NOOP("Scripts", "简体 Simplified"),
    Script.TRADITIONAL: QT_TRANSLATE_NOOP("Scripts", "繁體 Traditional"),
    Script.MIXED: QT_TRANSLATE_NOOP("Scripts", "Mixed scripts"),
    Script.UNKNOWN: QT_TRANSLATE_NOOP("Scripts", "No Chinese script detected"),
}
# The OpenCC config that turns Simplified text into each Traditional target.
_FROM_SIMPLIFIED = {
    ScriptMode.HANT: "s2t",
    ScriptMode.TW: "s2tw",
    ScriptMode.TWP: "s2twp",
    ScriptMode.HK: "s2hk",
}


def conversion_chain(mode: ScriptMode, source: Script) -> list[str]:
    """OpenCC configs to apply, in order, to show a ``source`` text in ``mode``.

    Simplified output uses ``tw2sp``: it also maps Taiwan vocabulary to mainland usage
    (晶片 → 芯片). A text that is Simplified already is shown as it is: ``tw2sp`` over
    mainland text rewrites mainland words it takes for Taiwan ones (行程 → 进程,
    应用程序 → 应用进程). Traditional outputs start from Simplified: OpenCC's phrase tables
    (内存 → 記憶體) are keyed by Simplified text, so a Traditional source goes through
    ``t2s`` first.
    """
    if mode is ScriptMode.ORIGINAL:
        return []
    if mode is ScriptMode.HANS:
        return [] if source is Script.SIMPLIFIED else ["tw2sp"]
    target = _FROM_SIMPLIFIED[mode]
    if source is Script.TRADITIONAL:
        return ["t2s", target]
    return [target]


@dataclass(frozen=True)
class ScriptReport:
    """Detected script with the evidence: characters only one script uses."""

    script: Script
    traditional_only: int
    simplified_only: int


_detected: dict[str, ScriptReport] = {}  # sample → report: the last few texts detected
_detecting: dict[str, threading.Event] = {}  # sample → set when its report is in _detected
_detected_lock = threading.Lock()
MAX_DETECTED = 8


def detect_script(text: str, engine: OpenCCEngine, sample: int = 20_000) -> ScriptReport:
    """Count characters that only Traditional (t2s changes them) or only Simplified uses.

    Remembered for the last few texts: a pane detects its document as it opens, and the
    analysis of the pair, on another worker at the same moment, waits for that answer
    instead of converting the same sample again (0.1 s of a pair of articles' first
    topics)."""
    chunk = text[:sample]
    with _detected_lock:
        report = _detected.get(chunk)
        waiting = _detecting.get(chunk) if report is None else None
        mine = report is None and waiting is None
        if mine:
            _detecting[chunk] = threading.Event()
    if report is not None:
        return report
    if waiting is not None:
        waiting.wait()
        with _detected_lock:
            report = _detected.get(chunk)
        return report if report is not None else detect_script(text, engine, sample)
    try:
        report = _detect(chunk, engine)
        with _detected_lock:
            if len(_detected) >= MAX_DETECTED:
                _detected.pop(next(iter(_detected)))
            _detected[chunk] = report
    finally:
        with _detected_lock:
            _detecting.pop(chunk).set()
    return report


def _detect(chunk: str, engine: OpenCCEngine) -> ScriptReport:
    characters = engine.script_characters()
    if characters is not None:  # each character alone, as the dictionaries change it
        traditional = len(chunk) - len(chunk.translate(characters[0]))
        simplified = len(chunk) - len(chunk.translate(characters[1]))
    else:
        traditional = _changed(chunk, engine.convert("t2s", chunk))
        simplified = _changed(chunk, engine.convert("s2t", chunk))
    if traditional + simplified < 3:
        script = Script.UNKNOWN
    elif traditional >= 4 * simplified:
        script = Script.TRADITIONAL
    elif simplified >= 4 * traditional:
        script = Script.SIMPLIFIED
    else:
        script = Script.MIXED
    return ScriptReport(script, traditional, simplified)


def _changed(before: str, after: str) -> int:
    if len(before) == len(after):
        return sum(1 for a, b in zip(before, after, strict=True) if a != b)
    return len(set(before) ^ set(after))
