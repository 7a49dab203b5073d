"""Every string the window shows is marked for translation, where ``pyside6-lupdate`` finds it, in the context
the window looks it up in.

Two scans of the sources of ``cmcc_desktop.ui``:

- text put on screen (``setText``, ``QLabel(...)``, ``QMessageBox.warning``, a table's column titles…) is never a
  bare English literal: it goes through ``self.tr``, ``tr`` or ``QCoreApplication.translate``;
- each literal the window translates is extracted by lupdate in the context it is translated in at run time:
  ``self.tr`` in its class, ``tr`` (from ``ui/i18n.py``) in the empty context, ``translate("Ctx", ...)`` in
  "Ctx"; a message with a count has plural forms, and is not translated with ``self.tr`` in a class that
  others inherit from (PySide6 finds no plural form for a count on an instance of a subclass).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import cmcc_desktop
from cmcc_desktop.ui import detail_html

SOURCES = Path(cmcc_desktop.__file__).parent
UI = SOURCES / "ui"

# Calls that put text on screen, and which of their arguments is that text: a position (negative: from the
# end) or a keyword. None: the call's first argument, or its second after an icon.
TEXT_ARGUMENTS: dict[str, tuple[int | str, ...] | None] = {
    # setters
    **dict.fromkeys(
        [
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setPlaceholderText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setLabelText",
            "setCancelButtonText",
            "setInformativeText",
            "setDetailedText",
            "setTitle",
            "setHtml",
            "showMessage",
            "setItemText",
            "setTabText",
            "setTabToolTip",
            "setPrefix",
            "setSuffix",
            "setSpecialValueText",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "setHeaderLabels",
            "addItems",
            "show_problem",
        ],
        (0,),
    ),
    # adders and widgets, which may take an icon before their text
    **dict.fromkeys(
        [
            "addItem",
            "addAction",
            "addMenu",
            "addButton",
            "addRow",
            "QLabel",
            "QPushButton",
            "QToolButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QMenu",
            "QAction",
            "QTableWidgetItem",
            "QListWidgetItem",
            "ElidedLabel",
            "FilterCombo",
        ],
        None,
    ),
    "addTab": (-1,),
    "insertTab": (-1,),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0, 1),
    **dict.fromkeys(
        ("QMessageBox.information", "QMessageBox.warning", "QMessageBox.critical", "QMessageBox.question"),
        (1, 2),
    ),
    "QMessageBox.about": (1, 2),
    **dict.fromkeys(
        (
            "QFileDialog.getOpenFileName",
            "QFileDialog.getOpenFileNames",
            "QFileDialog.getSaveFileName",
            "QFileDialog.getExistingDirectory",
        ),
        (1, 3, "caption", "filter"),
    ),
    **dict.fromkeys(
        ("QInputDialog.getText", "QInputDialog.getItem", "QInputDialog.getMultiLineText"), (1, 2, 3)
    ),
    "QToolTip.showText": (1,),
    # the window's own helpers
    "TableColumn": (1,),
    "run_operation": (1,),
    "ask_text": (1, 2),
    "TextDialog": (1, 2),
    "add_combo_filter": (1, 3),
    "add_check_filter": (1,),
    "add_field": (1, "hint"),
    "RowsField": (1,),
    "DateField": (1,),
    "ChoiceField": ("empty",),
    "RecordPicker": (3, "placeholder"),
    "CmccError": (0,),  # its template, marked with N_ and translated where it is shown
}
# Literals with letters that are not words to translate, each with why. Keep it short: a string an officer
# reads belongs in tr(). Object names, style sheets, icon names and date formats need no entry: they go to
# calls that are not in TEXT_ARGUMENTS (setObjectName, setStyleSheet, icon, setDisplayFormat), and markup
# (tags, entities) is no text either.
ALLOWED: dict[str, str] = {}
# Calls that translate (or mark for translation) the literal they are given.
TRANSLATING = {"tr", "translate", "N_", "NP_", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
_MARKUP = re.compile(r"<[^<>]*>|&[a-zA-Z]+;")
_HOLE = "\x00"  # where an f-string puts a value


def _callee(call: ast.Call) -> str:
    """The name a call goes by here: QMessageBox.warning for a call on that class, else the bare name
    (setText, QLabel)."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and f"{func.value.id}.{func.attr}" in TEXT_ARGUMENTS:
            return f"{func.value.id}.{func.attr}"
        return func.attr
    return ""


