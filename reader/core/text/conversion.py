"""Convert a whole document for display, with its position map, in steps that report progress.

The text is cut at newlines into chunks (OpenCC never matches across a newline, so the
result is identical to converting it whole), each chunk is split at vocabulary words, and
the rest goes through the OpenCC chain for the display script. Progress is reported after
each chunk and a ``cancelled`` callback is polled there, so a worker thread can stop early
when the reader picks another script.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.errors import DuiduError
from reader.core.text.position_map import MapBuilder, PositionMap
from reader.core.text.scripts import Script, ScriptMode, conversion_chain
from reader.core.text.vocabulary import Vocabulary

if TYPE_CHECKING:
    from reader.core.text.opencc_engine import OpenCCEngine

CHUNK = 64 * 1024


class Cancelled(DuiduError):
    """Raised out of :func:`convert_text` when its ``cancelled`` callback returns true."""

    def __init__(self) -> None:
        super().__init__("The conversion was cancelled.")


@dataclass(frozen=True)
class Conversion:
    """Shown text and the map from original offsets to shown offsets."""

    mode: ScriptMode
    text: str
    map: PositionMap


def line_chunks(text: str, size: int = CHUNK) -> list[tuple[int, int]]:
    """Spans of about ``size`` characters that end just after a newline (or at the end)."""
    spans = []
    start = 0
    n = len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            newline = text.find("\n", end)
            end = n if newline < 0 else newline + 1
        spans.append((start, end))
        start = end
    return spans


def _convert_piece(engine: OpenCCEngine, chain: list[str], text: str) -> tuple[str, PositionMap]:
    if not chain:  # only the reader's vocabulary applies (a Simplified text in 简体)
        return text, PositionMap.identity(len(text))
    mapping: PositionMap | None = None
    for config in chain:
        text, step = engine.convert_mapped(config, text)
        mapping = step if mapping is None else mapping.then(step)
    assert mapping is not None
    return text, mapping


def convert_text(
    engine: OpenCCEngine,
    text: str,
    mode: ScriptMode,
    source: Script,
    vocabulary: Vocabulary | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Conversion:
    """Convert ``text`` (a ``source``-script document) for display in ``mode``."""
    chain = conversion_chain(mode, source)
    pattern: re.Pattern[str] | None = None
    table: dict[str, str] = {}
    if vocabulary is not None and mode is not ScriptMode.ORIGINAL:
        pattern, table = vocabulary.rules(mode)
    if not chain and pattern is None:
        if progress:
            progress(len(text), len(text))
        return Conversion(mode, text, PositionMap.identity(len(text)))
    parts: list[str] = []
    builder = MapBuilder()

    def convert_gap(gap: str) -> None:
        if gap:
            converted, mapping = _convert_piece(engine, chain, gap)
            parts.append(converted)
            builder.extend(mapping)

    total = len(text)
    for start, end in line_chunks(text):
        if cancelled and cancelled():
            raise Cancelled
        chunk = text[start:end]
        position = 0
        if pattern is not None:
            for match in pattern.finditer(chunk):
                convert_gap(chunk[position : match.start()])
                shown = table[match.group()]
                parts.append(shown)
                builder.atom(len(match.group()), len(shown))
                position = match.end()
        convert_gap(chunk[position:])
        if progress:
            progress(end, total)
    return Conversion(mode, "".join(parts), builder.build())
