"""The one place that talks to OpenCC.

Three PyPI packages install a module named ``opencc`` and overwrite each other:
``opencc-py`` (OpenCC's official pure-Python port, the one we depend on), ``opencc``
(compiled bindings) and ``opencc-python-reimplemented`` (an older port that fails 317 of
OpenCC's 543 test cases). This adapter finds out which one is installed, reports it
(``duidu --version``), creates converters by config name for each, and fails with a clear
sentence when the module is missing or unknown.

Conversion *with a position map* needs to know where each phrase match starts and ends.
For ``opencc-py`` we run OpenCC's own matching (its tries and segmentation) and record the
matches; that costs about what ``convert`` costs. A long text (a book) is matched against
the same dictionaries made flat (:mod:`reader.core.text.opencc_tables`): the same result,
four times faster. For the other engines we fall back to line-level maps: exact per line
(newlines never change), coarse inside a line whose length changed.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol

from reader.core.errors import EngineError
from reader.core.messages import QT_TRANSLATE_NOOP, Sentence
from reader.core.text.opencc_tables import Group, compile_matcher
from reader.core.text.position_map import MapBuilder, PositionMap

# Configs every engine ships; opencc-py reports its own list at run time.
# Characters above which a text is converted with flat tables (compiling them costs a config
# 15-250 ms, once per process: worth it for a book, not for an article).
FLAT_ABOVE = 50_000
FLAT_FOR_MADE = 2_000  # … or above this, once a config's tables exist (a script's sample)
_KNOWN_CONFIGS = (
    "hk2s",
    "hk2sp",
    "hk2t",
    "jp2t",
    "s2hk",
    "s2hkp",
    "s2t",
    "s2tw",
    "s2twp",
    "t2hk",
    "t2jp",
    "t2s",
    "t2tw",
    "tw2s",
    "tw2sp",
    "tw2t",
)


class Converter(Protocol):
    def convert(self, text: str) -> str: ...


@dataclass(frozen=True)
class EngineInfo:
    """Which package provides the ``opencc`` module, and its version."""

    package: str
    version: str
    exact_maps: bool

    def describe(self) -> str:
        detail = "exact phrase maps" if self.exact_maps else "line-level maps"
        return f"{self.package} {self.version} ({detail})"


def _version(*distributions: str) -> str:
    import importlib.metadata  # ~25 ms: only when an engine is created, off the UI thread

    for name in distributions:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "unknown version"


def _has_submodule(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class OpenCCEngine:
    """Creates and caches converters of whichever ``opencc`` package is installed."""

    def __init__(self) -> None:
        try:
            self._module = importlib.import_module("opencc")
        except ImportError:
            raise EngineError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "OpenCC is not installed. Install it with: pip install opencc-py",
                    )
                )
            ) from None
        self._pure: ModuleType | None
        if _has_submodule("opencc._opencc_pure"):
            self.info = EngineInfo("opencc-py", _version("opencc-py"), exact_maps=True)
            self._pure = importlib.import_module("opencc._opencc_pure")
        elif _has_submodule("opencc.clib") or hasattr(self._module, "opencc_clib"):
            self.info = EngineInfo("opencc (compiled)", _version("opencc"), exact_maps=False)
            self._pure = None
        elif _has_submodule("opencc.opencc") or hasattr(self._module, "OpenCC"):
            self.info = EngineInfo(
                "opencc-python-reimplemented",
                _version("opencc-python-reimplemented"),
                exact_maps=False,
            )
            self._pure = None
        else:
            raise EngineError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The installed 'opencc' module is none of opencc-py, opencc or "
                        "opencc-python-reimplemented. Reinstall with: "
                        "pip install --force-reinstall opencc-py",
                    )
                )
            )
        self._converters: dict[str, Any] = {}
        self._compiled: dict[str, _Compiled | None] = {}
        self._lock = threading.Lock()
        self._characters: dict[int, int] | None = None
        self._script_characters: tuple[dict[int, None], dict[int, None]] | None = None

    def configs(self) -> list[str]:
        """Names of the OpenCC configs this engine can use (``s2t``, ``tw2sp``, ...)."""
        listed = getattr(self._module, "CONFIGS", None)
        if listed:
            return sorted(name.removesuffix(".json") for name in listed)
        return list(_KNOWN_CONFIGS)

    def converter(self, config: str) -> Converter:
        """The converter for ``config`` (created once; OpenCC loads its dictionaries then)."""
        config = config.removesuffix(".json")
        with self._lock:
            converter = self._converters.get(config)
            if converter is None:
                converter = self._create(config)
                self._converters[config] = converter
            return converter

    def _create(self, config: str) -> Converter:
        if config not in self.configs():
            raise EngineError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages", "OpenCC has no configuration named “{config}”. Known: {known}."
                    ),
                    config=config,
                    known=", ".join(self.configs()),
                )
            )
        name = f"{config}.json" if self.info.package.startswith("opencc (") else config
        try:
            converter: Converter = self._module.OpenCC(name)
            return converter
        except Exception as error:  # engines raise anything from ValueError to RuntimeError
            raise EngineError(
                Sentence(
                    QT_TRANSLATE_NOOP("Messages", "OpenCC could not load “{config}”: {error}."),
                    config=config,
                    error=str(error),
                )
            ) from None

    def convert_each(self, config: str, texts: Sequence[str]) -> list[str]:
        """Each of ``texts`` converted alone, in one call: no OpenCC dictionary has a key
        with a line break, so lines joined by one never change each other (2,712 alias
        names took 0.29 s one call each, 15 ms together)."""
        texts = list(texts)
        if not texts or any("\n" in text for text in texts):
            return [self.convert(config, text) for text in texts]
        joined = "\n".join(texts)
        if len(joined) > FLAT_FOR_MADE:
            # Made for them if need be (15 ms, then 5x faster): convert uses them.
            self.compiled(config)
        converted = self.convert(config, joined).split("\n")
        if len(converted) != len(texts):  # an engine that joined lines: one at a time
            return [self.convert(config, text) for text in texts]
        return converted

    def convert(self, config: str, text: str) -> str:
        converter = self.converter(config)
        with self._lock:  # tables made for a book already: as fast for any long text
            compiled = self._compiled.get(config.removesuffix(".json"))
        if compiled is not None and len(text) > FLAT_FOR_MADE:
            return _PureTracker(self._pure, converter, compiled).convert(text)[0]
        return str(converter.convert(text))

    def script_characters(self) -> tuple[dict[int, None], dict[int, None]] | None:
        """The characters OpenCC's character dictionaries change from Traditional to
        Simplified and from Simplified to Traditional, each as a ``str.translate`` table
        that deletes them; None for an engine whose dictionaries cannot be read alone.

        What telling a text's script needs (:func:`reader.core.text.scripts.detect_script`):
        read from the two character dictionaries alone in 15 ms, where converting with
        ``s2t`` first loads its phrases (0.2 s, on the way to a new pair's first topics)."""
        with self._lock:
            if self._script_characters is not None:
                return self._script_characters
        if self._pure is None or not hasattr(self._pure, "_get_trie"):
            return None
        try:
            tables = tuple(
                {
                    ord(character): None
                    for character, node in self._pure._get_trie(name).root.children.items()
                    if node.value is not None and node.value != character
                }
                for name in ("TSCharacters.txt", "STCharacters.txt")
            )
        except Exception:  # another layout of opencc-py's data: convert instead
            return None
        with self._lock:
            self._script_characters = (tables[0], tables[1])
            return self._script_characters

    def character_table(self) -> dict[int, int]:
        """Each Traditional or regional-variant character with the one Simplified character
        OpenCC gives it on its own (``str.translate`` form), for a fold that keeps every
        position: a passage noted in 繁體 is then the same string in a file re-saved in 简体.

        Built once, with the installed engine's own dictionaries (whichever package it is):
        every BMP ideograph is converted alone, one per line, so no phrase rule applies.
        """
        with self._lock:
            if self._characters is not None:
                return self._characters
        ranges = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
        ideographs = [chr(code) for first, last in ranges for code in range(first, last)]
        table: dict[int, int] = {}
        for config in ("t2s", "tw2s", "hk2s"):
            converted = self.convert(config, "\n".join(ideographs)).split("\n")
            if len(converted) != len(ideographs):
                continue  # an engine that joined lines: skip rather than misalign
            for before, after in zip(ideographs, converted, strict=True):
                if len(after) == 1 and after != before:
                    table.setdefault(ord(before), ord(after))
        with self._lock:
            self._characters = table
        return table

    def convert_mapped(self, config: str, text: str) -> tuple[str, PositionMap]:
        """Convert ``text`` and return the result with its exact position map."""
        converter = self.converter(config)
        if self._pure is not None and hasattr(converter, "_chain"):
            compiled = self.compiled(config) if len(text) > FLAT_ABOVE else None
            return _PureTracker(self._pure, converter, compiled).convert(text)
        return _line_level(converter.convert, text)

    def compiled(self, config: str) -> _Compiled | None:
        """``config``'s dictionaries as flat tables (made once: 15-250 ms), or None when the
        engine is not opencc-py or a dictionary's shape has no flat form."""
        converter = self.converter(config)
        config = config.removesuffix(".json")
        with self._lock:
            if config in self._compiled:
                return self._compiled[config]
        compiled = _Compiled.of(converter) if self._pure is not None else None
        with self._lock:
            return self._compiled.setdefault(config, compiled)


def _line_level(convert: Callable[[str], str], text: str) -> tuple[str, PositionMap]:
    """Map built from line lengths: exact for lines whose length is unchanged."""
    out = convert(text)
    builder = MapBuilder()
    source_lines = text.split("\n")
    target_lines = out.split("\n")
    if len(source_lines) != len(target_lines):
        builder.atom(len(text), len(out))
        return out, builder.build()
    for index, (source, target) in enumerate(zip(source_lines, target_lines, strict=True)):
        if index:
            builder.linear(1)
        builder.atom(len(source), len(target))
    return out, builder.build()


@dataclass(frozen=True)
class _Compiled:
    """A converter's normalisation, segmentation and chain as flat tables."""

    normalization: tuple[Group, ...]
    segmentation: Group | None
    chain: tuple[Group, ...]

    @classmethod
    def of(cls, converter: Any) -> _Compiled | None:
        segmenter = getattr(converter, "_segmenter", None)
        if segmenter is not None and hasattr(segmenter, "segment"):
            return None  # jieba segmentation: opencc-py's own
        try:
            return cls(
                tuple(compile_matcher(m) for m in converter._normalization),
                compile_matcher(segmenter) if segmenter is not None else None,
                tuple(compile_matcher(m) for m in converter._chain),
            )
        except ValueError:
            return None


class _PureTracker:
    """OpenCC-py's conversion loop, recording the matches that change length (with flat
    tables when given: the same matches, found faster)."""

    def __init__(self, pure: Any, converter: Any, compiled: _Compiled | None = None) -> None:
        self._pure = pure
        self._converter = converter
        self._compiled = compiled

    @staticmethod
    def _phrase(text: str, matcher: Any) -> tuple[str, list[tuple[int, int, int]] | None]:
        """``_convert_phrase`` plus the ``(start, source_len, target_len)`` of uneven matches."""
        parts: list[str] = []
        append = parts.append
        match = matcher.match
        uneven: list[tuple[int, int, int]] | None = None
        i = 0
        n = len(text)
        while i < n:
            length, value = match(text, i)
            if length > 0:
                append(value)
                if length != len(value):
                    if uneven is None:
                        uneven = []
                    uneven.append((i, length, len(value)))
                i += length
            else:
                append(text[i])
                i += 1
        return "".join(parts), uneven

    @staticmethod
    def _map(
        source_length: int, target_length: int, uneven: list[tuple[int, int, int]]
    ) -> PositionMap:
        atoms = []
        delta = 0
        for start, source_len, target_len in uneven:
            atoms.append((start, start + source_len, start + delta, start + delta + target_len))
            delta += target_len - source_len
        return PositionMap(source_length, target_length, atoms)

    def _steps(self, text: str, matchers: Sequence[Any]) -> tuple[str, PositionMap | None]:
        mapping: PositionMap | None = None
        for matcher in matchers:
            if isinstance(matcher, Group):
                converted, uneven = matcher.convert(text)
            else:
                converted, uneven = self._phrase(text, matcher)
            if uneven:
                step = self._map(len(text), len(converted), uneven)
                mapping = step if mapping is None else mapping.then(step)
            elif mapping is not None:
                mapping = PositionMap(mapping.source_length, len(converted), mapping.atoms)
            text = converted
        return text, mapping

    def convert(self, text: str) -> tuple[str, PositionMap]:
        converter, compiled = self._converter, self._compiled
        original_length = len(text)
        normalization = compiled.normalization if compiled else converter._normalization
        text, normal_map = self._steps(text, normalization)
        segmenter = converter._segmenter
        if segmenter is None:
            segments = [text]
        elif compiled is not None and compiled.segmentation is not None:
            segments = compiled.segmentation.segment(text)
        elif hasattr(segmenter, "segment"):
            segments = segmenter.segment(text)
        else:
            segments = self._pure._segment(text, segmenter)
        chain = compiled.chain if compiled else converter._chain
        parts: list[str] = []
        builder = MapBuilder()
        pending = 0  # length of one-to-one text not yet handed to the builder
        for segment in segments:
            converted, mapping = self._steps(segment, chain)
            parts.append(converted)
            if mapping is None:
                pending += len(segment)
            else:
                builder.linear(pending)
                pending = 0
                builder.extend(mapping)
        builder.linear(pending)
        result = "".join(parts)
        mapping = builder.build()
        if normal_map is not None:
            mapping = normal_map.then(mapping)
        elif mapping.source_length != original_length:  # pragma: no cover - defensive
            raise EngineError(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "Messages", "OpenCC changed the text length unexpectedly while mapping."
                    )
                )
            )
        return result, mapping


_engine: OpenCCEngine | None = None
_engine_lock = threading.Lock()


def get_engine() -> OpenCCEngine:
    """The process-wide engine (converters are expensive to load; share them)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = OpenCCEngine()
        return _engine
