"""The proof of the sync model: random work on several laptops, bundles lost, duplicated, reordered and
replayed, clocks skewed by hours or years; after a final all-to-all exchange every laptop holds the same data,
and every value an officer wrote is either current, listed in a conflict, or was overwritten by someone who
had seen it."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from cmcc_desktop.db.engine import create_sqlite_engine
from cmcc_desktop.db.migrate import alembic_config
from cmcc_desktop.errors import CmccError
from cmcc_desktop.services import conflicts

from .helpers import Laptop, examples

TITLES = ["Engineer", "Liaison Officer", "Head of Office", "Driver", ""]
NOTES = ["", "met at checkpoint", "call after 14:00", "speaks French"]
PRIORITIES = ["urgent", "high", "normal", "low"]
EDITABLE = {
    "contact": {"title": TITLES, "notes": NOTES},
    "task": {"priority": PRIORITIES, "description": NOTES},
}


def _template_database() -> Path:
    """A migrated, empty database to copy for each laptop (migrating each one would dominate the run)."""
    folder = Path(tempfile.mkdtemp(prefix="cmcc-template-"))
    engine = create_sqlite_engine(folder / "cmcc.sqlite3")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    engine.dispose()
    return folder / "cmcc.sqlite3"


TEMPLATE = _template_database()


class Edit:
    def __init__(self, feed: str, seq: int, entity: str, record_id: str, field: str, value: str) -> None:
        self.feed, self.seq, self.entity, self.record_id, self.field, self.value = (
            feed,
            seq,
            entity,
            record_id,
            field,
            value,
        )
        self.superseded = False


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="cmcc-sync-"))
        self.laptops: list[Laptop] = []
        self.records: list[tuple[str, str]] = []  # (entity, id)
        self.edits: list[Edit] = []
        self.held: list[tuple[Path, int]] = []  # bundles kept back, to arrive late

    @initialize(
        teams=st.lists(st.sampled_from(["North", "South", "East"]), min_size=3, max_size=5).filter(
            lambda t: len(set(t)) >= 2
        )
    )
    def make_laptops(self, teams: list[str]) -> None:
        for index, team in enumerate(teams):
            folder = self.root / f"laptop{index}"
            folder.mkdir()
            shutil.copyfile(TEMPLATE, folder / "cmcc.sqlite3")
            self.laptops.append(Laptop(self.root, f"laptop{index}", team))
        first = self.laptops[0]  # a contact and a task every laptop holds, so edits can meet from step one
        self.records += [
            ("contact", first.services.contacts.create(full_name="Shared contact").id),
            ("task", first.services.tasks.create(title="Shared task").id),
        ]
        for other in self.laptops[1:]:
            first.send_to(other)

    def teardown(self) -> None:
        for laptop in self.laptops:
            laptop.close()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- officers' work -----------------------------------------------------------------------------------
    @rule(data=st.data(), entity=st.sampled_from(sorted(EDITABLE)))
    def create(self, data: st.DataObject, entity: str) -> None:
        laptop = data.draw(st.sampled_from(self.laptops))
        if entity == "contact":
            record = laptop.services.contacts.create(full_name=f"Person {len(self.records)}")
        else:
            record = laptop.services.tasks.create(title=f"Task {len(self.records)}")
        self.records.append((entity, record.id))

    @precondition(lambda self: self.records)
    @rule(data=st.data())
    def edit(self, data: st.DataObject) -> None:
        laptop = data.draw(st.sampled_from(self.laptops))
        held = self._live_records(laptop)
        if held:
            entity, record_id = data.draw(st.sampled_from(held))
            field = data.draw(st.sampled_from(sorted(EDITABLE[entity])))
            self._edit(laptop, entity, record_id, field, data.draw(st.sampled_from(EDITABLE[entity][field])))

    @precondition(lambda self: self.records)
    @rule(data=st.data())
    def edit_the_same_field_on_two_laptops(self, data: st.DataObject) -> None:
        first, second = data.draw(st.permutations(self.laptops))[:2]
        both = sorted(set(self._live_records(first)) & set(self._live_records(second)))
        if both:
            entity, record_id = data.draw(st.sampled_from(both))
            field = data.draw(st.sampled_from(sorted(EDITABLE[entity])))
            values = data.draw(st.permutations(EDITABLE[entity][field]))
            self._edit(first, entity, record_id, field, values[0])
            self._edit(second, entity, record_id, field, values[1])

    def _edit(self, laptop: Laptop, entity: str, record_id: str, field: str, value: str) -> None:
        before = self._last_shared_seq(laptop)
        self._service(laptop, entity).update(record_id, **{field: value})
        after = self._last_shared_seq(laptop)
        if after > before:
            self._supersede(laptop, record_id, field)
            self.edits.append(Edit(self._shared_feed(laptop), after, entity, record_id, field, value))

    def _live_records(self, laptop: Laptop) -> list[tuple[str, str]]:
        return [("contact", c.id) for c in laptop.services.contacts.find()] + [
            ("task", t.id) for t in laptop.services.tasks.find()
        ]

    @precondition(lambda self: self.records)
    @rule(data=st.data(), deleting=st.booleans())
    def delete_or_restore(self, data: st.DataObject, deleting: bool) -> None:
        laptop = data.draw(st.sampled_from(self.laptops))
        entity, record_id = data.draw(st.sampled_from(self.records))
        service = self._service(laptop, entity)
        try:
            record = service.get(record_id)
        except CmccError:
            return
        if deleting and record.deleted_at is None:
            service.delete(record_id)
        elif not deleting and record.deleted_at is not None:
            service.restore(record_id)

    @rule(data=st.data())
    def resolve_a_conflict(self, data: st.DataObject) -> None:
        laptop = data.draw(st.sampled_from(self.laptops))
        found = conflicts.conflicts(laptop.store)
        if not found:
            return
        conflict = data.draw(st.sampled_from(found))
        if conflict.kind != "values":
            conflicts.settle_deletion(laptop.store, conflict, data.draw(st.booleans()))
            return
        value = data.draw(st.sampled_from([v.value for v in conflict.values]))
        conflicts.resolve(laptop.store, conflict, {conflict.field: value})
        self._supersede(laptop, conflict.record_id, conflict.field)
        seq = self._last_shared_seq(laptop)
        self.edits.append(
            Edit(self._shared_feed(laptop), seq, conflict.entity, conflict.record_id, conflict.field, value)
        )

    @rule(
        data=st.data(),
        skew=st.sampled_from(
            [
                timedelta(0),
                timedelta(hours=-9),
                timedelta(hours=30),
                timedelta(days=-800),
                timedelta(days=3 * 365),
            ]
        ),
    )
    def skew_a_clock(self, data: st.DataObject, skew: timedelta) -> None:
        laptop = data.draw(st.sampled_from(self.laptops))
        laptop.store.clock = lambda: datetime.now(UTC) + skew

    # -- bundles --------------------------------------------------------------------------------------------
    @rule(data=st.data(), fate=st.sampled_from(["deliver", "deliver", "drop", "twice", "hold"]))
    def exchange(self, data: st.DataObject, fate: str) -> None:
        sender, receiver = data.draw(st.permutations(range(len(self.laptops))))[:2], None
        sender, receiver = self.laptops[sender[0]], self.laptops[sender[1]]
        bundle = sender.bundle_for(receiver)
        if fate in ("deliver", "twice"):
            receiver.receive(bundle)
        if fate == "twice":
            receiver.receive(bundle)
        if fate == "hold":
            self.held.append((bundle, self.laptops.index(receiver)))

    @precondition(lambda self: self.held)
    @rule(data=st.data())
    def deliver_a_late_bundle(self, data: st.DataObject) -> None:
        bundle, receiver = data.draw(st.sampled_from(self.held))
        self.laptops[receiver].receive(bundle)

    @invariant()
    def every_record_has_its_heads(self) -> None:
        """A record row always comes with the changes that made it. (Heads without a row are fine: a record
        whose later edits arrived before its creation.)"""
        for laptop in self.laptops:
            with laptop.store.read() as session:
                raw = session.connection().connection.driver_connection
                orphans = raw.execute(
                    "SELECT count(*) FROM (SELECT id FROM contact UNION ALL SELECT id FROM task) "
                    "WHERE id NOT IN (SELECT record_id FROM record_heads)"
                ).fetchone()[0]
                assert orphans == 0

    # -- the end --------------------------------------------------------------------------------------------
    def converge_and_check(self) -> None:
        for _round in range(6):
            brought = 0
            for sender, receiver in itertools.permutations(self.laptops, 2):
                result = sender.send_to(receiver)
                brought += result.changes
            if brought == 0:
                break
        dumps = {laptop.dump() for laptop in self.laptops}
        assert len(dumps) == 1, "laptops disagree after a full exchange"
        reference = self.laptops[0]
        listed = {
            (c.record_id, c.field): [v.value for v in c.values] for c in conflicts.conflicts(reference.store)
        }
        for edit in self.edits:
            if edit.superseded:
                continue
            current = getattr(self._service(reference, edit.entity).get(edit.record_id), edit.field)
            assert current == edit.value or edit.value in listed.get((edit.record_id, edit.field), []), (
                f"{edit.field}={edit.value!r} written on {edit.feed} vanished"
            )

    # -- helpers --------------------------------------------------------------------------------------------
    def _service(self, laptop: Laptop, entity: str):  # type: ignore[no-untyped-def]
        return laptop.services.contacts if entity == "contact" else laptop.services.tasks

    def _shared_feed(self, laptop: Laptop) -> str:
        return f"{laptop.store.identity.device_id}:s"

    def _last_shared_seq(self, laptop: Laptop) -> int:
        return self._holdings(laptop).get(self._shared_feed(laptop), 0)

    def _holdings(self, laptop: Laptop) -> dict[str, int]:
        with laptop.store.read() as session:
            raw = session.connection().connection.driver_connection
            return dict(raw.execute("SELECT feed, last_seq FROM feed").fetchall())

    def _supersede(self, laptop: Laptop, record_id: str, field: str) -> None:
        """An edit on this laptop overwrites the earlier edits of that field it had received."""
        holdings = self._holdings(laptop)
        for edit in self.edits:
            if edit.record_id == record_id and edit.field == field and holdings.get(edit.feed, 0) >= edit.seq:
                edit.superseded = True


class ConvergingSyncMachine(SyncMachine):
    def teardown(self) -> None:
        try:
            if self.laptops:
                self.converge_and_check()
        finally:
            super().teardown()


ConvergingSyncMachine.TestCase.settings = settings(  # as many runs as the profile says (tests/conftest.py)
    stateful_step_count=25, suppress_health_check=[HealthCheck.too_slow]
)
TestSyncConverges = ConvergingSyncMachine.TestCase


@pytest.mark.parametrize("seed", [1])
@settings(
    max_examples=examples(0.6),  # a little dearer than most
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(order=st.permutations(range(6)), twice=st.sets(st.integers(0, 5)))
def test_any_order_of_the_same_bundles_gives_the_same_state(
    tmp_path_factory, seed: int, order: list[int], twice: set[int]
) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("order")
    laptops = []
    for index, team in enumerate(["North", "South", "East"]):
        (root / f"l{index}").mkdir()
        shutil.copyfile(TEMPLATE, root / f"l{index}" / "cmcc.sqlite3")
        laptops.append(Laptop(root, f"l{index}", team))
    a, b, c = laptops
    shared = a.services.tasks.create(title="Shared task")
    bundles = [a.bundle_for(b)]
    b.receive(bundles[0])
    b.services.tasks.update(shared.id, priority="urgent")
    c_contact = c.services.contacts.create(full_name="From East")
    a.services.tasks.update(shared.id, priority="low", description="a's note")
    bundles += [b.bundle_for(c), a.bundle_for(c, full=True), c.bundle_for(b, full=True)]
    a.services.tasks.delete(shared.id)
    bundles += [a.bundle_for(c, full=True), b.bundle_for(c, full=True)]
    expected = None
    for attempt in (order, sorted(order)):
        receiver_dir = root / f"receiver-{'-'.join(map(str, attempt))}-{len(list(root.iterdir()))}"
        receiver_dir.mkdir()
        shutil.copyfile(TEMPLATE, receiver_dir / "cmcc.sqlite3")
        receiver = Laptop(root, receiver_dir.name, "West")
        for index in attempt:
            receiver.receive(bundles[index])
            if index in twice:
                receiver.receive(bundles[index])
        dump = receiver.dump()
        receiver.close()
        expected = expected or dump
        assert dump == expected
    assert c_contact.id in expected
    for laptop in laptops:
        laptop.close()
