"""Sentences for the reader: English in the core, translatable where a window shows them.

The core never imports Qt, yet what it says (a file that cannot be opened, a notes file set
aside) reaches a window that may speak 简体中文 or 繁體中文. So each such sentence is a
:class:`Sentence`: a ``str`` whose value is the English the command line prints and the
tests compare, which also keeps its ``template`` and ``fields``, so the window can translate
the template and fill in the same fields (``reader.ui.i18n.localized``).

Every template is written inside ``QT_TRANSLATE_NOOP("Messages", "…")``: the name
``pyside6-lupdate`` looks for, so the Qt Linguist sources list the core's templates with the
interface's own strings (``packaging/translations.py``). A template is always a whole
sentence, with named fields a translator may move; where the English depends on a value
(one or several, which file), each case is a template of its own.

A field may itself be a Sentence (the reason inside "… could not be read (reason)", or a
noun such as "quote" in "its quote is not text"): it is translated too. Names, numbers and
what the system says (``strerror``) are shown as they are.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "Sentence", "sentence_of"]

CONTEXT = "Messages"  # the translation context of every sentence of the core


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """``text`` itself: marks it as a template to translate in ``context``."""
    return text


class Sentence(str):
    """``template.format(**fields)``, remembering both (see the module docstring)."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Sentence:
        self = super().__new__(cls, template.format(**fields))
        self.template = template
        self.fields = fields
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled whole (a helper process's error comes back as its sentence).
        return (_sentence, (self.template, self.fields))


def _sentence(template: str, fields: dict[str, Any]) -> Sentence:
    return Sentence(template, **fields)


def sentence_of(error: BaseException) -> str:
    """What ``error`` says: the :class:`Sentence` it was raised with (so it can still be
    translated), else ``str(error)``."""
    args = error.args
    if len(args) == 1 and isinstance(args[0], Sentence) and str(error) == args[0]:
        return args[0]
    return str(error)
