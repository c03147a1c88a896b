"""Finding an annotated passage again after its document changed.

**One scoring rule** ranks every candidate place, exact or approximate, as the W3C model
intends (a quote with its prefix and suffix, and a position as a hint) and as Hypothesis's
client does. For a candidate ``text[start:end]``::

    score = (50 · quote + 20 · c(prefix) + 20 · c(suffix) + 6 · position) / (weights present)

where ``quote`` is the similarity of the candidate to the stored quote (1 for an exact
occurrence, else RapidFuzz's normalised Indel similarity), ``prefix`` and ``suffix`` that of
the text just before and after it to the stored context, and ``position`` is
``1 / (1 + distance / 1000)``, from where the passage is expected (1 there, ½ a thousand
characters away, nearly 0 across a book). A clue the note does not
have (no prefix, no position: a note imported from another tool) is left out of the sum
rather than scored zero, and ``c(s) = 1 - (1 - s)²`` (:func:`_curve`) makes a context that
an edit touched cost little and one that disagrees cost nearly its whole weight. So the
quote decides first, its context next: **context outranks position, and position breaks
ties** between candidates that are otherwise about as good (a copy of the passage elsewhere
with its context whole against the passage itself with a few characters beside it edited).
Where nothing tells two candidates apart, the first in the text wins.

All comparisons run on the text and the note *script-neutral* (case, width and Traditional
→ Simplified characters folded one for one, :func:`~reader.core.text.folding.script_neutral`),
so a note made on 繁體 text is found in the same file re-saved in 简体; positions do not move.

Candidates come from every clue: the quote's exact occurrences; places where pieces of the
quote (seeds) agree it starts; where the stored prefix ends and the suffix begins; and the
expected place, each aligned locally to the quote. Approximate places are looked for within
:data:`NEARBY` of the expected place first, unless an exact occurrence with its context whole
is there (one far away does not stop the search: it may be a copy of a passage the text
holds twice, and what is left of the passage near may outscore it), and in the whole text
only when nothing good enough was found, then where RapidFuzz's partial alignment of the
whole quote over the whole text puts it.

**Accepting.** The best candidate is taken when its quote similarity is at least
:data:`MIN_QUOTE` and, for a quote that is short (under :data:`DISTINCTIVE` characters) or
found more than once, its context agrees (:data:`MIN_CONTEXT`): a short name such as 英伟达
whose own occurrence was deleted is orphaned, not moved to another 英伟达. A candidate that
is the copy of the quote held by the note's own context (生態 in the prefix "…掌握生態。"
of a note on the next 生態: its context, shifted by a few characters, is nearly as good) is
passed over (:func:`_copy_in_context`). When nothing but a weak position tells the best
candidate from the next (:func:`_ambiguous`: a passage the text holds twice, whose paragraph
moved), the note is orphaned rather than guessed; so it is when the best candidate is far
away with the note's context (:func:`_copied`) while that context is still where the note
was expected, around other words or none (:meth:`Anchorer.context_left`): the text holds
the passage twice, and the note's own copy was rewritten or deleted. A passage found
nowhere is orphaned: kept, with its quote, never dropped.

**Speed.** Notes are anchored in a batch (:class:`Anchorer`) in text order, and each note is
expected where it was plus the shift of the notes before it (a shift far from the current one
is taken only once the next note confirms it: one note that went to a copy of its passage
must not carry the rest along), then where it was stored. The exact occurrences within
:data:`NEARBY` characters of that place are scored nearest first, and the best is taken when
nothing farther could outscore it (:meth:`_Probe.ceiling_at`): so after an edit most notes
cost a look at a few thousand characters. Approximate places are aligned nearest first too,
and the search stops where no farther place could beat the best found. An edited passage
whose two ends survived is bracketed by them (:func:`_bracket`) before anything is aligned.

A long quote (:data:`LONG_QUOTE` characters or more) is aligned by seed and extend
(:func:`_extend`), in time linear in the quote and in the text, because a partial alignment
costs the square of the quote. Every loop has a named bound, so no stored quote can make the
search run unbounded.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import partial
from itertools import dropwhile
from typing import cast

from reader.core.notes.annotations import Target

# The scoring rule's weights (those of Hypothesis's client, whose tie-breaking we share).
QUOTE_WEIGHT = 50.0
PREFIX_WEIGHT = 20.0
SUFFIX_WEIGHT = 20.0
POSITION_WEIGHT = 6.0
POSITION_SCALE = 1000  # characters from the expected place at which position counts half

MIN_QUOTE = 0.75  # quote similarity (0–1) a place needs
MIN_CONTEXT = 0.5  # context similarity a short or repeated quote needs
UNCHECKED = 0.5  # what a context character counts where the document now begins or ends
TIE_QUOTE = 0.02  # quote similarities this close do not tell two candidates apart
TIE_CONTEXT = 0.1  # nor do context similarities this close
NEAR_POSITION = 0.5  # a position clue under this (over POSITION_SCALE away) cannot either
DISTINCTIVE = 16  # a quote this long, found once, needs no context to be believed
FUZZY_MIN_LENGTH = 4  # shorter quotes are too ambiguous to place approximately
MAX_OCCURRENCES = 20_000  # exact occurrences looked at (nearest the expected place first)
MAX_SCORED = 2_000  # candidates scored at most
NEARBY = 4000  # characters either side of the expected place searched first

# Seeds: pieces of the quote looked up exactly, voting for where it starts.
SEED_LENGTH = 4  # for quotes of 32 characters or more; shorter quotes use shorter seeds
SEEDS = 64  # seeds taken evenly along the quote: each costs one pass of str.find at most
MAX_SEED_HITS = 16  # a seed found more often is too common to say where the quote is
VOTE_SPREAD = 256  # votes this close (in characters) are for the same place
MAX_CANDIDATES = 4  # places voted for that are aligned, besides the other clues
BRACKET = 12  # quote characters at each end looked up exactly to bracket an edited passage
CONTEXT_PROBE = 8  # characters of the prefix's end or suffix's start looked up exactly

# Long quotes (seed and extend, see _extend). The partial alignment of the short path costs
# about the square of the quote; below this length it stays under ~0.2 s on a 1 MB book.
LONG_QUOTE = 1024
BLOCK = 2048  # quote characters aligned at a time: the cost is BLOCK × (BLOCK + 2 SLACK)
BLOCK_SLACK = 512  # text either side of where a block is expected: the drift one absorbs
EDGE = 64  # quote characters at each end used to place its first and last character
EDGE_SLACK = 32  # how far (in characters) those ends may move while being placed

# A Levenshtein opcode as ``Opcodes.as_list()`` gives it: (tag, src_start, src_end,
# dest_start, dest_end). RapidFuzz's stubs call the items ``Opcode``; they are plain tuples.
_Opcode = tuple[str, int, int, int, int]


class AnchorStatus(str, Enum):
    ANCHORED = "anchored"  # where it was
    MOVED = "moved"  # found elsewhere, or changed a little
    ORPHANED = "orphaned"  # not found: kept with its quote


@dataclass(frozen=True)
class Anchor:
    status: AnchorStatus
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Candidate:
    """One place a passage may be, with each clue's similarity (None: the note lacks it)."""

    start: int
    end: int
    quote: float
    prefix: float | None
    suffix: float | None
    position: float | None
    distance: int | None = None  # characters from where the passage was expected

    @property
    def score(self) -> float:
        """The scoring rule (see the module's docstring), 0–1."""
        total = weights = 0.0
        for weight, value in (
            (QUOTE_WEIGHT, self.quote),
            (PREFIX_WEIGHT, _curve(self.prefix)),
            (SUFFIX_WEIGHT, _curve(self.suffix)),
            (POSITION_WEIGHT, self.position),
        ):
            if value is not None:
                total += weight * value
                weights += weight
        return total / weights

    @property
    def context(self) -> float | None:
        """How well the context agrees, both sides averaged (one side intact and the other
        rewritten still passes :data:`MIN_CONTEXT`; half of one side does not); None
        without context."""
        sides = [value for value in (self.prefix, self.suffix) if value is not None]
        return sum(sides) / len(sides) if sides else None

    @property
    def perfect(self) -> bool:
        """Quote and context all as stored: no other candidate can outscore it but by
        position."""
        return self.quote == 1.0 and self.prefix in (None, 1.0) and self.suffix in (None, 1.0)


