"""Retention effectiveness: requests, saves, save rate with a 95% interval, and what came next.

Pure statistics over plain facts (one :class:`RequestFact` per cancellation call); the
service crmdesk.services.retention reads the facts from the database and hands them here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "Z95",
    "RequestFact",
    "RetentionReport",
    "RetentionRow",
    "summarize",
    "wilson_interval",
]

#: The standard normal quantile of a two-sided 95% interval.
Z95 = 1.959963984540054


def wilson_interval(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``successes / n`` (95% with the default ``z``).

    With p = successes/n:  centre = (p + z²/2n) / (1 + z²/n),
    half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n); the interval is centre ± half-width.
    Unlike the normal approximation it stays inside [0, 1] and is sensible for small n and for
    rates near 0 or 1 (a script with 3 saves out of 3 gets [0.44, 1.0], not [1.0, 1.0]).
    ``n == 0`` gives (0.0, 1.0): nothing is known.
    """
    if n < 0 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n, got {successes} of {n}")
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class RequestFact:
    """One finished cancellation call, reduced to what the report counts.

    ``took_next`` / ``active_after_3`` are None when not known yet (not saved, or too recent):
    such calls count in ``requests`` and ``saves`` but not in the follow-through figures.
    """

    script_code: str | None
    script_version: int | None
    script_title: str
    reason_code: str
    reason_label: str
    operator_id: int | None
    operator_name: str
    period: str
    saved: bool
    took_next: bool | None = None
    active_after_3: bool | None = None


@dataclass(frozen=True)
class RetentionRow:
    """One line of the report: its key fields and the counts and rates for them."""

    key: tuple[tuple[str, object], ...]
    requests: int
    saves: int
    #: Saved calls whose next delivery is known / of them, those that took it.
    next_known: int
    took_next: int
    #: Saved calls at least three cycles old / of them, still subscribed three cycles later.
    active_known: int
    active_after_3: int

    @property
    def save_rate(self) -> float:
        """saves / requests."""
        return self.saves / self.requests if self.requests else 0.0

    @property
    def ci(self) -> tuple[float, float]:
        """The Wilson 95% interval of the save rate."""
        return wilson_interval(self.saves, self.requests)

    def as_json(self) -> dict[str, object]:
        """The row as `crmdesk report retention --json` prints it (rates rounded to 4 places)."""
        low, high = self.ci
        return {
            **dict(self.key),
            "requests": self.requests,
            "saves": self.saves,
            "save_rate": round(self.save_rate, 4),
            "ci_low": round(low, 4),
            "ci_high": round(high, 4),
            "saved_next_known": self.next_known,
            "saved_took_next_delivery": self.took_next,
            "saved_active_known": self.active_known,
            "saved_active_after_3_cycles": self.active_after_3,
        }


@dataclass(frozen=True)
class RetentionReport:
    """The whole report: rows per script version, reason, operator and month."""

    by_script: tuple[RetentionRow, ...]
    by_reason: tuple[RetentionRow, ...]
    by_operator: tuple[RetentionRow, ...]
    by_period: tuple[RetentionRow, ...]

    def as_json(self) -> dict[str, list[dict[str, object]]]:
        """``{"by_script": [...], "by_reason": [...], "by_operator": [...], "by_period": …}``."""
        return {
            "by_script": [r.as_json() for r in self.by_script],
            "by_reason": [r.as_json() for r in self.by_reason],
            "by_operator": [r.as_json() for r in self.by_operator],
            "by_period": [r.as_json() for r in self.by_period],
        }


KeyOf = Callable[[RequestFact], tuple[tuple[str, object], ...]]


def summarize(facts: Iterable[RequestFact], key_of: KeyOf) -> list[RetentionRow]:
    """One row per distinct key, most requests first (ties by key text)."""
    counts: dict[tuple[tuple[str, object], ...], list[int]] = {}
    for fact in facts:
        c = counts.setdefault(key_of(fact), [0, 0, 0, 0, 0, 0])
        c[0] += 1
        if fact.saved:
            c[1] += 1
            if fact.took_next is not None:
                c[2] += 1
                c[3] += fact.took_next
            if fact.active_after_3 is not None:
                c[4] += 1
                c[5] += fact.active_after_3
    rows = [RetentionRow(key, *c) for key, c in counts.items()]
    rows.sort(key=lambda r: (-r.requests, repr(r.key)))
    return rows


def by_script(f: RequestFact) -> tuple[tuple[str, object], ...]:
    """Key of a script version."""
    return (
        ("script_code", f.script_code),
        ("script_version", f.script_version),
        ("script_title", f.script_title),
    )


def by_reason(f: RequestFact) -> tuple[tuple[str, object], ...]:
    """Key of a reason."""
    return (("reason_code", f.reason_code), ("reason_label", f.reason_label))


def by_operator(f: RequestFact) -> tuple[tuple[str, object], ...]:
    """Key of an operator."""
    return (("operator_id", f.operator_id), ("operator_name", f.operator_name))


def by_period(f: RequestFact) -> tuple[tuple[str, object], ...]:
    """Key of a month (JST)."""
    return (("period", f.period),)


def report(facts: Sequence[RequestFact]) -> RetentionReport:
    """Every breakdown of ``facts``."""
    return RetentionReport(
        by_script=tuple(summarize(facts, by_script)),
        by_reason=tuple(summarize(facts, by_reason)),
        by_operator=tuple(summarize(facts, by_operator)),
        by_period=tuple(sorted(summarize(facts, by_period), key=lambda r: str(r.key))),
    )
