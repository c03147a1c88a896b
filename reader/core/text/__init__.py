"""Text and scripts: documents as decoded, their conversion for display, and Find.

Everything here works on one document at a time; :mod:`reader.core.comparison` works on pairs.
"""
