"""Decoding every encoding Duidu promises, on small samples and on real corpus books."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.errors import DocumentError
from reader.core.formats.encoding import decode_bytes
from reader.core.text.document import load_document
from tests.conftest import corpus_file

SIMPLIFIED = "英伟达的日子不好过。中国市场对英伟达到底有多重要？\n黄仁勋说：“我们得想办法。”\n"
TRADITIONAL = "英偉達的日子，不好過。中國市場對英偉達到底有多重要？\n黃仁勳說：「我們得想辦法。」\n"


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (SIMPLIFIED.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "UTF-8 (BOM)"),
        (SIMPLIFIED.encode("utf-16"), "UTF-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "UTF-16"),
        (SIMPLIFIED.encode("gb2312"), "GB2312"),
        ((SIMPLIFIED + "镕").encode("gbk"), "GBK"),
        ((SIMPLIFIED + "\u20ac\U00020000").encode("gb18030"), "GB18030"),
        (TRADITIONAL.encode("big5"), "Big5"),
    ],
)
def test_sample_decodes_with_its_encoding(data: bytes, label: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.label == label
    assert decoded.text.startswith(("英伟达", "英偉達"))
    assert "\ufeff" not in decoded.text


def test_gb18030_book_keeps_characters_gbk_cannot_decode() -> None:
    path = corpus_file("hongloumeng_simp.gb18030.txt")
    document = load_document(path)
    assert document.encoding == "GB18030"
    assert document.text == path.read_bytes().decode("gb18030")
    assert "\ufffd" not in document.text
    assert "贾宝玉" in document.text


def test_big5_book_with_hkscs_bytes_decodes_whole() -> None:
    path = corpus_file("sanguo_yanyi_trad.big5.txt")
    document = load_document(path)
    assert document.encoding == "Big5-HKSCS"
    assert len(document.text) == 615_553
    assert document.text.startswith("《三國演義》")
    assert "\ufffd" not in document.text


def test_crlf_book_gets_unix_newlines() -> None:
    document = load_document(corpus_file("zuozhuan_simp_opencc.txt"))
    assert "\r" not in document.text
    assert document.text.count("\n") == 5706


def test_utf8_book_with_non_bmp_characters() -> None:
    document = load_document(corpus_file("xiyouji_trad_wikisource.txt"))
    assert len(document.text) == 744_348
    assert sum(1 for ch in document.text if ord(ch) > 0xFFFF) == 67


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\x80\x80\xff\xfe\xfd\x80abc\xff", "not text in an encoding"),
    ],
)
def test_unreadable_files_raise_a_sentence(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=expected) as error:
        load_document(path)
    assert str(error.value).endswith(".")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="is a folder"):
        load_document(tmp_path)


def test_markdown_file_is_read_with_its_heading_as_title(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# 标题：芯片\n\n正文第一段。\n\n## 小节\n\n正文第二段。\n", encoding="utf-8")
    document = load_document(path)
    assert document.title == "标题：芯片"
    assert document.paragraph_count == 2


def test_a_gb2312_file_keeps_its_dashes_and_middle_dots(tmp_path: Path) -> None:
    """Python's gb2312 codec reads A1AA as ― and A1A4 as ・; the file meant — and ·
    (as GB18030 and Windows read them). Found by the re-anchoring fuzz benchmark."""
    text = "救火行动——他需同时处理·两件事。" * 20
    path = tmp_path / "gb.txt"
    path.write_bytes(text.encode("gb18030"))
    document = load_document(path)
    assert document.text.startswith(text[:16])
    assert "―" not in document.text and "・" not in document.text
