"""Random edits of a document that remember where every character went: the ground truth of
the re-anchoring fuzz (``bench_reanchoring_fuzz.py``) and of its property test.

An :class:`Edited` text keeps, for each of its characters, the index it had in the original
(or -1 for a character the edit wrote), so for any note on the original one can tell whether
its passage *survived* (every character kept, in order, side by side: only the text around
it changed, or its script) and where it is now, or what is left of it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PUNCTUATION = "，。、；：！？「」『』（）"
KINDS = ("insert", "delete", "replace", "punctuation")


@dataclass
class Edited:
    text: str
    origin: list[int]  # origin[i]: index in the original of text[i], or -1 if written anew
    description: str = ""

    def where(self, size: int) -> list[int]:
        """For each index of the original (of ``size`` characters), where it is now or -1."""
        now = [-1] * size
        for index, old in enumerate(self.origin):
            if old >= 0:
                now[old] = index
        return now


def survived(where: list[int], start: int, end: int) -> tuple[int, int] | None:
    """Where ``original[start:end]`` is now if it survived whole and contiguous, else None."""
    first = where[start]
    if first < 0:
        return None
    for offset in range(1, end - start):
        if where[start + offset] != first + offset:
            return None
    return first, first + (end - start)


def remains(where: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The span from the first to the last surviving character of a passage, if any."""
    kept = [where[k] for k in range(start, end) if where[k] >= 0]
    return (min(kept), max(kept) + 1) if kept else None


def edit(text: str, rng: random.Random, share: float, moves: int = 2) -> Edited:
    """``text`` with random insertions, deletions, replacements and punctuation changes that
    touch about ``share`` of its characters, and ``moves`` paragraphs moved elsewhere.

    Inserted and replacing characters are drawn from the text itself, so new text looks like
    the old (the hard case for anchoring: it may recreate a quote). The edits are placed
    first and applied in one pass, so a book costs linear time.
    """
    size = len(text)
    alphabet = text
    budget = max(1, int(size * share))
    edits: dict[int, tuple[str, int]] = {}  # where -> (kind, length)
    spent = 0
    for _ in range(budget * 4):  # bounded: a crowded short text stops early
        if spent >= budget:
            break
        kind = rng.choice(KINDS)
        at = rng.randrange(size)
        length = 1 if kind == "punctuation" else rng.randint(1, 12)
        if any(other in edits for other in range(at - 12, at + length + 1)):
            continue  # edits never touch each other, so they apply in one pass
        edits[at] = (kind, length)
        spent += length
    chars: list[str] = []
    origin: list[int] = []
    index = 0
    for at in sorted(edits):
        if at < index:
            continue
        chars.extend(text[index:at])
        origin.extend(range(index, at))
        kind, length = edits[at]
        index = at
        if kind == "insert":
            chars.extend(rng.choice(alphabet) for _ in range(length))
            origin.extend([-1] * length)
        elif kind == "delete":
            index = min(size, at + length)
        elif kind == "replace":
            chars.extend(rng.choice(alphabet) for _ in range(length))
            origin.extend([-1] * length)
            index = min(size, at + length)
        else:  # punctuation: a mark changed, or one added where there was none
            if text[at] in PUNCTUATION:
                chars.append(rng.choice([p for p in PUNCTUATION if p != text[at]]))
                origin.append(-1)
                index = at + 1
            else:
                chars.append(rng.choice(PUNCTUATION))
                origin.append(-1)
    chars.extend(text[index:])
    origin.extend(range(index, size))
    edited = Edited("".join(chars), origin, f"{len(edits)} edits, {spent / size:.1%}")
    for _ in range(moves):
        edited = move_paragraph(edited, rng)
    return edited


def move_paragraph(edited: Edited, rng: random.Random) -> Edited:
    """One paragraph (at most 5 % of the text) cut and put back at another paragraph break."""
    text = edited.text
    breaks = [i for i, c in enumerate(text) if c == "\n"]
    if len(breaks) < 3:
        return edited
    first = rng.randrange(len(breaks) - 1)
    start, end = breaks[first] + 1, breaks[first + 1] + 1
    if end - start > len(text) // 20:
        return edited
    piece, piece_origin = text[start:end], edited.origin[start:end]
    rest, rest_origin = text[:start] + text[end:], edited.origin[:start] + edited.origin[end:]
    targets = [i + 1 for i, c in enumerate(rest) if c == "\n"]
    if not targets:
        return edited
    to = rng.choice(targets)
    return Edited(
        rest[:to] + piece + rest[to:],
        rest_origin[:to] + piece_origin + rest_origin[to:],
        edited.description + ", a paragraph moved",
    )


def convert_script(edited: Edited, config: str) -> Edited:
    """The whole text converted with OpenCC ``config``; a line whose length changed loses
    the origin of its characters (they count as new text), every other line keeps it."""
    from reader.core.text.opencc_engine import get_engine

    engine = get_engine()
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for line in edited.text.split("\n"):
        converted = engine.convert(config, line)
        pieces.append(converted)
        kept = edited.origin[at : at + len(line)]
        origin.extend(kept if len(converted) == len(line) else [-1] * len(converted))
        at += len(line)
        if at < len(edited.text):  # the newline after the line
            origin.append(edited.origin[at])
            at += 1
    return Edited("\n".join(pieces), origin, edited.description + f", then {config}")


def note_spans(text: str, rng: random.Random, count: int) -> list[tuple[int, int]]:
    """``count`` passages to annotate: lengths log-uniform from 2 to 2,000 characters, and a
    fifth on the text's most repeated short names (its most frequent 2–4-character runs of
    ideographs, such as 英伟达 in the bundled pair), each at one of its occurrences."""
    spans: list[tuple[int, int]] = []
    size = len(text)
    for _ in range(count - count // 5):
        length = min(size - 1, round(2 * 1000 ** rng.random()))
        start = rng.randrange(0, size - length)
        spans.append((start, start + length))
    names = repeated_names(text)
    for _ in range(count // 5):
        name = rng.choice(names)
        places = []
        position = text.find(name)
        while position != -1 and len(places) < 500:
            places.append(position)
            position = text.find(name, position + 1)
        start = rng.choice(places)
        spans.append((start, start + len(name)))
    return spans


def repeated_names(text: str, top: int = 20) -> list[str]:
    """The ``top`` most frequent runs of 2–4 ideographs that occur at least three times."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for length in (2, 3, 4):
        for start in range(0, len(text) - length, 3):
            piece = text[start : start + length]
            if all("\u4e00" <= c <= "\u9fff" for c in piece):
                counts[piece] += 1
    return [name for name, n in counts.most_common(top * 3) if n >= 3][:top] or [text[:2]]
