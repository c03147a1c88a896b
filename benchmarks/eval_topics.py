"""How good the comparison is: shared topics and aligned paragraphs against hand-made gold.

    python benchmarks/eval_topics.py [--pairs DIR] [--only NAME ...] [--json PATH]

Each folder of ``benchmarks/eval/pairs`` holds a real article pair (``left.txt`` Traditional,
``right.txt`` Simplified, the same story told by two outlets), ``SOURCE.md`` and ``gold.json``
(see ``benchmarks/eval/README.md``). Every pair is analysed exactly as ``duidu topics`` does it
(:func:`reader.core.comparison.topics.analyse_documents` with the bundled aliases and the default
vocabulary; no reader data, no sync points) and scored with four numbers. A string is
*normalised* by OpenCC ``tw2sp`` (Traditional and Taiwan vocabulary to mainland Simplified)
and case/width folding, the same normalisation the analysis compares with.

recall@30
    The share of gold topics that are found among the 30 best shared topics. A shared topic's
    *strings* are its term, the original text of each of its occurrences in either article,
    and, when the term is an alias group's, every name of that group. A gold topic is found
    when its term or one of its forms, normalised, equals or is contained in one of those
    strings (normalised) of one of the 30 best shared topics.
recall@30 counts a gold topic at most once, however many shared topics match it.

junk@15
    The share of the 15 best shared topics that are junk. A shared topic is junk when it
    matches no gold topic (none of its strings and none of the gold strings, all of at least
    two characters, equals or contains the other) *and* its term is either a single character
    or one of the generic nouns of :data:`GENERIC_NOUNS` (问题, 情况, 记者…). So names,
    numbers and domain words the gold does not list are never junk; only words that cannot
    name what an article is about are. The list is fixed and generic: it names no gold term.

alignment@2
    The share of gold paragraph pairs ``(l, r)`` such that ``r`` is one of the two best
    counterparts of ``l`` in the analysis (:meth:`Analysis.counterparts`, best first; the
    analysis keeps only pairs above its minimum score, so a paragraph may have fewer than two).
    Paragraph indexes count the non-empty lines of a file from 0 (the title is 0); they are
    mapped to the analysis's passages by their start offsets.

baseline@2
    alignment@2 of a simple baseline run in the same pass: both articles converted to
    Simplified with OpenCC (``tw2sp``) and folded, each paragraph reduced to the set of
    character bigrams inside its runs of letters, digits and Han characters, and the right
    paragraphs ranked for each left paragraph by Jaccard similarity of those sets (ties by
    position; a paragraph with similarity 0 is never a counterpart).

The table shows each pair and the mean over pairs (every pair weighs the same); ``--json``
also writes, per pair, the missed gold topics, the junk topics, the 15 best topics and the
missed paragraph pairs. The goals of issue 13 are recall ≥ 0.90, junk ≤ 0.10 and
alignment@2 ≥ 0.85 and at least 0.10 above the baseline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_PAIRS = ROOT / "benchmarks" / "eval" / "pairs"
TOP_RECALL = 30
TOP_JUNK = 15
TOP_ALIGN = 2

if TYPE_CHECKING:
    from reader.core.comparison.topics import Analysis, Topic, TopicAnalyser
    from reader.core.text.document import Document

# Words that cannot name what an article is about: discourse, time, people in general,
# reporting verbs. Deliberately generic and fixed; it never names a gold topic.
GENERIC_NOUNS = frozenset(
    """
    问题 情况 工作 方面 时间 时候 地方 事情 东西 人员 人士 人们 大家 记者 报道 报导 消息
    新闻 日前 近日 当天 今天 昨天 明天 今年 去年 明年 期间 目前 现在 此前 之后 以来 方式
    方法 措施 活动 内容 部分 结果 过程 原因 相关 有关 领域 行业 单位 部门 机构 地区 国家
    全国 全球 世界 社会 发展 影响 情形 事件 事项 数据 信息 资料 计划 目标 水平 能力 条件
    环境 基础 作用 意义 关系 形势 阶段 范围 程度 重点 特点 成绩 成果 表示 指出 介绍 网友
    民众 市民 群众 对方 双方 各方 一些 其中 有限 总体 整体 主要 重要
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


