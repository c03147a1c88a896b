"""One script, one vocabulary, one letter case: the text that comparison and search work on.

Two articles can only be compared once 英偉達 and 英伟达, 晶片 and 芯片, ＡＩ and ai are the same
string. :func:`comparison_text` converts a document to mainland Simplified (``tw2sp``, which
also maps Taiwan vocabulary) or, without regional vocabulary, to Simplified characters only
(``t2s``), then folds letter case and full-width forms. It keeps the position map, so every
span found in the comparison text maps back to exactly the original characters.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.text.position_map import PositionMap
from reader.core.text.scripts import Script, ScriptMode

if TYPE_CHECKING:
    from reader.core.text.opencc_engine import OpenCCEngine
    from reader.core.text.vocabulary import Vocabulary


def _fold_table() -> dict[int, int]:
    """Full-width ASCII to ASCII, A–Z to a–z: one character for one, so offsets stay put."""
    table = {code: code + 0x20 for code in range(ord("A"), ord("Z") + 1)}
    for code in range(0xFF01, 0xFF5F):
        ascii_char = chr(code - 0xFEE0)
        table[code] = ord(ascii_char.lower())
    table[0x3000] = ord(" ")  # ideographic space
    return table


FOLD = _fold_table()
# Characters translated in one call. ``str.translate`` with a dict holds the GIL for the
# whole string: over a 1 MB book, on a worker, the UI thread waited 110 ms for it. Between
# pieces of this size (about 3 ms each) the interpreter can hand the GIL over.
TRANSLATE_PIECE = 32_768


def translated(text: str, table: dict[int, int]) -> str:
    """``text.translate(table)``, a piece at a time for a long text (same result)."""
    if len(text) <= TRANSLATE_PIECE:
        return text.translate(table)
    return "".join(
        text[k : k + TRANSLATE_PIECE].translate(table) for k in range(0, len(text), TRANSLATE_PIECE)
    )


def fold(text: str) -> str:
    """Case- and width-fold ``text`` without changing its length."""
    return translated(text, FOLD)


_neutral: dict[int, int] | None = None
_neutral_lock = threading.Lock()


def neutral_table() -> dict[int, int]:
    """:data:`FOLD` plus each Traditional character's Simplified one (OpenCC's character
    dictionaries, one character for one): a fold that keeps positions and makes a passage
    noted in one script the same string in the other. Built once (about 0.5 s, so callers
    are worker threads); without OpenCC it is :data:`FOLD` alone."""
    global _neutral
    with _neutral_lock:
        if _neutral is None:
            from reader.core.errors import EngineError
            from reader.core.text.opencc_engine import get_engine

            try:
                single = get_engine().character_table()
            except EngineError:
                single = {}
            # Follow chains to their end (麼 → 么 → 幺: OpenCC calls 么 Traditional too), so
            # the fold is idempotent: folded text folds to itself, whichever script it was.
            table = {}
            for code in single:
                end, steps = code, 0
                while end in single and steps < 8:
                    end, steps = single[end], steps + 1
                if end != code:
                    table[code] = end
            table.update(FOLD)
            _neutral = table
        return _neutral


def script_neutral(text: str) -> str:
    """``text`` case-, width- and script-folded (:func:`neutral_table`), same length."""
    return translated(text, neutral_table())


def normalization_chain(source: Script, *, regional: bool = True) -> list[str]:
    """OpenCC configs that bring a ``source`` text to the comparison script.

    Simplified text is already there (running ``tw2sp`` over it would cost seconds on a book
    and change nothing a reader would notice).
    """
    if source is Script.SIMPLIFIED:
        return []
    return ["tw2sp"] if regional else ["t2s"]


@dataclass(frozen=True)
class ComparisonText:
    """A document's text normalised for comparison, with the map back to the original."""

    original: str
    text: str  # normalised and folded; same positions as the map's target
    map: PositionMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that produced ``text[start:end]`` (snapped to whole phrases)."""
        return self.map.span_to_source(start, end)

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        return self.map.span_to_target(start, end)


def comparison_text(
    text: str,
    source: Script,
    engine: OpenCCEngine,
    vocabulary: Vocabulary | None = None,
    *,
    regional: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ComparisonText:
    """Normalise ``text`` (a ``source``-script document) for comparison and search."""
    from reader.core.text.conversion import convert_text

    chain = normalization_chain(source, regional=regional)
    if not chain:
        if progress:
            progress(len(text), len(text))
        return ComparisonText(text, fold(text), PositionMap.identity(len(text)))
    if regional:
        converted = convert_text(
            engine, text, ScriptMode.HANS, source, vocabulary, progress=progress
        )
        return ComparisonText(text, fold(converted.text), converted.map)
    converted_text, mapping = engine.convert_mapped("t2s", text)
    if progress:
        progress(len(text), len(text))
    return ComparisonText(text, fold(converted_text), mapping)


def normalize_query(query: str, engine: OpenCCEngine, *, regional: bool = True) -> str:
    """A search query in the comparison script: any script the reader types finds both."""
    return fold(engine.convert("tw2sp" if regional else "t2s", query))


def query_forms(query: str, engine: OpenCCEngine, *, regional: bool = True) -> list[str]:
    """The forms of ``query`` to look for in comparison texts, converted first.

    A Traditional query must be converted to be found, but converting a Simplified one
    can change it into other words (``tw2sp`` turns 应用程序 into 应用进程 and 布林肯 into
    布尔肯), and Simplified texts are compared as written: so the query as typed is looked
    for too, when it differs.
    """
    forms = [normalize_query(query, engine, regional=regional), fold(query)]
    return [form for form in dict.fromkeys(forms) if form]
