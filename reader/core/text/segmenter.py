"""Word segmentation with jieba's dictionary, through rjieba (jieba-rs), loaded off the UI thread.

jieba's dictionary is used for what it does best: 350,000 words with frequencies and
part-of-speech tags. The cutting is rjieba's, the Rust port of jieba: the same dictionary
and the same route through it, so the tokens are those of ``jieba.Tokenizer.cut(text,
HMM=False)`` (checked on the evaluation set and the corpus), but the dictionary loads in
about 70 ms instead of 0.9 s and a 1 MB book is cut in 0.2 s instead of 1.7 s. jieba's HMM
guesser for unknown words is off in segmentation: it splits brand names it has never seen
(英伟达 → 英 / 伟达) no better than the dictionary does. Names missing from the dictionary are
found instead by :mod:`reader.core.comparison.topics`, from the two texts themselves (in
articles, the HMM only proposes names in runs of single characters: :meth:`Segmenter.guess_words`),
and from the alias table, whose names are added here as words.

rjieba answers a word's tag and frequency only through its cutting: a dictionary word the
route keeps whole has its own tag, and ``suggest_freq`` gives its frequency (or one more,
from a rounding in jieba's formula). The 2.4 % of dictionary words the route always splits
(约谈 is always 约 | 谈) are never tokens, but word discovery joins them again: their
frequencies and tags are in ``resources/split_words.tsv`` (from jieba's dictionary, made by
``packaging/split_words.py``).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import math
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

from reader.core.errors import DuiduError
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence

# Tags (jieba's, from the ICTCLAS set) of words that can name a topic.
ENTITY_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "eng", "j"})
CONCEPT_TAGS = frozenset({"n", "vn", "nw", "an", "l"})
# The sum of the frequencies in jieba's dictionary, which rjieba embeds unchanged
# (tests/core/text/test_segmenter.py checks it against rjieba's own arithmetic). Rarity is
# measured against it, as jieba's ``Tokenizer.total`` before any word was added.
DICTIONARY_TOTAL = 60_101_967
SPLIT_WORDS = "split_words.tsv"
MAX_SPLIT_WORDS = 100_000  # lines read from it at most (it has 8,398)
MAX_GUESSES = 20_000  # runs whose HMM words are remembered (about 2 MB)
MAX_MEMO = 500_000  # words whose tag and frequency are remembered (a 20 MB book has more)
# Characters cut in one call. A whole book cut at once held the GIL for 70 ms; a piece this
# size holds it about 4 ms. Pieces end after a line break (or other character jieba never
# puts in a word), where its own cut starts a new block, so the tokens are the same.
CUT_PIECE = 16_384


def _rjieba_class() -> Any:
    """rjieba's ``Jieba`` class, from its compiled module alone when it can be found.

    ``import rjieba`` builds a default tokenizer we never use (its ``__init__`` calls
    ``Jieba()`` for its module-level ``cut``): 0.16 s holding the GIL, while the window
    waited to paint the first topics. The compiled module is loaded as ``rjieba.rjieba``,
    so a later ``import rjieba`` finds it there instead of loading it twice.
    """
    loaded = sys.modules.get("rjieba.rjieba")
    if loaded is not None:
        return loaded.Jieba
    package = importlib.util.find_spec("rjieba")
    if package is None:
        raise ImportError("rjieba")
    for folder in package.submodule_search_locations or ():
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / f"rjieba{suffix}"
            spec = importlib.util.spec_from_file_location("rjieba.rjieba", path)
            if path.is_file() and spec is not None and spec.loader is not None:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                sys.modules["rjieba.rjieba"] = module
                return module.Jieba
    import rjieba  # laid out otherwise (a frozen app): the package as it is

    return rjieba.Jieba


class Segmenter:
    """An rjieba tokenizer of our own (not a global one), with its tags and word weights."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # rjieba's dictionary changes when words are added
        self._tokenizer: Any = None
        self._log_total = math.log(DICTIONARY_TOTAL)
        self._added: dict[str, int] = {}  # word added as a single token → its own frequency
        self._added_tags: dict[str, str] = {}  # … → its dictionary tag, else the one given
        # … → the frequency and tag it was added with: added again when the dictionary is
        # loaded after a release, so a reloaded tokenizer cuts as the released one did
        self._replay: dict[str, tuple[int, str]] = {}
        self._guesses: dict[str, list[str]] = {}  # run of characters → the HMM's words
        self._tags: dict[str, str | None] = {}  # memo: word → its dictionary tag, or None
        self._frequencies: dict[str, int] = {}  # memo: word → its dictionary frequency
        self._split: dict[str, tuple[int, str]] = {}  # dictionary words the route splits
        self._split_cuts: dict[frozenset[str], dict[str, tuple[str, ...]]] = {}

    @property
    def loaded(self) -> bool:
        return self._tokenizer is not None

    def load(self) -> None:
        """Load the dictionary (about 0.1 s, holding the GIL: from a worker, as soon as
        the window has painted); from any thread."""
        with self._lock:
            self._loaded()

    def _loaded(self) -> Any:
        """The tokenizer, loading it first if it is not (under the lock). Every use goes
        through here, so a :meth:`release` between two uses costs a reload, never a word."""
        if self._tokenizer is None:
            try:
                jieba_class = _rjieba_class()
            except ImportError:
                raise DuiduError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Topics need the rjieba package, which is not installed "
                            "(pip install rjieba).",
                        )
                    )
                ) from None
            if not self._split:
                self._split = _split_words()
            tokenizer = jieba_class()
            for word, (frequency, tag) in self._replay.items():
                tokenizer.add_word(word, frequency, tag)
            self._tokenizer = tokenizer
        return self._tokenizer

    def release(self) -> None:
        """Let go of the dictionary until it is next needed.

        It holds about 25 MB in Rust, which the window kept for as long as it was open
        although only an analysis uses it; the next one loads it again (0.1-0.15 s on its
        worker) with the words added since (:meth:`add_words`), so it cuts as before. What
        was learnt of words' tags and frequencies is kept: the same dictionary answers."""
        with self._lock:
            self._tokenizer = None

    def add_words(self, words: Iterable[str], tag: str = "nz") -> None:
        """Make ``words`` (names from the alias table) single tokens."""
        self.load()
        added: dict[str, str] = {}
        for word in words:
            if word and word not in self._added and word not in added and not word.isascii():
                own, own_tag = self.frequency(word), self.tag(word)
                weight = max(own, 1000)
                with self._lock:
                    self._loaded().add_word(word, weight, tag)
                    self._replay[word] = (weight, tag)
                    self._added[word] = own
                added[word] = own_tag or tag
        if added:
            self._added_tags.update(added)
            self._split_cuts = {}
            # What words cut into changed: forget what was learnt from their cutting.
            self._tags = {}
            self._frequencies = {}

    def words(self, text: str) -> Iterator[str]:
        """Every token of ``text`` in order, punctuation and spaces included (an iterator:
        a 20 MB book has millions of tokens, which need not all exist at once): the tokens
        of ``jieba.Tokenizer.cut(text, HMM=False)``, cut a piece at a time."""
        self.load()
        return chain.from_iterable(self._cut(text[start:end]) for start, end in _pieces(text))

    def _cut(self, piece: str) -> list[str]:
        with self._lock:
            return list(self._loaded().cut(piece, False))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every token of ``text``, punctuation and spaces included."""
        position = 0
        spans: list[tuple[int, int]] = []
        for word in self.words(text):
            end = position + len(word)
            spans.append((position, end))
            position = end
        return spans

    def first_words(self, texts: Sequence[str]) -> list[str]:
        """The first token of each of ``texts``, cut in one call (3,400 alias names one call
        each took 50 ms): no token spans a line break, so lines joined by one cut as each
        does alone."""

        def alone(text: str) -> str:
            return text[slice(*self.spans(text)[0])] if text else ""

        if not texts or any("\n" in text or not text for text in texts):
            return list(map(alone, texts))
        firsts: list[str] = []
        at_start = True
        for word in self.words("\n".join(texts)):
            if word == "\n":
                at_start = True
            elif at_start:
                firsts.append(word)
                at_start = False
        if len(firsts) != len(texts) or not all(map(str.startswith, texts, firsts)):
            return list(map(alone, texts))  # the texts were cut otherwise
        return firsts

    def guess_words(self, characters: str) -> list[str]:
        """How jieba's HMM would cut a run of characters the dictionary has no word for
        (陈中瑞 → 陈中瑞). Only for proposals: the HMM also joins what is no word (再破发),
        so the caller keeps only what the texts confirm."""
        words = self._guesses.get(characters)
        if words is None:
            if len(self._guesses) >= MAX_GUESSES:  # runs repeat (的是, 为此): keep the memo small
                self._guesses.clear()
            with self._lock:
                words = self._loaded().cut(characters, True)
            self._guesses[characters] = words
        return words

    def tag(self, word: str) -> str | None:
        """jieba's part-of-speech tag for a dictionary word, else None."""
        if word in self._added_tags:
            return self._added_tags[word]
        if word in self._tags:
            return self._tags[word]
        if word in self._split:
            return self._split[word][1]
        found = None
        if word:
            with self._lock:
                tokenizer = self._loaded()
                if tokenizer.has_word(word):
                    tagged = tokenizer.tag(word, False)
                    if len(tagged) == 1:  # kept whole: the dictionary's own tag
                        found = tagged[0][1]
        if len(self._tags) >= MAX_MEMO:
            self._tags.clear()
        self._tags[word] = found
        return found

    def frequency(self, word: str) -> int:
        """How common ``word`` is in the dictionary's corpus (not our boost for added names)."""
        if word in self._added:
            return self._added[word]
        if word in self._split:
            return self._split[word][0]
        count = self._frequencies.get(word)
        if count is None:
            count = 0
            if word:
                with self._lock:
                    tokenizer = self._loaded()
                    if tokenizer.has_word(word):
                        count = int(tokenizer.suggest_freq(word))
            if len(self._frequencies) >= MAX_MEMO:
                self._frequencies.clear()
            self._frequencies[word] = count
        return count

    def split_words(self, tags: frozenset[str]) -> dict[str, tuple[str, ...]]:
        """Dictionary words with one of ``tags`` that the route always cuts apart, each with
        the tokens it is cut into (约谈 → 约, 谈): made once per set of tags."""
        self.load()
        found = self._split_cuts.get(tags)
        if found is None:
            found = {
                word: tuple(self.words(word))
                for word, (_count, tag) in self._split.items()
                if tag in tags
            }
            self._split_cuts[tags] = found
        return found

    def rarity(self, word: str) -> float:
        """Inverse document frequency from the dictionary's counts: high for rare words.

        A word the dictionary lacks (a new name) gets the rarity of a word seen five times.
        """
        return self._log_total - math.log(max(self.frequency(word), 5))


