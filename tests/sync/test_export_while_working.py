"""Writing a bundle (compression, key derivation, encryption, fsync) never makes an officer's save wait."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from cmcc_desktop.sync import exchange

from .helpers import Laptop


def test_saves_go_on_while_a_bundle_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    north, south = Laptop(tmp_path, "north", "CMCC North"), Laptop(tmp_path, "south", "CMCC South")
    north.services.contacts.create(full_name="Ahmad Abu Shaban")
    saved_meanwhile: list[str] = []
    real_write = exchange.write_bundle

    def write_while_an_officer_saves(*args: Any, **kwargs: Any) -> int:
        # Another process may take the database's write lock at once (nothing holds it) ...
        other = sqlite3.connect(north.paths.database, timeout=0)
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
        other.close()
        # ... and a save in this window, on another thread, is not kept waiting.
        saving = threading.Thread(
            target=lambda: saved_meanwhile.append(north.services.contacts.create(full_name="Rania Saleh").id)
        )
        saving.start()
        saving.join(10)
        assert saved_meanwhile, "a save waited for the bundle to be written"
        return real_write(*args, **kwargs)

    monkeypatch.setattr(exchange, "write_bundle", write_while_an_officer_saves)
    try:
        first = north.bundle_for(south, passphrase="olive tree 42")
        assert south.receive(first, passphrase="olive tree 42").new == 1  # the snapshot before the save
        monkeypatch.setattr(exchange, "write_bundle", real_write)
        assert north.send_to(south).new == 1  # the contact saved meanwhile comes with the next bundle
        assert {c.full_name for c in south.services.contacts.find()} == {"Ahmad Abu Shaban", "Rania Saleh"}
    finally:
        north.close()
        south.close()
