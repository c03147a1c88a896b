"""Code points ↔ UTF-16 at the Qt boundary, including characters outside the BMP."""

from __future__ import annotations

from reader.ui.text.offsets import Utf16Index


def test_offsets_shift_after_each_astral_character() -> None:
    text = "甲𧿼乙𤜱丙"
    index = Utf16Index(text)
    assert index.length == 5 and index.length_utf16 == 7
    utf16 = text.encode("utf-16-le")
    for offset in range(len(text) + 1):
        position = index.to_utf16(offset)
        assert len(utf16[: position * 2].decode("utf-16-le")) == offset
        assert index.to_code_point(position) == offset


def test_middle_of_a_surrogate_pair_snaps_to_the_character() -> None:
    index = Utf16Index("甲𧿼乙")
    assert index.to_code_point(2) == 1  # between the two halves of 𧿼


def test_bmp_text_is_identity() -> None:
    index = Utf16Index("英伟达" * 10)
    assert all(index.to_utf16(i) == i == index.to_code_point(i) for i in range(31))