def _split_words() -> dict[str, tuple[int, str]]:
    """``resources/split_words.tsv``: word → (frequency, tag). Our own file, read with care
    all the same (a line that is not ``word, count, tag`` is skipped); without it, those
    words have no tag and an approximate frequency."""
    from reader.paths import resources_dir

    table: dict[str, tuple[int, str]] = {}
    try:
        lines = (resources_dir() / SPLIT_WORDS).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return table
    for line in lines[:MAX_SPLIT_WORDS]:
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#") and parts[1].isdigit():
            table[parts[0]] = (int(parts[1]), parts[2])
    return table


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Spans of about :data:`CUT_PIECE` characters that end where jieba's cut starts anew:
    after a line break, else after another character no word holds (punctuation, spaces).
    Only a piece with none at all (thousands of letters in a row) ends where it must, and
    the word across that one seam may be cut differently."""
    length = len(text)
    start = 0
    while length - start > CUT_PIECE:
        end = text.find("\n", start + CUT_PIECE, start + 4 * CUT_PIECE)
        if end >= 0:
            end += 1
        else:
            end = start + CUT_PIECE
            while end > start + 1 and not _ends_a_block(text[end - 1]):
                end -= 1
            if end == start + 1 and not _ends_a_block(text[start]):
                end = start + CUT_PIECE
        yield start, end
        start = end
    if start < length or not text:
        yield start, length


def _ends_a_block(character: str) -> bool:
    """Whether jieba's cut never joins ``character`` to what follows it: neither a letter, a
    digit nor an ideograph, nor one of the ASCII signs its blocks hold (``+#&._%-``)."""
    return not character.isalnum() and character not in "+#&._%-"


def engine_version() -> str:
    """The segmentation engine and its version (what an analysis depends on)."""
    import importlib.metadata

    try:
        return f"rjieba {importlib.metadata.version('rjieba')}"
    except importlib.metadata.PackageNotFoundError:
        return "rjieba"


_shared: Segmenter | None = None
_shared_lock = threading.Lock()


def get_segmenter() -> Segmenter:
    """The process-wide segmenter (its dictionary is loaded on first use, not here)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Segmenter()
        return _shared
