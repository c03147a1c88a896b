"""What the panes ask of the core, run in the background as keyed jobs (see ``tasks``):
opening a file, script detection and conversion."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from reader.core.local_work import runs_here
from reader.core.session import ReadingSession
from reader.core.text.conversion import Conversion, convert_text
from reader.core.text.document import Document, load_document
from reader.core.text.opencc_engine import OpenCCEngine, get_engine
from reader.core.text.scripts import Script, ScriptMode, ScriptReport, detect_script
from reader.core.text.vocabulary import Vocabulary
from reader.ui.tasks import BackgroundTasks, Job

# Above this size a pane converts the lines on screen first, then the rest.
LARGE_TEXT = 200_000


class ConversionService(QObject):
    """Shared engine and worker threads for both panes (the vocabulary is the session's)."""

    def __init__(self, session: ReadingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.tasks = BackgroundTasks(self, paused=True)  # resumed after the first paint
        self._configs: tuple[str, ...] = ()  # the dictionaries warm_up loads

    @property
    def vocabulary(self) -> Vocabulary:
        """The session's vocabulary now (an immutable value: safe to hand to a worker)."""
        return self._session.vocabulary

    @staticmethod
    def engine() -> OpenCCEngine:
        return get_engine()

    def warm_up(self, configs: Sequence[str]) -> None:
        """Load OpenCC dictionaries in the background so the first switch is quick."""

        self._configs = tuple(configs)  # a helper loads them too once a book is open

        def work(_progress: Callable[[int, int], None]) -> None:
            engine = get_engine()  # for previews, titles and Find's short texts
            for config in configs:
                engine.converter(config)

        self.tasks.submit(work, lambda _value: None, lambda _message: None)

    def _warm_helpers_for(self, document: Document) -> None:
        """Once a book is open, start the helper processes and load the dictionaries in
        one, so its first script switch is quick. Articles never go to a helper
        (:func:`reader.core.local_work.runs_here`), so a pair of them never starts one: two
        processes and about 70 MB that started with every window."""
        size, configs = len(document.text), self._configs

        def work(_progress: Callable[[int, int], None]) -> None:
            if runs_here(size):
                return
            from reader.core import offload  # multiprocessing: not on the start-up path

            offload.helpers().call(offload.warm, configs)

        self.tasks.submit(work, lambda _value: None, lambda _message: None)

    def open(
        self,
        path: str | Path,
        *,
        key: Hashable,
        on_done: Callable[..., None],
        on_error: Callable[[str], None],
        prepare: Callable[[str], Any] | None = None,
    ) -> Job:
        """Read, decode and analyse the file at ``path`` on a worker (the job ``key``).

        What the window asks of a document as soon as it is shown (its counts, and the
        SHA-256 its notes are filed under) is computed there too, and, given ``prepare``,
        what the pane needs of its text: ``on_done(document, prepare(text))`` (None without
        ``prepare``). ``prepare`` runs on the worker, so it makes plain Python values only:
        a worker that made Qt objects crashed the window (see reader_pane.DocumentBuild)."""

        def work(job: Job) -> tuple[Document, Any]:
            document = load_document(path)
            prepared = None
            if not job.cancelled():
                _ = document.character_count, document.paragraph_count, document.sha256
                _ = document.title, document.marked_blocks  # 10-20 ms each in a book
                if prepare is not None:
                    prepared = prepare(document.text)
            return document, prepared

        def opened(result: tuple[Document, Any]) -> None:
            document, prepared = result
            self._warm_helpers_for(document)
            on_done(document, prepared)

        return self.tasks.run(key, work, opened, on_error)

    def detect(
        self,
        document: Document,
        on_done: Callable[[ScriptReport], None],
        on_error: Callable[[str], None],
        *,
        key: Hashable,
        valid: Callable[[], bool] | None = None,
    ) -> Job:
        """Detect the script of ``document`` (immutable: the worker gets it as it is)."""
        return self.tasks.run(
            key,
            lambda _job: detect_script(document.text, get_engine()),
            on_done,
            on_error,
            valid=valid,
        )

    def convert(
        self,
        document: Document,
        mode: ScriptMode,
        source: Script,
        vocabulary: Vocabulary,
        *,
        key: Hashable,
        valid: Callable[[], bool] | None = None,
        on_done: Callable[..., None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int], None],
        preview_lines: tuple[int, int] | None = None,
        on_preview: Callable[[tuple[int, int, str]], None] | None = None,
        prepare: Callable[[str], Any] | None = None,
    ) -> Job:
        """Convert ``document`` as the job ``key`` (the latest per key wins; a superseded
        conversion stops between lines); with ``preview_lines``, convert those lines first,
        as the job ``(key, "preview")``. ``vocabulary`` is the one of the conversion's key.
        Given ``prepare``, the worker also makes what the pane needs to show the converted
        text: ``on_done(conversion, prepare(text))`` (None without ``prepare``); plain
        Python values only, as for :meth:`open`."""
        if preview_lines is not None and on_preview is not None:
            first, last = preview_lines
            blocks = document.blocks[first : last + 1]
            if blocks:
                start, end, last_line = blocks[0].start, blocks[-1].end, blocks[-1].line

                def preview(job: Job) -> tuple[int, int, str]:
                    text = document.text[start:end]
                    shown = convert_text(
                        get_engine(), text, mode, source, vocabulary, cancelled=job.cancelled
                    ).text
                    return first, last_line, shown

                self.tasks.run((key, "preview"), preview, on_preview, valid=valid)
        else:
            self.tasks.cancel((key, "preview"))

        def whole(job: Job) -> tuple[Conversion, Any]:
            # A book goes to a helper process (see ``offload``).
            from reader.core import offload

            conversion = offload.run(
                offload.convert,
                document.text,
                mode,
                source,
                vocabulary,
                size=len(document.text),
                progress=job.progress,
                cancelled=job.cancelled,
            )
            prepared = None
            if prepare is not None and not job.cancelled():
                prepared = prepare(conversion.text)
            return conversion, prepared

        return self.tasks.run(
            key,
            whole,
            lambda result: on_done(*result),
            on_error,
            on_progress,
            valid=valid,
        )

    def cancel(self, key: Hashable) -> None:
        """Stop the job ``key`` (and its preview): nothing of it will be delivered."""
        self.tasks.cancel(key)
        self.tasks.cancel((key, "preview"))

    def shutdown(self) -> None:
        self.tasks.shutdown()
