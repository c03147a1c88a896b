"""Decode the bytes of a text file without asking the user for its encoding.

Chinese text on disk comes in UTF-8 (with or without BOM), UTF-16 with BOM, the GB family
(GB2312 ⊂ GBK ⊂ GB18030) and Big5 (with the Hong Kong extension in real files). Legacy
double-byte encodings overlap: GB18030 decodes almost any byte string, so "the first codec
that does not fail" picks wrong. We decode with every plausible codec strictly and keep the
reading whose characters look most like Chinese prose (share of very common characters).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from reader.core.errors import DocumentError
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# Frequent characters of modern written Chinese, in both scripts. Correct decodings are full
# of them; a Big5 file read as GB18030 (or the reverse) yields rare characters instead.
_COMMON = frozenset(
    "的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出也得里裡裏后後自"
    "会會家可下而过過天去能对對小多然于於心学學么麼之都好看起发發当當没沒成只如事把还還用第"
    "样樣道想作种種开開美总總从從无無情己面最女但现現前些所同日手又行意动動方期它头頭经經长長"
    "儿兒回位分爱愛老因很给給名法间間知世什两兩次使身者被高已亲親其进進此话話常与與活正感見见"
    "这這那年生子们說於曰王三十之矣也乃吾汝今公將将軍军兵馬马玄德孔明操曹云雲玉寶宝黛"
)

# Codecs tried, in order of preference when two readings score the same.
_LEGACY = ("gb2312", "gbk", "gb18030", "big5", "big5hkscs")
_LABELS = {
    "utf-8": "UTF-8",
    "gb2312": "GB2312",
    "gbk": "GBK",
    "gb18030": "GB18030",
    "big5": "Big5",
    "big5hkscs": "Big5-HKSCS",
}


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, with the codec that was used and its display label."""

    text: str
    codec: str
    label: str


def _score(text: str) -> float:
    """Share of CJK characters that are common ones; private-use characters count against."""
    cjk = common = private = 0
    for ch in text[:200_000]:
        code = ord(ch)
        if code >= 0x2E80:
            if 0xE000 <= code <= 0xF8FF:
                private += 1
            else:
                cjk += 1
                if ch in _COMMON:
                    common += 1
    if cjk + private == 0:
        return 0.0
    return (common - 5 * private) / (cjk + private)


_THE_FILE = Sentence(QT_TRANSLATE_NOOP("Messages", "The file"))  # a file without a name


def decode_bytes(data: bytes, *, name: str = _THE_FILE) -> DecodedText:
    """Decode ``data``; raise :class:`DocumentError` with a sentence when it is not text."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(codec), codec, label)
            except UnicodeDecodeError as error:
                raise DocumentError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{name} starts with a {encoding} byte-order mark but is not valid "
                            "{encoding} (bad bytes at offset {offset}).",
                        ),
                        name=name,
                        encoding=label,
                        offset=error.start,
                    )
                ) from None
    if b"\x00" in data[:65536]:
        raise DocumentError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "{name} is a binary file, not text."), name=name)
        )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", "UTF-8")
    except UnicodeDecodeError:
        pass
    readings: list[tuple[float, int, DecodedText]] = []
    decoded_family: set[str] = set()
    for order, codec in enumerate(_LEGACY):
        family = "gb" if codec.startswith("gb") else "big5"
        if family in decoded_family:
            continue  # a narrower member of the family already decoded the whole file
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if family == "gb" and codec != "gb18030":
            # The narrowest member names the file; its text is GB18030's, the superset:
            # Python's gb2312 codec reads A1AA as U+2015 (―) and A1A4 as U+30FB (・) where
            # GBK, GB18030 and Windows' cp936 (which wrote most such files) mean — and ·.
            text = data.decode("gb18030")
        decoded_family.add(family)
        readings.append((_score(text), -order, DecodedText(text, codec, _LABELS[codec])))
    if not readings:
        raise DocumentError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} is not text in an encoding Duidu can read "
                    "(UTF-8, UTF-16 with BOM, GB18030/GBK/GB2312 or Big5).",
                ),
                name=name,
            )
        )
    readings.sort(key=lambda reading: (reading[0], reading[1]), reverse=True)
    return readings[0][2]


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF: stored offsets count newlines as one ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
