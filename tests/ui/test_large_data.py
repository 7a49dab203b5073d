"""The Contacts tab opens on 100k contacts at once and filters them (rows load a page at a time)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.services import Services, Store, demo
from cmcc_desktop.ui.main_window import MainWindow

CONTACTS = 100_000


@pytest.mark.slow
def test_contacts_tab_opens_on_100k_contacts_and_filters_them(qtbot: QtBot, paths: AppPaths) -> None:
    with Store.open(paths) as store:
        demo.generate(
            store, sizes=demo.DemoSizes(organisations=40, contacts=CONTACTS, sites=0, tasks=0, visits=0)
        )
        services = Services(store)
        health = services.contacts.count(sector="HEA")
        ahmads = len(services.contacts.search("ahmad", limit=CONTACTS))
    window = MainWindow(paths)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.store_opened, timeout=30_000):
        window.show()
    people = window.workspace.contacts_page.people
    qtbot.waitUntil(lambda: people.model.rowCount() == CONTACTS, timeout=30_000)
    people.model.value_of(CONTACTS - 1, "full_name")  # the view scrolled to the end: that page is read
    qtbot.waitUntil(lambda: people.model.value_of(CONTACTS - 1, "full_name") is not None, timeout=10_000)
    last = people.model.value_of(CONTACTS - 1, "full_name")
    assert last and last >= people.model.value_of(0, "full_name")  # sorted by name, end to end
    sector = next(
        c for c in people.findChildren(type(people.organisation_filter)) if c.accessibleName() == "Sector"
    )
    sector.set_value("HEA")
    qtbot.waitUntil(lambda: people.model.rowCount() == health, timeout=30_000)
    assert 0 < health < CONTACTS
    sector.set_value(None)
    people.search_box.setText("ahmad")
    qtbot.waitUntil(lambda: people.model.rowCount() == ahmads, timeout=30_000)
    assert ahmads > 0
    window.close()
