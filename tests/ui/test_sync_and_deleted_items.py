"""Deleted items, conflicts and sync bundles from the window, driven as an officer would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.services.conflicts import conflicts
from cmcc_desktop.sync.bundle import is_encrypted
from cmcc_desktop.sync.exchange import export_bundle
from cmcc_desktop.sync.status import identity
from cmcc_desktop.ui.conflicts_view import ConflictsDialog
from cmcc_desktop.ui.deleted_items import DeletedItemsDialog
from cmcc_desktop.ui.main_window import MainWindow
from cmcc_desktop.ui.sync_dialogs import ExportDialog

from ..sync.helpers import Laptop


def test_deleted_items_are_listed_and_restored(qtbot: QtBot, services: Services) -> None:
    kept = services.contacts.create(full_name="Samir Qudaih")
    gone = services.contacts.create(full_name="Hana Nasser")
    site = services.sites.create(name="Shati Water Well")
    services.contacts.delete(gone.id)
    services.sites.delete(site.id)
    dialog = DeletedItemsDialog(services)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5_000)
    labels = {dialog.table.item(row, 1).text() for row in range(2)}
    assert labels == {"Hana Nasser", "Shati Water Well"}
    row = next(r for r in range(2) if dialog.table.item(r, 1).text() == "Hana Nasser")
    dialog.table.selectRow(row)
    with qtbot.waitSignal(dialog.restored, timeout=5_000) as restored:
        dialog.restore_button.click()
    assert restored.args == ["contact", gone.id]
    assert services.contacts.get(gone.id).deleted_at is None
    assert services.contacts.get(kept.id).deleted_at is None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5_000)


def priority_conflict(qtbot: QtBot, laptops: tuple[Laptop, Laptop]) -> tuple[Any, ConflictsDialog]:
    """A task whose priority North and South changed differently, and North's Conflicts view showing it."""
    north, south = laptops
    task = north.services.tasks.create(title="Repair pump", priority="normal")
    north.send_to(south)
    north.services.tasks.update(task.id, priority="urgent")
    south.services.tasks.update(task.id, priority="low")
    south.send_to(north)
    dialog = ConflictsDialog(north.store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5_000)
    return task, dialog


def test_a_conflict_is_shown_side_by_side_and_resolved(qtbot: QtBot, laptops: tuple[Laptop, Laptop]) -> None:
    north = laptops[0]
    task, dialog = priority_conflict(qtbot, laptops)
    assert "Repair pump" in dialog.list.item(0).text()
    assert dialog.list.item(0).text().endswith(" · Priority")  # the field as the form names it
    sides = dialog.sides.findChildren(QPushButton)
    keep_buttons = [b for b in sides if b.text() == "Keep this value"]
    assert len(keep_buttons) == 2
    low = next(
        b
        for b in keep_buttons
        if "Low" in [label.text().strip("\u2068\u2069") for label in b.parent().findChildren(QLabel)]
    )
    with qtbot.waitSignal(dialog.resolved, timeout=5_000):
        low.click()
    assert north.services.tasks.get(task.id).priority == "low"
    assert conflicts(north.store) == []
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5_000)


