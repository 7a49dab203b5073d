"""The form every record is created and edited in.

Fields sit in a form layout; required ones are marked; a problem found by the services is shown in red under
its own field, in a line kept for it, so that no field moves under the pointer as problems appear and clear;
nothing is saved until every problem is fixed. Enter in a list or a table of a form stays there (it ends the
cell being edited) instead of saving the form. Saving runs off the UI thread. Closing a
form with unsaved edits asks whether to save, discard or go back, so nothing typed is dropped silently.

A form keeps the version of the record it opened. If the record changed since (another window, an import, a
conflict decision), the save is refused and the officer sees, field by field, what changed and chooses what
to keep before anything is written. A record has at most one form open in a window: opening it again raises
the form already open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from ...i18n import N_
from ...rules.vocabulary import RELEASABILITY
from ...services import Services
from ...store.versions import StaleRecordError, Versioned, same_version
from ...sync.status import possibly_sent
from .. import settings
from ..background import run_in_background
from ..error_dialogs import show_error, translated_message
from ..labels import choices, joined, local_datetime
from .changes_dialog import ChangesDialog
from .fields import ChoiceField, FieldEditor, LinkEditor, PickingEditor

ERROR_STYLE = "color: #b00020;"
NOTICE_STYLE = "background: #fff4ce; color: #3b2f00; padding: 6px; border-radius: 3px;"


class ErrorLabel(QLabel):
    """A field's problem, in red under it. Its line is there even with no problem, and a problem fixed keeps
    its height (hidden, its text kept) until the next save: the fields below never move under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.show()

    def reset(self) -> None:
        """Back to one empty line (when the form is saved again and its problems are looked for anew)."""
        self.clear()
        self.hide()


class ChangedMeanwhile(Exception):
    """A save refused because the record changed after the form opened it, with the record as it is now in
    the form's own terms (``theirs``: field name -> value), read off the UI thread."""

    def __init__(
        self, stale: StaleRecordError, theirs: dict[str, Any], texts: dict[str, dict[str, str]]
    ) -> None:
        super().__init__(str(stale))
        self.stale = stale
        self.theirs = theirs
        self.texts = texts  # how the link fields name the records ``theirs`` points at


