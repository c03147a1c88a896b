"""Annotations as the reader's notes, and their W3C Web Annotation form on disk.

An annotation has a note (Markdown), tags, a highlight colour and one target per passage:
one for a note on one article, two for a note that links a passage of the left article
with one of the right. Each target keeps the document's path and SHA-256 and two W3C
selectors in the original text: the quote with some context (to find the passage again
when the text changes) and its code-point offsets.

The JSON written is the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
the note is a ``TextualBody`` in ``text/markdown``, each tag a ``TextualBody`` with
``purpose: "tagging"``, and the colour a CSS class on each target with the annotation's
``stylesheet`` defining it, which is how the model carries styling.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from reader.core.messages import QT_TRANSLATE_NOOP, Sentence

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32  # prefix and suffix kept around a quote, as Hypothesis does

# Highlight colours offered in the editor: name and background colour.
COLOURS: dict[str, str] = {
    "yellow": "#fde68a",
    "green": "#bbf7d0",
    "blue": "#bfdbfe",
    "pink": "#fbcfe8",
    "purple": "#ddd6fe",
    "orange": "#fed7aa",
}
DEFAULT_COLOUR = "yellow"
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def now() -> str:
    """The current time as xsd:dateTime in UTC with milliseconds (sorts as text)."""
    moment = datetime.now(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def normalize_colour(colour: str) -> str:
    """A colour name from :data:`COLOURS` or a ``#rrggbb`` value; raise ValueError otherwise."""
    value = colour.strip().lower()
    if value in COLOURS:
        return value
    if _HEX.fullmatch(value):
        return value
    raise ValueError(
        Sentence(
            QT_TRANSLATE_NOOP(
                "Messages", "“{colour}” is not a colour: use one of {names}, or #rrggbb."
            ),
            colour=colour,
            names=", ".join(COLOURS),
        )
    )


def colour_value(colour: str) -> str:
    """The ``#rrggbb`` of a colour name or value."""
    return COLOURS.get(colour, colour)


def normalize_tag(tag: str) -> str:
    """A tag as stored: trimmed, inner whitespace collapsed (its spelling is the reader's)."""
    return " ".join(tag.split())


@dataclass(frozen=True)
class Target:
    """One passage: where it is (document path and hash) and how to find it again."""

    path: str  # absolute path of the document when the passage was chosen
    sha256: str  # of the document's bytes then
    exact: str
    prefix: str
    suffix: str
    start: int  # code points in the original text, newlines as "\n"
    end: int
    # False for a passage imported without a TextPositionSelector: start and end are then
    # no clue to where it is (anchoring uses its quote and context alone), and are not saved
    positioned: bool = True


