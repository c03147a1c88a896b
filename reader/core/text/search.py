"""Search that ignores script: the query and the text meet in the comparison script.

Both are converted to mainland Simplified (with regional vocabulary, so 晶片 and 芯片 meet)
or to Simplified characters only, and case-folded. Converting to Simplified merges the
characters Traditional keeps apart, so an ambiguous query expands: 后 finds 後 and 后,
发 finds 發 and 髮. Matches are reported as original-text spans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.text.folding import ComparisonText

if TYPE_CHECKING:
    from reader.core.text.opencc_engine import OpenCCEngine
    from reader.core.text.vocabulary import Vocabulary


def find_all(text: ComparisonText, normalized_query: str) -> list[tuple[int, int]]:
    """Original spans of every match of ``normalized_query`` (already normalised)."""
    if not normalized_query:
        return []
    haystack = text.text
    spans: list[tuple[int, int]] = []
    size = len(normalized_query)
    position = haystack.find(normalized_query)
    while position != -1:
        spans.append(text.to_original(position, position + size))
        position = haystack.find(normalized_query, position + size)
    return spans


def find_quote(
    text: str, quote: str, engine: OpenCCEngine, vocabulary: Vocabulary | None = None
) -> list[tuple[int, int]]:
    """Original spans of ``quote`` in ``text``, typed in any script.

    Verbatim first; else in Simplified characters (后 finds 後); else with regional
    vocabulary too (晶片 finds 芯片). The spans always cover the original characters.
    """
    from reader.core.text.folding import comparison_text, query_forms
    from reader.core.text.position_map import PositionMap
    from reader.core.text.scripts import detect_script

    spans = find_all(ComparisonText(text, text, PositionMap.identity(len(text))), quote)
    if spans or not quote.strip():
        return spans
    source = detect_script(text, engine).script
    for regional in (False, True):
        compared = comparison_text(text, source, engine, vocabulary, regional=regional)
        forms = query_forms(quote, engine, regional=regional)
        spans = sorted({span for form in forms for span in find_all(compared, form)})
        if spans:
            return spans
    return []
