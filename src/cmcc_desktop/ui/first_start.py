"""The first start on a new data folder: who the officer is, in which team, in which language.

Asked once, before anything is created, instead of signing every change with the login name and "Unnamed
team". Cancel leaves the folder as it was. Starting with both --officer and --team skips it.
"""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from .. import APP_DISPLAY_NAME
from .identity_fields import IdentityFields


class FirstStartDialog(QDialog):
    def __init__(self, officer: str, team: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_DISPLAY_NAME))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This laptop has no CMCC Desktop data yet. Say who you are: your name and team go on every "
                "record you write and every sync bundle you send. Settings (Edit menu) can change them later."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.fields = IdentityFields(form, self, officer, team, language, self.tr("The window's language."))
        # The name offered (most often the login name) is selected, so that the name typed replaces it.
        self.fields.officer.setFocus()
        self.fields.officer.selectAll()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        problems = self.fields.missing()
        self.fields.show_problems(problems)
        if not problems:
            super().accept()


def ask_who(officer: str | None, team: str | None, language: str | None) -> tuple[str, str, str] | None:
    """Name, team and language code ("" for the laptop's own), or None if the officer cancelled."""
    dialog = FirstStartDialog(officer or _login_name(), team or "", language or "")
    return dialog.fields.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
