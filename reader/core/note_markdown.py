"""Notes rendered from Markdown to HTML that cannot run or fetch anything.

Python-Markdown passes raw HTML through by default; a note is the reader's text, and may
hold pasted markup, so the raw-HTML block and inline processors are removed and any HTML
in a note is shown as the characters it is. Images become their alt text, so rendering a
note never loads a file or a URL; links are kept as text with their address.
"""

from __future__ import annotations

import html

_ALLOWED_SCHEMES = ("http://", "https://", "mailto:")


def _markdown():
    import markdown
    from markdown.extensions import Extension
    from markdown.treeprocessors import Treeprocessor

    class _Safe(Treeprocessor):
        def run(self, root) -> None:
            for parent in root.iter():
                for child in list(parent):
                    if child.tag == "img":  # never load: show the alt text
                        index = list(parent).index(child)
                        parent.remove(child)
                        span = parent.makeelement("span", {})
                        span.text = f"[image: {child.get('alt', '')}]"
                        span.tail = child.tail
                        parent.insert(index, span)
                    elif child.tag == "a":
                        href = child.get("href", "")
                        if not href.lower().startswith(_ALLOWED_SCHEMES):
                            child.attrib.pop("href", None)

    class _NoRawHtml(Extension):
        def extendMarkdown(self, md) -> None:
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")
            md.treeprocessors.register(_Safe(md), "duidu_safe", 0)

    return markdown.Markdown(extensions=["extra", "sane_lists", _NoRawHtml()])


def render_note(text: str) -> str:
    """HTML for a note's Markdown; raw HTML in the note shows as text."""
    renderer = _markdown()
    try:
        return renderer.convert(text)
    except Exception:
        return f"<pre>{html.escape(text)}</pre>"
