"""`crmdesk bench`: latency of the desk's hot paths, through the service functions the GUI uses.

Inputs are sampled from the database before timing starts, so the figures are the services alone.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from crmdesk.domain.ids import CustomerId
from crmdesk.domain.normalize import format_phone
from crmdesk.services import lookup
from crmdesk.services.database import Database
from crmdesk.store.schema import Customer, CustomerPhone, Order

#: The operations this issue measures; later issues add theirs.
OPERATIONS = (
    "lookup_phone",
    "lookup_kana_prefix",
    "lookup_customer_code",
    "lookup_order_number",
    "card_with_timeline_100",
)


@dataclass(frozen=True)
class OpStats:
    """Latency of one operation over ``n`` calls, in milliseconds."""

    n: int
    p50_ms: float
    p95_ms: float
    max_ms: float

    def as_json(self) -> dict[str, float | int]:
        """The shape `crmdesk bench --json` prints per operation."""
        return {"n": self.n, "p50_ms": self.p50_ms, "p95_ms": self.p95_ms, "max_ms": self.max_ms}


def _stats(samples_s: list[float]) -> OpStats:
    ms = sorted(s * 1000.0 for s in samples_s)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return OpStats(
        n=len(ms),
        p50_ms=round(statistics.median(ms), 3),
        p95_ms=round(p95, 3),
        max_ms=round(ms[-1], 3),
    )


@dataclass(frozen=True)
class _Inputs:
    customer_ids: list[CustomerId]
    phones: list[str]
    kana_prefixes: list[str]
    codes: list[str]
    order_numbers: list[str]


def _sample_inputs(db: Database, n: int, rng: random.Random) -> _Inputs:
    with db.uow() as uow:
        s = uow.session
        max_id = s.scalar(select(func.max(Customer.id))) or 0
        if max_id == 0:
            raise ValueError("the database has no customers: build one with `crmdesk demo`")
        ids = [rng.randint(1, max_id) for _ in range(n)]
        rows = s.execute(
            select(Customer.id, Customer.code, Customer.kana_norm).where(Customer.id.in_(ids))
        ).all()
        by_id = {r.id: r for r in rows}
        present = [i for i in ids if i in by_id]
        phones = dict(
            s.execute(
                select(CustomerPhone.customer_id, func.min(CustomerPhone.digits))
                .where(CustomerPhone.customer_id.in_(present))
                .group_by(CustomerPhone.customer_id)
            ).tuples()
        )
        orders = dict(
            s.execute(
                select(Order.customer_id, func.max(Order.order_number))
                .where(Order.customer_id.in_(present))
                .group_by(Order.customer_id)
            ).tuples()
        )
    return _Inputs(
        customer_ids=[CustomerId(i) for i in present],
        # Written as an operator would type it, so normalisation is part of the measurement.
        phones=[format_phone(phones[i]) for i in present if i in phones],
        kana_prefixes=[by_id[i].kana_norm[: rng.randint(2, 4)] for i in present],
        codes=[by_id[i].code for i in present],
        order_numbers=[orders[i] for i in present if i in orders],
    )


def _time_calls(call: Callable[[str], object], args: list[str], n: int) -> OpStats:
    samples = []
    for k in range(n):
        arg = args[k % len(args)]
        start = time.perf_counter()
        call(arg)
        samples.append(time.perf_counter() - start)
    return _stats(samples)


def run_bench(db: Database, *, n: int = 1000, seed: int = 7) -> dict[str, OpStats]:
    """Time ``n`` random calls of each operation in OPERATIONS; returns stats by name."""
    rng = random.Random(seed)
    inputs = _sample_inputs(db, n, rng)
    results: dict[str, OpStats] = {}
    results["lookup_phone"] = _time_calls(
        lambda p: lookup.lookup_phone(db.uow(), p), inputs.phones, n
    )
    results["lookup_kana_prefix"] = _time_calls(
        lambda k: lookup.lookup_kana_prefix(db.uow(), k), inputs.kana_prefixes, n
    )
    results["lookup_customer_code"] = _time_calls(
        lambda c: lookup.lookup_customer_code(db.uow(), c), inputs.codes, n
    )
    results["lookup_order_number"] = _time_calls(
        lambda o: lookup.lookup_order_number(db.uow(), o), inputs.order_numbers, n
    )
    id_args = [str(i) for i in inputs.customer_ids]
    results["card_with_timeline_100"] = _time_calls(
        lambda i: lookup.customer_card(db.uow(), CustomerId(int(i)), timeline_limit=100),
        id_args,
        n,
    )
    return results
