"""Hybrid logical clocks: wall time in milliseconds with a counter, packed in one integer (ms << 16 | n).

They order concurrent changes for the provisional winner of a conflict. Causality (what a change saw) decides
what supersedes what, so a laptop with a wrong date cannot override edits made after its own were seen. A
received clock is accepted into the local clock only up to a day ahead of the local wall time, so one bad
laptop date does not drag every clock it meets into the future.
"""

from __future__ import annotations

MAX_AHEAD_MS = 24 * 3600 * 1000


def pack(wall_ms: int, counter: int = 0) -> int:
    return wall_ms << 16 | counter


def wall_ms(hlc: int) -> int:
    return hlc >> 16


def tick(last: int, now_ms: int) -> int:
    """The clock of a new local change: later than anything issued or accepted before."""
    return pack(now_ms) if now_ms > wall_ms(last) else last + 1


def accept(last: int, received: int, now_ms: int) -> int:
    """The local clock after seeing a received change's clock, capped at a day ahead of local time."""
    return max(last, min(received, pack(now_ms + MAX_AHEAD_MS)))


def is_far_ahead(received: int, now_ms: int) -> bool:
    return wall_ms(received) > now_ms + MAX_AHEAD_MS
