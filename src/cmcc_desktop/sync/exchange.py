"""Export and import of sync bundles: the officer-facing operations, used by the CLI and the window.

Export: for a named peer team, only what it may lack according to the last bundle received from it (bundles
get lost, so nothing is assumed from what was sent); everything with ``full``. Records marked team only leave
only for devices of this team.

Import: the whole file is checked first (signature, hashes, feeds chaining to their origin's signed heads).
Then the database is backed up and everything is applied in one transaction. Any failure changes nothing,
says why, and keeps the file in the quarantine folder. Importing the same or an older bundle changes nothing.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..bulk import cyclic_gc_paused
from ..db.migrate import backup_database, head_revision, known_revisions
from ..db.rows import encode_json
from ..db.types import format_timestamp
from ..errors import CmccError
from ..files import require_output_file
from ..ids import uuid7
from ..services.store import Store
from . import clock, keys
from .bundle import BundleContents, BundleError, read_bundle, write_bundle
from .changes import TEAM, feed_device, feed_kind
from .feeds import check_incoming, outgoing_feeds
from .merge import apply_received

BACKUPS_KEPT = 5
Progress = Callable[[str], None]


class UntrustedSignerError(CmccError):
    """The bundle is signed by a device this laptop does not trust yet."""

    def __init__(self, template: str, preview: BundlePreview, **params: Any) -> None:
        super().__init__(template, **params)
        self.preview = preview


@dataclass
class ExportResult:
    path: Path
    changes: int
    attachments: int
    size: int
    peer_team: str | None


@dataclass
class BundlePreview:
    sender_team: str
    sender_officer: str
    sender_device: str
    fingerprint: str
    trusted: bool
    known_key_changed: bool
    created_at: str
    changes: int
    attachments: int
    teams: list[str]


@dataclass
class ImportResult:
    new: int = 0
    updated: int = 0
    conflicts: int = 0
    changes: int = 0
    already_had: bool = False
    skipped_teams: list[str] = field(default_factory=list)
    clock_warnings: list[str] = field(default_factory=list)
    backup: Path | None = None


# -- export -----------------------------------------------------------------------------------------------
def export_bundle(
    store: Store,
    target: Path,
    peer_team: str | None = None,
    full: bool = False,
    passphrase: str | None = None,
) -> ExportResult:
    """Write a bundle. The database's write lock is held only for two short steps (a clock tick before, the
    peer's "last sent" after): the changes are read from one snapshot and the file (compression, key
    derivation, encryption, fsync) is written while officers keep saving."""
    require_output_file(target, store.paths)
    identity = store.identity
    include_team = peer_team is not None and peer_team == identity.team_name
    with store.write() as unit:  # a clock reading later than every change this bundle holds or sent before
        raw = unit.raw
        created_at = unit.now
        hlc = clock.tick(
            raw.execute("SELECT hlc FROM local_identity").fetchone()[0], int(created_at.timestamp() * 1000)
        )
        raw.execute("UPDATE local_identity SET hlc = ?", (hlc,))
    with cyclic_gc_paused(), store.read() as session:  # one consistent snapshot of the log
        raw = session.connection().connection.driver_connection
        private_key = raw.execute("SELECT private_key FROM local_identity").fetchone()[0]
        peer_has = team_holdings(raw, peer_team) if peer_team is not None and not full else {}
        feeds = outgoing_feeds(raw, identity.device_id, private_key, peer_has, include_team)
        devices = _devices(raw, {feed_device(f.feed) for f in feeds} | {identity.device_id})
        holdings = [
            [feed, seq]
            for feed, seq in raw.execute("SELECT feed, last_seq FROM feed ORDER BY feed")
            if include_team or feed_kind(feed) != TEAM
        ]
    attachments = _attachment_files(store, feeds)
    manifest = {
        "bundle_id": uuid7(),
        "created_at": format_timestamp(created_at),
        "created_hlc": hlc,
        "app_version": __version__,
        "schema_version": head_revision(),
        "sender": {**devices[identity.device_id], "device_id": identity.device_id},
        "devices": [{**info, "device_id": device} for device, info in sorted(devices.items())],
        "sender_has": holdings,
        "assumed_receiver_has": sorted([feed, seq] for feed, seq in peer_has.items()),
        "peer_team": peer_team,
        "counts": {"changes": sum(len(f.bodies) for f in feeds), "attachments": len(attachments)},
    }
    payload = [
        {
            "feed": f.feed,
            "first_seq": f.first_seq,
            "start_chain": f.start_chain,
            "head_signature": f.head_signature,
            "changes": f.bodies,
        }
        for f in feeds
    ]
    with cyclic_gc_paused():
        size = write_bundle(target, manifest, payload, attachments, private_key, passphrase)
    if peer_team is not None:
        with store.write() as unit:
            unit.raw.execute(
                "INSERT INTO sync_peer (team_name, last_sent_at) VALUES (?, ?) "
                "ON CONFLICT (team_name) DO UPDATE SET last_sent_at = excluded.last_sent_at",
                (peer_team, format_timestamp(created_at)),
            )
    return ExportResult(target, manifest["counts"]["changes"], len(attachments), size, peer_team)


def team_holdings(raw: Any, team: str) -> dict[str, int]:
    """What every device of a team is known to hold: per feed, the least any of them reported in its newest
    bundle, so that whichever device imports the export can apply it without a gap. Empty (everything is
    sent) until a device of that team has sent a bundle."""
    reports = [
        dict(json.loads(text))
        for (text,) in raw.execute(
            "SELECT holdings FROM sync_device WHERE team_name = ? AND holdings IS NOT NULL", (team,)
        )
    ]
    if not reports:
        return {}
    common = set(reports[0]).intersection(*reports[1:])
    return {feed: min(report[feed] for report in reports) for feed in common}


def _devices(raw: Any, device_ids: set[str]) -> dict[str, dict[str, str]]:
    found = {}
    for device in sorted(device_ids):
        row = raw.execute(
            "SELECT team_name, officer_name, public_key FROM sync_device WHERE device_id = ?", (device,)
        ).fetchone()
        if row:
            found[device] = {"team": row[0], "officer": row[1], "public_key": row[2]}
    return found


def _attachment_files(store: Store, feeds: list[Any]) -> dict[str, Path]:
    """The files of the attachment records whose changes are in the bundle, where this laptop has them."""
    files = {}
    for outgoing in feeds:
        for body in outgoing.bodies:
            change = json.loads(body)
            digest = change["values"].get("sha256") if change["entity"] == "attachment" else None
            if digest:
                path = store.paths.attachments / digest[:2] / digest
                if path.is_file():
                    files[digest] = path
    return files


# -- import -----------------------------------------------------------------------------------------------
def preview_bundle(
    store: Store, path: Path, passphrase: str | None = None
) -> tuple[BundleContents, BundlePreview]:
    """Read and check the file, and say who sent it and what it brings, without changing anything."""
    contents = read_bundle(path, passphrase)
    sender = contents.manifest["sender"]
    with store.read() as session:
        raw = session.connection().connection.driver_connection
        row = raw.execute(
            "SELECT public_key, trusted FROM sync_device WHERE device_id = ?", (sender.get("device_id"),)
        ).fetchone()
    same_key = row is not None and row[0] == sender["public_key"]
    preview = BundlePreview(
        sender_team=str(sender.get("team", "")),
        sender_officer=str(sender.get("officer", "")),
        sender_device=str(sender.get("device_id", "")),
        fingerprint=keys.fingerprint(sender["public_key"]),
        trusted=bool(same_key and row[1]),
        known_key_changed=row is not None and not same_key,
        created_at=str(contents.manifest.get("created_at", "")),
        changes=sum(len(feed.get("changes", [])) for feed in contents.feeds),
        attachments=len(contents.attachments),
        teams=sorted({str(d.get("team", "")) for d in contents.manifest.get("devices", [])}),
    )
    return contents, preview


def import_bundle(
    store: Store,
    path: Path,
    passphrase: str | None = None,
    trust_signer: bool = False,
) -> ImportResult:
    """Import a bundle, or refuse it whole. A refused file is copied to the quarantine folder."""
    try:
        with cyclic_gc_paused():
            return _import(store, path, passphrase, trust_signer)
    except UntrustedSignerError:
        raise
    except CmccError:
        _quarantine(store, path)
        raise


def _import(store: Store, path: Path, passphrase: str | None, trust_signer: bool) -> ImportResult:
    contents, preview = preview_bundle(store, path, passphrase)
    manifest = contents.manifest
    schema = manifest.get("schema_version")
    if schema not in known_revisions():
        raise BundleError(
            "This bundle was made by a newer version of CMCC Desktop (database schema {schema}). "
            "Update CMCC Desktop to import it.",
            schema=schema,
        )
    if preview.sender_device == store.identity.device_id:
        raise BundleError("This bundle was made on this laptop; there is nothing to import from it.")
    if not preview.trusted and not trust_signer:
        reason = (
            "The bundle is signed by a key that differs from the one this laptop knows for team {team}'s device. "
            if preview.known_key_changed
            else "The bundle is signed by team {team}, which this laptop does not trust yet. "
        )
        raise UntrustedSignerError(
            reason + "Check the fingerprint {fingerprint} with them, then accept it.",
            preview,
            team=preview.sender_team,
            fingerprint=preview.fingerprint,
        )
    result = ImportResult()
    with store.read() as session:
        raw = session.connection().connection.driver_connection
        have = dict(raw.execute("SELECT feed, last_seq FROM feed").fetchall())
        row = raw.execute(
            "SELECT holdings_hlc FROM sync_device WHERE device_id = ?", (preview.sender_device,)
        ).fetchone()
    new_changes = any(
        feed["first_seq"] + len(feed["changes"]) - 1 > have.get(feed["feed"], 0) for feed in contents.feeds
    )
    newer_news = int(manifest.get("created_hlc", 0)) > (row[0] if row else 0)  # what the sender holds now
    if not new_changes and not newer_news:
        result.already_had = True
        return result
    if new_changes:
        result.backup = _backup(store)
        _save_attachments(store, contents.attachments)
    with store.write() as unit:
        raw = unit.raw
        device_keys = _register_devices(raw, manifest, trust_signer, unit.now)
        checked = check_incoming(raw, contents.feeds, device_keys, store.identity.team_name)
        merged = apply_received(unit, checked.accepted, unit.now)
        _record_peer(raw, manifest, unit.now)
        raw.execute(
            "INSERT OR IGNORE INTO imported_bundle (bundle_id, sender_device, imported_at) VALUES (?, ?, ?)",
            (manifest["bundle_id"], preview.sender_device, format_timestamp(unit.now)),
        )
    result.new, result.updated, result.conflicts, result.changes = (
        merged.new,
        merged.updated,
        merged.conflicts,
        merged.changes,
    )
    result.skipped_teams = sorted({device_keys[feed_device(f)][1] for f in checked.skipped_gaps})
    result.clock_warnings = sorted(merged.far_ahead_teams)
    return result


def _register_devices(
    raw: Any, manifest: dict[str, Any], trust_signer: bool, now: datetime
) -> dict[str, tuple[str, str]]:
    """Known devices and their keys; the sender becomes trusted when the officer accepted it; devices whose
    data it relays are recorded as introduced by it. A relayed key that contradicts a known one is refused."""
    sender = manifest["sender"]["device_id"]
    found: dict[str, tuple[str, str]] = {}
    for device in manifest.get("devices", []):
        device_id, public_key, team = device["device_id"], device["public_key"], str(device.get("team", ""))
        row = raw.execute(
            "SELECT public_key, trusted FROM sync_device WHERE device_id = ?", (device_id,)
        ).fetchone()
        is_sender = device_id == sender
        if row is None:
            raw.execute(
                "INSERT INTO sync_device (device_id, team_name, officer_name, public_key, fingerprint, trusted, "
                "introduced_by, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    device_id,
                    team,
                    str(device.get("officer", "")),
                    public_key,
                    keys.fingerprint(public_key),
                    is_sender,
                    None if is_sender else sender,
                    format_timestamp(now),
                ),
            )
        elif row[0] != public_key:
            if not (is_sender and trust_signer):
                raise BundleError(
                    "The bundle gives a different key for a device of team {team} than this laptop knows. "
                    "It may be forged; nothing was imported.",
                    team=team,
                )
            raw.execute(
                "UPDATE sync_device SET public_key = ?, fingerprint = ?, trusted = 1 WHERE device_id = ?",
                (public_key, keys.fingerprint(public_key), device_id),
            )
        else:
            raw.execute(
                "UPDATE sync_device SET team_name = ?, officer_name = ?, trusted = trusted OR ? WHERE device_id = ?",
                (team, str(device.get("officer", "")), is_sender, device_id),
            )
        found[device_id] = (public_key, team)
    if sender not in found:
        raise BundleError("The bundle does not identify its sender. It is not usable.")
    return found


def _record_peer(raw: Any, manifest: dict[str, Any], now: datetime) -> None:
    """Remember what the sending device holds, from its newest bundle only (an older one says less), and
    when its team was last heard from."""
    sender = manifest["sender"]
    created = int(manifest.get("created_hlc", 0))
    holdings = encode_json(sorted([str(feed), int(seq)] for feed, seq in manifest.get("sender_has", [])))
    updated = raw.execute(
        "UPDATE sync_device SET holdings = ?, holdings_hlc = ? WHERE device_id = ? AND holdings_hlc < ?",
        (holdings, created, sender["device_id"], created),
    ).rowcount
    if updated:
        raw.execute(
            "INSERT INTO sync_peer (team_name, last_received_at) VALUES (?, ?) "
            "ON CONFLICT (team_name) DO UPDATE SET last_received_at = excluded.last_received_at",
            (sender["team"], format_timestamp(now)),
        )


def _save_attachments(store: Store, attachments: dict[str, bytes]) -> None:
    for digest, content in attachments.items():
        target = store.paths.attachments / digest[:2] / digest
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{digest}.tmp")
        temporary.write_bytes(content)
        temporary.replace(target)


def _backup(store: Store) -> Path:
    backup = backup_database(store.paths.database, store.paths.backups, "before-import")
    old = sorted(store.paths.backups.glob("*-before-import.sqlite3"))[:-BACKUPS_KEPT]
    for path in old:
        path.unlink(missing_ok=True)
    return backup


def _quarantine(store: Store, path: Path) -> None:
    folder = store.paths.data_dir / "quarantine"
    try:
        folder.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        shutil.copyfile(path, folder / f"{stamp}-{path.name}")
    except OSError:
        pass  # the refusal itself is what matters; a missing or unreadable file cannot be kept
