"""Identity a relay cannot fake: a laptop's key is vouched for by its team's key; a new key for a known laptop
needs its team's endorsement, never just the officer's trust; a copied data folder (one identity, two
histories) is seen by every receiver, said in one line, and both sides' changes are kept."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmcc_desktop.errors import CmccError
from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.store import keys
from cmcc_desktop.sync import exchange

from .forging import TakenApart, laptop_keys
from .helpers import Laptop


@pytest.fixture
def north_south(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    north, south = Laptop(tmp_path, "lina", "North"), Laptop(tmp_path, "erik", "South")
    north.services.contacts.create(full_name="Marc Dubois")
    north.send_to(south)  # south has compared North's fingerprint and trusts its team key
    yield north, south
    north.close()
    south.close()


def give_new_key(laptop: Laptop, endorse_with_team_key: bool) -> None:
    """The laptop's device key replaced: by its team (endorsed with the team's key) or by a forger who has the
    data folder but not the team key (a made-up team key endorses it)."""
    device_private, team_private = laptop_keys(laptop.paths.database)
    laptop.close()
    new_device = keys.new_private_key()
    team = team_private if endorse_with_team_key else keys.new_private_key()
    device_id = laptop.store.identity.device_id
    with sqlite3.connect(laptop.paths.database) as connection:
        connection.execute(
            "UPDATE local_identity SET private_key = ?, team_private_key = ?", (new_device, team)
        )
        connection.execute(
            "UPDATE sync_device SET public_key = ?, fingerprint = ?, team_key = ?, endorsement = ? WHERE device_id = ?",
            (
                keys.public_key_of(new_device),
                keys.fingerprint(keys.public_key_of(new_device)),
                keys.public_key_of(team),
                keys.sign(team, keys.endorsement_message(device_id, keys.public_key_of(new_device))),
                device_id,
            ),
        )
    connection.close()
    del device_private
    laptop.store = Store.open(laptop.paths)
    laptop.services = Services(laptop.store)


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcc_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_a_known_laptop_with_a_key_its_team_did_not_endorse_is_refused_even_with_trust(north_south) -> None:  # type: ignore[no-untyped-def]
    north, south = north_south
    real_north_copy = north.paths.data_dir.parent / "north-real"
    north.close()
    shutil.copytree(north.paths.data_dir, real_north_copy)
    north.store = Store.open(north.paths)
    north.services = Services(north.store)
    give_new_key(north, endorse_with_team_key=False)
    north.services.tasks.create(title="Forged task")
    forged = north.bundle_for(south)
    south.close()
    refused = cli(south.paths.data_dir, "sync", "import", str(forged), "--trust-signer")
    assert refused.returncode == 1 and "endorsed" in refused.stderr
    south.store = Store.open(south.paths)
    south.services = Services(south.store)
    assert south.services.tasks.count() == 0
    # The real laptop, with its real key, still gets through.
    real = Store.open(resolve_paths(real_north_copy))
    try:
        Services(real).contacts.create(full_name="Real new contact")
        bundle = real_north_copy.parent / "real.cmccsync"
        exchange.export_bundle(real, bundle, peer_team="South")
    finally:
        real.close()
    assert south.receive(bundle).new == 1


def test_a_new_key_endorsed_by_the_same_team_key_is_taken(north_south) -> None:  # type: ignore[no-untyped-def]
    north, south = north_south
    give_new_key(north, endorse_with_team_key=True)
    north.services.contacts.create(full_name="After the new key")
    assert exchange.import_bundle(south.store, north.bundle_for(south)).new == 1


def copy_laptop(laptop: Laptop, name: str) -> Laptop:
    """A copied data folder in use: the same device id and keys."""
    laptop.close()
    target = laptop.paths.data_dir.parent / name
    shutil.copytree(laptop.paths.data_dir, target)
    laptop.store = Store.open(laptop.paths)
    laptop.services = Services(laptop.store)
    copy = Laptop.__new__(Laptop)
    copy.name, copy.team, copy.paths = name, laptop.team, resolve_paths(target)
    copy.store = Store.open(copy.paths)
    copy.services = Services(copy.store)
    return copy


@pytest.mark.parametrize("order", ["original first", "copy first"])
def test_an_equal_length_fork_is_said_on_every_receiver_and_both_sides_are_kept(
    tmp_path: Path, order: str
) -> None:
    north = Laptop(tmp_path, "lina", "North")
    receivers = [Laptop(tmp_path, "erik", "South"), Laptop(tmp_path, "kenji", "West")]
    try:
        north.services.contacts.create(full_name="Marc Dubois")
        for receiver in receivers:
            north.send_to(receiver)
        copy = copy_laptop(north, "lina-copy")
        north.services.contacts.create(full_name="Written on the original")
        copy.services.contacts.create(full_name="Written on the copy")
        for receiver in receivers:
            bundles = [north.bundle_for(receiver), copy.bundle_for(receiver)]
            if order == "copy first":
                bundles.reverse()
            first = receiver.receive(bundles[0])
            second = receiver.receive(bundles[1])
            assert first.forks == [] and first.new == 1
            (fork,) = second.forks
            assert (fork.device_id, fork.officer, fork.team, fork.kept) == (
                north.store.identity.device_id,
                "lina",
                "North",
                1,
            )
            with receiver.store.read() as session:
                raw = session.connection().connection.driver_connection
                kept = [body for (body,) in raw.execute("SELECT body FROM forked_change")]
            other = "Written on the copy" if order == "original first" else "Written on the original"
            assert len(kept) == 1 and other in kept[0]  # kept apart, not dropped
            status = cli_status(receiver)
            assert "two histories" in status and "lina" in status
        copy.close()
    finally:
        north.close()
        for receiver in receivers:
            receiver.close()


def cli_status(laptop: Laptop) -> str:
    laptop.close()
    try:
        return cli(laptop.paths.data_dir, "sync", "status").stdout
    finally:
        laptop.store = Store.open(laptop.paths)
        laptop.services = Services(laptop.store)


def relayed_forgery(tmp_path: Path, vouch_with_relay_key: bool) -> tuple[Laptop, Laptop, Laptop, Path]:
    """Alpha's feed, altered by Charlie (whom Delta trusts) and signed with a key Charlie made up for Alpha's
    laptop, vouched for by a team key Charlie made up, or by Charlie's own."""
    alpha, charlie, delta = (
        Laptop(tmp_path, "amal", "Alpha"),
        Laptop(tmp_path, "chen", "Charlie"),
        Laptop(tmp_path, "dana", "Delta"),
    )
    alpha.services.tasks.create(title="Deliver fuel to the Rafah wells")
    alpha.send_to(charlie)
    charlie.services.contacts.create(full_name="Charlie's own contact")
    charlie.send_to(delta)  # Delta trusts Charlie; it has never met Alpha
    bundle = TakenApart(charlie.bundle_for(delta, full=True))
    alpha_id = alpha.store.identity.device_id
    made_up = keys.new_private_key()
    charlie_device, charlie_team = laptop_keys(charlie.paths.database)
    vouching = charlie_team if vouch_with_relay_key else keys.new_private_key()
    for device in bundle.manifest["devices"]:
        if device["device_id"] == alpha_id:
            device["public_key"] = keys.public_key_of(made_up)
            device["team_key"] = keys.public_key_of(vouching)
            device["endorsement"] = keys.sign(
                vouching, keys.endorsement_message(alpha_id, device["public_key"])
            )
    for index, (header, changes) in enumerate(bundle.feeds):
        if header["feed"].startswith(alpha_id):
            for change in changes:
                if change["values"].get("title"):
                    change["values"]["title"] = "Deliver fuel to the crossing instead"
            bundle.sign_feed(index, made_up)
    forged = bundle.write(tmp_path / "forged.cmccsync", charlie_device)
    return alpha, charlie, delta, forged


