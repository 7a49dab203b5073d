"""The ``.cmccsync`` file: a ZIP of a signed manifest, the feeds and attachments, optionally encrypted.

Reading is defensive: the whole file is checked in memory before anything touches the database. Size caps,
a whitelist of member names (no paths, so no traversal), no ``extractall``, caps on each member's size and
compression ratio, the manifest's signature by the sender's key, and every member's SHA-256 against the
manifest. The format is documented in docs/sync-format.md.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..errors import CmccError
from . import keys

FORMAT = "cmcc-sync"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 2 * 1024**3
MAX_MEMBER_BYTES = 1024**3
MAX_TOTAL_BYTES = 3 * 1024**3
MAX_RATIO = 200  # uncompressed / compressed: beyond it a member is a decompression bomb
MANIFEST, SIGNATURE, FEEDS = "manifest.json", "signature.json", "feeds.jsonl"
_ATTACHMENT = re.compile(r"attachments/[0-9a-f]{64}")

ENCRYPTED_MAGIC = b"CMCCSYNC-ENCRYPTED\n"
CHUNK = 64 * 1024
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1


class BundleError(CmccError):
    """The file cannot be imported; nothing was changed."""


@dataclass
class BundleContents:
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: str
    feeds: list[dict[str, Any]]
    attachments: dict[str, bytes]  # sha256 -> bytes


# -- writing ----------------------------------------------------------------------------------------------
def write_bundle(
    target: Path,
    manifest: dict[str, Any],
    feeds: list[dict[str, Any]],
    attachments: dict[str, Path],
    private_key: str,
    passphrase: str | None = None,
) -> int:
    """Write the bundle atomically (a temporary file renamed into place). Returns its size in bytes."""
    members: dict[str, bytes] = {FEEDS: b"".join(_json_line(feed) for feed in feeds)}
    for digest, path in attachments.items():
        members[f"attachments/{digest}"] = path.read_bytes()
    manifest = {
        **manifest,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    signature = {
        "public_key": keys.public_key_of(private_key),
        "signature": keys.sign(private_key, manifest_bytes),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED)
        archive.writestr(SIGNATURE, json.dumps(signature).encode(), zipfile.ZIP_DEFLATED)
        for name, data in members.items():
            method = zipfile.ZIP_STORED if name.startswith("attachments/") else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, method)
    data = buffer.getvalue()
    if passphrase:
        data = encrypt(data, passphrase)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with temporary.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CmccError(
            "Cannot write {path} ({reason}). Choose another folder or free some space.",
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return len(data)


def _json_line(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


# -- reading ----------------------------------------------------------------------------------------------
def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC


def read_bundle(path: Path, passphrase: str | None = None) -> BundleContents:
    """Read and check the whole file in memory. Raises BundleError with a reason an officer understands."""
    if path.is_dir():
        raise BundleError("{name} is a folder. Choose the .cmccsync file itself.", name=path.name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleError(
                "The file is larger than any sync bundle can be ({size} MB). It is not a bundle.",
                size=size // 2**20,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(
            "The file {name} cannot be read ({reason}).", name=path.name, reason=exc.strerror or str(exc)
        ) from exc
    if data.startswith(ENCRYPTED_MAGIC):
        if not passphrase:
            raise BundleError("This bundle is encrypted. Give the team passphrase to import it.")
        data = decrypt(data, passphrase)
    if data[-22:-18] != b"PK\x05\x06" or data[-2:] != b"\x00\x00":
        # Bundles end with the ZIP's end record and no comment; anything after it was added to the file.
        raise BundleError("This is not a sync bundle, or the file is damaged (cut short or extended).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise BundleError("This is not a sync bundle, or the file is damaged (it may be cut short).") from exc
    with archive:
        members = _read_members(archive)
    manifest_bytes = members.pop(MANIFEST, None)
    signature_bytes = members.pop(SIGNATURE, None)
    if manifest_bytes is None or signature_bytes is None:
        raise BundleError("The bundle has no manifest or no signature. It is not usable.")
    try:
        manifest = json.loads(manifest_bytes)
        signature = json.loads(signature_bytes)
    except ValueError as exc:
        raise BundleError("The bundle's manifest is damaged. It is not usable.") from exc
    _check_format(manifest)
    sender_key = manifest.get("sender", {}).get("public_key")
    if signature.get("public_key") != sender_key or not keys.verify(
        sender_key, manifest_bytes, signature.get("signature", "")
    ):
        raise BundleError(
            "The bundle's signature does not match its contents: the file was altered or forged."
        )
    listed = manifest.get("members", {})
    if set(listed) != set(members):
        raise BundleError("The bundle's files do not match its manifest: the file was altered.")
    for name, content in members.items():
        if hashlib.sha256(content).hexdigest() != listed[name].get("sha256") or len(content) != listed[
            name
        ].get("size"):
            raise BundleError(
                "A part of the bundle ({name}) does not match its manifest: the file was altered.", name=name
            )
        if name.startswith("attachments/") and hashlib.sha256(content).hexdigest() != name.rsplit("/", 1)[1]:
            raise BundleError("An attachment in the bundle does not match its name: the file was altered.")
    try:
        feeds = [json.loads(line) for line in members.pop(FEEDS, b"").splitlines() if line]
    except ValueError as exc:
        raise BundleError("The bundle's changes are damaged. It is not usable.") from exc
    attachments = {name.rsplit("/", 1)[1]: content for name, content in members.items()}
    return BundleContents(manifest, manifest_bytes, signature["signature"], feeds, attachments)


def _read_members(archive: zipfile.ZipFile) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    total = 0
    for info in archive.infolist():
        name = info.filename
        if name in members or not (name in (MANIFEST, SIGNATURE, FEEDS) or _ATTACHMENT.fullmatch(name)):
            raise BundleError(
                "The bundle holds an unexpected file ({name}). It was refused for safety.", name=name[:80]
            )
        if info.file_size > MAX_MEMBER_BYTES or (
            info.compress_type != zipfile.ZIP_STORED
            and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            raise BundleError(
                "A part of the bundle would unpack to an unsafe size. It was refused for safety."
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleError("The bundle would unpack to an unsafe size. It was refused for safety.")
        try:
            with archive.open(info) as member:
                content = member.read(info.file_size + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            ValueError,
        ) as exc:  # CRC, truncation, bad deflate
            raise BundleError("The bundle is damaged (a part of it cannot be read).") from exc
        if len(content) != info.file_size:
            raise BundleError("The bundle is damaged (a part of it has the wrong size).")
        members[name] = content
    return members


def _check_format(manifest: dict[str, Any]) -> None:
    if manifest.get("format") != FORMAT:
        raise BundleError("This file is not a CMCC Desktop sync bundle.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BundleError(
            "This bundle was made by a newer version of CMCC Desktop (bundle format {version}). "
            "Update CMCC Desktop to import it.",
            version=version,
        )


# -- encryption (the STREAM construction: chunked AEAD, nonce = prefix | counter | last-chunk flag) --------
def encrypt(data: bytes, passphrase: str) -> bytes:
    salt, prefix = os.urandom(16), os.urandom(7)
    header = json.dumps(
        {
            "version": 1,
            "kdf": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": _b64(salt),
            "cipher": "chacha20poly1305",
            "chunk": CHUNK,
            "nonce_prefix": _b64(prefix),
        },
        sort_keys=True,
    ).encode()
    cipher = ChaCha20Poly1305(_derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
    chunks = [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""]
    body = b"".join(
        cipher.encrypt(_nonce(prefix, index, index == len(chunks) - 1), chunk, header)
        for index, chunk in enumerate(chunks)
    )
    return ENCRYPTED_MAGIC + header + b"\n" + body


def decrypt(data: bytes, passphrase: str) -> bytes:
    wrong = BundleError("The passphrase is wrong, or the encrypted file was changed or cut short.")
    try:
        header, body = data[len(ENCRYPTED_MAGIC) :].split(b"\n", 1)
        params = json.loads(header)
        salt, prefix, chunk = (
            base64.b64decode(params["salt"]),
            base64.b64decode(params["nonce_prefix"]),
            params["chunk"],
        )
        n, r, p = params["n"], params["r"], params["p"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError("The encrypted bundle's header is damaged. It is not usable.") from exc
    if (
        params.get("kdf") != "scrypt"
        or params.get("cipher") != "chacha20poly1305"
        or not (2**14 <= n <= 2**20 and r == 8 and p == 1 and chunk == CHUNK and len(prefix) == 7)
    ):
        raise BundleError(
            "This encrypted bundle uses settings this version cannot open. Update CMCC Desktop."
        )
    cipher = ChaCha20Poly1305(_derive(passphrase, salt, n, r, p))
    step = CHUNK + 16
    pieces = [body[i : i + step] for i in range(0, len(body), step)]
    if not pieces:
        raise wrong
    plain = []
    try:
        for index, piece in enumerate(pieces):
            plain.append(cipher.decrypt(_nonce(prefix, index, index == len(pieces) - 1), piece, header))
    except InvalidTag as exc:
        raise wrong from exc
    return b"".join(plain)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode())


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
