"""What the panes ask of the core, run in the background: script detection and conversion."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from reader.core.conversion import Conversion, convert_text
from reader.core.document import Document
from reader.core.opencc_engine import OpenCCEngine, get_engine
from reader.core.scripts import Script, ScriptMode, ScriptReport, detect_script
from reader.core.vocabulary import Vocabulary
from reader.ui.tasks import BackgroundTasks

# Above this size a pane converts the lines on screen first, then the rest.
LARGE_TEXT = 200_000


class ConversionService(QObject):
    """Shared engine, vocabulary and worker threads for both panes."""

    def __init__(self, vocabulary: Vocabulary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.tasks = BackgroundTasks(self, paused=True)  # resumed after the first paint

    @staticmethod
    def engine() -> OpenCCEngine:
        return get_engine()

    def warm_up(self, configs: list[str]) -> None:
        """Load OpenCC dictionaries in the background so the first switch is quick."""

        def work(_progress: Callable[[int, int], None]) -> None:
            engine = get_engine()
            for config in configs:
                engine.converter(config)

        self.tasks.submit(work, lambda _value: None, lambda _message: None)

    def detect(
        self,
        document: Document,
        on_done: Callable[[ScriptReport], None],
        on_error: Callable[[str], None],
    ) -> None:
        self.tasks.submit(
            lambda _progress: detect_script(document.text, get_engine()), on_done, on_error
        )

    def convert(
        self,
        document: Document,
        mode: ScriptMode,
        source: Script,
        *,
        cancelled: Callable[[], bool],
        on_done: Callable[[Conversion], None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int], None],
        preview_lines: tuple[int, int] | None = None,
        on_preview: Callable[[tuple[int, int, str]], None] | None = None,
    ) -> None:
        """Convert ``document``; with ``preview_lines``, convert those lines first."""
        vocabulary = self.vocabulary
        if preview_lines is not None and on_preview is not None:
            first, last = preview_lines
            blocks = document.blocks[first : last + 1]
            if blocks:
                start, end = blocks[0].start, blocks[-1].end

                def preview(_progress: Callable[[int, int], None]) -> tuple[int, int, str]:
                    text = document.text[start:end]
                    shown = convert_text(get_engine(), text, mode, source, vocabulary).text
                    return first, blocks[-1].line, shown

                self.tasks.submit(preview, on_preview, lambda _message: None)

        self.tasks.submit(
            lambda progress: convert_text(
                get_engine(),
                document.text,
                mode,
                source,
                vocabulary,
                progress=progress,
                cancelled=cancelled,
            ),
            on_done,
            on_error,
            on_progress,
        )

    def shutdown(self) -> None:
        self.tasks.shutdown()
