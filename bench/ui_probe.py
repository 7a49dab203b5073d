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
from typing import Any

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


def timed_selections(app: QApplication, tab: Any, raw: sqlite3.Connection) -> dict[str, float]:
    """Select rows all over the list as the arrow keys and clicks do, and time each: how long the UI thread
    is busy with it (the selection itself, then putting the read detail in the pane), and how long until the
    detail shows. The baseline: reading the contact's row by id with ``sqlite3``."""
    shown_at: list[float] = []
    tab.detail_shown.connect(lambda _id: shown_at.append(time.perf_counter()))
    painting = tab._show_detail  # the UI thread's part once the detail is read

    def timed_painting(*args: Any, **kwargs: Any) -> None:
        start = time.perf_counter()
        painting(*args, **kwargs)
        ui_time[-1] += time.perf_counter() - start

    tab._show_detail = timed_painting
    rows = tab.model.rowCount()
    ui_time: list[float] = []
    until_shown: list[float] = []
    raw_reads: list[float] = []
    for step in range(40):
        row = (step * 7919 * 13) % rows  # spread over the whole list, pages not yet read included
        before = len(shown_at)
        ui_time.append(0.0)
        start = time.perf_counter()
        index = tab.model.index(row, 0)
        tab.table.setCurrentIndex(index)
        tab.table.scrollTo(index)
        ui_time[-1] += time.perf_counter() - start
        wait(app, lambda before=before: len(shown_at) > before)
        until_shown.append(shown_at[-1] - start)
        record_id = tab.model.record_id(row)
        start = time.perf_counter()
        raw.execute("SELECT * FROM contact WHERE id = ?", (record_id,)).fetchall()
        raw_reads.append(time.perf_counter() - start)
    return {
        "select_ui": statistics.median(ui_time),
        "select_shown": statistics.median(until_shown),
        "select_shown_max": max(until_shown),
        "raw_read": statistics.median(raw_reads),
    }


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

    raw = sqlite3.connect(Path(data_dir) / "cmcc.sqlite3")
    selections = timed_selections(app, people, raw)

    searches = []
    raw_searches = []
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
        **selections,
    }


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = bare() if sys.argv[1] == "bare" else app_window(sys.argv[2])
    print(json.dumps(figures), flush=True)