def _is_icon(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and "icon" in _callee(node).lower()


def _text_arguments(call: ast.Call, callee: str) -> Iterator[ast.expr]:
    wanted = TEXT_ARGUMENTS[callee]
    if wanted is None:
        start = 1 if call.args and _is_icon(call.args[0]) else 0
        wanted = (start,)
    for where in wanted:
        if isinstance(where, str):
            yield from (k.value for k in call.keywords if k.arg == where)
        elif -len(call.args) <= where < len(call.args):
            yield call.args[where]


def _bare_texts(node: ast.expr) -> Iterator[str]:
    """The literal text in an expression that is shown as it is written (not translated)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(
            part.value if isinstance(part, ast.Constant) else _HOLE for part in node.values
        )  # the whole template, so that markup split by a value ("<a href='{url}'>") still reads as markup
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                yield from _bare_texts(part.value)
    elif isinstance(node, ast.BinOp):
        yield from _bare_texts(node.left)
        yield from _bare_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _bare_texts(node.body)
        yield from _bare_texts(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _bare_texts(value)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _bare_texts(element)
    elif isinstance(node, ast.Call) and _callee(node) not in TRANSLATING:
        # "…".format(…) and ", ".join(…) show their own text and their arguments; other calls compute theirs
        if _callee(node) in ("format", "join") and isinstance(node.func, ast.Attribute):
            yield from _bare_texts(node.func.value)
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                yield from _bare_texts(argument)
        elif _callee(node) in ("str", "escape"):
            for argument in node.args:
                yield from _bare_texts(argument)


def _has_words(text: str) -> bool:
    return text not in ALLOWED and any(c.isalpha() for c in _MARKUP.sub("", text))


def unmarked_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) of each literal with letters that reaches the screen untranslated."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and (callee := _callee(node)) in TEXT_ARGUMENTS:
            for argument in _text_arguments(node, callee):
                found += [(argument.lineno, t) for t in _bare_texts(argument) if _has_words(t)]
    return found


def _ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def _name(path: Path) -> str:
    return str(path.relative_to(SOURCES.parent))


def test_text_on_screen_is_translated() -> None:
    unmarked = [
        f"{_name(path)}:{line}: {text!r}"
        for path in _ui_files()
        for line, text in unmarked_texts(path.read_text(encoding="utf-8"))
    ]
    assert not unmarked, "shown without tr():\n" + "\n".join(unmarked)


@pytest.mark.parametrize(
    "snippet",
    [
        'label = QLabel("Hello", self)',
        'self.setWindowTitle(f"Report of {name}")',
        'QMessageBox.warning(self, self.tr("Title"), "Something went wrong")',
        'menu.addAction(icon("x"), "Open…")',
        'self.tabs.addTab(page, icon("tasks"), "Tasks")',
        'box.setText("Saved " + path)',
        'box.setText("{n} saved".format(n=n))',
        'box.setText(self.tr("{a}, {b}").format(a="one", b=b))',
        'columns = [TableColumn("title", "Title")]',
        "dialog.setHtml(f\"<p style='color:gray'>{note} Nothing here.</p>\")",
    ],
)
def test_the_scan_finds_text_shown_untranslated(snippet: str) -> None:
    assert unmarked_texts(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        'label = QLabel(self.tr("Hello"), self)',
        'self.setWindowTitle(self.tr("Report of {name}").format(name=name))',
        'QMessageBox.warning(self, tr("Title"), QCoreApplication.translate("Ctx", "Gone"))',
        'menu.addAction(icon("x"), self.tr("Open…"))',
        'self.paper.addItem(tr("A4"), "a4")',
        'box.setText(f"{label(STATUSES, status)}: {count}")',
        'columns = [TableColumn("title", self.tr("Title"))]',
        "dialog.setHtml(f\"<p style='color:gray'>{note}</p>\")",
        'row.addRow("", note)',
    ],
)
def test_the_scan_lets_translated_text_and_markup_through(snippet: str) -> None:
    assert not unmarked_texts(snippet)


# -- contexts ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lookup:
    """A literal the window translates: the context it is looked up in at run time, and whether with a count."""

    context: str
    source: str
    plural: bool
    where: str


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Lookups(ast.NodeVisitor):
    """The literal lookups of one module, and what is wrong with the way it translates."""

    def __init__(self, name: str, inherited: set[str]) -> None:
        self.name = name
        self.inherited = inherited
        self.classes: list[str] = []
        self.found: list[Lookup] = []
        self.problems: list[str] = []
        self.calls_tr = False  # a bare tr(...): it must be the one of ui/i18n.py
        self.imports_tr = False

    def visit_Module(self, node: ast.Module) -> None:
        self.generic_visit(node)
        if self.calls_tr and not self.imports_tr:
            self.problems.append(f"{self.name}: tr() is called, but not imported from i18n")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        parameters = {a.arg for a in node.args.args}
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and _callee(call) == "translate" and len(call.args) > 1):
                continue
            text = call.args[1]
            if isinstance(text, ast.Call) and _callee(text) == "str" and text.args:
                text = text.args[0]
            if isinstance(text, ast.Name) and text.id in parameters:
                self.problems.append(
                    f"{self.name}:{node.lineno}: {node.name}() translates its argument in a context of its own, "
                    "where lupdate extracts nothing: use tr from ui/i18n.py or self.tr"
                )
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id == "tr" and isinstance(node.ctx, ast.Store):
            self.problems.append(f"{self.name}:{node.lineno}: tr bound here is not the tr of ui/i18n.py")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if any(alias.name == "tr" for alias in node.names):
            if node.module == "i18n":
                self.imports_tr = True
            else:
                self.problems.append(
                    f"{self.name}:{node.lineno}: tr imported from {node.module}, not from i18n"
                )

    def visit_Call(self, node: ast.Call) -> None:
        func, where = node.func, f"{self.name}:{node.lineno}"
        text = _literal(node.args[0]) if node.args else None
        if isinstance(func, ast.Attribute) and func.attr == "tr" and text is not None:
            plural = len(node.args) > 2 or any(k.arg == "n" for k in node.keywords)
            if not (isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes):
                self.problems.append(
                    f"{where}: {ast.unparse(func)}({text!r}) is looked up in the context of the object's class, "
                    "which lupdate cannot know: use self.tr in that class, or QCoreApplication.translate"
                )
            elif plural and self.classes[-1] in self.inherited:
                self.problems.append(
                    f"{where}: self.tr({text!r}) with a count in {self.classes[-1]}, which other classes "
                    f'inherit: use QCoreApplication.translate("{self.classes[-1]}", ...)'
                )
            else:
                self.found.append(Lookup(self.classes[-1], text, plural, where))
        elif isinstance(func, ast.Name) and func.id in ("tr", "N_", "NP_", "QT_TR_NOOP") and text is not None:
            self.calls_tr = self.calls_tr or func.id == "tr"
            plural = func.id == "NP_" or (func.id == "tr" and len(node.args) > 2)
            self.found.append(Lookup("", text, plural, where))
        elif _callee(node) in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) > 1:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and text is not None:
                self.found.append(Lookup(context, text, len(node.args) > 3, where))
        self.generic_visit(node)


def _inherited_classes(trees: dict[str, ast.Module]) -> set[str]:
    return {
        base.id
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for base in node.bases
        if isinstance(base, ast.Name)
    }


def lookups(trees: dict[str, ast.Module]) -> tuple[list[Lookup], list[str]]:
    """Every literal lookup in these modules (by name), and the problems with how they translate."""
    inherited = _inherited_classes(trees)
    found, problems = [], []
    for name, tree in trees.items():
        visitor = _Lookups(name, inherited)
        visitor.visit(tree)
        found += visitor.found
        problems += visitor.problems
    return found, problems


def _ui_trees() -> dict[str, ast.Module]:
    return {
        _name(path): ast.parse(path.read_text(encoding="utf-8"))
        for path in _ui_files()
        if path.name != "i18n.py"  # the one place that translates its argument in the empty context
    }


def test_the_window_translates_in_ways_lupdate_follows() -> None:
    _found, problems = lookups(_ui_trees())
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("snippet", "problem"),
    [
        (
            "def tr(text):\n    return QCoreApplication.translate('details', text)\n",
            "a context of its own",
        ),
        ("class A(QWidget):\n    def f(self, page):\n        page.tr('People')\n", "page.tr"),
        (
            "class A(QWidget):\n    def f(self, n):\n        self.tr('%Ln row(s)', '', n)\n"
            "class B(A):\n    pass\n",
            "which other classes inherit",
        ),
        ("from .other import tr\n", "not from i18n"),
        (
            "class A(QWidget):\n    def f(self):\n        store, tr = self.store, self.window.tr\n",
            "tr bound here",
        ),
        ("def f():\n    return tr('Hello')\n", "not imported from i18n"),
        (
            "def _tr(text: object) -> str:\n    return QCoreApplication.translate('HistoryDialog', str(text))\n",
            "a context of its own",
        ),
    ],
)
def test_the_context_scan_finds_lookups_lupdate_cannot_follow(snippet: str, problem: str) -> None:
    _found, problems = lookups({"snippet.py": ast.parse(snippet)})
    assert any(problem in p for p in problems), problems


def _extracted(tmp_path: Path) -> tuple[dict[tuple[str, str], bool], list[tuple[str, str, str]]]:
    """What lupdate extracts, as ``make lupdate`` runs it: (context, source) -> has plural forms; and the
    (context, source, file) of each message found in the window's sources."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    ts = tmp_path / "scan.ts"
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "absolute",
            "-tr-function-alias",
            "QT_TR_NOOP+=N_,tr+=NP_",
            str(SOURCES),
            "-ts",
            str(ts),
        ],
        check=True,
        timeout=120,
    )
    messages: dict[tuple[str, str], bool] = {}
    in_ui = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            messages[(name, source)] = messages.get((name, source), False) or message.get("numerus") == "yes"
            for location in message.iter("location"):
                path = (ts.parent / location.get("filename", "")).resolve()
                if path.is_relative_to(UI):
                    in_ui.append((name, source, f"{_name(path)}:{location.get('line')}"))
    return messages, in_ui


