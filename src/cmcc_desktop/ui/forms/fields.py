"""Form fields: each widget gives its value as the services take it and shows a stored value.

Every field has ``value()``, ``set_value(value)`` and a ``changed`` signal, so a form can collect values, tell
whether anything was edited, and put a validation message next to the right field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from functools import cmp_to_key
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import (
    QCollator,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...rules.validation import language_code
from ..background import run_in_background
from ..error_dialogs import show_error
from ..labels import joined, language_names, local_datetime, short_date, text_list, written_like_tables


@runtime_checkable
class FieldEditor(Protocol):
    """What a form asks of each of its fields (each is also a widget)."""

    @property
    def changed(self) -> SignalInstance: ...

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def display(self, value: Any) -> str:
        """A value as this field would show it, as one line (for the "changed meanwhile" dialog)."""
        ...

    def setFocus(self, reason: Qt.FocusReason) -> None: ...


@runtime_checkable
class LinkEditor(Protocol):
    """A field that links to other records and shows their names: the form reads those names with the
    record, off the UI thread (``texts_for``), and hands them over before it sets the value."""

    def texts_for(self, value: Any) -> dict[str, str]:
        """The names of the records ``value`` points at, by id. Reads the database: call it off the UI
        thread."""
        ...

    def remember(self, texts: dict[str, str]) -> None: ...


@runtime_checkable
class PickingEditor(Protocol):
    """A field fed by a list of matches: what was typed there but not picked is refused on save."""

    def unchosen_text(self) -> str: ...


class TextField(QLineEdit):
    """One line of text. It takes whatever is typed or pasted, however long: the field's rule says when it is
    too long, rather than the box cutting a pasted text short without a word."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def display(self, value: Any) -> str:
        """A value of this field as text (to compare two versions of a record)."""
        return "" if value is None else str(value)


class LongTextField(QPlainTextEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.setPlainText(value or "")

    def display(self, value: Any) -> str:
        return value or ""


class ChoiceField(QComboBox):
    """One code from a list; with ``empty`` text, choosing nothing is allowed."""

    changed = Signal()

    def __init__(
        self, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None, empty: str = ""
    ) -> None:
        super().__init__(parent)
        if empty:
            self.addItem(empty, None)
        for code, text in choices:
            self.addItem(text, code)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def replace_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        """Offer other codes (a task's next statuses, once the task is read)."""
        self.blockSignals(True)
        self.clear()
        for code, text in choices:
            self.addItem(text, code)
        self.blockSignals(False)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value if value != "" else None)
        self.setCurrentIndex(max(index, 0))

    def display(self, value: Any) -> str:
        index = self.findData(value if value != "" else None)
        return self.itemText(index) if index >= 0 else ("" if value is None else str(value))


class LabelField(QComboBox):
    """A short label picked from suggestions or typed ("mobile", "office", "duty phone")."""

    changed = Signal()

    def __init__(self, suggestions: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        for code, text in suggestions:
            self.addItem(text, code)
        self.currentTextChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        index = self.findText(self.currentText())
        code = self.itemData(index) if index >= 0 else None
        return code or self.currentText().strip()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText("" if value is None else str(value))

    def display(self, value: Any) -> str:
        index = self.findData(value)
        return self.itemText(index) if index >= 0 else ("" if value is None else str(value))


class DateField(QWidget):
    """An optional date: a box to say there is one, and a calendar to pick it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, set_text: str = "") -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox(set_text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        written_like_tables(self.edit)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled_box.toggled.connect(self.edit.setEnabled)
        self.enabled_box.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.enabled_box)

    def value(self) -> date | None:
        if not self.enabled_box.isChecked():
            return None
        picked = self.edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date | None) -> None:
        self.enabled_box.setChecked(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())

    def display(self, value: date | None) -> str:
        return short_date(value)


class DateTimeField(QDateTimeEdit):
    """A moment, edited in the laptop's local time and stored in UTC."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        written_like_tables(self, with_time=True)
        self.setDateTime(QDateTime.currentDateTime())
        self.dateTimeChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> datetime:
        return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), UTC)

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.setDateTime(QDateTime.currentDateTime())
        else:
            self.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime())

    def display(self, value: datetime | None) -> str:
        return local_datetime(value)


