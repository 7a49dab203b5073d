"""The command line, run as officers and scripts run it: a separate process."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from cmcc_desktop import __version__
from cmcc_desktop.db.migrate import head_revision


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "cmcc_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def test_version_and_help() -> None:
    assert cli("--version").stdout.strip() == f"cmcc-desktop {__version__}"
    usage = cli("--help")
    assert usage.returncode == 0
    for command in ("demo", "info", "export", "--data-dir"):
        assert command in usage.stdout


def test_demo_then_export_gives_the_same_bytes_every_time(tmp_path: Path) -> None:
    sizes = ("--organisations", "12", "--contacts", "60", "--sites", "20", "--tasks", "40", "--visits", "25")
    dumps = []
    for run in ("first", "second"):
        data = tmp_path / run
        made = cli("--data-dir", str(data), "--officer", run, "demo", "--seed", "7", *sizes)
        assert made.returncode == 0, made.stderr
        assert "60 contacts" in made.stdout
        exported = cli(
            "--data-dir", str(data), "export", "--format", "json", "-o", str(tmp_path / f"{run}.json")
        )
        assert exported.returncode == 0, exported.stderr
        dumps.append((tmp_path / f"{run}.json").read_bytes())
    assert dumps[0] == dumps[1]
    dump = json.loads(dumps[0])
    assert dump["format"] == "cmcc-desktop-dump"
    assert {name: len(rows) for name, rows in dump["records"].items()} == {
        "organisation": 12,
        "contact": 60,
        "site": 20,
        "visit": 25,
        "task": 40,
        "attachment": 0,
    }
    contact_ids = [row["id"] for row in dump["records"]["contact"]]
    assert contact_ids == sorted(contact_ids)
    assert "device_id" not in dumps[0].decode()

    other_seed = tmp_path / "other"
    assert cli("--data-dir", str(other_seed), "demo", "--seed", "8", *sizes).returncode == 0
    assert cli("--data-dir", str(other_seed), "export", "-o", str(tmp_path / "other.json")).returncode == 0
    assert (tmp_path / "other.json").read_bytes() != dumps[0]


def test_export_to_standard_output(tmp_path: Path) -> None:
    assert (
        cli(
            "--data-dir",
            str(tmp_path),
            "demo",
            "--contacts",
            "3",
            "--sites",
            "1",
            "--tasks",
            "1",
            "--visits",
            "1",
        ).returncode
        == 0
    )
    exported = cli("--data-dir", str(tmp_path), "export", "-o", "-")
    assert exported.returncode == 0
    assert len(json.loads(exported.stdout)["records"]["contact"]) == 3


def test_info_shows_folder_counts_and_schema(tmp_path: Path) -> None:
    cli(
        "--data-dir",
        str(tmp_path),
        "demo",
        "--contacts",
        "5",
        "--sites",
        "2",
        "--tasks",
        "3",
        "--visits",
        "2",
    )
    shown = cli("--data-dir", str(tmp_path), "--officer", "Lina Haddad", "--team", "CMCC North", "info")
    assert shown.returncode == 0, shown.stderr
    assert str(tmp_path) in shown.stdout
    assert "contacts       5" in shown.stdout
    assert "Lina Haddad / CMCC North" in shown.stdout
    assert f"Schema version:  {head_revision()}" in shown.stdout


def test_counts_read_as_english(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    sizes = ("--organisations", "1", "--contacts", "2", "--sites", "1", "--tasks", "0", "--visits", "1")
    made = cli("--data-dir", data, "demo", *sizes)
    assert made.stdout == "Demo data added: 1 organisation, 2 contacts, 1 site, 1 visit, 0 tasks\n"
    exported = cli("--data-dir", data, "export", "-o", str(tmp_path / "dump.json"))
    assert exported.stderr == f"Wrote 5 records to {tmp_path / 'dump.json'}\n"


def test_demo_refuses_a_database_with_records(tmp_path: Path) -> None:
    assert cli("--data-dir", str(tmp_path), "demo", "--contacts", "2").returncode == 0
    again = cli("--data-dir", str(tmp_path), "demo", "--contacts", "2")
    assert again.returncode == 1
    assert again.stderr.startswith("cmcc-desktop: error: This database already holds records")
    assert len(again.stderr.strip().splitlines()) == 1


def test_a_newer_database_is_refused_in_one_line(tmp_path: Path) -> None:
    assert cli("--data-dir", str(tmp_path), "sync", "identity").returncode == 0
    connection = sqlite3.connect(tmp_path / "cmcc.sqlite3")
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_future'")
    connection.close()
    refused = cli("--data-dir", str(tmp_path), "info")
    assert refused.returncode == 1
    assert "newer version of CMCC Desktop" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_export_to_an_unwritable_place_fails_clearly(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert cli("--data-dir", str(tmp_path / "data"), "sync", "identity").returncode == 0
    failed = cli("--data-dir", str(tmp_path / "data"), "export", "-o", str(blocker / "dump.json"))
    assert failed.returncode == 1
    assert failed.stderr.startswith("cmcc-desktop: error: ")
    assert "Traceback" not in failed.stderr


def test_a_mistyped_output_folder_is_refused_not_created(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert cli("--data-dir", data, "demo", "--contacts", "5", "--visits", "2").returncode == 0
    missing = tmp_path / "no-such-folder"
    for args in (
        ("export", "-o", str(missing / "dump.json")),
        ("sync", "export", "-o", str(missing / "all.cmccsync")),
    ):
        failed = cli("--data-dir", data, *args)
        assert failed.returncode == 1
        assert failed.stderr.strip() == (
            f"cmcc-desktop: error: The folder {missing} does not exist, so {Path(args[-1]).name} was not "
            "written. Choose an existing folder."
        )
    assert not missing.exists()


def test_output_onto_the_data_folders_own_files_is_refused_and_they_stay_whole(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert (
        cli("--data-dir", str(data), "demo", "--contacts", "5", "--sites", "2", "--visits", "2").returncode
        == 0
    )
    visit_id = json.loads(cli("--data-dir", str(data), "export", "-o", "-").stdout)["records"]["visit"][0][
        "id"
    ]
    database = data / "cmcc.sqlite3"
    before = database.read_bytes()
    for args in (
        ("export", "-o", str(database)),
        ("sync", "export", "-o", str(data / "cmcc.sqlite3-wal")),
        ("report", "visit", visit_id, "-o", "cmcc.sqlite3"),  # relative, from inside the data folder
        ("export", "-o", str(data / "backups" / "copy.json")),
    ):
        failed = cli("--data-dir", str(data), *args, cwd=data)
        assert failed.returncode == 1, args
        assert failed.stderr.strip().splitlines() == [
            f"cmcc-desktop: error: {args[-1]} is one of CMCC Desktop's own data files; writing there would "
            "destroy it. Choose another file name or folder."
        ]
    assert database.read_bytes() == before
    assert "contacts       5" in cli("--data-dir", str(data), "info").stdout
    folder = cli("--data-dir", str(data), "export", "-o", str(tmp_path))
    assert folder.stderr.strip() == (
        f"cmcc-desktop: error: {tmp_path} is a folder. Give a file name in it, for example "
        f"{tmp_path / 'cmcc-output'}."
    )


def test_wrong_kinds_of_paths_and_dates_get_one_clear_line(tmp_path: Path) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    not_a_folder = cli("--data-dir", str(a_file), "info")
    assert not_a_folder.returncode == 1
    assert not_a_folder.stderr.strip() == (
        f"cmcc-desktop: error: {a_file} is a file, not a folder. Give a folder for the data (a new or an "
        "existing one)."
    )
    data = str(tmp_path / "data")
    folder = cli("--data-dir", data, "sync", "import", str(tmp_path))
    assert folder.returncode == 1
    assert folder.stderr.strip().splitlines() == [
        f"cmcc-desktop: error: {tmp_path.name} is a folder. Choose the .cmccsync file itself."
    ]
    bad_date = cli("--data-dir", data, "report", "site", "some-site", "--from", "3/1/2026", "-o", "x.pdf")
    assert bad_date.returncode == 2
    assert bad_date.stderr.splitlines() == [
        "cmcc-desktop: error: argument --from: '3/1/2026' is not a date; write it as YYYY-MM-DD, for example "
        "2026-03-01 (see cmcc-desktop report site --help)"
    ]


def test_demo_sizes_are_whole_numbers_within_reach_and_visits_need_sites(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    for size, reason in (
        ("abc", "'abc' must be a whole number"),
        ("-5", "'-5' cannot be negative"),
        ("99999999999", "99999999999 is not between 0 and 250,000"),
    ):
        refused = cli("--data-dir", data, "demo", "--contacts", size)
        assert refused.returncode == 2
        assert refused.stderr.splitlines() == [
            f"cmcc-desktop: error: argument --contacts: {reason} (see cmcc-desktop demo --help)"
        ]
    no_sites = cli("--data-dir", data, "demo", "--sites", "0", "--visits", "5")
    assert no_sites.stderr.strip() == (
        "cmcc-desktop: error: Visits are made to sites: give --sites 1 or more, or --visits 0."
    )
    assert not (tmp_path / "data" / "cmcc.sqlite3").exists()


def test_a_site_report_over_a_reversed_period_says_so(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert cli("--data-dir", data, "demo", "--contacts", "3", "--sites", "1", "--visits", "1").returncode == 0
    site_id = json.loads(cli("--data-dir", data, "export", "-o", "-").stdout)["records"]["site"][0]["id"]
    args = ("report", "site", site_id, "--from", "2026-10-31", "--to", "2026-01-01", "-o", "x.pdf")
    reversed_period = cli("--data-dir", data, *args, cwd=tmp_path)
    assert reversed_period.stderr.strip() == (
        "cmcc-desktop: error: The period starts on 2026-10-31, after its end on 2026-01-01. Swap the two dates."
    )
    assert not (tmp_path / "x.pdf").exists()


def test_a_reader_that_stops_early_is_not_an_error_of_ours(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert cli("--data-dir", data, "demo", "--contacts", "300").returncode == 0
    command = [sys.executable, "-m", "cmcc_desktop", "--data-dir", data, "export", "-o", "-"]
    reader = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(100)
    reader.stdout.close()  # like ``| head -c 100``
    assert "Traceback" not in reader.stderr.read().decode()
    reader.wait()


def test_two_teams_exchange_through_the_cli(tmp_path: Path) -> None:
    north, south = str(tmp_path / "north"), str(tmp_path / "south")
    assert (
        cli("--data-dir", north, "--team", "North", "demo", "--contacts", "8", "--visits", "3").returncode
        == 0
    )
    assert cli("--data-dir", south, "--team", "South", "sync", "identity").returncode == 0
    bundle = str(tmp_path / "north-for-south.cmccsync")
    sent = cli("--data-dir", north, "sync", "export", "--peer", "South", "--new-peer", "-o", bundle)
    assert sent.returncode == 0
    assert "no bundle from team 'South' has reached this laptop yet" in sent.stderr
    assert sent.stdout.startswith(f"Wrote {bundle} for team South: ")
    refused = cli("--data-dir", south, "sync", "import", bundle)
    assert refused.returncode == 1
    assert refused.stderr.strip().endswith("Once it matches, import again with --trust-signer.")
    accepted = cli("--data-dir", south, "sync", "import", bundle, "--trust-signer")
    assert accepted.returncode == 0
    assert accepted.stdout.startswith("Imported: ")
    assert cli("--data-dir", south, "sync", "import", bundle).stdout.startswith("Nothing new")
    status = cli("--data-dir", south, "sync", "status").stdout
    assert (
        status.startswith("North: 1 device, trusted; last received 20") and " UTC, last sent never" in status
    )
    assert status.rstrip().endswith("; 0 changes they may lack")
    assert "(s)" not in accepted.stdout + status


def test_a_mistyped_team_is_refused_and_a_team_never_heard_from_can_be_forgotten(tmp_path: Path) -> None:
    north = str(tmp_path / "north")
    assert (
        cli(
            "--data-dir", north, "--team", "CMCC North", "demo", "--contacts", "2", "--visits", "0"
        ).returncode
        == 0
    )
    bundle = tmp_path / "north-for-south.cmccsync"
    typo = cli("--data-dir", north, "sync", "export", "--peer", "cmcc north ", "-o", str(bundle))
    assert typo.returncode == 1
    assert typo.stderr.splitlines() == [
        "cmcc-desktop: error: No team named 'cmcc north ' is known here (did you mean 'CMCC North'?). Teams "
        "known: CMCC North (this laptop's team). If 'cmcc north ' is really a new team, export again with "
        "--new-peer."
    ]
    assert not bundle.exists()
    assert cli("--data-dir", north, "sync", "status").stdout == "No exchanges yet.\n"

    # Confirmed, the typo becomes a team; one that never sent anything can be forgotten.
    made = cli("--data-dir", north, "sync", "export", "--peer", "CMCC Soth", "--new-peer", "-o", str(bundle))
    assert made.returncode == 0, made.stderr
    assert cli("--data-dir", north, "sync", "status").stdout.startswith("CMCC Soth: 0 devices, not trusted;")
    again = cli("--data-dir", north, "sync", "export", "--peer", "CMCC Soth", "--force", "-o", str(bundle))
    assert again.returncode == 0, again.stderr  # known now
    forgotten = cli("--data-dir", north, "sync", "forget", "CMCC Soth")
    assert (forgotten.returncode, forgotten.stdout) == (0, "Team CMCC Soth is no longer listed.\n")
    assert (
        cli("--data-dir", north, "info").stdout.count("/ CMCC North\n") == 1
    )  # this laptop's own team stays
    assert cli("--data-dir", north, "sync", "status").stdout == "No exchanges yet.\n"
    unknown = cli("--data-dir", north, "sync", "forget", "CMCC Soth")
    assert unknown.returncode == 1
    assert unknown.stderr.startswith("cmcc-desktop: error: No team named 'CMCC Soth' is listed here")

    # A team heard from stays: what the next bundle for it holds depends on what it sent.
    south = str(tmp_path / "south")
    assert cli("--data-dir", south, "--team", "CMCC South", "sync", "identity").returncode == 0
    from_south = tmp_path / "south-for-north.cmccsync"
    assert cli("--data-dir", south, "sync", "export", "-o", str(from_south)).returncode == 0
    assert cli("--data-dir", north, "sync", "import", str(from_south), "--trust-signer").returncode == 0
    kept = cli("--data-dir", north, "sync", "forget", "CMCC South")
    assert kept.returncode == 1
    assert kept.stderr.startswith("cmcc-desktop: error: Team CMCC South cannot be forgotten")
    assert cli("--data-dir", north, "sync", "status").stdout.startswith("CMCC South: 1 device, trusted;")
    lonely = cli("--data-dir", north, "sync", "export", "--new-peer", "-o", str(tmp_path / "x.cmccsync"))
    assert lonely.returncode == 1
    assert "--new-peer confirms the name given with --peer TEAM" in lonely.stderr


def test_commands_that_read_refuse_a_folder_without_a_database_and_create_nothing(tmp_path: Path) -> None:
    mistyped = tmp_path / "no-such-data"
    empty = tmp_path / "empty"
    empty.mkdir()
    for folder in (mistyped, empty):
        for args in (
            ("info",),
            ("export", "-o", str(tmp_path / "dump.json")),
            ("export", "-o", "-"),
            ("report", "visit", "some-visit", "-o", str(tmp_path / "visit.pdf")),
            ("sync", "status"),
            ("sync", "conflicts"),
            ("sync", "export", "-o", str(tmp_path / "all.cmccsync")),
        ):
            refused = cli("--data-dir", str(folder), *args)
            assert refused.returncode == 1, args
            assert refused.stdout == ""
            assert refused.stderr.splitlines() == [
                f"cmcc-desktop: error: There is no CMCC Desktop database in {folder}; nothing was created. "
                "Check the folder given with --data-dir or CMCC_DATA_DIR. To start a new data folder there, "
                f'start CMCC Desktop with it, or run `cmcc-desktop --data-dir "{folder}" demo` for demo data.'
            ], args
    assert not mistyped.exists()
    assert list(empty.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]


def test_an_existing_output_file_is_kept_unless_forced(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert cli("--data-dir", data, "demo", "--contacts", "2", "--sites", "1", "--visits", "1").returncode == 0
    visit_id = json.loads(cli("--data-dir", data, "export", "-o", "-").stdout)["records"]["visit"][0]["id"]
    for args in (
        ("export", "-o"),
        ("report", "visit", visit_id, "-o"),
        ("sync", "export", "-o"),
        ("sync", "team-key", "export", "--passphrase-file", str(tmp_path / "pass.txt"), "-o"),
    ):
        (tmp_path / "pass.txt").write_text("olive tree 42")
        target = tmp_path / "existing.out"
        target.write_text("the officer's earlier file")
        refused = cli("--data-dir", data, *args, str(target))
        assert refused.returncode == 1, args
        assert refused.stderr.splitlines() == [
            f"cmcc-desktop: error: {target} already exists; nothing was written. Give another file name, or "
            "add --force to write over it."
        ]
        assert target.read_text() == "the officer's earlier file"
        forced = cli("--data-dir", data, *args, str(target), "--force")
        assert forced.returncode == 0, forced.stderr
        assert target.read_bytes() != b"the officer's earlier file"
