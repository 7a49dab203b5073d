"""Bundles validly signed by a trusted laptop but hostile inside: every one is refused with an officer's error
and changes nothing.

Hypothesis takes a real bundle from a trusted laptop and breaks one thing in it (a change, a feed's header or
the manifest), then signs it again with that laptop's own keys, so that the break is met by the checks of what
is inside, not by the signature. The cases are cheap, so it tries 25 times the Hypothesis profile's count
(tests/conftest.py): 2,500 in CI (``CI=true``), several hundred otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmcc_desktop.errors import CmccError
from cmcc_desktop.sync import exchange

from .forging import TakenApart, laptop_keys
from .helpers import Laptop, examples

CASES = examples(25)
CHANGE_KEYS = ["at", "author", "entity", "feed", "hlc", "preds", "record", "seq", "team", "values", "whole"]
TEXT_KEYS = {"at", "author", "entity", "feed", "record", "team"}
SQL = ["x'); DROP TABLE contact; --", "contact; DELETE FROM change", "sqlite_master", "record_heads", '"']

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def not_of_type(kind: Callable[[Any], bool]) -> st.SearchStrategy[Any]:
    return json_values.filter(lambda value: not kind(value))


# Each mutation breaks one thing: (what it acts on, a function of the drawn data that breaks it).
Mutation = tuple[str, Callable[..., None]]


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda target: target.__setitem__(key, value)


@st.composite
def change_mutations(draw: st.DrawFn) -> tuple[str, Callable[[dict[str, Any]], None]]:
    """(the entity of the change to break, how)"""
    kind = draw(
        st.sampled_from(
            [
                "wrong type",
                "missing key",
                "extra key",
                "unknown entity",
                "unknown field",
                "too long",
                "bad code",
                "bad link",
                "bad predecessor",
                "bad value",
                "creation without a required field",
            ]
        )
    )
    if kind == "wrong type":
        key = draw(st.sampled_from(CHANGE_KEYS))
        checks: dict[str, Callable[[Any], bool]] = {
            "hlc": lambda v: type(v) is int and v >= 0,
            "seq": lambda v: type(v) is int,
            "preds": lambda v: isinstance(v, dict) and not v,
            "values": lambda v: isinstance(v, dict) and not v,
            "whole": lambda v: type(v) is bool,
        }
        value = draw(not_of_type(checks.get(key, lambda v: isinstance(v, str))))
        return "contact", _set(key, value)
    if kind == "missing key":
        key = draw(st.sampled_from(CHANGE_KEYS))
        return "contact", lambda change: change.pop(key)
    if kind == "extra key":
        key = draw(
            st.text(min_size=1, max_size=12).filter(lambda k: k not in CHANGE_KEYS) | st.sampled_from(SQL)
        )
        return "contact", _set(key, draw(json_values))
    if kind == "unknown entity":
        return "contact", _set("entity", draw(st.sampled_from(SQL) | st.text(max_size=12)))
    if kind == "unknown field":
        name = draw(
            st.sampled_from([*SQL, "id", "updated_by", "deleted_by", "secret"]) | st.text(max_size=10)
        )
        return "contact", lambda change: change["values"].__setitem__(name, "x")
    if kind == "too long":
        field, most = draw(st.sampled_from([("full_name", 300), ("call_sign", 60), ("notes", 20_000)]))
        return "contact", lambda change: change["values"].__setitem__(field, "x" * (most + 1))
    if kind == "bad code":
        entity, field, value = draw(
            st.sampled_from(
                [
                    ("contact", "sectors", ["XXX"]),
                    ("contact", "releasability", "everyone"),
                    ("task", "status", "exploded"),
                    ("task", "priority", "whenever"),
                    ("site", "site_type", "castle"),
                    ("site", "status", "fine"),
                    ("visit", "needs", [{"note": "", "sector": "WSH", "severity": 9}]),
                ]
            )
        )
        return entity, lambda change: change["values"].__setitem__(field, value)
    if kind == "bad link":
        entity, field = draw(
            st.sampled_from(
                [
                    ("contact", "organisation_id"),
                    ("task", "site_id"),
                    ("task", "assignee_contact_id"),
                    ("visit", "site_id"),
                    ("visit", "contacts_met"),
                ]
            )
        )
        junk = draw(st.sampled_from(["../../etc/passwd", "1 OR 1=1", "", "not-an-id"]))
        value: Any = [junk] if field == "contacts_met" else junk
        return entity, lambda change: change["values"].__setitem__(field, value)
    if kind == "bad predecessor":
        preds = draw(
            st.sampled_from(
                [
                    {"*": [["nonsense", 1, 1]]},
                    {"full_name": [["01a00000-0000-7000-8000-000000000000:s", 0, 1]]},
                    {"no_such_field": []},
                    {"*": [[1, 2]]},
                    {"*": "everything"},
                ]
            )
        )
        return "contact", _set("preds", preds)
    if kind == "bad value":
        entity, field, value = draw(
            st.sampled_from(
                [
                    ("contact", "full_name", 42),
                    ("contact", "full_name", "  padded  "),
                    ("contact", "sectors", "WSH"),
                    ("contact", "phones", [{"number": "0599"}]),
                    ("contact", "emails", [{"address": "nobody", "label": "work"}]),
                    ("contact", "last_contacted", "yesterday"),
                    ("contact", "created_at", "2026-13-45T99:00:00.000000Z"),
                    ("site", "latitude", 91.0),
                    ("site", "longitude", "34.5"),
                    ("visit", "people_in_need", -5),
                    ("visit", "visited_at", 1764400000),
                    ("task", "due_date", "2026-02-30"),
                ]
            )
        )
        return entity, lambda change: change["values"].__setitem__(field, value)
    required = draw(st.sampled_from(["full_name", "created_at", "created_by"]))
    return "contact", lambda change: change["values"].pop(required, None)


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_list(value: Any) -> bool:
    return isinstance(value, list)


@st.composite
def container_mutations(draw: st.DrawFn) -> tuple[str, Callable[[dict[str, Any]], None]]:
    """("header" or "manifest", how): a value of a type the key never has."""
    if draw(st.booleans()):
        header_keys: dict[str, Callable[[Any], bool]] = {
            "feed": _is_text,
            "first_seq": lambda v: type(v) is int and v > 0,
            "start_chain": _is_text,
            "head_signature": _is_text,
        }
        key = draw(st.sampled_from([*header_keys, "changes"]))
        if key == "changes":
            return "header", _set(key, draw(st.sampled_from([10**9, 0, -1, "3", 2**70])))
        return "header", _set(key, draw(not_of_type(header_keys[key])))
    manifest_keys: dict[str, Callable[[Any], bool]] = {
        "bundle_id": _is_text,
        "created_at": _is_text,
        "created_hlc": lambda v: type(v) is int and v >= 0,
        "app_version": _is_text,
        "devices": _is_list,
        "sender_has": _is_list,
        "assumed_receiver_has": _is_list,
        "peer_team": lambda v: v is None or isinstance(v, str),
        "trusted_teams": _is_list,
    }
    key = draw(st.sampled_from([*manifest_keys, "counts", "schema_version", "an unknown key"]))
    if key == "counts":
        return "manifest", _set(
            key, draw(st.sampled_from([{"changes": 10**12, "attachments": 0}, {}, [], "many"]))
        )
    if key == "schema_version":
        return "manifest", _set(key, draw(st.sampled_from([*SQL, "9999_future", 5])))
    if key == "an unknown key":
        return "manifest", _set(key, draw(json_values))
    return "manifest", _set(key, draw(not_of_type(manifest_keys[key])))


class Forger:
    """Re-signs a broken copy of a real bundle with its sender's own keys."""

    def __init__(self, laptop: Laptop, bundle: Path) -> None:
        self.private_key, _team_key = laptop_keys(laptop.paths.database)
        self.base = TakenApart(bundle)
        assert len(self.base.feeds) == 1  # the sender's shared feed
        self.target = bundle.parent / "hostile.cmccsync"

    def write(
        self, entity: str | None, change_break: Any, container: str | None, container_break: Any
    ) -> Path:
        bundle = self.base.copy()
        header, changes = bundle.feeds[0]
        if entity is not None:
            change_break(next(c for c in reversed(changes) if c["entity"] == entity))
        bundle.sign_feed(0, self.private_key)
        if container == "header":
            container_break(header)
        return bundle.write(
            self.target, self.private_key, container_break if container == "manifest" else None
        )