def make_target(path: str | Path, sha256: str, text: str, start: int, end: int) -> Target:
    """A target for ``text[start:end]`` with the quote's context."""
    if not 0 <= start < end <= len(text):
        raise ValueError(
            Sentence(
                QT_TRANSLATE_NOOP(
                    "Messages", "Select some text first: an annotation needs a passage."
                )
            )
        )
    return Target(
        path=str(Path(path).resolve()) if str(path) else "",
        sha256=sha256,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


@dataclass(frozen=True)
class Annotation:
    """A reader's note on one passage, or on two passages it links. Immutable: edits copy."""

    id: str  # "urn:uuid:…"
    targets: tuple[Target, ...]
    note: str = ""
    tags: tuple[str, ...] = ()
    colour: str = DEFAULT_COLOUR
    created: str = field(default_factory=now)
    modified: str = ""
    deleted: str | None = None  # when it went to the trash

    def __post_init__(self) -> None:
        if not self.modified:
            object.__setattr__(self, "modified", self.created)

    @property
    def short_id(self) -> str:
        """The id without its ``urn:uuid:`` scheme, as the CLI prints it."""
        return self.id.removeprefix("urn:uuid:")

    @property
    def linked(self) -> bool:
        return len(self.targets) > 1

    def edited(self, **changes: Any) -> Annotation:
        """A copy with ``changes`` and a new modification time."""
        return replace(self, modified=max(now(), self.modified), **changes)


def newest(known: Annotation | None, candidate: Annotation) -> Annotation:
    """Of two versions of one annotation, the one to keep: the later ``modified`` wins, and
    ``known`` stays when they are as new (so a merge changes nothing it need not)."""
    if known is None or candidate.modified > known.modified:
        return candidate
    return known


def keep_newest(versions: dict[str, Annotation], annotation: Annotation) -> None:
    """Put ``annotation`` into ``versions`` (by id) unless a newer version is there: the one
    rule for merging what two files, two panes, an import or a sync hold of one note."""
    versions[annotation.id] = newest(versions.get(annotation.id), annotation)


def merge_newest(annotations: Iterable[Annotation]) -> dict[str, Annotation]:
    """Each annotation once, in its newest version (first seen order)."""
    versions: dict[str, Annotation] = {}
    for annotation in annotations:
        keep_newest(versions, annotation)
    return versions


def trim_passage(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The passage a selection ``[start, end)`` of ``text`` means, without the line breaks
    at its ends (a selection dragged to the start of the next line holds its newline, and a
    quote should not end in a stray line break); None when nothing is left."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start] in "\r\n":
        start += 1
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    return (start, end) if start < end else None


def rename_tag_everywhere(
    annotations: Iterable[Annotation], tags: Iterable[str], new: str
) -> list[tuple[Annotation, Annotation]]:
    """(before, after) for every annotation that has one of ``tags``, renamed to ``new``
    (several tags: merged into one). Deleted notes are renamed too, so a restored one
    carries the tag the reader uses now."""
    old = tuple(tags)
    changes = []
    for annotation in annotations:
        renamed = renamed_tags(annotation, old, new)
        if renamed is not None and renamed != annotation:
            changes.append((annotation, renamed))
    return changes


def recolour_tag_everywhere(
    annotations: Iterable[Annotation], tag: str, colour: str
) -> list[tuple[Annotation, Annotation]]:
    """(before, after) for every annotation tagged ``tag`` that is not ``colour`` yet."""
    colour = normalize_colour(colour)
    return [
        (annotation, replace(annotation, colour=colour))
        for annotation in annotations
        if tag in annotation.tags and annotation.colour != colour
    ]


def renamed_tags(annotation: Annotation, tags: Iterable[str], new: str) -> Annotation | None:
    """``annotation`` with each of ``tags`` renamed to ``new`` (several tags: merged into
    one, keeping the first place any of them had); None when it has none of them."""
    old = set(tags)
    if not old.intersection(annotation.tags):
        return None
    new = normalize_tag(new)
    renamed: list[str] = []
    for tag in annotation.tags:
        tag = new if tag in old else tag
        if tag not in renamed:
            renamed.append(tag)
    return replace(annotation, tags=tuple(renamed))


def new_annotation(
    targets: list[Target] | tuple[Target, ...],
    note: str = "",
    tags: list[str] | tuple[str, ...] = (),
    colour: str = DEFAULT_COLOUR,
) -> Annotation:
    clean: list[str] = []
    for tag in tags:
        tag = normalize_tag(tag)
        if tag and tag not in clean:
            clean.append(tag)
    return Annotation(
        id=f"urn:uuid:{uuid.uuid4()}",
        targets=tuple(targets),
        note=note,
        tags=tuple(clean),
        colour=normalize_colour(colour),
    )


# -- W3C Web Annotation JSON ---------------------------------------------------------------


def _style_class(colour: str) -> str:
    return "duidu-" + (colour if colour in COLOURS else colour.lstrip("#"))


def to_w3c(annotation: Annotation) -> dict[str, Any]:
    """The annotation as a W3C Web Annotation (a JSON-LD dict)."""
    bodies: list[dict[str, Any]] = []
    if annotation.note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": annotation.note,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    bodies.extend(
        {"type": "TextualBody", "value": t, "purpose": "tagging"} for t in annotation.tags
    )
    style = _style_class(annotation.colour)
    targets = [
        {
            "type": "SpecificResource",
            "source": {
                "id": path_to_uri(t.path) if t.path else "urn:duidu:unknown-document",
                "type": "Text",
                "format": "text/plain",
                "sha256": t.sha256,
            },
            "styleClass": style,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": t.exact,
                    "prefix": t.prefix,
                    "suffix": t.suffix,
                },
                *(
                    [{"type": "TextPositionSelector", "start": t.start, "end": t.end}]
                    if t.positioned
                    else []
                ),
            ],
        }
        for t in annotation.targets
    ]
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "id": annotation.id,
        "type": "Annotation",
        "motivation": "linking" if annotation.linked else "commenting",
        "created": annotation.created,
        "modified": annotation.modified,
        "stylesheet": {
            "type": "CssStylesheet",
            "value": f".{style} {{ background-color: {colour_value(annotation.colour)}; }}",
        },
    }
    if bodies:
        data["body"] = bodies
    data["target"] = targets if annotation.linked else targets[0]
    if annotation.deleted:
        data["deleted"] = annotation.deleted
    return data


