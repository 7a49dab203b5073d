"""``make dist-check``: unpack the Linux bundle and try it as an officer's laptop would, then measure it.

1. it starts with ``--version``;
2. it makes demo data in a fresh data folder, and dumps it with ``export --format json``;
3. it opens the main window (offscreen) over that data and closes it (``--smoke-test``);
4. it installs with ``install.sh`` into a temporary home and the installed command starts.
Then: the unpacked size (target <= 200 MB) and the start of the bundled window against the start from source,
both ``--smoke-test`` in fresh processes, median of 5 (target <= 1.2x). Exits 1 if anything fails.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_MB = 200
MAX_RATIO = 1.2
RUNS = 5


def run(command: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"FAILED: {' '.join(command)}\n{done.stdout}\n{done.stderr}")
    return done.stdout + done.stderr


def start_time(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run(command, env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    tarball = Path(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="cmcc-dist-check-") as folder:
        base = Path(folder)
        with tarfile.open(tarball) as archive:
            archive.extractall(base, filter="data")
        unpacked = next(base.iterdir())
        app = unpacked / "cmcc-desktop" / "cmcc-desktop"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(base / "home")}
        env.pop("CMCC_DATA_DIR", None)
        data = base / "data"

        print(run([str(app), "--version"], env).strip())
        run([str(app), "--data-dir", str(data), "demo", "--contacts", "300"], env)
        dump = base / "dump.json"
        run([str(app), "--data-dir", str(data), "export", "--format", "json", "-o", str(dump)], env)
        assert dump.stat().st_size > 10_000, "the dump is too small"
        run([str(app), "--data-dir", str(data), "--smoke-test"], env)
        run(["sh", str(unpacked / "install.sh")], env)
        installed = base / "home" / ".local" / "bin" / "cmcc-desktop"
        print(run([str(installed), "--version"], env).strip(), "(installed)")
        print("smoke test: --version, demo, export, main window, install: all exit 0")

        files = [p for p in (unpacked / "cmcc-desktop").rglob("*") if p.is_file() and not p.is_symlink()]
        size_mb = sum(p.stat().st_size for p in files) / 1_048_576
        bundled = start_time([str(app), "--data-dir", str(data), "--smoke-test"], env)
        source = start_time(
            [
                str(ROOT / ".venv" / "bin" / "python"),
                "-m",
                "cmcc_desktop",
                "--data-dir",
                str(data),
                "--smoke-test",
            ],
            env,
        )
    ratio = bundled / source
    print(
        f"{'PASS' if size_mb <= MAX_MB else 'FAIL'}  unpacked bundle: {size_mb:.0f} MB (target <= {MAX_MB} MB)"
    )
    print(
        f"{'PASS' if ratio <= MAX_RATIO else 'FAIL'}  start to open window (median of {RUNS}): bundled {bundled:.2f} s, "
        f"from source {source:.2f} s, ratio {ratio:.2f} (target <= {MAX_RATIO}x)"
    )
    return 0 if size_mb <= MAX_MB and ratio <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
