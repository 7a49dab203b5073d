"""What a new officer stumbled on in review: a reason typed and dropped by Escape, typing in a new phone row
landing in its label, a form's problems shown one round at a time, a passphrase error left on screen after it
was fixed, a login name typed after instead of over, Enter trusting a new team's key unread, and a key
fingerprint broken over two lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cmcc_desktop.services import Services
from cmcc_desktop.sync import peers
from cmcc_desktop.sync.exchange import BundlePreview, export_bundle
from cmcc_desktop.sync.status import identity
from cmcc_desktop.ui.first_start import FirstStartDialog
from cmcc_desktop.ui.forms.contact_forms import ContactForm
from cmcc_desktop.ui.forms.record_form import RecordForm
from cmcc_desktop.ui.forms.site_forms import VisitForm
from cmcc_desktop.ui.forms.task_form import TaskForm
from cmcc_desktop.ui.sync_dialogs import ExportDialog, describe_preview, import_flow
from cmcc_desktop.ui.text_dialog import TextDialog

from ..sync.helpers import Laptop

ESCAPE = Qt.Key.Key_Escape


# -- 1. a reason typed in a text dialog is not dropped by Escape, Cancel or the close button --------------
@pytest.fixture
def reason_dialog(qtbot: QtBot) -> Callable[[str], TextDialog]:
    def make(text: str = "") -> TextDialog:
        dialog = TextDialog(None, "Blocked", "Why is the task blocked?", text)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def answering(monkeypatch: pytest.MonkeyPatch, answers: list[QMessageBox.StandardButton]) -> list[str]:
    """The questions asked, each answered with the next of ``answers``."""
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_a_typed_reason_is_not_dropped_without_asking(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, reason_dialog: Callable[[str], TextDialog], how: str
) -> None:
    dialog = reason_dialog("")
    qtbot.keyClicks(dialog.editor, "Road closed at the checkpoint")

    def leave() -> None:
        if how == "escape":
            qtbot.keyClick(dialog.editor, ESCAPE)
        elif how == "cancel":
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()  # type: ignore[union-attr]
        else:
            dialog.close()

    asked = answering(monkeypatch, [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    leave()  # answered Cancel: back to the text
    assert len(asked) == 1
    assert dialog.isVisible() and dialog.text() == "Road closed at the checkpoint"
    leave()  # answered Discard: gone, as the officer chose
    assert len(asked) == 2
    assert not dialog.isVisible() and dialog.result() == TextDialog.DialogCode.Rejected


@pytest.mark.parametrize(("given", "typed"), [("", ""), ("", "   "), ("Waiting for fuel", "")])
def test_a_reason_dialog_with_nothing_typed_closes_without_asking(
    qtbot: QtBot, reason_dialog: Callable[[str], TextDialog], given: str, typed: str
) -> None:
    dialog = reason_dialog(given)
    if typed:
        qtbot.keyClicks(dialog.editor, typed)
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.editor, ESCAPE)  # a question would fail the test (tests/ui/conftest.py)
    assert not dialog.isVisible()


# -- 2. what is typed in a new row lands in the cell the row asks first ------------------------------------


@pytest.mark.parametrize(
    ("field", "add", "typed", "row"),
    [
        ("phones", "Add phone", "12ab34", {"label": "mobile", "number": "12ab34"}),
        ("emails", "Add e-mail", "rana@unicef.org", {"label": "work", "address": "rana@unicef.org"}),
        ("needs", "Add need", "chlorine", {"sector": "WSH", "severity": 3, "note": "chlorine"}),
    ],
)
def test_typing_after_adding_a_row_fills_the_cell_it_asks_first(
    qtbot: QtBot,
    services: Services,
    open_form: Callable[[RecordForm], RecordForm],
    field: str,
    add: str,
    typed: str,
    row: dict[str, Any],
) -> None:
    if field == "needs":
        site = services.sites.create(name="Shati Water Plant", sector="WSH", site_type="water_sanitation")
        form = open_form(VisitForm(services, initial={"site_id": site.id}))
    else:
        form = open_form(ContactForm(services))
    qtbot.waitUntil(lambda: form.isActiveWindow(), timeout=5_000)
    QThreadPool.globalInstance().waitForDone(10_000)  # the site's sector read, for the new need
    qtbot.wait(50)
    [button] = [b for b in form.findChildren(QWidget) if getattr(b, "text", lambda: "")() == add]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for key in typed:  # as the keyboard sends it: to the widget that has the focus
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # ends the cell
    assert form.fields[field].value() == [row]


def test_a_number_being_typed_is_saved_by_ctrl_s_and_asked_about_on_close(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    services: Services,
    open_form: Callable[[RecordForm], RecordForm],
) -> None:
    form = open_form(ContactForm(services))
    qtbot.waitUntil(lambda: form.isActiveWindow(), timeout=5_000)
    qtbot.keyClicks(form.fields["full_name"], "Rana Khalil")
    [button] = [b for b in form.findChildren(QWidget) if getattr(b, "text", lambda: "")() == "Add phone"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "0599123456")  # the cell still being typed in
    asked = answering(monkeypatch, [QMessageBox.StandardButton.Cancel])
    form.close()  # the number counts as an edit: closing asks
    assert len(asked) == 1 and form.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.contacts.count() == 1, timeout=10_000)
    [contact] = services.contacts.search("Rana")
    assert [phone["number"] for phone in contact.phones] == ["+970599123456"]


# -- 3. every problem of a form shows at once ------------------------------------------------------------
@pytest.mark.parametrize(
    ("make", "picked", "box", "required", "count"),
    [
        (TaskForm, "assignee_contact_id", lambda field: field.edit, "title", "tasks"),
        (VisitForm, "contacts_met", lambda field: field.picker.edit, "site_id", "visits"),
    ],
    ids=["task", "visit"],
)
def test_a_form_shows_its_own_problems_and_the_services_together(
    qtbot: QtBot,
    services: Services,
    open_form: Callable[[RecordForm], RecordForm],
    make: Callable[[Services], RecordForm],
    picked: str,
    box: Callable[[Any], QWidget],
    required: str,
    count: str,
) -> None:
    form = open_form(make(services))
    qtbot.waitUntil(lambda: form.isActiveWindow(), timeout=5_000)
    qtbot.keyClicks(box(form.fields[picked]), "Nobody by that name")  # typed, never chosen from the matches
    form.save()  # and a required field left empty
    qtbot.waitUntil(lambda: form.errors[required].isVisible(), timeout=10_000)
    assert form.errors[required].text()
    assert form.errors[picked].isVisible() and "was not chosen from the list" in form.errors[picked].text()
    field, focused = form.fields[required], QApplication.focusWidget()
    assert isinstance(field, QWidget) and focused is not None
    assert focused is field or field.isAncestorOf(focused)  # the keyboard at the first problem in the form
    assert getattr(services, count).count() == 0


# -- 4. the export dialog's passphrase error goes once the passphrases match -----------------------------
def test_the_passphrase_error_goes_once_the_passphrases_match(qtbot: QtBot, tmp_path: Path) -> None:
    with Laptop(tmp_path, "lina", "CMCC North") as north:
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = ExportDialog(
            north.store, identity(north.store), peers.known_teams(north.store), [], lambda: None, parent
        )
        qtbot.addWidget(dialog)
        dialog.passphrase.setText("olive tree 42")
        dialog.repeat.setText("olive tree 41")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        next(b for b in buttons.buttons() if b.text() == "Export…").click()
        assert not dialog.problem.isHidden()
        dialog.repeat.setText("olive tree 4")
        assert not dialog.problem.isHidden()  # still different
        dialog.repeat.setText("olive tree 42")
        assert dialog.problem.isHidden()


# -- 5. the login name offered at first start is typed over ----------------------------------------------
def test_typing_at_first_start_replaces_the_login_name(qtbot: QtBot) -> None:
    dialog = FirstStartDialog("root", "", "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields.officer, timeout=5_000)
    qtbot.keyClicks(QApplication.focusWidget(), "Lina Haddad")
    assert dialog.fields.values()[0] == "Lina Haddad"


# -- 6. Enter and Escape do not trust a new team's key ----------------------------------------------------
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_or_escape_at_the_trust_question_does_not_trust(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, key: Qt.Key
) -> None:
    with Laptop(tmp_path, "lina", "North") as north, Laptop(tmp_path, "erik", "South") as south:
        south.services.sites.create(name="Bureij Maternity Clinic")
        bundle = tmp_path / "south.cmccsync"
        export_bundle(south.store, bundle, peer_team="North")
        parent = QWidget()
        qtbot.addWidget(parent)
        clicked: list[Any] = []

        def press(box: QMessageBox) -> int:
            box.show()
            qtbot.waitExposed(box)
            qtbot.keyClick(box, key)
            clicked.append(box.standardButton(box.clickedButton()))
            return 0

        monkeypatch.setattr(QMessageBox, "exec", press)
        import_flow(parent, north.store, lambda _result: None, bundle)
        qtbot.waitUntil(lambda: bool(clicked), timeout=10_000)
        assert clicked == [QMessageBox.StandardButton.Cancel]
        assert north.services.sites.count() == 0


# -- 7. a key fingerprint stays on one line ---------------------------------------------------------------
FINGERPRINT = "3fa2-91c0-77de-0b41-c2aa-19f0-5e6d-a8b3"


def fingerprint_lines(html: str, width: int) -> set[int]:
    """The lines the fingerprint's characters fall on, in rich text laid out ``width`` pixels wide."""
    document = QTextDocument()
    document.setDefaultFont(QApplication.font())
    document.setHtml(html)
    document.setTextWidth(width)
    document.size()  # laid out
    plain = document.toPlainText().replace("\u2011", "-")  # the hyphens as displayed
    start = plain.index(FINGERPRINT)
    block = document.findBlock(start)
    layout = block.layout()
    return {
        layout.lineForTextPosition(position - block.position()).lineNumber()
        for position in range(start, start + len(FINGERPRINT))
    }


