"""Sync cases (issue 4), over demo data of about 100k records on one laptop (team North).

- full export: ``export_bundle(full=True)`` for team South (read the change log, build and sign the feeds,
  write and hash the ZIP) — target <= 5 s and <= 4x a raw baseline that reads the same change rows with plain
  ``sqlite3`` and writes their bodies into a ZIP with ``zipfile``, hashing them with SHA-256;
- import into a fresh laptop of team South: ``import_bundle`` (check the whole file, back up, apply in one
  transaction, materialize rows, heads and the search index) — target <= 10 s and <= 4x a raw baseline that
  reads the same ZIP, parses each change and inserts the change rows and the records' rows with plain
  ``executemany`` into the same schema in one transaction;
- delta after 10 edits: both laptops in step, 10 records edited on North, a bundle for South — < 20 KB, and
  export plus import < 1 s;
- refusing hostile files signed by a laptop the receiver trusts: 268 MB of feeds compressed just under the bomb
  ratio, and an encrypted file whose header asks scrypt for n=2^20 — each at most 2 s and 256 MB (the traced
  peak of the Python heap during the refusal).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tracemalloc
import zipfile
from pathlib import Path

from cmcc_desktop.errors import CmccError
from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.services import Services, Store, demo
from cmcc_desktop.store import keys
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
    for contact in services.contacts.find(limit=10):
        services.contacts.update(contact.id, title=f"{contact.title} (acting)")
    delta = folder / "delta.cmccsync"
    ours_delta = timed(lambda: export_bundle(north, delta, peer_team="South"))
    ours_delta += timed(lambda: import_bundle(south, delta))
    size = delta.stat().st_size
    print(
        f"sync: full bundle {bundle.stat().st_size / 1_048_576:.1f} MB; delta bundle {size:,} bytes",
        flush=True,
    )
    print("sync: refusing hostile files …", flush=True)
    hostile = folder / "hostile.cmccsync"
    _bomb_signed_by(south_paths.database, folder / "back.cmccsync", hostile)
    refusal_s, refusal_mb = _refusal(north, hostile, None)
    costly = folder / "costly-key.cmccsync"
    _costlier_key_derivation(south, costly)
    key_s, key_mb = _refusal(north, costly, "olive tree 42")
    north.close()
    south.close()
    return [
        Result(
            f"sync: full export of {SIZES.total():,} records", ours_export, base_export, 4.0, max_ours_s=5.0
        ),
        Result(f"sync: import of {SIZES.total():,} records", ours_import, base_import, 4.0, max_ours_s=10.0),
        Result(
            "sync: refusing 268 MB of feeds compressed just under the bomb ratio",
            refusal_s,
            0.0,
            float("inf"),
            max_ours_s=2.0,
        ),
        Result("sync: memory to refuse it", refusal_mb, 0.0, float("inf"), max_ours_s=256, unit="MB"),
        Result("sync: refusing a header asking scrypt for n=2^20", key_s, 0.0, float("inf"), max_ours_s=2.0),
        Result("sync: memory to refuse it", key_mb, 0.0, float("inf"), max_ours_s=256, unit="MB"),
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


def _refusal(store: Store, hostile: Path, passphrase: str | None) -> tuple[float, float]:
    """Seconds and MB (traced peak) to refuse a hostile file."""

    def refuse() -> None:
        try:
            import_bundle(store, hostile, passphrase=passphrase)
        except CmccError:
            return
        raise AssertionError("the hostile file was imported")

    seconds = timed(refuse)
    tracemalloc.start()
    try:
        refuse()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return seconds, peak / 1_048_576


def _bomb_signed_by(database: Path, template: Path, target: Path) -> None:
    """268 MB of feeds compressing about 25 times (just under the ratio refused outright), in a file whose
    manifest the sending laptop signed: the receiver trusts it, so only the checks of what is inside refuse it."""
    connection = sqlite3.connect(database)
    (private_key,) = connection.execute("SELECT private_key FROM local_identity").fetchone()
    connection.close()
    with zipfile.ZipFile(template) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    zeros = b"\0" * 984
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        size = 0
        with archive.open("feeds.jsonl", "w", force_zip64=True) as member:
            for _ in range(256):
                chunk = b"".join(os.urandom(40) + zeros for _ in range(1024))
                member.write(chunk)
                size += len(chunk)
        manifest["members"] = {"feeds.jsonl": {"sha256": "0" * 64, "size": size}}
        manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1).encode()
        archive.writestr("manifest.json", manifest_bytes)
        signature = {
            "public_key": keys.public_key_of(private_key),
            "signature": keys.sign(private_key, manifest_bytes),
        }
        archive.writestr("signature.json", json.dumps(signature).encode())


def _costlier_key_derivation(south: Store, target: Path) -> None:
    export_bundle(south, target, peer_team="North", passphrase="olive tree 42")
    data = target.read_bytes()
    start = data.index(b"\n") + 1
    end = data.index(b"\n", start)
    header = json.loads(data[start:end])
    header["n"] = 2**20
    target.write_bytes(data[:start] + json.dumps(header, sort_keys=True).encode() + data[end:])
