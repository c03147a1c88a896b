"""Topics both articles discuss, topics only one discusses, and where each occurs.

The pipeline, for two documents of any script:

1. Normalise both to mainland Simplified with folded case (:mod:`reader.core.text.folding`),
   keeping the maps back to the original text.
2. Segment with jieba's dictionary (:mod:`reader.core.text.segmenter`); names from the alias table
   are single words, and token sequences that spell an alias (``jensen huang``) become its
   group's name.
3. Discover new words from the two texts themselves: consecutive tokens that recur together
   and whose weakest part rarely occurs alone (英 + 伟达, 黄 + 仁 + 勋, 出口 + 管制) are one
   word. This is what keeps whole names (英伟达) and drops fragments (伟达).
4. Keep tokens that can name a topic: nouns, names, abbreviations and Latin names or model
   numbers (H20, A100, CUDA); never numbers, dates, function words or boilerplate, and never
   anything inside a document's footer or image placeholders.
5. Rank: a topic both discuss scores its rarity in the language (dictionary frequency) times
   the geometric mean of its counts, so 芯片 and H20 rise above 公司 and 问题.

Paragraph alignment (:mod:`reader.core.comparison.alignment`) and shared wording
(:mod:`reader.core.comparison.wording`) use the same normalised texts and terms.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reader.core.comparison.alignment import (
    GRAMS_UP_TO,
    AlignedPair,
    Passage,
    align_passages,
    apply_links,
    grams,
    monotone_chain,
)
from reader.core.comparison.wording import SharedRun, shared_runs
from reader.core.errors import AnalysisError
from reader.core.text.document import BlockKind, Document
from reader.core.text.folding import ComparisonText, comparison_text
from reader.core.text.segmenter import CONCEPT_TAGS, ENTITY_TAGS, Segmenter

if TYPE_CHECKING:
    from reader.core.comparison.aliases import AliasGroup, AliasTable
    from reader.core.text.opencc_engine import OpenCCEngine
    from reader.core.text.scripts import Script
    from reader.core.text.vocabulary import Vocabulary

# Tags of words that never start, end or join a discovered word.
_FUNCTION_TAGS = frozenset(
    """
    c cc d dg e h k m mq o p q r rg rr rz t tg u ud ug uj ul uv uz w x y yg z zg f
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# Words too general to be a topic, and the boilerplate of news platforms.
STOP_WORDS = frozenset(
    """
    一个 一些 一种 一次 一直 一样 一般 一切 一边 一方面 另一方面 方面 问题 情况
    时候 时间 事情 东西 地方 人们 大家 自己 我们 你们 他们 她们 它们 这些 那些
    这个 那个 这种 那种 这样 那样 这里 那里 什么 怎么 如何 为何 为什么 因为
    所以 但是 而且 然而 如果 虽然 以及 还是 或者 已经 正在 可能 可以 能够 需要
    没有 不是 就是 只是 还有 其中 其实 同时 此外 另外 之后 之前 以后 以前 目前
    现在 当时 今天 今年 去年 明年 近年 未来 过去 最终 结果 原因 方式 方法 部分
    整个 全部 所有 任何 每个 各种 多数 少数 表示 认为 指出 称 说 据 报道 记者
    编辑 责任编辑 作者 来源 原标题 转载 本文 全文 声明 特别声明 图片 视频 网络
    侵权 联系 删除 内容 平台 用户 信息 服务 存储 上传 发布 自媒体 网易号 搜狐号
    头条号 百家号 点击 关注 阅读 分享 评论 版权 免责声明 本平台 以上内容 仅提供
    信息存储 年 月 日 时 分 秒 后来 这时 那时 一点 有限 意义 意味 作用 影响
    关系 发展 进行 实现 成为 提供
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_LATIN_STOP = frozenset(
    """
    a an the and or but if of in on at to for from by with as is are was were be been being it
    its this that these those we you he she they them his her our your their not no yes do does
    did done has have had will would can could should may might must shall about above after
    again all also any because before between both each few more most other over same so some
    such than then there too under until up very what when where which while who whom why how
    into out own only just made make new one two per via vs etc www com http https html amp
    notice content above including pictures videos if uploaded posted user social media platform
    provides information storage services netease hao
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_LATIN = re.compile(r"[a-z][a-z0-9]*(?:[.\-+][a-z0-9]+)*|[0-9]+[a-z][a-z0-9]*")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_DETERMINERS = frozenset("这那该此每各某其本")  # 这三项 is not a topic
_GUESSED_TAG_FREQUENCY = 5
_TOPIC_BLOCKS = (BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH)

# New-word discovery: a token sequence recurring at least this often in the pair, whose
# weakest part occurs inside it at least this share of its uses, is one word.
MIN_NEW_WORD_COUNT = 3
MIN_COHESION = 0.6
CLOSURE = 0.8  # a sequence this often extended by one same token is part of a longer word
MAX_NGRAM = 6
MAX_GRAMS = 1_500_000  # distinct token sequences counted at once (about 130 MB)

# The longest text analysed, in code points (a 20 MB UTF-8 file of Chinese is about 6.7
# million). Every step's memory grows linearly with the texts (see benchmarks/bench_reader.py
# --only memory); at this length the analysis of a pair peaks below about 1 GB.
MAX_CHARACTERS = 7_000_000
# Token numbers are digits of this base in a packed sequence: above the number of distinct
# tokens two texts of MAX_CHARACTERS can hold (one a character at most), so none collide.
_BASE = 1 << 24
assert _BASE > 2 * MAX_CHARACTERS


def written_forms(text: str, spans: list[tuple[int, int]], limit: int = 5) -> tuple[str, ...]:
    """The distinct ways ``text`` writes a topic at ``spans``, most frequent first."""
    counts = Counter(text[start:end] for start, end in spans)
    return tuple(form for form, _count in counts.most_common(limit))


@dataclass(frozen=True)
class Topic:
    """A term (Simplified) and its occurrences as original-text spans in each document."""

    term: str
    kind: str  # "entity" or "concept"
    left: tuple[tuple[int, int], ...]
    right: tuple[tuple[int, int], ...]
    score: float
    # How each article writes it (輝達 ↔ 英伟达, 世衛 ↔ 世卫组织), most frequent first: why a
    # topic is shared when its forms differ.
    left_forms: tuple[str, ...] = ()
    right_forms: tuple[str, ...] = ()

    @property
    def left_count(self) -> int:
        return len(self.left)

    @property
    def right_count(self) -> int:
        return len(self.right)

    def to_json(self) -> dict[str, Any]:
        return {
            "term": self.term,
            "kind": self.kind,
            "score": round(self.score, 3),
            "left": {
                "count": len(self.left),
                "spans": [list(s) for s in self.left],
                "forms": list(self.left_forms),
            },
            "right": {
                "count": len(self.right),
                "spans": [list(s) for s in self.right],
                "forms": list(self.right_forms),
            },
        }


@dataclass
class Analysis:
    """Everything the topics panel, the aligned passages and ``duidu topics`` show."""

    shared: list[Topic]
    left_only: list[Topic]
    right_only: list[Topic]
    left_passages: list[Passage]
    right_passages: list[Passage]
    aligned: list[AlignedPair]
    chain: list[AlignedPair]
    wording: list[SharedRun]
    left_text: ComparisonText = field(repr=False)
    right_text: ComparisonText = field(repr=False)

    def to_json(self, top: int | None = None) -> dict[str, Any]:
        def cut(items: list[Topic]) -> list[Topic]:
            return items if top is None else items[:top]

        def span(passage: Passage) -> list[int]:
            return [passage.start, passage.end]

        return {
            "shared": [topic.to_json() for topic in cut(self.shared)],
            "left_only": [
                {"term": t.term, "kind": t.kind, "count": t.left_count} for t in cut(self.left_only)
            ],
            "right_only": [
                {"term": t.term, "kind": t.kind, "count": t.right_count}
                for t in cut(self.right_only)
            ],
            "aligned": [
                {
                    "left_span": span(self.left_passages[pair.left]),
                    "right_span": span(self.right_passages[pair.right]),
                    "score": pair.score,
                    "manual": pair.manual,
                }
                for pair in self.aligned
            ],
            "shared_wording": [run.to_json() for run in self.wording],
        }

    def counterparts(self, side: str, index: int) -> list[AlignedPair]:
        """Aligned pairs of paragraph ``index`` of ``side`` ("left"/"right"), best first."""
        pairs = [p for p in self.aligned if (p.left if side == "left" else p.right) == index]
        return sorted(pairs, key=lambda p: -p.score)

    def passage_at(self, side: str, position: int) -> int | None:
        """Index of the paragraph of ``side`` holding original offset ``position``."""
        passages = self.left_passages if side == "left" else self.right_passages
        k = bisect_right(passages, position, key=lambda passage: passage.start) - 1
        if k >= 0 and position < passages[k].end:
            return k
        return None


@dataclass
class _Tokens:
    """One document's tokens as comparison-text spans with their keys, after merging."""

    text: ComparisonText
    starts: array[int]  # of "i": 4 bytes a token, not a Python int (a 20 MB book has millions)
    ends: array[int]
    keys: list[str]  # interned: a token's key is shared with every other use of the word
    forced: bytearray  # 1 for alias names: never split or joined


@dataclass
class _Run:
    """The state of one analysis: a fresh one per call of :meth:`TopicAnalyser.analyse`,
    so the analyser itself only keeps what depends on the dictionary and the aliases, and
    two analyses can never mix their findings."""

    surfaces: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    interned: dict[str, str] = field(default_factory=dict)  # one string per distinct token

    def display(self, key: str) -> str:
        """How a term is shown: Latin names as most often written, others as they are."""
        surfaces = self.surfaces.get(key)
        return surfaces.most_common(1)[0][0] if surfaces else key


def is_han(text: str) -> bool:
    return bool(_HAN.fullmatch(text))


class TopicAnalyser:
    """Turns two documents into an :class:`Analysis`; holds the segmenter and alias lookup."""

    def __init__(
        self,
        engine: OpenCCEngine,
        segmenter: Segmenter,
        aliases: AliasTable | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.engine = engine
        self.segmenter = segmenter
        self.vocabulary = vocabulary
        self._aliases: dict[str, AliasGroup] = {}
        self._alias_prefixes: set[str] = set()
        self._alias_terms: dict[str, AliasGroup] = {}
        # Memos of word → kind and word → joinable; they depend only on the dictionary and
        # the aliases, so they last until the aliases change.
        self._kinds: dict[tuple[str, int], str | None] = {}
        self._joinables: dict[str, bool] = {}
        if aliases is not None:
            self.set_aliases(aliases)

    def set_aliases(self, aliases: AliasTable) -> None:
        """Normalise every alias like the texts and make the names single words."""
        self.segmenter.load()
        from reader.core.comparison.aliases import AliasIndex

        lookup = AliasIndex(aliases, lambda name: self.engine.convert("tw2sp", name)).groups
        self._aliases = lookup
        self._alias_terms = {group.term: group for group in lookup.values()}
        self.segmenter.add_words(name for name in lookup if is_han(name))
        prefixes: set[str] = set()  # first tokens of names that may span several tokens
        for name in lookup:
            start, end = self.segmenter.spans(name)[0]
            prefixes.add(name[start:end])
        self._alias_prefixes = prefixes
        self._kinds.clear()  # added words changed the dictionary's tags
        self._joinables.clear()

    # -- one document --------------------------------------------------------------------

    def prepare(
        self, document: Document, source: Script, progress: Callable[[int, int], None] | None = None
    ) -> ComparisonText:
        return comparison_text(
            document.text, source, self.engine, self.vocabulary, progress=progress
        )

    def _tokenize(self, text: ComparisonText, run: _Run) -> _Tokens:
        source = text.text
        bounds = array("i", [0])  # token k is source[bounds[k]:bounds[k + 1]]
        position = 0
        for word in self.segmenter.words(source):
            position += len(word)
            bounds.append(position)
        starts, ends = array("i"), array("i")
        keys: list[str] = []
        forced = bytearray()
        aliases, prefixes, interned = self._aliases, self._alias_prefixes, run.interned
        i, n = 0, len(bounds) - 1
        while i < n:
            start, end = bounds[i], bounds[i + 1]
            word = source[start:end]
            matched = False
            if word in prefixes:
                for k in range(min(MAX_NGRAM + 2, n - i), 0, -1):
                    last_end = bounds[i + k]
                    group = aliases.get(source[start:last_end])
                    if group is not None:
                        starts.append(start)
                        ends.append(last_end)
                        keys.append(group.term)
                        forced.append(True)
                        i += k
                        matched = True
                        break
            if not matched:
                group = aliases.get(word)
                starts.append(start)
                ends.append(end)
                keys.append(group.term if group else interned.setdefault(word, word))
                forced.append(group is not None)
                i += 1
        return _Tokens(text, starts, ends, keys, forced)

    def _joinable(self, key: str) -> bool:
        joinable = self._joinables.get(key)
        if joinable is None:
            joinable = self._joinables[key] = (
                is_han(key)
                and key not in STOP_WORDS
                and self.segmenter.tag(key) not in _FUNCTION_TAGS
            )
        return joinable

    def _discover(self, documents: Sequence[_Tokens]) -> set[tuple[str, ...]]:
        """Token sequences that are one word, from how the two texts use them together.

        Each sequence is counted as one int (its tokens' numbers in base :data:`_BASE`),
        with the documents it was seen in in its two low bits. When more than
        :data:`MAX_GRAMS` distinct sequences are counted (only texts of millions of tokens
        get there), the rarest are forgotten, so memory stays bounded; a word needs
        :data:`MIN_NEW_WORD_COUNT` uses anyway.
        """
        unigrams: Counter[str] = Counter()
        numbers: dict[str, int] = {}
        names = [""]  # number → key; 0 is no token, so sequences of any length differ
        grams: dict[int, int] = {}  # sequence → count << 2 | bit of each document it is in
        for number, tokens in enumerate(documents):
            bit = 1 << number
            keys, forced = tokens.keys, tokens.forced
            run: list[int] = []
            for k, key in enumerate(keys):
                if forced[k] or not self._joinable(key):
                    run = []
                    continue
                unigrams[key] += 1
                code = numbers.get(key)
                if code is None:
                    code = numbers[key] = len(names)
                    names.append(key)
                run.append(code)
                if len(run) > MAX_NGRAM:
                    run.pop(0)
                gram = code
                for size in range(2, len(run) + 1):
                    gram = gram * _BASE + run[-size]  # the first token is the lowest digit
                    grams[gram] = (grams.get(gram, 0) + 4) | bit
                if len(grams) > MAX_GRAMS:
                    _forget_rarest(grams)
        candidates: dict[tuple[str, ...], int] = {}
        for packed, value in grams.items():
            count = value >> 2
            if count < MIN_NEW_WORD_COUNT and not (count >= 2 and value & 3 == 3):
                continue
            parts = []
            while packed:
                packed, code = divmod(packed, _BASE)
                parts.append(names[code])
            sequence = tuple(parts)
            if sum(len(part) for part in sequence) > 8:
                continue
            weakest = min(unigrams[part] for part in sequence)
            if count / weakest >= MIN_COHESION:
                candidates[sequence] = count
        # A sequence nearly always followed (or preceded) by the same token is part of a
        # longer word: 苏炳 of 苏炳添, 肯雅热 of 基孔肯雅热. The longer one is the word, even
        # where its last character alone would be a verb (添, 办).
        dominated: set[tuple[str, ...]] = set()
        closing: set[tuple[str, ...]] = set()
        for sequence, count in candidates.items():
            for part in (sequence[:-1], sequence[1:]):
                if len(part) > 1 and count >= CLOSURE * candidates.get(part, count + 1):
                    dominated.add(part)
                    closing.add(sequence)
        return {
            sequence
            for sequence in candidates
            if sequence not in dominated and (sequence in closing or self._may_join(sequence))
        }

    def _may_join(self, gram: tuple[str, ...]) -> bool:
        """A fragment (single character or unknown token) may join anything; whole words
        only join other nouns (出口 + 管制), never verbs (拥有 + 全球)."""
        last = gram[-1]  # 贾母 + 笑: a name and its verb
        if len(last) == 1 and (self.segmenter.tag(last) or "").startswith(("v", "d")):
            return False
        if any(len(part) == 1 or self.segmenter.tag(part) is None for part in gram):
            return True
        nouns = ENTITY_TAGS | CONCEPT_TAGS
        return all(self.segmenter.tag(part) in nouns for part in gram)

    def _merge(self, tokens: _Tokens, words: set[tuple[str, ...]]) -> None:
        """Replace each discovered word's token sequence by one token (longest first)."""
        if not words:
            return
        longest = max(len(w) for w in words)
        keys, starts, ends, forced = tokens.keys, tokens.starts, tokens.ends, tokens.forced
        new_keys: list[str] = []
        new_starts, new_ends = array("i"), array("i")
        new_forced = bytearray()
        joined: dict[tuple[str, ...], str] = {}
        firsts = {word[0] for word in words}
        i, n = 0, len(keys)
        while i < n:
            if keys[i] not in firsts:
                new_keys.append(keys[i])
                new_starts.append(starts[i])
                new_ends.append(ends[i])
                new_forced.append(forced[i])
                i += 1
                continue
            for size in range(min(longest, n - i), 1, -1):
                gram = tuple(keys[i : i + size])
                if gram in words and not any(forced[i : i + size]):
                    word = joined.get(gram)
                    if word is None:
                        word = joined[gram] = "".join(gram)
                    new_keys.append(word)
                    new_starts.append(starts[i])
                    new_ends.append(ends[i + size - 1])
                    new_forced.append(False)
                    i += size
                    break
            else:
                new_keys.append(keys[i])
                new_starts.append(starts[i])
                new_ends.append(ends[i])
                new_forced.append(forced[i])
                i += 1
        tokens.keys, tokens.starts, tokens.ends, tokens.forced = (
            new_keys,
            new_starts,
            new_ends,
            new_forced,
        )

    def kind(self, key: str, forced: int = False) -> str | None:
        """ "entity", "concept" or None when ``key`` cannot name a topic (memoised: a book
        has a million tokens but only tens of thousands of distinct words). ``forced`` is
        true for an alias name (a bool, or the 0/1 of :attr:`_Tokens.forced` as it is)."""
        memo = self._kinds
        if (key, forced) in memo:
            return memo[(key, forced)]
        kind = memo[(key, forced)] = self._kind(key, forced)
        return kind

    def _kind(self, key: str, forced: int) -> str | None:
        group = self._alias_terms.get(key) if forced else None
        if group is not None:
            return "concept" if group.kind == "concept" else "entity"
        if key in STOP_WORDS or key in _LATIN_STOP:
            return None
        if key.isascii():
            if len(key) < 2 or not _LATIN.fullmatch(key):
                return None
            return "entity"
        if len(key) < 2 or not is_han(key) or key[0] in _DETERMINERS:
            return None
        tag = self.segmenter.tag(key)
        if tag is None:
            return "entity"  # discovered or added: a name the dictionary lacks
        if tag in ENTITY_TAGS:
            # The dictionary's rarest entries carry guessed tags (练内功 nr): not names.
            return "entity" if self.segmenter.frequency(key) > _GUESSED_TAG_FREQUENCY else "concept"
        if tag in CONCEPT_TAGS:
            return "concept"
        return None

    def rarity(self, key: str) -> float:
        if key.isascii():
            return self.segmenter.rarity(key) if self.segmenter.frequency(key) else 14.0
        return self.segmenter.rarity(key)

    # -- the pair ------------------------------------------------------------------------

    def analyse(
        self,
        left: Document,
        right: Document,
        left_text: ComparisonText,
        right_text: ComparisonText,
        *,
        links: Sequence[tuple[int, int]] = (),
        unlinks: Sequence[tuple[int, int]] = (),
    ) -> Analysis:
        """Compare two prepared documents (see :meth:`prepare`).

        ``links``/``unlinks`` are the reader's sync points to add or reject, as
        ``(left_start, right_start)`` original offsets of paragraphs.
        """
        check_length(left)
        check_length(right)
        run = _Run()  # what this analysis learns as it goes: never kept on the analyser
        tokens = [self._tokenize(left_text, run), self._tokenize(right_text, run)]
        words = self._discover(tokens)
        for side in tokens:
            self._merge(side, words)
        occurrences = [
            self._occurrences(left, tokens[0], run),
            self._occurrences(right, tokens[1], run),
        ]
        shared, left_only, right_only = self._rank(occurrences, run, (left.text, right.text))
        with_grams = len(left.text) + len(right.text) <= GRAMS_UP_TO
        passages = [
            self._passages(left, tokens[0], with_grams),
            self._passages(right, tokens[1], with_grams),
        ]
        rarity = {term: self.rarity(term) for side in passages for p in side for term in p.terms}
        aligned = apply_links(
            align_passages(passages[0], passages[1], rarity),
            _indexes(passages, links),
            _indexes(passages, unlinks),
        )
        return Analysis(
            shared=shared,
            left_only=left_only,
            right_only=right_only,
            left_passages=passages[0],
            right_passages=passages[1],
            aligned=aligned,
            chain=monotone_chain(aligned),
            wording=shared_runs(left_text, right_text),
            left_text=left_text,
            right_text=right_text,
        )

    def _topic_ranges(self, document: Document, text: ComparisonText) -> list[tuple[int, int]]:
        """Comparison-text spans of the blocks whose words count (not footers or images)."""
        ranges = []
        for block in document.blocks:
            if block.kind in _TOPIC_BLOCKS:
                ranges.append(text.from_original(block.start, block.end))
        return ranges

    def _occurrences(
        self, document: Document, tokens: _Tokens, run: _Run
    ) -> dict[str, tuple[str, list[tuple[int, int]]]]:
        ranges = self._topic_ranges(document, tokens.text)
        found: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        r = 0
        for key, start, end, forced in zip(
            tokens.keys, tokens.starts, tokens.ends, tokens.forced, strict=True
        ):
            while r < len(ranges) and ranges[r][1] <= start:
                r += 1
            if r == len(ranges) or start < ranges[r][0]:
                continue
            kind = self.kind(key, forced)
            if kind is None:
                continue
            entry = found.get(key)
            if entry is None:
                entry = found[key] = (kind, [])
            entry[1].append(tokens.text.to_original(start, end))
            if key.isascii() and not forced:  # show H20 as written, not as folded
                span = entry[1][-1]
                run.surfaces[key][document.text[span[0] : span[1]]] += 1
        return found

    def _rank(
        self,
        occurrences: list[dict[str, tuple[str, list[tuple[int, int]]]]],
        run: _Run,
        texts: tuple[str, str],
    ) -> tuple[list[Topic], list[Topic], list[Topic]]:
        left, right = occurrences
        shared: list[Topic] = []
        for term in left.keys() & right.keys():
            kind, left_spans = left[term]
            right_spans = right[term][1]
            count_l, count_r = len(left_spans), len(right_spans)
            if count_l + count_r < 3 and kind != "entity":
                continue
            score = self.rarity(term) * math.sqrt(count_l * count_r)
            shared.append(
                Topic(
                    run.display(term),
                    kind,
                    tuple(left_spans),
                    tuple(right_spans),
                    score,
                    written_forms(texts[0], left_spans),
                    written_forms(texts[1], right_spans),
                )
            )
        shared.sort(key=lambda t: (-t.score, t.term))

        def only(
            mine: dict[str, tuple[str, list[tuple[int, int]]]],
            theirs: dict[str, tuple[str, list[tuple[int, int]]]],
            side: str,
        ) -> list[Topic]:
            topics = []
            for term, (kind, spans) in mine.items():
                if term in theirs or (len(spans) < 2 and kind != "entity"):
                    continue
                score = self.rarity(term) * (1.0 + math.log(len(spans)))
                pair: tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]] = (
                    (tuple(spans), ()) if side == "left" else ((), tuple(spans))
                )
                forms = written_forms(texts[0 if side == "left" else 1], spans)
                topics.append(
                    Topic(
                        run.display(term),
                        kind,
                        *pair,
                        score,
                        forms if side == "left" else (),
                        forms if side == "right" else (),
                    )
                )
            topics.sort(key=lambda t: (-t.score, t.term))
            return topics

        return shared, only(left, right, "left"), only(right, left, "right")

    def _passages(self, document: Document, tokens: _Tokens, with_grams: bool) -> list[Passage]:
        passages: list[Passage] = []
        k, n = 0, len(tokens.keys)
        for block in document.blocks:
            if block.kind not in _TOPIC_BLOCKS:
                continue
            start, end = tokens.text.from_original(block.start, block.end)
            while k < n and tokens.starts[k] < start:
                k += 1
            terms = []
            while k < n and tokens.starts[k] < end:
                if self.kind(tokens.keys[k], tokens.forced[k]) is not None:
                    terms.append(tokens.keys[k])
                k += 1
            found = grams(tokens.text.text[start:end]) if with_grams else ()
            passages.append(Passage(block.start, block.end, tuple(terms), found))
        return passages