def _ambiguous(best: Candidate, other: Candidate) -> bool:
    """Whether nothing but a weak position tells ``best`` from ``other``: quote and context
    alike (within :data:`TIE_QUOTE` and :data:`TIE_CONTEXT`) and ``best`` not near where
    the note was expected (its position clue under :data:`NEAR_POSITION`). A passage the
    document holds twice, whose paragraph moved, is such a case; guessing would be right
    half the time and silently wrong the other half, so the note is orphaned instead.
    Without a position the first in the text is taken, as other annotation tools do."""
    if best.position is None or best.position >= NEAR_POSITION:
        return False
    return abs(best.quote - other.quote) <= TIE_QUOTE and (
        abs((best.context or 0.0) - (other.context or 0.0)) <= TIE_CONTEXT
    )


def _near(candidate: Candidate) -> bool:
    """Whether ``candidate`` is within :data:`NEARBY` characters of where the note was
    expected: where the search looks first, and where an edit in place leaves a passage."""
    return candidate.distance is not None and candidate.distance <= NEARBY


def _copied(best: Candidate) -> bool:
    """Whether ``best`` may be a copy of the passage with its context, elsewhere in the
    text: far from where the note was expected (beyond :data:`NEARBY`), its context
    agreeing (:data:`MIN_CONTEXT`). If the note's context is also still where it was
    expected (:meth:`Anchorer.context_left`), the text holds the passage and its context
    twice, the note's own copy was rewritten or deleted, and ``best`` is not it. A
    passage that moved far takes its context along, or, a whole paragraph moved, finds new
    neighbours: then its context does not agree far away, or is not left behind."""
    far = best.distance is not None and best.distance > NEARBY
    return far and best.context is not None and best.context >= MIN_CONTEXT