@dataclass(frozen=True)
class GoldTopic:
    """A core topic a reader would pick: its term and its other forms (any script)."""

    term: str
    forms: tuple[str, ...] = ()

    @property
    def strings(self) -> tuple[str, ...]:
        return (self.term, *self.forms)


@dataclass(frozen=True)
class Gold:
    """The hand-made gold of one pair (``gold.json``)."""

    beat: str
    topics: tuple[GoldTopic, ...]
    pairs: tuple[tuple[int, int], ...]


@dataclass
class PairResult:
    """The four scores of one pair and what they are made of."""

    name: str
    beat: str
    recall: float
    junk: float
    alignment: float
    baseline: float
    gold_pairs: int
    alignment_hits: int
    baseline_hits: int
    missed_topics: list[str] = field(default_factory=list)
    junk_topics: list[str] = field(default_factory=list)
    top_topics: list[str] = field(default_factory=list)
    missed_pairs: list[dict[str, Any]] = field(default_factory=list)


def load_gold(path: Path) -> Gold:
    """Read and check ``gold.json``; a :class:`ValueError` names what is wrong."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    beat = data.get("beat")
    topics = data.get("topics")
    pairs = data.get("pairs")
    if not isinstance(beat, str) or not beat:
        raise ValueError(f"{path}: 'beat' must be a non-empty string")
    if not isinstance(topics, list) or not topics:
        raise ValueError(f"{path}: 'topics' must be a non-empty list")
    if not isinstance(pairs, list) or not pairs:
        raise ValueError(f"{path}: 'pairs' must be a non-empty list")
    gold_topics = []
    for item in topics:
        term, forms = item.get("term"), item.get("forms", [])
        if not isinstance(term, str) or not term.strip():
            raise ValueError(f"{path}: a topic has no term")
        if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
            raise ValueError(f"{path}: the forms of {term!r} must be a list of strings")
        gold_topics.append(GoldTopic(term, tuple(forms)))
    gold_pairs = []
    for pair in pairs:
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in pair)
        ):
            raise ValueError(f"{path}: a paragraph pair must be [left, right] indexes")
        gold_pairs.append((pair[0], pair[1]))
    return Gold(beat, tuple(gold_topics), tuple(gold_pairs))


def paragraph_blocks(document: Document) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``document``: gold paragraph ``i`` is item ``i``."""
    from reader.core.text.document import BlockKind

    return [(b.start, b.end) for b in document.blocks if b.kind is not BlockKind.BLANK]


def passage_indexes(document: Document, passages: Sequence[Any]) -> list[int | None]:
    """For each gold paragraph of ``document``, the index of the analysis passage that
    starts where it starts (``None`` for a line the analysis does not treat as a passage)."""
    by_start = {passage.start: k for k, passage in enumerate(passages)}
    return [by_start.get(start) for start, _end in paragraph_blocks(document)]


def _matches(gold: Iterable[str], strings: Iterable[str]) -> bool:
    """A gold string equals or is contained in one of ``strings`` (all normalised)."""
    strings = [s for s in strings if s]
    return any(g and any(g in s for s in strings) for g in gold)


def _related(gold: Iterable[str], strings: Iterable[str]) -> bool:
    """Either contains the other, for strings of at least two characters (junk test)."""
    gold = [g for g in gold if len(g) >= 2]
    strings = [s for s in strings if len(s) >= 2]
    return any(g in s or s in g for g in gold for s in strings)


class Normaliser:
    """Strings as the analysis compares them: ``tw2sp``, then case and width folding."""

    def __init__(self) -> None:
        from reader.core.text.opencc_engine import get_engine

        self.engine = get_engine()
        self._memo: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        from reader.core.text.folding import fold

        result = self._memo.get(text)
        if result is None:
            result = self._memo[text] = fold(self.engine.convert("tw2sp", text)).strip()
        return result


def topic_strings(
    topic: Topic,
    left: Document,
    right: Document,
    alias_names: dict[str, tuple[str, ...]],
    normalise: Callable[[str], str],
) -> set[str]:
    """A shared topic's normalised strings: term, occurrences as written, alias names."""
    strings = {normalise(topic.term)}
    for document, spans in ((left, topic.left), (right, topic.right)):
        strings.update(normalise(document.text[start:end]) for start, end in spans)
    strings.update(normalise(name) for name in alias_names.get(topic.term, ()))
    strings.discard("")
    return strings


