"""The officer's name, team and language, as the first start and Settings ask for them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..errors import CmccError
from ..store.store import identity_problems
from .error_dialogs import translated_message
from .i18n import tr

# The languages the window speaks, each named in itself; "" follows the laptop's language.
WINDOW_LANGUAGES = (("", ""), ("en", "English"), ("ar", "العربية"))


class IdentityFields:
    """Name, team and language rows in a form layout, with a line under each for what is wrong with it."""

    def __init__(
        self, form: QFormLayout, parent: QWidget, officer: str, team: str, language: str, language_hint: str
    ) -> None:
        self.officer = QLineEdit(officer, parent)
        self.officer.setPlaceholderText(tr("e.g. Lina Haddad"))
        self.team = QLineEdit(team, parent)
        self.team.setPlaceholderText(tr("e.g. CMCC North"))
        self.language = QComboBox(parent)
        for code, name in WINDOW_LANGUAGES:
            self.language.addItem(name or tr("Same as this computer (system language)"), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.errors: dict[str, QLabel] = {}
        for key, label, field, hint in (
            ("officer", tr("Your name"), self.officer, tr("Written on every change you make.")),
            ("team", tr("Your team"), self.team, tr("Other teams see it on the sync bundles you send.")),
            ("language", tr("Language"), self.language, language_hint),
        ):
            form.addRow(label, field)
            note = QLabel(hint, parent)
            note.setStyleSheet("color: gray;")
            note.setWordWrap(True)
            form.addRow("", note)
            error = QLabel(parent)
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            form.addRow(error)
            self.errors[key] = error

    def values(self) -> tuple[str, str, str]:
        return self.officer.text().strip(), self.team.text().strip(), str(self.language.currentData())

    def show_problems(self, problems: dict[str, CmccError]) -> None:
        for key, label in self.errors.items():
            label.setVisible(key in problems)
            if key in problems:
                label.setText(translated_message(problems[key]))

    def missing(self) -> dict[str, CmccError]:
        """What must be given before the laptop can sign changes with it."""
        officer, team, _language = self.values()
        return identity_problems(officer, team)
