"""Search that ignores script: the query and the text meet in the comparison script.

Both are converted to mainland Simplified (with regional vocabulary, so 晶片 and 芯片 meet)
or to Simplified characters only, and case-folded. Converting to Simplified merges the
characters Traditional keeps apart, so an ambiguous query expands: 后 finds 後 and 后,
发 finds 發 and 髮. Matches are reported as original-text spans.
"""

from __future__ import annotations

from reader.core.comparison import ComparisonText


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