def test_lupdate_extracts_each_string_in_the_context_it_is_looked_up_in(tmp_path: Path) -> None:
    found, _problems = lookups(_ui_trees())
    extracted, in_ui = _extracted(tmp_path)
    missing = [
        f"{lookup.where}: ({lookup.context!r}, {lookup.source!r})"
        for lookup in found
        if (lookup.context, lookup.source) not in extracted
    ]
    assert not missing, "looked up where lupdate does not put it:\n" + "\n".join(missing)
    singular = [
        f"{lookup.where}: {lookup.source!r}"
        for lookup in found
        if lookup.plural and not extracted[(lookup.context, lookup.source)]
    ]
    assert not singular, "a count, extracted without plural forms:\n" + "\n".join(singular)
    assert in_ui, "lupdate gave no file names: nothing to compare"
    looked_up = {(lookup.context, lookup.source) for lookup in found}
    stray = [f"{where}: ({c!r}, {s!r})" for c, s, where in in_ui if (c, s) not in looked_up]
    assert not stray, "extracted in a context nothing looks it up in:\n" + "\n".join(stray)


def test_a_detail_table_reads_from_the_right_in_a_right_to_left_window(qapp: QApplication) -> None:
    """Qt lays a rich-text table's columns out from the left in any direction: right to left, the label of a
    row is written last, so that it shows at the right, where an Arabic reader begins."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        html = detail_html.rows([("Status", "Open")])
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert html.index("Open") < html.index("Status") and "align='right'" in html and "padding-left" in html
    html = detail_html.rows([("Status", "Open")])
    assert (
        html.index("Status") < html.index("Open") and "align='right'" not in html and "padding-right" in html
    )
