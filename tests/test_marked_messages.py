"""Every message an officer may read is marked for translation where it is written.

``pyside6-lupdate`` extracts only the literals inside ``N_``/``NP_`` (and the window's own ``tr``), so a
template given bare to an error stays English in the Arabic window. This scan reads the source and refuses:

- a template given to :class:`~cmcc_desktop.errors.CmccError` or any subclass (found by importing every module),
  to ``ValidationError.single`` or to a nested :class:`~cmcc_desktop.errors.Message` as a bare string or
  f-string instead of ``N_(...)``/``NP_(...)``;
- a message parameter that is bare English ("Caption" rather than ``N_("Caption")``: a field name is
  translated with its message only when it is marked);
- a bare English label given to a field check of ``rules.validation`` (``v.Text("Caption")``), which becomes
  such a parameter;
- ``N_``/``NP_`` given anything but a string literal (an f-string, a variable), which lupdate cannot read.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cmcc_desktop
from cmcc_desktop.errors import CmccError, Message, ValidationError
from cmcc_desktop.rules import validation

SOURCE = Path(cmcc_desktop.__file__).resolve().parent
_MARKERS = {"N_", "NP_"}
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


@dataclass(frozen=True)
class Takes:
    """Where a callable takes a template or a label, and which of its keywords are message parameters."""

    position: int
    keyword: str
    params: bool  # it takes ``**params``: every keyword not named below is a message parameter
    named: frozenset[str]


def takes(function: Callable[..., Any], keyword: str) -> Takes | None:
    parameters = inspect.signature(function).parameters.values()
    positional = [p.name for p in parameters if p.kind in _POSITIONAL]
    if keyword not in positional:
        return None
    return Takes(
        positional.index(keyword),
        keyword,
        any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters),
        frozenset(p.name for p in parameters if p.kind is not inspect.Parameter.VAR_KEYWORD),
    )


@dataclass(frozen=True)
class Rules:
    errors: dict[str, Takes | None]  # every error class by name; None: it takes no template (it makes one)
    single: Takes
    labels: dict[str, Takes]  # the field checks of rules.validation that take a label


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def rules() -> Rules:
    for module in pkgutil.walk_packages(cmcc_desktop.__path__, "cmcc_desktop."):
        if ".migrations" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)  # so that every error class is among the subclasses
    errors = {cls.__name__: takes(cls, "template") for cls in [CmccError, *_subclasses(CmccError)]}
    errors[Message.__name__] = takes(Message, "template")
    single = takes(ValidationError.single, "template")
    assert single is not None
    labels = {
        name: found
        for name, value in vars(validation).items()
        if callable(value)
        and getattr(value, "__module__", None) == validation.__name__
        and (found := takes(value, "label")) is not None
    }
    assert {"Text", "choice", "optional_text"} <= labels.keys()
    return Rules(errors, single, labels)


def _bare(expr: ast.expr) -> bool:
    """A template lupdate cannot see: a string literal or f-string that is not inside N_/NP_ (a name or a
    subscript is marked where its literal is written)."""
    if isinstance(expr, ast.Constant):
        return isinstance(expr.value, str)
    if isinstance(expr, ast.JoinedStr):
        return True
    if isinstance(expr, ast.BinOp):
        return _bare(expr.left) or _bare(expr.right)
    if isinstance(expr, ast.IfExp):
        return _bare(expr.body) or _bare(expr.orelse)
    if isinstance(expr, ast.BoolOp):
        return any(_bare(value) for value in expr.values)
    return False


def _english(expr: ast.expr) -> bool:
    """Words given bare as a parameter or a label (a literal with letters in it, or a fallback such as
    ``names or "none"``); punctuation, numbers and computed values are not."""
    if isinstance(expr, ast.Constant):
        return isinstance(expr.value, str) and any(char.isalpha() for char in expr.value)
    if isinstance(expr, ast.JoinedStr):
        return any(_english(part) for part in expr.values if isinstance(part, ast.Constant))
    if isinstance(expr, ast.BinOp):
        return _english(expr.left) or _english(expr.right)
    if isinstance(expr, ast.IfExp):
        return _english(expr.body) or _english(expr.orelse)
    if isinstance(expr, ast.BoolOp):
        return any(_english(value) for value in expr.values)
    return False


def _argument(call: ast.Call, where: Takes) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == where.keyword:
            return keyword.value
    if any(isinstance(arg, ast.Starred) for arg in call.args[: where.position + 1]):
        return None
    return call.args[where.position] if len(call.args) > where.position else None


def _name(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    return None


class _Scan(ast.NodeVisitor):
    def __init__(self, rules: Rules, tree: ast.Module) -> None:
        self.rules = rules
        self.found: list[tuple[int, str]] = []
        self.classes: list[bool] = []  # for each enclosing class: is it an error class?
        # How this module reaches the field checks: the validation module's aliases, names imported from it,
        # and (in validation.py) the checks it defines itself.
        self.modules: set[str] = set()
        self.checks: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                source = (node.module or "").split(".")
                for alias in node.names:
                    if alias.name == "validation" and source[-1] in ("", "rules"):
                        self.modules.add(alias.asname or alias.name)
                    elif source[-1] == "validation" and alias.name in rules.labels:
                        self.checks.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.endswith("rules.validation") and alias.asname:
                        self.modules.add(alias.asname)
        self.checks.update(
            node.name
            for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name in rules.labels
        )

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        known = self.rules.errors
        self.classes.append(node.name in known or any(_name(base) in known for base in node.bases))
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        template: Takes | None = None
        if name in self.rules.errors:
            template = self.rules.errors[name]
        elif (
            name == "single"
            and isinstance(node.func, ast.Attribute)
            and _name(node.func.value) == "ValidationError"
        ):
            template = self.rules.single
        elif (
            name == "__init__"
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Call)
            and _name(node.func.value.func) == "super"
            and self.classes
            and self.classes[-1]
        ):
            template = self.rules.errors[CmccError.__name__]
        if template is not None:
            self._check_message(node, name or "", template)
        if name in _MARKERS and isinstance(node.func, ast.Name):
            text = node.args[0] if node.args else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                shown = ast.unparse(text)[:60] if text is not None else "nothing"
                self.found.append((node.lineno, f"{name}() is given {shown}, which lupdate cannot read"))
        label = self._label_check(node)
        if label is not None:
            given = _argument(node, label)
            if given is not None and _english(given):
                self.found.append((node.lineno, f"{name}() is given the label {ast.unparse(given)} unmarked"))
        self.generic_visit(node)

    def _check_message(self, node: ast.Call, name: str, where: Takes) -> None:
        given = _argument(node, where)
        if given is not None and _bare(given):
            self.found.append(
                (node.lineno, f"{name}() is given the template {ast.unparse(given)[:60]} unmarked")
            )
        if where.params:
            for keyword in node.keywords:
                if keyword.arg is not None and keyword.arg not in where.named and _english(keyword.value):
                    shown = ast.unparse(keyword.value)[:60]
                    self.found.append((node.lineno, f"{name}() is given {keyword.arg}={shown} unmarked"))

    def _label_check(self, node: ast.Call) -> Takes | None:
        func = node.func
        if isinstance(func, ast.Name) and func.id in self.checks:
            return self.rules.labels[func.id]
        if isinstance(func, ast.Attribute) and _name(func.value) in self.modules:
            return self.rules.labels.get(func.attr)
        return None


def unmarked(source: str, filename: str, rules: Rules) -> list[str]:
    """``file:line: what`` for every message in ``source`` that is not marked."""
    tree = ast.parse(source, filename)
    scan = _Scan(rules, tree)
    scan.visit(tree)
    return [f"{filename}:{line}: {what}" for line, what in sorted(scan.found)]


RULES = rules()

UNMARKED = """
from cmcc_desktop.errors import CmccError, Message, ValidationError
from cmcc_desktop.i18n import N_
from cmcc_desktop.rules import validation as v
from cmcc_desktop.rules.validation import FieldProblem, choice


