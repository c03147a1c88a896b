"""File formats and untrusted input: reading and decoding files, strict JSON, Markdown in and out.

Every byte Duidu did not write itself enters through this package, which bounds and checks it.
"""