class TextListField(TextField):
    """Several short texts separated by commas (officers, languages)."""

    def value(self) -> list[str]:  # type: ignore[override]
        # An Arabic keyboard types the Arabic comma (،): it separates the same way.
        return [part.strip() for part in self.text().replace("،", ",").split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        self.setText(joined(value or ()))

    def display(self, value: Any) -> str:
        return text_list(value)


class CheckListField(QListWidget):
    """Several codes from a list, ticked (the sectors of a contact)."""

    changed = Signal()

    def __init__(
        self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None, lines: int = 6
    ) -> None:
        super().__init__(parent)
        for code, text in choices:
            item = QListWidgetItem(f"{code} · {text}", self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setFixedHeight(self.sizeHintForRow(0) * lines + 6)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def value(self) -> list[str]:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()

    def display(self, value: Any) -> str:
        chosen = set(value or ())
        return joined(
            self.item(row).text()
            for row in range(self.count())
            if self.item(row).data(Qt.ItemDataRole.UserRole) in chosen
        )


class LanguagesField(QWidget):
    """Languages ticked in a list of names (sorted in the interface language, with a box to find one); the
    value is their codes in the order they were chosen. A language typed as text before the list, and not
    one the list knows, shows ticked at the top as it was typed, so that nothing goes unseen."""

    changed = Signal()

    def __init__(
        self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None, lines: int = 5
    ) -> None:
        super().__init__(parent)
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find a language…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setAccessibleName(self.tr("Find a language"))
        self.find_box.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Languages"))
        collator = QCollator(QLocale())

        def by_name(one: tuple[str, str], other: tuple[str, str]) -> int:
            return collator.compare(one[1], other[1])

        for code, text in sorted(choices, key=cmp_to_key(by_name)):
            self._add_item(text, code)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * lines + 2 * self.list.frameWidth())
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.chosen.setStyleSheet("color: gray;")
        self._order: list[str] = []
        self._show_chosen()
        self.list.itemChanged.connect(self._ticked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_box)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.find_box)

    def _add_item(self, text: str, code: str, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.insertItem(self.list.count() if row is None else row, item)
        return item

    def _item(self, code: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                return self.list.item(row)
        return None

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(bool(needle) and needle not in item.text().casefold() and needle != code)

    def _ticked(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and code not in self._order:
            self._order.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self._order:
            self._order.remove(code)
        else:
            return
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        names = language_names(self._order)
        self.chosen.setText(self.tr("Chosen: {languages}").format(languages=names) if names else "")

    def value(self) -> list[str]:
        return list(self._order)

    def set_value(self, value: Any) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(Qt.CheckState.Unchecked)
        self._order = []
        for typed in value or ():
            text = str(typed).strip()
            if not text:
                continue
            code = language_code(text)
            found = self._item(code) if code is not None else None
            if found is None:
                found = self._item(text) or self._add_item(
                    self.tr("{language} (not on the list)").format(language=text), text, 0
                )
                found.setToolTip(
                    self.tr(
                        "Typed before languages were chosen from a list: untick it, and tick the language."
                    )
                )
            key = found.data(Qt.ItemDataRole.UserRole)
            if key not in self._order:
                found.setCheckState(Qt.CheckState.Checked)
                self._order.append(key)
        self.list.blockSignals(False)
        self._show_chosen()
        self.changed.emit()

    def display(self, value: Any) -> str:
        return language_names(value)


class LeftToRightText(QStyledItemDelegate):
    """Cells of text that reads left to right in any layout ("+970 59…", "name@org.org"): shown and edited
    left to right inside a right-to-left table, whose columns keep the window's order."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return editor


class RowsField(QWidget):
    """A small table of rows the officer adds and removes: phones, e-mails, needs by sector.

    ``columns`` are (key, header, editor factory or None for plain text). Each row becomes a dict; rows whose
    ``key`` column is empty are dropped (a phone row with no number). A column with an editor is as wide as
    its longest choice, so a value chosen in a new row reads in full; text columns share the rest.
    """

    changed = Signal()
    TEXT_COLUMN_WIDTH = 120  # the least a text column (a note, a number) keeps

    def __init__(
        self,
        columns: Sequence[tuple[str, str, Callable[[], FieldEditor] | None]],
        add_text: str,
        key: str,
        parent: QWidget | None = None,
        defaults: dict[str, Any] | None = None,
        left_to_right: bool = False,
    ) -> None:
        super().__init__(parent)
        self._key = key
        self._columns = list(columns)
        self._defaults = defaults or {}
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([header for _key, header, _make in columns])
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        width = 2 * self.table.frameWidth()
        for column, (key, _header, make) in enumerate(self._columns):
            if make is None:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                width += self.TEXT_COLUMN_WIDTH
                continue
            sample = make()
            if not isinstance(sample, QWidget):
                raise TypeError(f"the editor of column {key} is not a widget")
            fitted = max(
                sample.sizeHint().width(), sample.minimumSizeHint().width(), header.sectionSizeHint(column)
            ) + int(self.table.showGrid())  # and the grid line
            sample.deleteLater()
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, fitted)
            width += fitted
        self.table.setMinimumWidth(width)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if left_to_right:  # phone numbers and e-mail addresses read left to right in Arabic layouts too
            for column, (_key, _header, make) in enumerate(self._columns):
                if make is None:
                    self.table.setItemDelegateForColumn(column, LeftToRightText(self.table))
        self._fit_height()
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.setAccessibleName(add_text)
        add = QPushButton(add_text, self)
        add.clicked.connect(lambda: self.add_row(dict(self._defaults), focus=True))
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def add_row(self, values: dict[str, Any], focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (key, _header, make) in enumerate(self._columns):
            if make is None:
                self.table.setItem(
                    row, column, QTableWidgetItem("" if values.get(key) is None else str(values[key]))
                )
                continue
            editor = make()
            if not isinstance(editor, QWidget):
                raise TypeError(f"the editor of column {key} is not a widget")
            editor.set_value(values.get(key))
            editor.changed.connect(self.changed)
            self.table.setCellWidget(row, column, editor)
        self._fit_height()
        if focus:
            self._start_typing(row)
        self.changed.emit()

    def _start_typing(self, row: int) -> None:
        """Put the keyboard where a new row is typed in: its first text cell (the number, the address, the
        note), open for editing. The choices beside it start with a value (a label, the site's sector), and
        keys typed into a choice would pick in it or vanish."""
        column = next((c for c, (_key, _header, make) in enumerate(self._columns) if make is None), 0)
        self.table.setCurrentCell(row, column)
        editor = self.table.cellWidget(row, column)
        if editor is not None:  # a row of choices only
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.editItem(self.table.item(row, column))

    def set_default(self, key: str, value: Any) -> None:
        """What a column of a row added from now on starts with (the sector of a new need: the site's)."""
        self._defaults[key] = value

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._fit_height()
            self.changed.emit()

    def _fit_height(self) -> None:
        """Tall enough for every row (from two up to eight; more scroll), so no row hides below the edge."""
        rows = min(max(self.table.rowCount(), 2), 8)
        header = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(
            header + rows * self.table.verticalHeader().defaultSectionSize() + frame + 2
        )

    def value(self) -> list[dict[str, Any]]:
        found = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for column, (key, _header, make) in enumerate(self._columns):
                if make is None:
                    values[key] = self._text(row, column).strip()
                else:
                    editor = self.table.cellWidget(row, column)
                    values[key] = editor.value() if isinstance(editor, FieldEditor) else None
            if values[self._key] not in ("", None):
                found.append(values)
        return found

    def _text(self, row: int, column: int) -> str:
        """A text cell's text; while it is being typed in, the text typed so far. The table takes it only when
        the edit ends, and a form saved (Ctrl+S) or closed in the middle of a cell must not drop it."""
        editor = self.table.indexWidget(self.table.model().index(row, column))
        if isinstance(editor, QLineEdit):
            return editor.text()
        item = self.table.item(row, column)
        return item.text() if item else ""

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for values in value or ():
            self.add_row(dict(values))
        self._fit_height()
        self.changed.emit()

    def display(self, value: Any) -> str:
        """One line a row: each column as its editor shows it."""
        editors = {key: make() for key, _header, make in self._columns if make is not None}
        return "\n".join(
            " · ".join(
                part
                for key, _header, _make in self._columns
                if (part := editors[key].display(row.get(key)) if key in editors else str(row.get(key) or ""))
            )
            for row in value or ()
        )


class RecordPicker(QWidget):
    """Pick one record by typing part of its name: matches come from full-text search as you type."""

    changed = Signal()
    SEARCH_DELAY_MS = 120

    def __init__(
        self,
        search: Callable[[str], list[tuple[str, str]]],
        describe: Callable[[str], str],
        parent: QWidget | None = None,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._describe = describe
        self._id: str | None = None
        self._matches: dict[str, str] = {}
        self._texts: dict[str, str] = {}  # the names of the records shown or picked here, by id
        self._lookups = 0
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self._choices = QStringListModel(self)
        self.completer = QCompleter(self._choices, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._picked)  # type: ignore[index]  # the text, not the index
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._look_up)
        self.edit.textEdited.connect(self._typed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._set_id(None)
            return
        if self._id is not None:
            self._set_id(None, keep_text=True)
        self._timer.start()

    def _look_up(self) -> None:
        text = self.edit.text()
        self._lookups += 1
        lookup = self._lookups

        def done(found: list[tuple[str, str]]) -> None:
            if lookup == self._lookups:
                self._show_matches(found)

        run_in_background(lambda: self._search(text), done, lambda error: show_error(self, error), owner=self)

    def _show_matches(self, found: list[tuple[str, str]]) -> None:
        self._matches = {}
        for record_id, text in found:
            shown = text if text not in self._matches else f"{text} ({record_id[-6:]})"
            self._matches[shown] = record_id
        self._choices.setStringList(list(self._matches))
        if self._matches:
            self.completer.complete()

    def _picked(self, text: str) -> None:
        record_id = self._matches.get(text)
        if record_id is not None:
            self._texts[record_id] = text
            self._set_id(record_id)

    def _set_id(self, record_id: str | None, keep_text: bool = False) -> None:
        changed = record_id != self._id
        self._id = record_id
        if not keep_text:
            self._show_name(record_id)
        if changed:
            self.changed.emit()

    def _show_name(self, record_id: str | None) -> None:
        """The chosen record's name; one not known yet is read in the background and shown when read."""
        if record_id is None or record_id in self._texts:
            self.edit.setText(self._texts[record_id] if record_id else "")
            return
        self.edit.clear()
        describe = self._describe

        def read(texts: dict[str, str]) -> None:
            self._texts.update(texts)
            if self._id == record_id and not self.edit.text():
                self.edit.setText(texts[record_id])

        run_in_background(
            lambda: {record_id: describe(record_id)}, read, lambda e: show_error(self, e), owner=self
        )

    def texts_for(self, value: str | None) -> dict[str, str]:
        return {value: self._describe(value)} if value else {}

    def remember(self, texts: dict[str, str]) -> None:
        self._texts.update(texts)

    def value(self) -> str | None:
        return self._id

    def unchosen_text(self) -> str:
        """Text typed but not picked from the matches (empty when a record is chosen or nothing typed)."""
        return "" if self._id is not None else self.edit.text().strip()

    def set_value(self, value: str | None) -> None:
        self._set_id(value or None)

    def display(self, value: str | None) -> str:
        return self._texts.get(value, value) if value else ""  # names come with the values (see LinkEditor)
