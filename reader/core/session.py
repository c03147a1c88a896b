"""The reading session: the one owner of the pair on screen and of what derives from it.

Two documents are read side by side, each in a display script; from them derive each side's
detected script and conversion, its located notes and highlight layers, and the pair's
analysis. Before this object existed every pane and controller kept its own part of that
state and its own rule for when a result had gone stale; a swap of the panes refreshed one
controller and not the other, and a link could be made against the previous analysis.

Now every change goes through a method here (``open``, ``set_mode``, ``swap``,
``set_vocabulary``, ``set_aliases``, ``links_changed``) which drops at once everything that
derived from the old state and tells the observers in one :class:`Event`. Background work
never sees this object: it is handed a frozen *key* (the immutable inputs it works on, see
:meth:`ReadingSession.conversion_key` and :meth:`ReadingSession.pair_key`) and its result is
offered back with that key (``accept_*``): a result whose key is no longer the current one is
refused, so nothing is drawn, linked or saved against a stale version of the pair.

The session is Qt-free and single-threaded: all of its methods run on the UI thread, and the
window turns its events into repaints. Documents, vocabularies and alias tables are
immutable values, so a key holds them by identity and costs nothing to compare.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum, Flag, auto
from typing import Any

from reader.core.comparison.aliases import AliasTable
from reader.core.text.conversion import Conversion
from reader.core.text.document import Document
from reader.core.text.position_map import PositionMap
from reader.core.text.scripts import ScriptMode, ScriptReport
from reader.core.text.vocabulary import Vocabulary

SIDES = ("left", "right")


class Change(Flag):
    """What an :class:`Event` says changed."""

    DOCUMENT = auto()  # a side shows another document (its script, conversion, notes go)
    MODE = auto()  # a side's display script was chosen (its conversion goes)
    SCRIPT = auto()  # a side's script was detected
    CONVERSION = auto()  # a side's conversion arrived (or went, with VOCABULARY)
    SWAP = auto()  # the two sides exchanged everything they hold
    VOCABULARY = auto()  # the user vocabulary changed: both conversions and the analysis go
    ALIASES = auto()  # the alias table changed: the analysis goes
    LINKS = auto()  # the reader's sync points changed: the analysis goes
    ANALYSIS = auto()  # an analysis of the current pair arrived, or the old one went
    NOTES = auto()  # a side's located notes arrived
    LAYER = auto()  # a side's highlight layer ``Event.layer`` changed
    MESSAGE = auto()  # something to tell the reader: ``Event.message``


# What makes the pair's analysis stale, and what makes a side's conversion stale.
INVALIDATES_ANALYSIS = (
    Change.DOCUMENT | Change.SWAP | Change.VOCABULARY | Change.ALIASES | Change.LINKS
)
INVALIDATES_CONVERSION = Change.DOCUMENT | Change.MODE | Change.VOCABULARY


class Level(Enum):
    """How much a message matters: the window shows info in passing, the rest stays."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    level: Level
    text: str  # often a reader.core.messages.Sentence: the window shows it translated
    side: str | None = None  # about one pane's document (shown in that pane), or the window


@dataclass(frozen=True)
class Event:
    change: Change
    sides: tuple[str, ...] = ()
    layer: str | None = None
    message: Message | None = None
    # For a LAYER change made with ``change_layer``: the spans taken out and put in, so an
    # observer re-places one note among 10,000 instead of the whole layer. None: all of it.
    delta: tuple[list[Any], list[Any]] | None = None


@dataclass(frozen=True, eq=False)  # compared by ReadingSession.is_current, field by field
class ConversionKey:
    """What a conversion is made from: the side's document in its mode with the vocabulary."""

    side: str
    document: Document
    mode: ScriptMode
    vocabulary: Vocabulary


@dataclass(frozen=True)
class PairKey:
    """What the pair's analysis is made from. Equal keys mean the same inputs: documents,
    vocabulary and alias table by identity (they are immutable), sync points by revision."""

    left: Document
    right: Document
    vocabulary: Vocabulary
    aliases: AliasTable | None
    links_revision: int

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, PairKey)
            and self.left is other.left
            and self.right is other.right
            and self.vocabulary is other.vocabulary
            and self.aliases is other.aliases
            and self.links_revision == other.links_revision
        )

    def __hash__(self) -> int:
        return hash((id(self.left), id(self.right), id(self.vocabulary), self.links_revision))