def recall_at(
    gold: Sequence[GoldTopic], topics: Sequence[set[str]], normalise: Callable[[str], str]
) -> tuple[float, list[str]]:
    """recall@k of the given topic strings (already cut to k); also the missed terms."""
    missed = []
    for topic in gold:
        wanted = [normalise(s) for s in topic.strings]
        if not any(_matches(wanted, strings) for strings in topics):
            missed.append(topic.term)
    return 1.0 - len(missed) / len(gold), missed


def is_junk(
    term: str, strings: set[str], gold: Sequence[GoldTopic], normalise: Callable[[str], str]
) -> bool:
    """See the module docstring: matches no gold topic, and is one character or generic."""
    if any(_related([normalise(s) for s in topic.strings], strings) for topic in gold):
        return False
    key = normalise(term)
    return len(key) <= 1 or key in GENERIC_NOUNS


def top_counterparts(analysis: Analysis, left_index: int, k: int = TOP_ALIGN) -> list[int]:
    """The ``k`` best right passages for left passage ``left_index``, best first."""
    return [pair.right for pair in analysis.counterparts("left", left_index)[:k]]


def bigrams(text: str) -> set[str]:
    """Character bigrams inside runs of letters, digits and Han characters."""
    grams: set[str] = set()
    run: list[str] = []
    for char in [*text, " "]:
        if char.isalnum():
            run.append(char)
            continue
        grams.update(run[i] + run[i + 1] for i in range(len(run) - 1))
        run = []
    return grams


def baseline_counterparts(
    left: Sequence[set[str]], right: Sequence[set[str]], left_index: int, k: int = TOP_ALIGN
) -> list[int]:
    """The ``k`` right paragraphs of highest bigram Jaccard with ``left[left_index]``."""
    mine = left[left_index]
    scored = []
    for j, theirs in enumerate(right):
        union = len(mine | theirs)
        score = len(mine & theirs) / union if union else 0.0
        if score > 0:
            scored.append((-score, j))
    return [j for _score, j in sorted(scored)[:k]]


def make_analyser() -> tuple[TopicAnalyser, dict[str, tuple[str, ...]]]:
    """The analyser ``duidu topics`` builds, without reader data (bundled aliases, default
    vocabulary); and each alias group's term with its names."""
    from reader.core.comparison.aliases import load_aliases
    from reader.core.comparison.topics import TopicAnalyser
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.segmenter import get_segmenter
    from reader.core.text.vocabulary import Vocabulary
    from reader.paths import resources_dir

    aliases = load_aliases(resources_dir() / "aliases.json", None).table
    analyser = TopicAnalyser(get_engine(), get_segmenter(), aliases, Vocabulary.default())
    names = {group.term: group.names() for group in aliases.groups()}
    return analyser, names


def evaluate_pair(
    folder: Path,
    analyser: TopicAnalyser,
    alias_names: dict[str, tuple[str, ...]],
    normalise: Normaliser,
) -> PairResult:
    """Analyse one pair folder and score it against its gold."""
    from reader.core.comparison.topics import analyse_documents
    from reader.core.text.document import load_document

    gold = load_gold(folder / "gold.json")
    left = load_document(folder / "left.txt")
    right = load_document(folder / "right.txt")
    analysis = analyse_documents(analyser, left, right)

    strings = [
        topic_strings(topic, left, right, alias_names, normalise)
        for topic in analysis.shared[:TOP_RECALL]
    ]
    recall, missed = recall_at(gold.topics, strings, normalise)
    top = analysis.shared[:TOP_JUNK]
    junk_topics = [
        topic.term
        for topic, found in zip(top, strings, strict=False)
        if is_junk(topic.term, found, gold.topics, normalise)
    ]
    junk = len(junk_topics) / len(top) if top else 0.0

    left_map = passage_indexes(left, analysis.left_passages)
    right_map = passage_indexes(right, analysis.right_passages)
    left_lines = paragraph_blocks(left)
    right_lines = paragraph_blocks(right)
    left_grams = [bigrams(normalise(left.text[s:e])) for s, e in left_lines]
    right_grams = [bigrams(normalise(right.text[s:e])) for s, e in right_lines]
    right_of = {k: i for i, k in enumerate(right_map) if k is not None}
    hits = baseline_hits = 0
    missed_pairs = []
    for l_index, r_index in gold.pairs:
        if l_index >= len(left_map) or r_index >= len(right_map):
            raise ValueError(f"{folder.name}: paragraph pair {[l_index, r_index]} out of range")
        passage_l, passage_r = left_map[l_index], right_map[r_index]
        if passage_l is None or passage_r is None:
            raise ValueError(f"{folder.name}: {[l_index, r_index]} is not a pair of passages")
        best = top_counterparts(analysis, passage_l)
        best_lines = [right_of[k] for k in best]
        hit = passage_r in best
        hits += hit
        baseline_best = baseline_counterparts(left_grams, right_grams, l_index)
        baseline_hits += r_index in baseline_best
        if not hit:
            missed_pairs.append(
                {"pair": [l_index, r_index], "analysis": best_lines, "baseline": baseline_best}
            )
    total = len(gold.pairs)
    return PairResult(
        name=folder.name,
        beat=gold.beat,
        recall=recall,
        junk=junk,
        alignment=hits / total,
        baseline=baseline_hits / total,
        gold_pairs=total,
        alignment_hits=hits,
        baseline_hits=baseline_hits,
        missed_topics=missed,
        junk_topics=junk_topics,
        top_topics=[topic.term for topic in top],
        missed_pairs=missed_pairs,
    )


