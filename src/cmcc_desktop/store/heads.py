"""Which changes decide each field of a record: the merge rule, as pure functions.

A record's state is ``heads``: for each field (``*`` for every field without an entry of its own) the changes
that no other change has superseded. A change supersedes the predecessors it lists for the fields it writes.
If a predecessor has not arrived yet it is remembered in ``pending``, so that when it does arrive it is not
taken for a head. Applying the same set of changes in any order gives the same heads.

One head: that change's value is the field's value. Several heads: the officers edited the field
concurrently; the one with the highest clock is the provisional winner and the field is in conflict until an
officer picks or writes the value (a change that lists every head as its predecessor).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .changes import ALL_FIELDS, Change

Ref = list[Any]  # [feed, seq, hlc]
Received = Callable[[str, int], bool]
ValueOf = Callable[[Ref, str], Any]  # the value a head gives a field


def order_key(ref: Ref) -> tuple[int, str, int]:
    """Provisional-winner order: clock, then feed and sequence so that ties break the same everywhere."""
    return (ref[2], ref[0], ref[1])


@dataclass
class RecordState:
    heads: dict[str, list[Ref]] = field(default_factory=dict)
    pending: dict[str, list[list[Any]]] = field(default_factory=dict)

    def of(self, name: str) -> list[Ref]:
        """The heads of one field."""
        return self.heads.get(name, self.heads.get(ALL_FIELDS, []))

    def winner(self, name: str) -> Ref | None:
        heads = self.of(name)
        return max(heads, key=order_key) if heads else None

    def only_head(self) -> Ref | None:
        """The one change that decides every field, if there is just one (a record created and not changed
        since, as most records in a first exchange are); None otherwise."""
        if len(self.heads) == 1 and not self.pending:
            refs = self.heads.get(ALL_FIELDS)
            if refs and len(refs) == 1:
                return refs[0]
        return None

    def keys(self) -> set[str]:
        return set(self.heads) | {ALL_FIELDS}

    def seen(self) -> dict[str, list[Ref]]:
        """Every field's heads: what a change that saw the whole record lists as its predecessors."""
        return {key: list(refs) for key, refs in self.heads.items()}

    def apply(self, change: Change, received: Received) -> None:
        """Take one change into the state (each change exactly once)."""
        ref = [change.feed, change.seq, change.hlc]
        keys: Iterable[str] = (
            self.keys() | set(change.preds) | set(self.pending) if change.whole else change.values
        )
        for key in keys:
            preds = change.preds.get(key, change.preds.get(ALL_FIELDS, []))
            self._supersede(key, preds, ref, received)

    def _supersede(self, key: str, preds: list[Ref], ref: Ref, received: Received) -> None:
        gone = {(p[0], p[1]) for p in preds}
        before = self.heads.get(key, []) if key == ALL_FIELDS else self.of(key)
        current = [h for h in before if (h[0], h[1]) not in gone]
        pending = self.pending.get(key, [])
        for feed, seq, *_ in preds:
            if not received(feed, seq) and [feed, seq] not in pending:
                pending = [*pending, [feed, seq]]
        if [ref[0], ref[1]] in pending:  # a change that arrived after one that superseded it
            pending = [p for p in pending if p != [ref[0], ref[1]]]
        else:
            current.append(ref)
        self.heads[key] = sorted(current, key=order_key)
        if pending:
            self.pending[key] = sorted(pending)
        else:
            self.pending.pop(key, None)

    def changed_since(self, earlier: RecordState, columns: Iterable[str]) -> list[str]:
        """Fields decided by other changes than they were in ``earlier``: written since, by anyone."""
        return [name for name in columns if sorted(self.of(name)) != sorted(earlier.of(name))]

    def conflicted_fields(self, columns: Iterable[str], value_of: ValueOf) -> list[str]:
        """Fields whose heads disagree. Concurrent writes of the same value agree; for ``deleted_at`` only
        "deleted or not" counts, so two laptops deleting the same record agree."""
        found = []
        for name in columns:
            refs = self.of(name)
            if len(refs) > 1 and len({_comparable(name, value_of(ref, name)) for ref in refs}) > 1:
                found.append(name)
        return found


def one_head_json(ref: Ref | tuple[str, int, int]) -> str:
    """The stored heads of a record decided by one change, ``{"*": [ref]}``, as ``encode_json`` writes them
    but without the encoder (feed ids are plain ASCII): records created and not changed since are most."""
    return f'{{"{ALL_FIELDS}":[["{ref[0]}",{int(ref[1])},{int(ref[2])}]]}}'


def _comparable(name: str, value: Any) -> Any:
    return value is None if name == "deleted_at" else json.dumps(value, sort_keys=True)


def edited_while_deleted(state: RecordState, delete: Change, columns: Iterable[str]) -> list[str]:
    """Fields holding a change the winning delete did not see: an edit made concurrently with the delete."""
    found = []
    for name in columns:
        seen = {(p[0], p[1]) for p in delete.preds.get(name, delete.preds.get(ALL_FIELDS, []))}
        seen.add((delete.feed, delete.seq))
        if any((h[0], h[1]) not in seen for h in state.of(name)):
            found.append(name)
    return found
