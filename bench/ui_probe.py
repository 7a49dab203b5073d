"""Run in a fresh process by ``bench/ui.py``: open a window, time it, print one JSON line, exit.

``python -m bench.ui_probe app DATA_DIR``: the real main window over DATA_DIR; prints the wall-clock time of
its first paint (the parent subtracts the moment it started the process), then the search-as-you-type, tab-switch and peak-memory figures.
``python -m bench.ui_probe bare``: the baseline, a bare PySide6 window with one empty table and two tabs,
timed the same way.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget

SEARCHES = (
    "ahmad",
    "water",
    "liaison officer",
    "أحمد",
    "hassan",
    "unicef",
    "engineer",
    "nour",
    "+97059",
    "khan",
)


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.time()  # wall clock: the parent measures from the moment it started this process
        return False


def peak_mb() -> float:
    """This process's peak resident memory. Read from /proc (VmHWM), not getrusage: Linux carries a parent's
    ru_maxrss over fork and exec, so a probe started by a bench that has just built demo data would report
    the bench's own peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # no /proc: not Linux


def wait(app: QApplication, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.001)


def timed_switches(app: QApplication, tabs: QTabWidget) -> float:
    times = []
    for _ in range(5):
        for index in [*range(1, tabs.count()), 0]:
            start = time.perf_counter()
            tabs.setCurrentIndex(index)
            tabs.currentWidget().repaint()
            app.processEvents()
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare() -> dict[str, float]:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    tabs.addTab(QTableView(tabs), "One")
    tabs.addTab(QTableView(tabs), "Two")
    window.setCentralWidget(tabs)
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.resize(1280, 780)
    window.show()
    wait(app, lambda: probe.at is not None)
    return {"first_paint": probe.at or 0.0, "switch": timed_switches(app, tabs), "peak_mb": peak_mb()}


def app_window(data_dir: str) -> dict[str, float]:
    from cmcc_desktop.paths import resolve_paths
    from cmcc_desktop.ui.app import create_application
    from cmcc_desktop.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    window = MainWindow(resolve_paths(data_dir))
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    wait(app, lambda: probe.at is not None)
    first_paint = probe.at or 0.0
    wait(app, lambda: window.workspace is not None)
    people = window.workspace.contacts_page.people
    wait(app, lambda: people.model.rowCount() > 0)
    rows_shown = time.time()

    searches = []
    raw_searches = []
    raw = sqlite3.connect(Path(data_dir) / "cmcc.sqlite3")
    from cmcc_desktop.db.search_index import match_expression

    reloads: list[bool] = []
    people.model.reloaded.connect(lambda: reloads.append(True))
    for term in SEARCHES * 2:
        before = len(reloads)
        start = time.perf_counter()
        people.search_box.setText(term)
        people._search_timer.stop()
        people._apply_search()  # the debounce delay itself is not counted
        wait(app, lambda before=before: len(reloads) > before)
        people.table.viewport().repaint()
        searches.append(time.perf_counter() - start)
        start = time.perf_counter()
        raw.execute(
            "SELECT c.id FROM contact c WHERE c.deleted_at IS NULL AND c.id IN (SELECT d.record_id FROM search_index s "
            "JOIN search_doc d ON d.docid = s.rowid WHERE search_index MATCH ? AND d.entity = 'contact') "
            "ORDER BY c.full_name, c.id",
            (match_expression(term),),
        ).fetchall()
        raw_searches.append(time.perf_counter() - start)
    people.search_box.setText("")
    people._apply_search()
    switch = timed_switches(app, window.tabs) if window.tabs.count() > 1 else 0.0
    window.close()
    return {
        "first_paint": first_paint,
        "rows_shown": rows_shown,
        "search": statistics.median(searches),
        "raw_search": statistics.median(raw_searches),
        "switch": switch,
        "peak_mb": peak_mb(),
    }


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = bare() if sys.argv[1] == "bare" else app_window(sys.argv[2])
    print(json.dumps(figures), flush=True)
