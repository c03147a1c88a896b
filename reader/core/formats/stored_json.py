"""JSON read from disk or an import: strict, bounded, and never a traceback.

Python's ``json`` accepts more than JSON and more than Duidu can use: ``NaN`` and
``Infinity``, numbers such as ``1e400`` that overflow to infinity, integers of any length,
nesting deep enough to exhaust the recursion limit, and ``\\ud800`` escapes that decode to a
lone surrogate (a string no UTF-8 file can hold, so the next save would fail). Each of
these is a ``ValueError`` here, with a short reason; the callers' shape checks (the
schemas of :mod:`reader.core.notes.annotations` and the small settings files) then see only
finite numbers, bounded integers and real text.
"""

from __future__ import annotations

import json
import math
import re

from reader.core.messages import QT_TRANSLATE_NOOP, Sentence

MAX_INT_DIGITS = 18  # offsets and counts; anything longer is not ours
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_constant(name: str) -> float:
    raise ValueError(
        Sentence(
            QT_TRANSLATE_NOOP("Messages", "it holds {name}, which is not a JSON number"), name=name
        )
    )


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(
            Sentence(
                QT_TRANSLATE_NOOP("Messages", "it holds the number {number}, which is too large"),
                number=text[:20],
            )
        )
    return value


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(
            Sentence(
                QT_TRANSLATE_NOOP("Messages", "it holds an integer of {digits} digits"),
                digits=len(text),
            )
        )
    return int(text)


def parse_json(text: str, *, check_text: bool = True) -> object:
    """The value of ``text``; ``ValueError`` (a reason) for anything but bounded JSON.

    ``check_text=False`` leaves lone surrogates to a caller whose schema checks every
    string it keeps (and can then say which annotation holds one).
    """
    try:
        value = json.loads(
            text, parse_constant=_no_constant, parse_float=_finite, parse_int=_bounded_int
        )
    except RecursionError:
        raise ValueError(
            Sentence(QT_TRANSLATE_NOOP("Messages", "it is nested too deeply to be a Duidu file"))
        ) from None
    if check_text and _SURROGATE_ESCAPE.search(text):
        _check_text(value)
    return value


def _check_text(value: object) -> None:
    """Raise ValueError if any string in ``value`` holds a lone surrogate (iteratively:
    the value may be as deep as the recursion limit allowed)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise ValueError(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "Messages", "it holds text that is not valid Unicode (a lone surrogate)"
                        )
                    )
                )
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
