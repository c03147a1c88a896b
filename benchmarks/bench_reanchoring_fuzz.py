"""Re-anchoring under random edits: how many notes land on the right words.

    python benchmarks/bench_reanchoring_fuzz.py [--notes N] [--rounds N] [--book PATH] [--seed S]

Notes are made on the bundled pair (both articles) and on a corpus book (西遊記, Traditional):
passages of 2 to 2,000 characters and, a fifth of them, the text's most repeated short names
(英偉達 and 輝達 in the articles, 行者 and 八戒 in the book). Each round then edits the document
at random (``fuzz_edits.edit``: insertions, deletions, replacements and punctuation changes
touching 1–10 % of the characters, and paragraphs moved), and changes the whole file in one
more way in turn: nothing, CRLF line ends, another encoding (GB18030), or a script
conversion of the whole file (t2s for Traditional, s2t for Simplified). The edited bytes are
read back with Duidu's own loader, and every note is re-anchored with
``reader.core.notes.anchoring.anchor_many``, as the notes panel does.

A note whose passage *survived* (all its characters kept side by side; its script may have
changed) is **right** when found exactly where they are now, **wrong** when found anywhere
else, else **orphaned**. Goals: ≥ 99 % right, 0 wrong. A note whose passage was itself edited
is right when found on what is left of it (at least half the span found is its surviving
characters), wrong when found elsewhere (goal: 0, never silently wrong), else orphaned.

Last, 10,000 notes on the book are re-anchored after an edit (a paragraph added near the top
and 20 small edits): goal under 1 s, printed next to reading and decoding the same file.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.fuzz_edits import (  # noqa: E402
    Edited,
    convert_script,
    edit,
    note_spans,
    remains,
    survived,
)
from reader.core.notes.anchoring import anchor_many  # noqa: E402
from reader.core.notes.annotations import make_target  # noqa: E402
from reader.core.text.document import load_document  # noqa: E402

ARTICLES = ROOT / "resources" / "articles"
DEFAULT_BOOK = ROOT.parent / "shared" / "corpus" / "xiyouji_trad_wikisource.txt"
CHANGES = ("none", "crlf", "gb18030", "script")
SHARES = (0.01, 0.05, 0.10)
COUNTS = (
    "survived",
    "right",
    "wrong",
    "orphaned",
    "edited",
    "edited_right",
    "edited_wrong",
    "edited_orphaned",
    "notes",
)


@dataclass
class Tally:
    survived: int = 0
    right: int = 0
    wrong: int = 0
    orphaned: int = 0
    edited: int = 0
    edited_right: int = 0
    edited_wrong: int = 0
    edited_orphaned: int = 0
    seconds: float = 0.0
    notes: int = 0
    wrong_examples: list[str] = field(default_factory=list)
    orphaned_examples: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.seconds += other.seconds
        self.wrong_examples += other.wrong_examples
        self.orphaned_examples += other.orphaned_examples


def reread(edited: Edited, change: str, folder: Path, traditional: bool) -> Edited:
    """The edited text after its file is changed as ``change`` says and read back."""
    if change == "script":
        return convert_script(edited, "t2s" if traditional else "s2t")
    path = folder / f"edited-{change}.txt"
    if change == "crlf":
        path.write_bytes(edited.text.replace("\n", "\r\n").encode("utf-8"))
    elif change == "gb18030":
        path.write_bytes(edited.text.encode("gb18030"))
    else:
        path.write_bytes(edited.text.encode("utf-8"))
    text = load_document(path).text
    if text != edited.text:
        raise SystemExit(f"the loader changed the text of a {change} file: fix the benchmark")
    return edited


def one_round(
    text: str,
    spans: list[tuple[int, int]],
    rng: random.Random,
    share: float,
    change: str,
    folder: Path,
    traditional: bool,
) -> Tally:
    targets = [make_target("/doc.txt", "before", text, s, e) for s, e in spans]
    edited = reread(edit(text, rng, share), change, folder, traditional)
    started = time.perf_counter()
    anchors = anchor_many(edited.text, targets, "after")
    tally = Tally(seconds=time.perf_counter() - started, notes=len(targets))
    where = edited.where(len(text))
    for (start, end), found in zip(spans, anchors, strict=True):
        span = None if found.start is None else (found.start, found.end or 0)
        truth = survived(where, start, end)
        if truth is not None:
            tally.survived += 1
            if span == truth:
                tally.right += 1
            elif span is None:
                tally.orphaned += 1
                if len(tally.orphaned_examples) < 5:
                    tally.orphaned_examples.append(
                        f"{text[start:end][:30]!r} at {truth} ({edited.description})"
                    )
            else:
                tally.wrong += 1
                if len(tally.wrong_examples) < 5:
                    tally.wrong_examples.append(
                        f"{text[start:end][:30]!r} at {truth} found at {span} "
                        f"({edited.text[span[0] : span[1]][:30]!r}; {edited.description})"
                    )
            continue
        tally.edited += 1
        left = remains(where, start, end)
        if span is None:
            tally.edited_orphaned += 1
        elif left is not None and overlap(span, left) * 2 >= span[1] - span[0]:
            tally.edited_right += 1
        else:
            tally.edited_wrong += 1
            if len(tally.wrong_examples) < 5:
                found_text = edited.text[span[0] : span[1]][:30]
                tally.wrong_examples.append(
                    f"edited {text[start:end][:30]!r} (left of it: {left}) found at {span} "
                    f"({found_text!r}; {edited.description})"
                )
    return tally


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "–"


def report(name: str, tally: Tally, verbose: bool = False) -> None:
    print(
        f"{name:<28} {tally.notes:>6} notes  survived {tally.survived:>5}: "
        f"right {share(tally.right, tally.survived):>6}, wrong {tally.wrong}, "
        f"orphaned {tally.orphaned}  |  edited {tally.edited:>5}: "
        f"right {share(tally.edited_right, tally.edited)}, wrong {tally.edited_wrong}, "
        f"orphaned {tally.edited_orphaned}  |  {1000 * tally.seconds / max(tally.notes, 1):.2f} "
        "ms a note"
    )
    for example in tally.wrong_examples:
        print(f"    wrong: {example}")
    for example in tally.orphaned_examples if verbose else ():
        print(f"    orphaned though it survived: {example}")


def ten_thousand(book: str, rng: random.Random, path: Path) -> None:
    spans = note_spans(book, rng, 10_000)
    targets = [make_target("/doc.txt", "before", book, s, e) for s, e in spans]
    paragraph = book.index("\n", 2000) + 1
    changed = book[:paragraph] + "此處新添一段，說明版本的來歷。\n" + book[paragraph:]
    for _ in range(20):
        at = rng.randrange(len(changed))
        changed = changed[:at] + rng.choice("之乎者也矣焉哉") + changed[at + 1 :]
    started = time.perf_counter()
    anchors = anchor_many(changed, targets, "after")
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    load_document(path)
    baseline = time.perf_counter() - started
    lost = sum(a.start is None for a in anchors)
    print(
        f"10,000 notes on the book after an edit: {seconds:.2f} s (goal < 1 s; {lost} orphaned)"
        f"; reading and decoding the file: {baseline:.2f} s; ratio {seconds / baseline:.1f}×"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000, help="notes per document and round")
    parser.add_argument("--rounds", type=int, default=4, help="rounds per document")
    parser.add_argument("--book", type=Path, default=DEFAULT_BOOK)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--skip-10000", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="show orphaned survivors")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    documents = [
        ("article, Traditional", ARTICLES / "nvidia-days-are-hard.trad.txt", True),
        ("article, Simplified", ARTICLES / "nvidia-china-market.simp.txt", False),
        (f"book {args.book.name[:14]}", args.book, True),
    ]
    total = Tally()
    with tempfile.TemporaryDirectory() as folder:
        for name, path, traditional in documents:
            text = load_document(path).text
            tally = Tally()
            for number in range(args.rounds):
                spans = note_spans(text, rng, args.notes)
                change = CHANGES[number % len(CHANGES)]
                tally.add(
                    one_round(
                        text,
                        spans,
                        rng,
                        SHARES[number % len(SHARES)],
                        change,
                        Path(folder),
                        traditional,
                    )
                )
            report(name, tally, args.verbose)
            total.add(tally)
    report("all", total)
    if not args.skip_10000:
        ten_thousand(load_document(args.book).text, rng, args.book)


if __name__ == "__main__":
    main()
