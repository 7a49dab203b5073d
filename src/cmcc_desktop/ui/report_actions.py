"""Print visit report… and Site report…: ask for paper, language (and dates), where to save, write the PDF
off the UI thread, then offer to open it in the system's PDF viewer, from which it can be printed.

A report's language is its own: an officer whose window is in English prints Arabic for a municipal
engineer. It starts as the one chosen last time, or else the window's; its digits are those of Settings."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
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
from .i18n import file_dialog_options, tr
from .identity_fields import WINDOW_LANGUAGES
from .labels import left_to_right, written_like_tables
from .open_externally import open_externally
from .operation import run_operation


def _window_language() -> str:
    """The window's language as a report language. Read from the layout direction, which follows the
    language alone: the default locale may be Arabic in an English window, for its Arabic-Indic digits."""
    return "ar" if QGuiApplication.isRightToLeft() else "en"


class ReportOptions(QDialog):
    """Paper size and language, and for a site report the optional date range."""

    def __init__(self, parent: QWidget, with_dates: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Site report") if with_dates else self.tr("Visit report"))
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.REPORT_PAPER.read())))
        self.language = QComboBox(self)
        for code, name in WINDOW_LANGUAGES:
            if code:
                self.language.addItem(name, code)  # each language named in itself
        self._shown_language = settings.REPORT_LANGUAGE.read() or _window_language()
        self.language.setCurrentIndex(max(0, self.language.findData(self._shown_language)))
        form = QFormLayout(self)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Report language"), self.language)
        self.range: list[tuple[QCheckBox, QDateEdit]] = []
        if with_dates:
            for text in (self.tr("From"), self.tr("To")):
                box = QCheckBox(text, self)
                edit = QDateEdit(QDate.currentDate(), self)
                edit.setCalendarPopup(True)
                written_like_tables(edit)
                edit.setEnabled(False)
                box.toggled.connect(edit.setEnabled)
                form.addRow(box, edit)
                self.range.append((box, edit))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, str, bool]:
        """The paper, the report's language and whether its digits are Arabic-Indic, the paper and a
        language other than the one shown at first remembered for the next report (a language left as
        shown keeps following the window's)."""
        paper, language = str(self.paper.currentData()), str(self.language.currentData())
        settings.REPORT_PAPER.write(paper)
        if language != self._shown_language:
            settings.REPORT_LANGUAGE.write(language)
        return paper, language, settings.DIGITS.read() == "arabic_indic"

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
        parent,
        tr("Save report"),
        str(folder / f"{name}.pdf"),
        tr("PDF documents (*.pdf)"),
        options=file_dialog_options(),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    settings.REPORT_FOLDER.write(str(path.parent))
    return path


def _written(parent: QWidget, path: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Report saved"))
    box.setText(tr("The report was saved to {path}.").format(path=left_to_right(path)))
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
    paper, language, arabic_digits = options.chosen()
    path = _target(parent, file_name)
    if path is None:
        return
    run_operation(
        parent,
        tr("Writing the visit report…"),
        lambda progress: render_visit_report(
            services, visit_id, path, paper, progress, language=language, arabic_digits=arabic_digits
        ),
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
    paper, language, arabic_digits = options.chosen()
    date_from, date_to = options.dates()
    path = _target(parent, file_name)
    if path is None:
        return
    run_operation(
        parent,
        tr("Writing the site report…"),
        lambda progress: render_site_report(
            services,
            site_id,
            path,
            date_from,
            date_to,
            paper,
            progress,
            language=language,
            arabic_digits=arabic_digits,
        ),
        lambda written: _written(parent, written),
    )
