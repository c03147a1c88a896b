"""The first-run welcome: a bar over the bundled pair with the three things to try.

It shows once the reader has never dismissed it and the two bundled articles are open (the
first start), says how to switch a script, use the topics and annotate, with a button for
the first two, and goes for good with *Got it* (remembered in the settings). It sits in the
window's layout above the panes, word-wrapped, so it never widens the window and never
covers the text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

SETTING = "help/welcome_done"
TEXT = QT_TRANSLATE_NOOP(
    "WelcomeBar",
    "<b>Welcome to Duidu 对读.</b> Two articles on one story are open, one in Traditional "
    "and one in Simplified script. Three things to try:"
    "<ol style='margin-top:2px; margin-bottom:0'>"
    "<li><b>Switch script</b>: each pane's menu above its text converts it (简体, 繁體, "
    "臺灣, 香港); Ctrl+Alt+1 shows both in 简体.</li>"
    "<li><b>Topics</b>: the Topics panel lists what both articles discuss; click one to "
    "step through it in both texts.</li>"
    "<li><b>Annotate</b>: select words and press Ctrl+M to add a note and tags.</li>"
    "</ol>",
)


class WelcomeBar(QFrame):
    """The welcome; ``dismissed`` is emitted when the reader closes it for good."""

    dismissed = Signal()

    def __init__(
        self,
        show_simplified: Callable[[], None],
        show_topics: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("WelcomeBar", "Welcome"))
        self.setAccessibleDescription(
            translate("WelcomeBar", "Three things to try in Duidu; Got it hides it for good")
        )
        self.label = QLabel(translate("WelcomeBar", TEXT), self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        # Ignored width: the words wrap to the room the window has; they never make room.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.simplified_button = QPushButton(translate("WelcomeBar", "Show Both in 简体"), self)
        self.simplified_button.setToolTip(
            translate("WelcomeBar", "Convert both panes to Simplified (Ctrl+Alt+1)")
        )
        self.topics_button = QPushButton(translate("WelcomeBar", "Show Topics"), self)
        self.topics_button.setToolTip(
            translate("WelcomeBar", "Bring the Topics panel to the front (Ctrl+T)")
        )
        self.done_button = QPushButton(translate("WelcomeBar", "Got It"), self)
        self.done_button.setToolTip(translate("WelcomeBar", "Hide this welcome for good"))
        self.simplified_button.clicked.connect(show_simplified)
        self.topics_button.clicked.connect(show_topics)
        self.done_button.clicked.connect(self._dismiss)
        buttons = QVBoxLayout()
        for button in (self.simplified_button, self.topics_button, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addLayout(buttons)

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
