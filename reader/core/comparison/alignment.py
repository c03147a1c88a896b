"""Aligned passages: for each paragraph, the paragraphs of the other article on the same point.

Paragraphs are compared as weighted bags of the terms they contain (after script, vocabulary
and alias normalisation), of their character bigrams and of their figures
(:attr:`Passage.grams`, in articles: shared quotes and phrasing, and numbers however
written), with cosine similarity. A term's weight is its rarity in the language (from the
dictionary) times its rarity within the pair, so 英伟达 in an article about 英伟达 says
little and H20 says a lot. Scores are computed through an inverted index, so two
books of thousands of paragraphs cost only the pairs that share a term, and a term common to
thousands of paragraphs proposes only the :data:`MAX_POSTINGS` it weighs most in: the work
and memory grow with the length of the texts, never with its square.

For scrolling, the best *monotone* chain of pairs is kept (a weighted longest increasing
subsequence): both articles read top to bottom, so sync points may not cross. The reader's own
sync points (as in Meld) are part of every chain; pairs they reject are dropped.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

# What a character bigram of a paragraph weighs, against a term's rarity (its dictionary
# -log frequency: about 6 for 公司, 12–14 for a name). Two outlets reporting one point share
# its numbers, quotes and phrasing more than its vocabulary: with bigrams in the vectors,
# alignment@2 on the evaluation set rose from 0.53 to 0.85 (benchmarks/eval_topics.py).
GRAM_RARITY = 8.0
GRAM_MARK = "\x01"  # starts a bigram's key, so that no term can be taken for one
NUMBER_MARK = "\x02"  # starts a number's key (4.8, 14257)
# What a number weighs: a figure both paragraphs give (4.8%, 14257号) is the surest sign
# that they report one fact, and bigrams see neither a decimal nor a number written in
# Chinese (百分之四点八). Chosen on the evaluation set.
NUMBER_RARITY = 8.0
GRAMS_UP_TO = 400_000  # characters of both texts together up to which bigrams are used
# Below MIN_SCORE two paragraphs share too little to be "the same point"; a counterpart
# kept scores at least RELATIVE of its paragraph's best. Both were chosen on the first 14
# pairs of the evaluation set (0.02 and 0.5), where looser values changed nothing; on the 36
# pairs gathered later they cut second counterparts the gold has (a lead's restatement
# scoring 0.015 next to the lead's 0.058): with 0.01 and 0.1, alignment@2 on those 36 rose
# from 0.823 to 0.840, and on the first 14 stayed 0.944. On the 116 pairs, 0.005 kept four
# more that the gold has (two headlines sharing only the pair's common words, 对美 加征
# 关税, score 0.0067; the four scored 0.005 to 0.009) and lost none: alignment@2 0.846 →
# 0.851; 0.002 or 0 change nothing more. A book pair's paragraphs keep the same
# counterparts. A weak counterpart is drawn faint.
MIN_SCORE = 0.005
PER_PARAGRAPH = 3  # counterparts kept per paragraph, best first
RELATIVE = 0.1
MANUAL_SCORE = 1.0
SHORT_TERMS = 4  # distinct terms a paragraph needs before its scores count in full
MAX_POSTINGS = 100  # right paragraphs a single term proposes as candidates, at most
MAX_CANDIDATES = 50  # candidates per paragraph (by their shared terms) scored in full
# How much a counterpart's rank drops for repeating a better one (see diverse_order): at 0.5
# a paragraph that restates the lead gives way to one that reports another part of the
# point; alignment@2 on the evaluation set rose from 0.92 to 0.94 (the first value tried;
# 0.8 gives the same).
REDUNDANCY = 0.5


@dataclass(frozen=True)
class Passage:
    """A paragraph: its original span and its terms (already normalised)."""

    start: int
    end: int
    terms: tuple[str, ...]
    grams: tuple[str, ...] = ()  # character bigrams of its comparison text (see GRAM_RARITY)


@dataclass(frozen=True)
class AlignedPair:
    left: int  # index into the left passages
    right: int
    score: float
    manual: bool = False


def grams(text: str) -> tuple[str, ...]:
    """The character bigrams inside ``text``'s runs of letters, digits and Han characters,
    as keys of a passage's vector. A book's paragraphs hold too many of them to index in
    the memory budget, so the analysis takes them for texts up to :data:`GRAMS_UP_TO`."""
    found: list[str] = []
    run: list[str] = []
    for char in [*text, " "]:
        if char.isalnum():
            run.append(char)
            continue
        found.extend(GRAM_MARK + run[i] + run[i + 1] for i in range(len(run) - 1))
        run = []
    found.extend(NUMBER_MARK + number for number in numbers(text))
    return tuple(found)


_DIGITS = dict(
    zip("零〇○一二两三四五六七八九", (0, 0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_CHINESE_NUMERAL = "[零〇○一二两三四五六七八九十百千万]+"
_NUMBER = re.compile(
    rf"(百分之)?({_CHINESE_NUMERAL})点([零〇○一二三四五六七八九]+)"  # 百分之四点八, 零点四
    rf"|百分之({_CHINESE_NUMERAL})"  # 百分之三十
    r"|(\d+:\d+)"  # a score, 6:2
    r"|(\d+(?:[.,]\d+)*)"  # 4.8, 1,044,215
)


def numbers(text: str) -> list[str]:
    """The numbers of ``text`` (folded, Simplified) as Arabic figures: 4.8 for 4.8 and for
    百分之四点八, 30 for 百分之三十, 1044215 for 1,044,215; a score (6:2) is one. Chinese
    numerals outside a percentage or a decimal are left alone: 一些, 统一 and 十分 are
    words, not numbers."""
    found = []
    for match in _NUMBER.finditer(text):
        whole, fraction, percent, score, arabic = match.group(2, 3, 4, 5, 6)
        if score is not None:
            found.append(score)
        elif arabic is not None:
            value = arabic.replace(",", "")
            if value.count(".") > 1:
                continue  # a version or a date (1.2.3), not one figure
            if "." not in value:
                value = value.lstrip("0") or "0"  # 08 and 8 are one figure
            found.append(value)
        elif percent is not None:
            found.append(str(chinese_integer(percent)))
        else:
            digits = "".join(str(_DIGITS[char]) for char in fraction)
            found.append(f"{chinese_integer(whole)}.{digits}")
    return found


def chinese_integer(numeral: str) -> int:
    """四 → 4, 十五 → 15, 三百二十 → 320, 一千零四十四 → 1044 (below a hundred million)."""
    total, section, digit = 0, 0, 0
    for char in numeral:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[char]
            section += (digit or 1) * unit
            digit = 0
    return total + section + digit


def _vector(passage: Passage, factors: dict[str, tuple[float, float]]) -> dict[str, float]:
    """The passage's unit vector: each key's count (damped) times its weight and its
    rarity in the pair (``factors``, found once per key of the pair: per use, they took a
    third of a book pair's alignment). The same products, in the same order, as ever."""
    counts = Counter((*passage.terms, *passage.grams))
    vector = {
        term: (1.0 + math.log(count)) * factors[term][0] * factors[term][1]
        for term, count in counts.items()
    }
    norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
    return {term: value / norm for term, value in vector.items()}


def _weight(key: str, rarity: dict[str, float]) -> float:
    """What one use of ``key`` weighs before its rarity in the pair."""
    mark = key[:1]
    if mark == GRAM_MARK:
        return GRAM_RARITY
    if mark == NUMBER_MARK:
        return NUMBER_RARITY
    return rarity.get(key, 1.0)


def align_passages(
    left: Sequence[Passage], right: Sequence[Passage], rarity: dict[str, float]
) -> list[AlignedPair]:
    """Pairs scoring at least :data:`MIN_SCORE`, each paragraph's best few (at most
    :data:`PER_PARAGRAPH`, each at least :data:`RELATIVE` of its best), in left order.

    The work is bounded: a term found in more than :data:`MAX_POSTINGS` right paragraphs
    proposes only the ones it weighs most in (it still counts in full in every score it is
    part of), so a book of a thousand identical paragraphs costs a thousand rows of at most
    that many candidates each, not a million pairs. Only each paragraph's best
    :data:`PER_PARAGRAPH` are ever kept.
    """
    document_frequency: dict[str, int] = defaultdict(int)
    for passage in (*left, *right):
        for term in {*passage.terms, *passage.grams}:
            document_frequency[term] += 1
    total = len(left) + len(right)
    factors = {
        term: (_weight(term, rarity), math.log((total + 1) / frequency))
        for term, frequency in document_frequency.items()
    }
    right_vectors = [_vector(p, factors) for p in right]
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, vector in enumerate(right_vectors):
        for term, value in vector.items():
            index[term].append((j, value))
    capped: set[str] = set()
    for term, postings in index.items():
        if len(postings) > MAX_POSTINGS:
            postings.sort(key=lambda posting: (-posting[1], posting[0]))
            del postings[MAX_POSTINGS:]
            postings.sort()
            capped.add(term)
    sizes_right = [len(vector) for vector in right_vectors]
    best_right: list[list[tuple[float, int]]] = [[] for _ in right]  # min-heaps
    best_left: list[list[tuple[float, int]]] = []
    for i, passage in enumerate(left):
        vector = _vector(passage, factors)
        size_left = len(vector)
        row: dict[int, float] = defaultdict(float)
        for term, value in vector.items():
            for j, other in index.get(term, ()):
                row[j] += value * other
        if len(row) > MAX_CANDIDATES:  # only the best candidates are scored and kept
            row = dict(heapq.nlargest(MAX_CANDIDATES, row.items(), key=lambda item: item[1]))
        if capped and not capped.isdisjoint(vector):
            # A capped term's weight is missing from some sums: score the candidates again
            # in full (in the same order, so the same floating-point sums).
            for j in row:
                theirs = right_vectors[j]
                row[j] = sum(
                    value * theirs[term] for term, value in vector.items() if term in theirs
                )
        options: list[tuple[float, int]] = []
        for j, score in row.items():
            # A one-line paragraph (a title, "市场也给出了反馈") matches anything sharing
            # its one or two terms; damp scores until both sides have a few terms.
            score *= min(1.0, math.sqrt(min(size_left, sizes_right[j]) / SHORT_TERMS))
            if score >= MIN_SCORE:
                options.append((score, j))
                heap = best_right[j]
                if len(heap) < PER_PARAGRAPH:
                    heapq.heappush(heap, (score, i))
                elif (score, i) > heap[0]:
                    heapq.heapreplace(heap, (score, i))
        best_left.append(heapq.nlargest(PER_PARAGRAPH, options))
    kept: dict[tuple[int, int], float] = {}
    for i, options in enumerate(best_left):
        top = options[0][0] if options else 0
        kept.update(((i, j), score) for score, j in options if score >= RELATIVE * top)
    for j, options in enumerate(best_right):
        top = max(options)[0] if options else 0
        kept.update(((i, j), score) for score, i in options if score >= RELATIVE * top)
    return [AlignedPair(i, j, round(kept[(i, j)], 4)) for i, j in sorted(kept)]


def diverse_order(pairs: Sequence[AlignedPair], texts: Sequence[str]) -> list[AlignedPair]:
    """A paragraph's counterparts ``pairs`` (best first; ``texts`` are theirs, in the
    comparison form) in the order a reader should see them: each next one the best of the
    rest once its overlap (of bigrams and figures, :func:`grams`) with those already shown
    is discounted (maximal marginal relevance). Two outlets often open with a lead and a
    paragraph that restates it; ranked by score alone both came before the paragraph that
    gives the rest of the point. The reader's own links stay first. From the texts, not
    the passages' terms: a saved analysis holds the texts, not the terms."""
    bags = [set(grams(text)) for text in texts]

    def worth(k: int, shown: list[int]) -> tuple[bool, float, int]:
        bag = bags[k]
        overlap = max(len(bag & bags[c]) / (len(bag | bags[c]) or 1) for c in shown)
        return pairs[k].manual, pairs[k].score * (1 - REDUNDANCY * overlap), -k

    shown = [0]
    rest = list(range(1, len(pairs)))
    while rest:
        best = max(rest, key=lambda k: worth(k, shown))
        shown.append(best)
        rest.remove(best)
    return [pairs[k] for k in shown]


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
