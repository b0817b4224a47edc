"""Bounded per-process memos: results about recent texts, and per-token tables."""

from __future__ import annotations

from typing import Any, Callable, Mapping


class Recent(dict):
    """A memo that never holds more than ``limit`` entries: when full it starts again.

    It starts from ``base`` (a fixed table, say) and goes back to it when full. The
    stages read the same article one after another (the taggers, the reader, the
    summariser), so a small memo of recent texts saves repeated work; a batch run
    meets new tokens (numbers, names, typos) for as long as it runs, so the token
    tables need a bound too, or a long run's memory would grow without end.
    """

    def __init__(self, limit: int, base: Mapping | None = None):
        super().__init__(base or ())
        self.limit = limit
        self._base = base

    def put(self, key: Any, value: Any) -> Any:
        """Store ``value`` under ``key`` (making room first if full) and return it."""
        if len(self) >= self.limit:
            self.clear()
            if self._base:
                self.update(self._base)
        self[key] = value
        return value

    def fetch(self, key: Any, compute: Callable, *args: Any) -> Any:
        """``self[key]``, computing ``compute(*args)`` and storing it on a miss."""
        hit = self.get(key)
        if hit is None:
            hit = self.put(key, compute(*args))
        return hit