def pair_folders(root: Path, only: Sequence[str] = ()) -> list[Path]:
    """The pair folders under ``root`` (those with a ``gold.json``), in the order of their
    numbers (99 before 100), then of their names."""

    def order(folder: Path) -> tuple[int, str]:
        number = folder.name.split("_", 1)[0]
        return (int(number) if number.isdigit() else 10**9, folder.name)

    folders = sorted((p for p in root.iterdir() if (p / "gold.json").is_file()), key=order)
    if only:
        folders = [p for p in folders if p.name in only or p.name.split("_", 1)[0] in only]
    return folders


def summary(results: Sequence[PairResult]) -> dict[str, float]:
    """Means over pairs (macro) and the pooled alignment share (micro)."""
    n = len(results)
    pairs = sum(r.gold_pairs for r in results)
    return {
        "pairs": n,
        "recall@30": sum(r.recall for r in results) / n,
        "junk@15": sum(r.junk for r in results) / n,
        "align@2": sum(r.alignment for r in results) / n,
        "baseline@2": sum(r.baseline for r in results) / n,
        "align@2_pooled": sum(r.alignment_hits for r in results) / pairs,
        "baseline@2_pooled": sum(r.baseline_hits for r in results) / pairs,
    }


def table(results: Sequence[PairResult]) -> str:
    """A Markdown table: one row per pair, then the means."""
    lines = [
        "| pair | beat | recall@30 | junk@15 | align@2 | baseline@2 |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.beat} | {r.recall:.2f} | {r.junk:.2f} | "
            f"{r.alignment:.2f} | {r.baseline:.2f} |"
        )
    means = summary(results)
    lines.append(
        f"| **mean ({means['pairs']} pairs)** | | **{means['recall@30']:.2f}** | "
        f"**{means['junk@15']:.2f}** | **{means['align@2']:.2f}** | "
        f"**{means['baseline@2']:.2f}** |"
    )
    return "\n".join(lines)


def evaluate(root: Path = DEFAULT_PAIRS, only: Sequence[str] = ()) -> list[PairResult]:
    """Score every pair under ``root`` (or those named in ``only``)."""
    folders = pair_folders(root, only)
    if not folders:
        raise SystemExit(f"no pairs with a gold.json under {root}")
    analyser, alias_names = make_analyser()
    normalise = Normaliser()
    return [evaluate_pair(folder, analyser, alias_names, normalise) for folder in folders]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS, help="folder of pairs")
    parser.add_argument("--only", nargs="+", default=(), metavar="NAME", help="pairs to run")
    parser.add_argument(
        "--json", metavar="PATH", help="also write the results as JSON ('-': stdout)"
    )
    args = parser.parse_args(argv)
    results = evaluate(args.pairs, args.only)
    print(table(results))
    means = summary(results)
    print(
        f"\nalign@2 over all {sum(r.gold_pairs for r in results)} gold paragraph pairs: "
        f"{means['align@2_pooled']:.2f} (baseline {means['baseline@2_pooled']:.2f})"
    )
    if args.json:
        data = {"summary": means, "pairs": [asdict(r) for r in results]}
        text = json.dumps(data, ensure_ascii=False, indent=1)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
