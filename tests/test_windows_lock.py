"""The Windows installer is built from the wheels pinned in installer/windows/requirements.lock: a dependency
added to pyproject.toml, or a version range moved past the pin, must fail here rather than in an installed
app that cannot import it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "installer" / "windows" / "requirements.lock"


def pins() -> dict[str, tuple[str, list[str]]]:
    """Each pinned package: its version and its hashes."""
    text = LOCK.read_text(encoding="utf-8")
    found = {}
    for entry in re.split(r"\n(?=[A-Za-z])", re.sub(r"^#.*\n", "", text, flags=re.M)):
        pin = re.match(r"([A-Za-z0-9._-]+)==([^\s\\]+)", entry)
        if pin:
            found[canonicalize_name(pin.group(1))] = (
                pin.group(2),
                re.findall(r"--hash=sha256:([0-9a-f]{64})", entry),
            )
    return found


def test_every_dependency_is_pinned_in_a_version_it_accepts() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = pins()
    for dependency in map(Requirement, project["dependencies"]):
        name = canonicalize_name(dependency.name)
        assert name in pinned, f"{dependency.name} is missing from {LOCK.name}"
        assert dependency.specifier.contains(pinned[name][0]), (
            f"{dependency.name}=={pinned[name][0]} not in {dependency}"
        )


def test_every_pin_has_its_hash() -> None:
    pinned = pins()
    assert len(pinned) >= 10
    assert all(hashes for _version, hashes in pinned.values()), "a pin without --hash=sha256:…"