def test_a_coded_field_in_conflict_is_settled_with_a_value_from_its_list(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    north = laptops[0]
    task, dialog = priority_conflict(qtbot, laptops)
    offered: list[list[str]] = []

    def pick(_parent, _title, _label, items, _current, _editable):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return "High", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    other = next(b for b in dialog.sides.findChildren(QPushButton) if b.text() == "Write another value…")
    with qtbot.waitSignal(dialog.resolved, timeout=5_000):
        other.click()
    assert offered == [["Urgent", "High", "Normal", "Low"]]
    assert north.services.tasks.get(task.id).priority == "high"
    assert conflicts(north.store) == []


def test_a_status_and_its_reason_are_kept_as_one_side(qtbot: QtBot, laptops: tuple[Laptop, Laptop]) -> None:
    north, south = laptops
    task = north.services.tasks.create(title="Fuel escort", status="in_progress")
    contact = north.services.contacts.create(full_name="Nour Abu Ramadan")
    north.send_to(south)
    north.services.tasks.change_status(task.id, "blocked", status_reason="Road closed")
    south.services.tasks.change_status(task.id, "on_hold", status_reason="Waiting for fuel")
    north.services.contacts.delete(contact.id)
    south.services.contacts.update(contact.id, title="Head of Water Department")
    south.send_to(north)
    dialog = ConflictsDialog(north.store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5_000)  # two decisions, as the import counted

    def buttons() -> list[str]:
        return [b.text() for b in dialog.sides.findChildren(QPushButton) if b.isVisibleTo(dialog)]

    dialog.list.setCurrentRow(0)  # the contact edited while deleted
    assert "Keep it deleted" in buttons()
    dialog.list.setCurrentRow(1)  # the task: only its own choices, not the contact's
    assert buttons() == ["Keep these", "Keep these"]
    blocked = next(
        b
        for b in dialog.sides.findChildren(QPushButton)
        if "Road closed" in " ".join(label.text() for label in b.parent().findChildren(QLabel))
    )
    with qtbot.waitSignal(dialog.resolved, timeout=5_000):
        blocked.click()
    kept = north.services.tasks.get(task.id)
    assert (kept.status, kept.status_reason) == ("blocked", "Road closed")


def test_import_from_the_file_menu_shows_the_sender_and_asks_to_trust(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Laptop(tmp_path, "erik", "South")
    other.services.sites.create(name="Bureij Maternity Clinic")
    with Store.open(paths, officer="Lina Haddad", team="North"):
        pass
    bundle = tmp_path / "south.cmccsync"
    export_bundle(other.store, bundle, peer_team="North")
    fingerprint = identity(other.store).fingerprint
    other.close()

    window = MainWindow(paths)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_opened, timeout=10_000):
        window.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(bundle), ""))
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        accept = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        if accept:  # the summary box has only its default OK
            accept[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=15_000)
    assert "South" in shown[0] and fingerprint in shown[0].replace("\u2011", "-")  # hyphens that do not break
    assert "Compare the team key fingerprint" in shown[0]
    assert "It brings 1 change and no files" in shown[0]
    assert shown[1].startswith("1 new record, none updated, no conflicts.")
    qtbot.waitUntil(lambda: "South" in window.exchange_label.text(), timeout=5_000)
    qtbot.waitUntil(lambda: "1 site" in window.counts_label.text(), timeout=5_000)
    window.close()


def test_export_from_the_file_menu_writes_an_encrypted_bundle(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(paths, officer="Lina Haddad", team="North") as store:
        Services(store).contacts.create(full_name="Samir Qudaih")
    window = MainWindow(paths)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_opened, timeout=10_000):
        window.show()
    target = tmp_path / "for-south"

    def fill(dialog: ExportDialog) -> int:
        buttons = dialog.findChild(QDialogButtonBox)
        export = next(b for b in buttons.buttons() if b.text() == "Export…")
        dialog.peer.setEditText("South")
        dialog.passphrase.setText("olive tree 42")
        dialog.repeat.setText("olive tree 41")
        export.click()
        assert not dialog.problem.isHidden()  # a mistyped passphrase is caught before anything is written
        dialog.repeat.setText("olive tree 42")
        export.click()
        return dialog.result()

    asked: list[str] = []

    def new_team(box: QMessageBox) -> int:  # South has never been exchanged with: confirmed first
        asked.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(ExportDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "exec", new_team)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))
    said: list[Any] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    written = target.with_suffix(".cmccsync")
    assert written.exists() and is_encrypted(written)
    assert str(written) in said[0] and "Saved 1 change and no files" in said[0]
    assert asked == ["South is a team this laptop has never exchanged with. Write a bundle for a new team?"]
    qtbot.waitUntil(lambda: "South" in window.exchange_label.text(), timeout=5_000)
    window.close()


@pytest.fixture
def import_window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    with Store.open(paths, officer="Lina Haddad", team="North"):
        pass
    window = MainWindow(paths)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_opened, timeout=10_000):
        window.show()
    yield window
    window.close()


