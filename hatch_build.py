"""Hatch build hook: compile the interface translations (``.ts`` → ``.qm``) into
``resources/translations/`` before the wheel (or an editable install) is made, with the
``lrelease`` of the PySide6 wheel the hook depends on (see ``packaging/translations.py``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        script = Path(self.root) / "packaging" / "translations.py"
        spec = importlib.util.spec_from_file_location("duidu_translations", script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.compile_translations()