@pytest.fixture
def forger_and_receiver(tmp_path: Path):  # type: ignore[no-untyped-def]
    north, south = Laptop(tmp_path, "lina", "North"), Laptop(tmp_path, "erik", "South")
    north.services.contacts.create(full_name="Marc Dubois")
    north.send_to(south)  # south trusts north's team
    services = north.services
    municipality = services.organisations.create(name="Gaza Municipality", org_type="local_authority")
    contact = services.contacts.create(
        full_name="Ahmad Abu Shaban",
        organisation_id=municipality.id,
        phones=[{"number": "+970599123456"}],
        emails=[{"address": "ahmad@cmwu.example"}],
        sectors=["WSH"],
    )
    site = services.sites.create(
        name="Beit Lahia well", site_type="water_sanitation", latitude=31.55, longitude=34.5
    )
    services.tasks.create(
        title="Repair the pump", site_id=site.id, assignee_contact_id=contact.id, status="assigned"
    )
    services.visits.create(
        site_id=site.id,
        visited_at="2026-10-02T09:30:00+02:00",
        contacts_met=[contact.id],
        needs=[{"sector": "WSH", "severity": 4, "note": "No chlorine"}],
        people_in_need=1200,
    )
    forger = Forger(north, north.bundle_for(south))
    yield forger, south
    north.close()
    south.close()


def test_the_forger_makes_bundles_that_are_taken_in_when_nothing_is_broken(forger_and_receiver) -> None:  # type: ignore[no-untyped-def]
    """The fuzzer's own check: unbroken, its re-signed bundle imports, so what breaks it is the break."""
    forger, south = forger_and_receiver
    result = exchange.import_bundle(south.store, forger.write(None, None, None, None))
    assert (result.new, result.conflicts) == (5, 0)


def test_hostile_bundles_signed_by_a_trusted_laptop_are_refused(forger_and_receiver) -> None:  # type: ignore[no-untyped-def]
    forger, south = forger_and_receiver
    before = south.dump()
    seen: set[str] = set()
    cases = 0

    @settings(
        max_examples=CASES,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def attempt(data: st.DataObject) -> None:
        nonlocal cases
        cases += 1
        if data.draw(st.booleans()):
            entity, change_break = data.draw(change_mutations())
            path = forger.write(entity, change_break, None, None)
        else:
            container, container_break = data.draw(container_mutations())
            path = forger.write(None, None, container, container_break)
        try:
            exchange.import_bundle(south.store, path)
        except CmccError as refused:
            seen.add(str(getattr(refused, "reason", refused)).split("(")[0])
        else:
            raise AssertionError("a hostile bundle was imported")
        assert south.dump() == before

    attempt()
    assert cases >= CASES
    assert len(seen) >= 8  # many different checks were met, not one early refusal for everything
