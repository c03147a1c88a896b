"""Sentence counterparts: the sentence(s) of the other article that say what this one says.

Readers of parallel texts ask for this most: paragraph alignment tells where the same point
is discussed, but within two long paragraphs the reader still has to find the sentence.
Candidates are every sentence of the other article when it is article-sized (a full scan
of its sentences costs a few milliseconds and does not depend on the paragraph alignment
being right), else the sentences of the paragraphs the analysis aligned and their
neighbours (two outlets split paragraphs differently). They are compared on the analysis's
comparison texts (both in mainland Simplified, case-folded), so a Traditional sentence
meets its Simplified twin. A :class:`SentenceIndex` per analysis keeps each sentence's
features, so hovering sentence after sentence compares, never re-splits.

The score is the Dice coefficient of character bigrams, the measure that beat the
rarity-weighted terms for alignment on real pairs (shared quotes, numbers and names are
runs of shared bigrams), with runs of Latin letters and digits counted once more each so a
model number or a figure weighs as much as a name. One sentence may have several
counterparts (an outlet splits a long sentence in two): every candidate within
:data:`SECOND_SHARE` of the best one and above :data:`MIN_SCORE` is returned.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.comparison.topics import Analysis
    from reader.core.text.folding import ComparisonText

MIN_SCORE = 0.18  # below this, two sentences share only common words
SECOND_SHARE = 0.7  # a second counterpart must score at least this share of the best
NEIGHBOURS = 1  # paragraphs either side of an aligned one that are searched too
MAX_COUNTERPARTS = 3
FULL_SCAN = 200_000  # characters: up to this, every sentence of the other side is a candidate

# A sentence ends after 。！？!? or ；; (with any closing quotes or brackets after them), or
# at a line break. Each match is one sentence with its end punctuation.
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)\"']*|\n|$)")
_LATIN = re.compile(r"[a-z0-9]+(?:[.\-][a-z0-9]+)*")


@dataclass(frozen=True)
class Sentence:
    """One sentence as original-text offsets of its document."""

    start: int
    end: int


@dataclass(frozen=True)
class Counterpart:
    sentence: Sentence
    score: float


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as (start, end) offsets, blanks trimmed."""
    found = []
    for match in _SENTENCE.finditer(text, start, end):
        a, b = match.start(), min(match.end(), end)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            found.append((a, b))
    return found


def _features(text: str) -> Counter[str]:
    """Character bigrams of the letters and digits, plus each Latin/number run once more."""
    kept = "".join(ch for ch in text if ch.isalnum())
    grams: Counter[str] = Counter(kept[k : k + 2] for k in range(len(kept) - 1))
    if len(kept) == 1:
        grams[kept] += 1
    for run in _LATIN.findall(text):
        grams[f"#{run}"] += 2
    return grams


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the two texts' features (0 … 1)."""
    return _dice(_features(a), _features(b))


def _dice(fa: Counter[str], fb: Counter[str]) -> float:
    total = sum(fa.values()) + sum(fb.values())
    if not total:
        return 0.0
    return 2 * sum((fa & fb).values()) / total


def _sentences_of(comparison: ComparisonText, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of an original span, in comparison-text offsets."""
    a, b = comparison.from_original(start, end)
    return split_sentences(comparison.text, a, b)


class SentenceIndex:
    """The sentences of one analysis, per side and paragraph, with their features cached.

    Built lazily (a paragraph is split the first time it is asked for), used on the UI
    thread only, and thrown away with its analysis."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._sentences: dict[tuple[str, int], list[tuple[int, int]]] = {}
        self._features: dict[tuple[str, int, int], Counter[str]] = {}

    def text(self, side: str) -> ComparisonText:
        return self.analysis.left_text if side == "left" else self.analysis.right_text

    def sentences(self, side: str, index: int) -> list[tuple[int, int]]:
        """Paragraph ``index`` of ``side``: its sentences in comparison-text offsets."""
        key = (side, index)
        found = self._sentences.get(key)
        if found is None:
            passages = (
                self.analysis.left_passages if side == "left" else self.analysis.right_passages
            )
            passage = passages[index]
            found = self._sentences[key] = _sentences_of(
                self.text(side), passage.start, passage.end
            )
        return found

    def features(self, side: str, start: int, end: int) -> Counter[str]:
        key = (side, start, end)
        found = self._features.get(key)
        if found is None:
            found = self._features[key] = _features(self.text(side).text[start:end])
        return found


def sentence_at(index: SentenceIndex, side: str, position: int) -> Sentence | None:
    """The sentence holding original offset ``position`` on ``side`` (in a passage)."""
    paragraph = index.analysis.passage_at(side, position)
    if paragraph is None:
        return None
    text = index.text(side)
    for a, b in index.sentences(side, paragraph):
        start, end = text.to_original(a, b)
        if start <= position < end:
            return Sentence(start, end)
    return None


def counterparts(
    index: SentenceIndex, side: str, position: int
) -> tuple[Sentence | None, list[Counterpart]]:
    """The sentence at ``position`` on ``side`` and its counterparts in the other article,
    best first (empty when nothing matches well enough)."""
    analysis = index.analysis
    own = sentence_at(index, side, position)
    if own is None:
        return None, []
    paragraph = analysis.passage_at(side, position)
    assert paragraph is not None
    other_side = "right" if side == "left" else "left"
    mine, theirs = index.text(side), index.text(other_side)
    a, b = mine.from_original(own.start, own.end)
    query = index.features(side, a, b)
    other_passages = analysis.right_passages if side == "left" else analysis.left_passages
    if len(theirs.text) <= FULL_SCAN:
        paragraphs: set[int] = set(range(len(other_passages)))
    else:
        paragraphs = set()
        for pair in analysis.counterparts(side, paragraph):
            other = pair.right if side == "left" else pair.left
            for k in range(other - NEIGHBOURS, other + NEIGHBOURS + 1):
                if 0 <= k < len(other_passages):
                    paragraphs.add(k)
    scored: list[Counterpart] = []
    for k in sorted(paragraphs):
        for c, d in index.sentences(other_side, k):
            score = _dice(query, index.features(other_side, c, d))
            if score >= MIN_SCORE:
                start, end = theirs.to_original(c, d)
                scored.append(Counterpart(Sentence(start, end), score))
    if not scored:
        return own, []
    scored.sort(key=lambda item: -item.score)
    best = scored[0].score
    kept = [item for item in scored if item.score >= SECOND_SHARE * best]
    return own, kept[:MAX_COUNTERPARTS]
