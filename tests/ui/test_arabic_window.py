"""In Arabic, nothing the window says is left in English: every tab, every form (with its inline errors),
Settings, the Conflicts view and the menus, over records whose data is Arabic, so that any Latin word on
screen is the interface's own."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths
from cmcc_desktop.rules.vocabulary import SECTORS
from cmcc_desktop.services import Services, Store
from cmcc_desktop.ui.app import apply_language
from cmcc_desktop.ui.conflicts_view import ConflictsDialog
from cmcc_desktop.ui.forms.record_form import RecordForm
from cmcc_desktop.ui.settings_dialog import SettingsDialog

from .conftest import main_window

# Latin words the Arabic window keeps: names, codes, formats, keys, and examples of what to type.
KEPT = {
    *SECTORS,
    *("CMCC", "Desktop", "North", "English"),  # the product; an example team name; English named in English
    *("PDF", "PNG", "JPEG", "USB", "ISO", "WGS84", "P-code", "Ctrl"),
    *("PS", "NO", "PS0102"),  # country codes and a P-code, as examples
    *("yyyy", "MM", "dd", "HH", "mm", "A4", "US", "Letter"),
}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]+")


def _texts(widget: QWidget) -> Iterable[str]:
    """What a widget shows in words: labels, buttons, placeholders, items, headers, tab titles, tooltips."""
    if isinstance(widget, QLabel):
        yield re.sub(r"<[^>]+>", " ", widget.text())
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(QModelIndex()), 3)):
                yield str(model.data(model.index(row, column)) or "")
    if isinstance(widget, QMenu):
        yield from (action.text() for action in widget.actions())
    yield widget.toolTip()
    yield widget.windowTitle() if widget.isWindow() else ""


def english_left(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        for text in _texts(widget):
            words = [w for w in WORD.findall(text.replace("&", "")) if w not in KEPT]
            if words:
                found.append(f"{type(widget).__name__} {widget.objectName()}: {text!r}")
    return found


def test_nothing_english_is_left_in_the_arabic_window(
    qtbot: QtBot, qapp: QApplication, paths: AppPaths
) -> None:
    with Store.open(paths, officer="لينا حداد", team="فريق الشمال") as store:
        services = Services(store)
        org = services.organisations.create(name="بلدية غزة", org_type="local_authority")
        services.contacts.create(full_name="سمير قديح", organisation_id=org.id)
        site = services.sites.create(name="محطة الشوكة", site_type="water_sanitation", sector="WSH")
        services.tasks.create(title="إصلاح المضخة", sector="WSH", site_id=site.id)
        services.visits.create(
            site_id=site.id, visited_at="2026-11-20T09:00:00+00:00", purpose="تقييم", findings="المضخة متوقفة"
        )
    apply_language(qapp, "ar")
    problems: list[str] = []
    with main_window(qtbot, paths, lambda w: w.workspace.tasking_tab.model.rowCount() == 1) as window:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            page = window.workspace.pages[window.current_page()]
            for tab in page.tabs():
                page.show_tab(tab)
                qtbot.waitUntil(lambda t=tab: t.model.rowCount() == 1, timeout=10_000)
                tab.show_record(tab.model.record_id(0))
                qtbot.waitUntil(lambda t=tab: t.showing() == t.current_id(), timeout=10_000)
                problems += [f"{tab.entity} tab: {p}" for p in english_left(window)]
                tab.open_form(None)
                form = window.findChild(RecordForm)
                qtbot.waitUntil(form.body.isEnabled, timeout=10_000)
                form.save()  # an empty form shows its inline errors
                problems += [f"{tab.entity} form: {p}" for p in english_left(form)]
                form.done(0)
                form.deleteLater()
                qtbot.waitUntil(lambda: window.findChild(RecordForm) is None, timeout=10_000)
        problems += [
            f"menu: {p}" for menu in window.menuBar().findChildren(QMenu) for p in english_left(menu)
        ]
        store = window.workspace.store
        for dialog in (SettingsDialog(store, window), ConflictsDialog(store, window)):
            dialog.show()
            qtbot.waitUntil(dialog.isVisible)
            problems += [f"{type(dialog).__name__}: {p}" for p in english_left(dialog)]
            dialog.done(0)
    assert not problems, "English left in the Arabic window:\n" + "\n".join(problems)


def test_a_name_put_into_a_line_does_not_decide_its_direction() -> None:
    from cmcc_desktop.ui.elided_label import right_to_left
    from cmcc_desktop.ui.i18n import isolated

    assert right_to_left(f"{isolated('CMCC North')}: آخر استلام 2026-11-29")
    assert not right_to_left(f"{isolated('فريق الشمال')}: last received 2026-11-29")


def test_a_path_or_a_number_in_an_arabic_sentence_keeps_its_first_sign_on_the_left(
    qapp: QApplication,
) -> None:
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    from cmcc_desktop.ui.labels import left_to_right

    for value in ("/tmp/visit.pdf", "+970 59 912 3456"):
        text = f"حُفظ في الملف {left_to_right(value)} ما يلي"
        layout = QTextLayout(text, QFont())
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1000)
        layout.endLayout()
        start = text.index(value)
        xs = [line.cursorToX(start + offset)[0] for offset in range(len(value))]
        assert xs == sorted(xs), f"{value!r} is not laid out left to right: {xs}"