def _copy_in_context(text: str, target: Target, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a copy of the quote that the note's own context holds (生態
    in "…掌握生態。" before a note on the next 生態) rather than the passage itself.

    When the noted words were edited away, the copy a few characters off has context
    nearly as good, since a 32-character context shifted by a few characters is still
    mostly alike. So the text around the candidate is compared (common characters, as many
    on each side for every copy) with the stored context around the quote and around each
    copy inside it; the candidate is a copy when the text is more like the context around
    one of the copies. A quote that its context does not repeat (in the note's own script,
    which its context shares) costs one look-up, and nothing is folded.
    """
    window = target.prefix + target.exact + target.suffix
    home, size = len(target.prefix), len(target.exact)
    copies = [at for at in _occurrences(window, target.exact) if at != home]
    if not copies:
        return False
    from rapidfuzz.distance import LCSseq

    from reader.core.text.folding import script_neutral

    window = script_neutral(window)
    start, end = candidate.start, candidate.end
    left = min(home, *copies, start)
    right = min(len(window) - size - max(home, *copies), len(text) - end)
    before = script_neutral(text[start - left : start])
    after = script_neutral(text[end : end + right])

    def agreement(at: int) -> int:
        """Common characters of the text around the candidate and the context around the
        quote's occurrence at ``at`` in the stored window."""
        return LCSseq.similarity(window[at - left : at], before) + LCSseq.similarity(
            window[at + size : at + size + right], after
        )

    own = agreement(home)
    return any(agreement(at) > own for at in copies)


def _occurrences(text: str, piece: str) -> list[int]:
    """Every place ``piece`` occurs in ``text``, overlapping ones included."""
    places: list[int] = []
    position = text.find(piece)
    while position != -1:
        places.append(position)
        position = text.find(piece, position + 1)
    return places


def _curve(similarity: float | None) -> float | None:
    """A context side's share of its weight: ``1 - (1 - similarity)²``. Strictly rising
    (a closer context always scores higher), but flat near 1: the few characters an edit
    beside a passage changes cost little, so between a passage whose context was touched
    and a copy of it elsewhere with its context whole, the position can still decide; a
    context that disagrees costs nearly the side's whole weight."""
    return None if similarity is None else 1.0 - (1.0 - similarity) ** 2


def anchor(text: str, target: Target, sha256: str | None = None) -> Anchor:
    """Where ``target``'s passage is in ``text`` (the document's current original text)."""
    return Anchorer(text).anchor(target, sha256)


def anchor_many(text: str, targets: Sequence[Target], sha256: str | None = None) -> list[Anchor]:
    """:func:`anchor` for many targets in one text, in near-linear time (see :class:`Anchorer`)."""
    anchorer = Anchorer(text)
    found: list[Anchor | None] = [None] * len(targets)
    for index in sorted(range(len(targets)), key=lambda i: targets[i].start):
        found[index] = anchorer.anchor(targets[index], sha256)
    return [cast("Anchor", a) for a in found]


