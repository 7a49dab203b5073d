"""File > Export sync bundle… and Import sync bundle…: the officer's side of exchanging work by file.

Export asks for whom (a team known here, a new team once confirmed, or everything), an optional team
passphrase, and where to save. Import asks for the passphrase of an encrypted file (again, if it was wrong),
reads and checks the whole file first, shows who sent it (team, officer, key fingerprint) and what it brings,
asks before trusting a team seen for the first time, then applies it and says what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import CmccError
from ..i18n import N_
from ..store.store import Store
from ..sync import peers, status
from ..sync.bundle import is_encrypted
from ..sync.exchange import (
    BundlePreview,
    ExportResult,
    ImportResult,
    OpenedBundle,
    export_bundle,
    import_opened,
    open_bundle,
)
from ..sync.wire import PassphraseError
from .background import run_in_background
from .error_dialogs import show_error
from .i18n import file_dialog_options, tr
from .labels import joined, left_to_right, local_datetime, whole_number
from .operation import run_operation

SUFFIX = ".cmccsync"


class ExportDialog(QDialog):
    """Whom the bundle is for, and its passphrase. A team name never met here is confirmed before anything is
    written (a typo would otherwise be listed as a team for good), and a listed team that never sent anything
    (a typo written for before) can be forgotten."""

    def __init__(
        self,
        store: Store,
        identity: status.SyncIdentity,
        teams: list[str],
        forgettable: list[str],
        on_forgotten: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export sync bundle"))
        self.store = store
        self.identity = identity
        self.teams = teams
        self.forgettable = forgettable
        self.on_forgotten = on_forgotten
        self.peer = QComboBox(self)
        self.peer.setEditable(True)
        self.peer.addItem(self.tr("Every team (all shared records)"), None)
        for team in teams:
            if team == identity.team:
                self.peer.addItem(self.tr("{team} (this laptop's team)").format(team=team), team)
            else:
                self.peer.addItem(team, team)
        self.peer.setAccessibleName(self.tr("For team"))
        self.peer.setToolTip(self.tr("Pick the team the file is for, or type a new team's name."))
        self.forget_button = QPushButton(self.tr("Forget this team…"), self)
        self.forget_button.setToolTip(
            self.tr("Remove from the list a team that never sent a bundle (most often a mistyped name).")
        )
        self.forget_button.clicked.connect(self._forget)
        self.peer.currentTextChanged.connect(self._offer_forget)
        self._offer_forget()
        self.full = QCheckBox(self.tr("Everything, not only what that team may lack"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(
            self.tr("Recommended: if the USB stick is lost, it reveals nothing")
        )
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.passphrase.textChanged.connect(self._recheck)
        self.repeat.textChanged.connect(self._recheck)
        team_row = QHBoxLayout()
        team_row.addWidget(self.peer, 1)
        team_row.addWidget(self.forget_button)
        form = QFormLayout()
        form.addRow(self.tr("For team"), team_row)
        form.addRow("", self.full)
        form.addRow(self.tr("Team passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.repeat)
        fingerprint = QLabel(
            self.tr(
                "Your team: {team}. Your team key fingerprint: <b><nobr>{fingerprint}</nobr></b> — tell it to the other team so "
                "they can check the file is yours."
            ).format(team=escape(identity.team), fingerprint=shown_fingerprint(identity.fingerprint)),
            self,
        )
        fingerprint.setWordWrap(True)
        self.setMinimumWidth(600)  # the fingerprint on one line, in Arabic too
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(fingerprint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def peer_team(self) -> str | None:
        """The team picked from the list, or the name typed; None for every team."""
        text = self.peer.currentText().strip()
        listed = self.peer.findText(text)
        if listed >= 0:
            team: str | None = self.peer.itemData(listed)
            return team
        return text or None

    def _recheck(self) -> None:
        """The passphrases' problem, once shown, goes as soon as they match: never left there once fixed."""
        if self.passphrase.text() == self.repeat.text():
            self.problem.hide()

    def _check(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.problem.setText(self.tr("The two passphrases differ. Type the same passphrase twice."))
            self.problem.show()
            return
        team = self.peer_team()
        if team is not None and team not in self.teams and not self._new_team_confirmed(team):
            self.peer.setFocus()  # to correct the name
            return
        self.accept()

    def _new_team_confirmed(self, team: str) -> bool:
        """The window's --new-peer: a name met nowhere here is most often a typo."""
        others = [name for name in self.teams if name != self.identity.team]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("New team"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "{team} is a team this laptop has never exchanged with. Write a bundle for a new team?"
            ).format(team=team)
        )
        box.setInformativeText(
            self.tr("Teams known here: {teams}.").format(teams=joined(others))
            if others
            else self.tr("No other team is known here yet.")
        )
        write = box.addButton(self.tr("Write a bundle for a new team"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is write

    def _offer_forget(self) -> None:
        self.forget_button.setEnabled(self.peer_team() in self.forgettable)

    def _forget(self) -> None:
        team = self.peer_team()
        if team is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Forget team"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Forget team {team}? No bundle ever came from it. It is no longer offered here nor shown in the "
                "status bar; writing for it again asks to confirm a new team."
            ).format(team=team)
        )
        confirm = box.addButton(self.tr("Forget team"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is not confirm:
            return
        self.setEnabled(False)  # until the list is right again: an export now would still count it as known

        def forgotten(_result: None) -> None:
            self.setEnabled(True)
            self.teams = [name for name in self.teams if name != team]
            self.forgettable = [name for name in self.forgettable if name != team]
            self.peer.removeItem(self.peer.findData(team))
            self.on_forgotten()

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            show_error(self, error)

        store = self.store
        run_in_background(lambda: peers.forget_team(store, team), forgotten, failed)


def export_flow(parent: QWidget, store: Store, on_done: Callable[[], None]) -> None:
    """Ask, then write the bundle off the UI thread, then say what went into it."""

    def asked(found: tuple[status.SyncIdentity, list[str], list[str]]) -> None:
        me, teams, forgettable = found
        dialog = ExportDialog(store, me, teams, forgettable, on_done, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        peer, full, passphrase = dialog.peer_team(), dialog.full.isChecked(), dialog.passphrase.text() or None
        name = f"{me.team}-for-{peer or 'all'}-{date.today():%Y%m%d}{SUFFIX}".replace(" ", "_")
        target, _filter = QFileDialog.getSaveFileName(
            parent,
            tr("Save sync bundle"),
            str(Path.home() / name),
            tr("Sync bundles (*.cmccsync)"),
            options=file_dialog_options(),
        )
        if not target:
            return
        path = Path(target if target.endswith(SUFFIX) else target + SUFFIX)

        def written(result: ExportResult) -> None:
            QMessageBox.information(
                parent,
                tr("Sync bundle saved"),
                tr("Saved {changes} and {files} ({size} KB) to {path}.").format(
                    changes=_changes(result.changes),
                    files=_files(result.attachments),
                    size=whole_number(max(1, result.size // 1024)),
                    path=left_to_right(path),
                ),
            )
            on_done()

        run_operation(
            parent,
            tr("Writing the sync bundle…"),
            lambda progress: export_bundle(store, path, peer, full, passphrase, progress),
            written,
        )

    run_in_background(
        lambda: (status.identity(store), peers.known_teams(store), peers.forgettable_teams(store)),
        asked,
        lambda e: show_error(parent, e),
    )


def _changes(count: int) -> str:
    return tr("%Ln change(s)", "", count) if count else tr("no changes")


def _files(count: int) -> str:
    return tr("%Ln file(s)", "", count) if count else tr("no files")


def shown_fingerprint(fingerprint: str) -> str:
    """A key fingerprint as it is shown, on one line: its groups are joined by non-breaking hyphens (which
    look the same), because rich text breaks a line after a hyphen even inside <nobr>, and a group split over
    two lines is easily misread by the officers comparing it aloud. Kept left to right in Arabic text."""
    return left_to_right(fingerprint.replace("-", "\u2011"))


def describe_preview(preview: BundlePreview) -> str:
    """What a bundle says of itself, as rich text: its names are escaped (the file comes from outside)."""
    try:
        written = local_datetime(datetime.fromisoformat(preview.created_at))
    except ValueError:
        written = preview.created_at
    lines = [
        tr("From team <b>{team}</b>, officer {officer}, written {at}.").format(
            team=escape(preview.sender_team), officer=escape(preview.sender_officer), at=escape(written)
        ),
        tr("Team key fingerprint: <b><nobr>{fingerprint}</nobr></b>").format(
            fingerprint=shown_fingerprint(escape(preview.fingerprint))
        ),
        tr("It brings {changes} and {files}, from teams: {teams}.").format(
            changes=_changes(preview.changes),
            files=_files(preview.attachments),
            teams=escape(joined(preview.teams)),
        ),
    ]
    if preview.untrusted_teams:
        lines.append(
            tr("Changes of teams this laptop does not trust yet will be left out: {teams}.").format(
                teams=escape(
                    joined(
                        f"{name} ({shown_fingerprint(fingerprint)})"
                        for name, fingerprint in preview.untrusted_teams
                    )
                )
            )
        )
    return "<br>".join(lines)


def import_flow(
    parent: QWidget, store: Store, on_done: Callable[[ImportResult], None], path: Path | None = None
) -> None:
    """Pick a file (unless one was opened from the file manager), check it, show who sent it, ask about
    trust, apply exactly what was shown, say what changed. A refused file is kept in the quarantine folder,
    and the message says so."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            tr("Import sync bundle"),
            str(Path.home()),
            tr("Sync bundles (*.cmccsync);;All files (*)"),
            options=file_dialog_options(),
        )
        if not chosen:
            return
        path = Path(chosen)
    try:
        encrypted = is_encrypted(path)
    except OSError as error:
        show_error(
            parent, CmccError(N_("The file cannot be read: {reason}."), reason=error.strerror or str(error))
        )
        return
    _open(parent, store, path, encrypted, on_done)


def _open(
    parent: QWidget,
    store: Store,
    path: Path,
    encrypted: bool,
    on_done: Callable[[ImportResult], None],
    asked_again: bool = False,
) -> None:
    passphrase: str | None = None
    if encrypted:
        question = (
            tr("That passphrase does not open the file. Team passphrase:")
            if asked_again
            else tr("This bundle is encrypted. Team passphrase:")
        )
        passphrase, ok = QInputDialog.getText(
            parent, tr("Team passphrase"), question, QLineEdit.EchoMode.Password
        )
        if not ok:
            return

    def failed(error: BaseException) -> None:
        if encrypted and isinstance(error, PassphraseError):
            _open(parent, store, path, encrypted, on_done, asked_again=True)  # ask again, not the end
        else:
            show_error(parent, error)

    run_in_background(
        lambda: open_bundle(store, path, passphrase),
        lambda opened: _confirm(parent, store, opened, on_done),
        failed,
    )


def _confirm(
    parent: QWidget, store: Store, opened: OpenedBundle, on_done: Callable[[ImportResult], None]
) -> None:
    preview = opened.preview
    if preview.known_key_changed:
        opened.close()
        show_error(
            parent,
            CmccError(
                N_(
                    "This file claims to come from a laptop you know, but with a key its team did not endorse. "
                    "It was not imported. Ask team {team} whether that laptop was reinstalled."
                ),
                team=preview.sender_team,
            ),
        )
        return
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Import sync bundle"))
    box.setText(describe_preview(preview))
    if preview.trusted:
        go = box.addButton(tr("Import"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(
            tr(
                "You have not received from this team before. Compare the team key fingerprint with the sender "
                "(by phone or in person) before you trust it."
            )
        )
        go = box.addButton(tr("Trust this team and import"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    if not preview.trusted:  # trusting takes a click: Enter alone must not trust a key nobody compared
        box.setDefaultButton(cancel)
    box.exec()
    if box.clickedButton() is not go:
        opened.close()
        return
    trusted = None if preview.trusted else preview.fingerprint  # exactly the fingerprint shown

    def finished(result: ImportResult) -> None:
        opened.close()
        show_import_summary(parent, result)
        on_done(result)

    def failed(error: BaseException) -> None:
        opened.close()
        show_error(parent, error)

    run_operation(
        parent,
        tr("Importing the sync bundle…"),
        lambda progress: import_opened(store, opened, trusted, progress),
        finished,
        on_cancelled=opened.close,
        on_failure=failed,
    )


def show_import_summary(parent: QWidget, result: ImportResult) -> None:
    if result.already_had:
        text = tr("Nothing new: this laptop already had everything in the file.")
    else:
        text = tr("{new}, {updated}, {conflicts}.").format(
            new=tr("%Ln new record(s)", "", result.new) if result.new else tr("no new records"),
            updated=tr("%Ln updated", "", result.updated) if result.updated else tr("none updated"),
            conflicts=(
                tr("%Ln conflict(s) to resolve", "", result.conflicts)
                if result.conflicts
                else tr("no conflicts")
            ),
        )
    details = []
    if result.skipped_teams:
        details.append(
            tr(
                "Changes of these teams were skipped for now, because an earlier bundle from them is missing: {teams}."
            ).format(teams=joined(result.skipped_teams))
        )
    details += [
        tr(
            "The laptop of {officer} (team {team}) has two histories: a copy of its data folder is in use. "
            "%Ln change(s) of the other history are kept apart. Both laptops should take a new identity "
            "(see the README).",
            "",
            fork.kept,
        ).format(officer=fork.officer, team=fork.team)
        for fork in result.forks
    ]
    details += [
        tr(
            "Changes of team {team} (key fingerprint {fingerprint}) were left out: this laptop does not trust "
            "that team's key yet. Import a bundle from that team itself to compare and trust it."
        ).format(team=team, fingerprint=shown_fingerprint(fingerprint))
        for team, fingerprint in result.untrusted_teams
    ]
    details += [
        tr("Changes from team {team} are dated more than a day ahead: that laptop's clock is wrong.").format(
            team=team
        )
        for team in result.clock_warnings
    ]
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Sync bundle imported"))
    box.setText(text)
    if result.forks:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(
            tr("A laptop has two histories: see the details. Nothing of either history was lost.")
        )
    elif result.conflicts:
        box.setInformativeText(tr("Open View > Conflicts to pick the value to keep for each."))
    if details:
        box.setDetailedText("\n".join(details))
    box.exec()
