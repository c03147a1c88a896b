"""Rich text that is shown and never fetches anything: where rendered notes are previewed.

Qt's rich text loads what HTML names: ``<img src>``, a ``background-image`` or
``background``, a style sheet. A :class:`QTextBrowser` asks its own ``loadResource`` first,
but when that returns nothing the document reads the file itself, and for an image that
is still missing Qt's image handler loads the path directly. So the resource hook that
holds is the *document's*: :class:`SafeTextDocument` answers every request itself, with a
blank 1×1 image for images (so that no fallback opens the path) and an empty text for
anything else (style sheets, pages), and never touches a file or the network.

Rendered notes carry none of those things (see :mod:`reader.core.formats.note_html`); this is
the second wall, so that a FIFO, ``/dev/zero`` or a network path named in HTML that reaches
a preview cannot hang or crash the app.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

_IMAGE = int(QTextDocument.ResourceType.ImageResource.value)
_blank: QImage | None = None


def blank_resource(resource_type: int) -> QImage | str:
    """What a safe document gives for any resource: a transparent pixel, or no text."""
    global _blank
    if int(resource_type) != _IMAGE:
        return ""
    if _blank is None:
        _blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        _blank.fill(0)
    return _blank


class SafeTextDocument(QTextDocument):
    """A document that loads no resource: every image is blank, every style sheet empty."""

    def loadResource(self, type: int, name: QUrl):
        return blank_resource(type)


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text view that loads nothing and follows no link.

    Its document is a :class:`SafeTextDocument`; links are not opened (a click emits
    ``anchorClicked`` and nothing more), and the browser never navigates to a source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setDocument(SafeTextDocument(self))

    def loadResource(self, type: int, name: QUrl):
        return blank_resource(type)

    def doSetSource(self, name: QUrl, type=None) -> None:
        """Never load a page: the view shows only what is set with ``setHtml``."""
