"""Edit > Settings…: who signs this laptop's changes, the window's language and digits, the marking new
records start with, how reports are printed (paper, organisation and logo), and where the database's copies go."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValidationError
from ..rules.vocabulary import RELEASABILITY
from ..services.backups_folder import backups_folder_problems, chosen_backups_folder, save_backups_folder
from ..services.letterhead import logo_problems, read_letterhead, save_letterhead
from ..store.store import Store
from . import settings
from .background import run_in_background
from .error_dialogs import show_error, translated_message
from .i18n import file_dialog_options
from .identity_fields import IdentityFields
from .labels import choices

PAPERS = (("a4", "A4"), ("letter", "Letter"))


class SettingsDialog(QDialog):
    """Saved as a whole with OK; Cancel changes nothing. ``saved`` carries the new name and team."""

    saved = Signal(str, str)
    language_changed = Signal()  # the language or the digits: the window is built again in them

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        identity = store.identity
        self.fields = IdentityFields(
            form,
            self,
            identity.officer_name,
            identity.team_name,
            settings.LANGUAGE.read(),
            self.tr("The window changes language as soon as you press OK, at the same tabs and records."),
        )

        self.digits = QComboBox(self)
        self.digits.addItem(self.tr("Western: 0123456789"), "western")
        self.digits.addItem(self.tr("Arabic-Indic: ٠١٢٣٤٥٦٧٨٩"), "arabic_indic")
        self.digits.setCurrentIndex(max(self.digits.findData(settings.DIGITS.read()), 0))
        form.addRow(self.tr("Digits"), self.digits)

        self.marking = QComboBox(self)
        for code, text in choices(RELEASABILITY):
            self.marking.addItem(text, code)
        self.marking.setCurrentIndex(max(self.marking.findData(settings.DEFAULT_RELEASABILITY.read()), 0))
        form.addRow(self.tr("Marking of new records"), self.marking)
        self.paper = QComboBox(self)
        for code, text in PAPERS:
            self.paper.addItem(text, code)
        self.paper.setCurrentIndex(max(self.paper.findData(settings.REPORT_PAPER.read()), 0))
        form.addRow(self.tr("Report paper"), self.paper)
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("The name printed at the top of every report"))
        form.addRow(self.tr("Report letterhead"), self.organisation)
        self.logo = QLineEdit(self)
        self.logo.setPlaceholderText(self.tr("A PNG or JPEG file; empty: the CMCC logo"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Report logo"), row)
        self.logo_error = QLabel(self)
        self.logo_error.setStyleSheet("color: #b00020;")
        self.logo_error.setWordWrap(True)
        self.logo_error.hide()
        form.addRow(self.logo_error)
        self.backups = QLineEdit(self)
        self.backups.setPlaceholderText(self.tr("Empty: the data folder's backups folder"))
        choose_folder = QPushButton(self.tr("Choose…"), self)
        choose_folder.clicked.connect(self._choose_backups)
        row = QHBoxLayout()
        row.addWidget(self.backups, 1)
        row.addWidget(choose_folder)
        form.addRow(self.tr("Backups"), row)
        backups_note = QLabel(
            self.tr(
                "Copies of the database taken before each sync import and upgrade. On another disk or a USB "
                "stick they outlive a lost laptop; while it is not plugged in, they go to the data folder."
            ),
            self,
        )
        backups_note.setStyleSheet("color: gray;")
        backups_note.setWordWrap(True)
        form.addRow("", backups_note)
        self.backups_error = QLabel(self)
        self.backups_error.setStyleSheet("color: #b00020;")
        self.backups_error.setWordWrap(True)
        self.backups_error.hide()
        form.addRow(self.backups_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.buttons.setEnabled(False)  # until the letterhead is read
        data_dir = store.paths.data_dir
        paths = store.paths
        run_in_background(
            lambda: (*read_letterhead(data_dir), chosen_backups_folder(paths)),
            self._read,
            self._failed,
            owner=self,
        )

    def _read(self, found: tuple[str, str, str]) -> None:
        self.organisation.setText(found[0])
        self.logo.setText(found[1])
        self.backups.setText(found[2])
        self.buttons.setEnabled(True)

    def _choose_backups(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backups"), self.backups.text())
        if chosen:
            self.backups.setText(chosen)

    def _choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Report logo"),
            self.logo.text(),
            self.tr("Images (*.png *.jpg *.jpeg)"),
            options=file_dialog_options(),
        )
        if chosen:
            self.logo.setText(chosen)

    def accept(self) -> None:
        problems = self.fields.missing()
        self.fields.show_problems(problems)
        self.logo_error.hide()
        self.backups_error.hide()
        if problems:
            return
        officer, team, _language = self.fields.values()
        organisation, logo, backups = self.organisation.text(), self.logo.text(), self.backups.text()
        store, data_dir = self.store, self.store.paths.data_dir

        def save() -> None:
            problems = {**logo_problems(logo), **backups_folder_problems(backups)}
            if problems:  # checked first: a wrong logo or backups folder changes nothing
                raise ValidationError(problems)
            if backups.strip() != chosen_backups_folder(store.paths):
                save_backups_folder(store.paths, backups, store.identity.device_id)
            save_letterhead(data_dir, organisation, logo)
            store.rename(officer, team)

        self.buttons.setEnabled(False)
        run_in_background(save, lambda _none: self._saved(officer, team), self._failed, owner=self)

    def _saved(self, officer: str, team: str) -> None:
        language, digits = self.fields.values()[2], str(self.digits.currentData())
        changed = (language, digits) != (settings.LANGUAGE.read(), settings.DIGITS.read())
        settings.LANGUAGE.write(language)
        settings.DIGITS.write(digits)
        settings.DEFAULT_RELEASABILITY.write(str(self.marking.currentData()))
        settings.REPORT_PAPER.write(str(self.paper.currentData()))
        self.saved.emit(officer, team)
        super().accept()
        if changed:
            self.language_changed.emit()

    def _failed(self, error: BaseException) -> None:
        """Each field's problem under it (all of them at once); anything else in a message box."""
        self.buttons.setEnabled(True)
        problems = error.field_errors if isinstance(error, ValidationError) else {}
        self.fields.show_problems({k: v for k, v in problems.items() if k in self.fields.errors})
        for key, shown in (("logo", self.logo_error), ("backups", self.backups_error)):
            shown.setVisible(key in problems)
            if key in problems:
                shown.setText(translated_message(problems[key]))
        if not problems.keys() & {*self.fields.errors, "logo", "backups"}:
            show_error(self, error)
