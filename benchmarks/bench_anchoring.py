"""Re-anchoring long passages, printed as ratios against a baseline measured in the same run.

    python benchmarks/bench_anchoring.py [--book PATH] [--repeat N] [--anchoring FILE]

A note is made on a passage of the Traditional 西遊記; the file is then replaced by its
Simplified conversion (so the quote is not found as it is, and many of its characters
differ in script), and the passage is found again with ``reader.core.notes.anchoring.anchor``:
500, 5,000 and 20,000 characters, then a 20,000-character passage that was removed (it
must be orphaned). The baseline is ``str.find`` of the same quote in the same text (a full
pass: the Traditional quote is not in the Simplified text). The ratio should stay roughly
flat from 5,000 to 20,000 characters (near-linear); goal: 20,000 characters under 2 s.

``--anchoring FILE`` times another version of the module instead (for example
``git show HEAD~1:reader/core/notes/anchoring.py > /tmp/old.py``); ``--timeout`` skips the
remaining lengths once one takes longer than that.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_BOOK = ROOT.parent / "shared" / "corpus" / "xiyouji_trad_wikisource.txt"
LENGTHS = (500, 5_000, 20_000)
AT = 300_000  # where the passages start in the book


def load_anchoring(path: Path | None):
    if path is None:
        from reader.core.notes import anchoring

        return anchoring
    spec = importlib.util.spec_from_file_location("bench_anchoring_module", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def median_time(function, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", type=Path, default=DEFAULT_BOOK)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--anchoring", type=Path, help="time this anchoring.py instead")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds; see above")
    args = parser.parse_args()
    if not args.book.is_file():
        print(f"skipped: {args.book} not found")
        return

    from reader.core.notes.annotations import make_target
    from reader.core.text.conversion import convert_text
    from reader.core.text.document import load_document
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.scripts import ScriptMode, detect_script

    anchoring = load_anchoring(args.anchoring)
    engine = get_engine()
    book = load_document(args.book).text
    source = detect_script(book, engine).script
    simplified = convert_text(engine, book, ScriptMode.HANS, source).text
    print(
        f"book {args.book.name}: {len(book):,} characters, Simplified {len(simplified):,}; "
        f"module {args.anchoring or 'reader.core.notes.anchoring'}"
    )

    cases = [(f"{size:>6,} chars", size, simplified) for size in LENGTHS]
    gone = LENGTHS[-1]
    cases.append(
        (f"{gone:>6,} gone ", gone, simplified[: AT - 100] + simplified[AT + gone + 100 :])
    )
    for label, size, text in cases:
        target = make_target(args.book, "traditional", book, AT, AT + size)
        baseline, _ = median_time(lambda q=target.exact, t=text: t.find(q), args.repeat)
        started = time.perf_counter()
        found = anchoring.anchor(text, target, "simplified")
        first = time.perf_counter() - started
        if first > args.timeout:
            print(f"{label}  anchor {first:8.3f} s  (once; over --timeout, rest skipped)")
            break
        taken = first
        if first < 5:  # slow runs are timed once
            taken, found = median_time(
                lambda t=text, g=target: anchoring.anchor(t, g, "simplified"), args.repeat
            )
        place = "" if found.start is None else f" at {found.start:,}–{found.end:,}"
        print(
            f"{label}  anchor {taken:8.3f} s  str.find {baseline * 1000:7.2f} ms  "
            f"ratio {taken / baseline:8.1f}x  {found.status.value}{place}"
        )


if __name__ == "__main__":
    main()