class Anchorer:
    """Anchors the notes of one text: the text is folded once, and each note is expected
    where it was plus the shift of the note anchored before it (:attr:`shift`), which is
    what an edit above a run of notes does to all of them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.shift = 0
        self._jump: int | None = None  # a shift seen once, far from the current one
        self._neutral: str | None = None

    @property
    def neutral(self) -> str:
        if self._neutral is None:
            from reader.core.text.folding import script_neutral

            self._neutral = script_neutral(self.text)
        return self._neutral

    def anchor(self, target: Target, sha256: str | None = None) -> Anchor:
        text, exact = self.text, target.exact
        if not exact or not text:
            return Anchor(AnchorStatus.ORPHANED)
        if (
            target.positioned
            and text[target.start : target.end] == exact
            and (
                sha256 == target.sha256
                or (
                    text[max(0, target.start - len(target.prefix)) : target.start].endswith(
                        target.prefix
                    )
                    or text[target.end : target.end + len(target.suffix)].startswith(target.suffix)
                )
            )
        ):
            self.shift = 0
            return Anchor(AnchorStatus.ANCHORED, target.start, target.end)
        best = self.best(target)
        if best is None:
            return Anchor(AnchorStatus.ORPHANED)
        if target.positioned:
            self.follow(best.start - target.start)
        status = (
            AnchorStatus.ANCHORED
            if (best.start, best.end) == (target.start, target.end)
            and text[best.start : best.end] == exact
            else AnchorStatus.MOVED
        )
        return Anchor(status, best.start, best.end)

    def follow(self, shift: int) -> None:
        """Take ``shift`` (where the last note was found, less where it was stored) as the
        next notes' expected shift: at once when it is within :data:`NEARBY` of the current
        one (the edits above a note add up gradually), else only when the next note
        confirms it (a large insertion or deletion above moves them all). One note that
        went to a copy of its passage far away must not carry those after it along."""
        if abs(shift - self.shift) <= NEARBY or shift == self._jump:
            self.shift, self._jump = shift, None
        else:
            self._jump = shift

    @staticmethod
    def nearby(
        hints: list[tuple[int, ...]], quote: str, prefix: str, suffix: str, text: str
    ) -> Candidate | None:
        """An exact occurrence near the first hint that :meth:`_Probe.near_exact` accepts,
        else near the next."""
        for hint in hints:
            near = _Probe(text, quote, prefix, suffix, hint).near_exact()
            if near is not None:
                return near
        return None

    def best(self, target: Target) -> Candidate | None:
        """The accepted candidate for ``target``, or None (see the module's docstring)."""
        candidates = self.candidates(target)
        doubtful = len(candidates) > 1 or len(target.exact) < DISTINCTIVE
        candidates = list(dropwhile(partial(_copy_in_context, self.text, target), candidates))
        if not candidates:
            return None
        best, others = candidates[0], candidates[1:]
        if doubtful and best.context is not None and best.context < MIN_CONTEXT:
            return None
        if others and _ambiguous(best, others[0]):
            return None
        if _copied(best) and self.context_left(target):
            return None
        return best

    def expected(self, target: Target) -> list[tuple[int, ...]]:
        """Where ``target``'s passage is expected, most likely first, each as a probe's
        hints: where the shift of the notes before says (see :meth:`follow`), then where it
        was stored; ``[()]`` for a note without a position."""
        if not target.positioned:
            return [()]
        return [(h,) for h in dict.fromkeys((target.start + self.shift, target.start))]

    def context_left(self, target: Target) -> bool:
        """Whether ``target``'s context is still where it was expected, around other words
        or none (:meth:`_Probe.context_left`): its passage was rewritten or deleted there."""
        from reader.core.text.folding import script_neutral

        hints = tuple(h for hint in self.expected(target) for h in hint)
        quote, prefix, suffix = (
            script_neutral(part) for part in (target.exact, target.prefix, target.suffix)
        )
        return bool(hints) and _Probe(self.neutral, quote, prefix, suffix, hints).context_left()

    def candidates(self, target: Target) -> list[Candidate]:
        """The places ``target``'s quote is found well enough (:data:`MIN_QUOTE`), best
        first by the scoring rule (the first in the text on a tie)."""
        from reader.core.text.folding import script_neutral

        # Most notes after an edit are a few characters from where they were, in the same
        # script: looked for as they are first, before anything is folded; where the shift
        # of the notes before says first (see follow), then where the note was stored.
        hints = self.expected(target)
        nearby = self.nearby(hints, target.exact, target.prefix, target.suffix, self.text)
        if nearby is not None:
            return [nearby]
        neutral = (
            script_neutral(target.exact),
            script_neutral(target.prefix),
            script_neutral(target.suffix),
        )
        nearby = self.nearby(hints, *neutral, self.neutral)
        if nearby is not None:
            return [nearby]
        probe = _Probe(self.neutral, *neutral, hints[0])
        found = {(c.start, c.end): c for c in probe.exact()}
        # An exact occurrence with its context intact near the expected place beats every
        # approximate one. Else the passage may have been edited where it is, while its old
        # wording survives elsewhere: a perfect copy far away (a text that holds a passage
        # twice) is weighed against what is left of the passage near (see _copied).
        if len(probe.quote) >= FUZZY_MIN_LENGTH and not any(
            c.perfect and _near(c) for c in found.values()
        ):
            probe.approximate(found)
        candidates = [c for c in found.values() if c.quote >= MIN_QUOTE]
        return sorted(candidates, key=lambda c: (-c.score, c.start))


@dataclass
class _Probe:
    """One note's search in one (script-neutral) text."""

    text: str
    quote: str
    prefix: str
    suffix: str
    hints: tuple[int, ...]  # where the passage may start; none: no position clue

    def distance(self, place: int) -> int | None:
        """How far ``place`` is from the nearest hint; None without a position clue."""
        return min((abs(place - hint) for hint in self.hints), default=None)

    def candidate(self, start: int, end: int, quote: float | None = None) -> Candidate:
        from rapidfuzz.distance import Levenshtein

        text = self.text
        if quote is None:  # errors per quote character, as Hypothesis counts them
            errors = Levenshtein.distance(self.quote, text[start:end])
            quote = max(0.0, 1.0 - errors / len(self.quote))
        prefix = suffix = position = None
        if self.prefix:
            before = text[max(0, start - len(self.prefix)) : start]
            prefix = _context(self.prefix[len(self.prefix) - len(before) :], before, self.prefix)
        if self.suffix:
            after = text[end : end + len(self.suffix)]
            suffix = _context(self.suffix[: len(after)], after, self.suffix)
        distance = self.distance(start)
        if distance is not None:
            position = 1.0 / (1.0 + distance / POSITION_SCALE)
        return Candidate(start, end, quote, prefix, suffix, position, distance)

    def windows(self) -> list[tuple[int, int]]:
        """The text within :data:`NEARBY` of each hint, as (low, high)."""
        length, size = len(self.text), len(self.quote)
        return [(max(0, h - NEARBY), min(length, h + size + NEARBY)) for h in self.hints]

    def near_exact(self) -> Candidate | None:
        """The best exact occurrence within :data:`NEARBY` of a hint, if nothing farther
        could outscore it (a quote and context perfect :data:`NEARBY` away: see
        :meth:`ceiling`), so the search may stop there. A passage found whole a few
        characters from where it was, its context intact or touched by an edit, ends here."""
        if not self.hints:
            return None
        text, quote = self.text, self.quote
        places: set[int] = set()
        for low, high in self.windows():
            position = text.find(quote, low, high)
            while position != -1 and len(places) < MAX_SCORED:
                places.add(position)
                position = text.find(quote, position + 1, high)
        best: Candidate | None = None
        for place in sorted(places, key=lambda p: (self.distance(p), p)):
            if best is not None and best.score >= self.ceiling_at(self.distance(place)):
                break  # nearest first: nothing farther can do better
            found = self.candidate(place, place + len(quote), 1.0)
            if best is None or found.score > best.score:
                best = found
        return best if best is not None and best.score >= self.ceiling_at(NEARBY) else None

    def exact(self) -> list[Candidate]:
        """Every exact occurrence (bounded; the nearest to the expected place when many)."""
        text, quote = self.text, self.quote
        places: list[int] = []
        position = text.find(quote)
        while position != -1 and len(places) < MAX_OCCURRENCES:
            places.append(position)
            position = text.find(quote, position + 1)
        if len(places) > MAX_SCORED:
            places = sorted(sorted(places, key=lambda p: (self.distance(p) or 0, p))[:MAX_SCORED])
        return [self.candidate(p, p + len(quote), 1.0) for p in places]

    def approximate(self, found: dict[tuple[int, int], Candidate]) -> None:
        """Add to ``found`` the quote aligned at every place a clue points to, widening the
        search only while nothing found is good enough (a quote of :data:`MIN_QUOTE` with
        its context agreeing): first within :data:`NEARBY` of the expected place, unless a
        good candidate is already there (one far away may be a copy of the passage, which
        what is left of it near must be weighed against: see :func:`_copied`), then in
        the whole text, then where RapidFuzz's partial alignment of the whole quote over the
        whole text puts it (tens of milliseconds on a book)."""

        def good(near: bool = False) -> bool:
            return any(
                c.quote >= MIN_QUOTE
                and (c.context is None or c.context >= MIN_CONTEXT)
                and (not near or _near(c))
                for c in found.values()
            )

        tried: set[int] = set()
        if self.hints and not good(near=True):
            tried.update(self.near_places())
            self.align_places(sorted(tried), found)
        stages: list[Callable[[], list[int]]] = [
            lambda: self.places(0, len(self.text)),
            lambda: [p for p in (self.anywhere(),) if p is not None],
        ]
        for stage in stages:
            if good():
                return
            places = [p for p in stage() if p not in tried]
            tried.update(places)
            self.align_places(places, found)

    def near_places(self) -> list[int]:
        """Where the quote may start within :data:`NEARBY` of a hint (see :meth:`places`)."""
        return sorted({p for w in self.windows() for p in self.places(*w)})

    def align_places(self, places: list[int], found: dict[tuple[int, int], Candidate]) -> None:
        """Add to ``found`` the quote aligned at each of ``places``, nearest the expected
        place first, until no farther place could outscore the best found."""
        if self.hints:
            places = sorted(places, key=lambda p: (self.distance(p), p))
        for place in places:
            best = max((c.score for c in found.values()), default=0.0)
            if best >= self.ceiling(place):
                break  # places are nearest first: none farther can do better
            aligned = self.align(place)
            if aligned is not None and aligned[:2] not in found:
                found[aligned[:2]] = self.candidate(*aligned)

    def ceiling(self, place: int) -> float:
        """The highest score any candidate aligned from ``place`` could have: the quote and
        its context perfect, at the nearest start the alignment could give it."""
        distance = self.distance(place)
        return self.ceiling_at(None if distance is None else distance - _slack(self.quote))

    def ceiling_at(self, distance: int | None) -> float:
        """The highest score of a candidate ``distance`` characters from the nearest hint."""
        total = weights = QUOTE_WEIGHT
        for side, weight in ((self.prefix, PREFIX_WEIGHT), (self.suffix, SUFFIX_WEIGHT)):
            if side:
                total += weight
                weights += weight
        if distance is not None:
            total += POSITION_WEIGHT / (1.0 + max(0, distance) / POSITION_SCALE)
            weights += POSITION_WEIGHT
        return total / weights

    def context_left(self) -> bool:
        """Whether, within :data:`NEARBY` of a hint, a piece of the stored prefix and one of
        the suffix (each side cut in pieces of :data:`CONTEXT_PROBE` characters, so edits
        beside the passage do not hide a side) are found around nothing or other words of
        about the quote's length, give or take two alignment slacks: the passage's
        surroundings are still there and it is not. Bounded like every look-up of a piece
        (:func:`_hits`): eight look-ups in each window for a full context."""
        size, slack = len(self.quote), 2 * _slack(self.quote)
        for low, high in self.windows():
            for begin in self.context_ends(low, high, before=True):
                first, last = begin - slack, begin + size + slack
                if any(first <= end <= last for end in self.context_ends(low, high, False)):
                    return True
        return False

    def context_ends(self, low: int, high: int, before: bool) -> list[int]:
        """Where the passage begins (``before``: after a piece of the prefix) or ends
        (before a piece of the suffix) in ``text[low:high]``, by the pieces found there."""
        side = self.prefix if before else self.suffix
        ends: list[int] = []
        for number in range(len(side) // CONTEXT_PROBE):
            offset = number * CONTEXT_PROBE  # context characters between piece and passage
            if before:
                piece = side[len(side) - offset - CONTEXT_PROBE : len(side) - offset]
                ends += [p + CONTEXT_PROBE + offset for p in _hits(self.text, piece, low, high)]
            else:
                piece = side[offset : offset + CONTEXT_PROBE]
                ends += [p - offset for p in _hits(self.text, piece, low, high)]
        return ends

    def anywhere(self) -> int | None:
        """Where the best partial alignment of a short quote over the whole text starts."""
        from rapidfuzz import fuzz

        if len(self.quote) >= LONG_QUOTE:
            return None
        match = fuzz.partial_ratio_alignment(self.quote, self.text, score_cutoff=MIN_QUOTE * 100)
        if match is None or match.dest_end <= match.dest_start:
            return None
        return int(match.dest_start)

    def places(self, low: int, high: int) -> list[int]:
        """Where the quote may start in ``text[low:high]``: places seeds agree on, after the
        stored prefix, before the stored suffix, and the expected place: at most
        MAX_CANDIDATES + 2·MAX_SEED_HITS + 1 places."""
        text, quote = self.text, self.quote
        places = _seed_places(text, quote, low, high)
        if len(self.prefix) >= CONTEXT_PROBE // 2:
            piece = self.prefix[-CONTEXT_PROBE:]
            places += [p + len(piece) for p in _hits(text, piece, low, high)]
        if len(self.suffix) >= CONTEXT_PROBE // 2:
            piece = self.suffix[:CONTEXT_PROBE]
            places += [max(0, p - len(quote)) for p in _hits(text, piece, low, high)]
        places += [min(max(hint, 0), max(len(text) - 1, 0)) for hint in self.hints]
        return sorted(set(places))

    def align(self, place: int) -> tuple[int, int, float | None] | None:
        """The span most like the quote near ``place`` (where it should start), if any,
        with its quote similarity when the alignment already measured it (long quotes)."""
        from rapidfuzz import fuzz
        from rapidfuzz.distance import Levenshtein

        text, quote = self.text, self.quote
        if len(quote) >= LONG_QUOTE:
            extended = _extend(text, quote, place)
            if extended is None:
                return None
            score, start, end = extended
            return start, end, score / 100
        slack = _slack(quote)
        bracketed = _bracket(text, quote, place, slack)
        if bracketed is not None:
            start, end = bracketed
            similarity = Levenshtein.normalized_similarity(quote, text[start:end])
            if similarity >= MIN_QUOTE:
                return start, end, None
        low = max(0, place - slack)
        high = min(len(text), place + len(quote) + slack)
        match = fuzz.partial_ratio_alignment(quote, text[low:high], score_cutoff=MIN_QUOTE * 100)
        if match is None or match.dest_end <= match.dest_start:
            return None
        return (*_refine(text, quote, low + match.dest_start, low + match.dest_end), None)


def _slack(quote: str) -> int:
    """How far from the place it is aligned from a quote's alignment may start."""
    if len(quote) >= LONG_QUOTE:
        return BLOCK_SLACK + EDGE_SLACK
    return max(8, len(quote) // 4)


def _context(stored: str, seen: str, whole: str) -> float:
    """How like the stored context ``whole`` the text beside a candidate is.

    ``seen`` is that text, shorter than ``whole`` where the document now begins or ends, and
    ``stored`` the part of ``whole`` it stands for. The characters that cannot be checked
    count :data:`UNCHECKED` each, neither for nor against: so one character of context at
    the start of a document cannot vouch for a candidate the way 32 matching ones do.
    """
    from rapidfuzz.distance import Indel

    seen_share = len(seen) / len(whole)
    checked = Indel.normalized_similarity(stored, seen) if seen else 0.0
    return checked * seen_share + UNCHECKED * (1 - seen_share)


def _hits(text: str, piece: str, low: int = 0, high: int | None = None) -> list[int]:
    """Where ``piece`` occurs in ``text[low:high]``, or nothing when it occurs more than
    MAX_SEED_HITS times there."""
    high = len(text) if high is None else high
    hits: list[int] = []
    position = text.find(piece, low, high)
    while position != -1:
        if len(hits) == MAX_SEED_HITS:
            return []
        hits.append(position)
        position = text.find(piece, position + 1, high)
    return hits


def _seed_places(text: str, quote: str, low: int, high: int) -> list[int]:
    """Where the quote may start in ``text[low:high]``: the places most seeds agree on.

    Up to :data:`SEEDS` pieces (of :data:`SEED_LENGTH` characters, fewer for short quotes),
    evenly spaced along the quote, are looked up with ``str.find``; a piece found at ``p``
    that sits at ``offset`` in the quote votes for a start at ``p - offset``. A piece found
    more than :data:`MAX_SEED_HITS` times is dropped (it would only add noise), so the
    look-ups cost at most ``SEEDS`` passes over the text whatever the quote. Votes within
    :data:`VOTE_SPREAD` of each other form one place, worth the number of different seeds
    in it; an edit inside the passage shifts the later votes a little, and a changed
    character only loses the seeds that contain it. Long quotes need two seeds to agree.
    """
    size = len(quote)
    length = SEED_LENGTH if size >= 32 else 3 if size >= 12 else 2
    if size < length:
        return []
    count = min(SEEDS, size - length + 1)
    step = (size - length) / max(count - 1, 1)
    votes: list[tuple[int, int]] = []  # (start voted for, seed number)
    for number in range(count):
        offset = round(number * step)
        seed = quote[offset : offset + length]
        votes.extend((hit - offset, number) for hit in _hits(text, seed, low, high))
    votes.sort()
    needed = 2 if size >= LONG_QUOTE else 1
    places: list[tuple[int, int]] = []  # (-number of seeds, start from the first seed)
    group: list[tuple[int, int]] = []
    for vote in [*votes, None]:
        if group and (vote is None or vote[0] - group[-1][0] > VOTE_SPREAD):
            seeds = {number for _, number in group}
            if len(seeds) >= needed:
                places.append((-len(seeds), min(group, key=lambda v: v[1])[0]))
            group = []
        if vote is not None:
            group.append(vote)
    places.sort()
    guesses: list[int] = []
    for _, start in places:
        if len(guesses) == MAX_CANDIDATES:
            break
        if all(abs(start - other) > VOTE_SPREAD for other in guesses):
            guesses.append(max(0, start))
    return guesses


def _bracket(text: str, quote: str, place: int, slack: int) -> tuple[int, int] | None:
    """The span from the quote's first :data:`BRACKET` characters to its last, each found
    exactly within ``slack`` of where it should be, or None.

    An edit inside a passage (a character changed, a word added) leaves its ends alone, and
    finding them costs two bounded look-ups where an alignment costs the square of the
    quote; the span is then scored like any other candidate. Ends that were edited, or are
    too common nearby, leave the work to the alignment.
    """
    size = len(quote)
    if size < 3 * BRACKET:
        return None
    length = len(text)
    starts = _hits(
        text, quote[:BRACKET], max(0, place - slack), min(length, place + slack + BRACKET)
    )
    if not starts:
        return None
    start = min(starts, key=lambda p: (abs(p - place), p))
    tail = start + size - BRACKET  # where the last BRACKET characters should begin
    ends = _hits(
        text,
        quote[-BRACKET:],
        max(start + BRACKET, tail - slack),
        min(length, tail + slack + BRACKET),
    )
    if not ends:
        return None
    return start, min(ends, key=lambda p: (abs(p - tail), p)) + BRACKET


def _refine(text: str, exact: str, start: int, end: int) -> tuple[int, int]:
    """Move the match's edges a little to where it is most like the quote.

    The alignment keeps the quote's length, so a passage that lost or gained a character
    would otherwise start or end one character off.
    """
    from rapidfuzz.distance import Levenshtein

    slack = max(1, min(4, len(exact) // 8))
    best = (Levenshtein.distance(exact, text[start:end]), 0, start, end)
    for ds in range(-slack, slack + 1):
        for de in range(-slack, slack + 1):
            a, b = start + ds, end + de
            if 0 <= a < b <= len(text):
                candidate = (Levenshtein.distance(exact, text[a:b]), abs(ds) + abs(de), a, b)
                best = min(best, candidate)
    return best[2], best[3]


# -- long quotes: seed and extend ----------------------------------------------------------


def _extend(text: str, quote: str, guess: int) -> tuple[float, int, int] | None:
    """Align ``quote`` along ``text`` from ``guess``: (similarity, start, end), or None.

    The quote is aligned :data:`BLOCK` characters at a time (RapidFuzz's bit-parallel
    Levenshtein opcodes) against the text where the block is expected, with
    :data:`BLOCK_SLACK` either side; a block's last :data:`EDGE` characters are aligned
    again at the start of the next, which begins where the alignment put them, so the path
    follows insertions and deletions inside the passage. The work is linear in the quote:
    ``len(quote) / (BLOCK - EDGE)`` alignments of fixed size. The first and last characters
    are placed by :func:`_head` and :func:`_tail`, as an alignment in a wider window pulls
    its ends towards stray matching characters, and every place taken from an alignment
    goes through :func:`_steady`.

    The similarity is RapidFuzz's ratio (as the short path's), 200 × common characters /
    total length, with the common characters summed over the pieces the blocks paired
    (each piece's longest common subsequence): together a common subsequence of quote and
    passage, so the similarity never overstates the true one. Alignment stops as soon as
    the ratio can no longer be reached.
    """
    from rapidfuzz.distance import LCSseq, Levenshtein

    size, length = len(quote), len(text)
    # The most quote characters that may go unmatched while the ratio can still be reached:
    # with m matched, the ratio is at most 200 m / (size + m).
    floor = MIN_QUOTE
    allowed = size - floor * size / (2 - floor)
    begin, at, lower = 0, guess, guess  # quote[begin] is expected at text[at]; matches count
    # from text[lower] (where the previous block's counted matches stop)
    matched = 0
    start = end = 0
    while begin < size:
        stop = begin + BLOCK
        if size - stop < 2 * EDGE:  # the last block keeps room for its EDGE
            stop = size
        low = max(0, at - BLOCK_SLACK)
        high = min(length, at + (stop - begin) + BLOCK_SLACK)
        if high - low < EDGE:
            return None
        opcodes = cast(
            "list[_Opcode]", Levenshtein.opcodes(quote[begin:stop], text[low:high]).as_list()
        )
        ops = [
            op
            for op in opcodes
            if op[2] > op[1]  # skip text-only runs: every quote character is in one op
        ]

        firsts = [op[1] for op in ops]

        def where(
            offset: int,
            ops: list[_Opcode] = ops,
            firsts: list[int] = firsts,
            base: int = begin,
            low: int = low,
        ) -> int:
            """The text position the alignment gives quote[offset]."""
            relative = offset - base
            tag, first, _, dest, dest_end = ops[bisect_right(firsts, relative) - 1]
            return low + (dest if tag == "delete" else min(dest + relative - first, dest_end))

        def place(
            offset: int, where: Callable[[int], int] = where, base: int = begin, at: int = at
        ) -> int:
            """Where quote[offset] is: the alignment's answer or, if as good, the diagonal."""
            return _steady(text, quote, offset, where(offset), at + offset - base)

        if begin == 0:
            start = lower = _head(text, quote, place(EDGE))
        if stop == size:
            end = _tail(text, quote, place(size - EDGE))
            upto, upto_text = size, max(end, lower)
        else:
            upto = stop - EDGE
            upto_text = max(place(upto), lower)
        matched += LCSseq.similarity(quote[begin:upto], text[lower:upto_text])
        if upto - matched > allowed:
            return None
        begin, at, lower = upto, upto_text, upto_text
    if end <= start:
        return None
    return 200 * matched / (size + end - start), start, end


def _steady(text: str, quote: str, offset: int, aligned: int, diagonal: int) -> int:
    """Where quote[offset] is: ``aligned`` (the block's alignment says so) unless a place
    near ``diagonal`` (no insertion or deletion since the block began) fits as well.

    An alignment in a window wider than its block may slide along a text that repeats
    itself (a chant, the same phrase many times) at no cost, by whole repetitions, and the
    slides would add up from block to block. So when the alignment moved more than
    :data:`EDGE_SLACK` off the diagonal, the places within EDGE_SLACK of the diagonal are
    compared with it on the next :data:`EDGE` characters of the quote, and the nearest of
    the best is kept if it is as good: at most 2·EDGE_SLACK+2 distances of EDGE characters.
    """
    from rapidfuzz.distance import Levenshtein

    if abs(aligned - diagonal) <= EDGE_SLACK:
        return aligned
    piece = quote[offset : offset + EDGE]
    moved = Levenshtein.distance(piece, text[aligned : aligned + EDGE])
    near = range(max(0, diagonal - EDGE_SLACK), min(len(text), diagonal + EDGE_SLACK) + 1)
    best = min(
        ((Levenshtein.distance(piece, text[p : p + EDGE]), abs(p - diagonal), p) for p in near),
        default=(moved + 1, 0, aligned),
    )
    return best[2] if best[0] <= moved else aligned


def _head(text: str, quote: str, after: int) -> int:
    """Where ``quote`` starts, given that ``quote[EDGE]`` is at ``after``.

    The start closest to ``after - EDGE`` among those whose text is most like the quote's
    first :data:`EDGE` characters, within :data:`EDGE_SLACK`: 2·EDGE_SLACK+1 distances of
    EDGE characters.
    """
    from rapidfuzz.distance import Levenshtein

    expected = after - EDGE
    head = quote[:EDGE]
    best = (EDGE + 1, 0, max(0, min(expected, after)))
    for start in range(max(0, expected - EDGE_SLACK), min(after, expected + EDGE_SLACK) + 1):
        best = min(
            best, (Levenshtein.distance(head, text[start:after]), abs(start - expected), start)
        )
    return best[2]


def _tail(text: str, quote: str, before: int) -> int:
    """Where ``quote`` ends, given that ``quote[-EDGE]`` is at ``before`` (as :func:`_head`)."""
    from rapidfuzz.distance import Levenshtein

    expected = before + EDGE
    tail = quote[-EDGE:]
    best = (EDGE + 1, 0, min(len(text), max(expected, before)))
    for end in range(max(before, expected - EDGE_SLACK), min(len(text), expected + EDGE_SLACK) + 1):
        best = min(best, (Levenshtein.distance(tail, text[before:end]), abs(end - expected), end))
    return best[2]
