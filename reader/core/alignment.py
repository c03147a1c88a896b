"""Aligned passages: for each paragraph, the paragraphs of the other article on the same point.

Paragraphs are compared as weighted bags of the terms they contain (after script, vocabulary
and alias normalisation), with cosine similarity. A term's weight is its rarity in the
language (from the dictionary) times its rarity within the pair, so 英伟达 in an article about
英伟达 says little and H20 says a lot. Scores are computed through an inverted index, so two
books of thousands of paragraphs cost only the pairs that share a term.

For scrolling, the best *monotone* chain of pairs is kept (a weighted longest increasing
subsequence): both articles read top to bottom, so sync points may not cross. The reader's own
sync points (as in Meld) are part of every chain; pairs they reject are dropped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

MIN_SCORE = 0.12  # below this, two paragraphs share too little to be "the same point"
PER_PARAGRAPH = 3  # counterparts kept per paragraph, best first
MANUAL_SCORE = 1.0
SHORT_TERMS = 4  # distinct terms a paragraph needs before its scores count in full


@dataclass(frozen=True)
class Passage:
    """A paragraph: its original span and its terms (already normalised)."""

    start: int
    end: int
    terms: tuple[str, ...]


@dataclass(frozen=True)
class AlignedPair:
    left: int  # index into the left passages
    right: int
    score: float
    manual: bool = False


def _weights(
    passages: Sequence[Passage],
    document_frequency: dict[str, int],
    total: int,
    rarity: dict[str, float],
) -> list[dict[str, float]]:
    vectors = []
    for passage in passages:
        counts: dict[str, int] = defaultdict(int)
        for term in passage.terms:
            counts[term] += 1
        vector = {
            term: (1.0 + math.log(count))
            * rarity.get(term, 1.0)
            * math.log((total + 1) / document_frequency[term])
            for term, count in counts.items()
        }
        norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
        vectors.append({term: value / norm for term, value in vector.items()})
    return vectors


def align_passages(
    left: Sequence[Passage], right: Sequence[Passage], rarity: dict[str, float]
) -> list[AlignedPair]:
    """Pairs scoring at least :data:`MIN_SCORE`, each paragraph's best few, in left order."""
    document_frequency: dict[str, int] = defaultdict(int)
    for passage in (*left, *right):
        for term in set(passage.terms):
            document_frequency[term] += 1
    total = len(left) + len(right)
    left_vectors = _weights(left, document_frequency, total, rarity)
    right_vectors = _weights(right, document_frequency, total, rarity)
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, vector in enumerate(right_vectors):
        for term, value in vector.items():
            index[term].append((j, value))
    scores: dict[tuple[int, int], float] = {}
    sizes_left = [len(set(p.terms)) for p in left]
    sizes_right = [len(set(p.terms)) for p in right]
    for i, vector in enumerate(left_vectors):
        row: dict[int, float] = defaultdict(float)
        for term, value in vector.items():
            for j, other in index.get(term, ()):
                row[j] += value * other
        for j, score in row.items():
            # A one-line paragraph (a title, "市场也给出了反馈") matches anything sharing
            # its one or two terms; damp scores until both sides have a few terms.
            score *= min(1.0, math.sqrt(min(sizes_left[i], sizes_right[j]) / SHORT_TERMS))
            if score >= MIN_SCORE:
                scores[(i, j)] = score
    best_left: dict[int, list[tuple[float, int]]] = defaultdict(list)
    best_right: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), score in scores.items():
        best_left[i].append((score, j))
        best_right[j].append((score, i))
    kept: set[tuple[int, int]] = set()
    for i, options in best_left.items():
        kept.update((i, j) for _score, j in sorted(options, reverse=True)[:PER_PARAGRAPH])
    for j, options in best_right.items():
        kept.update((i, j) for _score, i in sorted(options, reverse=True)[:PER_PARAGRAPH])
    return [AlignedPair(i, j, round(scores[(i, j)], 4)) for i, j in sorted(kept)]


def apply_links(
    pairs: Iterable[AlignedPair],
    added: Iterable[tuple[int, int]],
    removed: Iterable[tuple[int, int]],
) -> list[AlignedPair]:
    """The automatic pairs with the reader's sync points added and rejected pairs dropped."""
    removed_set = set(removed)
    added_set = set(added) - removed_set
    result = {(p.left, p.right): p for p in pairs if (p.left, p.right) not in removed_set}
    for i, j in added_set:
        result[(i, j)] = AlignedPair(i, j, MANUAL_SCORE, manual=True)
    return [result[key] for key in sorted(result)]


def monotone_chain(pairs: Sequence[AlignedPair]) -> list[AlignedPair]:
    """The heaviest chain with strictly increasing left and right indexes.

    Manual pairs weigh more than any sum of automatic ones, so the chain keeps all of them
    that are consistent with each other. O(n log n) with a Fenwick tree of prefix maxima.
    """
    if not pairs:
        return []
    heavy = 1.0 + sum(p.score for p in pairs if not p.manual)
    rights = sorted({p.right for p in pairs})
    rank = {value: k + 1 for k, value in enumerate(rights)}
    size = len(rights)
    tree_value = [0.0] * (size + 1)
    tree_index = [-1] * (size + 1)

    def query(position: int) -> tuple[float, int]:
        best, where = 0.0, -1
        while position > 0:
            if tree_value[position] > best:
                best, where = tree_value[position], tree_index[position]
            position -= position & -position
        return best, where

    def update(position: int, value: float, where: int) -> None:
        while position <= size:
            if value > tree_value[position]:
                tree_value[position], tree_index[position] = value, where
            position += position & -position

    ordered = sorted(range(len(pairs)), key=lambda k: (pairs[k].left, -pairs[k].right))
    total = [0.0] * len(pairs)
    previous = [-1] * len(pairs)
    for k in ordered:
        pair = pairs[k]
        weight = heavy if pair.manual else pair.score
        best, where = query(rank[pair.right] - 1)
        total[k] = best + weight
        previous[k] = where
        update(rank[pair.right], total[k], k)
    k = max(range(len(pairs)), key=lambda n: total[n])
    chain = []
    while k != -1:
        chain.append(pairs[k])
        k = previous[k]
    return chain[::-1]


def interpolate(
    anchors: Sequence[tuple[int, int]], position: int, other_length: int, length: int
) -> int:
    """Map ``position`` through sorted ``(this, other)`` anchor offsets, linearly between them.

    The ends of both texts are implicit anchors, so positions before the first or after the
    last sync point still move proportionally.
    """
    points = [(0, 0), *anchors, (length, other_length)]
    for (a0, b0), (a1, b1) in pairwise(points):
        if a0 <= position <= a1:
            if a1 == a0:
                return b0
            return round(b0 + (b1 - b0) * (position - a0) / (a1 - a0))
    return other_length
