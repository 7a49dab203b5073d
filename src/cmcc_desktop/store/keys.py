"""Device and team keys: Ed25519, stored and shown as base64 text; short fingerprints officers can read aloud.

Each laptop signs its own feeds with its device key; its team's key endorses that device key. Officers
compare a team key's fingerprint once, by phone or in person; from then on every laptop the team endorses
is accepted, however many relays its changes pass through.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat


def new_private_key() -> str:
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode()


def public_key_of(private_key: str) -> str:
    raw = _private(private_key).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def fingerprint(public_key: str) -> str:
    """Eight groups of four hex digits of the key's SHA-256, e.g. ``3fa2-91c0-…``: easy to compare by phone."""
    digest = hashlib.sha256(base64.b64decode(public_key)).hexdigest()[:32]
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def endorsement_message(device_id: str, device_public_key: str) -> bytes:
    """What a team key signs to say "this key is one of our laptops": the device and its key."""
    return f"cmcc-device-endorsement\n{device_id}\n{device_public_key}".encode()


def sign(private_key: str, message: bytes) -> str:
    return base64.b64encode(_private(private_key).sign(message)).decode()


def verify(public_key: str, message: bytes, signature: str) -> bool:
    try:
        _public(public_key).verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError):
        return False
    return True


@lru_cache(maxsize=8)
def _private(private_key: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))


@lru_cache(maxsize=256)
def _public(public_key: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
