"""The Tasking tab: create through the form, move along the workflow with quick actions, counts, filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.forms.task_form import TaskForm
from cmcc_desktop.ui.main_window import MainWindow
from cmcc_desktop.ui.tabs.tasking_tab import AssignDialog, TaskingTab
from cmcc_desktop.ui.text_dialog import TextDialog

from .conftest import details, form_of, main_window


@pytest.fixture
def seeded(paths: AppPaths) -> dict[str, str]:
    with Store.open(paths, officer="Lina Haddad", team="CMCC North") as store:
        services = Services(store)
        lina = services.contacts.create(full_name="Lina Haddad")
        samir = services.contacts.create(full_name="Samir Qudaih")
        well = services.sites.create(name="Shati Water Well", sector="WSH")
        visit = services.visits.create(site_id=well.id, visited_at="2026-10-20T10:00")
        late = services.tasks.create(
            title="Repair the pump",
            site_id=well.id,
            visit_id=visit.id,
            due_date=date.today() - timedelta(days=3),
            priority="urgent",
        )
        services.tasks.create(title="Deliver fuel", assignee_contact_id=samir.id, status="assigned")
        services.tasks.create(title="Survey the road", assignee_contact_id=lina.id, status="assigned")
        done = services.tasks.create(title="Old job", status="in_progress")
        services.tasks.change_status(done.id, "done", closure_note="Finished.")
        return {"well": well.id, "late": late.id, "samir": samir.id, "lina": lina.id}


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, seeded: dict[str, str]) -> Iterator[MainWindow]:
    with main_window(qtbot, paths, lambda w: w.workspace.tasking_tab.model.rowCount() == 3) as opened:
        yield opened


def titles(tab: TaskingTab) -> list[str]:
    return [tab.model.value_of(row, "title") for row in range(tab.model.rowCount())]


def select(qtbot: QtBot, tab: TaskingTab, title: str) -> str:
    record_id = tab.model.record_id(titles(tab).index(title))
    tab.show_record(record_id)
    qtbot.waitUntil(lambda: tab.showing() == record_id, timeout=5_000)
    return record_id


def test_open_tasks_by_due_date_with_overdue_standing_out(window: MainWindow) -> None:
    tab = window.workspace.tasking_tab
    assert tab.count_label.text() == "3 tasks"
    assert titles(tab)[0] == "Repair the pump"  # the only one with a due date, and it is overdue
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert tab.model.data(tab.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert "Overdue: 1" in tab.status_counts["overdue"].text()
    assert "Done: 1" in tab.status_counts["done"].text()


def test_create_a_task_and_a_missing_title_is_shown_inline(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.workspace.tasking_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = form_of(qtbot, tab, TaskForm)
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors["title"].isVisible(), timeout=10_000)
    qtbot.keyClicks(form.fields["title"], "Clear rubble from the access road")
    form.fields["priority"].set_value("high")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()
    qtbot.waitUntil(lambda: "Clear rubble from the access road" in titles(tab), timeout=5_000)
    qtbot.waitUntil(lambda: "New: 2" in tab.status_counts["new"].text(), timeout=5_000)


def test_quick_actions_follow_the_workflow(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.workspace.tasking_tab
    task_id = select(qtbot, tab, "Deliver fuel")
    service = tab.service()
    assert tab.quick["in_progress"].isEnabled() and tab.quick["blocked"].isEnabled()
    assert not tab.quick["verified"].isEnabled() and not tab.quick["reopen"].isEnabled()

    tab.quick["in_progress"].click()
    qtbot.waitUntil(lambda: service.get(task_id).status == "in_progress", timeout=5_000)

    refusals: list[str] = []

    def answer(dialog: TextDialog) -> int:
        """An empty reason is refused inside the dialog, which stays open; Ctrl+Enter then answers."""
        dialog.show()
        dialog.editor.setPlainText("   ")
        dialog.accept()
        refusals.append(dialog.error.text() if dialog.isVisible() and dialog.error.isVisible() else "")
        qtbot.keyClicks(dialog.editor, "The road is closed by a checkpoint.")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab)  # Tab leaves the text: it types no tab
        assert "\t" not in dialog.text()
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    monkeypatch.setattr(TextDialog, "exec", answer)
    qtbot.waitUntil(lambda: tab.quick["blocked"].isEnabled(), timeout=5_000)
    tab.quick["blocked"].click()
    qtbot.waitUntil(lambda: service.get(task_id).status == "blocked", timeout=5_000)
    assert refusals and "Say why" in refusals[0]
    assert service.get(task_id).status_reason.strip() == "The road is closed by a checkpoint."

    qtbot.waitUntil(lambda: tab.showing() == task_id and tab.quick["in_progress"].isEnabled(), timeout=5_000)
    assert not tab.quick["done"].isEnabled()  # blocked cannot become done directly
    tab.quick["in_progress"].click()
    qtbot.waitUntil(lambda: service.get(task_id).status == "in_progress", timeout=5_000)
    monkeypatch.setattr(
        "cmcc_desktop.ui.tabs.tasking_tab.ask_text", lambda *_a: "Delivered 2,000 L; receipt signed."
    )
    qtbot.waitUntil(lambda: tab.quick["done"].isEnabled(), timeout=5_000)
    tab.quick["done"].click()
    qtbot.waitUntil(lambda: service.get(task_id).status == "done", timeout=5_000)
    assert service.get(task_id).closure_note == "Delivered 2,000 L; receipt signed."
    # A done task leaves the "Open" list but stays in the detail pane, so it can be verified at once.
    qtbot.waitUntil(lambda: "Deliver fuel" not in titles(tab), timeout=5_000)
    qtbot.waitUntil(lambda: tab.quick["verified"].isEnabled(), timeout=5_000)
    assert tab.current_id() == task_id
    assert "no longer matches the search or filters" in details(qtbot, tab)
    tab.quick["verified"].click()
    qtbot.waitUntil(lambda: service.get(task_id).status == "verified", timeout=5_000)
    select(qtbot, tab, "Survey the road")  # choosing another row lets the kept task go
    assert "no longer matches" not in details(qtbot, tab)


def test_filters_overdue_and_assigned_to_me(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.workspace.tasking_tab
    tab.overdue_box.setChecked(True)
    qtbot.waitUntil(lambda: titles(tab) == ["Repair the pump"], timeout=5_000)
    tab.overdue_box.setChecked(False)
    tab.mine_box.setChecked(True)  # the officer is Lina Haddad, and a contact of that name
    qtbot.waitUntil(lambda: titles(tab) == ["Survey the road"], timeout=5_000)
    assert tab.count_label.text() == "1 task"  # English plural forms, not "1 task(s)"
    tab.overdue_box.setChecked(True)  # none of hers is overdue: the count says whose tasks were looked for
    qtbot.waitUntil(
        lambda: tab.count_label.text() == "No tasks assigned to a contact named “Lina Haddad”", timeout=5_000
    )
    tab.overdue_box.setChecked(False)
    tab.mine_box.setChecked(False)
    tab.status_counts["done"].click()
    qtbot.waitUntil(lambda: titles(tab) == ["Old job"], timeout=5_000)


def test_follow_up_form_is_prefilled(qtbot: QtBot, window: MainWindow, seeded: dict[str, str]) -> None:
    tab = window.workspace.tasking_tab
    tab.open_form(None, {"title": "Follow up: chlorine", "site_id": seeded["well"], "sector": "WSH"})
    form = form_of(qtbot, tab, TaskForm)
    assert form.fields["title"].value() == "Follow up: chlorine"
    assert form.fields["site_id"].value() == seeded["well"]
    assert "Shati Water Well" in form.fields["site_id"].edit.text()
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()
    qtbot.waitUntil(lambda: "Follow up: chlorine" in titles(tab), timeout=5_000)


def test_assigning_to_nobody_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, seeded: dict[str, str]
) -> None:
    dialog = AssignDialog(window.workspace.tasking_tab.services, window.workspace.tasking_tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.missing.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.contact.set_value(seeded["samir"])
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_site_typed_but_not_picked_is_not_dropped_silently(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.workspace.tasking_tab
    tab.open_form(None)
    form = form_of(qtbot, tab, TaskForm)
    form.show()
    qtbot.waitUntil(lambda: form.focusWidget() is form.fields["title"], timeout=5_000)  # typing starts there
    qtbot.keyClicks(form.fields["title"], "Fix the pump")
    qtbot.keyClicks(form.fields["site_id"].edit, "Shati")
    form.save()
    assert form.errors["site_id"].isVisible()
    assert "“Shati” was not chosen from the list" in form.errors["site_id"].text()
    assert "Fix the pump" not in [t.title for t in tab.service().find(limit=50)]
    form.fields["site_id"].edit.clear()
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()


def test_a_task_from_a_visit_names_the_visit(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window.workspace.tasking_tab, "Repair the pump")
    shown = details(qtbot, window.workspace.tasking_tab)
    assert "From visit" in shown and "Shati Water Well · 2026-10-20" in shown


def test_an_assigned_task_is_reassigned_without_editing_it(
    qtbot: QtBot, window: MainWindow, seeded: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.workspace.tasking_tab
    task_id = select(qtbot, tab, "Deliver fuel")
    qtbot.waitUntil(lambda: tab.quick["assigned"].isEnabled(), timeout=5_000)
    assert tab.quick["assigned"].text() == "Reassign…"

    def reassign(dialog: AssignDialog) -> int:
        assert dialog.contact.value() == seeded["samir"]  # it starts from who has it now
        dialog.contact.set_value(seeded["lina"])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AssignDialog, "exec", reassign)
    tab.quick["assigned"].click()
    service = tab.service()
    qtbot.waitUntil(lambda: service.get(task_id).assignee_contact_id == seeded["lina"], timeout=5_000)
    assert service.get(task_id).status == "assigned"