# -- reading: every value checked, since a notes file or an import may say anything -------

MAX_ID = 512
MAX_NOTE = 1_000_000  # characters of a note
MAX_QUOTE = 64 * 1024 * 1024  # a passage cannot be longer than a document Duidu opens
MAX_CONTEXT = 4096  # prefix or suffix (Duidu keeps 32 characters)
MAX_TAGS = 500
MAX_TAG = 500
MAX_TARGETS = 64
MAX_BODIES = 1000
MAX_OFFSET = 1 << 40
MAX_PATH = 32 * 1024
_DIGEST = re.compile(r"[0-9a-fA-F]{64}")
_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))?"
)
_SURROGATE = re.compile("[\ud800-\udfff]")

# What the checks below name in their reasons ("its quote is not text"), the stored format's
# values: each is translated where the reason is shown, like the sentence around it.
_NOUNS = (
    QT_TRANSLATE_NOOP("Messages", "id"),
    QT_TRANSLATE_NOOP("Messages", "quote"),
    QT_TRANSLATE_NOOP("Messages", "prefix"),
    QT_TRANSLATE_NOOP("Messages", "suffix"),
    QT_TRANSLATE_NOOP("Messages", "start"),
    QT_TRANSLATE_NOOP("Messages", "end"),
    QT_TRANSLATE_NOOP("Messages", "tag"),
    QT_TRANSLATE_NOOP("Messages", "note"),
    QT_TRANSLATE_NOOP("Messages", "target"),
    QT_TRANSLATE_NOOP("Messages", "selector"),
    QT_TRANSLATE_NOOP("Messages", "body"),
    QT_TRANSLATE_NOOP("Messages", "document address"),
    QT_TRANSLATE_NOOP("Messages", "document hash"),
    QT_TRANSLATE_NOOP("Messages", "creation time"),
    QT_TRANSLATE_NOOP("Messages", "modification time"),
    QT_TRANSLATE_NOOP("Messages", "deletion time"),
    QT_TRANSLATE_NOOP("Messages", "emptied-trash id"),
    QT_TRANSLATE_NOOP("Messages", "emptied-trash time"),
)
# "it has more than 16 selectors": the plural of each noun a list is checked for.
_TOO_MANY = {
    "selector": QT_TRANSLATE_NOOP("Messages", "it has more than {limit} selectors"),
    "target": QT_TRANSLATE_NOOP("Messages", "it has more than {limit} targets"),
    "body": QT_TRANSLATE_NOOP("Messages", "it has more than {limit} bodies"),
}


