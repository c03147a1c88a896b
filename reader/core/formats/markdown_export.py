"""Notes as Markdown: the text readers take to Obsidian, Logseq, a paper or an email.

The passages are other people's text and may hold anything: ``#``, ``*``, ``>``, ``|``,
backticks, ``<script>``, a line starting with ``1.`` or ``-``. :func:`quote_block` writes a
passage so that a CommonMark reader (and Python-Markdown, which the app's preview uses)
sees exactly one block quote whose text is the passage, character for character:

- inline syntax (``\\ ` * _ [ ] # | { }``) is escaped with a backslash, which both parsers
  undo, and so is what would begin a block at the start of a line (``-``, ``+``, ``>``, a
  number followed by ``.`` or ``)``); elsewhere ``1.`` or ``-`` stay as they are, to read;
- ``<``, ``&`` and the marks only some dialects use (``~`` strike-through, ``$`` maths,
  ``^`` block references, ``==`` highlights and ``%%`` comments in Obsidian, ``=`` and
  ``:`` at the start of a line) become numeric character references, which every Markdown
  decodes;
- whitespace at the start or end of a line (an ideographic space indents many Chinese
  paragraphs; four spaces would start a code block) becomes character references too;
- a newline inside the passage is a hard line break (two spaces at the end of the line, the
  break every Markdown knows), two newlines are a blank line between paragraphs, and any
  other newlines (more in a row, at the start or the end) are character references.

Control characters other than tab and newline cannot be carried (CommonMark drops them at
the edges of a line and decodes their references as U+FFFD); texts do not hold them.

Tags become hashtags Obsidian accepts (see :func:`obsidian_tag`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.formats.export_words import ENGLISH, capitalized, comma, date_time, phrase

# Escaped wherever they are: inline syntax of CommonMark, Python-Markdown "extra", GFM and
# Obsidian (emphasis, code, links, tables, tags, attribute lists).
_BACKSLASHED = set("\\`*_[]#|{}")
# Written as references wherever they are: HTML, entities, and dialects' syntax that a
# backslash does not undo everywhere (strike-through, maths, block references).
_REFERENCED = {"<": "&lt;", "&": "&amp;", "~": "&#126;", "$": "&#36;", "^": "&#94;"}
# Doubled, these are Obsidian's highlight and comment marks.
_DOUBLED = {"=": "&#61;", "%": "&#37;"}
# At the start of a line these begin a block: list items, quotes, headings' underlines,
# definitions. (Digits then "." or ")" are a numbered item: see _escape_line.)
_LINE_START = {"-": "\\-", "+": "\\+", ">": "\\>", "=": "&#61;", ":": "&#58;"}


def code_span(text: str) -> str:
    """``text`` as an inline code span (file paths: shown as they are, underscores and all)."""
    text = text.replace("\n", " ")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _reference(ch: str) -> str:
    return f"&#{ord(ch)};"


def escape_inline(text: str) -> str:
    """``text`` as Markdown inline content that shows exactly ``text`` (one line; a newline
    becomes a space). The start of a line is not handled here: see :func:`quote_block`."""
    out = []
    last = len(text) - 1
    for k, ch in enumerate(text):
        if ch in _BACKSLASHED:
            out.append("\\" + ch)
        elif ch in _REFERENCED:
            out.append(_REFERENCED[ch])
        elif ch in _DOUBLED and ((k > 0 and text[k - 1] == ch) or (k < last and text[k + 1] == ch)):
            out.append(_DOUBLED[ch])
        elif ch == "\n":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _escape_line(line: str) -> str:
    """One line of a passage: inline escapes, plus what would begin a block at its start
    and the whitespace at its edges, which block parsing would eat."""
    body = line.strip()
    if not body:
        return "".join(_reference(ch) for ch in line)
    lead = line[: len(line) - len(line.lstrip())]
    trail = line[len(line.rstrip()) :]
    digits = len(body) - len(body.lstrip("0123456789"))
    if body[0] in _LINE_START:
        head, body = _LINE_START[body[0]], body[1:]
    elif 0 < digits <= 9 and body[digits : digits + 1] in (".", ")"):
        head, body = body[:digits] + "\\" + body[digits], body[digits + 1 :]
    else:
        head = ""
    return (
        "".join(_reference(ch) for ch in lead)
        + head
        + escape_inline(body)
        + "".join(_reference(ch) for ch in trail)
    )


def quote_block(text: str) -> str:
    """``text`` as one Markdown block quote that shows exactly ``text``."""
    body = text.strip("\n")
    if not body:
        return "> " + _reference("\n") * len(text) if text else ">"
    leading = len(text) - len(text.lstrip("\n"))
    trailing = len(text) - len(text.rstrip("\n"))
    out: list[str] = []
    for k, part in enumerate(re.split(r"(\n{2,})", body)):
        if k % 2:  # newlines between paragraphs: a blank line holds two of them
            out.append("")
            extra = _reference("\n") * (len(part) - 2)
            continue
        lines = [_escape_line(line) for line in part.split("\n")]
        lines[0] = (extra if k else _reference("\n") * leading) + lines[0]
        out += [line + "  " for line in lines[:-1]]  # two spaces: a hard line break
        out.append(lines[-1])
    out[-1] += _reference("\n") * trailing
    return "\n".join(f"> {line}" if line else ">" for line in out)


_TAG_OK = re.compile(r"[\w/-]")


def obsidian_tag(tag: str) -> str:
    """A tag written so that Obsidian (and Logseq) read it as one tag.

    Obsidian allows letters of any script, digits, ``_``, ``-`` and ``/`` (nesting), needs at
    least one character that is not a digit, and ends a tag at a space. So: every run of
    other characters (spaces, punctuation, emoji) becomes one ``-``; ``-`` and ``/`` are
    trimmed from the ends; a tag left with digits only gets a leading ``_``. Chinese tags
    stay as they are: ``来源`` → ``#来源``, ``open question`` → ``#open-question``,
    ``U.S./China`` → ``#U-S/China``, ``2025`` → ``#_2025``, ``!!!`` → ``#_``.
    """
    parts: list[str] = []
    gap = False
    for ch in tag.strip():
        if _TAG_OK.match(ch):
            if gap and parts:
                parts.append("-")
            parts.append(ch)
            gap = False
        else:
            gap = True
    result = re.sub(r"-*/[-/]*", "/", "".join(parts))  # no empty or dashed nesting level
    result = re.sub(r"-{2,}", "-", result).strip("-/")
    if not result:
        return "_"
    if result.replace("/", "").isdigit():
        result = "_" + result
    return result


def hashtags(tags: Iterable[str]) -> str:
    seen: list[str] = []
    for tag in tags:
        written = obsidian_tag(tag)
        if written not in seen:
            seen.append(written)
    return " ".join(f"#{t}" for t in seen)


# -- what is written ------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceInfo:
    """A document as the export names it."""

    path: str
    title: str
    sha256: str
    found: bool = True  # False: the file is not where its notes say (no paragraph numbers)


@dataclass(frozen=True)
class PassageInfo:
    source: SourceInfo
    quote: str  # as exported (in the chosen script)
    place: str  # "paragraph 3", "title", "heading", "position unknown"
    order: int  # for reading order within the source (-1: unknown)


@dataclass(frozen=True)
class EntryInfo:
    """One annotation: its passages (two for a linked note), note, tags and colour."""

    id: str
    passages: tuple[PassageInfo, ...]
    note: str
    tags: tuple[str, ...]
    colour: str
    created: str
    modified: str


@dataclass
class Notebook:
    """What an export holds, in order: its documents and their annotations."""

    sources: list[SourceInfo]
    entries: list[EntryInfo]
    script: str = "original"  # a ScriptMode value
    exported: str = ""  # ISO 8601, UTC
    language: str = ENGLISH  # of the headings and labels (export_words.LANGUAGES)
    title: str = ""
    problems: list[str] = field(default_factory=list)  # warnings: what is exported as saved
    skipped: list[str] = field(default_factory=list)  # notes left out (a file set aside)

    def tags(self) -> list[str]:
        found: list[str] = []
        for entry in self.entries:
            for tag in entry.tags:
                if tag not in found:
                    found.append(tag)
        return found


def _yaml(value: str) -> str:
    """A YAML scalar: a JSON string is a valid YAML double-quoted scalar."""
    return json.dumps(value, ensure_ascii=False)


def front_matter(notebook: Notebook) -> str:
    lines = ["---", f"title: {_yaml(notebook.title)}", "sources:"]
    for source in notebook.sources:
        lines += [
            f"  - title: {_yaml(source.title)}",
            f"    path: {_yaml(source.path)}",
            f"    sha256: {_yaml(source.sha256)}",
        ]
    if not notebook.sources:
        lines[-1] = "sources: []"
    lines.append(f"exported: {_yaml(notebook.exported)}")
    lines.append(f"script: {_yaml(notebook.script)}")
    tags = [obsidian_tag(t) for t in notebook.tags()]
    if tags:
        lines.append("tags:")
        lines += [f"  - {_yaml(t)}" for t in dict.fromkeys(tags)]
    else:
        lines.append("tags: []")
    lines.append("---")
    return "\n".join(lines)


def _entry(
    entry: EntryInfo, *, heading: str, with_source: bool, language: str = ENGLISH
) -> list[str]:
    """An annotation: a heading with where it is, its quote(s), the note, then the tags."""
    parts: list[str] = []
    sep = comma(language)
    if len(entry.passages) == 1:
        passage = entry.passages[0]
        place = capitalized(language, passage.place)
        title = f"{_titled(passage.source.title)}{sep}{passage.place}" if with_source else place
        parts.append(f"{heading} {title}")
        parts.append(quote_block(passage.quote))
    else:
        where = " ↔ ".join(f"{_titled(p.source.title)}{sep}{p.place}" for p in entry.passages)
        parts.append(f"{heading} {phrase(language, 'Linked: {where}', where=where)}")
        for passage in entry.passages:
            parts.append(f"**{escape_inline(passage.source.title)}**{sep}{passage.place}:")
            parts.append(quote_block(passage.quote))
    if entry.note.strip():
        parts.append(entry.note.strip("\n"))
    details = []
    if entry.tags:
        details.append(hashtags(entry.tags))
    colour = phrase(language, entry.colour)
    details.append(phrase(language, "colour: {colour}", colour=colour))
    made, changed = local_time(entry.created, language), local_time(entry.modified, language)
    if made:
        details.append(phrase(language, "made {time}", time=made))
    if changed and changed != made:
        details.append(phrase(language, "changed {time}", time=changed))
    parts.append(" · ".join(details))
    return parts


def _titled(title: str) -> str:
    """A document's title in a heading, between quotation marks: a title is often a
    sentence (英偉達的日子，不好過。), and a place written after it read as its next clause."""
    return f"“{escape_inline(title)}”"


def local_time(stamp: str, language: str = ENGLISH) -> str:
    """A stored UTC time (``2026-12-04T19:30:00.000Z``) as local date, time and offset
    (``2026-12-04 20:30 +01:00``; ``2026年12月4日 20:30 +01:00`` in Chinese), or "" when it
    is not one."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        return ""
    return date_time(language, moment.astimezone())


