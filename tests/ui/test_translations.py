"""The app's translation files: the compiled .qm files the app loads match their .ts sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cmcc_desktop.resources import resource_path

SOURCES = sorted(resource_path("translations").glob("*.ts"))


@pytest.mark.parametrize("source", SOURCES, ids=[s.name for s in SOURCES])
def test_compiled_translations_are_up_to_date(source: Path, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    compiled = tmp_path / source.with_suffix(".qm").name
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True, timeout=60)
    assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), "run `make translations`"
