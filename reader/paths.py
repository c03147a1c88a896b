"""Where user data lives: ``--data-dir``, else ``DUIDU_DATA_DIR``, else the platform's place.

Resolved once at start-up and passed down; the core never guesses a path of its own.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "DUIDU_DATA_DIR"


def resolve_data_dir(option: str | None = None) -> Path:
    """The data directory for this run (created if missing); a :class:`StorageError` with
    a sentence when it cannot be made or used (a file is in the way, no permission)."""
    from reader.core.errors import StorageError
    from reader.core.formats.files import display_text

    chosen = option or os.environ.get(ENV_DATA_DIR)
    if chosen:
        path = Path(chosen).expanduser()
    else:
        from PySide6.QtCore import QStandardPaths  # QtCore only: no display needed

        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.GenericDataLocation
        )
        path = Path(location or Path.home() / ".local" / "share") / "duidu"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise StorageError(
            f"The data folder {display_text(str(path))} cannot be used: a file is in its place."
        ) from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise StorageError(
            f"The data folder {display_text(str(path))} cannot be used: {reason}."
        ) from None
    return path


def resources_dir() -> Path:
    """Bundled resources: inside the installed package, or ``resources/`` of a source tree."""
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    if installed.is_dir():
        return installed
    return here.parent / "resources"


def default_pair() -> tuple[Path, Path]:
    """The two articles Duidu was made for, opened on first start."""
    articles = resources_dir() / "articles"
    return (articles / "nvidia-days-are-hard.trad.txt", articles / "nvidia-china-market.simp.txt")
