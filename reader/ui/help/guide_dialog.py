"""Help ▸ User Guide: the short guide shipped in ``resources/guide.md``, shown offline.

In Chinese the guide is ``resources/guide.<language>.md`` (``guide.zh_CN.md``,
``guide.zh_TW.md``), chosen by the interface language; the English guide is shown when
there is no guide in that language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader.paths import resources_dir
from reader.ui.i18n import ENGLISH, current_language, translate

GUIDE = "guide.md"


def guide_path(language: str | None = None, folder: Path | None = None) -> Path:
    """The guide for ``language`` (default: the interface's) in ``folder`` (default: the
    resources): ``guide.<language>.md`` when it exists, else the English ``guide.md``."""
    folder = resources_dir() if folder is None else folder
    language = current_language() if language is None else language
    if language != ENGLISH:
        translated = folder / f"guide.{language}.md"
        if translated.is_file():
            return translated
    return folder / GUIDE


class GuideDialog(QDialog):
    """The guide in a read-only browser; links to the web open in the system browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GuideDialog", "Duidu User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(translate("GuideDialog", "User guide"))
        self.browser.setOpenExternalLinks(True)
        path = guide_path()
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError as error:
            self.browser.setPlainText(
                translate(
                    "GuideDialog",
                    "The user guide could not be read ({error}). Reinstall Duidu to restore it.",
                ).format(error=error.strerror or error)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 640)