@dataclass
class Side:
    """Everything one side holds. Swapping the panes swaps two of these whole."""

    document: Document | None = None
    mode: ScriptMode = ScriptMode.ORIGINAL
    script: ScriptReport | None = None
    conversion: Conversion | None = None  # of (document, mode, vocabulary) now, or None
    notes: Any = None  # the located notes of ``document`` (the notes controller's object)
    layers: dict[str, list[Any]] = field(default_factory=dict)  # name -> original spans
    place: Any = None  # where the reader was in this document (kept through a swap)

    def shown_conversion(self) -> Conversion | None:
        """The conversion to show now: the identity in the original script, else the one
        made for the current inputs (None while it is being made)."""
        if self.document is None:
            return None
        if self.mode is ScriptMode.ORIGINAL:
            if self.conversion is None or self.conversion.mode is not ScriptMode.ORIGINAL:
                text = self.document.text
                self.conversion = Conversion(
                    ScriptMode.ORIGINAL, text, PositionMap.identity(len(text))
                )
            return self.conversion
        return self.conversion

    def ready(self) -> bool:
        """The document is shown in its chosen script: nothing is pending for it."""
        return (
            self.document is not None
            and self.script is not None
            and self.shown_conversion() is not None
        )


Listener = Callable[[Event], None]


def _frozen(vocabulary: Vocabulary) -> Vocabulary:
    """A copy nobody else holds: workers are handed the session's vocabulary as it is."""
    return Vocabulary(tuple(vocabulary.entries))


