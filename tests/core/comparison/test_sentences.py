"""Sentence counterparts on the bundled pair: the Traditional sentence finds the Simplified
one that says the same, and splitting keeps punctuation and quotes with their sentence."""

from __future__ import annotations

import pytest

from reader.core.comparison.sentences import (
    SentenceIndex,
    counterparts,
    similarity,
    split_sentences,
)
from reader.core.comparison.topics import TopicAnalyser, analyse_documents
from reader.core.text.document import load_document
from reader.core.text.opencc_engine import get_engine
from reader.core.text.segmenter import get_segmenter
from reader.paths import default_pair


def test_sentences_end_after_their_punctuation_and_closing_quotes():
    text = "他說:“很好。”然後走了!\n第二行;還有"
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["他說:“很好。”", "然後走了!", "第二行;", "還有"]


def test_similarity_counts_shared_bigrams_and_latin_runs():
    assert similarity("英伟达的a100芯片", "英伟达的a100芯片") == pytest.approx(1.0)
    assert similarity("英伟达的a100芯片", "今天天气很好") == 0.0
    assert similarity("型号a100", "型号h100") < similarity("型号a100", "新的a100")


@pytest.fixture(scope="module")
def index():
    left, right = (load_document(path) for path in default_pair())
    analysis = analyse_documents(TopicAnalyser(get_engine(), get_segmenter()), left, right)
    return left, right, SentenceIndex(analysis)


def test_a_quoted_sentence_finds_the_sentence_quoting_it(index):
    left, right, sentences = index
    own, found = counterparts(sentences, "left", left.text.index("中國是一個非常重要的市場") + 2)
    assert own is not None and "中國是一個非常重要的市場" in left.text[own.start : own.end]
    assert (
        found
        and "中国是英伟达非常重要的市场"
        in right.text[found[0].sentence.start : found[0].sentence.end]
    )
    assert found == sorted(found, key=lambda item: -item.score)


def test_it_works_from_the_right_too_and_outside_a_paragraph_finds_nothing(index):
    left, right, sentences = index
    _own, found = counterparts(
        sentences, "right", right.text.index("中国是英伟达非常重要的市场") + 2
    )
    assert (
        found
        and "中國是一個非常重要的市場" in left.text[found[0].sentence.start : found[0].sentence.end]
    )
    assert counterparts(sentences, "left", len(left.text) + 10) == (None, [])
