"""``make bench``: run every case and print its figures; exit 1 if any target is missed.

``python -m bench foundation ui`` runs only the named groups.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from . import exports, foundation, reports, sync, ui

GROUPS = {
    "foundation": foundation.run,
    "ui": ui.run,
    "reports": reports.run,
    "sync": sync.run,
    "exports": exports.run,
}


def main() -> int:
    chosen = sys.argv[1:] or list(GROUPS)
    unknown = set(chosen) - set(GROUPS)
    if unknown:
        print(
            f"unknown groups: {', '.join(sorted(unknown))}; choose from {', '.join(GROUPS)}", file=sys.stderr
        )
        return 2
    results = []
    with tempfile.TemporaryDirectory(prefix="cmcc-bench-") as folder:
        for name in chosen:
            results += GROUPS[name](Path(folder) / name)
    print()
    for result in results:
        print(result.line())
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