@pytest.mark.parametrize("vouch_with_relay_key", [False, True])
def test_a_relay_cannot_write_in_the_name_of_a_laptop_the_receiver_has_not_met(
    tmp_path: Path, vouch_with_relay_key: bool
) -> None:
    alpha, charlie, delta, forged = relayed_forgery(tmp_path, vouch_with_relay_key)
    try:
        result = delta.receive(forged)
        assert delta.services.tasks.count() == 0  # the altered task is not shown, as Alpha's or anyone's
        assert [name for name, _fingerprint in result.untrusted_teams] == ["Alpha"]
        # The real Alpha, compared and trusted, is taken in: the forgery did not take its place.
        assert alpha.send_to(delta).new == 1
        assert [t.title for t in delta.services.tasks.find()] == ["Deliver fuel to the Rafah wells"]
    finally:
        for laptop in (alpha, charlie, delta):
            laptop.close()


def test_a_laptop_joins_its_team_with_the_team_key_file(tmp_path: Path) -> None:
    lina = Laptop(tmp_path, "lina", "North")
    samir_dir = tmp_path / "samir"
    try:
        lina.services.contacts.create(full_name="Informant", releasability="team")
        lina.close()
        key_file = tmp_path / "north.teamkey"
        passphrase = tmp_path / "pass.txt"
        passphrase.write_text("the team's own passphrase")
        exported = cli(
            lina.paths.data_dir,
            "sync",
            "team-key",
            "export",
            "-o",
            str(key_file),
            "--passphrase-file",
            str(passphrase),
        )
        assert exported.returncode == 0, exported.stderr
        joined = cli(
            samir_dir,
            "--officer",
            "Samir",
            "sync",
            "team-key",
            "join",
            str(key_file),
            "--passphrase-file",
            str(passphrase),
        )
        assert joined.returncode == 0 and "now one of team North" in joined.stdout
        wrong = tmp_path / "wrong.txt"
        wrong.write_text("not it")
        refused = cli(samir_dir, "sync", "team-key", "join", str(key_file), "--passphrase-file", str(wrong))
        assert refused.returncode == 1 and "passphrase" in refused.stderr
        lina.store = Store.open(lina.paths)
        lina.services = Services(lina.store)
        bundle = tmp_path / "for-samir.cmccsync"
        exchange.export_bundle(lina.store, bundle, peer_team="North")
        with Store.open(resolve_paths(samir_dir)) as samir:
            result = exchange.import_bundle(samir, bundle)  # a teammate: trusted without asking
            assert result.new == 1
            assert Services(samir).contacts.find()[0].full_name == "Informant"  # team only, within the team
    finally:
        lina.close()


