"""Cancel during an export or an import: nothing is written, nothing is changed, and the next try works."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmcc_desktop.errors import Cancelled
from cmcc_desktop.progress import Progress
from cmcc_desktop.sync import exchange

from .helpers import Laptop


def cancel_at(phase: str, seen: list[str]) -> Progress:
    """The officer presses Cancel once the work has reached ``phase``."""
    return Progress(phase=seen.append, cancelled=lambda: phase in seen)


@pytest.mark.parametrize("phase", ["Writing the changes…", "Encrypting the bundle…"])
def test_a_cancelled_export_leaves_no_file(tmp_path: Path, phase: str) -> None:
    with Laptop(tmp_path, "lina", "North") as north:
        north.services.contacts.create(full_name="Samir Qudaih")
        target = tmp_path / "out" / "north.cmccsync"
        target.parent.mkdir()
        seen: list[str] = []
        with pytest.raises(Cancelled):
            exchange.export_bundle(
                north.store, target, passphrase="olive tree 42", progress=cancel_at(phase, seen)
            )
        assert phase in seen
        assert list(target.parent.iterdir()) == []  # neither the bundle nor a temporary file


@pytest.mark.parametrize("phase", ["Checking the changes…", "Applying the changes…"])
def test_a_cancelled_import_changes_nothing_and_can_be_done_again(tmp_path: Path, phase: str) -> None:
    with Laptop(tmp_path, "lina", "North") as north, Laptop(tmp_path, "omar", "South") as south:
        north.services.contacts.create(full_name="Samir Qudaih")
        south.services.sites.create(name="Shati Water Well", site_type="water_sanitation")
        bundle = north.bundle_for(south)
        before = south.dump()
        seen: list[str] = []
        with pytest.raises(Cancelled):
            exchange.import_bundle(south.store, bundle, trust_signer=True, progress=cancel_at(phase, seen))
        assert south.dump() == before
        assert not (south.paths.data_dir / "quarantine").exists()  # a cancel is not a refusal

        result = south.receive(bundle)
        assert result.new == 1
        assert [c.full_name for c in south.services.contacts.find()] == ["Samir Qudaih"]
