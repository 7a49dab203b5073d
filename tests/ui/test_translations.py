"""The translation files: every marked string of the sources is in them (``make lupdate`` leaves them
unchanged), the Arabic one is finished with every plural form and placeholder, and the compiled .qm files the
app loads match their .ts sources."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from cmcc_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(resource_path("translations").glob("*.ts"))
ARABIC = resource_path("translations", "cmcc-desktop_ar.ts")
ENGLISH = resource_path("translations", "cmcc-desktop_en.ts")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")
# Sources an Arabic translation may leave as they are: names and codes.
KEPT_AS_IS = {"CMCC Desktop", "A4", "P-code", "HXL", "PDF", "CSV", "vCard", "GeoJSON"}  # names of formats


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def lupdate_runs() -> list[tuple[list[str], Path]]:
    """The command lines of ``make lupdate`` (read from the Makefile, so that both run the same one), each
    with the .ts file it writes."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    found = re.search(r"^LUPDATE = (.+)$", makefile, re.MULTILINE)
    assert found, "the Makefile defines LUPDATE"
    base = shlex.split(found.group(1).replace("$(BIN)/", ""))
    runs = []
    for line in re.findall(r"^\t\$\(LUPDATE\) (.+)$", makefile, re.MULTILINE):
        args = shlex.split(line)
        target = ROOT / args[args.index("-ts") + 1]
        runs.append(([_tool(base[0]), *base[1:], *args[: args.index("-ts")]], target))
    assert {target for _args, target in runs} == set(SOURCES)
    return runs


@pytest.mark.parametrize("run", lupdate_runs(), ids=lambda run: run[1].name if isinstance(run, tuple) else "")
def test_every_marked_string_is_in_the_translation_files(run: tuple[list[str], Path], tmp_path: Path) -> None:
    args, target = run
    copy = tmp_path / target.name
    shutil.copy(target, copy)
    subprocess.run([*args, "-ts", str(copy)], cwd=ROOT, check=True, timeout=120, capture_output=True)
    assert copy.read_text(encoding="utf-8") == target.read_text(encoding="utf-8"), (
        "the sources' marked strings differ from the .ts files: run `make lupdate`, translate what is new "
        "(see the README's section on translations), then `make translations`"
    )


def _messages(path: Path) -> list[tuple[str, str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_the_arabic_translation_is_finished() -> None:
    problems = []
    for context, source, message in _messages(ARABIC):
        translation = message.find("translation")
        forms = _forms(message)
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type") is not None or not all(forms):
            problems.append(f"{where} is not translated")
            continue
        if message.get("numerus") == "yes" and len(forms) != 6:
            problems.append(f"{where} has {len(forms)} plural forms, not Arabic's six")
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n", "%Ln"})
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n", "%Ln"}) != wanted:
                problems.append(f"{where}: {form!r} does not keep the placeholders {wanted}")
        count = next((mark for mark in ("%Ln", "%n") if mark in source), None)
        if count and not all(count in form for form in forms[3:]):
            problems.append(f"{where}: the plural forms for 3 and more must say the count ({count})")
        words = PLACEHOLDER.sub("", source)
        if forms[0] == source and re.search("[A-Za-z]{3}", words) and source not in KEPT_AS_IS:
            problems.append(f"{where} is left in English")
    assert not problems, "\n".join(problems)


def test_english_counts_have_both_forms() -> None:
    problems = [
        f"{context}: {source!r}"
        for context, source, message in _messages(ENGLISH)
        if message.get("numerus") == "yes" and (len(_forms(message)) != 2 or not all(_forms(message)))
    ]
    assert not problems, "English plural forms missing:\n" + "\n".join(problems)


@pytest.mark.parametrize("source", SOURCES, ids=[s.name for s in SOURCES])
def test_compiled_translations_are_up_to_date(source: Path, tmp_path: Path) -> None:
    compiled = tmp_path / source.with_suffix(".qm").name
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(compiled)], check=True, timeout=60
    )
    assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), "run `make translations`"
