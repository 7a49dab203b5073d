"""``make dist-windows-check``: install the Windows installer under Wine, in a fresh prefix, and try it.

1. The installer runs silently (``/S``) for the current user, with no administrator rights: the program
   lands in ``%LOCALAPPDATA%\\Programs\\CMCC Desktop``, with its Start-menu entry and the ``.cmccsync`` file type.
2. The installed app answers ``--version``, makes demo data, and its ``export --format json`` is byte for byte
   what the same demo gives on Linux; ``report visit`` writes a PDF whose fonts are all embedded.
3. Sync both ways: a bundle written on Windows is imported on Linux and one written on Linux is imported on
   Windows; each side then holds exactly the records of the other (same canonical dump).
4. The main window opens offscreen over the data and closes (``--smoke-test``), timed.
5. While the app runs, installing over it is refused and changes nothing. Installing over the installed
   version replaces its program files (nothing of the old one lingers) and
   keeps the data folder; the uninstaller removes the program and its entries and keeps the data folder.
6. An administrator can install it for all users (``/AllUsers``) and uninstall it.

Prints the installer's size, the installed size and the window's start; exits 1 at the first failure.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installer" / "windows"
LINUX_APP = [str(ROOT / ".venv" / "bin" / "python"), "-m", "cmcc_desktop"]
DEMO = [
    "demo",
    "--organisations",
    "12",
    "--contacts",
    "120",
    "--sites",
    "30",
    "--tasks",
    "60",
    "--visits",
    "40",
]
STARTS = 3


class Wine:
    """A fresh Wine prefix, and Windows programs run in it with their output read through pipes (Wine cannot
    give a Windows console program a Unix file as its standard output)."""

    def __init__(self, prefix: Path) -> None:
        self.env = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",
        }
        self.env.pop("CMCC_DATA_DIR", None)
        self.prefix = prefix
        subprocess.run(["wineboot", "-i"], env=self.env, check=True, capture_output=True, timeout=300)
        # Windows 10 and 11 have bcryptprimitives.dll, Wine 8 not: a stand-in (see wine/bcryptprimitives.c).
        subprocess.run(
            [
                "x86_64-w64-mingw32-gcc", "-O2", "-shared", "-s", "-Wl,--export-all-symbols",
                "-o", str(prefix / "drive_c" / "windows" / "system32" / "bcryptprimitives.dll"),
                str(HERE / "wine" / "bcryptprimitives.c"), "-ladvapi32",
            ],
            check=True,
        )  # fmt: skip

    def run(
        self, *command: str, timeout: float = 600, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> str:
        for attempt in (1, 2):
            done = subprocess.run(
                ["wine", *command],
                env={**self.env, **(env or {})},
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                errors="replace",  # a Windows console program writes in the ANSI code page
                timeout=timeout,
            )
            # Under load Wine itself now and then ends a program at once, with no word from the program or
            # from Wine: that is tried once more. A failure of the app says why, and is never tried again.
            if done.returncode == 0 or done.stdout or done.stderr or attempt == 2:
                break
            print(f"again: {' '.join(command)} ended with {done.returncode} and no output under Wine")
        if done.returncode != 0:
            raise SystemExit(
                f"FAILED under Wine (exit {done.returncode}): {' '.join(command)}\n{done.stdout}\n{done.stderr[-3000:]}"
            )
        return done.stdout + done.stderr

    def wait(self) -> None:
        """Until every Windows process of the prefix has ended (an uninstaller runs a copy of itself)."""
        subprocess.run(["wineserver", "-w"], env=self.env, check=True, timeout=600)

    def registry(self, key: str) -> str:
        done = subprocess.run(
            ["wine", "reg", "query", key],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
        )
        return done.stdout if done.returncode == 0 else ""

    @staticmethod
    def path(unix: Path) -> str:
        """A Unix path as Windows programs under Wine see it (drive Z: is the Unix root)."""
        return "Z:" + str(unix.resolve()).replace("/", "\\")


def linux(*args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CMCC_DATA_DIR", None)
    done = subprocess.run([*LINUX_APP, *args], env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"FAILED on Linux: {' '.join(args)}\n{done.stdout}\n{done.stderr[-3000:]}")
    return done.stdout + done.stderr


def records(dump: Path) -> dict[str, list[dict[str, object]]]:
    return dict(json.loads(dump.read_text(encoding="utf-8"))["records"])


def shared(dump: Path) -> dict[str, list[dict[str, object]]]:
    """The records another team receives: all but those marked team only."""
    return {kind: [r for r in found if r["releasability"] != "team"] for kind, found in records(dump).items()}


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"FAILED: {what}")
    print(f"ok    {what}", flush=True)


def main() -> int:
    for tool in ("wine", "wineserver", "pdffonts", "x86_64-w64-mingw32-gcc"):
        if shutil.which(tool) is None:
            raise SystemExit(
                f"{tool} is missing: apt-get install wine wine64 poppler-utils gcc-mingw-w64-x86-64"
            )
    (installer,) = sorted((ROOT / "dist").glob("cmcc-desktop-*-windows-x64-setup.exe"))[-1:]
    with tempfile.TemporaryDirectory(prefix="cmcc-windows-check-") as folder:
        base = Path(folder)
        wine = Wine(base / "prefix")
        started = time.perf_counter()
        wine.run(str(installer), "/S")
        wine.wait()
        install_seconds = time.perf_counter() - started
        (python,) = wine.prefix.glob("drive_c/users/*/AppData/Local/Programs/CMCC Desktop/python/python.exe")
        program = python.parent.parent
        app = [str(python), "-m", "cmcc_desktop"]
        check(True, f"installed silently for the current user into {program.relative_to(wine.prefix)}")
        sources = list((program / "lib" / "cmcc_desktop").rglob("*.py"))
        compiled = list((program / "lib" / "cmcc_desktop").rglob("__pycache__/*.cpython-313.pyc"))
        check(
            len(compiled) == len(sources) > 0,
            f"its modules were compiled at install ({len(compiled)} of the app's)",
        )
        menu = list(
            wine.prefix.glob(
                "drive_c/users/*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/CMCC Desktop/*.lnk"
            )
        )
        check(any(p.name == "CMCC Desktop.lnk" for p in menu), "a Start-menu entry")
        command = wine.registry(r"HKCU\Software\Classes\CMCCDesktop.SyncBundle\shell\open\command")
        check("--import" in command and "pythonw.exe" in command, ".cmccsync files open in the app")
        check(
            "CMCCDesktop.SyncBundle" in wine.registry(r"HKCU\Software\Classes\.cmccsync"),
            "the .cmccsync type is registered",
        )

        version = wine.run(*app, "--version").strip()
        check(version == linux("--version").strip(), f"--version: {version}")
        command_line = wine.run("cmd", "/c", "cmcc-desktop.cmd --version", cwd=program).strip()
        check(command_line == version, "the command line through cmcc-desktop.cmd")

        windows_data, linux_data = base / "windows-data", base / "linux-data"
        wine.run(*app, "--data-dir", wine.path(windows_data), *DEMO)
        linux("--data-dir", str(linux_data), *DEMO)
        windows_dump, linux_dump = base / "windows.json", base / "linux.json"
        wine.run(
            *app,
            "--data-dir",
            wine.path(windows_data),
            "export",
            "--format",
            "json",
            "-o",
            wine.path(windows_dump),
        )
        linux("--data-dir", str(linux_data), "export", "--format", "json", "-o", str(linux_dump))
        check(
            windows_dump.read_bytes() == linux_dump.read_bytes(),
            "the demo's export is byte for byte the Linux one",
        )

        visit = json.loads(windows_dump.read_text(encoding="utf-8"))["records"]["visit"][0]["id"]
        report = base / "visit.pdf"
        wine.run(
            *app, "--data-dir", wine.path(windows_data), "report", "visit", visit, "-o", wine.path(report)
        )
        check(report.read_bytes().startswith(b"%PDF"), "report visit writes a PDF")
        fonts = subprocess.run(["pdffonts", str(report)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
        check(
            bool(rows) and all("yes" in row[-5:-2] for row in rows),
            f"every font of the report is embedded ({len(rows)})",
        )

        from_windows, from_linux = base / "from-windows.cmccsync", base / "from-linux.cmccsync"
        wine.run(*app, "--data-dir", wine.path(windows_data), "sync", "export", "-o", wine.path(from_windows))
        linux("--data-dir", str(linux_data), "sync", "export", "-o", str(from_linux))
        on_linux, on_windows = base / "linux-received", base / "windows-received"
        linux(
            "--data-dir",
            str(on_linux),
            "--team",
            "South",
            "sync",
            "import",
            str(from_windows),
            "--trust-signer",
        )
        wine.run(
            *app,
            "--data-dir",
            wine.path(on_windows),
            "--team",
            "South",
            "sync",
            "import",
            wine.path(from_linux),
            "--trust-signer",
        )
        received_on_linux, received_on_windows = base / "received-linux.json", base / "received-windows.json"
        linux("--data-dir", str(on_linux), "export", "-o", str(received_on_linux))
        wine.run(*app, "--data-dir", wine.path(on_windows), "export", "-o", wine.path(received_on_windows))
        check(
            records(received_on_linux) == shared(windows_dump), "a bundle from Windows imports whole on Linux"
        )
        check(
            records(received_on_windows) == shared(linux_dump), "a bundle from Linux imports whole on Windows"
        )

        # Wine keeps the Unix QT_* variables from Windows programs; WINEQT_* reach them as QT_*. (Qt's own
        # Windows platform needs Windows 10's UISettings, which Wine 8 lacks: the window is drawn offscreen.)
        offscreen = {"WINEQT_QPA_PLATFORM": "offscreen"}
        times = []
        for _ in range(STARTS):
            begun = time.perf_counter()
            wine.run(*app, "--data-dir", wine.path(windows_data), "--smoke-test", env=offscreen)
            times.append(time.perf_counter() - begun)
        check(
            True,
            f"the main window opens over the data and closes (median of {STARTS}: {statistics.median(times):.2f} s)",
        )

        wine.run(
            *app, "sync", "identity"
        )  # the default data folder, %LOCALAPPDATA%\cmcc-desktop, as an officer's first start makes it
        (default_data,) = wine.prefix.glob("drive_c/users/*/AppData/Local/cmcc-desktop")
        running = subprocess.Popen(
            ["wine", str(python), "-c", "import time; print('up', flush=True); time.sleep(600)"],
            env=wine.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        try:
            assert running.stdout is not None and running.stdout.readline().strip() == "up"
            refused = subprocess.run(
                ["wine", str(installer), "/S"],
                env=wine.env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=600,
            )
            check(
                refused.returncode != 0 and (program / "lib" / "cmcc_desktop" / "__main__.py").exists(),
                "while the app runs, installing over it is refused and changes nothing",
            )
        finally:
            running.kill()  # Wine ends the Windows process with it
            running.wait()
        leftover = program / "lib" / "cmcc_desktop" / "module_of_an_older_version.py"
        leftover.write_text("raise SystemExit('an older version lingers')\n", encoding="utf-8")
        wine.run(str(installer), "/S")
        wine.wait()
        check(
            wine.run(*app, "--version").strip() == version and not leftover.exists(),
            "installing over an installed version replaces its program files",
        )
        check((default_data / "cmcc.sqlite3").exists(), "and keeps the data folder")

        installed_mb = sum(p.stat().st_size for p in program.rglob("*") if p.is_file()) / 1024**2
        wine.run(str(program / "uninstall.exe"), "/S")
        wine.wait()
        check(not program.exists(), "the uninstaller removes the program")
        check(
            not menu[0].exists() and not wine.registry(r"HKCU\Software\Classes\CMCCDesktop.SyncBundle"),
            "and its entries",
        )
        check((default_data / "cmcc.sqlite3").exists(), "and keeps the data folder")

        wine.run(str(installer), "/AllUsers", "/S")
        wine.wait()
        (everyone,) = wine.prefix.glob("drive_c/Program Files/CMCC Desktop/python/python.exe")
        check(
            wine.run(str(everyone), "-m", "cmcc_desktop", "--version").strip() == version,
            "an administrator can install it for all users",
        )
        check(
            "--import" in wine.registry(r"HKLM\Software\Classes\CMCCDesktop.SyncBundle\shell\open\command"),
            "with the file type for everyone",
        )
        wine.run(str(everyone.parent.parent / "uninstall.exe"), "/AllUsers", "/S")
        wine.wait()
        check(not everyone.parent.parent.exists(), "and uninstall it again")

        size_mb = installer.stat().st_size / 1024**2
        print(
            f"\n{installer.name}: {size_mb:.0f} MB; installed {installed_mb:.0f} MB; silent install "
            f"{install_seconds:.1f} s; window start under Wine {statistics.median(times):.2f} s (median of {STARTS})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
