"""File > Export for partners…: one kind of record as a spreadsheet, vCards or a map, for an audience.

Ask what, in which format, for whom and with which header language; then where to save; then write it off
the UI thread (:func:`cmcc_desktop.services.exports.write_export`, the same as ``cmcc-desktop export``) and
say how many records went in and how many were left out as stricter than the audience."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from ..rules import vocabulary as vocab
from ..services.exports import (
    DEFAULT_AUDIENCE,
    ENTITY_NAMES,
    FORMATS,
    SUFFIXES,
    ExportOptions,
    ExportResult,
    write_export,
)
from ..store.store import Store
from . import settings
from .i18n import file_dialog_options, tr
from .identity_fields import WINDOW_LANGUAGES
from .labels import label, left_to_right
from .open_externally import open_externally
from .operation import run_operation

# The file names suggested, in English whatever the window's language (partners' tools read them).
_FILE_WORDS = {
    "contact": "contacts",
    "organisation": "organisations",
    "site": "sites",
    "task": "tasks",
    "visit": "site-visits",
}


def _window_language() -> str:
    return "ar" if QGuiApplication.isRightToLeft() else "en"


class ExportForPartnersDialog(QDialog):
    """What, format, for whom, header language and (for vCards) the vCard version."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for partners"))
        self.entity = QComboBox(self)
        for entity, entity_name in ENTITY_NAMES.items():
            self.entity.addItem(tr(entity_name), entity)
        self.format = QComboBox(self)
        self.audience = QComboBox(self)
        for audience in ("partners", "public", "team"):
            self.audience.addItem(_audience_name(audience), audience)
        self.audience.setCurrentIndex(self.audience.findData(DEFAULT_AUDIENCE))
        self.audience_note = QLabel(self)
        self.audience_note.setWordWrap(True)
        self.language = QComboBox(self)
        for code, name in WINDOW_LANGUAGES:
            if code:
                self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(_window_language())))
        self.vcard_version = QComboBox(self)
        self.vcard_version.addItem(self.tr("4.0 (current)"), "4.0")
        self.vcard_version.addItem(self.tr("3.0 (for older phones)"), "3.0")
        form = QFormLayout(self)
        form.addRow(self.tr("What"), self.entity)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("For whom"), self.audience)
        form.addRow(self.audience_note)
        form.addRow(self.tr("Header language"), self.language)
        form.addRow(self.tr("vCard version"), self.vcard_version)
        self._form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.entity.currentIndexChanged.connect(self._fill_formats)
        self.format.currentIndexChanged.connect(self._show_vcard_version)
        self.audience.currentIndexChanged.connect(self._explain_audience)
        # Wide enough for the Team only warning on a few lines, in both languages.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._fill_formats()
        self._explain_audience()

    def format_names(self) -> dict[str, str]:
        return {
            "csv": self.tr("CSV"),
            "xlsx": self.tr("Excel workbook (XLSX)"),
            "hxl": self.tr("HXL (CSV for HXL tools)"),
            "vcf": self.tr("vCard"),
            "geojson": self.tr("GeoJSON"),
            "kml": self.tr("KML (Google Earth)"),
        }

    def _fill_formats(self) -> None:
        """Only the formats that write the kind chosen; the format shown stays if it still fits."""
        entity, shown = self.entity.currentData(), self.format.currentData()
        self.format.blockSignals(True)
        self.format.clear()
        for code, name in self.format_names().items():
            if entity in FORMATS[code]:
                self.format.addItem(name, code)
        self.format.setCurrentIndex(max(0, self.format.findData(shown)))
        self.format.blockSignals(False)
        self._show_vcard_version()

    def _show_vcard_version(self) -> None:
        vcards = self.format.currentData() == "vcf"
        self._form.setRowVisible(self.vcard_version, vcards)
        self._form.setRowVisible(self.language, not vcards)  # vCards have no headers
        self.adjustSize()

    def _explain_audience(self) -> None:
        audience = self.audience.currentData()
        if audience == "partners":
            text = self.tr("Leaves out the records marked Team only.")
        elif audience == "public":
            text = self.tr(
                "Leaves out the records marked Team only or CMCC partners: only public records go."
            )
        else:
            text = self.tr(
                "<b>Leaves out nothing.</b> The file then holds records marked Team only, which must not "
                "leave the team: keep it on the team's laptops and give it to no partner."
            )
        self.audience_note.setText(text)
        self.adjustSize()  # a longer note takes more lines: the dialog grows rather than clip it

    def options(self) -> ExportOptions:
        return ExportOptions(
            entity=str(self.entity.currentData()),
            format=str(self.format.currentData()),
            audience=str(self.audience.currentData()),
            language=str(self.language.currentData()),
            vcard_version=str(self.vcard_version.currentData()),
        )


def _file_filter(format_code: str) -> str:
    return {
        "csv": tr("CSV files (*.csv)"),
        "xlsx": tr("Excel workbooks (*.xlsx)"),
        "hxl": tr("HXL files (*.hxl.csv)"),
        "vcf": tr("vCard files (*.vcf)"),
        "geojson": tr("GeoJSON files (*.geojson)"),
        "kml": tr("KML files (*.kml)"),
    }[format_code]


def _target(parent: QWidget, options: ExportOptions) -> Path | None:
    suffix = SUFFIXES[options.format]
    name = f"{_FILE_WORDS[options.entity]}-{options.audience}-{date.today():%Y%m%d}{suffix}"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Save export"),
        str(settings.export_folder() / name),
        _file_filter(options.format),
        options=file_dialog_options(),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
    settings.EXPORT_FOLDER.write(str(path.parent))
    return path


def _audience_name(audience: str) -> str:
    """An audience by the name of the marking it takes at the strictest: as the forms name markings."""
    return label(vocab.RELEASABILITY, audience)


def describe_result(options: ExportOptions, result: ExportResult, path: Path) -> str:
    """What went into the file and what did not, as the message after an export says it."""
    rows = options.entity == "visit" and options.format in ("csv", "xlsx", "hxl")
    written = (
        tr("Wrote %Ln row(s) to {path}.", "", result.written)
        if rows
        else tr("Wrote %Ln record(s) to {path}.", "", result.written)
    )
    lines = [written.format(path=left_to_right(path))]
    if result.left_out:
        lines.append(
            tr("Left out %Ln record(s) marked stricter than “{audience}”.", "", result.left_out).format(
                audience=_audience_name(options.audience)
            )
        )
    else:
        lines.append(tr("Nothing was left out."))
    if result.without_location:
        lines.append(tr("Left off the map %Ln record(s) without coordinates.", "", result.without_location))
    return "\n".join(lines)


def _written(parent: QWidget, options: ExportOptions, result: ExportResult, path: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Export saved"))
    box.setText(describe_result(options, result, path))
    open_folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    copy = box.addButton(tr("Copy path"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_folder:
        open_externally(parent, path.parent)
    elif box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(str(path))


def export_for_partners(parent: QWidget, store: Store) -> None:
    """Ask, choose the file, write it off the UI thread with progress and cancel, then say what went in."""
    dialog = ExportForPartnersDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    options = dialog.options()
    path = _target(parent, options)
    if path is None:
        return
    run_operation(
        parent,
        tr("Writing the export…"),
        lambda progress: write_export(store, path, options, progress),
        lambda result: _written(parent, options, result, path),
    )
