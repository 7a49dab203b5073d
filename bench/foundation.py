"""Foundation cases: demo generation of 100k contacts, and full-text search over them.

- demo: ``demo.generate`` (build the records, stamp them, encode, insert, log each as a change for sync,
  index them for search) against a raw ``sqlite3`` script given the same contact rows, already built: it
  turns them into SQLite values (``json.dumps`` for lists, ISO text for dates) and inserts them with one
  ``executemany`` in one transaction, into the same table in a fresh database made by the same migrations.
  Three rounds, ours and the baseline alternated, each into a fresh database; the medians are compared (on
  this machine one run's timings vary by 10-15 %).
- search: the Contacts service's search (fold the query, FTS5 match, keep contacts, load 50 full records)
  against the same FTS5 query sent raw through ``sqlite3`` to the same database (its expression folded
  beforehand), returning the same 50 contact rows: the ratio is what the app adds to SQLite's own work.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
from pathlib import Path

from cmcc_desktop.db import search_index
from cmcc_desktop.db.models import Contact
from cmcc_desktop.paths import resolve_paths
from cmcc_desktop.services import Services, Store, demo

from .harness import Result, median_time, timed

CONTACTS = 100_000
SIZES = demo.DemoSizes(organisations=40, contacts=CONTACTS, sites=0, tasks=0, visits=0)
QUERIES = (
    "ahmad",
    "shaban",
    "أحمد",
    "water engineer",
    "liaison officer",
    "nour abu",
    "hassan",
    "محمد",
    "+97059",
    "dubois",
)
SEARCH_LIMIT = 50
ROUNDS = 3


def run(folder: Path) -> list[Result]:
    columns = [c.name for c in Contact.__table__.columns]
    rows = demo.build_records(1, SIZES)[Contact]
    ours_times, raw_times = [], []
    # Alternated, each into a fresh database: the medians are compared. Each round starts with the earlier
    # rounds' databases gone and no writes of theirs (or of anything else) pending on the disk (os.sync), so
    # one round's files do not slow the next.
    for round_ in range(ROUNDS):
        print(f"demo: generating {CONTACTS:,} contacts, round {round_ + 1} of {ROUNDS} …", flush=True)
        ours_dir = folder / f"ours-{round_}"
        store = Store.open(resolve_paths(ours_dir))
        os.sync()
        ours_times.append(timed(lambda store=store: demo.generate(store, seed=1, sizes=SIZES)))
        raw_dir = folder / f"raw-{round_}"
        raw_db = _fresh_schema(raw_dir)
        os.sync()
        raw_times.append(timed(lambda raw_db=raw_db: _raw_insert(raw_db, columns, rows)))
        raw_db.close()
        shutil.rmtree(raw_dir)
        if round_ < ROUNDS - 1:  # the last one is searched below
            store.close()
            shutil.rmtree(ours_dir)
    print(f"demo: ours {_seconds(ours_times)}; baseline {_seconds(raw_times)}", flush=True)
    results = [
        Result(
            f"demo generation of {CONTACTS:,} contacts (median of {ROUNDS})",
            statistics.median(ours_times),
            statistics.median(raw_times),
            3.0,
        )
    ]

    print("search: timing queries …", flush=True)
    services = Services(store)
    raw_db = sqlite3.connect(ours_dir / "cmcc.sqlite3")  # the same index, queried raw
    expressions = {query: search_index.match_expression(query) for query in QUERIES}
    for query in QUERIES:  # warm both the same way
        services.contacts.search(query, SEARCH_LIMIT)
        _raw_search(raw_db, expressions[query])
    ours_search = _median_over_queries(lambda q: services.contacts.search(q, SEARCH_LIMIT))
    raw_search = _median_over_queries(lambda q: _raw_search(raw_db, expressions[q]))
    results.append(
        Result(
            f"full-text search, {CONTACTS:,} contacts (median of {len(QUERIES)} queries)",
            ours_search,
            raw_search,
            max_ratio=2.0,
            max_ours_s=0.020,
        )
    )
    store.close()
    raw_db.close()
    return results


def _fresh_schema(folder: Path) -> sqlite3.Connection:
    """A database with the project's schema (made by its migrations), opened with plain sqlite3."""
    Store.open(resolve_paths(folder)).close()
    connection = sqlite3.connect(folder / "cmcc.sqlite3")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


def _raw_insert(connection: sqlite3.Connection, columns: list[str], rows: list[dict]) -> None:
    """What a plain script does: turn each row into SQLite values, then one executemany, one commit."""
    lists = {"phones", "emails", "languages", "sectors"}
    stamps = {"created_at", "updated_at"}
    values = [
        tuple(
            json.dumps(row[name])
            if name in lists
            else row[name].isoformat()
            if name in stamps or (name == "last_contacted" and row[name] is not None)
            else row.get(name)
            for name in columns
        )
        for row in rows
    ]
    with connection:
        connection.executemany(
            f"INSERT INTO contact ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values
        )


def _raw_search(connection: sqlite3.Connection, expression: str) -> list[tuple]:
    return connection.execute(
        "SELECT c.* FROM search_index AS s JOIN search_doc AS d ON d.docid = s.rowid "
        "JOIN contact AS c ON c.id = d.record_id "
        "WHERE search_index MATCH ? AND d.entity = 'contact' ORDER BY s.rank LIMIT ?",
        (expression, SEARCH_LIMIT),
    ).fetchall()


def _seconds(times: list[float]) -> str:
    return ", ".join(f"{t:.2f} s" for t in times)


def _median_over_queries(search) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(median_time(lambda q=q: search(q), repeat=9) for q in QUERIES)
