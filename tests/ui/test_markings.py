"""Marking a record more strictly after it was shared says where it may have gone: that cannot be recalled."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.sync.exchange import export_bundle
from cmcc_desktop.ui.forms.site_forms import VisitForm

from .conftest import form_of, main_window


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel])
def test_marking_a_shared_visit_team_only_says_it_cannot_be_recalled(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: Any
) -> None:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        services = Services(store)
        site = services.sites.create(name="Beit Lahia well")
        visit = services.visits.create(site_id=site.id, visited_at=datetime(2026, 10, 2, 9, 0, tzinfo=UTC))
        export_bundle(store, tmp_path / "for-south.cmccsync", peer_team="CMCC South")
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    with main_window(
        qtbot, paths, lambda w: w.workspace is not None and w.workspace.services is not None
    ) as window:
        visits = window.workspace.site_visits_page.visits  # type: ignore[union-attr]
        visits.open_form(visit.id)
        form = form_of(qtbot, visits, VisitForm)
        form.fields["releasability"].set_value("team")  # type: ignore[attr-defined]
        form.save()
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        assert "CMCC South" in asked[0] and "cannot be recalled" in asked[0]
        if answer == QMessageBox.StandardButton.Yes:
            qtbot.waitUntil(lambda: not window.workspace.open_forms(), timeout=10_000)  # type: ignore[union-attr]
        else:
            qtbot.waitUntil(lambda: form.buttons.isEnabled(), timeout=10_000)
    with Store.open(paths) as store:
        expected = "team" if answer == QMessageBox.StandardButton.Yes else "partners"
        assert Services(store).visits.get(visit.id).releasability == expected
