"""Test set-up: headless Qt, and no test ever touches the real user's folders.

HOME and the XDG folders point into a session temp dir before Qt or platformdirs look at them (QSettings
included), and every test gets its own fresh data dir through ``CMCC_DATA_DIR``.

Hypothesis runs under one of two profiles, the one place that decides how many cases the property tests try:
``ci`` when the environment variable ``CI`` is true (``true``/``1``), else ``dev``. A test whose cases are
much cheaper or dearer than most asks for a multiple of the profile's count (``tests/sync/helpers.examples``)
rather than a fixed number. ``pytest --hypothesis-profile=ci`` picks a profile by hand.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="cmcc-test-home-"))
for _name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_SESSION_HOME / _name.lower())
os.environ.pop("CMCC_DATA_DIR", None)

# dev: quick, for every run on a laptop. ci: four times as thorough, and a failure prints how to replay it.
settings.register_profile("dev", max_examples=25, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"} else "dev")

from cmcc_desktop.paths import AppPaths, resolve_paths  # noqa: E402
from cmcc_desktop.services import Services, Store  # noqa: E402

from .sync.helpers import Laptop  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CMCC_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir)


@pytest.fixture
def store(paths: AppPaths) -> Iterator[Store]:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as opened:
        yield opened


@pytest.fixture
def services(store: Store) -> Services:
    return Services(store)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """Two teams' laptops, North (lina) and South (erik), that exchange bundles."""
    north, south = Laptop(tmp_path, "lina", "North"), Laptop(tmp_path, "erik", "South")
    yield north, south
    north.close()
    south.close()
