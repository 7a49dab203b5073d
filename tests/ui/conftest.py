"""UI tests: each starts with no remembered window settings, and a message box nobody expected fails the
test instead of waiting forever for a click."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def fresh_settings() -> None:
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **_kwargs: Any) -> Any:
        texts = [a for a in args if isinstance(a, str)]
        if args and isinstance(args[0], QMessageBox):
            texts += [args[0].text(), args[0].detailedText()]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("exec", "warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
