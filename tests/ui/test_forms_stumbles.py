"""What an officer met in the record forms: Enter in a list or a table saved the whole form, captions hid
behind a double-click, choices in new table rows were squeezed unreadable, a new need started in the first
sector of the list, and fields jumped as problems appeared and cleared under them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cmcc_desktop.services import Services
from cmcc_desktop.ui.forms.contact_forms import ContactForm
from cmcc_desktop.ui.forms.fields import RowsField
from cmcc_desktop.ui.forms.record_form import RecordForm
from cmcc_desktop.ui.forms.site_forms import VisitForm

ENTER = Qt.Key.Key_Return


@pytest.fixture
def sites(services: Services) -> dict[str, str]:
    plant = services.sites.create(name="Shati Water Plant", sector="WSH", site_type="water_sanitation")
    well = services.sites.create(name="Rimal Well", site_type="water_sanitation")  # no sector of its own
    market = services.sites.create(name="Zawiya Market", site_type="market")
    return {"plant": plant.id, "well": well.id, "market": market.id}


def settled(qtbot: QtBot) -> None:
    """Background reads finished and their results handed to the widgets."""
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)


def button(parent: QWidget, text: str) -> QPushButton:
    [found] = [b for b in parent.findChildren(QPushButton) if b.text() == text]
    return found


def photo(tmp_path: Path, name: str = "pump.png") -> str:
    path = tmp_path / name
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    image.save(str(path))
    return str(path)


def test_a_caption_is_typed_under_its_photo_and_enter_there_does_not_save(
    qtbot: QtBot,
    services: Services,
    sites: dict[str, str],
    open_form: Callable[[RecordForm], RecordForm],
    tmp_path: Path,
) -> None:
    form = open_form(VisitForm(services, initial={"site_id": sites["plant"]}))
    photos = form.fields["photos"]
    photos.add_photo({"attachment_id": None, "path": photo(tmp_path), "caption": ""})  # type: ignore[attr-defined]
    [card] = photos.cards  # type: ignore[attr-defined]
    caption = card.caption
    qtbot.waitUntil(caption.isVisible, timeout=5_000)  # in plain sight, no double-click to reach it
    assert isinstance(caption, QLineEdit)
    assert caption.mapTo(card, QPoint(0, 0)).y() >= card.thumbnail.geometry().bottom()  # under the photo
    qtbot.mouseClick(caption, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(caption, "Chlorine dosing pump")
    qtbot.keyClick(caption, ENTER)
    qtbot.wait(100)
    assert form.isVisible()  # not saved and closed: the visit has no purpose nor findings yet
    assert services.visits.count() == 0
    assert photos.value()[0]["caption"] == "Chlorine dosing pump"
    qtbot.mouseClick(card.remove, Qt.MouseButton.LeftButton)
    assert photos.value() == []


def test_enter_in_a_table_cell_ends_the_cell_and_keeps_the_form_open(
    qtbot: QtBot, services: Services, sites: dict[str, str], open_form: Callable[[RecordForm], RecordForm]
) -> None:
    form = open_form(VisitForm(services, initial={"site_id": sites["plant"]}))
    needs = form.fields["needs"]
    assert isinstance(needs, RowsField)
    qtbot.mouseClick(button(form, "Add need"), Qt.MouseButton.LeftButton)
    table = needs.table
    table.setCurrentCell(0, 2)
    table.editItem(table.item(0, 2))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    qtbot.keyClicks(editor, "No chlorine")
    qtbot.keyClick(editor, ENTER)
    qtbot.waitUntil(lambda: table.item(0, 2).text() == "No chlorine", timeout=5_000)
    qtbot.keyClick(table, ENTER)  # on the table itself, not editing: nothing happens
    qtbot.wait(100)
    assert form.isVisible()
    assert services.visits.count() == 0
    assert needs.value()[0]["note"] == "No chlorine"


def test_enter_in_a_list_of_a_form_does_not_save_it(
    qtbot: QtBot, services: Services, open_form: Callable[[RecordForm], RecordForm]
) -> None:
    form = open_form(ContactForm(services))
    qtbot.keyClicks(form.fields["full_name"], "Rana Khalil")
    sectors = form.fields["sectors"]
    sectors.setFocus(Qt.FocusReason.OtherFocusReason)
    sectors.setCurrentRow(0)  # type: ignore[attr-defined]
    qtbot.keyClick(sectors, ENTER)  # type: ignore[arg-type]
    qtbot.wait(100)
    assert form.isVisible()
    assert services.contacts.count() == 0


@pytest.mark.parametrize(
    ("make", "field", "add"),
    [
        (lambda s, sites: VisitForm(s, initial={"site_id": sites["plant"]}), "needs", "Add need"),
        (lambda s, _sites: ContactForm(s), "phones", "Add phone"),
        (lambda s, _sites: ContactForm(s), "emails", "Add e-mail"),
    ],
    ids=["needs", "phones", "emails"],
)
def test_choices_in_a_new_row_read_in_full(
    qtbot: QtBot,
    services: Services,
    sites: dict[str, str],
    open_form: Callable[[RecordForm], RecordForm],
    make: Callable[[Services, dict[str, str]], RecordForm],
    field: str,
    add: str,
) -> None:
    form = open_form(make(services, sites))
    rows = form.fields[field]
    assert isinstance(rows, RowsField)
    qtbot.mouseClick(button(form, add), Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    combos = [
        w for c in range(rows.table.columnCount()) if isinstance(w := rows.table.cellWidget(0, c), QComboBox)
    ]
    assert combos
    for combo in combos:  # wide enough for its longest choice, so the one chosen shows whole
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() >= longest + 20, combo.currentText()
        assert combo.width() >= combo.minimumSizeHint().width()
    assert rows.table.horizontalScrollBar().maximum() == 0  # and the table itself is not cut off
    assert form.width() <= 1366 and form.height() <= 768


def test_a_new_need_starts_in_the_sector_of_the_site_visited(
    qtbot: QtBot, services: Services, sites: dict[str, str], open_form: Callable[[RecordForm], RecordForm]
) -> None:
    form = open_form(VisitForm(services, initial={"site_id": sites["plant"]}))
    settled(qtbot)
    add = button(form, "Add need")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert form.fields["needs"].value()[0]["sector"] == "WSH"
    form.fields["site_id"].set_value(sites["market"])  # a market says no sector: the list's first
    settled(qtbot)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [n["sector"] for n in form.fields["needs"].value()] == ["WSH", "CCCM"]


def test_a_site_with_no_sector_lends_its_needs_the_sector_its_type_implies(
    services: Services, sites: dict[str, str]
) -> None:
    assert services.sites.need_sector(sites["plant"]) == "WSH"
    assert services.sites.need_sector(sites["well"]) == "WSH"
    assert services.sites.need_sector(sites["market"]) is None


def test_fields_stay_in_place_as_problems_appear_and_clear(
    qtbot: QtBot, services: Services, open_form: Callable[[RecordForm], RecordForm]
) -> None:
    form = open_form(ContactForm(services))
    below = form.fields["title"]

    def top() -> int:
        return below.mapTo(form, QPoint(0, 0)).y()

    before = top()
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors["full_name"].isVisible(), timeout=10_000)
    qtbot.wait(50)  # laid out
    assert top() == before
    qtbot.keyClicks(form.fields["full_name"], "R")  # the problem clears as the name is typed
    assert not form.errors["full_name"].isVisible()
    qtbot.wait(50)
    assert top() == before


def test_a_pasted_text_longer_than_a_field_holds_is_refused_whole_not_cut(
    qtbot: QtBot, services: Services, open_form: Callable[[RecordForm], RecordForm]
) -> None:
    form = open_form(ContactForm(services))
    pasted = "Rana Khalil " + "x" * 400
    form.fields["full_name"].setText(pasted)  # type: ignore[attr-defined]
    assert form.fields["full_name"].value() == pasted.strip()
    form.save()
    qtbot.waitUntil(lambda: "too long" in form.errors["full_name"].text(), timeout=5_000)
    assert form.isVisible() and services.contacts.count() == 0
    assert form.fields["full_name"].value() == pasted.strip()  # still all there to shorten
