"""``duidu topics``: the topics two articles share, and those only one discusses."""

from __future__ import annotations

import argparse

from reader.cli.common import fail, warn, write_out
from reader.core.errors import DuiduError

NAME = "topics"
HELP = "shared and one-sided topics of two articles, and aligned paragraphs"
DESCRIPTION = (
    "Topics two articles share, topics only one discusses, and aligned "
    "paragraphs, in any mix of scripts. Terms are in Simplified script; spans are "
    "code-point offsets into each file's decoded text (newlines as \\n)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("left", metavar="LEFT", help="first article")
    parser.add_argument("right", metavar="RIGHT", help="second article")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--top", type=int, metavar="N", help="keep the N best topics of each list")


def run(args: argparse.Namespace) -> int:
    if args.top is not None and args.top < 1:
        return fail("--top needs a number of at least 1.")
    import json

    from reader.core.comparison.aliases import load_aliases
    from reader.core.comparison.links import LinkStore
    from reader.core.comparison.topics import TopicAnalyser, analyse_documents
    from reader.core.text.document import load_document
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.segmenter import get_segmenter
    from reader.core.text.vocabulary import load_vocabulary
    from reader.paths import resolve_data_dir, resources_dir

    try:
        left = load_document(args.left)
        right = load_document(args.right)
        data_dir = resolve_data_dir(args.data_dir)
        aliases = load_aliases(resources_dir() / "aliases.json", data_dir)
        vocabulary = load_vocabulary(data_dir)
        for problem in (aliases.problem, vocabulary.problem):
            if problem:
                warn(problem)
        analyser = TopicAnalyser(
            get_engine(), get_segmenter(), aliases.table, vocabulary.vocabulary
        )
        added, removed = LinkStore(data_dir).get(left.sha256, right.sha256).frozen()
        analysis = analyse_documents(analyser, left, right, links=added, unlinks=removed)
    except DuiduError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"the data folder cannot be used: {error}")
    if args.json:
        output = json.dumps(analysis.to_json(args.top), ensure_ascii=False, indent=1)
    else:
        output = _table(analysis, args.top or 20, left.title, right.title)
    write_out(output + "\n")
    return 0


def _table(analysis, top: int, left_title: str, right_title: str) -> str:
    """A readable summary: ranked shared topics with counts, then the one-sided lists."""
    lines = [f"Left:  {left_title}", f"Right: {right_title}", "", "Shared topics"]
    lines.append(f"{'#':>3}  {'left':>5}  {'right':>5}  term")
    for rank, topic in enumerate(analysis.shared[:top], 1):
        lines.append(f"{rank:>3}  {topic.left_count:>5}  {topic.right_count:>5}  {topic.term}")
    for label, topics, count in (
        ("Only in the left article", analysis.left_only, lambda t: t.left_count),
        ("Only in the right article", analysis.right_only, lambda t: t.right_count),
    ):
        lines += ["", label]
        lines.append("  " + ", ".join(f"{t.term} ({count(t)})" for t in topics[:top]) or "  -")
    lines += [
        "",
        f"Aligned paragraph pairs: {len(analysis.aligned)}; "
        f"shared wording: {len(analysis.wording)} passages.",
    ]
    return "\n".join(lines)
