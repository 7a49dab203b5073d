"""The ``.cmccsync`` file: a ZIP of a signed manifest, the feeds and attachments, optionally encrypted.

Writing streams: feeds and attachments go into the archive as they are read, and the manifest (with every
member's hash) is written last. Reading is defensive and costs little when it refuses:

1. the file is copied once into a private folder, so that what is checked is what is imported, even if the
   file on the stick changes meanwhile; an encrypted file is decrypted there chunk by chunk, with exactly the
   key-derivation settings this version writes;
2. the archive's directory is checked before anything is inflated: member names from a fixed list, their
   count, their declared sizes and compression ratios, the total;
3. the manifest and its signature are read (small, capped) and checked as typed values;
4. only then, and only when the caller asks (the sender is trusted), are the members read, streamed through
   their hashes first, then the feeds parsed line by line and attachments copied into the private folder.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..errors import CmccError
from ..i18n import N_
from ..progress import NO_PROGRESS, Progress
from ..store import keys
from .wire import (
    BundleError,
    FeedHeader,
    Manifest,
    PassphraseError,
    parse_feed_header,
    parse_manifest,
    parse_signature,
    parse_withheld,
)

__all__ = ["FORMAT_VERSION", "BundleError", "BundleReader", "Withheld", "is_encrypted", "write_bundle"]

FORMAT = "cmcc-sync"
CANCELLED = N_("The export was cancelled; no bundle was written.")
FORMAT_VERSION = 2
MAX_FILE_BYTES = 2 * 1024**3
MAX_MANIFEST_BYTES = 16 * 1024**2
MAX_SIGNATURE_BYTES = 4096
MAX_FEEDS_BYTES = 1024**3
MAX_ATTACHMENT_BYTES = 256 * 1024**2
MAX_TOTAL_BYTES = 3 * 1024**3
MAX_LINE_BYTES = 4 * 1024**2  # one change; a visit's findings are at most 100,000 characters
MAX_RATIO = 40  # uncompressed / compressed: the feeds compress about 7 times; far beyond it is a bomb
MANIFEST, SIGNATURE, FEEDS = "manifest.json", "signature.json", "feeds.jsonl"
_ATTACHMENT = re.compile(r"attachments/[0-9a-f]{64}")

ENCRYPTED_MAGIC = b"CMCCSYNC-ENCRYPTED\n"
CHUNK = 64 * 1024
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
_COPY = 1024**2
T = TypeVar("T")


def member_name(name: str) -> bool:
    return name in (FEEDS,) or bool(_ATTACHMENT.fullmatch(name))


@dataclass(frozen=True)
class Withheld:
    """A change held back by the sender (its record is team only now): its body's SHA-256 keeps the feed's
    chain whole without revealing it."""

    body_sha256: str


Entry = str | Withheld  # a change's body as received, or a held-back change
FeedReader = Callable[[FeedHeader, Iterator[Entry]], T]


@dataclass
class BundleContents(Generic[T]):
    feeds: list[T]  # what the caller's feed reader made of each feed
    attachments: dict[str, Path]  # sha256 -> a checked copy in the reader's private folder


# -- writing ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OutgoingFeedData:
    feed: str
    first_seq: int
    start_chain: str
    head_signature: str
    entries: list[str | Withheld]


def write_bundle(
    target: Path,
    manifest: dict[str, Any],
    feeds: Iterable[OutgoingFeedData],
    attachments: Mapping[str, Path],
    private_key: str,
    passphrase: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write the bundle atomically (a temporary file renamed into place). Returns its size in bytes. A cancel
    leaves no file behind."""
    archive_path = target.with_name(f".{target.name}.zip.tmp")
    final_tmp = target.with_name(f".{target.name}.tmp")
    try:
        members: dict[str, dict[str, Any]] = {}
        with zipfile.ZipFile(archive_path, "w") as archive:
            progress.phase(N_("Writing the changes…"))
            with _member(archive, FEEDS, True) as out:
                members[FEEDS] = _write_feeds(out, feeds)
            progress.phase(N_("Adding the photos…"))
            for done, (digest, path) in enumerate(attachments.items()):
                progress(done, len(attachments))
                progress.check(CANCELLED)
                with _member(archive, f"attachments/{digest}", False) as out, path.open("rb") as source:
                    members[f"attachments/{digest}"] = _copy_hashed(source, out)
            complete = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION, "members": members}
            manifest_bytes = json.dumps(complete, ensure_ascii=False, sort_keys=True, indent=1).encode()
            signature = {
                "public_key": keys.public_key_of(private_key),
                "signature": keys.sign(private_key, manifest_bytes),
            }
            archive.writestr(MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED)
            archive.writestr(SIGNATURE, json.dumps(signature).encode(), zipfile.ZIP_DEFLATED)
        progress.check(CANCELLED)
        if passphrase:
            progress.phase(N_("Encrypting the bundle…"))
            with archive_path.open("rb") as plain, final_tmp.open("wb") as out:
                encrypt_stream(plain, archive_path.stat().st_size, out, passphrase)
                _sync(out)
            archive_path.unlink()
        else:
            with archive_path.open("rb+") as written:
                _sync(written)
            archive_path.replace(final_tmp)
        size = final_tmp.stat().st_size
        progress.check(CANCELLED)
        os.replace(final_tmp, target)
    except OSError as exc:
        archive_path.unlink(missing_ok=True)
        final_tmp.unlink(missing_ok=True)
        raise CmccError(
            N_("Cannot write {path} ({reason}). Choose another folder or free some space."),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:  # cancelled, or a bug: no half-written file stays behind
        archive_path.unlink(missing_ok=True)
        final_tmp.unlink(missing_ok=True)
        raise
    return size


def _member(archive: zipfile.ZipFile, name: str, compress: bool) -> IO[bytes]:
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    return archive.open(info, "w", force_zip64=True)


def _write_feeds(out: IO[bytes], feeds: Iterable[OutgoingFeedData]) -> dict[str, Any]:
    digest, size = hashlib.sha256(), 0

    def line(data: bytes) -> None:
        nonlocal size
        digest.update(data)
        out.write(data)
        size += len(data)

    for feed in feeds:
        header = {
            "feed": feed.feed,
            "first_seq": feed.first_seq,
            "start_chain": feed.start_chain,
            "head_signature": feed.head_signature,
            "changes": len(feed.entries),
        }
        line(json.dumps(header, separators=(",", ":")).encode() + b"\n")
        for entry in feed.entries:
            if isinstance(entry, Withheld):
                line(b'{"withheld":"' + entry.body_sha256.encode() + b'"}\n')
            else:
                line(entry.encode() + b"\n")  # canonical JSON: compact, on one line
    return {"sha256": digest.hexdigest(), "size": size}


def _copy_hashed(source: IO[bytes], out: IO[bytes]) -> dict[str, Any]:
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(_COPY):
        digest.update(chunk)
        out.write(chunk)
        size += len(chunk)
    return {"sha256": digest.hexdigest(), "size": size}


def _sync(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


# -- reading ----------------------------------------------------------------------------------------------
def is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC


class BundleReader:
    """A bundle opened for checking: its manifest is read and its signature checked on opening; its members
    only by :meth:`contents`. Close it (or use ``with``) to remove its private copy."""

    def __init__(self, path: Path, passphrase: str | None = None) -> None:
        self.path = path
        self._folder = Path(tempfile.mkdtemp(prefix="cmcc-bundle-"))
        try:
            self.copy = self._folder / "received.cmccsync"  # what is checked, imported and quarantined
            self._archive_path = self._copy_in(path, passphrase)
            self._archive = _open_archive(self._archive_path)
            self._infos = _check_directory(self._archive)
            manifest_bytes = _read_small(self._archive, self._infos.get(MANIFEST), MAX_MANIFEST_BYTES)
            signature_bytes = _read_small(self._archive, self._infos.get(SIGNATURE), MAX_SIGNATURE_BYTES)
            self.manifest_bytes = manifest_bytes
            self.manifest = _check_manifest(manifest_bytes, signature_bytes)
            _check_members_listed(self.manifest, self._infos)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        archive = getattr(self, "_archive", None)
        if archive is not None:
            archive.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def _copy_in(self, path: Path, passphrase: str | None) -> Path:
        if path.is_dir():
            raise BundleError(N_("{name} is a folder. Choose the .cmccsync file itself."), name=path.name)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise BundleError(
                    N_("The file is larger than any sync bundle can be ({size} MB). It is not a bundle."),
                    size=size // 2**20,
                )
            shutil.copyfile(path, self.copy)
        except OSError as exc:
            raise BundleError(
                N_("The file {name} cannot be read ({reason})."),
                name=path.name,
                reason=exc.strerror or str(exc),
            ) from exc
        if not is_encrypted(self.copy):
            return self.copy
        if not passphrase:
            raise PassphraseError(N_("This bundle is encrypted. Give the team passphrase to import it."))
        plain = self._folder / "decrypted.zip"
        with self.copy.open("rb") as source, plain.open("wb") as out:
            decrypt_stream(source, self.copy.stat().st_size, out, passphrase)
        return plain

    def contents(self, read_feed: FeedReader[T]) -> BundleContents[T]:
        """Every member read once, through its hash, and checked against the manifest: each feed handed line
        by line to ``read_feed`` (which checks each change as it comes, so that a hostile file is refused at
        its first bad line and never held whole), the attachments copied into the private folder."""
        feeds: list[T] = []
        attachments = {}
        entries = 0
        for name, listed in self.manifest.members.items():
            with self._open_member(name) as member:
                hashed = _Hashed(member)
                if name == FEEDS:
                    for header, lines in _feeds(hashed, self.manifest.changes):
                        feeds.append(read_feed(header, lines))
                        entries += header.count
                else:
                    target = self._folder / name.rsplit("/", 1)[1]
                    with target.open("wb") as out:
                        while chunk := hashed.read(_COPY):
                            out.write(chunk)
                    attachments[target.name] = target
                hashed.read(1)  # to its end: anything after the last line is part of the member too
            if (hashed.digest.hexdigest(), hashed.size) != (listed.sha256, listed.size):
                raise BundleError(
                    N_("A part of the bundle ({name}) does not match its manifest: the file was altered."),
                    name=name,
                )
            if name.startswith("attachments/") and hashed.digest.hexdigest() != name.rsplit("/", 1)[1]:
                raise BundleError(
                    N_("An attachment in the bundle does not match its name: the file was altered.")
                )
        counted = (entries, len(attachments))
        if counted != (self.manifest.changes, self.manifest.attachments):
            raise BundleError(N_("The bundle's counts do not match what it holds: the file was altered."))
        return BundleContents(feeds, attachments)

    def _open_member(self, name: str) -> IO[bytes]:
        try:
            return self._archive.open(self._infos[name])
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise BundleError(N_("The bundle is damaged (a part of it cannot be read).")) from exc


class _Hashed:
    """A member read through its SHA-256 and length (damaged deflate data is the file's fault, not a bug)."""

    def __init__(self, member: IO[bytes]) -> None:
        self.member = member
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, most: int) -> bytes:
        return self._seen(lambda: self.member.read(most))

    def readline(self, most: int) -> bytes:
        return self._seen(lambda: self.member.readline(most))

    def _seen(self, read: Any) -> bytes:
        try:
            data: bytes = read()
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:  # CRC, truncation, bad deflate
            raise BundleError(N_("The bundle is damaged (a part of it cannot be read).")) from exc
        self.digest.update(data)
        self.size += len(data)
        return data


def _feeds(member: _Hashed, announced: int) -> Iterator[tuple[FeedHeader, Iterator[Entry]]]:
    """Each feed's header, and its entries as they are read; a feed's entries must be taken before the next."""
    lines = _lines(member)
    total = 0
    for header_line in lines:
        header = parse_feed_header(_json(header_line, N_("feed")))
        total += header.count
        if total > announced:  # more than the manifest says: refused before any of it is read
            raise BundleError(N_("The bundle's counts do not match what it holds: the file was altered."))
        yield header, _entries(lines, header.count)


def _entries(lines: Iterator[bytes], count: int) -> Iterator[Entry]:
    for _ in range(count):
        line = next(lines, None)
        if line is None:
            raise BundleError(N_("The bundle's changes are cut short. It is not usable."))
        yield _entry(line)


def _entry(line: bytes) -> Entry:
    if line.startswith(b'{"withheld":'):
        return Withheld(parse_withheld(_json(line, N_("held-back change"))))
    if not line.startswith(b'{"at":"'):  # canonical change bodies begin so: anything else is refused at once
        raise BundleError(N_("The bundle's changes are damaged. It is not usable."))
    try:
        return line.decode()
    except UnicodeDecodeError as exc:
        raise BundleError(N_("The bundle's changes are damaged (not UTF-8). It is not usable.")) from exc


def _lines(member: _Hashed) -> Iterator[bytes]:
    """The member's lines without their newline, none longer than one change may be (read a megabyte at a
    time: a line at a time through the archive costs more than parsing the line)."""
    pending = b""
    while chunk := member.read(_COPY):
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        for line in lines:
            if len(line) > MAX_LINE_BYTES:
                break
            yield line
        else:
            if len(pending) <= MAX_LINE_BYTES:
                continue
        raise BundleError(N_("The bundle's changes are damaged (a line is too long). It is not usable."))
    if pending:
        raise BundleError(N_("The bundle's changes are damaged (the last line is cut). It is not usable."))


def _json(data: bytes, part: str) -> Any:
    try:
        return json.loads(data)
    except ValueError as exc:
        raise BundleError(N_("The bundle's {part} is damaged. It is not usable."), part=part) from exc


def _open_archive(path: Path) -> zipfile.ZipFile:
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        end = handle.tell()
        handle.seek(max(0, end - 22))
        tail = handle.read(22)
    if len(tail) < 22 or tail[:4] != b"PK\x05\x06" or tail[-2:] != b"\x00\x00":
        # Bundles end with the ZIP's end record and no comment; anything after it was added to the file.
        raise BundleError(N_("This is not a sync bundle, or the file is damaged (cut short or extended)."))
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BundleError(
            N_("This is not a sync bundle, or the file is damaged (it may be cut short).")
        ) from exc


def _check_directory(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Names, count, declared sizes and ratios, from the archive's directory: nothing is inflated yet."""
    infos: dict[str, zipfile.ZipInfo] = {}
    total = 0
    listing = archive.infolist()
    if len(listing) > 2 + 100_000:
        raise BundleError(N_("The bundle holds too many files. It was refused for safety."))
    for info in listing:
        name = info.filename
        if name in infos or not (name in (MANIFEST, SIGNATURE) or member_name(name)):
            raise BundleError(
                N_("The bundle holds an unexpected file ({name}). It was refused for safety."), name=name[:80]
            )
        most = {MANIFEST: MAX_MANIFEST_BYTES, SIGNATURE: MAX_SIGNATURE_BYTES, FEEDS: MAX_FEEDS_BYTES}.get(
            name, MAX_ATTACHMENT_BYTES
        )
        compressed = info.compress_type != zipfile.ZIP_STORED
        if info.file_size > most or (
            compressed and info.file_size > MAX_RATIO * max(info.compress_size, 1024)
        ):
            raise BundleError(
                N_("A part of the bundle would unpack to an unsafe size. It was refused for safety.")
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleError(N_("The bundle would unpack to an unsafe size. It was refused for safety."))
        infos[name] = info
    return infos


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo | None, most: int) -> bytes:
    if info is None:
        raise BundleError(N_("The bundle has no manifest or no signature. It is not usable."))
    try:
        with archive.open(info) as member:
            data = member.read(most + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise BundleError(N_("The bundle is damaged (a part of it cannot be read).")) from exc
    if len(data) > most or len(data) != info.file_size:
        raise BundleError(N_("The bundle is damaged (a part of it has the wrong size)."))
    return data


def _check_manifest(manifest_bytes: bytes, signature_bytes: bytes) -> Manifest:
    raw = _json(manifest_bytes, N_("manifest"))
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleError(N_("This file is not a CMCC Desktop sync bundle."))
    version = raw.get("format_version")
    if type(version) is not int or version > FORMAT_VERSION:
        raise BundleError(
            N_(
                "This bundle was made by a newer version of CMCC Desktop (bundle format {version}). "
                "Update CMCC Desktop to import it."
            ),
            version=version,
        )
    if version < FORMAT_VERSION:
        raise BundleError(
            N_(
                "This bundle was made by an older version of CMCC Desktop (bundle format {version}), before team "
                "keys. Ask the sender to update CMCC Desktop and export again."
            ),
            version=version,
        )
    manifest = parse_manifest(raw, member_name)
    public_key, signature = parse_signature(_json(signature_bytes, N_("signature")))
    if public_key != manifest.sender_device.public_key or not keys.verify(
        public_key, manifest_bytes, signature
    ):
        raise BundleError(
            N_("The bundle's signature does not match its contents: the file was altered or forged.")
        )
    return manifest


def _check_members_listed(manifest: Manifest, infos: Mapping[str, zipfile.ZipInfo]) -> None:
    present = {name: info.file_size for name, info in infos.items() if name not in (MANIFEST, SIGNATURE)}
    if present != {name: member.size for name, member in manifest.members.items()}:
        raise BundleError(N_("The bundle's files do not match its manifest: the file was altered."))


# -- encryption (the STREAM construction: chunked AEAD, nonce = prefix | counter | last-chunk flag) --------
def _header(salt: bytes, prefix: bytes) -> bytes:
    return json.dumps(
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


def encrypt_stream(source: IO[bytes], size: int, out: IO[bytes], passphrase: str) -> None:
    salt, prefix = os.urandom(16), os.urandom(7)
    header = _header(salt, prefix)
    cipher = ChaCha20Poly1305(_derive(passphrase, salt))
    out.write(ENCRYPTED_MAGIC + header + b"\n")
    count = max(1, -(-size // CHUNK))
    for index in range(count):
        chunk = source.read(CHUNK)
        out.write(cipher.encrypt(_nonce(prefix, index, index == count - 1), chunk, header))


def decrypt_stream(source: IO[bytes], size: int, out: IO[bytes], passphrase: str) -> None:
    """Decrypt chunk by chunk. Only the settings this version writes are accepted: a header asking for more
    memory or time than that (a larger scrypt cost) is refused before any key is derived."""
    source.read(len(ENCRYPTED_MAGIC))
    header = source.readline(1025)
    damaged = BundleError(N_("The encrypted bundle's header is damaged. It is not usable."))
    if not header.endswith(b"\n"):
        raise damaged
    try:
        params = json.loads(header)
    except ValueError as exc:
        raise damaged from exc
    if not isinstance(params, dict) or set(params) != set(json.loads(_header(b"", b""))):
        raise damaged
    try:
        salt = base64.b64decode(params["salt"], validate=True)
        prefix = base64.b64decode(params["nonce_prefix"], validate=True)
    except (ValueError, TypeError) as exc:
        raise damaged from exc
    if header.rstrip(b"\n") != _header(salt, prefix) or len(salt) != 16 or len(prefix) != 7:
        raise BundleError(
            N_("This encrypted bundle uses settings this version cannot open. Update CMCC Desktop.")
        )
    cipher = ChaCha20Poly1305(_derive(passphrase, salt))
    body = size - len(ENCRYPTED_MAGIC) - len(header)
    step = CHUNK + 16
    count = -(-body // step)
    wrong = PassphraseError(N_("The passphrase is wrong, or the encrypted file was changed or cut short."))
    if count == 0:
        raise wrong
    aad = header.rstrip(b"\n")
    try:
        for index in range(count):
            out.write(cipher.decrypt(_nonce(prefix, index, index == count - 1), source.read(step), aad))
    except InvalidTag as exc:
        raise wrong from exc


def _derive(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode())


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
