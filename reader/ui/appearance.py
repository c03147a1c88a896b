"""Fonts, colours and icons: CJK-capable fonts, light/dark palettes following the system."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from reader.paths import resources_dir
from reader.ui.i18n import QT_TRANSLATE_NOOP

# Reading fonts in order of preference: Song/Ming (serif) faces read best at length.
_PREFERRED_FAMILIES = (
    "Noto Serif CJK SC",
    "Noto Serif CJK TC",
    "Source Han Serif SC",
    "Source Han Serif TC",
    "Songti SC",
    "STSong",
    "SimSun",
    "PMingLiU",
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "Microsoft JhengHei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)

NO_CJK_FONT_MESSAGE = QT_TRANSLATE_NOOP(
    "Appearance",
    "No font that can show Chinese is installed, so Chinese text appears as empty boxes. "
    "Install one, for example on Debian or Ubuntu: sudo apt install fonts-noto-cjk; "
    "on Fedora: sudo dnf install google-noto-sans-cjk-fonts. Then restart Duidu.",
)


def cjk_font_families() -> list[str]:
    """Installed families that declare Simplified or Traditional Chinese support."""
    families: list[str] = []
    for system in (
        QFontDatabase.WritingSystem.SimplifiedChinese,
        QFontDatabase.WritingSystem.TraditionalChinese,
    ):
        for family in QFontDatabase.families(system):
            if family not in families:
                families.append(family)
    return families


def default_reading_font(available: list[str]) -> QFont:
    """The best installed reading font for Chinese, at a comfortable size."""
    for family in _PREFERRED_FAMILIES:
        if family in available:
            return QFont(family, 14)
    if available:
        return QFont(available[0], 14)
    font = QApplication.font()
    font.setPointSize(14)
    return font


def side_panel_width(font_height: int) -> int:
    """Starting width of the topics dock, in lines of the UI font.

    The dock's contents are built after the first paint; the empty dock and the built panel
    ask for this same width, so the panes do not jump sideways when the panel arrives.
    """
    return 22 * font_height


# Preferences ▸ Theme; "system" follows the desktop's light or dark setting.
THEMES = ("system", "light", "dark", "high-contrast")
_theme = "system"
# Text on a highlight (a note's or a topic's tint): dark on every tint, in both themes, so
# pastel tints under a dark theme's light text no longer fade into it (see
# tests/ui/test_preferences.py for the contrast check).
HIGHLIGHT_TEXT = QColor("#111111")


def is_dark() -> bool:
    """Whether the window is dark: as chosen in Preferences, else as the system is."""
    if _theme != "system":
        return _theme in ("dark", "high-contrast")
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1–21; 4.5 is enough for body text)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(tint: QColor, base: QColor) -> QColor:
    """``tint`` (with its alpha) painted over the opaque ``base``: what the eye sees."""
    alpha = tint.alphaF()
    return QColor.fromRgbF(
        tint.redF() * alpha + base.redF() * (1 - alpha),
        tint.greenF() * alpha + base.greenF() * (1 - alpha),
        tint.blueF() * alpha + base.blueF() * (1 - alpha),
    )


def ink(colour: QColor, base: QColor, ratio: float = 4.5) -> QColor:
    """``colour`` darkened (on a light ``base``) or lightened (on a dark one) until text in
    it reads on ``base`` (WCAG ``ratio``): a topic's words are written in its colour."""
    shade = QColor(colour)
    dark_base = base.lightness() < 128
    for _step in range(40):
        if contrast(shade, base) >= ratio:
            break
        shade = shade.lighter(112) if dark_base else shade.darker(112)
    return shade


def apply_theme(app: QApplication, theme: str | None = None) -> None:
    """Fusion style with a light or dark palette: the one chosen in Preferences
    (``theme``, kept for the next calls), else the system's."""
    global _theme
    if theme in THEMES:
        _theme = theme
    app.setStyle("Fusion")
    if _theme == "high-contrast":
        palette = _high_contrast()
    elif is_dark():
        palette = QPalette()
        window, base, text = QColor(37, 37, 38), QColor(30, 30, 30), QColor(224, 224, 224)
        palette.setColor(QPalette.ColorRole.Window, window)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        palette.setColor(QPalette.ColorRole.Base, base)
        palette.setColor(QPalette.ColorRole.AlternateBase, window)
        palette.setColor(QPalette.ColorRole.Text, text)
        palette.setColor(QPalette.ColorRole.Button, window)
        palette.setColor(QPalette.ColorRole.ButtonText, text)
        palette.setColor(QPalette.ColorRole.ToolTipBase, window)
        palette.setColor(QPalette.ColorRole.ToolTipText, text)
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(140, 140, 140))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(38, 79, 120))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        palette.setColor(QPalette.ColorRole.Link, QColor(110, 170, 255))
    else:
        palette = app.style().standardPalette()
        # Fusion's selection blue under white text is 3.7:1; this one is 5.6:1 (WCAG AA).
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#2b6cb0"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    stylesheet = resources_dir() / "style.qss"
    if stylesheet.is_file():
        app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))


