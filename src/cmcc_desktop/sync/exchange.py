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
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..bulk import cyclic_gc_paused
from ..db.engine import sqlite_connection
from ..db.migrate import backup_database, head_revision, known_revisions
from ..db.rows import encode_json
from ..db.types import format_timestamp
from ..errors import Cancelled, CmccError
from ..files import require_output_file
from ..i18n import N_
from ..ids import uuid7
from ..progress import NO_PROGRESS, Progress
from ..store import clock, keys
from ..store.changes import TEAM, feed_device, feed_kind
from ..store.device import own_team_key
from ..store.store import Store
from . import teams
from .bundle import BundleError, BundleReader, Entry, OutgoingFeedData, Withheld, write_bundle
from .feeds import (
    AcceptedDevice,
    ParsedFeed,
    agrees_with_local,
    check_incoming,
    outgoing_feeds,
    parse_feed,
)
from .merge import apply_received
from .wire import FeedHeader, Manifest, PassphraseError

BACKUPS_KEPT = 5
EVERY_TEAM = ""  # the peer of a bundle written for every team
IMPORT_CANCELLED = N_("The import was cancelled; nothing was changed.")


class UntrustedSignerError(CmccError):
    """The bundle comes from a team whose key this laptop does not trust yet."""

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
    fingerprint: str  # of the sender's team key: what officers compare
    trusted: bool
    known_key_changed: bool
    created_at: str
    changes: int
    attachments: int
    teams: list[str]
    untrusted_teams: list[tuple[str, str]]  # relayed teams not trusted here: (name, fingerprint)


@dataclass(frozen=True)
class ForkReport:
    device_id: str
    officer: str
    team: str
    kept: int


@dataclass
class ImportResult:
    new: int = 0
    updated: int = 0
    conflicts: int = 0
    changes: int = 0
    already_had: bool = False
    skipped_teams: list[str] = field(default_factory=list)
    untrusted_teams: list[tuple[str, str]] = field(default_factory=list)
    forks: list[ForkReport] = field(default_factory=list)
    clock_warnings: list[str] = field(default_factory=list)
    backup: Path | None = None


