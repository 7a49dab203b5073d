"""Hostile files cost little to refuse: no more than 256 MB of memory, whoever signed them.

Each file here is signed by a laptop the receiver trusts, so the refusal comes from the checks of what is
inside, not from the signature. Memory is measured with ``tracemalloc`` around the import; the time each takes
is measured by ``make bench`` (timing belongs there, not in tests).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cmcc_desktop.errors import CmccError
from cmcc_desktop.store import keys
from cmcc_desktop.sync import bundle, exchange

from .helpers import Laptop

LIMIT = 256 * 1024**2


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    north, south = Laptop(tmp_path, "lina", "North"), Laptop(tmp_path, "erik", "South")
    north.services.contacts.create(full_name="Marc Dubois")
    north.send_to(south)  # south trusts north
    yield north, south
    north.close()
    south.close()


def signed(
    north: Laptop, template: Path, target: Path, members: Callable[[zipfile.ZipFile], dict[str, int]]
) -> None:
    """A file signed by ``north`` from a real bundle's manifest: ``members`` writes the hostile members into
    the archive and returns their declared sizes (their hashes are listed as the real ones would be)."""
    with sqlite3.connect(north.paths.database) as connection:
        (private_key,) = connection.execute("SELECT private_key FROM local_identity").fetchone()
    connection.close()
    with zipfile.ZipFile(template) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        sizes = members(archive)
        manifest["members"] = {name: {"sha256": "0" * 64, "size": size} for name, size in sizes.items()}
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr(
            "signature.json",
            json.dumps(
                {
                    "public_key": keys.public_key_of(private_key),
                    "signature": keys.sign(private_key, manifest_bytes),
                }
            ).encode(),
        )


def compressible_feeds(archive: zipfile.ZipFile) -> dict[str, int]:
    """268 MB of feeds that compress about 25 times: just under the ratio refused as a bomb."""
    zeros = b"\0" * 984
    size = 0
    with archive.open("feeds.jsonl", "w", force_zip64=True) as member:
        for _ in range(256):
            chunk = b"".join(os.urandom(40) + zeros for _ in range(1024))  # 1 MiB
            member.write(chunk)
            size += len(chunk)
    return {"feeds.jsonl": size}


def many_members(archive: zipfile.ZipFile) -> dict[str, int]:
    names = {f"attachments/{hashlib.sha256(str(i).encode()).hexdigest()}": 0 for i in range(100_001)}
    for name in names:
        archive.writestr(name, b"")
    return names


def huge_declared_count(archive: zipfile.ZipFile) -> dict[str, int]:
    header = {
        "feed": "01a00000-0000-7000-8000-000000000000:s",
        "first_seq": 1,
        "start_chain": "0" * 64,
        "head_signature": "A" * 86 + "==",
        "changes": 10**8,
    }
    data = json.dumps(header).encode() + b"\n" + b'{"at":"' + b"x" * 300 + b'"}\n'
    archive.writestr("feeds.jsonl", data)
    return {"feeds.jsonl": len(data)}


CASES = {
    "a member compressed just under the bomb ratio": (compressible_feeds, "damaged|not match"),
    "more members than any bundle has": (many_members, "too many files"),
    "a feed announcing a hundred million changes": (huge_declared_count, "counts do not match"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_hostile_file_signed_by_a_trusted_laptop_is_refused_in_little_memory(
    pair, case: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    north, south = pair
    north.services.contacts.create(full_name="Only in the template")
    template = north.bundle_for(south)
    hostile = tmp_path / "hostile.cmccsync"
    build, message = CASES[case]
    signed(north, template, hostile, build)
    before = south.dump()
    tracemalloc.start()
    try:
        with pytest.raises(CmccError, match=message):
            exchange.import_bundle(south.store, hostile)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < LIMIT, f"{peak / 2**20:.0f} MB"
    assert south.dump() == before


def test_an_encrypted_file_asking_for_a_costlier_key_derivation_is_refused_before_deriving(
    pair, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    north, south = pair
    encrypted = north.bundle_for(south, passphrase="olive tree 42")
    data = encrypted.read_bytes()
    start = len(bundle.ENCRYPTED_MAGIC)
    header_end = data.index(b"\n", start)
    header = json.loads(data[start:header_end])
    header["n"] = 2**20  # 1 GB of memory and seconds of work, if it were derived
    encrypted.write_bytes(data[:start] + json.dumps(header, sort_keys=True).encode() + data[header_end:])
    tracemalloc.start()
    try:
        with pytest.raises(CmccError, match="settings this version cannot open"):
            exchange.import_bundle(south.store, encrypted, passphrase="olive tree 42")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024**2


def test_quarantine_keeps_the_last_twenty_refused_files(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _north, south = pair
    for number in range(25):
        junk = tmp_path / f"junk-{number:02}.cmccsync"
        junk.write_bytes(b"not a bundle at all " * 10)
        with pytest.raises(CmccError, match="quarantine"):
            exchange.import_bundle(south.store, junk)
    kept = sorted(p.name.split("-", 1)[1] for p in (south.paths.data_dir / "quarantine").iterdir())
    assert kept == [f"junk-{number:02}.cmccsync" for number in range(5, 25)]


def test_a_refused_file_is_kept_as_it_was_read(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What is quarantined is the file that was checked, even if the one on the stick changed meanwhile."""
    _north, south = pair
    junk = tmp_path / "junk.cmccsync"
    junk.write_bytes(b"first version " * 10)
    with pytest.raises(CmccError) as refused:
        exchange.import_bundle(south.store, junk)
    (kept,) = (south.paths.data_dir / "quarantine").iterdir()
    assert kept.read_bytes() == b"first version " * 10
    assert str(kept.parent) in str(refused.value)
