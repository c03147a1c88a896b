"""Errors the core raises: each carries one sentence a person can act on."""


class DuiduError(Exception):
    """Base class; ``str(error)`` is a complete sentence meant for the user."""


class DocumentError(DuiduError):
    """A file could not be opened as a document (missing, empty, binary, undecodable...)."""


class EngineError(DuiduError):
    """The OpenCC engine is missing, unknown, or lacks a configuration."""


class StorageError(DuiduError):
    """User data could not be read or written."""


class AnalysisError(DuiduError):
    """Two documents cannot be compared (one is longer than the analysis is bounded for)."""
