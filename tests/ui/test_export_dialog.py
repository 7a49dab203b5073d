"""File > Export for partners…: the options follow the kind of record, the file holds only what may go to the
audience, and cancelling the save dialog writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.export_dialog import ExportForPartnersDialog, export_for_partners

from .conftest import main_window


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    return window


def formats(dialog: ExportForPartnersDialog, entity: str) -> list[str]:
    dialog.entity.setCurrentIndex(dialog.entity.findData(entity))
    return [dialog.format.itemData(i) for i in range(dialog.format.count())]


def test_the_formats_follow_the_kind_of_record(parent: QWidget) -> None:
    dialog = ExportForPartnersDialog(parent)
    assert dialog.audience.currentData() == "partners"
    assert dialog.language.currentData() == "en"
    assert formats(dialog, "contact") == ["csv", "xlsx", "hxl", "vcf"]
    for entity in ("organisation", "task"):
        assert formats(dialog, entity) == ["csv", "xlsx", "hxl"]
    for entity in ("site", "visit"):
        assert formats(dialog, entity) == ["csv", "xlsx", "hxl", "geojson", "kml"]
    dialog.format.setCurrentIndex(dialog.format.findData("kml"))
    assert formats(dialog, "site") == ["csv", "xlsx", "hxl", "geojson", "kml"]
    assert dialog.format.currentData() == "kml"  # still fits: kept
    formats(dialog, "contact")
    assert dialog.format.currentData() == "csv"
    dialog.format.setCurrentIndex(dialog.format.findData("vcf"))
    assert not dialog.vcard_version.isHidden() and dialog.language.isHidden()
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.vcard_version.isHidden() and not dialog.language.isHidden()
    dialog.audience.setCurrentIndex(dialog.audience.findData("team"))
    assert "must not leave the team" in dialog.audience_note.text()


def choose(monkeypatch: pytest.MonkeyPatch, entity: str, format_code: str, audience: str) -> None:
    def fill(dialog: ExportForPartnersDialog) -> int:
        dialog.entity.setCurrentIndex(dialog.entity.findData(entity))
        dialog.format.setCurrentIndex(dialog.format.findData(format_code))
        dialog.audience.setCurrentIndex(dialog.audience.findData(audience))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExportForPartnersDialog, "exec", fill)


def test_contacts_as_xlsx_for_partners_from_the_file_menu(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        services = Services(store)
        services.contacts.create(full_name="Ahmad Khalil", releasability="partners")
        services.contacts.create(full_name="Mona Saleh", releasability="public")
        services.contacts.create(full_name="Secret Source", releasability="team")
    choose(monkeypatch, "contact", "xlsx", "partners")
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, suggested: str, file_filter: str, **_kw: Any) -> tuple[str, str]:
        asked.extend([suggested, file_filter])
        return str(tmp_path / "for-pwa"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    with main_window(
        qtbot, paths, lambda w: w.workspace is not None and w.workspace.services is not None
    ) as w:
        assert w.export_records_action.text() == "E&xport for partners…"
        w.export_records_action.trigger()
        qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    written = tmp_path / "for-pwa.xlsx"
    assert Path(asked[0]).name.startswith("contacts-partners-") and asked[0].endswith(".xlsx")
    assert "(*.xlsx)" in asked[1]
    sheet = openpyxl.load_workbook(written, read_only=True).worksheets[0]
    cells = [str(value) for row in sheet.iter_rows(values_only=True) for value in row if value is not None]
    assert "Ahmad Khalil" in cells and "Mona Saleh" in cells
    assert not any("Secret" in cell for cell in cells)
    assert "Wrote 2 records to" in said[0] and str(written) in said[0]
    assert "Left out 1 record marked stricter than “CMCC partners”." in said[0]


def test_cancelling_the_save_dialog_writes_nothing(
    parent: QWidget, store: Store, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.contacts.create(full_name="Ahmad Khalil")
    choose(monkeypatch, "contact", "csv", "public")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_kw: ("", ""))
    before = set(tmp_path.rglob("*"))
    export_for_partners(parent, store)
    assert set(tmp_path.rglob("*")) == before
