"""The annotations panel's rows: where each note is, its quote and status, and the key the
panel's filter matches (the note's words in the comparison script, so 軟體 finds 软件).

Converting a note's words to the comparison script is the costly part of a row, so each
row's key is kept while its annotation is the same version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.errors import DuiduError

if TYPE_CHECKING:
    from reader.core.comparison.aliases import AliasIndex
    from reader.core.notes.annotations import Annotation
    from reader.ui.notes.controller import AnnotationsController
    from reader.ui.notes.panel import Row

SIDES = ("left", "right")


class PanelRows:
    """Makes :class:`reader.ui.notes.panel.Row` objects for the notes of both sides."""

    def __init__(self, notes: AnnotationsController) -> None:
        self.notes = notes
        self._keys: dict[str, tuple[Annotation, str]] = {}  # id -> (version, search key)
        self._index: AliasIndex | None = None

    def search_key(self, text: str) -> str:
        """``text`` in the comparison script, as Find normalises a query (script only)."""
        from reader.core.text.folding import fold, normalize_query

        if not text:
            return ""
        try:
            return normalize_query(text, self.notes.service.engine(), regional=False)
        except DuiduError:
            return fold(text)

    def query_keys(self, query: str) -> tuple[str, ...]:
        """The keys a filter ``query`` matches: the query in the comparison script and, when
        it is a name in the alias table, each of that group's names (世卫 finds notes on
        世界卫生组织)."""
        key = self.search_key(query)
        if not key:
            return ()
        index = self._alias_index()
        names = index.names(key) if index is not None else ()
        return tuple(dict.fromkeys([key, *(self.search_key(name) for name in names)]))

    def _alias_index(self) -> AliasIndex | None:
        """The session's alias table indexed in the filter's script (once per table)."""
        from reader.core.comparison.aliases import AliasIndex

        table = self.notes.session.aliases
        if table is None:
            return None
        if self._index is None or self._index.table is not table:
            try:
                engine = self.notes.service.engine()
            except DuiduError:
                return None
            self._index = AliasIndex(table, lambda names: engine.convert_each("t2s", names))
        return self._index

    def all(self, annotations: list[Annotation]) -> list[Row]:
        """Rows for ``annotations``; the kept keys of notes no longer there go."""
        known = {a.id for a in annotations}
        self._keys = {k: v for k, v in self._keys.items() if k in known}
        return [self.row(a) for a in annotations]

    def row(self, annotation: Annotation) -> Row:
        from reader.ui.notes.panel import Row

        located, files = self.notes.located, self.notes.notes
        sides = tuple(s for s in SIDES if annotation.id in located[s])
        if not sides:  # in the trash, or its passages are not in either pane's text
            sides = tuple(
                s
                for s in SIDES
                if (file := files[s]) is not None and annotation.id in file.annotations
            )
        first = located[sides[0]].get(annotation.id) if sides else None
        cached = self._keys.get(annotation.id)
        if cached is None or cached[0] is not annotation:
            words = [*(t.exact for t in annotation.targets), annotation.note, *annotation.tags]
            key = self.search_key(" ".join(words))
            self._keys[annotation.id] = (annotation, key)
        else:
            key = cached[1]
        return Row(
            annotation=annotation,
            sides=sides or ("left",),
            quote=first.target.exact if first else annotation.targets[0].exact,
            status=first.anchor.status.value if first else "anchored",
            position=first.anchor.start if first and first.anchor.start is not None else -1,
            search_key=key,
        )
