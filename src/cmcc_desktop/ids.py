"""UUIDv7 record ids (RFC 9562): time-ordered, so new records sort last and indexes stay compact."""

from __future__ import annotations

import os
import time
from collections.abc import Callable


def uuid7(unix_ms: int | None = None, random_bits: Callable[[int], int] | None = None) -> str:
    """Return a UUIDv7 as text.

    ``unix_ms`` and ``random_bits`` let the demo-data generator make the same ids from the same seed;
    everyday callers pass neither and get the clock and the OS random source.
    """
    ms = int(time.time() * 1000) if unix_ms is None else unix_ms
    rand = int.from_bytes(os.urandom(10), "big") if random_bits is None else random_bits(80)
    rand_a = (rand >> 62) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    text = value.to_bytes(16, "big").hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
