"""Write resources/split_words.tsv: the words of jieba's dictionary that its route never
keeps whole (一上 is always 一 | 上), with their frequency and tag.

rjieba, which Duidu segments with, embeds the same dictionary but answers a word's tag and
frequency only through cutting it, so for these 8,000-odd words it cannot say. Word
discovery still meets them (约 + 谈 repeated in both texts is the dictionary's 约谈, a verbal
noun), so the segmenter reads them from this file. Run it again if rjieba's dictionary
changes: ``pip install jieba rjieba && python packaging/split_words.py``.
"""

from __future__ import annotations

from pathlib import Path

import jieba
import rjieba

ROOT = Path(__file__).resolve().parent.parent
HEADER = (
    "# Words of jieba's dictionary (dict.txt, MIT licence, Copyright (c) 2013 Sun Junyi) that\n"
    "# its route always cuts apart, with their frequency and part-of-speech tag.\n"
    "# Made by packaging/split_words.py; one word, frequency and tag per line.\n"
)


def main() -> None:
    tokenizer = rjieba.Jieba()
    lines = []
    dictionary = Path(jieba.__file__).with_name("dict.txt")
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and tokenizer.cut(parts[0], False) != [parts[0]]:
            lines.append("\t".join(parts))
    target = ROOT / "resources" / "split_words.tsv"
    target.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words written to {target}")


if __name__ == "__main__":
    main()