# -- export -----------------------------------------------------------------------------------------------
def export_bundle(
    store: Store,
    target: Path,
    peer_team: str | None = None,
    full: bool = False,
    passphrase: str | None = None,
    progress: Progress = NO_PROGRESS,
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
    progress.phase(N_("Reading the changes…"))
    with cyclic_gc_paused(), store.read() as session:  # one consistent snapshot of the log
        raw = sqlite_connection(session.connection())
        private_key = raw.execute("SELECT private_key FROM local_identity").fetchone()[0]
        peer_has = team_holdings(raw, peer_team) if peer_team is not None and not full else {}
        feeds = outgoing_feeds(raw, identity.device_id, private_key, peer_has, include_team)
        devices = _devices(raw, {feed_device(f.feed) for f in feeds} | {identity.device_id})
        feeds = [f for f in feeds if feed_device(f.feed) in devices]  # only what a team endorsed can travel
        holdings = [
            [feed, seq]
            for feed, seq in raw.execute("SELECT feed, last_seq FROM feed ORDER BY feed")
            if include_team or feed_kind(feed) != TEAM
        ]
        trusted = teams.trusted_team_keys(raw) if include_team else []
    attachments = _attachment_files(store, feeds)
    changes = sum(len(f.entries) for f in feeds)
    manifest = {
        "bundle_id": uuid7(),
        "created_at": format_timestamp(created_at),
        "created_hlc": hlc,
        "app_version": __version__,
        "schema_version": head_revision(),
        "sender": identity.device_id,
        "devices": [{**info, "device_id": device} for device, info in sorted(devices.items())],
        "sender_has": holdings,
        "assumed_receiver_has": sorted([feed, seq] for feed, seq in peer_has.items()),
        "peer_team": peer_team,
        "counts": {"changes": changes, "attachments": len(attachments)},
        # Teammates share whom they trust: a fingerprint is compared once per team, not once per laptop.
        "trusted_teams": trusted,
    }
    with cyclic_gc_paused():
        size = write_bundle(target, manifest, feeds, attachments, private_key, passphrase, progress)
    with store.write() as unit:  # "" for a bundle for every team: what it carried may be anywhere
        unit.raw.execute(
            "INSERT INTO sync_peer (team_name, last_sent_at) VALUES (?, ?) "
            "ON CONFLICT (team_name) DO UPDATE SET last_sent_at = excluded.last_sent_at",
            (peer_team or EVERY_TEAM, format_timestamp(created_at)),
        )
    return ExportResult(target, changes, len(attachments), size, peer_team)


def team_holdings(raw: sqlite3.Connection, team: str) -> dict[str, int]:
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


def _devices(raw: sqlite3.Connection, device_ids: set[str]) -> dict[str, dict[str, str]]:
    """The devices' entries for a manifest: key, and their team's endorsement of it. A device known only from
    before team keys has none, and its feeds cannot travel any more."""
    found = {}
    for device in sorted(device_ids):
        row = raw.execute(
            "SELECT team_name, officer_name, public_key, team_key, endorsement FROM sync_device "
            "WHERE device_id = ? AND team_key IS NOT NULL AND endorsement IS NOT NULL",
            (device,),
        ).fetchone()
        if row:
            found[device] = {
                "team": row[0],
                "officer": row[1],
                "public_key": row[2],
                "team_key": row[3],
                "endorsement": row[4],
            }
    return found


def _attachment_files(store: Store, feeds: list[OutgoingFeedData]) -> dict[str, Path]:
    """The files of the attachment records whose changes are in the bundle, where this laptop has them."""
    files = {}
    for outgoing in feeds:
        for body in outgoing.entries:
            if isinstance(body, Withheld) or '"entity":"attachment"' not in body:
                continue
            digest = json.loads(body)["values"].get("sha256")
            if digest:
                path = store.paths.attachments / digest[:2] / digest
                if path.is_file():
                    files[digest] = path
    return files


# -- import -----------------------------------------------------------------------------------------------
class OpenedBundle:
    """A bundle read and checked up to its signature, with what it says of itself, waiting for the officer's
    decision. It holds a private copy of the file: what is imported is exactly what was previewed."""

    def __init__(self, reader: BundleReader, preview: BundlePreview) -> None:
        self.reader = reader
        self.preview = preview

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.reader.close()


def open_bundle(store: Store, path: Path, passphrase: str | None = None) -> OpenedBundle:
    """Read the file's manifest and check its signature, and say who sent it and what it brings, without
    changing anything. A file refused here is kept in the quarantine folder."""
    try:
        reader = BundleReader(path, passphrase)
    except BundleError as error:
        if isinstance(error, PassphraseError):
            raise  # not the file's fault: the officer may try again
        raise _quarantined(store, path, error) from error
    try:
        with store.read() as session:
            preview = _preview(sqlite_connection(session.connection()), reader.manifest)
    except BundleError as error:
        refused = _quarantined(store, reader.copy, error, path.name)
        reader.close()
        raise refused from error
    except BaseException:
        reader.close()
        raise
    return OpenedBundle(reader, preview)


def import_bundle(
    store: Store,
    path: Path,
    passphrase: str | None = None,
    trust_signer: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Import a bundle, or refuse it whole (the command line's way: ``trust_signer`` once the officer has
    compared the sender's team fingerprint)."""
    with open_bundle(store, path, passphrase) as opened:
        return import_opened(store, opened, opened.preview.fingerprint if trust_signer else None, progress)


def import_opened(
    store: Store, opened: OpenedBundle, trust: str | None = None, progress: Progress = NO_PROGRESS
) -> ImportResult:
    """Import a previewed bundle, trusting the sender's team only if ``trust`` is the fingerprint shown. Any
    refusal changes nothing and keeps the file in the quarantine folder; a cancel changes nothing either
    (the changes are applied in one transaction, rolled back)."""
    try:
        with cyclic_gc_paused():
            return _import(store, opened, trust, progress)
    except (UntrustedSignerError, Cancelled):
        raise
    except CmccError as error:
        raise _quarantined(store, opened.reader.copy, error, opened.reader.path.name) from error


def _preview(raw: sqlite3.Connection, manifest: Manifest) -> BundlePreview:
    sender = manifest.sender_device
    if not teams.endorses(sender.team_key, sender.device_id, sender.public_key, sender.endorsement):
        raise BundleError(
            N_(
                "The bundle's sender is not endorsed by the team key it names: it may be forged. Nothing was imported."
            )
        )
    own = own_team_key(raw)
    team = teams.team_of(raw, sender.team_key)
    known = raw.execute(
        "SELECT public_key, team_key, trusted FROM sync_device WHERE device_id = ?", (sender.device_id,)
    ).fetchone()
    trusted_before_team_keys = (
        known is not None and known[1] is None and bool(known[2]) and known[0] == sender.public_key
    )
    untrusted = {}
    for device in manifest.devices.values():
        other = teams.team_of(raw, device.team_key)
        if device.team_key not in (own, sender.team_key) and not (other and other.trusted):
            untrusted[device.team_key] = (
                other.name if other else device.team,
                keys.fingerprint(device.team_key),
            )
    return BundlePreview(
        sender_team=team.name if team else sender.team,
        sender_officer=sender.officer,
        sender_device=sender.device_id,
        fingerprint=keys.fingerprint(sender.team_key),
        trusted=sender.team_key == own or bool(team and team.trusted) or trusted_before_team_keys,
        known_key_changed=known is not None
        and known[0] != sender.public_key
        and (known[1] is None or known[1] != sender.team_key),
        created_at=manifest.created_at,
        changes=manifest.changes,
        attachments=manifest.attachments,
        teams=sorted({device.team for device in manifest.devices.values()}),
        untrusted_teams=sorted(untrusted.values()),
    )


def _import(store: Store, opened: OpenedBundle, trust: str | None, progress: Progress) -> ImportResult:
    manifest, preview = opened.reader.manifest, opened.preview
    if manifest.schema_version not in known_revisions():
        raise BundleError(
            N_(
                "This bundle was made by a newer version of CMCC Desktop (database schema {schema}). "
                "Update CMCC Desktop to import it."
            ),
            schema=manifest.schema_version,
        )
    if preview.sender_device == store.identity.device_id:
        raise BundleError(N_("This bundle was made on this laptop; there is nothing to import from it."))
    if preview.known_key_changed:
        raise BundleError(
            N_(
                "The bundle gives a new key for a laptop of team {team} that its team key has not endorsed. It may be "
                "forged; nothing was imported. If that laptop was reinstalled, it needs a new identity."
            ),
            team=preview.sender_team,
        )
    trusting = not preview.trusted and trust == preview.fingerprint
    if not preview.trusted and not trusting:
        raise UntrustedSignerError(
            N_(
                "The bundle comes from team {team}, whose key this laptop does not trust yet. Check the team's "
                "fingerprint {fingerprint} with them, then accept it."
            ),
            preview,
            team=preview.sender_team,
            fingerprint=preview.fingerprint,
        )
    progress.phase(N_("Checking the changes…"))
    checked_lines = 0

    def parse(header: FeedHeader, entries: Iterator[Entry]) -> ParsedFeed:
        nonlocal checked_lines
        progress.check(IMPORT_CANCELLED)
        feed = parse_feed(header, entries)
        checked_lines += len(feed.changes)
        progress(checked_lines, manifest.changes)
        return feed

    contents = opened.reader.contents(parse)  # every change checked before the database is backed up
    parsed = contents.feeds
    result = ImportResult()
    with store.read() as session:
        raw = sqlite_connection(session.connection())
        have = dict(raw.execute("SELECT feed, last_seq FROM feed").fetchall())
        row = raw.execute(
            "SELECT holdings_hlc FROM sync_device WHERE device_id = ?", (preview.sender_device,)
        ).fetchone()
        new_changes = any(feed.first_seq + len(feed.changes) - 1 > have.get(feed.feed, 0) for feed in parsed)
        differs = any(not agrees_with_local(raw, feed) for feed in parsed)  # a second history: a fork
    newer_news = manifest.created_hlc > (row[0] if row else 0)  # what the sender holds now
    if not new_changes and not differs and not newer_news and not trusting:
        result.already_had = True
        return result
    progress.check(IMPORT_CANCELLED)
    if new_changes:
        progress.phase(N_("Saving a backup…"))
        result.backup = _backup(store)
        _save_attachments(store, contents.attachments)
    progress.phase(N_("Applying the changes…"))
    progress(0, 0)
    with store.write() as unit:
        raw = unit.raw
        sender = manifest.sender_device
        if trusting:
            teams.trust(raw, sender.team_key, sender.team, unit.now)
        if sender.team_key == own_team_key(raw):  # a teammate: the teams it trusts, this laptop trusts
            for team_key, name in manifest.trusted_teams.items():
                teams.trust(raw, team_key, name, unit.now)
        devices, untrusted = _register_devices(raw, manifest, unit.now, _claimed_teams(parsed))
        checked = check_incoming(raw, parsed, devices)
        raw.executemany(
            "INSERT OR IGNORE INTO forked_change (feed, seq, chain, body, received_at) VALUES (?, ?, ?, ?, ?)",
            [(*row, format_timestamp(unit.now)) for row in checked.forked_rows],
        )
        progress.check(IMPORT_CANCELLED)  # the last moment: from here on the import completes
        merged = apply_received(unit, checked.accepted, unit.now)
        _record_peer(raw, manifest, unit.now)
        raw.execute(
            "INSERT OR IGNORE INTO imported_bundle (bundle_id, sender_device, imported_at) VALUES (?, ?, ?)",
            (manifest.bundle_id, preview.sender_device, format_timestamp(unit.now)),
        )
    result.new, result.updated, result.conflicts, result.changes = (
        merged.new,
        merged.updated,
        merged.conflicts,
        merged.changes,
    )
    result.skipped_teams = sorted({devices[feed_device(f)].team for f in checked.skipped_gaps})
    result.untrusted_teams = untrusted
    result.forks = [
        ForkReport(
            fork.device_id,
            manifest.devices[fork.device_id].officer,
            devices[fork.device_id].team,
            fork.kept,
        )
        for fork in checked.forks
    ]
    result.clock_warnings = sorted(merged.far_ahead_teams)
    return result


def _register_devices(
    raw: sqlite3.Connection, manifest: Manifest, now: datetime, claims: Mapping[str, str]
) -> tuple[dict[str, AcceptedDevice], list[tuple[str, str]]]:
    """The devices whose changes are taken in: endorsed by a trusted team key (or this laptop's own). Each is
    bound to its team key for good; another team key claiming a known device refuses the bundle. A laptop met
    for the first time must write in the name of the team whose key vouches for it (``claims``: the team its
    newest change here names): a trusted team cannot pass off a laptop as another team's. Also returns the
    teams left out, as (name, fingerprint)."""
    own = own_team_key(raw)
    accepted: dict[str, AcceptedDevice] = {}
    untrusted: dict[str, tuple[str, str]] = {}
    for entry in manifest.devices.values():
        if not teams.endorses(entry.team_key, entry.device_id, entry.public_key, entry.endorsement):
            continue  # not what its team vouched for: none of its changes are taken in
        known = raw.execute(
            "SELECT public_key, team_key, trusted FROM sync_device WHERE device_id = ?", (entry.device_id,)
        ).fetchone()
        team = teams.team_of(raw, entry.team_key)
        if known is not None and known[1] is None and known[2] and known[0] == entry.public_key:
            teams.trust(
                raw, entry.team_key, entry.team, now
            )  # a laptop trusted before team keys vouches for it
            team = teams.team_of(raw, entry.team_key)
        if known is not None and known[1] is not None and known[1] != entry.team_key:
            raise BundleError(
                N_(
                    "The bundle says a laptop of team {team} belongs to another team's key. One of the two may be "
                    "forged; nothing was imported."
                ),
                team=entry.team,
            )
        if known is not None and known[0] != entry.public_key and known[1] != entry.team_key:
            raise BundleError(
                N_(
                    "The bundle gives a different key for a laptop of team {team} than this laptop knows. It may be "
                    "forged; nothing was imported."
                ),
                team=entry.team,
            )
        trusted = entry.team_key == own or bool(team and team.trusted)
        if team is None:
            raw.execute(
                "INSERT INTO sync_team (team_key, team_name, fingerprint, trusted, first_seen) VALUES (?, ?, ?, 0, ?)",
                (entry.team_key, entry.team, keys.fingerprint(entry.team_key), format_timestamp(now)),
            )
        if not trusted:
            untrusted[entry.team_key] = (team.name if team else entry.team, keys.fingerprint(entry.team_key))
            continue
        if entry.device_id == manifest.sender:  # a team speaks for itself: its name as it writes it now
            raw.execute("UPDATE sync_team SET team_name = ? WHERE team_key = ?", (entry.team, entry.team_key))
        name = raw.execute(
            "SELECT team_name FROM sync_team WHERE team_key = ?", (entry.team_key,)
        ).fetchone()[0]
        claimed = claims.get(entry.device_id, name)
        if known is None and entry.team_key != own and claimed != name:
            untrusted[entry.team_key + claimed] = (claimed, keys.fingerprint(entry.team_key))
            continue  # vouched for by one team, writing in another's name: left out
        raw.execute(
            "INSERT INTO sync_device (device_id, team_name, officer_name, public_key, fingerprint, trusted, "
            "introduced_by, first_seen, team_key, endorsement) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?) "
            "ON CONFLICT (device_id) DO UPDATE SET team_name = excluded.team_name, "
            "officer_name = excluded.officer_name, public_key = excluded.public_key, "
            "fingerprint = excluded.fingerprint, trusted = 1, team_key = excluded.team_key, "
            "endorsement = excluded.endorsement",
            (
                entry.device_id,
                name,
                entry.officer,
                entry.public_key,
                keys.fingerprint(entry.public_key),
                None if entry.device_id == manifest.sender else manifest.sender,
                format_timestamp(now),
                entry.team_key,
                entry.endorsement,
            ),
        )
        accepted[entry.device_id] = AcceptedDevice(entry.public_key, name, entry.team_key == own)
    return accepted, sorted(untrusted.values())


def _claimed_teams(parsed: list[ParsedFeed]) -> dict[str, str]:
    """The team each device's newest change in the bundle is written in the name of."""
    newest: dict[str, tuple[int, str]] = {}
    for feed in parsed:
        for _seq, change, _chain, _body in reversed(feed.changes):
            if change is not None:
                device = feed_device(feed.feed)
                if change.hlc > newest.get(device, (-1, ""))[0]:
                    newest[device] = (change.hlc, change.team)
                break
    return {device: team for device, (_hlc, team) in newest.items()}


def _record_peer(raw: sqlite3.Connection, manifest: Manifest, now: datetime) -> None:
    """Remember what the sending device holds, from its newest bundle only (an older one says less), and
    when its team was last heard from."""
    created = manifest.created_hlc
    holdings = encode_json(sorted([feed, seq] for feed, seq in manifest.sender_has))
    updated = raw.execute(
        "UPDATE sync_device SET holdings = ?, holdings_hlc = ? WHERE device_id = ? AND holdings_hlc < ?",
        (holdings, created, manifest.sender, created),
    ).rowcount
    if updated:
        raw.execute(
            "INSERT INTO sync_peer (team_name, last_received_at) VALUES (?, ?) "
            "ON CONFLICT (team_name) DO UPDATE SET last_received_at = excluded.last_received_at",
            (
                raw.execute(
                    "SELECT team_name FROM sync_device WHERE device_id = ?", (manifest.sender,)
                ).fetchone()[0],
                format_timestamp(now),
            ),
        )


def _save_attachments(store: Store, attachments: dict[str, Path]) -> None:
    for digest, source in attachments.items():
        target = store.paths.attachments / digest[:2] / digest
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{digest}.tmp")
        shutil.copyfile(source, temporary)
        temporary.replace(target)


def _backup(store: Store) -> Path:
    backup = backup_database(store.paths.database, store.paths.backups, "before-import")
    old = sorted(backup.parent.glob("*-before-import.sqlite3"))[:-BACKUPS_KEPT]  # where this one went
    for path in old:
        path.unlink(missing_ok=True)
    return backup


# -- refusals ---------------------------------------------------------------------------------------------
QUARANTINE_KEPT = 20
QUARANTINE_BYTES = 200 * 1024**2


class BundleRefused(BundleError):
    """A refused file, with where a copy of it was kept (for the officer's IT cell)."""

    def __init__(self, reason: CmccError, kept: Path | None) -> None:
        if kept is None:
            super().__init__(reason.template, **reason.params)
        else:
            super().__init__(
                N_("{reason} A copy of the file is kept in {folder}."), reason=reason, folder=str(kept.parent)
            )
        self.reason = reason
        self.kept = kept


def _quarantined(store: Store, copy: Path, error: CmccError, name: str | None = None) -> BundleRefused:
    """Keep a copy of a refused file (the last 20, 200 MB at most) and say so in the refusal."""
    if isinstance(error, BundleRefused):
        return error
    folder = store.paths.data_dir / "quarantine"
    try:
        if not copy.is_file() or copy.stat().st_size > QUARANTINE_BYTES:
            return BundleRefused(error, None)
        folder.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        kept = folder / f"{stamp}-{name or copy.name}"
        shutil.copyfile(copy, kept)
        _trim_quarantine(folder)
    except OSError:
        return BundleRefused(error, None)  # the refusal itself is what matters
    return BundleRefused(error, kept)


def _trim_quarantine(folder: Path) -> None:
    files = sorted((p for p in folder.iterdir() if p.is_file()), key=lambda p: p.name, reverse=True)
    total = 0
    for index, path in enumerate(files):
        total += path.stat().st_size
        if index >= QUARANTINE_KEPT or total > QUARANTINE_BYTES:
            path.unlink(missing_ok=True)
