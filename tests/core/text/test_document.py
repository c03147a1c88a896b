"""The structure of the two bundled articles, as a reader sees them."""

from __future__ import annotations

from reader.core.text.document import BlockKind, load_document, parse_document
from tests.conftest import SIMP_ARTICLE, TRAD_ARTICLE


def texts(document, kind: BlockKind) -> list[str]:
    return [document.block_text(block).strip() for block in document.blocks_of(kind)]


def test_traditional_article_structure() -> None:
    document = load_document(TRAD_ARTICLE)
    assert document.title == "英偉達的日子,不好過。"
    assert texts(document, BlockKind.SECTION) == ["01", "02", "03"]
    assert texts(document, BlockKind.IMAGE) == ["![]()"] * 7
    footer = texts(document, BlockKind.FOOTER)
    assert footer[0] == "圖片來源于網絡,侵權請聯系刪除"
    assert footer[-1].startswith("Notice: The content above")
    assert len(footer) == 3
    paragraphs = texts(document, BlockKind.PARAGRAPH)
    assert paragraphs[0] == "十年前,它還是硅谷最風光的企業之一。"
    assert paragraphs[-1] == "黃仁勛的無奈,既是英偉達的,也是整個美國科技體系的。"
    assert not any("![]()" in p or p.startswith("特別聲明") for p in paragraphs)
    numbers = [block.paragraph for block in document.blocks_of(BlockKind.PARAGRAPH)]
    assert numbers == list(range(1, len(numbers) + 1))


def test_simplified_article_structure() -> None:
    document = load_document(SIMP_ARTICLE)
    assert document.title == "四个月两次到访,中国市场对英伟达到底有多重要?"
    assert texts(document, BlockKind.SECTION) == ["01", "02", "03"]
    assert texts(document, BlockKind.HEADING) == [
        "H20芯片的“过山车”剧情",
        "黄仁勋频繁访华的深层动机",
        "技术无国界",
    ]
    assert texts(document, BlockKind.IMAGE) == []
    assert texts(document, BlockKind.FOOTER) == []
    assert document.paragraph_count == 31


def test_marked_blocks_are_the_lines_set_apart_in_order() -> None:
    """What the pane formats: every title, section, heading, footer and image line, and
    no paragraph or blank line."""
    document = load_document(SIMP_ARTICLE)
    marked = document.marked_blocks
    assert [block.kind for block in marked] == [
        block.kind
        for block in document.blocks
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.BLANK)
    ]
    assert {block.kind for block in marked} == {
        BlockKind.TITLE,
        BlockKind.SECTION,
        BlockKind.HEADING,
    }
    assert [document.block_text(b).strip() for b in marked if b.kind is BlockKind.HEADING] == [
        "H20芯片的“过山车”剧情",
        "黄仁勋频繁访华的深层动机",
        "技术无国界",
    ]


def test_blocks_cover_the_text_line_for_line() -> None:
    document = load_document(TRAD_ARTICLE)
    lines = document.text.split("\n")
    assert len(document.blocks) == len(lines)
    for block, line in zip(document.blocks, lines, strict=True):
        assert document.text[block.start : block.end] == line


def test_section_marker_is_not_mistaken_in_prose() -> None:
    document = parse_document("标题\n2025\n第一章\n正文。\n")
    kinds = [block.kind for block in document.blocks]
    assert kinds[1] is BlockKind.PARAGRAPH  # a year is not a section number
    assert kinds[2] is BlockKind.SECTION
