"""An import killed at any moment (SIGKILL, in a separate process) leaves the database whole: it passes
SQLite's integrity check and holds all of the bundle or none of it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cmcc_desktop.services import demo

from .helpers import Laptop

SIZES = demo.DemoSizes(organisations=30, contacts=3000, sites=300, tasks=600, visits=400)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_import_killed_at_random_points_is_all_or_nothing(tmp_path: Path) -> None:
    north, south = Laptop(tmp_path, "lina", "North"), Laptop(tmp_path, "erik", "South")
    counts = demo.generate(north.store, seed=4, sizes=SIZES)
    bundle = north.bundle_for(south)
    north.close()
    south.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(south.paths.data_dir, pristine)

    started = time.perf_counter()
    finished = _import(pristine, tmp_path / "timing", bundle)
    assert finished.wait(timeout=120) == 0
    duration = time.perf_counter() - started
    shared_contacts = _count(tmp_path / "timing", "contact")
    assert 0 < shared_contacts <= counts["contact"]

    rng = random.Random(20261124)
    outcomes = set()
    for attempt in range(10):
        folder = tmp_path / f"killed-{attempt}"
        process = _import(pristine, folder, bundle)
        time.sleep(rng.uniform(0.3, duration * 0.95))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        with sqlite3.connect(folder / "cmcc.sqlite3") as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        contacts = _count(folder, "contact")
        assert contacts in (0, shared_contacts), f"attempt {attempt}: {contacts} contacts, a partial import"
        outcomes.add(contacts)
        reopened = Laptop(folder.parent, folder.name, "South")  # the store opens and works after the crash
        assert reopened.services.contacts.count() == contacts
        reopened.close()
    assert 0 in outcomes, "no kill landed before the import committed; the test proved nothing"


def _import(pristine: Path, folder: Path, bundle: Path) -> subprocess.Popen[bytes]:
    shutil.copytree(pristine, folder)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cmcc_desktop",
            "--data-dir",
            str(folder),
            "sync",
            "import",
            str(bundle),
            "--trust-signer",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )


def _count(folder: Path, table: str) -> int:
    connection = sqlite3.connect(folder / "cmcc.sqlite3")
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()
