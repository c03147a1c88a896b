"""Write resources/transliteration.tsv: the characters that spell foreign names in Chinese
(斯, 特, 维, 妮…) with their Mandarin reading, for pairing one name transliterated two ways
(斯威雅蒂 and 斯维亚泰克, 艾波特 and 阿博特: ``reader.core.comparison.transliteration``).

A character is listed when jieba's dictionary has it in at least three transliterated names
(tag ``nrt``) and it is no common word alone (used alone fewer than 20,000 times in the
dictionary's corpus), or it is in a tenth or more of the dictionary's words that hold it
(米 of 米尔顿): so 多, 人 and 第 are not, and a run of these characters is a name, not
"第二高". Its readings are pypinyin's, without tone, the commonest first (勒 is *lei* and, in
names, *le*). Run it again if the dictionary
changes: ``pip install jieba pypinyin && python packaging/transliteration.py``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import jieba
from pypinyin import Style, pinyin

ROOT = Path(__file__).resolve().parent.parent
MIN_NAMES = 3  # transliterated names of the dictionary a character must be in
COMMON_ALONE = 20_000  # as reader.core.comparison.topics.COMMON_CHARACTER
NAME_SHARE = 0.1  # ... unless this share of the words holding it are such names
HEADER = (
    "# Characters of transliterated foreign names and their Mandarin readings, without tone.\n"
    "# Characters from jieba's dictionary (dict.txt, MIT licence, Copyright (c) 2013 Sun\n"
    "# Junyi); readings from pypinyin (MIT licence, Copyright (c) 2016 mozillazg, 闲耘).\n"
    "# Made by packaging/transliteration.py; one character and its readings per line.\n"
)


def main() -> None:
    in_names: Counter[str] = Counter()
    in_words: Counter[str] = Counter()
    alone: dict[str, int] = {}
    dictionary = Path(jieba.__file__).with_name("dict.txt")
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split()
        if len(word) == 1:
            alone[word] = int(frequency)
        for character in set(word):
            in_words[character] += 1
            if tag == "nrt":
                in_names[character] += 1
    characters = sorted(
        character
        for character, names in in_names.items()
        if "\u4e00" <= character <= "\u9fff"
        and names >= MIN_NAMES
        and (alone.get(character, 0) < COMMON_ALONE or names / in_words[character] >= NAME_SHARE)
    )
    lines = []
    for character in characters:
        [readings] = pinyin(character, style=Style.NORMAL, heteronym=True)
        lines.append(f"{character}\t{','.join(dict.fromkeys(readings))}")
    target = ROOT / "resources" / "transliteration.tsv"
    target.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} characters written to {target}")


if __name__ == "__main__":
    main()
