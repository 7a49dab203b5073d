"""The first start asks who the officer is; Settings changes it, the window's language, the marking new
records start with, and the reports' paper and letterhead."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.ui import settings
from cmcc_desktop.ui.first_start import FirstStartDialog
from cmcc_desktop.ui.forms.contact_forms import ContactForm
from cmcc_desktop.ui.settings_dialog import SettingsDialog

from .conftest import form_of, main_window


def test_the_first_start_asks_a_name_and_a_team_and_refuses_none(qtbot: QtBot) -> None:
    dialog = FirstStartDialog("lina", "", "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # no team: said under the field, and the dialog stays
    assert dialog.isVisible() and dialog.fields.errors["team"].isVisible()
    assert not dialog.fields.errors["officer"].isVisible()
    dialog.fields.officer.setText("Lina Haddad")
    dialog.fields.team.setText(" CMCC North ")
    dialog.fields.language.setCurrentIndex(dialog.fields.language.findData("ar"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.fields.values() == ("Lina Haddad", "CMCC North", "ar")


def test_settings_rename_the_officer_and_keep_the_choices(qtbot: QtBot, paths: AppPaths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "unit-logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    with main_window(qtbot, paths, lambda w: w.workspace.services is not None) as window:
        store = window.workspace.store
        window.workspace.open_settings()  # Edit > Settings…
        qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None, timeout=5_000)
        dialog = window.findChild(SettingsDialog)
        qtbot.waitUntil(dialog.buttons.isEnabled, timeout=5_000)  # the letterhead is read
        dialog.fields.officer.setText("Rania Barghouti")
        dialog.fields.team.setText("CMCC South")
        dialog.marking.setCurrentIndex(dialog.marking.findData("team"))
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.organisation.setText("CMCC South Liaison Cell")
        dialog.logo.setText(str(tmp_path / "missing.png"))
        dialog.accept()  # a logo that is not there: refused, nothing saved
        qtbot.waitUntil(dialog.logo_error.isVisible, timeout=5_000)
        assert store.identity.officer_name != "Rania Barghouti"
        dialog.logo.setText(str(logo))
        dialog.backups.setText(str(tmp_path / "no-stick"))
        dialog.accept()  # a backups folder that is not there: refused, nothing saved
        qtbot.waitUntil(dialog.backups_error.isVisible, timeout=5_000)
        assert not (paths.data_dir / "report-settings.json").exists()
        (tmp_path / "stick").mkdir()
        dialog.backups.setText(str(tmp_path / "stick"))
        with qtbot.waitSignal(dialog.saved, timeout=5_000):
            dialog.accept()
        assert paths.backups.parent == (tmp_path / "stick").resolve()
        assert (store.identity.officer_name, store.identity.team_name) == ("Rania Barghouti", "CMCC South")
        assert window.windowTitle().startswith("CMCC South")
        assert settings.DEFAULT_RELEASABILITY.read() == "team" and settings.REPORT_PAPER.read() == "letter"
        written = json.loads((paths.data_dir / "report-settings.json").read_text(encoding="utf-8"))
        assert written == {"organisation": "CMCC South Liaison Cell", "logo": str(logo)}


def test_a_new_record_starts_with_the_marking_from_settings_and_says_what_it_means(
    qtbot: QtBot, paths: AppPaths
) -> None:
    settings.DEFAULT_RELEASABILITY.write("partners")
    with main_window(qtbot, paths, lambda w: w.workspace.services is not None) as window:
        window.workspace.new("contact")
        form = form_of(qtbot, window, ContactForm)
        assert form.fields["releasability"].value() == "partners"
        assert "partner teams" in form.marking_meaning.text()
        form.fields["releasability"].set_value("team")
        assert "stays on your team" in form.marking_meaning.text()
