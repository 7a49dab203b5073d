"""The window's sync dialogs: the team a bundle is for is picked among the teams known here (a new name is
confirmed first, a mistyped one that never sent anything can be forgotten), and counts read as English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cmcc_desktop.sync import exchange, peers
from cmcc_desktop.sync.exchange import BundlePreview, ForkReport, ImportResult
from cmcc_desktop.sync.status import identity
from cmcc_desktop.ui.sync_dialogs import ExportDialog, describe_preview, export_flow, show_import_summary

from ..sync.helpers import Laptop


@pytest.fixture
def north(tmp_path: Path) -> Iterator[Laptop]:
    """CMCC North has received from CMCC South, and once wrote a bundle for a mistyped "CMCC Sooth"."""
    with Laptop(tmp_path, "lina", "CMCC North") as north, Laptop(tmp_path, "omar", "CMCC South") as south:
        north.services.contacts.create(full_name="Amal Nasser", releasability="partners")
        south.send_to(north)
        exchange.export_bundle(north.store, tmp_path / "typo.cmccsync", peer_team="CMCC Sooth")
        yield north


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def export_button(dialog: ExportDialog) -> Any:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return next(b for b in buttons.buttons() if b.text() == "Export…")


def test_the_known_teams_are_offered_and_one_picked_is_written_for_without_a_question(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: QWidget, north: Laptop, tmp_path: Path
) -> None:
    offered: list[str] = []

    def pick(dialog: ExportDialog) -> int:
        offered.extend(dialog.peer.itemText(i) for i in range(dialog.peer.count()))
        dialog.peer.setCurrentIndex(dialog.peer.findText("CMCC South"))
        export_button(dialog).click()  # a known team: no question (an unexpected box fails the test)
        return dialog.result()

    target = tmp_path / "for-south.cmccsync"
    monkeypatch.setattr(ExportDialog, "exec", pick)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    export_flow(window, north.store, lambda: None)
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert offered == [
        "Every team (all shared records)",
        "CMCC North (this laptop's team)",
        "CMCC Sooth",
        "CMCC South",
    ]
    assert target.exists()
    assert said[0].startswith("Saved 1 change and no files (")  # the contact South lacks


def test_a_team_never_met_is_confirmed_before_anything_is_written(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: QWidget, north: Laptop, tmp_path: Path
) -> None:
    asked: list[str] = []
    answers = iter(["Cancel", "Write a bundle for a new team"])

    def answer(box: QMessageBox) -> int:
        asked.append(box.text() + "\n" + box.informativeText())
        wanted = next(answers)
        next(b for b in box.buttons() if b.text().replace("&", "") == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    saves: list[str] = []
    target = tmp_path / "for-west.cmccsync"

    def save(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        saves.append("asked")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)

    def fill(dialog: ExportDialog) -> int:
        dialog.peer.setEditText("CMCC Soth")
        export_button(dialog).click()
        assert dialog.result() != ExportDialog.DialogCode.Accepted  # not confirmed: still open, to correct
        assert not saves
        export_button(dialog).click()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", fill)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    export_flow(window, north.store, lambda: None)
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert asked[0] == (
        "CMCC Soth is a team this laptop has never exchanged with. Write a bundle for a new team?\n"
        "Teams known here: CMCC Sooth, CMCC South."
    )
    assert len(asked) == 2 and saves == ["asked"] and target.exists()
    assert "CMCC Soth" in peers.known_teams(north.store)


def test_a_typed_known_team_or_every_team_asks_nothing(qtbot: QtBot, window: QWidget, north: Laptop) -> None:
    dialog = ExportDialog(
        north.store, identity(north.store), peers.known_teams(north.store), [], lambda: None, window
    )
    qtbot.addWidget(dialog)
    for typed, meant in [("CMCC South", "CMCC South"), ("CMCC North", "CMCC North"), ("", None)]:
        dialog.peer.setEditText(typed)
        assert dialog.peer_team() == meant
        export_button(dialog).click()  # an unexpected question would fail the test
        assert dialog.result() == ExportDialog.DialogCode.Accepted
        dialog.setResult(0)
    dialog.peer.setCurrentIndex(dialog.peer.findText("CMCC North (this laptop's team)"))
    assert dialog.peer_team() == "CMCC North"


def test_a_team_that_never_sent_anything_can_be_forgotten_from_the_export_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: QWidget, north: Laptop
) -> None:
    assert peers.forgettable_teams(north.store) == ["CMCC Sooth"]
    refreshed: list[bool] = []
    dialog = ExportDialog(
        north.store,
        identity(north.store),
        peers.known_teams(north.store),
        peers.forgettable_teams(north.store),
        lambda: refreshed.append(True),
        window,
    )
    qtbot.addWidget(dialog)
    for team, offered in [("CMCC South", False), ("CMCC North", False), ("CMCC Sooth", True)]:
        dialog.peer.setEditText(team)
        assert dialog.forget_button.isEnabled() is offered, team
    asked: list[str] = []

    def confirm(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Forget team").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    dialog.forget_button.click()
    qtbot.waitUntil(lambda: bool(refreshed), timeout=10_000)  # the status bar is told
    assert asked and asked[0].startswith("Forget team CMCC Sooth?")
    assert dialog.peer.findText("CMCC Sooth") == -1
    assert peers.known_teams(north.store) == ["CMCC North", "CMCC South"]
    assert dialog.isEnabled()


def preview(changes: int, files: int) -> BundlePreview:
    return BundlePreview(
        sender_team="CMCC South",
        sender_officer="Omar",
        sender_device="d1",
        fingerprint="ABCD",
        trusted=True,
        known_key_changed=False,
        created_at="2026-11-29T10:00:00+00:00",
        changes=changes,
        attachments=files,
        teams=["CMCC South"],
        untrusted_teams=[],
    )


@pytest.mark.parametrize(
    ("changes", "files", "said"),
    [
        (1, 0, "It brings 1 change and no files,"),
        (2, 1, "It brings 2 changes and 1 file,"),
        (0, 3, "It brings no changes and 3 files,"),
    ],
)
def test_what_a_bundle_brings_reads_as_english(changes: int, files: int, said: str) -> None:
    assert said in describe_preview(preview(changes, files))


def test_the_import_summary_reads_as_english(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: QWidget
) -> None:
    shown: list[tuple[str, str]] = []

    def look(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    fork = ForkReport(device_id="d2", officer="Omar", team="CMCC South", kept=1)
    show_import_summary(window, ImportResult(new=1, updated=0, conflicts=2, forks=[fork]))
    show_import_summary(
        window, ImportResult(new=3, updated=1, conflicts=0, forks=[ForkReport("d3", "Ali", "CMCC West", 4)])
    )
    assert shown[0][0] == "1 new record, none updated, 2 conflicts to resolve."
    assert "1 change of the other history is kept apart." in shown[0][1]
    assert shown[1][0] == "3 new records, 1 updated, no conflicts."
    assert "4 changes of the other history are kept apart." in shown[1][1]
