"""Nothing marked team only leaves the team: not a record, not what belongs to it (a visit's photos, captions,
file names and follow-up tasks), not what was shared before it was marked team only."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.services import Services, Store

from .helpers import Laptop


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    north, south = Laptop(tmp_path, "lina", "North"), Laptop(tmp_path, "erik", "South")
    yield north, south
    north.close()
    south.close()


def photo(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    path = folder / name
    Image.new("RGB", (24, 16), colour).save(path, "PNG")
    return path


def unpacked(bundle: Path) -> bytes:
    with zipfile.ZipFile(bundle) as archive:
        return b"".join(archive.read(info) for info in archive.infolist())


def test_photos_of_team_only_visits_stay_in_the_team(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    north, south = pair
    site = north.services.sites.create(name="Liaison office annex")
    secret_photo = photo(tmp_path, "checkpoint-layout.png", (200, 10, 10))
    for number in range(2):
        visit = north.services.visits.create(
            site_id=site.id, visited_at="2026-10-02T09:30:00+02:00", purpose="Handover", releasability="team"
        )
        north.services.visits.save(
            visit.id,
            {
                "photos": [
                    {"attachment_id": None, "path": str(secret_photo), "caption": f"Guard post {number}"}
                ]
            },
        )
    assert {a.releasability for a in north.services.attachments.find()} == {"team"}
    bundle = north.bundle_for(south)
    data = unpacked(bundle)
    assert b"Guard post" not in data and b"checkpoint-layout" not in data
    assert secret_photo.read_bytes() not in data
    south.receive(bundle)
    assert south.services.attachments.count() == 0 and south.services.visits.count() == 0


def test_what_was_shared_before_it_was_marked_team_only_is_held_back_from_new_bundles(
    pair, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    north, south = pair
    site = north.services.sites.create(name="Beit Lahia well")
    visit = north.services.visits.create(
        site_id=site.id, visited_at="2026-10-02T09:30:00+02:00", purpose="Informant meeting at the well"
    )
    north.services.visits.save(
        visit.id,
        {
            "photos": [
                {
                    "attachment_id": None,
                    "path": str(photo(tmp_path, "face.png", (1, 2, 3))),
                    "caption": "Mr X",
                }
            ]
        },
    )
    task = north.services.tasks.create(title="Pay the informant", visit_id=visit.id)
    north.services.visits.update(visit.id, releasability="team")
    assert north.services.attachments.find()[0].releasability == "team"  # photos follow their visit
    assert north.services.tasks.get(task.id).releasability == "team"  # follow-ups at least as strict

    data = unpacked(north.bundle_for(south, full=True))
    assert b"Informant meeting" not in data and b"Mr X" not in data and b"face.png" not in data
    assert b"Pay the informant" not in data
    result = south.receive(north.bundle_for(south, full=True))
    assert result.new == 1  # the site only
    # Shared again: it travels whole, photos included.
    north.services.visits.update(visit.id, releasability="partners")
    south.receive(north.bundle_for(south))
    assert south.services.visits.get(visit.id).purpose == "Informant meeting at the well"
    assert [a.caption for a in south.services.attachments.find()] == ["Mr X"]


def test_a_follow_up_is_never_shared_more_widely_than_its_visit(pair) -> None:  # type: ignore[no-untyped-def]
    north, _ = pair
    site = north.services.sites.create(name="Shati well")
    visit = north.services.visits.create(
        site_id=site.id, visited_at="2026-10-02T09:30:00+02:00", releasability="team"
    )
    task = north.services.tasks.create(title="Follow up", visit_id=visit.id, releasability="partners")
    assert north.services.tasks.get(task.id).releasability == "team"
    north.services.tasks.update(task.id, releasability="public")
    assert north.services.tasks.get(task.id).releasability == "team"


def test_photos_marked_more_widely_than_their_visit_are_mended_on_opening(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    with Store.open(paths, officer="Lina Haddad", team="North") as store:
        services = Services(store)
        site = services.sites.create(name="Shati well")
        visit = services.visits.create(site_id=site.id, visited_at="2026-10-02T09:30:00+02:00")
        services.attachments.attach_file(visit.id, photo(tmp_path, "a.png", (9, 9, 9)), caption="Gate")
    with sqlite3.connect(paths.database) as connection:  # as a release before this rule could leave it
        connection.execute("UPDATE visit SET releasability = 'team'")
    connection.close()
    with Store.open(paths) as store:
        (attachment,) = Services(store).attachments.find()
        assert attachment.releasability == "team"
        with store.read() as session:
            raw = session.connection().connection.driver_connection
            (logged,) = raw.execute(
                "SELECT count(*) FROM change WHERE record_id = ? AND feed LIKE '%:t'", (attachment.id,)
            ).fetchone()
        assert logged == 1  # an ordinary change, in the team feed, so teammates mend it too


MARKINGS = st.sampled_from(["team", "partners", "public"])


@settings(  # as many cases as the profile says (tests/conftest.py)
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    histories=st.lists(st.lists(MARKINGS, min_size=1, max_size=3), min_size=2, max_size=5),
    photo_counts=st.lists(st.integers(0, 2), min_size=5, max_size=5),
    follow_ups=st.lists(MARKINGS, min_size=5, max_size=5),
    contact_marks=st.lists(MARKINGS, min_size=1, max_size=3),
)
def test_no_bundle_for_another_team_carries_anything_of_what_is_team_only(
    tmp_path_factory: pytest.TempPathFactory,
    histories: list[list[str]],
    photo_counts: list[int],
    follow_ups: list[str],
    contact_marks: list[str],
) -> None:
    root = tmp_path_factory.mktemp("marks")
    north, south = Laptop(root, "lina", "North"), Laptop(root, "erik", "South")
    try:
        services = north.services
        site = services.sites.create(name="Site S-000")
        secrets: dict[str, list[bytes]] = {}  # record id -> what of it must not leak if it ends team only
        for number, history in enumerate(histories):
            visit = services.visits.create(
                site_id=site.id,
                visited_at="2026-10-02T09:30:00+02:00",
                purpose=f"purpose-V{number:03}",
                releasability=history[0],
            )
            photos = []
            for count in range(photo_counts[number]):
                image = photo(root, f"file-V{number:03}-{count}.png", (number * 40 % 255, count * 90, 7))
                photos.append(
                    {"attachment_id": None, "path": str(image), "caption": f"caption-V{number:03}-{count}"}
                )
            if photos:
                services.visits.save(visit.id, {"photos": photos})
            task = services.tasks.create(
                title=f"task-V{number:03}", visit_id=visit.id, releasability=follow_ups[number]
            )
            north.send_to(south)  # what was shared then
            for marking in history[1:]:
                services.visits.update(
                    visit.id, releasability=marking, findings=f"findings-V{number:03}-{marking}"
                )
            secrets[visit.id] = [f"purpose-V{number:03}".encode(), f"findings-V{number:03}".encode()]
            secrets[task.id] = [f"task-V{number:03}".encode()]
            for attachment, source in zip(services.attachments.find(visit_id=visit.id), photos, strict=True):
                secrets[attachment.id] = [
                    f"caption-V{number:03}".encode(),
                    f"file-V{number:03}".encode(),
                    Path(source["path"]).read_bytes(),
                ]
        contact = services.contacts.create(full_name="contact-C000", releasability=contact_marks[0])
        for marking in contact_marks[1:]:
            services.contacts.update(contact.id, releasability=marking, notes="notes-C000")
        secrets[contact.id] = [b"contact-C000", b"notes-C000"]

        held = {
            record_id
            for entity in ("visit", "task", "attachment", "contact")
            for record_id in _team_only(north, entity)
        }
        data = unpacked(north.bundle_for(south, full=True))
        for record_id in held:
            for secret in secrets.get(record_id, []):
                assert secret not in data, (record_id, secret[:40])
    finally:
        north.close()
        south.close()


def _team_only(laptop: Laptop, entity: str) -> list[str]:
    """The records of a kind that are team only, themselves or through the visit they belong to."""
    with laptop.store.read() as session:
        raw = session.connection().connection.driver_connection
        query = f"SELECT id FROM {entity} WHERE releasability = 'team'"
        if entity in ("task", "attachment"):
            query += " OR visit_id IN (SELECT id FROM visit WHERE releasability = 'team')"
        return [row[0] for row in raw.execute(query)]
