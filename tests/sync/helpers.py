"""Laptops of different teams in one test, exchanging bundles as officers do."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from itertools import count
from pathlib import Path
from typing import Self

from hypothesis import settings

from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.services.export import dump_records
from cmcc_desktop.store.device import ensure_own_team
from cmcc_desktop.sync import exchange

_bundle_numbers = count(1)
_first_of_team: dict[tuple[Path, str], Path] = {}


def examples(times: float) -> int:
    """``times`` the number of cases of the Hypothesis profile loaded in tests/conftest.py, for a property test
    whose cases cost much less (or more) than most: the profile still decides how thorough a run is."""
    return max(1, round(settings().max_examples * times))


class Laptop:
    """A laptop of a team. Laptops of one team in a test share the team's key, as a team's laptops do once
    they have joined it: the first of a team in a folder makes the key, the others take it. (They take it
    straight from its database: the key file's passphrase costs a key derivation each; ``sync team-key`` is
    tested on its own.)"""

    def __init__(self, root: Path, name: str, team: str) -> None:
        self.root = root
        self.name = name
        self.team = team
        self.paths = resolve_paths(root / name)
        self.store = Store.open(self.paths, officer=name, team=team)
        self.services = Services(self.store)
        first = _first_of_team.setdefault((root, team), self.paths.database)
        if first != self.paths.database:
            with sqlite3.connect(first) as source:
                (team_key,) = source.execute("SELECT team_private_key FROM local_identity").fetchone()
            source.close()
            with self.store.write() as unit:
                unit.raw.execute("UPDATE local_identity SET team_private_key = ?", (team_key,))
                ensure_own_team(unit.raw, self.store.identity.device_id, team, unit.now)

    def bundle_for(self, other: Laptop, full: bool = False, passphrase: str | None = None) -> Path:
        target = self.paths.data_dir.parent / f"{self.name}-to-{other.name}-{next(_bundle_numbers)}.cmccsync"
        exchange.export_bundle(self.store, target, peer_team=other.team, full=full, passphrase=passphrase)
        return target

    def receive(self, bundle: Path, passphrase: str | None = None) -> exchange.ImportResult:
        return exchange.import_bundle(self.store, bundle, passphrase=passphrase, trust_signer=True)

    def send_to(self, other: Laptop) -> exchange.ImportResult:
        return other.receive(self.bundle_for(other))

    def dump(self) -> str:
        out = io.StringIO()
        dump_records(self.store, out)
        return out.getvalue()

    def close(self) -> None:
        self.store.close()

    def reopened(self) -> Laptop:
        """The same laptop started again on its data folder, as a new ``Laptop`` (close this one first)."""
        return Laptop(self.root, self.name, self.team)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def database_digest(self) -> dict[str, str]:
        """The database files' bytes (the store must be closed, so everything is in the main file)."""
        return {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(self.paths.data_dir.glob("cmcc.sqlite3*"))
        }
