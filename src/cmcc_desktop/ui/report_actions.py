"""Print visit report… and Site report…: ask for paper (and dates), where to save, write the PDF off the UI
thread, then offer to open it in the system's PDF viewer, from which it can be printed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from ..reports.visit_report import render_site_report, render_visit_report
from ..services import Services
from . import settings
from .background import run_in_background
from .error_dialogs import show_error
from .labels import DATE_FORMAT
from .open_externally import open_externally
from .operation import run_operation


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


class ReportOptions(QDialog):
    """Paper size, and for a site report the optional date range."""

    def __init__(self, parent: QWidget, with_dates: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Site report") if with_dates else tr("Visit report"))
        self.paper = QComboBox(self)
        self.paper.addItem(tr("A4"), "a4")
        self.paper.addItem(tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.REPORT_PAPER.read())))
        form = QFormLayout(self)
        form.addRow(tr("Paper"), self.paper)
        self.range: list[tuple[QCheckBox, QDateEdit]] = []
        if with_dates:
            for text in (tr("From"), tr("To")):
                box = QCheckBox(text, self)
                edit = QDateEdit(QDate.currentDate(), self)
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(DATE_FORMAT)
                edit.setEnabled(False)
                box.toggled.connect(edit.setEnabled)
                form.addRow(box, edit)
                self.range.append((box, edit))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(tr("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def dates(self) -> tuple[date | None, date | None]:
        found: list[date | None] = []
        for box, edit in self.range:
            picked = edit.date()
            found.append(date(picked.year(), picked.month(), picked.day()) if box.isChecked() else None)
        return (found[0], found[1]) if found else (None, None)


def _target(parent: QWidget, suggested: str) -> Path | None:
    folder = settings.report_folder()
    name = re.sub(r"[^\w\-. ]+", "", suggested).strip().replace(" ", "-") or "report"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save report"), str(folder / f"{name}.pdf"), tr("PDF documents (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    settings.REPORT_FOLDER.write(str(path.parent))
    return path


def _written(parent: QWidget, path: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Report saved"))
    box.setText(tr("The report was saved to {path}.").format(path=path))
    open_button = box.addButton(tr("Open (to view or print)"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        open_externally(parent, path)


def visit_report(parent: QWidget, services: Services, visit_id: str) -> None:
    def file_name() -> str:
        visit = services.visits.get(visit_id)
        return f"visit-{services.label_of('site', visit.site_id)}-{visit.visited_at:%Y-%m-%d}"

    run_in_background(
        file_name,
        lambda name: _visit_report(parent, services, visit_id, name),
        lambda e: show_error(parent, e),
    )


def _visit_report(parent: QWidget, services: Services, visit_id: str, file_name: str) -> None:
    options = ReportOptions(parent, with_dates=False)
    if options.exec() != QDialog.DialogCode.Accepted:
        return
    paper = options.paper.currentData()
    settings.REPORT_PAPER.write(paper)
    path = _target(parent, file_name)
    if path is None:
        return
    run_operation(
        parent,
        tr("Writing the visit report…"),
        lambda progress: render_visit_report(services, visit_id, path, paper, progress),
        lambda written: _written(parent, written),
    )


def site_report(parent: QWidget, services: Services, site_id: str) -> None:
    run_in_background(
        lambda: f"site-{services.label_of('site', site_id)}-{date.today():%Y-%m-%d}",
        lambda name: _site_report(parent, services, site_id, name),
        lambda e: show_error(parent, e),
    )


def _site_report(parent: QWidget, services: Services, site_id: str, file_name: str) -> None:
    options = ReportOptions(parent, with_dates=True)
    if options.exec() != QDialog.DialogCode.Accepted:
        return
    paper = options.paper.currentData()
    settings.REPORT_PAPER.write(paper)
    date_from, date_to = options.dates()
    path = _target(parent, file_name)
    if path is None:
        return
    run_operation(
        parent,
        tr("Writing the site report…"),
        lambda progress: render_site_report(services, site_id, path, date_from, date_to, paper, progress),
        lambda written: _written(parent, written),
    )
