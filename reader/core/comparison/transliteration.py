"""One foreign name transliterated two ways: 斯威雅蒂 and 斯维亚泰克, 艾波特 and 阿博特.

Taiwan, Hong Kong and the mainland spell a foreign name with characters of their own
choosing, so the two articles of a pair name one person differently, and the dictionary
knows neither spelling (it cuts both into single characters). No table can hold every
name, but the spellings sound alike: the mainland's 普雷沃斯特 and Taiwan's 普瑞弗斯特 are
*pu lei wo si te* and *pu rui fu si te*. A name one article writes and the other does not is
paired with one the other writes that reads alike (:func:`pair_names`).

Only characters that spell foreign names count (``resources/transliteration.tsv``, made by
``packaging/transliteration.py`` from jieba's dictionary, with pypinyin's readings), so
a run of them is a name rather than a phrase (第二高 and 第二热 read alike but are no names).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from functools import cache
from itertools import chain
from pathlib import Path

READINGS = "transliteration.tsv"
MAX_READINGS = 5_000  # lines read at most (it has 368)
MAX_READING = 6  # letters of a syllable's reading at most (zhuang)
MAX_HETERONYMS = 8  # readings of one character at most (勒: lei, le)
SHORTEST = 3  # characters of a name at least: two (米尔, 密尔) read alike too often by chance
LONGEST = 8  # and at most (卡勒斯纳霍凯 has six, 克劳斯瑙霍尔考伊 eight)
# The two spellings have at least this many syllables read the same, in any order...
SHARED_SYLLABLES = 2
# ...and their readings at least this similarity (:func:`similarity`). On the 74 pairs of
# the evaluation set the names so paired (eleven, all right) scored 0.5 to 1.0, and no
# other two names with two syllables in common reached even 0.34.
SIMILAR = 0.5
# Names of three syllables are held to more: two of three read the same and the third
# unlike (奥尔森 and 奥尔罕, Olsson and Orhan, in a held-out pair) is two people; one
# syllable may only differ by a shared initial or final (艾波特 and 阿博特, 0.83).
SHORT = 3
SHORT_SIMILAR = 0.8
MAX_NAMES = 2_000  # one-sided names of an article compared at most (the most used first)
_INITIALS = (
    "zh ch sh b p m f d t n l g k h j q x r z c s y w".split()  # noqa: SIM905 (a list of tokens)
)


@cache
def readings() -> Mapping[str, tuple[str, ...]]:
    """The bundled ``resources/transliteration.tsv`` (:func:`load_readings`), read once."""
    from reader.paths import resources_dir

    return load_readings(resources_dir() / READINGS)


def load_readings(path: Path) -> dict[str, tuple[str, ...]]:
    """Character → its readings, the commonest first. Our own file, read with care all the
    same (a line that is not one Han character and a few short lowercase readings is
    skipped, and :data:`MAX_READINGS` lines at most are read); without it, no names are
    paired."""
    table: dict[str, tuple[str, ...]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return table
    for line in lines[:MAX_READINGS]:
        character, _, read = line.partition("\t")
        heteronyms = tuple(read.split(",", MAX_HETERONYMS))
        if (
            len(heteronyms) <= MAX_HETERONYMS
            and len(character) == 1
            and "\u4e00" <= character <= "\u9fff"
            and all(_is_reading(reading) for reading in heteronyms)
        ):
            table[character] = heteronyms
    return table


def _is_reading(reading: str) -> bool:
    return (
        0 < len(reading) <= MAX_READING
        and reading.isascii()
        and reading.isalpha()
        and reading.islower()
    )


def _parts(syllable: str) -> tuple[str, str]:
    """A reading's initial and final: ``lei`` → (``l``, ``ei``); ``a`` → (``""``, ``a``)."""
    for initial in _INITIALS:
        if syllable.startswith(initial):
            return initial, syllable[len(initial) :]
    return "", syllable


def _cost(one: tuple[str, ...], other: tuple[str, ...]) -> float:
    """What replacing one character by another costs, by their readings: nothing when they
    can read the same (波 bo and 博 bo; 勒 lei or le and 了 le or liao), half when they share
    an initial or a final (巴 ba and 帕 pa; 朗 lang and 伦 lun), one otherwise (森 sen and 罕
    han)."""
    if not set(one).isdisjoint(other):
        return 0.0
    for reading in one:
        initial, final = _parts(reading)
        for other_reading in other:
            other_initial, other_final = _parts(other_reading)
            if initial == other_initial or final == other_final:
                return 0.5
    return 1.0


def similarity(one: list[tuple[str, ...]], other: list[tuple[str, ...]]) -> float:
    """1 minus the edit distance of two names' syllables (:func:`_cost` to replace one, 1
    to leave one out) over the longer name's length: 1.0 for 密尔顿 and 米尔顿, 0.6 for
    斯威雅蒂 and 斯维亚泰克 (*di* for *tai ke*)."""
    if not one or not other:
        return 0.0
    previous = [float(j) for j in range(len(other) + 1)]
    for i, syllable in enumerate(one, 1):
        current = [float(i)]
        for j, other_syllable in enumerate(other, 1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + _cost(syllable, other_syllable),
                )
            )
        previous = current
    return 1 - previous[-1] / max(len(one), len(other))


def pair_names(
    left: Collection[str], right: Collection[str], table: Mapping[str, tuple[str, ...]]
) -> list[tuple[str, str]]:
    """Each name of ``left`` with the name of ``right`` that reads most like it, best pairs
    first, each name in one pair at most.

    The names are those only one article writes, of :data:`SHORTEST` to :data:`LONGEST`
    characters that all have a reading in ``table``. A pair reads alike when the two share
    :data:`SHARED_SYLLABLES` syllables and score :data:`SIMILAR` or more (names of three
    syllables :data:`SHORT_SIMILAR`); neither may hold the other (万人 and 万多人 are one
    phrase with a word more, not two spellings)."""
    spelled = [
        {name: [table[c] for c in name] for name in side if _spellable(name, table)}
        for side in (left, right)
    ]
    by_syllable: dict[str, set[str]] = {}
    for name, syllables in spelled[1].items():
        for reading in chain.from_iterable(syllables):
            by_syllable.setdefault(reading, set()).add(name)
    candidates: list[tuple[float, str, str]] = []
    for name, syllables in spelled[0].items():
        shared: Counter[str] = Counter()  # the other's names, by syllables read the same
        for heteronyms in set(syllables):  # a syllable: the readings of one character
            shared.update(set().union(*(by_syllable.get(reading, ()) for reading in heteronyms)))
        for other, count in shared.items():
            if count < SHARED_SYLLABLES or name in other or other in name:
                continue
            score = similarity(syllables, spelled[1][other])
            short = max(len(name), len(other)) <= SHORT
            if score >= (SHORT_SIMILAR if short else SIMILAR):
                candidates.append((score, name, other))
    candidates.sort(key=lambda candidate: (-candidate[0], candidate[1], candidate[2]))
    paired: list[tuple[str, str]] = []
    taken: set[str] = set()
    for _score, name, other in candidates:
        if name not in taken and other not in taken:
            taken.update((name, other))
            paired.append((name, other))
    return paired


def _spellable(name: str, table: Mapping[str, tuple[str, ...]]) -> bool:
    return SHORTEST <= len(name) <= LONGEST and all(c in table for c in name)
