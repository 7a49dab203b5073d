"""``make bench``: run every case and print its figures; exit 1 if any target is missed."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from . import foundation


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="cmcc-bench-") as folder:
        results = foundation.run(Path(folder))
    print()
    for result in results:
        print(result.line())
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