def widths() -> range:
    """Every width from one that just holds the fingerprint (in bold, within the document's margins) up to
    a wide dialog's."""
    bold = QFont(QApplication.font())
    bold.setBold(True)
    margins = 2 * QTextDocument().documentMargin()
    return range(QFontMetrics(bold).horizontalAdvance(FINGERPRINT) + int(margins) + 4, 700, 3)


def test_the_fingerprint_shown_before_an_import_stays_on_one_line() -> None:
    preview = BundlePreview(
        sender_team="CMCC South",
        sender_officer="Omar",
        sender_device="d1",
        fingerprint=FINGERPRINT,
        trusted=False,
        known_key_changed=False,
        created_at="2026-11-29T10:00:00+00:00",
        changes=1,
        attachments=0,
        teams=["CMCC South"],
        untrusted_teams=[],
    )
    html = describe_preview(preview)
    for width in widths():
        assert len(fingerprint_lines(html, width)) == 1, width


def test_the_fingerprint_shown_before_an_export_stays_on_one_line(qtbot: QtBot, tmp_path: Path) -> None:
    with Laptop(tmp_path, "lina", "CMCC North with a long team name") as north:
        me = replace(identity(north.store), fingerprint=FINGERPRINT)
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = ExportDialog(north.store, me, [], [], lambda: None, parent)
        qtbot.addWidget(dialog)
        [label] = [x for x in dialog.findChildren(QLabel) if "fingerprint" in x.text()]
        for width in widths():
            assert len(fingerprint_lines(label.text(), width)) == 1, width
