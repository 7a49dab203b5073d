"""Screenshots of the main window for the README: each tab over demo data, in English and Arabic.

Run under a real X server (the README's figures come from Xvfb, not the offscreen platform):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/make_screenshots.py

It makes demo data in a temporary folder, opens the window as ``cmcc-desktop`` does, selects a row in each
tab and saves ``docs/screenshots/<name>.png``; last, the Conflicts view over a task whose priority team
South changed differently.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.services import Services, Store, demo
from cmcc_desktop.sync.exchange import export_bundle, import_bundle
from cmcc_desktop.ui.app import create_application
from cmcc_desktop.ui.main_window import MainWindow

OUT = Path(__file__).parent / "screenshots"


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    folder = Path(tempfile.mkdtemp(prefix="cmcc-shots-"))
    paths = resolve_paths(folder / "data")
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        demo.generate(store)
        _make_a_conflict(store, folder)
    app = create_application(sys.argv[:1], language)
    QSettings().clear()
    window = MainWindow(paths)
    window.resize(1280, 760)
    window.move(0, 0)
    window.show()
    OUT.mkdir(exist_ok=True)
    suffix = "" if language == "en" else f"-{language}"
    shots = []

    def take(name: str) -> None:
        app.processEvents()
        window.grab().save(str(OUT / f"{name}{suffix}.png"))

    def take_dialog(name: str) -> None:
        dialog = window.findChild(QDialog, "conflicts")
        dialog.grab().save(str(OUT / f"{name}{suffix}.png"))
        dialog.close()

    def select(tab, row: int) -> None:  # type: ignore[no-untyped-def]
        tab.show_record(tab.model.record_id(row))
        app.processEvents()

    def plan() -> None:
        workspace = window.workspace
        contacts = workspace.contacts_page
        shots.extend(
            [
                lambda: (window.tabs.setCurrentIndex(0), select(contacts.people, 3), take("contacts")),
                lambda: (
                    contacts.show_tab(contacts.organisations),
                    select(contacts.organisations, 1),
                    take("organisations"),
                ),
                lambda: (window.tabs.setCurrentIndex(1), select(workspace.tasking_tab, 2), take("tasking")),
                lambda: (
                    window.tabs.setCurrentIndex(2),
                    select(workspace.site_visits_page.sites, 4),
                    take("sites"),
                ),
                lambda: (
                    workspace.site_visits_page.show_tab(workspace.site_visits_page.visits),
                    select(workspace.site_visits_page.visits, 0),
                    take("visits"),
                ),
                workspace.show_conflicts,
                lambda: take_dialog("conflicts"),
            ]
        )
        step()

    def step() -> None:
        if not shots:
            window.close()
            QApplication.quit()
            return
        shots.pop(0)()
        QTimer.singleShot(800, step)

    window.store_opened.connect(lambda: QTimer.singleShot(3000, plan))
    return app.exec()


def _make_a_conflict(north: Store, folder: Path) -> None:
    """Team South receives North's work, then both change the same task's priority and exchange again."""
    with Store.open(resolve_paths(folder / "south"), officer="Erik Solberg", team="CMCC South") as south:
        export_bundle(north, folder / "north.cmccsync", peer_team="CMCC South")
        import_bundle(south, folder / "north.cmccsync", trust_signer=True)
        task = next(t for t in Services(north).tasks.find(limit=50) if t.releasability != "team")
        Services(north).tasks.update(task.id, priority="urgent")
        Services(south).tasks.update(task.id, priority="low", description="Escort confirmed for Tuesday")
        export_bundle(south, folder / "south.cmccsync", peer_team="CMCC North")
        import_bundle(north, folder / "south.cmccsync", trust_signer=True)


if __name__ == "__main__":
    sys.exit(main())