class RecordForm(QDialog):
    """Create (``record_id`` None) or edit one record. ``saved`` carries the record's id."""

    saved = Signal(str)
    loaded = Signal()  # the record's values are in the fields, which now take typing

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
        self.fields: dict[str, FieldEditor] = {}
        self.labels: dict[str, str] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.version: str | None = None  # of the record as the form opened it (None: a new record)
        self._saving = False
        self._attempts = 0  # saves asked for: the checks of an earlier one are not shown over a later one
        self.setWindowTitle(self.form_title())
        self.setObjectName(f"{self.service().noun}_form")
        self.setSizeGripEnabled(True)

        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.notice = QLabel(self)  # the record was saved elsewhere while the form is open
        self.notice.setObjectName("changed_elsewhere")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body = body = QWidget(self)
        column = QVBoxLayout(body)
        column.addLayout(self.layout_)
        column.addStretch(1)  # short forms keep their fields together at the top, next to their labels
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes to the first field, not the scroll area
        self.outer = layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        # Below the fields, so that they do not move when these appear.
        layout.addWidget(self.general_error)
        layout.addWidget(self.notice)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        self.build()
        marking = self.add_field(
            "releasability", self.tr("Releasability"), ChoiceField(choices(RELEASABILITY), self)
        )
        # What the marking means, under it: where the record will go.
        self.marking_meaning = QLabel(self)
        self.marking_meaning.setWordWrap(True)
        self.marking_meaning.setStyleSheet("color: gray;")
        self.layout_.addRow("", self.marking_meaning)
        marking.changed.connect(self._explain_marking)
        self._explain_marking()
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
        self._initial = self.values()
        self.resize(720, 680)
        self._load(initial or {})

    def showEvent(self, event: QShowEvent) -> None:
        """Made wide enough for its widest field (the table of needs), so that nothing scrolls sideways. The
        fields' sizes are known once they are shown."""
        super().showEvent(event)
        margins = self.outer.contentsMargins()
        needed = (
            self.body.minimumSizeHint().width()
            + self.scroll_area.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        if self.width() < needed:
            self.resize(needed, self.height())

    def _load(self, initial: dict[str, Any]) -> None:
        """Read the record (and the names of the records it links to) off the UI thread; the fields take
        typing once they show it."""
        self.body.setEnabled(False)
        self.buttons.setEnabled(False)
        service, record_id = self.service(), self.record_id

        # A new record starts with the marking chosen in Settings, unless it comes with one (a follow-up
        # task takes its visit's).
        defaults = {} if record_id else {"releasability": settings.DEFAULT_RELEASABILITY.read()}

        def read() -> tuple[Versioned[Any] | None, dict[str, Any], dict[str, dict[str, str]]]:
            opened = service.get_versioned(record_id) if record_id else None
            values = self.values_of(opened.record) if opened is not None else dict(defaults)
            values.update(initial)
            return opened, values, self.link_texts(values)

        run_in_background(read, self._loaded, self._load_failed, owner=self)

    def _loaded(self, found: tuple[Versioned[Any] | None, dict[str, Any], dict[str, dict[str, str]]]) -> None:
        opened, values, texts = found
        self.version = opened.version if opened is not None else None
        self.opened(opened.record if opened is not None else None)
        for name, value in values.items():
            if name in self.fields:
                self._set_field(name, value, texts)
        self._initial = self.values()
        self.body.setEnabled(True)
        self.buttons.setEnabled(True)
        next(iter(self.fields.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        show_error(self, error)
        self._initial = self.values()
        super().reject()

    def link_texts(self, values: dict[str, Any]) -> dict[str, dict[str, str]]:
        """How the link fields name the records these values point at, by field. Reads the database: it runs
        off the UI thread, with :meth:`values_of`."""
        return {
            name: widget.texts_for(values[name])
            for name, widget in self.fields.items()
            if isinstance(widget, LinkEditor) and name in values
        }

    def _set_field(self, name: str, value: Any, texts: dict[str, dict[str, str]]) -> None:
        widget = self.fields[name]
        if isinstance(widget, LinkEditor) and name in texts:
            widget.remember(texts[name])
        widget.set_value(value)

    # -- what a subclass provides -----------------------------------------------------------------------
    def service(self) -> Any:
        raise NotImplementedError

    def form_title(self) -> str:
        raise NotImplementedError

    def build(self) -> None:
        """Add the fields with :meth:`add_field`, in the order the officer fills them."""
        raise NotImplementedError

    def opened(self, record: Any | None) -> None:
        """The record as read (None for a new one), just before its values go into the fields: a form fits
        its fields to it here (a task's status offers only the workflow's next steps)."""

    def values_of(self, record: Any) -> dict[str, Any]:
        """A stored record's values for the fields (by default: the attribute of the same name). May read the
        database: it also runs off the UI thread."""
        return {name: getattr(record, name) for name in self.fields}

    @property
    def entity(self) -> str:
        return str(self.service().noun)

    # -- fields ------------------------------------------------------------------------------------------
    def add_field(
        self, name: str, label: str, widget: FieldEditor, required: bool = False, hint: str = ""
    ) -> FieldEditor:
        if not isinstance(widget, QWidget):
            raise TypeError(f"the field {name} is not a widget")
        self.fields[name] = widget
        self.labels[name] = label
        caption = QLabel(f"{label} *" if required else label, self)
        caption.setBuddy(widget.focusProxy() or widget)
        widget.setAccessibleName(label)
        if hint:
            widget.setToolTip(hint)
        error = ErrorLabel(self)
        error.setObjectName(f"{name}_error")
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.errors[name] = error
        self.layout_.addRow(caption, holder)
        widget.changed.connect(lambda: self._clear_error(name))
        return widget

    def _explain_marking(self) -> None:
        meaning = {
            "team": self.tr(
                "Team only: stays on your team's laptops, in no bundle for another team, no export for partners or the public."
            ),
            "partners": self.tr("CMCC partners: goes to the partner teams you exchange sync bundles with."),
            "public": self.tr("Public: may appear in public exports and in reports for anyone."),
        }
        self.marking_meaning.setText(meaning.get(self.fields["releasability"].value(), ""))

    def values(self) -> dict[str, Any]:
        return {name: widget.value() for name, widget in self.fields.items()}

    def initial_value(self, name: str) -> Any:
        """A field's value as the form opened it (or as it was last saved)."""
        return self._initial.get(name)

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def _clear_error(self, name: str) -> None:
        self.errors[name].hide()

    def show_problems(self, error: ValidationError, focus: bool = True) -> None:
        """Every problem at once, each under its field; the keyboard goes to the first of them in the form."""
        unplaced = []
        for name, problem in error.field_errors.items():
            label = self.errors.get(name)
            if label is None:
                unplaced.append(translated_message(problem))
                continue
            label.show_problem(translated_message(problem))
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()
        first = next((widget for name, widget in self.fields.items() if name in error.field_errors), None)
        if focus and first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving and closing ------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self._attempts += 1
        for label in self.errors.values():
            label.reset()
        self.general_error.hide()
        typed = {  # pickers, and lists fed by one: text typed there but not picked from the matches
            name: widget.unchosen_text()
            for name, widget in self.fields.items()
            if isinstance(widget, PickingEditor)
        }
        unchosen = {
            name: CmccError(
                N_("“{text}” was not chosen from the list. Pick one of the matches, or clear the box."),
                text=text,
            )
            for name, text in typed.items()
            if text
        }
        values = self.values()
        if unchosen:  # a name typed but not picked would otherwise be saved as no link at all
            self.show_problems(ValidationError(unchosen), focus=False)  # at once; the service's checks follow
            self._check(values, unchosen)
            return
        self._saving = True
        self.buttons.setEnabled(False)
        if self.record_id is not None and _stricter(
            values.get("releasability"), self.initial_value("releasability")
        ):
            store, record_id = self.services.store, self.record_id
            run_in_background(
                lambda: possibly_sent(store, record_id),
                lambda sent: self._confirm_marking(values, sent),
                self._failed,
            )
            return
        self._write(values)

    def _confirm_marking(self, values: dict[str, Any], sent: list[tuple[str, str]]) -> None:
        """Marked more strictly after it was shared: say where it may have gone; that cannot be recalled."""
        if sent:
            teams = joined(
                self.tr("{team} ({when})").format(team=team or self.tr("every team"), when=when[:10])
                for team, when in sent
            )
            answer = QMessageBox.question(
                self,
                self.tr("Already shared"),
                self.tr(
                    "Bundles already written for {teams} may have carried {this_record}, and what was sent cannot "
                    "be recalled. From now on its changes stay in the team. Mark it {marking}?"
                ).format(
                    this_record=self.this_record(),
                    teams=teams,
                    marking=self.fields["releasability"].display(values["releasability"]),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._saving = False
                self.buttons.setEnabled(True)
                return
        self._write(values)

    def _check(self, values: dict[str, Any], problems: dict[str, CmccError]) -> None:
        """Refuse the save for the form's own ``problems``, shown with what the service finds wrong in the
        other fields (a required title left empty), so that every problem shows at once. Nothing is written."""
        service, record_id, attempt = self.service(), self.record_id, self._attempts
        # The fields the service checks; a service saves some apart and checks them as it saves (photos).
        checked = {
            name: value
            for name, value in values.items()
            if name in service.validators or name == "releasability"
        }

        def job() -> dict[str, CmccError]:
            try:
                service.clean(checked, service.get(record_id) if record_id else None)
            except ValidationError as error:
                return {**error.field_errors, **problems}
            return problems

        def answered(outcome: dict[str, CmccError] | BaseException) -> None:
            if attempt == self._attempts:  # not saved again meanwhile
                self._failed(outcome if isinstance(outcome, BaseException) else ValidationError(outcome))

        run_in_background(job, answered, answered, owner=self)

    def _write(self, values: dict[str, Any]) -> None:
        service, record_id, version = self.service(), self.record_id, self.version

        def job() -> Versioned[Any]:
            try:
                return service.save(record_id, values, version)
            except StaleRecordError as stale:
                theirs = self.values_of(stale.current)
                raise ChangedMeanwhile(stale, theirs, self.link_texts(theirs)) from stale

        run_in_background(job, self._saved, self._failed)

    def _saved(self, saved: Versioned[Any]) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.record_id, self.version = saved.record.id, saved.version
        self._initial = self.values()
        self.saved.emit(saved.record.id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ChangedMeanwhile):
            self._review(error)
        elif isinstance(error, ValidationError):
            self.show_problems(error)
        elif isinstance(error, CmccError):
            self.general_error.setText(translated_message(error))
            self.general_error.show()
        else:
            show_error(self, error)

    def _review(self, changed: ChangedMeanwhile) -> None:
        """The record changed under the form: show what changed, and save the officer's choices against the
        version shown (if it changed yet again meanwhile, that is shown next)."""
        for name, texts in changed.texts.items():
            widget = self.fields[name]
            if isinstance(widget, LinkEditor):
                widget.remember(texts)
        dialog = ChangesDialog(self, changed.stale, changed.theirs)
        if not dialog.needs_decision():
            self._take(changed, dialog.choices())
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._take(changed, dialog.choices()))
        dialog.open()

    def _take(self, changed: ChangedMeanwhile, chosen: dict[str, Any]) -> None:
        for name, value in chosen.items():
            self.fields[name].set_value(value)
        for name in changed.theirs.keys() & self._initial.keys():
            self._initial[name] = changed.theirs[name]
        self.version = changed.stale.version
        self.save()

    def check_for_changes(self) -> None:
        """Records were written elsewhere: if this form's record is one of them, say so. A form with nothing
        typed in it takes the new values; one with edits keeps them, and its save will show what changed."""
        if self.record_id is None or self._saving:
            return
        service, record_id, version = self.service(), self.record_id, self.version

        def job() -> tuple[Any, dict[str, Any], dict[str, dict[str, str]]] | None:
            opened = service.get_versioned(record_id)
            if same_version(opened.version, version or ""):
                return None
            theirs = self.values_of(opened.record)
            return opened, theirs, self.link_texts(theirs)

        run_in_background(job, self._changed_elsewhere, lambda _error: None, owner=self)

    def _changed_elsewhere(
        self, found: tuple[Versioned[Any], dict[str, Any], dict[str, dict[str, str]]] | None
    ) -> None:
        if found is None or self._saving:
            return
        opened, theirs, texts = found
        who = {
            "author": opened.record.updated_by,
            "when": local_datetime(opened.record.updated_at),
            "this_record": self.this_record(),
        }
        if opened.record.deleted_at is not None:
            text = self.tr(
                "{author} moved {this_record} to Deleted items ({when}). Restore it there to keep editing it."
            )
        elif self.is_dirty():
            text = self.tr(
                "{author} saved {this_record} while you were editing ({when}). Your edits are still in the form: "
                "when you save, you will see what changed and choose what to keep."
            )
        else:
            for name, value in theirs.items():
                if name in self.fields:
                    self._set_field(name, value, texts)
            self._initial = self.values()
            self.version = opened.version
            text = self.tr("Updated with the changes {author} saved ({when}).")
        self.notice.setText(text.format(**who))
        self.notice.show()

    def confirm_close(self) -> bool:
        """True if the form may close: nothing unsaved, or the officer chose to save or discard."""
        if self._saving:
            return False
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changed {this_record}. Save the changes?").format(
                this_record=self.this_record()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # closes itself once saved; stays open with messages if something is wrong
        return answer == QMessageBox.StandardButton.Discard

    def this_record(self) -> str:
        """ "this record", as sentences about the record name it (Arabic agrees "this" with the noun)."""
        return self.tr("this record")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a list or a table (or a cell being edited there) ends the edit, if any, and stays there:
        it is not the form's Save, which it is elsewhere."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and _in_item_view(self.focusWidget(), self):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button all come here (QDialog routes closing to reject)."""
        if self.confirm_close():
            self._initial = self.values()
            super().reject()


def _in_item_view(widget: QWidget | None, form: QWidget) -> bool:
    while widget is not None and widget is not form:
        if isinstance(widget, QAbstractItemView):
            return True
        widget = widget.parentWidget()
    return False


def _stricter(new: Any, old: Any) -> bool:
    order = list(RELEASABILITY)  # the strictest first
    return new in order and old in order and order.index(new) < order.index(old)


def open_form(
    owner: QWidget,
    entity: str,
    record_id: str | None,
    make: Callable[[], RecordForm],
    on_saved: Callable[[str], None],
) -> RecordForm:
    """Show a record's form over its window (window-modal) and hand the saved record's id to ``on_saved``.
    A record already open in a form of this window gets that form raised instead of a second one."""
    if record_id is not None:
        for form in owner.window().findChildren(RecordForm):
            if form.isVisible() and form.record_id == record_id and form.entity == entity:
                form.raise_()
                form.activateWindow()
                return form
    form = make()
    form.saved.connect(on_saved)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.setWindowModality(Qt.WindowModality.WindowModal)
    form.show()
    return form
