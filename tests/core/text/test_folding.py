"""Folding text for comparison and re-anchoring without moving any character."""


def test_the_script_neutral_fold_keeps_places_and_folds_to_itself():
    """A note made on 繁體 must match the same text in 简体: one character for one, and
    idempotent (OpenCC calls 么 Traditional for 幺, so 麼, 么 and 幺 must fold alike)."""
    from reader.core.text.folding import script_neutral
    from reader.core.text.opencc_engine import get_engine

    traditional = "還不曾嘗著甚麼滋味，就說臺灣的晶片產業ＡＢＣ。"
    simplified = get_engine().convert("t2s", traditional)
    assert len(script_neutral(traditional)) == len(traditional)
    assert script_neutral(traditional) == script_neutral(simplified)
    assert script_neutral(script_neutral(simplified)) == script_neutral(simplified)
    assert script_neutral("麼") == script_neutral("么") == script_neutral("幺")


def test_find_reaches_words_that_converting_the_query_would_change():
    """tw2sp turns the Simplified query 应用程序 into 应用进程: Find must still find 应用程序
    in a Simplified text (compared as written) and 應用程式 in a Traditional one."""
    from reader.core.text.folding import comparison_text, query_forms
    from reader.core.text.opencc_engine import get_engine
    from reader.core.text.scripts import Script
    from reader.core.text.search import find_all

    engine = get_engine()
    simplified = comparison_text("请打开应用程序。布林肯说。", Script.SIMPLIFIED, engine)
    traditional = comparison_text("請打開應用程式。", Script.TRADITIONAL, engine)
    for text, query, found in (
        (simplified, "应用程序", [(3, 7)]),
        (simplified, "布林肯", [(8, 11)]),
        (traditional, "应用程序", [(3, 7)]),
        (traditional, "應用程式", [(3, 7)]),
    ):
        forms = query_forms(query, engine)
        assert sorted({s for form in forms for s in find_all(text, form)}) == found, query


def test_a_long_text_is_folded_piece_by_piece_to_the_same_string():
    """A book is translated in pieces, so a worker folding it yields the GIL between
    them; the pieces join to exactly what one call makes, astral characters included."""
    from reader.core.text.folding import FOLD, TRANSLATE_PIECE, fold, translated

    unit = "ＡＢＣ天下𠀋大勢，Hello\u3000"
    text = (unit * (3 * TRANSLATE_PIECE // len(unit) + 7))[: 3 * TRANSLATE_PIECE + 5]
    text = text[: TRANSLATE_PIECE - 1] + "𠀋" + text[TRANSLATE_PIECE:]  # astral at a seam
    assert len(text) > 3 * TRANSLATE_PIECE
    assert fold(text) == text.translate(FOLD)
    assert translated(text, {ord("天"): ord("地")}) == text.replace("天", "地")
