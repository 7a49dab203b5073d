"""Helpers for work over many records at once: demo data, sync imports, rebuilds."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while 100k records are built, parsed or written.

    Each new container object counts towards the next collection, so building 100k nested rows or changes
    makes the collector rescan every live one again and again: a third of the work in demo generation and
    sync import. These objects hold no reference cycles, so nothing is left uncollected: reference counting
    frees them, and the collector resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
