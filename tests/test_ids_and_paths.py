from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest

from cmcc_desktop.ids import uuid7
from cmcc_desktop.paths import resolve_paths


def test_uuid7_has_version_variant_and_time_order() -> None:
    first = uuid7(1_700_000_000_000)
    later = uuid7(1_700_000_000_001)
    parsed = uuid.UUID(first)
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert parsed.int >> 80 == 1_700_000_000_000
    assert first < later


def test_uuid7_is_deterministic_with_a_seeded_source() -> None:
    assert uuid7(5, random.Random(3).getrandbits) == uuid7(5, random.Random(3).getrandbits)
    assert uuid7(5, random.Random(3).getrandbits) != uuid7(5, random.Random(4).getrandbits)


def test_data_dir_argument_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMCC_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_paths(tmp_path / "from-arg").data_dir == tmp_path / "from-arg"
    assert resolve_paths().data_dir == tmp_path / "from-env"
    assert resolve_paths().log_dir == tmp_path / "from-env" / "logs"


def test_default_data_dir_is_the_platform_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMCC_DATA_DIR")
    paths = resolve_paths()
    assert paths.data_dir.name == "cmcc-desktop"
    assert paths.data_dir.is_relative_to(Path.home().parent)  # the tests' temporary home, never the real one


def test_backups_go_to_the_chosen_folder_while_it_is_there(tmp_path: Path) -> None:
    from cmcc_desktop.errors import ValidationError
    from cmcc_desktop.paths import AppPaths
    from cmcc_desktop.services.backups_folder import chosen_backups_folder, save_backups_folder

    paths = AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "data" / "logs")
    paths.ensure()
    assert paths.backups == tmp_path / "data" / "backups"
    stick = tmp_path / "stick"
    with pytest.raises(ValidationError):  # not plugged in: refused, nothing written
        save_backups_folder(paths, str(stick), "0190-aaaa-bbbb-cccc-0123456789ab")
    assert chosen_backups_folder(paths) == ""
    stick.mkdir()
    save_backups_folder(paths, str(stick), "0190-aaaa-bbbb-cccc-0123456789ab")
    assert chosen_backups_folder(paths) == str(stick.resolve())
    assert paths.backups == stick.resolve() / "cmcc-desktop-backups-0123456789ab"  # a folder per laptop
    stick.rmdir()  # unplugged: the copies go to the data folder instead of failing
    assert paths.backups == tmp_path / "data" / "backups"
    save_backups_folder(paths, "", "0190-aaaa-bbbb-cccc-0123456789ab")
    assert paths.chosen_backups is None
