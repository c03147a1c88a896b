"""User settings and window state in one INI file inside the data directory.

Keeping it in the data directory (not the platform registry) is what lets ``--data-dir``
move *all* user data for a run. Defaults live in one table; values are read through typed
accessors so a hand-edited or old file can never crash the window.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

DEFAULTS: dict[str, Any] = {
    "reader/font": "",
    "reader/point_size": 0,  # 0: the font's own size
    "reader/line_spacing": 160,  # percent of the font's line height
    "reader/sync_scroll": True,
    "view/toolbar_labels": False,
    "view/theme": "system",  # or "light", "dark" (Preferences)
    "view/language": "system",  # or "en", "zh_CN", "zh_TW" (Preferences, at the next start)
    "compare/highlight_topics": False,
    "compare/shared_wording": False,
    "compare/follow_alignment": True,
    "compare/aligned_sync": False,
    "panes/left_mode": "original",
    "panes/right_mode": "original",
    "files/last_left": "",
    "files/last_right": "",
    "files/recent": "[]",
    "annotations/recent_tags": "[]",
    "annotations/last_colour": "yellow",
    "export/scope": "both",
    "export/tag": "",
    "export/colour": "",
    "export/script": "original",
    "export/group": "document",
    "export/folder": "",
    "help/welcome_done": False,
}
MAX_RECENT = 10


class Settings:
    """Typed access to ``settings.ini`` in the data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "settings.ini"
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._qsettings.value(key, default)
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() == "true"
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return str(value) if value is not None else default

    def set(self, key: str, value: Any) -> None:
        self._qsettings.setValue(key, value)

    def get_bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._qsettings.setValue(key, value)

    def set_path(self, key: str, path: str) -> None:
        """Keep a file path exactly: as a JSON string (ASCII), since Qt drops the lone
        surrogates that stand for a name's undecodable bytes."""
        self.set(key, json.dumps(path))

    def get_path(self, key: str) -> str:
        value = self.get(key)
        if isinstance(value, str) and value.startswith('"'):
            try:
                decoded = json.loads(value)
            except ValueError:
                return ""
            return decoded if isinstance(decoded, str) else ""
        return value if isinstance(value, str) else ""  # written before paths were JSON

    def recent_files(self) -> list[str]:
        try:
            items = json.loads(self.get("files/recent"))
        except ValueError:
            return []
        return [item for item in items if isinstance(item, str)][:MAX_RECENT]

    def add_recent_file(self, path: str) -> None:
        items = [path] + [item for item in self.recent_files() if item != path]
        self.set("files/recent", json.dumps(items[:MAX_RECENT]))  # ASCII: keeps every name

    def clear_recent_files(self) -> None:
        self.set("files/recent", "[]")

    def sync(self) -> None:
        self._qsettings.sync()
