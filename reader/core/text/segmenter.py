"""Word segmentation with jieba's dictionary, loaded once, off the UI thread.

jieba is used for what it does best: a 350,000-word dictionary with frequencies and
part-of-speech tags, and fast dictionary-based segmentation. Its HMM guesser for unknown words
is switched off in segmentation: it is five times slower and splits brand names it has never
seen (英伟达 → 英 / 伟达) no better than the dictionary does. Names missing from the dictionary
are found instead by :mod:`reader.core.comparison.topics`, from the two texts themselves (in
articles, the HMM only proposes names in runs of single characters: :meth:`Segmenter.guess_words`),
and from the alias table, whose names are added here as words.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import warnings
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from reader.core.errors import DuiduError
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence

# Tags (jieba's, from the ICTCLAS set) of words that can name a topic.
ENTITY_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "eng", "j"})
CONCEPT_TAGS = frozenset({"n", "vn", "nw", "an", "l"})
MAX_GUESSES = 20_000  # runs whose HMM words are remembered (about 2 MB)
# Between jieba's blocks of Han characters, letters and digits, every character is a token,
# only a Windows line break is one (jieba's re_skip_default split, then one token a character).
_OTHER = re.compile(r"\r\n|.", re.DOTALL)
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_UNSEEN = object()


class Segmenter:
    """A jieba tokenizer of our own (not jieba's global one), its tags and word weights."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokenizer: Any = None
        self._tags: dict[str, str] = {}
        self._log_total = 0.0
        self._added: dict[str, int] = {}  # word added as a single token → its own frequency
        self._guesser: Any = None
        self._guesses: dict[str, list[str]] = {}  # run of characters → the HMM's words
        self._han: Any = None  # jieba's pattern of the blocks it cuts with its dictionary
        # Dictionary word → its weight in jieba's route (log frequency - log total), and
        # None for a prefix that is no word: only those the texts hold (tens of thousands).
        self._weights: dict[str, Any] = {}
        self._weights_total = 0

    @property
    def loaded(self) -> bool:
        return self._tokenizer is not None

    def load(self) -> None:
        """Load the dictionary (about a second the first time); safe to call from any thread."""
        with self._lock:
            if self._tokenizer is not None:
                return
            with warnings.catch_warnings():  # jieba imports pkg_resources where it can
                warnings.simplefilter("ignore")
                try:
                    import jieba
                except ImportError:
                    raise DuiduError(
                        Sentence(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "Topics need the jieba package, which is not installed "
                                "(pip install jieba).",
                            )
                        )
                    ) from None
            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            dictionary = Path(jieba.__file__).with_name("dict.txt")
            tags: dict[str, str] = {}
            with dictionary.open(encoding="utf-8") as lines:
                for line in lines:
                    parts = line.split()
                    if len(parts) == 3:
                        tags[parts[0]] = parts[2]
            from jieba import finalseg  # the HMM, already imported with jieba (no extra cost)

            self._tags = tags
            self._log_total = math.log(tokenizer.total)
            self._guesser = finalseg
            self._han = jieba.re_han_default
            self._tokenizer = tokenizer

    def add_words(self, words: Iterable[str], tag: str = "nz") -> None:
        """Make ``words`` (names from the alias table) single tokens."""
        self.load()
        with self._lock:
            for word in words:
                if word and word not in self._added and not word.isascii():
                    own = self.frequency(word)
                    self._tokenizer.add_word(word, freq=max(own, 1000))
                    self._tags.setdefault(word, tag)
                    self._added[word] = own
            self._weights.clear()

    def words(self, text: str) -> Iterator[str]:
        """Every token of ``text`` in order, punctuation and spaces included (an iterator:
        a 20 MB book has millions of tokens, which need not all exist at once).

        The tokens of ``jieba.Tokenizer.cut(text, HMM=False)``, exactly, in about half of
        its time (:meth:`_cut_block`)."""
        self.load()
        with self._lock:  # add_words changes the dictionary
            tokenizer = self._tokenizer
            if self._weights_total != tokenizer.total:
                self._weights.clear()
                self._weights_total = tokenizer.total
        return chain.from_iterable(self._pieces(text, math.log(tokenizer.total)))

    def _pieces(self, text: str, log_total: float) -> Iterator[list[str]]:
        """The tokens of ``text``, a list for each of jieba's blocks and each gap between."""
        other = _OTHER.findall
        position = 0
        for match in self._han.finditer(text):
            start, end = match.span()
            if start > position:
                yield other(text, position, start)
            yield self._cut_block(match.group(), log_total)
            position = end
        if position < len(text):
            yield other(text, position)

    def _cut_block(self, block: str, log_total: float) -> list[str]:
        """jieba's ``__cut_DAG_NO_HMM`` of one block: the route of the highest sum of log
        frequencies (``calc`` over ``get_DAG``) in one backward pass, with the same floating-
        point sums and the same tie-break (the longer word), then single ASCII letters and
        digits joined (``H20``)."""
        weights, frequencies = self._weights, self._tokenizer.FREQ
        get = weights.get
        n = len(block)
        values = [0.0] * (n + 1)  # values[k]: the best route's sum from k to the end
        ends = list(range(n + 1))  # ends[k]: the last character of the route's word at k
        for k in range(n - 1, -1, -1):
            best: float | None = None
            fragment = block[k]
            i = k + 1
            while True:
                weight = get(fragment, _UNSEEN)
                if weight is _UNSEEN:
                    count = frequencies.get(fragment)
                    if count is None:  # no word starts so: the DAG ends here
                        break
                    weight = weights[fragment] = math.log(count) - log_total if count else None
                if weight is not None:
                    value = weight + values[i]
                    if best is None or value >= best:  # max((value, x)): ties to the longer
                        best = value
                        ends[k] = i - 1
                if i == n:
                    break
                i += 1
                fragment = block[k:i]
            values[k] = -log_total + values[k + 1] if best is None else best
        words: list[str] = []
        buffer = ""
        x = 0
        while x < n:
            y = ends[x] + 1
            word = block[x:y]
            if y - x == 1 and word in _ASCII_ALNUM:
                buffer += word
            else:
                if buffer:
                    words.append(buffer)
                    buffer = ""
                words.append(word)
            x = y
        if buffer:
            words.append(buffer)
        return words

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every token of ``text``, punctuation and spaces included."""
        self.load()
        position = 0
        spans: list[tuple[int, int]] = []
        for word in self.words(text):
            end = position + len(word)
            spans.append((position, end))
            position = end
        return spans

    def guess_words(self, characters: str) -> list[str]:
        """How jieba's HMM would cut a run of characters the dictionary has no word for
        (陈中瑞 → 陈中瑞). Only for proposals: the HMM also joins what is no word (再破发),
        so the caller keeps only what the texts confirm."""
        words = self._guesses.get(characters)
        if words is None:
            self.load()
            if len(self._guesses) >= MAX_GUESSES:  # runs repeat (的是, 为此): keep the memo small
                self._guesses.clear()
            words = self._guesses[characters] = list(self._guesser.cut(characters))
        return words

    def tag(self, word: str) -> str | None:
        """jieba's part-of-speech tag for a dictionary word, else None."""
        return self._tags.get(word)

    def frequency(self, word: str) -> int:
        """How common ``word`` is in the dictionary's corpus (not our boost for added names)."""
        if word in self._added:
            return self._added[word]
        count: int = self._tokenizer.FREQ.get(word, 0) if self._tokenizer else 0
        return count

    def rarity(self, word: str) -> float:
        """Inverse document frequency from the dictionary's counts: high for rare words.

        A word the dictionary lacks (a new name) gets the rarity of a word seen five times.
        """
        return self._log_total - math.log(max(self.frequency(word), 5))


_shared: Segmenter | None = None
_shared_lock = threading.Lock()


def get_segmenter() -> Segmenter:
    """The process-wide segmenter (its dictionary is loaded on first use, not here)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Segmenter()
        return _shared
