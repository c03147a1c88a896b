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
import threading
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from reader.core.errors import DuiduError
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence

# Tags (jieba's, from the ICTCLAS set) of words that can name a topic.
ENTITY_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "eng", "j"})
CONCEPT_TAGS = frozenset({"n", "vn", "nw", "an", "l"})
MAX_GUESSES = 20_000  # runs whose HMM words are remembered (about 2 MB)


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

    def words(self, text: str) -> Iterator[str]:
        """Every token of ``text`` in order, punctuation and spaces included (a generator:
        a 20 MB book has millions of tokens, which need not all exist at once)."""
        self.load()
        tokens: Iterator[str] = self._tokenizer.cut(text, HMM=False)
        return tokens

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every token of ``text``, punctuation and spaces included."""
        self.load()
        position = 0
        spans: list[tuple[int, int]] = []
        for word in self._tokenizer.cut(text, HMM=False):
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
