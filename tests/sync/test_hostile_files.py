"""Hostile and damaged files: each is refused with a clear message, changes nothing, and is quarantined."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cmcc_desktop.errors import CmccError
from cmcc_desktop.store import keys
from cmcc_desktop.sync import bundle, exchange

from .helpers import Laptop


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Path]]:
    north, south = Laptop(tmp_path, "lina", "North"), Laptop(tmp_path, "erik", "South")
    north.services.contacts.create(full_name="Ahmad Abu Shaban", phones=[{"number": "+970599123456"}])
    north.services.sites.create(name="Beit Lahia Desalination Plant", site_type="water_sanitation")
    north.send_to(south)  # south knows and trusts north
    north.services.contacts.create(full_name="Only in the new bundle")
    good = north.bundle_for(south)
    yield north, south, good
    north.close()
    south.close()


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(path: Path, contents: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data, compress)
    path.write_bytes(buffer.getvalue())


def flip_bit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-100])


def append_bytes(path: Path) -> None:
    path.write_bytes(path.read_bytes() + b"extra bytes after the end")


def swap_member(path: Path) -> None:
    contents = members(path)
    contents["feeds.jsonl"] = contents["feeds.jsonl"].replace(b"Only in the new bundle", b"Forged name")
    rezip(path, contents)


def path_traversal(path: Path) -> None:
    contents = members(path)
    contents["../../.bashrc"] = b"echo owned"
    rezip(path, contents)


def zip_bomb(path: Path) -> None:
    contents = members(path)
    contents["feeds.jsonl"] = b"\n" * (50 * 1024 * 1024)
    rezip(path, contents)


def newer_format(path: Path) -> None:
    contents = members(path)
    manifest = json.loads(contents["manifest.json"])
    manifest["format_version"] = 99
    contents["manifest.json"] = json.dumps(manifest).encode()
    rezip(path, contents)


def resigned_by_a_stranger(path: Path) -> None:
    """Altered, then signed by another key claiming to be the same laptop."""
    contents = members(path)
    stranger = keys.new_private_key()
    manifest = json.loads(contents["manifest.json"])
    for device in manifest["devices"]:
        if device["device_id"] == manifest["sender"]:
            device["public_key"] = keys.public_key_of(stranger)
    manifest_bytes = json.dumps(manifest).encode()
    contents["manifest.json"] = manifest_bytes
    contents["signature.json"] = json.dumps(
        {"public_key": keys.public_key_of(stranger), "signature": keys.sign(stranger, manifest_bytes)}
    ).encode()
    rezip(path, contents)


def manifest_a_list(path: Path) -> None:
    contents = members(path)
    contents["manifest.json"] = b"[]"
    rezip(path, contents)


def signature_a_list(path: Path) -> None:
    contents = members(path)
    contents["signature.json"] = b"[]"
    rezip(path, contents)


def not_a_bundle(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7 a visit report, not a bundle\n" * 50)


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "flipped bit": (flip_bit, "damaged|altered|not a sync bundle"),
    "truncated": (truncate, "damaged|cut short"),
    "appended bytes": (append_bytes, "damaged|extended"),
    "swapped member": (swap_member, "not match its manifest"),
    "path traversal": (path_traversal, "unexpected file"),
    "zip bomb": (zip_bomb, "unsafe size"),
    "newer format": (newer_format, "newer version of CMCC Desktop"),
    "re-signed by a stranger": (resigned_by_a_stranger, "not endorsed by the team key"),
    "not a bundle": (not_a_bundle, "not a sync bundle"),
    "manifest is a list": (manifest_a_list, "not a CMCC Desktop sync bundle"),
    "signature is a list": (signature_a_list, "signature is not in the form"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_hostile_file_is_refused_and_changes_nothing(pair, case: str) -> None:  # type: ignore[no-untyped-def]
    _north, south, good = pair
    damage, message = CASES[case]
    damage(good)
    south.close()
    before = south.database_digest()
    with south.reopened() as again, pytest.raises(CmccError, match=message):
        exchange.import_bundle(again.store, good, trust_signer=case == "re-signed by a stranger")
    assert south.database_digest() == before
    assert [p.name.split("-", 1)[1] for p in (south.paths.data_dir / "quarantine").iterdir()] == [good.name]
    with south.reopened() as again:
        assert again.services.contacts.search("new bundle") == []


def test_an_unknown_signer_is_refused_unless_accepted(tmp_path: Path) -> None:
    north, west = Laptop(tmp_path, "lina", "North"), Laptop(tmp_path, "kenji", "West")
    north.services.contacts.create(full_name="Marc Dubois")
    bundle_path = north.bundle_for(west)
    west.close()
    before = west.database_digest()
    with (
        west.reopened() as again,
        pytest.raises(exchange.UntrustedSignerError, match="does not trust yet") as refused,
    ):
        exchange.import_bundle(again.store, bundle_path)
    manifest = json.loads(members(bundle_path)["manifest.json"])
    sender = next(d for d in manifest["devices"] if d["device_id"] == manifest["sender"])
    assert refused.value.preview.fingerprint == keys.fingerprint(sender["team_key"])
    assert west.database_digest() == before
    with west.reopened() as again:
        assert exchange.import_bundle(again.store, bundle_path, trust_signer=True).new == 1
    north.close()


def test_a_wrong_passphrase_is_refused_and_changes_nothing(pair) -> None:  # type: ignore[no-untyped-def]
    north, south, _ = pair
    encrypted = north.bundle_for(south, passphrase="right horse battery")
    with pytest.raises(bundle.BundleError, match="This bundle is encrypted"):
        exchange.import_bundle(south.store, encrypted)
    with pytest.raises(bundle.BundleError, match="passphrase is wrong"):
        exchange.import_bundle(south.store, encrypted, passphrase="wrong horse")
    data = encrypted.read_bytes()
    encrypted.write_bytes(data[: len(bundle.ENCRYPTED_MAGIC) + 400])  # cut short inside the ciphertext
    with pytest.raises(
        bundle.BundleError, match="passphrase is wrong, or the encrypted file was changed or cut short"
    ):
        exchange.import_bundle(south.store, encrypted, passphrase="right horse battery")
    assert south.services.contacts.search("new bundle") == []


def test_languages_typed_before_the_list_are_received_as_they_are() -> None:
    """A bundle from a version before languages were chosen from a list is not refused for them."""
    from cmcc_desktop.sync.received import check_values

    check_values("contact", {"languages": ["Arabic", "Kurdish (Sorani)", "en"]}, whole=False)