def _reason(template: str, what: str, **fields: Any) -> Sentence:
    """A reason naming the value ``what`` (one of ``_NOUNS``, itself translatable)."""
    return Sentence(template, what=Sentence(what), **fields)


def checked_text(value: object, what: str, limit: int, *, empty: bool = True) -> str:
    """``value`` as text of at most ``limit`` characters, else ValueError naming ``what``."""
    if not isinstance(value, str):
        raise ValueError(_reason(QT_TRANSLATE_NOOP("Messages", "its {what} is not text"), what))
    if len(value) > limit:
        raise ValueError(
            _reason(
                QT_TRANSLATE_NOOP("Messages", "its {what} is longer than {limit:,} characters"),
                what,
                limit=limit,
            )
        )
    if not empty and not value:
        raise ValueError(_reason(QT_TRANSLATE_NOOP("Messages", "its {what} is empty"), what))
    if not value.isascii() and _SURROGATE.search(value):
        raise ValueError(
            _reason(QT_TRANSLATE_NOOP("Messages", "its {what} is not valid Unicode text"), what)
        )
    return value


def _offset(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_OFFSET:
        raise ValueError(
            _reason(QT_TRANSLATE_NOOP("Messages", "its {what} is not an offset"), what)
        )
    return value


def parse_time(value: object, what: str) -> str:
    """A date-time as Duidu writes it (UTC, milliseconds), so that "the later one wins"
    compares moments, not spellings; ValueError for anything that is not one."""
    text = checked_text(value, what, 64)
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise ValueError(_not_a_time(what))
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    try:
        moment = datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            min(int(second), 59),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=timezone.utc,
        )
    except ValueError:
        raise ValueError(_not_a_time(what)) from None
    if sign and not zulu:
        offset = (int(off_h) * 60 + int(off_m)) * (1 if sign == "+" else -1)
        moment -= timedelta(minutes=offset)
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _not_a_time(what: str) -> Sentence:
    return _reason(QT_TRANSLATE_NOOP("Messages", "its {what} is not a date and time"), what)


def _list_of(value: object, what: str, limit: int) -> list[Any]:
    """A single object or a list of them (the W3C model allows both), bounded."""
    items = [value] if isinstance(value, (dict, str)) else value
    if not isinstance(items, list):
        raise ValueError(
            _reason(
                QT_TRANSLATE_NOOP("Messages", "its {what} is neither an object nor a list"), what
            )
        )
    if len(items) > limit:
        raise ValueError(Sentence(_TOO_MANY[what], limit=limit))
    return items


def uri_to_path(iri: str) -> str:
    """The local path of a ``file:`` IRI, its bytes kept exactly (a name that is not UTF-8
    comes back with surrogates, as ``os.fsdecode`` gives it); "" for any other IRI."""
    if not iri.startswith("file://"):
        return ""
    import os
    from urllib.parse import unquote_to_bytes, urlparse

    parsed = urlparse(iri)
    path = os.fsdecode(unquote_to_bytes(parsed.path))
    if os.name == "nt" and re.match(r"^/[A-Za-z]:", path):  # file:///C:/… on Windows
        path = path[1:]  # (elsewhere /o:x is a path like any other, and stays absolute)
    if "\x00" in path or len(path) > MAX_PATH or not os.path.isabs(path):
        raise ValueError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "its document's address is not a file path"))
        )
    return path


def path_to_uri(path: str) -> str:
    """The ``file:`` IRI of an absolute path, bytes percent-encoded (lossless)."""
    return Path(path).as_uri()


def _path_of(source: object) -> str:
    if isinstance(source, str):
        source = {"id": source}
    if not isinstance(source, dict):
        raise ValueError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "its target's source is not an object"))
        )
    return uri_to_path(checked_text(source.get("id", ""), "document address", MAX_PATH * 3))


