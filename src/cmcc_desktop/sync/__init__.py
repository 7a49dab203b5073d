"""Sync: teams exchange their work as signed bundle files, offline, in any order, with nothing lost.

The model (see docs/sync-format.md): every change is an immutable entry in its origin device's hash-chained,
signed feed; a field's value is decided by the changes nothing has superseded (its heads); several heads are a
visible conflict. No Qt here.
"""
