"""Contacts as vCards (``.vcf``), written by vobject: 4.0 (RFC 6350) by default, 3.0 (RFC 2426) for phones
that read nothing newer.

Each contact gives one card: its name (FN, and N split at the last space), every phone and e-mail with
its kind (mobile, office, WhatsApp … as TYPE), its organisation (where that may go too) and its title.
The Arabic name is a second FN in 4.0, tied to the first by ALTID and marked LANGUAGE=ar; 3.0 allows one
FN, so there it is the card's NICKNAME (LANGUAGE=ar), which phones show and search.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import vobject

from ...i18n import N_
from ...progress import NO_PROGRESS, Progress
from .records import Snapshot

VCARD_VERSIONS = ("4.0", "3.0")
_CANCELLED = N_("The export was cancelled; no file was written.")

# A phone's label (free text in the app) as vCard TYPE values.
_PHONE_TYPES = {
    "mobile": ["cell"],
    "cell": ["cell"],
    "whatsapp": ["cell"],
    "signal": ["cell"],
    "office": ["work", "voice"],
    "work": ["work", "voice"],
    "home": ["home", "voice"],
    "fax": ["fax"],
}
_EMAIL_TYPES = {"work": ["work"], "office": ["work"], "home": ["home"], "personal": ["home"]}


def contact_card(contact: dict[str, Any], organisation: dict[str, Any] | None, version: str = "4.0") -> Any:
    """One contact as a vobject vCard component."""
    card = vobject.vCard()
    card.add("version").value = version
    name = str(contact["full_name"]).strip()
    arabic = str(contact.get("name_ar") or "").strip()
    fn = card.add("fn")
    fn.value = name
    if arabic and version == "4.0":
        fn.params["ALTID"] = ["1"]
        fn.params["LANGUAGE"] = ["en"]
        second = card.add("fn")
        second.value = arabic
        second.params["ALTID"] = ["1"]
        second.params["LANGUAGE"] = ["ar"]
    elif arabic:
        nickname = card.add("nickname")
        nickname.value = arabic
        nickname.params["LANGUAGE"] = ["ar"]
    given, _space, family = name.rpartition(" ")
    card.add("n").value = (
        vobject.vcard.Name(family=family, given=given) if given else vobject.vcard.Name(given=family)
    )
    for phone in contact.get("phones") or []:
        number = str(phone.get("number") or "")
        if not number:
            continue
        tel = card.add("tel")
        kinds = _PHONE_TYPES.get(str(phone.get("label") or "").strip().lower(), ["voice"])
        if version == "4.0":
            tel.value = "tel:" + number
            tel.params["VALUE"] = ["uri"]
        else:
            tel.value = number
        tel.params["TYPE"] = kinds
    for email in contact.get("emails") or []:
        address = str(email.get("address") or "")
        if not address:
            continue
        item = card.add("email")
        item.value = address
        item.params["TYPE"] = _EMAIL_TYPES.get(str(email.get("label") or "").strip().lower(), ["work"])
        if version == "3.0":
            item.params["TYPE"] = ["INTERNET", *item.params["TYPE"]]
    if organisation:
        card.add("org").value = [str(organisation["name"])]
    if contact.get("title"):
        card.add("title").value = str(contact["title"])
    card.add("uid").value = ("urn:uuid:" if version == "4.0" else "") + str(contact["id"])
    return card


def cards(snapshot: Snapshot, version: str = "4.0") -> Iterator[Any]:
    organisations = snapshot.linked("organisation")
    for contact in snapshot.rows("contact"):
        yield contact_card(contact, organisations.get(contact["organisation_id"] or ""), version)


def write_vcards(
    snapshot: Snapshot, path: Path, version: str = "4.0", progress: Progress = NO_PROGRESS
) -> int:
    """Every contact that may go, one card after another (CRLF lines, as the RFCs ask). Returns cards."""
    if version not in VCARD_VERSIONS:
        raise ValueError(f"unknown vCard version {version!r}")
    written = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        for card in cards(snapshot, version):
            out.write(card.serialize())
            written += 1
            if written % 500 == 0:
                progress(written, 0)
                progress.check(_CANCELLED)
    return written