def to_markdown(notebook: Notebook, *, group: str = "document", header: bool = True) -> str:
    """The notebook as Markdown: front matter, a title, then a section per document (in
    reading order) or per tag (an annotation is under each of its tags)."""
    parts: list[str] = []
    language = notebook.language
    if header:
        parts.append(front_matter(notebook))
        parts.append(f"# {escape_inline(notebook.title)}")
    if group == "tag":
        tags = sorted(notebook.tags(), key=lambda t: obsidian_tag(t).casefold())
        groups = [
            (f"#{obsidian_tag(t)}", [e for e in notebook.entries if t in e.tags]) for t in tags
        ]
        untagged = [e for e in notebook.entries if not e.tags]
        if untagged:
            groups.append((escape_inline(phrase(language, "Untagged")), untagged))
        for name, entries in groups:
            parts.append(f"## {name}")
            for entry in entries:
                parts += _entry(entry, heading="###", with_source=True, language=language)
    else:
        for source in notebook.sources:
            entries = [e for e in notebook.entries if e.passages[0].source == source]
            if not entries:
                continue
            parts.append(f"## {escape_inline(source.title)}")
            missing = " (not found at this path when exported)"
            found = "" if source.found else phrase(language, missing)
            parts.append(phrase(language, "File: {path}", path=code_span(source.path)) + found)
            for entry in entries:
                parts += _entry(entry, heading="###", with_source=False, language=language)
    if not notebook.entries:
        parts.append(phrase(language, "No annotations."))
    return "\n\n".join(parts) + "\n"