class ReadingSession:
    """The pair on screen: two :class:`Side` objects, the vocabulary, the alias table, the
    sync points' revision and the latest analysis. See the module docstring."""

    def __init__(self, vocabulary: Vocabulary, aliases: AliasTable | None = None) -> None:
        self._sides = {name: Side() for name in SIDES}
        self.vocabulary = _frozen(vocabulary)
        self.aliases = aliases
        self.links_revision = 0
        self._analysis: Any = None
        self._analysis_key: PairKey | None = None
        self._listeners: list[Listener] = []

    # -- observing ------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every event, in the order of subscription."""
        self._listeners.append(listener)

    def _tell(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    def tell(self, level: Level, text: str, side: str | None = None) -> None:
        """The one channel for messages to the reader (the window decides where they show)."""
        self._tell(
            Event(Change.MESSAGE, (side,) if side else (), message=Message(level, text, side))
        )

    # -- reading ---------------------------------------------------------------------------

    def side(self, name: str) -> Side:
        return self._sides[name]

    def sides(self) -> Iterator[tuple[str, Side]]:
        return iter(self._sides.items())

    def document(self, name: str) -> Document | None:
        return self._sides[name].document

    def both(self) -> tuple[Document, Document] | None:
        left, right = self.document("left"), self.document("right")
        return None if left is None or right is None else (left, right)

    # -- changes ---------------------------------------------------------------------------

    def open(self, name: str, document: Document) -> None:
        """Show ``document`` on side ``name``: what derived from the old one goes."""
        side = self._sides[name]
        mode = side.mode
        self._sides[name] = Side(document=document, mode=mode)
        self._changed(Change.DOCUMENT, (name,))

    def set_mode(self, name: str, mode: ScriptMode) -> None:
        side = self._sides[name]
        if mode is side.mode:
            return
        side.mode = mode
        side.conversion = None
        self._changed(Change.MODE, (name,))

    def swap(self) -> None:
        """Exchange the sides whole: each document keeps its script, conversion, notes,
        layers and place, so nothing is converted or located again."""
        self._sides["left"], self._sides["right"] = self._sides["right"], self._sides["left"]
        self._changed(Change.SWAP, SIDES)

    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = _frozen(vocabulary)
        for side in self._sides.values():
            side.conversion = None
        self._changed(Change.VOCABULARY, SIDES)

    def load_aliases(self, aliases: AliasTable) -> None:
        """The table read at start: no analysis was made with another one, so nothing goes."""
        if self.aliases is None:
            self.aliases = aliases

    def set_aliases(self, aliases: AliasTable) -> None:
        self.aliases = aliases
        self._changed(Change.ALIASES, SIDES)

    def links_changed(self) -> None:
        """The reader added or removed a sync point of the current pair."""
        self.links_revision += 1
        self._changed(Change.LINKS, SIDES)

    def _changed(self, change: Change, sides: tuple[str, ...]) -> None:
        if change & INVALIDATES_ANALYSIS and self._analysis_key is not None:
            self._analysis_key = None  # stale from now on: current_analysis() is None
        self._tell(Event(change, sides))

    # -- results of background work, offered back with their key ----------------------------

    def conversion_key(self, name: str) -> ConversionKey | None:
        side = self._sides[name]
        if side.document is None:
            return None
        return ConversionKey(name, side.document, side.mode, self.vocabulary)

    def _current(self, key: ConversionKey) -> bool:
        side = self._sides[key.side]
        return (
            side.document is key.document
            and side.mode is key.mode
            and self.vocabulary is key.vocabulary
        )

    def is_current(self, key: ConversionKey | PairKey | None) -> bool:
        """Whether work made from ``key`` may still be shown."""
        if isinstance(key, ConversionKey):
            return self._current(key)
        return key is not None and key == self.pair_key()

    def accept_script(self, name: str, document: Document, report: ScriptReport) -> bool:
        side = self._sides[name]
        if side.document is not document:
            return False
        side.script = report
        self._tell(Event(Change.SCRIPT, (name,)))
        return True

    def accept_conversion(self, key: ConversionKey, conversion: Conversion) -> bool:
        """Keep ``conversion`` if it was made for what the side shows now."""
        if not self._current(key) or conversion.mode is not key.mode:
            return False
        self._sides[key.side].conversion = conversion
        self._tell(Event(Change.CONVERSION, (key.side,)))
        return True

    def pair_key(self) -> PairKey | None:
        both = self.both()
        if both is None:
            return None
        return PairKey(both[0], both[1], self.vocabulary, self.aliases, self.links_revision)

    def accept_analysis(self, key: PairKey, analysis: Any) -> bool:
        """Keep ``analysis`` if it was made from the current pair; else refuse it."""
        if key != self.pair_key():
            return False
        self._analysis, self._analysis_key = analysis, key
        self._tell(Event(Change.ANALYSIS, SIDES))
        return True

    def current_analysis(self) -> Any:
        """The analysis of the pair as it is now, or None (none yet, or stale)."""
        if self._analysis_key is None or self._analysis_key != self.pair_key():
            return None
        return self._analysis

    def latest_analysis(self) -> Any:
        """The last analysis accepted, current or not (a panel may show it greyed out)."""
        return self._analysis

    def accept_notes(self, name: str, document: Document, notes: Any) -> bool:
        side = self._sides[name]
        if side.document is not document:
            return False
        side.notes = notes
        self._tell(Event(Change.NOTES, (name,)))
        return True

    # -- highlight layers (original offsets; the panes place them in what they show) -------

    def layer(self, name: str, layer: str) -> list[Any]:
        return self._sides[name].layers.get(layer, [])

    def set_layer(self, name: str, layer: str, spans: list[Any]) -> None:
        layers = self._sides[name].layers
        if not spans and layer not in layers:
            return
        if spans:
            layers[layer] = spans
        else:
            del layers[layer]
        self._tell(Event(Change.LAYER, (name,), layer=layer))

    def change_layer(self, name: str, layer: str, removed: list[Any], added: list[Any]) -> None:
        """Take ``removed`` out of a layer and put ``added`` in (one note among many)."""
        spans = self._sides[name].layers.setdefault(layer, [])
        for span in removed:
            try:
                spans.remove(span)
            except ValueError:
                continue
        spans.extend(added)
        if not spans:
            del self._sides[name].layers[layer]
        self._tell(Event(Change.LAYER, (name,), layer=layer, delta=(removed, added)))
