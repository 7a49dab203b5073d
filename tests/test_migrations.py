"""The database schema: created by migrations, upgraded with a backup, and never touched when too new."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from cmcc_desktop.db.engine import create_sqlite_engine
from cmcc_desktop.db.migrate import alembic_config, head_revision, known_revisions
from cmcc_desktop.db.models import Base
from cmcc_desktop.errors import DatabaseError, SchemaTooNewError
from cmcc_desktop.paths import AppPaths, resolve_paths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.services.conflicts import conflicts
from cmcc_desktop.services.export import dump_records
from cmcc_desktop.sync.merge import rebuild_from_log

FIRST = "0001_core_records"


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def sql(database: Path) -> Iterator[sqlite3.Connection]:
    """A plain SQLite connection that commits and is closed afterwards (so no WAL file is left open)."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            yield connection
    finally:
        connection.close()


def _dump(store: Store) -> str:
    out = io.StringIO()
    dump_records(store, out)
    return out.getvalue()


def migrate_to(database: Path, revision: str) -> None:
    engine = create_sqlite_engine(database)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_a_new_database_is_created_at_head(paths: AppPaths) -> None:
    with Store.open(paths) as store:
        assert store.upgrade_backup is None
    with sql(paths.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert list(paths.backups.iterdir()) == []


def test_the_migrations_build_the_schema_the_models_declare(paths: AppPaths) -> None:
    def declared(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
        return not (type_ == "table" and reflected and compare_to is None)  # the search index, Alembic's own

    with Store.open(paths) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": declared})
        assert compare_metadata(context, Base.metadata) == []
    with sql(paths.database) as connection:
        (conflicted_index,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_record_heads_conflicted'"
        ).fetchone()
    assert conflicted_index.endswith("WHERE conflicted")


def test_a_first_version_database_upgrades_with_its_data_and_a_backup(paths: AppPaths) -> None:
    paths.ensure()
    migrate_to(paths.database, FIRST)
    stamp = "2026-03-01T10:00:00.000000Z"
    with sql(paths.database) as connection:
        connection.execute(
            "INSERT INTO organisation (id, created_at, created_by, updated_at, updated_by, releasability, name, "
            "name_ar, acronym, org_type, country, sectors, notes) VALUES "
            "('01900000-0000-7000-8000-000000000001', ?, 'Samir', ?, 'Samir', 'partners', 'Gaza Municipality', "
            "'بلدية غزة', 'GM', 'local_authority', 'PS', '[\"WSH\"]', 'Water and solid waste')",
            (stamp, stamp),
        )
        connection.execute(
            "INSERT INTO site (id, created_at, created_by, updated_at, updated_by, releasability, name, name_ar, "
            "site_type, sector, latitude, longitude, admin_area, admin_pcode, status, access_notes) VALUES "
            "('01900000-0000-7000-8000-000000000002', ?, 'Samir', ?, 'Samir', 'team', 'Sheikh Radwan pond', '', "
            "'water_sanitation', 'WSH', 31.53, 34.46, 'Gaza', '0012', 'non_functional', '')",
            (stamp, stamp),
        )

    with Store.open(paths) as store:
        backup = store.upgrade_backup
        services = Services(store)
        organisation = services.organisations.get("01900000-0000-7000-8000-000000000001")
        site = services.sites.get("01900000-0000-7000-8000-000000000002")
        assert (organisation.name_ar, organisation.sectors, organisation.created_by) == (
            "بلدية غزة",
            ["WSH"],
            "Samir",
        )
        assert (site.admin_pcode, site.releasability, site.latitude) == ("0012", "team", 31.53)
        assert [o.id for o in services.organisations.search("بلديه")] == [
            organisation.id
        ]  # indexed on upgrade
        before = _dump(store)
        with store.write() as unit:  # the records were logged on upgrade: the log alone rebuilds them
            rebuild_from_log(unit)
        assert _dump(store) == before
    with sql(paths.database) as connection:
        logged = connection.execute("SELECT record_id, feed FROM change ORDER BY record_id").fetchall()
    assert [(record_id, feed[-1]) for record_id, feed in logged] == [
        ("01900000-0000-7000-8000-000000000001", "s"),  # partners: the shared feed
        ("01900000-0000-7000-8000-000000000002", "t"),  # team only: the team feed
    ]
    assert backup is not None and backup.parent == paths.backups
    with sql(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST
        assert copy.execute("SELECT count(*) FROM organisation").fetchone()[0] == 1
    with sql(paths.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(paths: AppPaths) -> None:
    with Store.open(paths) as store:
        Services(store).contacts.create(full_name="Marc Dubois")
    with sql(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    assert "0099_from_the_future" not in known_revisions()
    before = {p.name: file_digest(p) for p in paths.data_dir.glob("cmcc.sqlite3*")}

    with pytest.raises(SchemaTooNewError, match="newer version of CMCC Desktop"):
        Store.open(paths)

    assert {p.name: file_digest(p) for p in paths.data_dir.glob("cmcc.sqlite3*")} == before
    assert list(paths.backups.iterdir()) == []


def test_a_file_that_is_not_ours_is_refused(paths: AppPaths) -> None:
    paths.ensure()
    with sql(paths.database) as connection:
        connection.execute("CREATE TABLE spreadsheet (a, b)")
    with pytest.raises(DatabaseError, match="not a CMCC Desktop database"):
        Store.open(paths)


def test_a_damaged_file_is_refused_with_advice(paths: AppPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"this is not sqlite at all" * 100)
    before = file_digest(paths.database)
    with pytest.raises(DatabaseError, match="cannot be read"):
        Store.open(paths)
    assert file_digest(paths.database) == before


# -- databases made by past releases (tests/data/build_release_data.py) ------------------------------------
RELEASES = Path(__file__).with_name("data")


def unpack_release(schema: str, into: Path) -> tuple[AppPaths, str]:
    """A data folder as the release at ``schema`` left it, and the canonical dump that release wrote of it."""
    with tarfile.open(RELEASES / f"release-{schema}.tar.gz") as archive:
        archive.extractall(into, filter="data")
    return resolve_paths(into / "data"), (into / "dump.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("schema", ["0002", "0003", "0004"])
def test_a_database_made_by_a_past_release_opens_with_every_record(schema: str, tmp_path: Path) -> None:
    paths, dump_before = unpack_release(schema, tmp_path)
    with Store.open(paths) as store:
        assert store.upgrade_backup is not None
        services = Services(store)
        # The dump format did not change since these releases, so the records must give the same bytes.
        assert _dump(store) == dump_before
        photos = services.attachments.find()
        assert len(photos) == 3 and all(services.attachments.blob_path(p).is_file() for p in photos)
        assert services.contacts.count(deleted=True) >= 1 and services.tasks.count(deleted=True) == 1
        assert [s.releasability for s in services.sites.search("ملحق مكتب الارتباط")] == ["team"]
        found = conflicts(store)
        with store.write() as unit:  # every record now has its changes: the log alone rebuilds them
            rebuild_from_log(unit)
        assert _dump(store) == dump_before
        assert conflicts(store) == found
        services.contacts.create(full_name="Rania Saleh")  # and the upgraded database takes new work
    if schema != "0002":  # made with a second laptop: the conflicts it had are still there to decide
        assert {(c.entity, c.field) for c in found} >= {
            ("task", "status"),
            ("task", "priority"),
            ("site", "latitude"),
        }
    assert [p.name for p in paths.backups.iterdir()] == [store.upgrade_backup.name]
    with sql(store.upgrade_backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0].startswith(schema)


def test_an_upgrade_that_fails_half_way_changes_nothing_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths, _dump_before = unpack_release("0002", tmp_path)
    with sql(paths.database) as connection:  # a table in the way of a late step of the upgrade to 0003
        connection.execute("CREATE TABLE imported_bundle (bundle_id TEXT)")
    before = file_digest(paths.database)

    for _attempt in range(2):
        with pytest.raises(DatabaseError) as refused:
            Store.open(paths)
        message = str(refused.value)
        assert "could not upgrade the database from schema 0002_search_index" in message
        assert "Nothing was changed" in message and str(paths.backups) in message
        assert file_digest(paths.database) == before  # at its old version, with every record
        (backup,) = paths.backups.iterdir()  # one copy, however often it is tried
        assert str(backup) in message
    with sql(paths.database) as connection:
        assert (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002_search_index"
        )
        assert connection.execute("SELECT count(*) FROM contact").fetchone()[0] == 2000
    with sql(backup) as copy:
        assert copy.execute("SELECT count(*) FROM contact").fetchone()[0] == 2000
    assert "upgrading the database from 0002_search_index" in caplog.text  # with the traceback, for IT


def test_the_copy_kept_by_a_failed_upgrade_puts_back_every_record(tmp_path: Path) -> None:
    """An upgrade fails half way and the database is then lost: the copy the upgrade kept is put back, and once
    what was in the way is gone it upgrades to every record the release had."""
    paths, dump_before = unpack_release("0002", tmp_path)
    with sql(paths.database) as connection:  # a table in the way of a late step of the upgrade to 0003
        connection.execute("CREATE TABLE imported_bundle (bundle_id TEXT)")
    with pytest.raises(DatabaseError, match="could not upgrade the database"):
        Store.open(paths)
    (backup,) = paths.backups.iterdir()

    for lost in paths.data_dir.glob("cmcc.sqlite3*"):
        lost.unlink()
    paths.database.write_bytes(backup.read_bytes())  # the copy the error message named, put back
    with sql(paths.database) as connection:
        assert (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002_search_index"
        )
        connection.execute("DROP TABLE imported_bundle")

    with Store.open(paths) as store:
        assert _dump(store) == dump_before
        assert len(Services(store).attachments.find()) == 3  # the photos' records
    with sql(paths.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
