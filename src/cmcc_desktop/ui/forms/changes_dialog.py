"""Changed while you were editing: the fields of a record that someone else saved after the form opened it.

For each field, the officer's value and the one saved now, side by side; the officer keeps theirs, takes the
new one or, for text, writes both into one. Fields the officer did not touch take the new value unless told
otherwise, fields both changed keep the officer's; nothing is written until the officer saves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...store.versions import ChangedField, StaleRecordError
from ..labels import local_datetime
from .fields import LongTextField, TextField

if TYPE_CHECKING:
    from .record_form import RecordForm

MINE, THEIRS, BOTH = 0, 1, 2


class FieldChoice(QGroupBox):
    """One changed field: the officer's value, the saved one, and (for text) both written into one."""

    def __init__(
        self, form: RecordForm, name: str, change: ChangedField, theirs: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(form.labels[name], parent)
        self.setObjectName(f"{name}_choice")
        self.name = name
        widget = form.fields[name]
        self.mine, self.theirs = form.values()[name], theirs
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.mine_button = self._option(layout, MINE, self.tr("Yours"), widget.display(self.mine))
        saved_by = self.tr("Saved since by {author} ({team}), {when}").format(
            author=change.author, team=change.team, when=local_datetime(change.at)
        )
        self.theirs_button = self._option(layout, THEIRS, saved_by, widget.display(theirs))
        self.both: QPlainTextEdit | None = None
        if isinstance(widget, TextField | LongTextField) and not isinstance(self.mine, list):
            self._option(layout, BOTH, self.tr("Both values, combined into one text:"), None)
            self.both = QPlainTextEdit("\n".join(part for part in (self.mine, theirs) if part), self)
            self.both.setTabChangesFocus(True)
            self.both.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
            self.both.setEnabled(False)
            self.group.idToggled.connect(
                lambda option, on: self.both.setEnabled(on) if option == BOTH else None
            )
            layout.addWidget(self.both)
        touched = self.mine != form.initial_value(name)
        (self.mine_button if touched else self.theirs_button).setChecked(True)

    def _option(self, layout: QVBoxLayout, option: int, title: str, value: str | None) -> QRadioButton:
        button = QRadioButton(title, self)
        self.group.addButton(button, option)
        layout.addWidget(button)
        if value is not None:
            shown = QLabel(value or self.tr("(empty)"), self)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # values may come from other laptops
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setContentsMargins(24, 0, 0, 6)
            if not value:
                shown.setStyleSheet("color: gray;")
            layout.addWidget(shown)
        return button

    def value(self) -> Any:
        option = self.group.checkedId()
        if option == BOTH and self.both is not None:
            return self.both.toPlainText().strip()
        return self.theirs if option == THEIRS else self.mine


class ChangesDialog(QDialog):
    """What changed under a form; :meth:`choices` gives the value to put in each field before saving."""

    def __init__(self, form: RecordForm, stale: StaleRecordError, theirs: dict[str, Any]) -> None:
        super().__init__(form)
        self.setObjectName("changes_dialog")
        self.setWindowTitle(self.tr("Changed while you were editing"))
        self.choices_: list[FieldChoice] = []
        self._settled: dict[str, Any] = {}  # fields where the officer's value and the new one agree
        body = QWidget(self)
        column = QVBoxLayout(body)
        notes = []
        mine = form.values()
        for change in stale.changed:
            name = change.field
            if name == "deleted_at":
                notes.append(
                    self.tr("{author} ({team}) moved it to Deleted items, {when}.").format(
                        author=change.author, team=change.team, when=local_datetime(change.at)
                    )
                )
            elif name in form.fields and name in theirs:
                if mine[name] == theirs[name]:
                    self._settled[name] = theirs[name]
                    continue
                choice = FieldChoice(form, name, change, theirs[name], body)
                self.choices_.append(choice)
                column.addWidget(choice)
        column.addStretch(1)
        intro = QLabel(
            self.tr(
                "Someone saved {this_record} after you opened it. Nothing of yours is saved yet. For each field, "
                "choose what to keep, then save."
            ).format(this_record=form.this_record()),
            self,
        )
        intro.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(self)
        buttons.addButton(QDialogButtonBox.StandardButton.Save)
        back = buttons.addButton(self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("back_to_form")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for note in notes:
            shown = QLabel(note, self)
            shown.setWordWrap(True)
            layout.addWidget(shown)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(680, min(150 + 240 * len(self.choices_), 640))

    def needs_decision(self) -> bool:
        """False when every change already agrees with the form: it can be saved as it is."""
        return bool(self.choices_)

    def choices(self) -> dict[str, Any]:
        return {**self._settled, **{choice.name: choice.value() for choice in self.choices_}}
