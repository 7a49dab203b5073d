"""The house: packages import one way only, and Qt only in the window's package.

The order is drawn in docs/architecture.md. A package may import those after it in ``LAYERS``, never one
before it; the modules at the top of the package (paths, errors, ids…) are the ground floor everyone uses, and
``__main__`` the roof that starts the window or the command line.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "cmcc_desktop"
LAYERS = ["main", "ui", "cli", "reports", "services", "sync", "store", "rules", "db", "base"]
QT_ALLOWED = {"ui"}


def package_of(module: Path) -> str:
    parts = module.relative_to(SOURCE).parts
    if parts == ("__main__.py",):
        return "main"  # the entry point: the window or the command line
    return parts[0] if len(parts) > 1 else "base"


def imports_of(module: Path) -> set[str]:
    """The packages (and third-party roots) a module imports, its own package's name for relative ones."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    here = module.relative_to(SOURCE).parts[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.add((node.module or "").split(".")[0])
                continue
            base = list(here[: len(here) - (node.level - 1)])
            target = [*base, *(node.module.split(".") if node.module else [])]
            if not target:  # "from .. import x": x is a module or package of the top
                target = [node.names[0].name]
            found.add(target[0] if (SOURCE / target[0]).is_dir() else "base")
    return found


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {layer: set() for layer in LAYERS}
    for module in SOURCE.rglob("*.py"):
        if "migrations" in module.parts:
            continue  # Alembic's scripts, run by db.migrate
        edges[package_of(module)].update(imports_of(module))
    return edges


def test_packages_import_only_those_below_them() -> None:
    wrong = [
        f"{package} imports {other}"
        for package, imported in graph().items()
        for other in imported
        if other in LAYERS and LAYERS.index(other) < LAYERS.index(package)
    ]
    assert wrong == []


def test_qt_is_imported_only_by_the_window() -> None:
    wrong = sorted(
        package
        for package, imported in graph().items()
        if {"PySide6", "shiboken6"} & imported and package not in QT_ALLOWED
    )
    assert wrong == []


def test_every_package_is_placed() -> None:
    packages = {path.name for path in SOURCE.iterdir() if path.is_dir() and (path / "__init__.py").exists()}
    assert packages <= set(LAYERS)
