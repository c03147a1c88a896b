"""Notes rendered from Markdown to HTML that cannot run, style or fetch anything.

A note is the reader's text and may arrive by import, so what it renders to is shown in Qt
widgets that would otherwise load files (``<img src>``, a ``background-image`` in a style,
a table's ``background``). The rendering is therefore an allow-list:

1. Python-Markdown ("extra" and "sane_lists") renders the note, with its raw-HTML block and
   inline processors removed, so any HTML in a note is shown as the characters it is.
2. Its *final* output is parsed back into a tree (what the extensions write outside the
   element tree is covered too: fenced code is stashed as HTML, footnotes' back-references
   are added by a postprocessor) and rebuilt from :data:`ALLOWED`: an element of another
   kind is replaced by its text, and an allowed element keeps only the attributes listed
   for it, checked one by one. So nothing of an attribute list (``{: style=… onclick=…}``),
   a fenced block's ``{.lang #id}``, a footnote's ``id`` or a ``class`` survives.
3. The clean tree is written by Python-Markdown's serializer.

What is kept: ``href`` on ``<a>`` when it is a web or mail address (``http://``,
``https://``, ``mailto:``), read after character references are decoded and refused if
it holds whitespace or control or format characters, so ``&#106;avascript:``,
`` JaVaScRiPt:`` and ``java\\tscript:`` are refused; ``title`` on ``<a>`` and ``<abbr>``
(text); ``start`` on ``<ol>`` when it is a number; a table cell's alignment, which the
tables extension writes as ``style="text-align: …"``, as ``align``. A link without such an
address becomes its text; footnote references stay as their number, and the footnote's
"jump back" arrow is dropped: the preview follows no link, and a fragment is no address.
Images become "[image: alt text]", so rendering a note never loads a file or a URL.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, SubElement

if TYPE_CHECKING:
    import markdown

# Every element a rendered note may hold, and the attributes each may carry.
_BLOCKS = ("p", "br", "hr", "blockquote", "pre", "div", "h1", "h2", "h3", "h4", "h5", "h6")
_INLINE = ("em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "code", "kbd", "span")
_LISTS_AND_TABLES = ("ul", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr")
ALLOWED: dict[str, frozenset[str]] = {
    **{tag: frozenset() for tag in (*_BLOCKS, *_INLINE, *_LISTS_AND_TABLES)},
    "a": frozenset({"href", "title"}),
    "abbr": frozenset({"title"}),
    "ol": frozenset({"start"}),
    "th": frozenset({"align"}),
    "td": frozenset({"align"}),
}

# Elements HTML never closes (``<br>``, ``<img …>``): never a parent in the tree read back.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link"})
_VOID |= {"meta", "param", "source", "track", "wbr"}
# A web address: the scheme, then a host (http, https) or anything (mailto). ASCII only,
# so that no case folding (``ſ`` is an ``s`` to re.IGNORECASE) makes a scheme of another.
_WEB_LINK = re.compile(r"(?:https?://[^/?#\\]|mailto:.)", re.IGNORECASE | re.ASCII)
_ALIGN = frozenset({"left", "right", "center"})
# What may make Markdown of a note: emphasis, code, headings, links, images, HTML, escapes,
# tables, rules and list items (``-``, ``+``, ``1.`` at a line's start).
_MARKUP = re.compile(r"[*_`#\[\]!<>&\\|~=]|^\s*(?:[-+]|\d+[.)])\s", re.MULTILINE)
_TEXT_ALIGN = re.compile(r"\s*text-align\s*:\s*([a-z]+)\s*;?\s*", re.IGNORECASE)
_NUMBER = re.compile(r"[0-9]{1,9}", re.ASCII)


def web_link(href: str | None) -> str | None:
    """``href`` if it is an http, https or mailto address shown as it is; else None."""
    if not href or any(_hides(ch) for ch in href):
        return None
    return href if _WEB_LINK.match(href) else None


def _hides(ch: str) -> bool:
    """Whitespace, controls, format characters (zero-width, bidi) and the like."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def _markdown() -> markdown.Markdown:
    import markdown
    from markdown.extensions import Extension

    class _NoRawHtml(Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")

    return markdown.Markdown(extensions=["extra", "sane_lists", _NoRawHtml()])


class _TreeReader(HTMLParser):
    """HTML back into an element tree: text decoded, an end tag closes what it matches."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("root")
        self._open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = SubElement(self._open[-1], tag, {k: v or "" for k, v in attrs})
        if tag not in _VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        SubElement(self._open[-1], tag, {k: v or "" for k, v in attrs})

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._open) - 1, 0, -1):
            if self._open[depth].tag == tag:
                del self._open[depth:]
                return

    def handle_data(self, data: str) -> None:
        _add_text(self._open[-1], data)


def _add_text(parent: Element, text: str | None) -> None:
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _attributes(element: Element) -> dict[str, str]:
    """The attributes ``element`` keeps: those allowed for it, with values checked."""
    tag, kept = element.tag, {}
    if tag == "a":
        href = web_link(element.get("href"))
        if href:
            kept["href"] = href
    title = element.get("title")
    if "title" in ALLOWED[tag] and title:
        kept["title"] = title
    if tag == "ol":
        start = element.get("start", "")
        if _NUMBER.fullmatch(start):
            kept["start"] = str(int(start))
    if tag in ("th", "td"):
        align = element.get("align", "").lower()
        style = _TEXT_ALIGN.fullmatch(element.get("style", ""))
        if style:
            align = style.group(1).lower()
        if align in _ALIGN:
            kept["align"] = align
    return kept


def _clean(source: Element, target: Element) -> None:
    """Copy what is allowed of ``source``'s content under ``target``."""
    _add_text(target, source.text)
    for child in source:
        tag = child.tag
        if tag == "img":  # never load: show the alt text
            alt = child.get("alt", "").strip()
            _add_text(target, f"[image: {alt}]" if alt else "[image]")
        elif tag == "a" and "footnote-backref" in child.get("class", "").split():
            pass  # the footnote's "jump back" arrow: a link to a fragment, nothing to read
        elif tag in ALLOWED:
            attributes = _attributes(child)
            if tag == "a" and "href" not in attributes:
                _clean(child, target)  # no address to show: the link's text
            else:
                _clean(child, SubElement(target, tag, attributes))
        else:
            _add_text(target, "".join(child.itertext()))
        _add_text(target, child.tail)


def _for_serializer(root: Element) -> None:
    """Python-Markdown's serializer leaves ``&name;`` and ``&#n;`` alone (Markdown text may
    hold character references), so a literal ``&`` is given to it as ``&amp;``: decoded
    text then comes out as the same text."""
    for element in root.iter():
        if element.text:
            element.text = element.text.replace("&", "&amp;")
        if element.tail:
            element.tail = element.tail.replace("&", "&amp;")
        for name, value in element.items():
            element.set(name, value.replace("&", "&amp;"))


def sanitize(rendered: str) -> str:
    """HTML (as Python-Markdown writes it) keeping only :data:`ALLOWED`; see the module."""
    from markdown.serializers import to_xhtml_string

    reader = _TreeReader()
    reader.feed(rendered)
    reader.close()
    clean = Element("div")
    _clean(reader.root, clean)
    _for_serializer(clean)
    # The serializer writes a tag-less element's content only (typeshed's Element.tag is
    # a str, but ElementTree and Python-Markdown's serializer take None too).
    clean.tag = None  # type: ignore[assignment]
    return to_xhtml_string(clean)


def render_note(text: str) -> str:
    """HTML for a note's Markdown: only allowed elements and attributes, loading nothing;
    raw HTML in the note shows as text."""
    try:
        return sanitize(_markdown().convert(text))
    except Exception:  # a note Python-Markdown cannot render (too deeply nested…)
        return f"<pre>{html.escape(text)}</pre>"


class _TextOnly(HTMLParser):
    """The characters of rendered HTML, a space where a block or a line break ends."""

    _BREAKS = frozenset({*_BLOCKS, "li", "dt", "dd", "tr", "td", "th"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BREAKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAKS:
            self.parts.append(" ")


def note_text(text: str) -> str:
    """A note as one line of what it says, without its Markdown (``**key**`` → ``key``,
    a link → its words, an image → "[image: …]"): what a list of notes shows."""
    if not _MARKUP.search(text):  # most notes: plain words, no need to render them
        return " ".join(text.split())
    reader = _TextOnly()
    reader.feed(render_note(text))
    reader.close()
    return " ".join("".join(reader.parts).split())