def _high_contrast() -> QPalette:
    """White on black, a yellow selection under black text, and nothing in between (every
    pair of text and background at least 7:1, WCAG AAA)."""
    palette = QPalette()
    black, white, grey = QColor(0, 0, 0), QColor(255, 255, 255), QColor(200, 200, 200)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, black)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(28, 28, 28))
    palette.setColor(QPalette.ColorRole.ToolTipBase, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.BrightText,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.PlaceholderText, grey)
    palette.setColor(QPalette.ColorRole.Mid, grey)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffd700"))
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, QColor("#9ecbff"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor(150, 150, 150))
    return palette


# Latin sans families to put before a CJK interface font, most common first.
LATIN_UI_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Cantarell", "Arial")


def latin_first(font: QFont) -> QFont | None:
    """``font`` with a Latin family in front of it, when the system resolved the interface
    font to a CJK one (fontconfig does under zh_CN and zh_TW): a CJK font draws Latin
    punctuation its own way, so the interface's "…" showed as a centred "⋯". Han characters
    still come from the CJK font, now the second family. None when nothing needs changing."""
    resolved = QFontInfo(font).family()
    if "CJK" not in resolved:
        return None
    available = set(QFontDatabase.families(QFontDatabase.WritingSystem.Latin))
    latin = next((family for family in LATIN_UI_FAMILIES if family in available), None)
    if latin is None:
        return None
    changed = QFont(font)
    changed.setFamilies([latin, resolved])
    return changed


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "duidu.svg"))


ICON_FONT = "mdi6"  # qtawesome's Material Design Icons 6: every icon Duidu shows is one
QTPY_MODULES = ("QtCore", "QtGui", "QtWidgets")  # the Qt modules qtawesome imports from qtpy


def import_qtawesome() -> ModuleType:
    """qtawesome, with PySide6's own modules as its Qt layer.

    qtawesome draws through qtpy, which serves four Qt bindings by star-importing the
    one it finds (``from PySide6.QtGui import *``, and QtOpenGL's names with it): PySide
    then makes every class and enum of four modules, about 19 MB for the thirty names
    qtawesome uses (the window's peak was 3.4x a bare window's against a goal of 2.5x),
    and qtpy patches PySide's classes for the whole process (``QTextCursor.movePosition``,
    ``QFileDialog``'s static methods). Duidu runs on PySide6 alone, whose modules hold
    every name qtawesome imports, so ``qtpy.QtCore``, ``qtpy.QtGui`` and ``qtpy.QtWidgets``
    are those modules themselves; their classes are made as they are first used. Under
    another binding (never Duidu's) qtpy is left as it is.
    tests/ui/test_start_up_work.py checks that the icons are drawn and that qtpy's own
    modules were never run."""
    if "qtawesome" not in sys.modules:
        import qtpy  # tells the binding: PySide6, already imported

        if qtpy.API_NAME == "PySide6":
            for name in QTPY_MODULES:
                module = sys.modules.setdefault(
                    f"qtpy.{name}", importlib.import_module(f"PySide6.{name}")
                )
                setattr(qtpy, name, module)
    import qtawesome

    return qtawesome


_icon_font: tuple[QApplication, Any] | None = None  # (the application, its IconicFont)


def icon_font() -> Any:
    """qtawesome's icon font for :data:`ICON_FONT`, loaded once per application.

    Not qtawesome's own singleton: that loads and checks all nine of its fonts (35-50 ms
    on the UI thread); this loads the one Duidu draws with (10-15 ms)."""
    global _icon_font
    app = QApplication.instance()
    if _icon_font is None or _icon_font[0] is not app:
        qtawesome = import_qtawesome()
        from qtawesome.iconic_font import IconicFont

        [files] = [font for font in qtawesome._BUNDLED_FONTS if font[0] == ICON_FONT]
        _icon_font = (app, IconicFont(files))
    return _icon_font[1]


def icon(name: str) -> QIcon:
    """A qtawesome icon (``mdi6.*``) tinted with the palette's text colour (so it works in
    dark mode)."""
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    result: QIcon = icon_font().icon(name, color=colour, color_disabled=QColor(150, 150, 150))
    return result
