"""The reading session: every change tells its observers and makes what derived from the old
state unusable at once; a result of background work made from old inputs is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.comparison.aliases import AliasGroup, AliasTable
from reader.core.session import Change, ConversionKey, Event, Level, ReadingSession
from reader.core.text.conversion import Conversion, convert_text
from reader.core.text.document import Document, load_document
from reader.core.text.opencc_engine import get_engine
from reader.core.text.scripts import Script, ScriptMode, detect_script
from reader.core.text.vocabulary import Vocabulary, VocabularyEntry


def _document(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Document, Document]:
    return (
        _document(tmp_path, "left.txt", "臺灣的軟體公司。\n\n第二段說的是資訊。\n"),
        _document(tmp_path, "right.txt", "台湾的软件公司。\n\n第二段说的是信息。\n"),
    )


@pytest.fixture
def session() -> ReadingSession:
    return ReadingSession(Vocabulary(()))


def _events(session: ReadingSession) -> list[Event]:
    seen: list[Event] = []
    session.subscribe(seen.append)
    return seen


def _convert(key: ConversionKey) -> Conversion:
    return convert_text(
        get_engine(), key.document.text, key.mode, Script.TRADITIONAL, key.vocabulary
    )


def test_open_tells_observers_and_drops_what_the_old_document_had(session, pair):
    left, right = pair
    seen = _events(session)
    session.open("left", left)
    assert [e.change for e in seen] == [Change.DOCUMENT] and seen[0].sides == ("left",)
    session.set_layer("left", "notes", [(0, 2, "n")])
    session.accept_script("left", left, detect_script(left.text, get_engine()))
    session.open("left", right)
    assert session.side("left").script is None
    assert session.layer("left", "notes") == []


def test_a_conversion_of_a_document_no_longer_shown_is_refused(session, pair):
    left, right = pair
    session.open("left", left)
    session.set_mode("left", ScriptMode.HANS)
    key = session.conversion_key("left")
    assert key is not None
    session.open("left", right)  # the reader opened another file meanwhile
    assert not session.accept_conversion(key, _convert(key))
    assert session.side("left").conversion is None


def test_a_conversion_made_with_the_old_vocabulary_or_mode_is_refused(session, pair):
    left, _right = pair
    session.open("left", left)
    session.set_mode("left", ScriptMode.HANS)
    key = session.conversion_key("left")
    session.set_vocabulary(Vocabulary((VocabularyEntry("軟體", "软件"),)))
    assert not session.accept_conversion(key, _convert(key))
    fresh = session.conversion_key("left")
    session.set_mode("left", ScriptMode.HANT)
    assert not session.accept_conversion(fresh, _convert(fresh))
    newest = session.conversion_key("left")
    assert session.accept_conversion(newest, _convert(newest))
    assert session.side("left").shown_conversion() is not None


def test_the_vocabulary_is_frozen_from_the_callers_copy(session):
    entries = [VocabularyEntry("軟體", "软件")]
    vocabulary = Vocabulary(tuple(entries))
    session.set_vocabulary(vocabulary)
    assert session.vocabulary is not vocabulary
    assert session.vocabulary.entries == vocabulary.entries


@pytest.mark.parametrize(
    "change",
    [
        lambda s, pair: s.open("left", pair[1]),
        lambda s, pair: s.swap(),
        lambda s, pair: s.set_vocabulary(Vocabulary(())),
        lambda s, pair: s.set_aliases(AliasTable([AliasGroup("輝達", ("英伟达",))])),
        lambda s, pair: s.links_changed(),
    ],
    ids=["open", "swap", "vocabulary", "aliases", "links"],
)
def test_every_input_change_makes_the_analysis_stale_at_once(session, pair, change):
    left, right = pair
    session.open("left", left)
    session.open("right", right)
    key = session.pair_key()
    assert key is not None and session.accept_analysis(key, "analysis")
    assert session.current_analysis() == "analysis"
    change(session, pair)
    assert session.current_analysis() is None
    assert session.latest_analysis() == "analysis"  # a panel may show it greyed out
    assert not session.accept_analysis(key, "late analysis of the old pair")
    assert not session.is_current(key)


def test_an_analysis_needs_both_documents(session, pair):
    session.open("left", pair[0])
    assert session.pair_key() is None and session.current_analysis() is None


def test_swap_keeps_each_documents_script_conversion_layers_and_place(session, pair):
    left, right = pair
    session.open("left", left)
    session.open("right", right)
    session.set_mode("left", ScriptMode.HANS)
    key = session.conversion_key("left")
    conversion = _convert(key)
    assert session.accept_conversion(key, conversion)
    session.set_layer("left", "notes", [(0, 2, "note on the Traditional text")])
    session.side("left").place = ("block", 1)
    seen = _events(session)
    session.swap()
    moved = session.side("right")
    assert moved.document is left and moved.mode is ScriptMode.HANS
    assert moved.conversion is conversion  # nothing is converted again
    assert session.layer("right", "notes") == [(0, 2, "note on the Traditional text")]
    assert session.layer("left", "notes") == []
    assert moved.place == ("block", 1)
    assert [e.change for e in seen] == [Change.SWAP]
    # A conversion started for the left side before the swap belongs to the other side now.
    assert not session.accept_conversion(key, conversion)


def test_change_layer_reports_the_delta(session, pair):
    session.open("left", pair[0])
    session.set_layer("left", "notes", [(0, 1, "a"), (2, 3, "b")])
    seen = _events(session)
    session.change_layer("left", "notes", [(0, 1, "a")], [(4, 5, "c")])
    assert session.layer("left", "notes") == [(2, 3, "b"), (4, 5, "c")]
    assert seen[-1].delta == ([(0, 1, "a")], [(4, 5, "c")])


def test_messages_have_one_channel_with_levels(session):
    seen = _events(session)
    session.tell(Level.ERROR, "The notes file could not be saved.", side="left")
    (event,) = seen
    assert event.change is Change.MESSAGE and event.sides == ("left",)
    assert event.message.level is Level.ERROR and event.message.side == "left"
