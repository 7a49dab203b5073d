"""Sync cases (issue 4), over demo data of about 100k records on one laptop (team North).

- full export: ``export_bundle(full=True)`` for team South (read the change log, build and sign the feeds,
  write and hash the ZIP) — target <= 5 s and <= 4x a raw baseline that reads the same change rows with plain
  ``sqlite3`` and writes their bodies into a ZIP with ``zipfile``, hashing them with SHA-256;
- import into a fresh laptop of team South: ``import_bundle`` (check the whole file, back up, apply in one
  transaction, materialize rows, heads and the search index) — target <= 10 s and <= 4x a raw baseline that
  reads the same ZIP, parses each change and inserts the change rows and the records' rows with plain
  ``executemany`` into the same schema in one transaction;
- delta after 10 edits: both laptops in step, 10 records edited on North, a bundle for South — < 20 KB, and
  export plus import < 1 s.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.services import Services, Store, demo
from cmcc_desktop.sync.exchange import export_bundle, import_bundle

from .harness import Result, timed

SIZES = demo.DemoSizes(organisations=400, contacts=60_000, sites=10_000, tasks=20_000, visits=10_000)
RECORD_TABLES = ("organisation", "contact", "site", "task", "visit")


def run(folder: Path) -> list[Result]:
    north_paths, south_paths = resolve_paths(folder / "north"), resolve_paths(folder / "south")
    north = Store.open(north_paths, officer="Lina Haddad", team="North")
    print(f"sync: generating {SIZES.total():,} records …", flush=True)
    demo.generate(north, sizes=SIZES)
    bundle = folder / "full.cmccsync"
    print("sync: full export and import …", flush=True)
    ours_export = timed(lambda: export_bundle(north, bundle, peer_team="South", full=True))
    south = Store.open(south_paths, officer="Erik Solberg", team="South")
    ours_import = timed(lambda: import_bundle(south, bundle, trust_signer=True))

    raw_zip = folder / "raw.zip"
    base_export = timed(lambda: _raw_export(north_paths.database, raw_zip))
    raw_db = folder / "raw-import"
    Store.open(resolve_paths(raw_db)).close()  # the same schema, made by the migrations
    base_import = timed(lambda: _raw_import(raw_zip, north_paths.database, raw_db / "cmcc.sqlite3"))

    print("sync: delta after 10 edits …", flush=True)
    export_bundle(south, folder / "back.cmccsync", peer_team="North")
    import_bundle(north, folder / "back.cmccsync", trust_signer=True)
    services = Services(north)
    for contact in services.contacts.list(limit=10):
        services.contacts.update(contact.id, title=f"{contact.title} (acting)")
    delta = folder / "delta.cmccsync"
    ours_delta = timed(lambda: export_bundle(north, delta, peer_team="South"))
    ours_delta += timed(lambda: import_bundle(south, delta))
    size = delta.stat().st_size
    print(
        f"sync: full bundle {bundle.stat().st_size / 1_048_576:.1f} MB; delta bundle {size:,} bytes",
        flush=True,
    )
    north.close()
    south.close()
    return [
        Result(
            f"sync: full export of {SIZES.total():,} records", ours_export, base_export, 4.0, max_ours_s=5.0
        ),
        Result(f"sync: import of {SIZES.total():,} records", ours_import, base_import, 4.0, max_ours_s=10.0),
        Result("sync: delta after 10 edits, export + import", ours_delta, 0.0, float("inf"), max_ours_s=1.0),
        Result("sync: delta bundle after 10 edits", size / 1024, 0.0, float("inf"), max_ours_s=20, unit="KB"),
    ]


def _raw_export(database: Path, target: Path) -> None:
    connection = sqlite3.connect(database)
    digest = hashlib.sha256()
    lines = []
    for (body,) in connection.execute("SELECT body FROM change ORDER BY feed, seq"):
        encoded = body.encode()
        digest.update(encoded)
        lines.append(encoded)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("changes.jsonl", b"\n".join(lines))
        archive.writestr("sha256", digest.hexdigest())
    connection.close()


def _raw_import(source: Path, origin: Path, database: Path) -> None:
    with zipfile.ZipFile(source) as archive:
        bodies = archive.read("changes.jsonl").split(b"\n")
    parsed = [json.loads(body) for body in bodies]
    assert parsed
    origin_db = sqlite3.connect(origin)
    connection = sqlite3.connect(database)
    connection.execute("BEGIN")
    changes = origin_db.execute(
        "SELECT feed, seq, hlc, entity, record_id, body, chain FROM change"
    ).fetchall()
    connection.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?)", changes)
    for table in RECORD_TABLES:
        rows = origin_db.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    connection.commit()
    connection.close()
    origin_db.close()