def test_a_refused_file_from_the_file_menu_is_kept_in_quarantine_and_the_message_says_where(
    qtbot: QtBot, import_window: MainWindow, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "report.cmccsync"
    junk.write_bytes(b"%PDF-1.7 a visit report, not a bundle\n" * 20)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(junk), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    import_window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    quarantine = paths.data_dir / "quarantine"
    assert "not a sync bundle" in warned[0] and str(quarantine) in warned[0]
    (kept,) = quarantine.iterdir()
    assert kept.read_bytes() == junk.read_bytes()


def test_a_wrong_passphrase_in_the_window_asks_again(
    qtbot: QtBot, import_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Laptop(tmp_path, "erik", "South")
    other.services.sites.create(name="Bureij Maternity Clinic")
    bundle = tmp_path / "south.cmccsync"
    export_bundle(other.store, bundle, peer_team="North", passphrase="olive tree 42")
    other.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(bundle), ""))
    typed = iter(["olive tree 41", "olive tree 42"])
    questions: list[str] = []

    def passphrase(_parent, _title, label, _echo):  # type: ignore[no-untyped-def]
        questions.append(label)
        return next(typed), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(passphrase))
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        box.buttons()[-1].click()  # Cancel: the officer only looks
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    import_window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    assert questions == [
        "This bundle is encrypted. Team passphrase:",
        "That passphrase does not open the file. Team passphrase:",
    ]
    assert "From team <b>South</b>" in shown[0]


def test_a_wrong_passphrase_asked_again_can_be_cancelled(
    qtbot: QtBot, import_window: MainWindow, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Laptop(tmp_path, "erik", "South")
    bundle = tmp_path / "south.cmccsync"
    export_bundle(other.store, bundle, peer_team="North", passphrase="olive tree 42")
    other.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(bundle), ""))
    questions: list[str] = []

    def passphrase(_parent, _title, label, _echo):  # type: ignore[no-untyped-def]
        questions.append(label)
        return ("olive tree 41", True) if len(questions) == 1 else ("", False)  # then Cancel

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(passphrase))
    import_window.import_action.trigger()  # any message box after the Cancel would fail the test
    qtbot.waitUntil(lambda: len(questions) == 2, timeout=15_000)
    qtbot.wait(200)
    assert questions[1] == "That passphrase does not open the file. Team passphrase:"
    assert not (paths.data_dir / "quarantine").exists()  # not the file's fault: nothing kept as refused


def test_the_window_imports_exactly_the_file_it_showed(
    qtbot: QtBot, import_window: MainWindow, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file swapped on the stick between the preview and Import is not what gets imported (or trusted)."""
    south = Laptop(tmp_path, "erik", "South")
    south.services.sites.create(name="Bureij Maternity Clinic")
    shown_file = tmp_path / "from-south.cmccsync"
    export_bundle(south.store, shown_file, peer_team="North")
    south.close()
    west = Laptop(tmp_path, "kenji", "West")
    west.services.sites.create(name="A site from a team never shown")
    swapped_in = tmp_path / "from-west.cmccsync"
    export_bundle(west.store, swapped_in, peer_team="North")
    west.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(shown_file), ""))
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        if len(shown) == 1:
            shown_file.write_bytes(swapped_in.read_bytes())  # swapped while the officer reads the preview
        accept = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        if accept:
            accept[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    import_window.import_action.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=15_000)
    assert "South" in shown[0] and shown[1].startswith("1 new record,")
    services = import_window.workspace.services  # type: ignore[union-attr]
    assert [s.name for s in services.sites.find()] == ["Bureij Maternity Clinic"]


def test_a_bundle_opened_from_the_file_manager_is_offered_for_import(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What Windows runs for a double-clicked .cmccsync file: the window opens and offers that file for import,
    without asking which file; a second one, opened while the window is up, goes to the same window."""
    south = Laptop(tmp_path, "erik", "South")
    south.services.sites.create(name="Bureij Maternity Clinic")
    bundle = tmp_path / "from-south.cmccsync"
    export_bundle(south.store, bundle, peer_team="North")
    south.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: pytest.fail("asked which file"))
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        accept = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        if accept:
            accept[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window = MainWindow(paths)
    qtbot.addWidget(window)
    window.import_when_open(bundle)  # before the data folder is open, as at a start with --import
    window.show()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=15_000)  # the sender shown, then what was imported
    assert "South" in shown[0]
    qtbot.waitUntil(lambda: "1 site" in window.counts_label.text(), timeout=5_000)

    window.bring_to_front(bundle)  # a second start with the same file: already imported, and said so
    # The sender is shown again, then the outcome: nothing new.
    qtbot.waitUntil(
        lambda: any("Nothing new" in text or "already" in text for text in shown[2:]), timeout=15_000
    )
