"""The core's sentences: English text that keeps its template and fields, so a window can
translate it (reader.core.messages; reader.ui.i18n.localized shows it)."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from reader.core.comparison.aliases import load_aliases
from reader.core.errors import DocumentError
from reader.core.messages import CONTEXT, QT_TRANSLATE_NOOP, Sentence, sentence_of
from reader.core.notes import annotations
from reader.core.notes.notebook import ImportReport, read_annotations
from reader.core.offload import HelperFailed
from reader.core.text.document import load_document

CORE = Path(annotations.__file__).resolve().parents[1]


def test_a_sentence_is_its_english_text_and_keeps_template_and_fields():
    sentence = Sentence("{label} is empty.", label="“a.txt”")
    assert sentence == "“a.txt” is empty."
    assert isinstance(sentence, str) and str(sentence) == "“a.txt” is empty."
    assert sentence.template == "{label} is empty."
    assert sentence.fields == {"label": "“a.txt”"}
    assert f"duidu: {sentence}" == "duidu: “a.txt” is empty."  # how the CLI prints it
    assert Sentence("it holds more than {count:,} annotations", count=100_000) == (
        "it holds more than 100,000 annotations"
    )
    assert QT_TRANSLATE_NOOP(CONTEXT, "Some text") == "Some text"


def test_a_sentence_pickles_whole_with_the_sentences_in_it():
    # A helper process's error crosses as its sentence (reader.core.offload).
    inner = Sentence("its {what} is not text", what=Sentence("quote"))
    outer = Sentence("annotation {number}: {error}", number=3, error=inner)
    back = pickle.loads(pickle.dumps(HelperFailed(outer)))
    said = sentence_of(back)
    assert isinstance(said, Sentence) and said == "annotation 3: its quote is not text"
    assert said.template == outer.template
    assert said.fields["error"].fields["what"].template == "quote"


def test_sentence_of_gives_the_sentence_an_error_was_raised_with():
    sentence = Sentence("{name} does not exist.", name="x.json")
    assert sentence_of(DocumentError(sentence)) is sentence
    assert sentence_of(ValueError("plain")) == "plain"
    assert sentence_of(KeyError("word")) == "'word'"  # str(error), as before
    assert not isinstance(sentence_of(OSError(2, "No such file")), Sentence)


def test_the_errors_of_the_core_are_sentences(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(DocumentError) as raised:
        load_document(empty)
    said = sentence_of(raised.value)
    assert isinstance(said, Sentence) and said.template == "{label} is empty."
    assert str(raised.value) == "“empty.txt” is empty."
    with pytest.raises(DocumentError) as raised:
        load_document(tmp_path / "gone.txt")
    assert sentence_of(raised.value).template == "{label} does not exist (looked for {path})."

    # A reason inside a sentence is a sentence too, down to the noun it names.
    from reader.core.errors import DuiduError

    with pytest.raises(DuiduError) as raised:
        read_annotations('{"type": "Annotation", "id": 5, "target": []}')
    said = sentence_of(raised.value)
    assert said == (
        "Annotation 1 in this file cannot be read: its id is not text. Nothing was imported."
    )
    reason = said.fields["error"]
    assert reason.template == "its {what} is not text" and reason.fields["what"].template == "id"


def test_a_file_set_aside_is_told_in_a_sentence_with_its_reason(tmp_path):
    (tmp_path / "aliases.json").write_text('{"groups": 3}', encoding="utf-8")
    loaded = load_aliases(None, tmp_path)
    problem = loaded.problem
    assert isinstance(problem, Sentence)
    assert problem.startswith("Your alias file could not be read (it has no list of groups).")
    assert problem.fields["reason"].template == "it has no list of groups"


@pytest.mark.parametrize(
    ("added", "updated", "unchanged", "expected"),
    [
        (1, 0, 1, "Imported 1 new annotation, updated 0, and 1 was already here."),
        (1, 2, 3, "Imported 1 new annotation, updated 2, and 3 were already here."),
        (0, 0, 1, "Imported 0 new annotations, updated 0, and 1 was already here."),
        (5, 1, 0, "Imported 5 new annotations, updated 1, and 0 were already here."),
    ],
)
def test_each_plural_is_a_whole_template(added, updated, unchanged, expected):
    sentence = ImportReport(added, updated, unchanged).sentence()
    assert sentence == expected
    assert isinstance(sentence, Sentence) and "{added}" in sentence.template


def test_every_value_a_check_names_is_a_translatable_noun():
    calls = re.compile(r"\b(?:checked_text|parse_time|_offset|_list_of)\([^\n]*?, \"([^\"]+)\"")
    named = set()
    for module in ("notes/annotations.py", "notes/store.py"):
        named |= set(calls.findall((CORE / module).read_text(encoding="utf-8")))
    assert named and named <= set(annotations._NOUNS), named - set(annotations._NOUNS)
    assert set(annotations._TOO_MANY) <= set(annotations._NOUNS)


def test_the_core_stays_free_of_qt():
    source = (CORE / "messages.py").read_text(encoding="utf-8")
    assert "PySide6" not in source and "QtCore" not in source
