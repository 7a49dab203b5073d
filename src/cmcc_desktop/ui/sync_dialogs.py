"""File > Export sync bundle… and Import sync bundle…: the officer's side of exchanging work by file.

Export asks for whom (a peer team, or everything), an optional team passphrase, and where to save. Import
reads and checks the whole file first, shows who sent it (team, officer, key fingerprint) and what it brings,
asks before trusting a team seen for the first time, then applies it and says what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import CmccError
from ..store.store import Store
from ..sync import status
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
from .background import run_in_background
from .error_dialogs import show_error
from .labels import local_datetime
from .operation import run_operation

SUFFIX = ".cmccsync"


def tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


class ExportDialog(QDialog):
    """Whom the bundle is for, and its passphrase."""

    def __init__(
        self, identity: status.SyncIdentity, peers: list[status.PeerStatus], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export sync bundle"))
        self.identity = identity
        self.peer = QComboBox(self)
        self.peer.setEditable(True)
        self.peer.addItem(tr("Every team (all shared records)"), None)
        for peer in peers:
            self.peer.addItem(peer.team, peer.team)
        self.peer.setAccessibleName(tr("For team"))
        self.peer.setToolTip(tr("Pick the team the file is for, or type a new team's name."))
        self.full = QCheckBox(tr("Everything, not only what that team may lack"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Recommended: a lost USB stick then reveals nothing"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(tr("For team"), self.peer)
        form.addRow("", self.full)
        form.addRow(tr("Team passphrase"), self.passphrase)
        form.addRow(tr("Passphrase again"), self.repeat)
        fingerprint = QLabel(
            tr(
                "Your team: {team}. Your team key fingerprint: <b><nobr>{fingerprint}</nobr></b> — tell it to the other team so "
                "they can check the file is yours."
            ).format(team=identity.team, fingerprint=identity.fingerprint),
            self,
        )
        fingerprint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(fingerprint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def peer_team(self) -> str | None:
        text = self.peer.currentText().strip()
        if self.peer.currentIndex() == 0 and text == self.peer.itemText(0):
            return None
        return text or None

    def _check(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.problem.setText(tr("The two passphrases differ. Type the same passphrase twice."))
            self.problem.show()
            return
        self.accept()


def export_flow(parent: QWidget, store: Store, on_done: Callable[[], None]) -> None:
    """Ask, then write the bundle off the UI thread, then say what went into it."""

    def asked(found: tuple[status.SyncIdentity, list[status.PeerStatus]]) -> None:
        dialog = ExportDialog(found[0], found[1], parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        peer, full, passphrase = dialog.peer_team(), dialog.full.isChecked(), dialog.passphrase.text() or None
        name = f"{found[0].team}-for-{peer or 'all'}-{date.today():%Y%m%d}{SUFFIX}".replace(" ", "_")
        target, _filter = QFileDialog.getSaveFileName(
            parent, tr("Save sync bundle"), str(Path.home() / name), tr("Sync bundles (*.cmccsync)")
        )
        if not target:
            return
        path = Path(target if target.endswith(SUFFIX) else target + SUFFIX)

        def written(result: ExportResult) -> None:
            QMessageBox.information(
                parent,
                tr("Sync bundle saved"),
                tr("Saved {changes} changes and {files} files ({size} KB) to {path}.").format(
                    changes=result.changes,
                    files=result.attachments,
                    size=max(1, result.size // 1024),
                    path=path,
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
        lambda: (status.identity(store), status.peers(store)), asked, lambda e: show_error(parent, e)
    )


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
            fingerprint=escape(preview.fingerprint)
        ),
        tr("It brings {changes} changes and {files} files, from teams: {teams}.").format(
            changes=preview.changes, files=preview.attachments, teams=escape(", ".join(preview.teams))
        ),
    ]
    if preview.untrusted_teams:
        lines.append(
            tr("Changes of teams this laptop does not trust yet will be left out: {teams}.").format(
                teams=escape(
                    ", ".join(f"{name} ({fingerprint})" for name, fingerprint in preview.untrusted_teams)
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
            parent, tr("Import sync bundle"), str(Path.home()), tr("Sync bundles (*.cmccsync);;All files (*)")
        )
        if not chosen:
            return
        path = Path(chosen)
    try:
        encrypted = is_encrypted(path)
    except OSError as error:
        show_error(
            parent, CmccError("The file cannot be read: {reason}.", reason=error.strerror or str(error))
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
        if encrypted and isinstance(error, CmccError) and "passphrase" in error.template:
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
                "This file claims to come from a laptop you know, but with a key its team did not endorse. It "
                "was not imported. Ask team {team} whether that laptop was reinstalled.",
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
    box.addButton(QMessageBox.StandardButton.Cancel)
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
        text = tr("{new} new records, {updated} updated, {conflicts} conflicts to resolve.").format(
            new=result.new, updated=result.updated, conflicts=result.conflicts
        )
    details = []
    if result.skipped_teams:
        details.append(
            tr("Skipped for now (an earlier bundle from them is missing): {teams}.").format(
                teams=", ".join(result.skipped_teams)
            )
        )
    details += [
        tr(
            "The laptop of {officer} (team {team}) has two histories: a copy of its data folder is in use. "
            "{kept} changes of the other history are kept apart. Both laptops should take a new identity "
            "(see the README)."
        ).format(officer=fork.officer, team=fork.team, kept=fork.kept)
        for fork in result.forks
    ]
    details += [
        tr(
            "Changes of team {team} (key fingerprint {fingerprint}) were left out: this laptop does not trust "
            "that team's key yet. Import a bundle from that team itself to compare and trust it."
        ).format(team=team, fingerprint=fingerprint)
        for team, fingerprint in result.untrusted_teams
    ]
    details += result.clock_warnings
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
