"""The form every record is created and edited in.

Fields sit in a form layout; required ones are marked; a problem found by the services is shown in red under
its own field, and nothing is saved until every problem is fixed. Saving runs off the UI thread. Closing a
form with unsaved edits asks whether to save, discard or go back, so nothing typed is dropped silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...errors import CmccError, ValidationError
from ...services import Services
from ...services.vocabulary import RELEASABILITY
from ..background import run_in_background
from ..error_dialogs import show_error, translated_message
from ..labels import choices
from .fields import ChoiceField

ERROR_STYLE = "color: #b00020;"


class RecordForm(QDialog):
    """Create (``record_id`` None) or edit one record. ``saved`` carries the record's id."""

    saved = Signal(str)

    def __init__(
        self,
        services: Services,
        record_id: str | None = None,
        parent: QWidget | None = None,
        initial: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.record_id = record_id
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._saving = False
        self.setWindowTitle(self.form_title())
        self.setObjectName(f"{self.service().noun}_form")
        self.setSizeGripEnabled(True)

        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addLayout(self.layout_)
        column.addStretch(1)  # short forms keep their fields together at the top, next to their labels
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes to the first field, not the scroll area
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(scroll, 1)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)

        self.build()
        self.add_field("releasability", self.tr("Releasability"), ChoiceField(choices(RELEASABILITY), self))
        # Made after the fields, so that Tab runs through the fields first and ends on Save and Cancel.
        required_note = QLabel(self.tr("Fields marked * are required."), self)
        required_note.setStyleSheet("color: gray;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(required_note)
        layout.addWidget(self.buttons)
        record = self.service().get(record_id) if record_id else None
        values = self.values_of(record) if record is not None else {}
        values.update(initial or {})
        for name, value in values.items():
            if name in self.fields:
                self.fields[name].set_value(value)  # type: ignore[attr-defined]
        self._initial = self.values()
        self.resize(720, 680)
        next(iter(self.fields.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what a subclass provides -----------------------------------------------------------------------
    def service(self) -> Any:
        raise NotImplementedError

    def form_title(self) -> str:
        raise NotImplementedError

    def build(self) -> None:
        """Add the fields with :meth:`add_field`, in the order the officer fills them."""
        raise NotImplementedError

    def values_of(self, record: Any) -> dict[str, Any]:
        """A stored record's values for the fields (by default: the attribute of the same name)."""
        return {name: getattr(record, name) for name in self.fields}

    def write(self, values: dict[str, Any]) -> str:
        """Create or update through the services (runs off the UI thread); returns the record id."""
        if self.record_id is None:
            # Remembered at once: if later work (attaching photos) fails, saving again updates this record
            # instead of making a second one.
            self.record_id = self.service().create(**values).id
            return self.record_id
        return self.service().update(self.record_id, **values).id

    def after_save(self, record_id: str) -> None:
        """Work that needs the saved record (attach photos); runs off the UI thread."""

    # -- fields ------------------------------------------------------------------------------------------
    def add_field(
        self, name: str, label: str, widget: QWidget, required: bool = False, hint: str = ""
    ) -> QWidget:
        self.fields[name] = widget
        caption = QLabel(f"{label} *" if required else label, self)
        caption.setBuddy(widget.focusProxy() or widget)
        widget.setAccessibleName(label)
        if hint:
            widget.setToolTip(hint)
        error = QLabel(self)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.errors[name] = error
        self.layout_.addRow(caption, holder)
        widget.changed.connect(lambda: self._clear_error(name))  # type: ignore[attr-defined]
        return widget

    def values(self) -> dict[str, Any]:
        return {name: widget.value() for name, widget in self.fields.items()}  # type: ignore[attr-defined]

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def _clear_error(self, name: str) -> None:
        self.errors[name].hide()

    def show_problems(self, error: ValidationError) -> None:
        first: QWidget | None = None
        unplaced = []
        for name, problem in error.field_errors.items():
            label = self.errors.get(name)
            if label is None:
                unplaced.append(translated_message(problem))
                continue
            label.setText(translated_message(problem))
            label.show()
            first = first or self.fields[name]
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving and closing ------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        typed = {  # pickers, and lists fed by one: text typed there but not picked from the matches
            name: widget.unchosen_text()  # type: ignore[attr-defined]
            for name, widget in self.fields.items()
            if hasattr(widget, "unchosen_text")
        }
        unchosen = {
            name: CmccError(
                "“{text}” was not chosen from the list. Pick one of the matches, or clear the box.", text=text
            )
            for name, text in typed.items()
            if text
        }
        if unchosen:  # a name typed but not picked would otherwise be saved as no link at all
            self.show_problems(ValidationError(unchosen))
            return
        values = self.values()
        self._saving = True
        self.buttons.setEnabled(False)

        def job() -> str:
            record_id = self.write(values)
            self.after_save(record_id)
            return record_id

        run_in_background(job, self._saved, self._failed)

    def _saved(self, record_id: str) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.record_id = record_id
        self._initial = self.values()
        self.saved.emit(record_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_problems(error)
        elif isinstance(error, CmccError):
            self.general_error.setText(translated_message(error))
            self.general_error.show()
        else:
            show_error(self, error)

    def confirm_close(self) -> bool:
        """True if the form may close: nothing unsaved, or the officer chose to save or discard."""
        if self._saving:
            return False
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changed this {noun}. Save the changes?").format(noun=self.noun_text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # closes itself once saved; stays open with messages if something is wrong
        return answer == QMessageBox.StandardButton.Discard

    def noun_text(self) -> str:
        return self.tr("record")

    def reject(self) -> None:
        """Cancel, Esc and the window's close button all come here (QDialog routes closing to reject)."""
        if self.confirm_close():
            self._initial = self.values()
            super().reject()


def open_form(form: RecordForm, on_saved: Any) -> RecordForm:
    """Show a form over its window (window-modal) and hand the saved record's id to ``on_saved``."""
    form.saved.connect(on_saved)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.setWindowModality(Qt.WindowModality.WindowModal)
    form.show()
    return form
