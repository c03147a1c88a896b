"""Comparison of a pair: shared topics, aligned passages, shared wording, names and sync points."""