def check_length(document: Document, limit: int | None = None) -> None:
    """Raise :class:`AnalysisError` if ``document`` is too long to analyse (cheap: call it
    before any work)."""
    limit = MAX_CHARACTERS if limit is None else limit
    if len(document.text) > limit:
        name = document.name or document.title
        raise AnalysisError(
            f"“{name}” is too long to compare ({len(document.text):,} characters; "
            f"Duidu compares texts of up to {limit:,} characters)."
        )


def analyse_documents(
    analyser: TopicAnalyser,
    left: Document,
    right: Document,
    *,
    progress: Callable[[int, int], None] | None = None,
    links: Sequence[tuple[int, int]] = (),
    unlinks: Sequence[tuple[int, int]] = (),
) -> Analysis:
    """Detect both scripts, normalise both texts and compare them, reporting progress 0–100."""
    from reader.core.text.scripts import detect_script

    def step(done: int) -> None:
        if progress:
            progress(done, 100)

    check_length(left)
    check_length(right)
    step(0)
    analyser.segmenter.load()
    step(10)
    prepared = []
    for number, document in enumerate((left, right)):
        source = detect_script(document.text, analyser.engine).script
        prepared.append(analyser.prepare(document, source))
        step(10 + 25 * (number + 1))
    analysis = analyser.analyse(left, right, *prepared, links=links, unlinks=unlinks)
    step(100)
    return analysis


def _forget_rarest(grams: dict[int, int]) -> None:
    """Drop the least counted sequences until at most half of :data:`MAX_GRAMS` remain."""
    floor = 2
    while len(grams) > MAX_GRAMS // 2:
        rare = [gram for gram, value in grams.items() if value >> 2 < floor]
        for gram in rare:
            del grams[gram]
        floor += 1


def _indexes(
    passages: list[list[Passage]], pairs: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sync points given as paragraph start offsets, as paragraph indexes (unknown ones drop)."""
    left_index = {p.start: k for k, p in enumerate(passages[0])}
    right_index = {p.start: k for k, p in enumerate(passages[1])}
    return [
        (left_index[a], right_index[b]) for a, b in pairs if a in left_index and b in right_index
    ]
