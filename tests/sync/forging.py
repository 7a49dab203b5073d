"""Hand-made bundles for the tests: a real bundle taken apart, changed, and signed again with whatever keys
the forger holds, so that a test meets the check it is about rather than a broken signature."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cmcc_desktop.store import keys
from cmcc_desktop.store.changes import chain_after, head_message


def laptop_keys(database: Path) -> tuple[str, str]:
    """A laptop's device and team private keys, read from its database."""
    with sqlite3.connect(database) as connection:
        found = connection.execute("SELECT private_key, team_private_key FROM local_identity").fetchone()
    connection.close()
    return found[0], found[1]


def canonical(change: dict[str, Any]) -> str:
    return json.dumps(change, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class TakenApart:
    """A bundle's manifest and feeds as plain JSON values, to change and write again."""

    def __init__(self, bundle: Path) -> None:
        with zipfile.ZipFile(bundle) as archive:
            self.manifest: dict[str, Any] = json.loads(archive.read("manifest.json"))
            lines = archive.read("feeds.jsonl").splitlines()
        self.feeds: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
        position = 0
        while position < len(lines):
            header = json.loads(lines[position])
            changes = [json.loads(line) for line in lines[position + 1 : position + 1 + header["changes"]]]
            self.feeds.append((header, changes))
            position += 1 + header["changes"]

    def copy(self) -> TakenApart:
        return copy.deepcopy(self)

    def sign_feed(self, index: int, device_private_key: str) -> None:
        """Chain a feed's changes again and sign its head with this key."""
        header, changes = self.feeds[index]
        chain = header["start_chain"]
        for change in changes:
            chain = chain_after(chain, hashlib.sha256(canonical(change).encode()).hexdigest())
        header["changes"] = len(changes)
        header["head_signature"] = keys.sign(
            device_private_key, head_message(header["feed"], header["first_seq"] + len(changes) - 1, chain)
        )

    def write(
        self,
        target: Path,
        sender_private_key: str,
        edit_manifest: Callable[[dict[str, Any]], None] | None = None,
    ) -> Path:
        """The bundle, its members listed in the manifest (then ``edit_manifest``, if any) and the manifest
        signed with this key."""
        feeds = b"".join(
            json.dumps(header).encode() + b"\n" + b"".join(canonical(c).encode() + b"\n" for c in changes)
            for header, changes in self.feeds
        )
        manifest = {
            **self.manifest,
            "members": {"feeds.jsonl": {"sha256": hashlib.sha256(feeds).hexdigest(), "size": len(feeds)}},
            "counts": {"changes": sum(len(changes) for _header, changes in self.feeds), "attachments": 0},
        }
        if edit_manifest is not None:
            edit_manifest(manifest)
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
        signature = {
            "public_key": keys.public_key_of(sender_private_key),
            "signature": keys.sign(sender_private_key, manifest_bytes),
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("feeds.jsonl", feeds)
            archive.writestr("manifest.json", manifest_bytes)
            archive.writestr("signature.json", json.dumps(signature).encode())
        target.write_bytes(buffer.getvalue())
        return target