def _sha256_of(source: object) -> str:
    if not isinstance(source, dict) or "sha256" not in source:
        return ""
    digest = checked_text(source["sha256"], "document hash", 64)
    if digest and not _DIGEST.fullmatch(digest):
        raise ValueError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "its document hash is not a SHA-256"))
        )
    return digest.lower()


def _target(raw: object) -> Target:
    if not isinstance(raw, dict):
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "a target is not an object")))
    source = raw.get("source", {})
    selectors = _list_of(raw.get("selector", []), "selector", 16)
    quote = position = None
    for selector in selectors:
        if not isinstance(selector, dict):
            raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "a selector is not an object")))
        kind = selector.get("type")
        if kind == "TextQuoteSelector" and quote is None:
            quote = selector
        elif kind == "TextPositionSelector" and position is None:
            position = selector
    if quote is None:
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "it has a target without a quote")))
    exact = checked_text(quote.get("exact"), "quote", MAX_QUOTE, empty=False)
    if position is not None:
        start = _offset(position.get("start"), "start")
        end = _offset(position.get("end"), "end")
        if end < start:
            raise ValueError(
                Sentence(QT_TRANSLATE_NOOP("Messages", "its passage ends before it starts"))
            )
    else:
        start, end = 0, len(exact)
    return Target(
        path=_path_of(source),
        sha256=_sha256_of(source),
        exact=exact,
        prefix=checked_text(quote.get("prefix", ""), "prefix", MAX_CONTEXT),
        suffix=checked_text(quote.get("suffix", ""), "suffix", MAX_CONTEXT),
        start=start,
        end=end,
        positioned=position is not None,
    )


def from_w3c(data: object) -> Annotation:
    """Read one annotation (W3C Web Annotation, as :func:`to_w3c` writes it or as another
    tool may); raise ValueError with a reason when it is not one Duidu can keep.

    This is the stored format's schema: every value is checked for its type, its length
    and real Unicode text, offsets are bounded integers and times real moments, so what is
    accepted can always be saved again and compared.
    """
    if not isinstance(data, dict) or data.get("type") != "Annotation":
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "it is not a Web Annotation")))
    identifier = checked_text(data.get("id"), "id", MAX_ID, empty=False)
    raw_targets = _list_of(data.get("target"), "target", MAX_TARGETS)
    if not raw_targets:
        raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "it has no target")))
    targets = tuple(_target(raw) for raw in raw_targets)
    note = ""
    tags: list[str] = []
    for body in _list_of(data.get("body", []), "body", MAX_BODIES):
        if not isinstance(body, dict):
            raise ValueError(Sentence(QT_TRANSLATE_NOOP("Messages", "a body is not an object")))
        if body.get("purpose") == "tagging":
            tag = normalize_tag(checked_text(body.get("value", ""), "tag", MAX_TAG))
            if tag and tag not in tags:
                tags.append(tag)
        elif body.get("type") == "TextualBody":
            note = checked_text(body.get("value", ""), "note", MAX_NOTE)
    if len(tags) > MAX_TAGS:
        raise ValueError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "it has more than {limit} tags"), limit=MAX_TAGS)
        )
    colour = DEFAULT_COLOUR
    first = raw_targets[0]
    style = first.get("styleClass", "") if isinstance(first, dict) else ""
    if isinstance(style, str) and style.startswith("duidu-"):
        name = style.removeprefix("duidu-")
        colour = name if name in COLOURS else f"#{name}"
        if colour not in COLOURS and not _HEX.fullmatch(colour):
            colour = DEFAULT_COLOUR
    created = parse_time(data["created"], "creation time") if data.get("created") else now()
    modified = (
        parse_time(data["modified"], "modification time") if data.get("modified") else created
    )
    deleted = parse_time(data["deleted"], "deletion time") if data.get("deleted") else None
    return Annotation(
        id=identifier,
        targets=targets,
        note=note,
        tags=tuple(tags),
        colour=colour,
        created=created,
        modified=modified,
        deleted=deleted,
    )
