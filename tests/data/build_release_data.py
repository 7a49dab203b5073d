"""Build the data folders kept in ``tests/data/``: one made by each past release whose schema differs from the
next, filled by that release's own code, so that the upgrade tests open real data written the way officers'
laptops wrote it.

Run by a developer when a release changes the schema (the suite only reads the archives):

    .venv/bin/python tests/data/build_release_data.py

Each recipe checks out its release's commit in a temporary git worktree and runs there, with this
environment's libraries (the releases need nothing newer). It writes ``release-<schema>.tar.gz``: the data
folder (database, attachments; no logs or backups) and ``dump.json``, the canonical dump that release wrote
of it. A recipe adds what its release's demo does not make by itself: photos, records moved to Deleted items,
a team-only record, edits, and from the first release with sync, conflicts made by exchanging bundles with a
second laptop.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

# Written with each release's own API (they differ). ``DATA`` is the data folder; ``WORK`` a scratch folder.
_COMMON = """
import io, os, sys
from pathlib import Path
from PIL import Image
from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.services.export import write_json_dump
DATA, WORK = Path(sys.argv[1]), Path(sys.argv[2])

def photo(name, colour):
    path = WORK / name
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path

def enrich(services):
    visits = services.visits.find(order_by="visited_at", limit=3)
    for number, visit in enumerate(visits):
        services.attachments.attach_file(visit.id, photo(f"site-{number}.jpg", (40 * number, 120, 90)),
                                         caption=f"North wall, photo {number + 1}")
    contacts = services.contacts.find(limit=3)
    services.contacts.delete(contacts[0].id)
    services.contacts.update(contacts[1].id, notes="Prefers a call after 16:00; يفضل الاتصال بعد الرابعة")
    tasks = services.tasks.find(limit=2)
    services.tasks.delete(tasks[0].id)
    site = services.sites.create(name="Liaison office annex", name_ar="ملحق مكتب الارتباط",
                                 latitude=31.5, longitude=34.46, releasability="team")
    services.visits.create(site_id=site.id, visited_at="2026-10-02T09:30:00+02:00",
                           purpose="Handover of the generator", releasability="team")
"""

_WITH_A_SECOND_LAPTOP = """
from cmcc_desktop.demo_sizes import DemoSizes
from cmcc_desktop.services.demo import generate
from cmcc_desktop.sync.exchange import export_bundle, import_bundle
SIZES = DemoSizes(organisations=40, contacts=2000, sites=100, tasks=300, visits=200)
north_paths, south_paths = resolve_paths(DATA), resolve_paths(WORK / "south")
with Store.open(north_paths, officer="Lina Haddad", team="CMCC North") as north, \\
        Store.open(south_paths, officer="Omar Khalil", team="CMCC South") as south:
    generate(north, seed=3, sizes=SIZES)
    n, s = Services(north), Services(south)
    enrich(n)
    export_bundle(north, WORK / "n1.cmccsync", peer_team="CMCC South")
    import_bundle(south, WORK / "n1.cmccsync", trust_signer=True)
    tasks = n.tasks.find(status=["assigned", "in_progress"], limit=3)
    sites = n.sites.find(limit=3)
    contact = n.contacts.find(limit=5)[-1]
    # Both laptops change the same fields: a priority, a status with its reason, a site's position.
    other = [p for p in ("urgent", "high", "low", "normal") if p != tasks[0].priority]
    n.tasks.update(tasks[0].id, priority=other[0])
    s.tasks.update(tasks[0].id, priority=other[1])
    n.tasks.update(tasks[1].id, status="blocked", status_reason="Road closed at Salah al-Din")
    s.tasks.update(tasks[1].id, status="on_hold", status_reason="Waiting for fuel")
    n.sites.update(sites[0].id, latitude=31.5101, longitude=34.4502)
    s.sites.update(sites[0].id, latitude=31.5202, longitude=34.4603)
    # Different fields of one record: both survive, no conflict.
    n.sites.update(sites[1].id, status="functional")
    s.sites.update(sites[1].id, access_notes="Gate on the east side")
    # An edit on one laptop while the other deletes the record.
    s.contacts.update(contact.id, call_sign="OLIVE 7")
    n.contacts.delete(contact.id)
    export_bundle(south, WORK / "s1.cmccsync", peer_team="CMCC North")
    import_bundle(north, WORK / "s1.cmccsync", trust_signer=True)
    write_json_dump(north, DATA.parent / "dump.json")
"""

RECIPES = {
    # The first release (stop 7): schema 0002; no sync yet.
    "0002": (
        "61a0b54",
        _COMMON
        + """
from cmcc_desktop.services.demo import DemoSizes, generate
SIZES = DemoSizes(organisations=40, contacts=2000, sites=100, tasks=300, visits=200)
paths = resolve_paths(DATA)
with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
    generate(store, seed=3, sizes=SIZES)
    enrich(Services(store))
    write_json_dump(store, DATA.parent / "dump.json")
""",
    ),
    # The last release at schema 0003 (stop 9): sync, so a second laptop and conflicts with it.
    "0003": ("395f663", _COMMON + _WITH_A_SECOND_LAPTOP),
    # The last release at schema 0004 (stop 10): the same, over the change log's new indexes.
    "0004": ("811534c", _COMMON + _WITH_A_SECOND_LAPTOP),
}


def build(schema: str) -> Path:
    commit, script = RECIPES[schema]
    with tempfile.TemporaryDirectory(prefix=f"cmcc-release-{schema}-") as scratch:
        folder = Path(scratch)
        checkout, data, work = folder / "checkout", folder / "out" / "data", folder / "work"
        work.mkdir()
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(checkout), commit], check=True
        )
        try:
            env = {**os.environ, "PYTHONPATH": str(checkout / "src"), "TZ": "Asia/Gaza"}
            subprocess.run(
                [sys.executable, "-c", textwrap.dedent(script), str(data), str(work)], check=True, env=env
            )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)], check=True
            )
        target = HERE / f"release-{schema}.tar.gz"
        with tarfile.open(target, "w:gz") as archive:
            archive.add(folder / "out" / "dump.json", arcname="dump.json")
            for path in sorted(data.rglob("*")):
                relative = path.relative_to(data)
                if relative.parts[0] in ("logs", "backups") or path.name.endswith(("-wal", "-shm")):
                    continue
                archive.add(path, arcname=str(Path("data") / relative), recursive=False)
    return target


if __name__ == "__main__":
    for name in sys.argv[1:] or sorted(RECIPES):
        print(f"{name}: {build(name)}")