def test_a_laptop_of_another_team_key_is_not_a_teammate_whatever_its_team_is_called(tmp_path: Path) -> None:
    """Two laptops calling their team "North" with different keys are two teams: team-only records stay put."""
    lina = Laptop(tmp_path, "lina", "North")
    impostor_root = tmp_path / "elsewhere"
    impostor_root.mkdir()
    impostor = Laptop(impostor_root, "mallory", "North")
    try:
        lina.services.contacts.create(full_name="Informant", releasability="team")
        lina.services.contacts.create(full_name="Shared contact")
        bundle = lina.bundle_for(impostor)
        with pytest.raises(CmccError, match="does not trust yet"):
            exchange.import_bundle(impostor.store, bundle)
        impostor.receive(bundle)  # even trusted as another team
        assert [c.full_name for c in impostor.services.contacts.find()] == ["Shared contact"]
    finally:
        lina.close()
        impostor.close()


def test_after_a_fork_both_laptops_take_new_identities_and_every_receiver_gets_both_sides(
    tmp_path: Path,
) -> None:
    north = Laptop(tmp_path, "lina", "North")
    south = Laptop(tmp_path, "erik", "South")
    try:
        north.services.contacts.create(full_name="Marc Dubois")
        north.send_to(south)
        copy = copy_laptop(north, "lina-copy")
        north.services.contacts.create(full_name="Written on the original")
        copy.services.contacts.create(full_name="Written on the copy")
        south.receive(copy.bundle_for(south))
        assert south.receive(north.bundle_for(south)).forks  # the original's work is kept apart
        for laptop in (north, copy):  # what the README tells the team to do
            laptop.close()
            renewed = cli(laptop.paths.data_dir, "sync", "new-identity")
            assert renewed.returncode == 0 and "is now device" in renewed.stdout, renewed.stderr
            laptop.store = Store.open(laptop.paths)
            laptop.services = Services(laptop.store)
            south.receive(laptop.bundle_for(south))
        names = {c.full_name for c in south.services.contacts.find()}
        assert names == {"Marc Dubois", "Written on the original", "Written on the copy"}
        copy.close()
    finally:
        north.close()
        south.close()