def check(value, name):
    raise CmccError("The {name} is wrong.", name=name)  # unmarked
    raise v.FieldProblem(f"{value} is wrong.")  # unmarked
    raise FieldProblem(N_("{label} is wrong."), label="Caption")  # unmarked
    raise CmccError(N_("Fine {y}.") if value else "Not fine {y}.", y=1)  # unmarked
    ValidationError.single("caption", "Caption is wrong.")  # unmarked
    Message("not {what}", what=N_("a list"))  # unmarked
    v.Text("Caption")  # unmarked
    choice(value, {}, "Sector")  # unmarked
    raise CmccError(N_("{who} did it."), who=name or "someone")  # unmarked
    raise CmccError(N_(f"{name} is wrong."))  # unmarked


class Refusal(CmccError):
    def __init__(self):
        super().__init__("Refused.")  # unmarked
"""

MARKED = """
from cmcc_desktop.errors import CmccError, DatabaseError, Message, ValidationError
from cmcc_desktop.i18n import N_, NP_
from cmcc_desktop.rules import validation as v

SENTENCES = {"contact": N_("No contact with id {record_id} exists here.")}


def check(value, name, rng, template, exc):
    raise CmccError(N_("The {name} is wrong."), name=name)
    raise v.FieldProblem(NP_("%Ln value(s) are wrong.", "", 0), n=len(value))
    raise v.FieldProblem(N_("{label} is wrong."), label=N_("Caption"))
    raise CmccError(N_("Fine.") if value else N_("Not fine."))
    ValidationError.single("caption", N_("Caption is wrong."))
    raise CmccError(SENTENCES[name], record_id=str(value))
    raise DatabaseError(template, reason=str(exc))
    raise CmccError(N_("{first}, {rest}"), first="", rest="''")
    raise CmccError(N_("{who} did it."), who=name or N_("someone"))
    Message(N_("not {what}"), what=N_("a list"))
    v.Text(N_("Caption"))
    rng.choice(["a", "b"])
    print("Plain English for the command line")


class Refusal(CmccError):
    def __init__(self, reason):
        super().__init__(reason.template, **reason.params)
"""


def test_the_scan_finds_every_kind_of_unmarked_message() -> None:
    found = unmarked(UNMARKED, "sample.py", RULES)
    expected = [number for number, line in enumerate(UNMARKED.splitlines(), 1) if line.endswith("# unmarked")]
    assert [int(entry.split(":")[1]) for entry in found] == expected, found
    assert found[0] == "sample.py:9: CmccError() is given the template 'The {name} is wrong.' unmarked"


def test_the_scan_lets_marked_messages_and_other_text_through() -> None:
    assert unmarked(MARKED, "sample.py", RULES) == []


def test_every_message_below_and_in_the_window_is_marked() -> None:
    found = [
        entry
        for path in sorted(SOURCE.rglob("*.py"))
        if "migrations" not in path.parts
        for entry in unmarked(path.read_text(encoding="utf-8"), str(path.relative_to(SOURCE.parent)), RULES)
    ]
    assert not found, "\n".join(found)
