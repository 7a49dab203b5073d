"""A team's key carried to a new laptop of the team: written encrypted with a passphrase, and joined.

Whoever holds the team key can endorse laptops in the team's name, so the file goes only to the team's own
laptops, by hand; the passphrase travels separately.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from ..db.engine import sqlite_connection
from ..errors import CmccError
from ..files import require_output_file
from ..i18n import N_
from ..store import keys
from ..store.device import ensure_own_team
from ..store.store import Store
from .bundle import ENCRYPTED_MAGIC, decrypt_stream, encrypt_stream
from .wire import KEY_RE, BundleError, fields, text

TEAM_KEY_FORMAT = "cmcc-team-key"


def write_team_key_file(store: Store, target: Path, passphrase: str) -> None:
    """The team's key, encrypted with a passphrase, for a new laptop of the team (``join_team``)."""
    require_output_file(target, store.paths)
    with store.read() as session:
        raw = sqlite_connection(session.connection())
        (team_private,) = raw.execute("SELECT team_private_key FROM local_identity").fetchone()
    plain = json.dumps(
        {"format": TEAM_KEY_FORMAT, "team": store.identity.team_name, "team_private_key": team_private}
    ).encode()
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with temporary.open("wb") as out:
            encrypt_stream(io.BytesIO(plain), len(plain), out, passphrase)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CmccError(
            N_("Cannot write {path} ({reason})."), path=str(target), reason=exc.strerror or str(exc)
        ) from exc


def join_team(store: Store, source: Path, passphrase: str) -> str:
    """Make this laptop one of the team whose key file this is: it takes the team's key and name, and the
    key endorses this laptop's device key. Returns the team's name."""
    try:
        data = source.read_bytes()[:65_536]
    except OSError as exc:
        raise CmccError(
            N_("Cannot read {path} ({reason})."), path=str(source), reason=exc.strerror or str(exc)
        ) from exc
    if not data.startswith(ENCRYPTED_MAGIC):
        raise CmccError(N_("{name} is not a team key file."), name=source.name)
    plain = io.BytesIO()
    decrypt_stream(io.BytesIO(data), len(data), plain, passphrase)
    try:
        found = fields(
            json.loads(plain.getvalue()), N_("team key file"), {"format", "team", "team_private_key"}
        )
        name = text(found["team"], N_("team name"), 200).strip()
        team_private = text(found["team_private_key"], N_("team key"), 44, KEY_RE)
        keys.public_key_of(team_private)
    except (ValueError, BundleError) as exc:
        raise CmccError(N_("{name} is not a team key file."), name=source.name) from exc
    if found["format"] != TEAM_KEY_FORMAT or not name:
        raise CmccError(N_("{name} is not a team key file."), name=source.name)
    with store.write() as unit:
        unit.raw.execute(
            "UPDATE local_identity SET team_private_key = ?, team_name = ?", (team_private, name)
        )
        ensure_own_team(unit.raw, store.identity.device_id, name, unit.now)
    return name
