"""A bounded per-process memo for results about recently seen texts."""

from __future__ import annotations

from typing import Any, Callable


class Recent(dict):
    """Results of the last few calls, keyed by their input; emptied when full.

    The stages read the same article one after another (the taggers, the reader, the
    summariser), so a small memo of recent texts saves repeated work without growing.
    """

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def fetch(self, key: Any, compute: Callable, *args: Any) -> Any:
        """``self[key]``, computing ``compute(*args)`` and storing it on a miss."""
        hit = self.get(key)
        if hit is None:
            hit = compute(*args)
            if len(self) >= self.limit:
                self.clear()
            self[key] = hit
        return hit
