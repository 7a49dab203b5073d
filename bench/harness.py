"""A tiny harness: time the project and its raw baseline in the same run, print both and the ratio."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    case: str
    ours_s: float
    baseline_s: float
    max_ratio: float
    max_ours_s: float | None = None
    unit: str = "s"

    @property
    def ratio(self) -> float:
        return (
            self.ours_s / self.baseline_s if self.baseline_s else 0.0
        )  # no baseline: the absolute target only

    @property
    def passed(self) -> bool:
        return self.ratio <= self.max_ratio and (self.max_ours_s is None or self.ours_s <= self.max_ours_s)

    def line(self) -> str:
        scale, unit = (1, self.unit) if self.unit != "s" else (1000, "ms") if self.ours_s < 1 else (1, "s")
        absolute = f", target <= {self.max_ours_s * scale:g} {unit}" if self.max_ours_s is not None else ""
        verdict = f"{'PASS' if self.passed else 'FAIL'}  {self.case}: ours {self.ours_s * scale:.2f} {unit}"
        if not self.baseline_s:
            return f"{verdict} (target{absolute[len(', target') :]})"
        return (
            f"{verdict}, baseline {self.baseline_s * scale:.2f} {unit}, ratio {self.ratio:.2f} "
            f"(target <= {self.max_ratio:g}x{absolute})"
        )


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def median_time(work: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(work) for _ in range(repeat))
