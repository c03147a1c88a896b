"""Reading exported Markdown back as other programs will: a CommonMark parser
(markdown-it-py, also with the GFM tables and strike-through Obsidian has), YAML for the
front matter, and Python-Markdown as the app's preview renders it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin


def parser(preset: str = "commonmark") -> MarkdownIt:
    md = MarkdownIt(preset).use(front_matter_plugin)
    if preset != "commonmark":
        md.enable(["table", "strikethrough"])
    return md


def front_matter(text: str) -> dict:
    tokens = parser().parse(text)
    assert tokens[0].type == "front_matter", "the export starts with YAML front matter"
    return yaml.safe_load(tokens[0].content)


def blockquotes(text: str, preset: str = "commonmark") -> list[str]:
    """The text of every top-level block quote: paragraphs joined by a blank line, line
    breaks as newlines. Anything but text inside (a heading, a list, emphasis, a link, an
    HTML tag) shows as ``<token type>``, so a passage that broke out would not match."""
    quotes: list[str] = []
    depth = 0
    paragraphs: list[str] = []
    for token in parser(preset).parse(text):
        if token.type == "blockquote_open":
            depth += 1
            if depth == 1:
                paragraphs = []
        elif token.type == "blockquote_close":
            depth -= 1
            if depth == 0:
                quotes.append("\n\n".join(paragraphs))
        elif depth and token.type == "inline":
            out = []
            for child in token.children or []:
                if child.type == "text":
                    out.append(child.content)
                elif child.type in ("hardbreak", "softbreak"):
                    out.append("\n")
                else:
                    out.append(f"<{child.type}>")
            paragraphs.append("".join(out))
        elif depth and token.type not in ("paragraph_open", "paragraph_close"):
            paragraphs.append(f"<{token.type}>")
    return quotes


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        if tag == "br":
            self.text.append("\n")

    def handle_data(self, data) -> None:
        self.text.append(data)


def python_markdown_blocks(html: str) -> tuple[list[str], str]:
    """The tags and the text of HTML that Python-Markdown made."""
    blocks = _Blocks()
    blocks.feed(html)
    return blocks.tags, re.sub(r"\s+", " ", "".join(blocks.text)).strip()
