"""Work written outside the window (a command in a terminal, a second start) is noticed, never lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cmcc_desktop.paths import AppPaths, resolve_paths
from cmcc_desktop.services import Services, Store
from cmcc_desktop.sync.exchange import export_bundle, import_bundle
from cmcc_desktop.ui.forms.changes_dialog import ChangesDialog
from cmcc_desktop.ui.forms.task_form import TaskForm
from cmcc_desktop.ui.main_window import MainWindow
from cmcc_desktop.ui.tabs.tasking_tab import TaskingTab
from cmcc_desktop.ui.window_lock import LOCK_FILE, WindowLock

from .conftest import form_of, main_window


def cli(data_dir: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcc_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def bundle_from_south(paths: AppPaths, tmp_path: Path) -> tuple[str, Path]:
    """A task made here and sent to CMCC South, whose officer then changed its description: the bundle."""
    south_paths = resolve_paths(tmp_path / "south")
    with (
        Store.open(paths, officer="Lina Haddad", team="CMCC North") as north,
        Store.open(south_paths, officer="Omar Khalil", team="CMCC South") as south,
    ):
        task = Services(north).tasks.create(title="Repair the Beit Lahia line", description="Survey first")
        export_bundle(north, tmp_path / "to-south.cmccsync", peer_team="CMCC South")
        import_bundle(south, tmp_path / "to-south.cmccsync", trust_signer=True)
        Services(south).tasks.update(task.id, description="Cable ordered; arrives Tuesday")
        export_bundle(south, tmp_path / "to-north.cmccsync", peer_team="CMCC North")
    return task.id, tmp_path / "to-north.cmccsync"


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, bundle_from_south: tuple[str, Path]) -> Iterator[MainWindow]:
    def ready(w: MainWindow) -> bool:
        return w.workspace is not None and w.workspace.tasking_tab.model.rowCount() == 1

    with main_window(qtbot, paths, ready) as opened:
        yield opened


def open_task(qtbot: QtBot, window: MainWindow, task_id: str) -> tuple[TaskingTab, TaskForm]:
    """The task selected in Tasking, and its form open."""
    tasking = window.workspace.tasking_tab  # type: ignore[union-attr]
    tasking.show_record(task_id)
    qtbot.waitUntil(lambda: tasking.showing() == task_id, timeout=5_000)
    tasking.open_form(task_id)
    return tasking, form_of(qtbot, tasking, TaskForm)


def test_an_import_from_the_command_line_reaches_the_open_form(
    qtbot: QtBot, window: MainWindow, paths: AppPaths, bundle_from_south: tuple[str, Path]
) -> None:
    task_id, bundle = bundle_from_south
    tasking, form = open_task(qtbot, window, task_id)
    form.fields["description"].set_value("Survey first; waiting for a cable")  # type: ignore[attr-defined]

    imported = cli(paths.data_dir, "sync", "import", str(bundle), "--trust-signer")
    assert imported.returncode == 0, imported.stderr
    assert "1 updated" in imported.stdout

    qtbot.waitUntil(lambda: form.notice.isVisible(), timeout=10_000)
    assert "Omar Khalil saved this task while you were editing" in form.notice.text()
    assert form.fields["description"].value() == "Survey first; waiting for a cable"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Cable ordered" in tasking.detail.toPlainText(), timeout=5_000)  # views too

    form.save()
    qtbot.waitUntil(lambda: form.findChild(ChangesDialog) is not None, timeout=10_000)
    (choice,) = form.findChild(ChangesDialog).choices_
    assert choice.name == "description" and "Omar Khalil (CMCC South)" in choice.theirs_button.text()


def test_a_form_with_nothing_typed_takes_what_was_saved_elsewhere(
    qtbot: QtBot, window: MainWindow, paths: AppPaths, bundle_from_south: tuple[str, Path]
) -> None:
    task_id, bundle = bundle_from_south
    _tasking, form = open_task(qtbot, window, task_id)
    assert cli(paths.data_dir, "sync", "import", str(bundle), "--trust-signer").returncode == 0
    qtbot.waitUntil(
        lambda: form.fields["description"].value() == "Cable ordered; arrives Tuesday",  # type: ignore[attr-defined]
        timeout=10_000,
    )
    assert "Updated with the changes Omar Khalil saved" in form.notice.text()
    assert not form.is_dirty()


def test_one_window_per_data_folder(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    first_lock, second_lock = WindowLock(paths), WindowLock(paths)
    assert first_lock.acquire()
    assert not second_lock.acquire()
    assert second_lock.holder()[0] == os.getpid()
    shown: list[Path | None] = []
    first_lock.listen(shown.append)
    assert second_lock.ask_to_show()
    qtbot.waitUntil(lambda: shown == [None], timeout=5_000)
    bundle = tmp_path / "from south.cmccsync"  # a second start given a sync bundle passes it on
    assert second_lock.ask_to_show(bundle)
    qtbot.waitUntil(lambda: shown == [None, bundle.resolve()], timeout=5_000)
    first_lock.release()
    assert second_lock.acquire()  # closed: the next start may open it
    second_lock.release()


def test_a_second_start_brings_the_open_window_forward_and_a_crashed_ones_lock_is_taken_over(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    log = data / "logs" / "cmcc-desktop.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cmcc_desktop",
            "--data-dir",
            str(data),
            "--officer",
            "Lina Haddad",
            "--team",
            "North",
        ],
        env=env,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not (log.exists() and "window open on" in log.read_text()):
            assert time.monotonic() < deadline and first.poll() is None, "the first window did not open"
            time.sleep(0.1)
        second = cli(data, timeout=30)
        assert second.returncode == 0
        assert "already open" in second.stderr and "brought to the front" in second.stderr
        deadline = time.monotonic() + 10
        while "brought to the front for a second start" not in log.read_text():
            assert time.monotonic() < deadline, "the first window was not asked to come forward"
            time.sleep(0.1)
    finally:
        first.send_signal(signal.SIGKILL)  # a crash: its lock file stays behind
        first.wait(10)
    assert (data / LOCK_FILE).exists()
    third = cli(data, "--smoke-test", timeout=60)
    assert third.returncode == 0, third.stderr
