"""Qt-free core: documents, scripts, conversion, storage.

Nothing in this package imports Qt, so the CLI and the tests use it without a display
(ruff's banned-api rule enforces that).
"""
