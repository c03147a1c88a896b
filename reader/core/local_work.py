"""How much work stays in the window's own process.

Below :data:`LOCAL_LIMIT` characters of input, a conversion or an analysis runs on the
calling thread (:mod:`reader.core.offload`); above it, in a helper process, where it takes
no GIL from the window. Kept apart from :mod:`reader.core.offload` so the window can ask
which it will be without importing what the helpers need (multiprocessing: 50 ms).
"""

from __future__ import annotations

# A trip to a helper (pickling, and at first its start-up and imports) costs more than the
# GIL it would spare below this.
LOCAL_LIMIT = 200_000


def runs_here(characters: int) -> bool:
    """Whether work on ``characters`` characters of input runs in this process."""
    return characters <= LOCAL_LIMIT
