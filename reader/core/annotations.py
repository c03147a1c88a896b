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
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

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
    names = ", ".join(COLOURS)
    raise ValueError(f"“{colour}” is not a colour: use one of {names}, or #rrggbb.")


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


def make_target(path: str | Path, sha256: str, text: str, start: int, end: int) -> Target:
    """A target for ``text[start:end]`` with the quote's context."""
    if not 0 <= start < end <= len(text):
        raise ValueError("Select some text first: an annotation needs a passage.")
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

    def edited(self, **changes) -> Annotation:
        """A copy with ``changes`` and a new modification time."""
        return replace(self, modified=max(now(), self.modified), **changes)


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


def to_w3c(annotation: Annotation) -> dict:
    """The annotation as a W3C Web Annotation (a JSON-LD dict)."""
    bodies: list[dict] = []
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
                "id": Path(t.path).as_uri() if t.path else "urn:duidu:unknown-document",
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
                {"type": "TextPositionSelector", "start": t.start, "end": t.end},
            ],
        }
        for t in annotation.targets
    ]
    data: dict = {
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


def _path_of(source) -> str:
    if isinstance(source, str):
        source = {"id": source}
    iri = source.get("id", "")
    if iri.startswith("file://"):
        from urllib.parse import unquote, urlparse

        parsed = urlparse(iri)
        path = unquote(parsed.path)
        if re.match(r"^/[A-Za-z]:", path):  # file:///C:/… on Windows
            path = path[1:]
        return path
    return ""


def from_w3c(data: dict) -> Annotation:
    """Read an annotation written by :func:`to_w3c`; raise ValueError when it is not one."""
    if data.get("type") != "Annotation" or not isinstance(data.get("id"), str):
        raise ValueError("not a Web Annotation")
    raw_targets = data.get("target")
    if isinstance(raw_targets, dict):
        raw_targets = [raw_targets]
    if not isinstance(raw_targets, list) or not raw_targets:
        raise ValueError(f"annotation {data['id']} has no target")
    targets = []
    for raw in raw_targets:
        source = raw.get("source", {})
        selectors = raw.get("selector", [])
        if isinstance(selectors, dict):
            selectors = [selectors]
        quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
        if quote is None:
            raise ValueError(f"annotation {data['id']} has a target without a quote")
        position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
        start = int(position["start"]) if position else 0
        end = int(position["end"]) if position else start + len(quote["exact"])
        targets.append(
            Target(
                path=_path_of(source),
                sha256=source.get("sha256", "") if isinstance(source, dict) else "",
                exact=str(quote["exact"]),
                prefix=str(quote.get("prefix", "")),
                suffix=str(quote.get("suffix", "")),
                start=start,
                end=end,
            )
        )
    note = ""
    tags: list[str] = []
    bodies = data.get("body", [])
    if isinstance(bodies, dict):
        bodies = [bodies]
    for body in bodies:
        if body.get("purpose") == "tagging":
            tags.append(str(body.get("value", "")))
        elif body.get("type") == "TextualBody":
            note = str(body.get("value", ""))
    colour = DEFAULT_COLOUR
    style = raw_targets[0].get("styleClass", "")
    if isinstance(style, str) and style.startswith("duidu-"):
        name = style.removeprefix("duidu-")
        colour = name if name in COLOURS else f"#{name}"
        if colour not in COLOURS and not _HEX.fullmatch(colour):
            colour = DEFAULT_COLOUR
    created = str(data.get("created") or now())
    return Annotation(
        id=data["id"],
        targets=tuple(targets),
        note=note,
        tags=tuple(tags),
        colour=colour,
        created=created,
        modified=str(data.get("modified") or created),
        deleted=data.get("deleted"),
    )
