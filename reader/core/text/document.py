"""A document: the decoded text of one file and the structure a reader sees in it.

Articles copied from user-content platforms carry more than prose: a title line, section
markers (``01``), empty image placeholders (``![]()``) and a platform disclaimer at the end.
The structure is recorded as blocks (one per line) so the view can hide placeholders and
show the footer quietly without ever changing the text: every offset stays a code-point
offset into the decoded text, with newlines as ``\\n``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path

from reader.core.errors import DocumentError
from reader.core.formats.encoding import decode_bytes, normalize_newlines
from reader.core.formats.files import RefusedFile, display_name, display_text, read_regular_file
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence, sentence_of

MAX_BYTES = 64 * 1024 * 1024


class BlockKind(str, Enum):
    """What a line of an article is."""

    TITLE = "title"
    HEADING = "heading"
    SECTION = "section"
    PARAGRAPH = "paragraph"
    IMAGE = "image"
    FOOTER = "footer"
    BLANK = "blank"


@dataclass(frozen=True)
class Block:
    """One line of the document: its kind and code-point span ``[start, end)`` (no newline)."""

    kind: BlockKind
    start: int
    end: int
    line: int
    paragraph: int | None = None  # 1-based number among paragraphs, for citing a location


@dataclass
class Document:
    """Decoded, newline-normalised text of a file plus its recognised structure."""

    text: str
    blocks: list[Block]
    path: Path | None = None
    encoding: str = "UTF-8"
    name: str = field(default="")
    raw: bytes = field(default=b"", repr=False, compare=False)  # the file's bytes, for sha256

    @cached_property
    def sha256(self) -> str:
        """Hex digest of the file's bytes (of the text as UTF-8 when there is no file).

        Computed on first use: hashlib loads OpenSSL, which start-up need not wait for.
        """
        import hashlib

        return hashlib.sha256(self.raw or self.text.encode("utf-8")).hexdigest()

    @cached_property
    def title(self) -> str:
        """The title line, else the file name (found once: the window asks on every open,
        conversion and swap)."""
        for block in self.marked_blocks:
            if block.kind is BlockKind.TITLE:
                return self.text[block.start : block.end].strip().lstrip("#").strip()
        return self.name or "Untitled"

    @cached_property
    def marked_blocks(self) -> tuple[Block, ...]:
        """The lines a reader sees set apart: titles, sections, headings, footers and image
        placeholders (everything but paragraphs and blank lines). Found once, off the UI
        thread: a book has 29,000 blocks and seven of them are headings, and walking all of
        them where the pane formats its text took 10 ms of the turn that shows it."""
        plain = (BlockKind.PARAGRAPH, BlockKind.BLANK)
        return tuple(block for block in self.blocks if block.kind not in plain)

    @cached_property
    def paragraph_count(self) -> int:
        return sum(1 for block in self.blocks if block.kind is BlockKind.PARAGRAPH)

    @cached_property
    def character_count(self) -> int:
        """Characters a reader would count: everything but whitespace (computed once)."""
        return sum(1 for ch in self.text if not ch.isspace())

    def blocks_of(self, kind: BlockKind) -> list[Block]:
        return [block for block in self.blocks if block.kind is kind]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


_IMAGE_PLACEHOLDER = re.compile(r"^\s*(!\[\s*\]\(\s*\)\s*)+$")
_SECTION_MARKER = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:0?\d{1,2}|[一二三四五六七八九十]{1,3}|[IVX]{1,4}"
    r"|第[0-9一二三四五六七八九十百]{1,4}[章节節部回篇])[\s.、．:：]*$"
)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S")
_SENTENCE_END = re.compile(r"[。！？!?；;，,：:…」』”\"]\s*$")
_DISCLAIMER = re.compile(
    r"特别声明|特別聲明|免责声明|免責聲明|版权声明|版權聲明|图片来源|圖片來源|侵权|侵權|"
    r"仅提供信息存储|僅提供信息存儲|僅提供資訊儲存|本文仅代表|本文僅代表|未经授权|未經授權|"
    r"转载请|轉載請|^\s*Notice\s*:|^\s*Disclaimer\s*:|all rights reserved",
    re.IGNORECASE,
)
_FOOTER_WINDOW = 8  # disclaimers sit in the last few non-empty lines


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def analyse_structure(text: str) -> list[Block]:
    """Classify every line of ``text``; see the module docstring for the kinds."""
    spans = _line_spans(text)
    kinds: list[BlockKind] = []
    for start, end in spans:
        line = text[start:end]
        if not line.strip():
            kinds.append(BlockKind.BLANK)
        elif _IMAGE_PLACEHOLDER.match(line):
            kinds.append(BlockKind.IMAGE)
        elif _SECTION_MARKER.match(line):
            kinds.append(BlockKind.SECTION)
        else:
            kinds.append(BlockKind.PARAGRAPH)

    content = [i for i, kind in enumerate(kinds) if kind is not BlockKind.BLANK]
    # Title: the first non-empty line when it is short enough to be one (or a Markdown H1).
    if content:
        first = content[0]
        line = text[spans[first][0] : spans[first][1]].strip()
        if kinds[first] is BlockKind.PARAGRAPH and (len(line) <= 60 or line.startswith("# ")):
            kinds[first] = BlockKind.TITLE
    # Headings: Markdown headings, and a short unpunctuated line right after a section marker.
    previous: BlockKind | None = None
    for i in content:
        line = text[spans[i][0] : spans[i][1]].strip()
        if kinds[i] is BlockKind.PARAGRAPH and (
            _MD_HEADING.match(line)
            or (
                previous is BlockKind.SECTION and len(line) <= 30 and not _SENTENCE_END.search(line)
            )
        ):
            kinds[i] = BlockKind.HEADING
        previous = kinds[i]
    # Footer: from the first disclaimer line among the last few content lines to the end.
    for i in content[-_FOOTER_WINDOW:]:
        if kinds[i] is BlockKind.PARAGRAPH and _DISCLAIMER.search(text[spans[i][0] : spans[i][1]]):
            for j in content[content.index(i) :]:
                if kinds[j] is not BlockKind.IMAGE:
                    kinds[j] = BlockKind.FOOTER
            break

    blocks = []
    paragraph = 0
    for line_no, ((start, end), kind) in enumerate(zip(spans, kinds, strict=True)):
        number = None
        if kind is BlockKind.PARAGRAPH:
            paragraph += 1
            number = paragraph
        blocks.append(Block(kind, start, end, line_no, number))
    return blocks


def parse_document(
    text: str,
    *,
    name: str = "",
    path: Path | None = None,
    encoding: str = "UTF-8",
    raw: bytes = b"",
) -> Document:
    """Build a document from already-decoded text (newlines are normalised here)."""
    text = normalize_newlines(text)
    return Document(
        text=text,
        blocks=analyse_structure(text),
        path=path,
        encoding=encoding,
        name=name,
        raw=raw,
    )


def load_document(path: str | Path) -> Document:
    """Read and decode a file; raise :class:`DocumentError` with a sentence on any problem.

    Only a regular file is read, and at most :data:`MAX_BYTES` of it: a pipe or a device
    at the path (``/dev/zero``, a FIFO) is refused before any byte is read.
    """
    path = Path(path)
    label = f"“{display_name(path)}”"
    data = read_document_bytes(path)
    if not data.strip():
        raise DocumentError(_empty(label))
    decoded = decode_bytes(data, name=label)
    if not decoded.text.strip():
        raise DocumentError(_empty(label))
    return parse_document(
        decoded.text,
        name=display_name(path),
        path=path.resolve(),
        encoding=decoded.label,
        raw=data,
    )


def read_document_bytes(path: Path) -> bytes:
    """The bytes of the file at ``path`` if Duidu may open it as a document; else
    :class:`DocumentError` with a sentence naming it."""
    label = f"“{display_name(path)}”"
    try:
        return read_regular_file(path, MAX_BYTES)
    except FileNotFoundError:
        raise DocumentError(
            Sentence(
                QT_TRANSLATE_NOOP("Messages", "{label} does not exist (looked for {path})."),
                label=label,
                path=display_text(str(path)),
            )
        ) from None
    except PermissionError:
        raise DocumentError(
            Sentence(
                QT_TRANSLATE_NOOP("Messages", "{label} cannot be read: permission denied."),
                label=label,
            )
        ) from None
    except IsADirectoryError:
        raise DocumentError(_folder(label)) from None
    except RefusedFile as error:
        if error.kind == RefusedFile.TOO_LARGE:
            raise DocumentError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{label} is larger than {size} MB, the largest file Duidu opens.",
                    ),
                    label=label,
                    size=MAX_BYTES // (1024 * 1024),
                )
            ) from None
        if error.kind == RefusedFile.FOLDER:
            raise DocumentError(_folder(label)) from None
        raise DocumentError(
            Sentence(
                QT_TRANSLATE_NOOP("Messages", "{label} cannot be opened: {reason}."),
                label=label,
                reason=error.strerror,
            )
        ) from None
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        raise DocumentError(
            Sentence(
                QT_TRANSLATE_NOOP("Messages", "{label} cannot be read: {reason}."),
                label=label,
                reason=_reason(error),
            )
        ) from None


def _empty(label: str) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("Messages", "{label} is empty."), label=label)


def _folder(label: str) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("Messages", "{label} is a folder, not a file."), label=label)


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or sentence_of(error)
