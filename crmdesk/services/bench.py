"""`crmdesk bench`: latency of the desk's hot paths, through the service functions the GUI uses.

Inputs are sampled from the database before timing starts, so the figures are the services alone.

``timeline_5000_first_page`` needs a customer with at least 5,000 timeline events. Generated
data rarely has one, so the first bench on a database adds a synthetic one, once, in one
transaction and clearly marked (code ``C9999999``, name ``ベンチ 用``, a note saying why); later
runs reuse it. That is the only write the bench makes.

``keystroke_to_results`` (typing into the real search widget until the results view updates) is
measured by the GUI layer, which alone may import Qt: it can time the same way with
:func:`time_calls` and merge its figure into the dict :func:`run_bench` returns.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update

from crmdesk.domain.ids import CustomerId
from crmdesk.domain.normalize import format_phone, normalize_kana, normalize_name
from crmdesk.services import lookup
from crmdesk.services.database import Database
from crmdesk.store.schema import Contact, Customer, CustomerPhone, Order
from crmdesk.store.uow import UnitOfWork

#: The operations this issue measures, in the order they are run and printed; later issues add
#: theirs.
OPERATIONS = (
    "lookup_phone",
    "lookup_kana_prefix",
    "lookup_name_substring",
    "lookup_customer_code",
    "lookup_order_number",
    "card_with_timeline_100",
    "timeline_5000_first_page",
)

#: The synthetic customer behind ``timeline_5000_first_page`` (see the module docstring).
HEAVY_CODE = "C9999999"
HEAVY_FAMILY_NAME = "ベンチ"
HEAVY_GIVEN_NAME = "用"
HEAVY_EVENTS = 5_000
_HEAVY_ORDERS = 3_000  # the rest are calls: two kinds, so the union does real merging
_HEAVY_NOTE = "crmdesk bench: synthetic customer with 5,000 timeline events (safe to delete)"


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
    substrings: list[str]
    codes: list[str]
    order_numbers: list[str]


def _substring_of(rng: random.Random, parts: list[str]) -> str:
    """2 or 3 consecutive characters of one of ``parts`` (given name or reading, city, street),
    as an operator types part of what the caller says."""
    usable = [p for p in parts if len(p) >= 2]
    part = rng.choice(usable)
    length = min(rng.randint(2, 3), len(part))
    start = rng.randint(0, len(part) - length)
    return part[start : start + length]


def _sample_inputs(db: Database, n: int, rng: random.Random) -> _Inputs:
    with db.uow() as uow:
        s = uow.session
        max_id = s.scalar(select(func.max(Customer.id))) or 0
        if max_id == 0:
            raise ValueError("the database has no customers: build one with `crmdesk demo`")
        ids = [rng.randint(1, max_id) for _ in range(n)]
        rows = s.execute(
            select(
                Customer.id,
                Customer.code,
                Customer.kana_norm,
                Customer.given_name,
                Customer.given_kana,
                Customer.city,
                Customer.street,
            ).where(Customer.id.in_(ids))
        ).all()
        by_id = {r.id: r for r in rows}
        present = [i for i in ids if i in by_id]
        # dict(result) would take the Result for a mapping (it has keys()): build it by hand.
        phones = {
            cid: digits
            for cid, digits in s.execute(
                select(CustomerPhone.customer_id, func.min(CustomerPhone.digits))
                .where(CustomerPhone.customer_id.in_(present))
                .group_by(CustomerPhone.customer_id)
            )
        }
        orders = {
            cid: number
            for cid, number in s.execute(
                select(Order.customer_id, func.max(Order.order_number))
                .where(Order.customer_id.in_(present))
                .group_by(Order.customer_id)
            )
        }
    return _Inputs(
        customer_ids=[CustomerId(i) for i in present],
        # Written as an operator would type it, so normalisation is part of the measurement.
        phones=[format_phone(phones[i]) for i in present if i in phones],
        kana_prefixes=[by_id[i].kana_norm[: rng.randint(2, 4)] for i in present],
        substrings=[
            _substring_of(
                rng,
                [by_id[i].given_name, by_id[i].given_kana, by_id[i].city, by_id[i].street],
            )
            for i in present
        ],
        codes=[by_id[i].code for i in present],
        order_numbers=[orders[i] for i in present if i in orders],
    )


def heavy_customer(db: Database) -> CustomerId:
    """A customer with at least :data:`HEAVY_EVENTS` timeline events, made once if none exists.

    The marked synthetic customer is reused; otherwise an existing customer with that many
    orders and calls is taken; only when there is none is the synthetic one written.
    """
    with db.uow() as uow:
        s = uow.session
        marked = s.scalar(
            select(Customer.id).where(
                Customer.code == HEAVY_CODE, Customer.family_name == HEAVY_FAMILY_NAME
            )
        )
        if marked is not None:
            return CustomerId(marked)
        if s.scalar(select(Customer.id).where(Customer.code == HEAVY_CODE)) is not None:
            raise ValueError(f"customer code {HEAVY_CODE} is taken by a real customer")
        for table, column in ((Order, Order.customer_id), (Contact, Contact.customer_id)):
            busy = s.scalar(
                select(column)
                .select_from(table)
                .group_by(column)
                .having(func.count() >= HEAVY_EVENTS)
                .limit(1)
            )
            if busy is not None:
                return CustomerId(busy)
        return _add_heavy_customer(uow)


def _add_heavy_customer(uow: UnitOfWork) -> CustomerId:
    """Write the synthetic customer and its events in one transaction."""
    s = uow.session
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    customer = Customer(
        code=HEAVY_CODE,
        family_name=HEAVY_FAMILY_NAME,
        given_name=HEAVY_GIVEN_NAME,
        family_kana="ベンチ",
        given_kana="ヨウ",
        name_norm=normalize_name(HEAVY_FAMILY_NAME + HEAVY_GIVEN_NAME),
        kana_norm=normalize_kana("ベンチヨウ"),
        note=_HEAVY_NOTE,
        do_not_mail=True,  # never in a DM run
        do_not_call=True,  # never in a call queue
        created_at=now,
        updated_at=now,
    )
    s.add(customer)
    s.flush()
    first = now - dt.timedelta(days=HEAVY_EVENTS)
    s.execute(
        insert(Order),
        [
            {
                "order_number": f"BENCH-{k:08d}",
                "customer_id": customer.id,
                "channel": "phone",
                "status": "delivered",
                "subtotal_yen": 3980,
                "tax_yen": 398,
                "total_yen": 4378,
                "ordered_at": first + dt.timedelta(days=k),
            }
            for k in range(_HEAVY_ORDERS)
        ],
    )
    s.execute(
        insert(Contact),
        [
            {
                "customer_id": customer.id,
                "direction": "inbound",
                "channel": "phone",
                "category": "inquiry",
                "summary": "ベンチ用の通話記録",
                "contacted_at": first + dt.timedelta(days=2 * k, hours=3),
            }
            for k in range(HEAVY_EVENTS - _HEAVY_ORDERS)
        ],
    )
    uow.commit()
    return CustomerId(customer.id)


def time_calls(call: Callable[[str], object], args: list[str], n: int) -> OpStats:
    """Time ``n`` calls of ``call``, cycling through ``args`` (the GUI's bench can use it too)."""
    samples = []
    for k in range(n):
        arg = args[k % len(args)]
        start = time.perf_counter()
        call(arg)
        samples.append(time.perf_counter() - start)
    return _stats(samples)


def sample_phones(db: Database, n: int, *, seed: int = 7) -> list[str]:
    """``n`` customers' phone numbers as an operator types them (090-1234-5678)."""
    inputs = _sample_inputs(db, n, random.Random(seed))
    return [format_phone(digits) for digits in inputs.phones]


def stats_of(samples_s: list[float]) -> OpStats:
    """The OpStats of samples measured elsewhere (the GUI's keystroke bench), in seconds."""
    return _stats(samples_s)


def run_bench(db: Database, *, n: int = 1000, seed: int = 7) -> dict[str, OpStats]:
    """Time ``n`` random calls of each operation in OPERATIONS; returns stats by name."""
    rng = random.Random(seed)
    inputs = _sample_inputs(db, n, rng)
    results: dict[str, OpStats] = {}
    results["lookup_phone"] = time_calls(
        lambda p: lookup.lookup_phone(db.read_uow(), p), inputs.phones, n
    )
    results["lookup_kana_prefix"] = time_calls(
        lambda k: lookup.lookup_kana_prefix(db.read_uow(), k), inputs.kana_prefixes, n
    )
    results["lookup_name_substring"] = time_calls(
        lambda t: lookup.lookup_name_substring(db.read_uow(), t), inputs.substrings, n
    )
    results["lookup_customer_code"] = time_calls(
        lambda c: lookup.lookup_customer_code(db.read_uow(), c), inputs.codes, n
    )
    results["lookup_order_number"] = time_calls(
        lambda o: lookup.lookup_order_number(db.read_uow(), o), inputs.order_numbers, n
    )
    id_args = [str(i) for i in inputs.customer_ids]
    results["card_with_timeline_100"] = time_calls(
        lambda i: lookup.customer_card(db.read_uow(), CustomerId(int(i)), timeline_limit=100),
        id_args,
        n,
    )
    heavy = heavy_customer(db)
    results["timeline_5000_first_page"] = time_calls(
        # What the desk does when the operator opens this customer: the card and its first page.
        lambda i: lookup.customer_card(db.read_uow(), CustomerId(int(i)), timeline_limit=100),
        [str(heavy)],
        n,
    )
    assert list(results) == list(OPERATIONS)
    return results


# ------------------------------------------------------------------------------ letters (issue 6)

#: Pages rendered for letters_render_pages_per_s.
RENDER_PAGES = 3_000
#: Letters in dm_batch_10000_s.
DM_BATCH = 10_000


def letters_bench(
    db: Database, today: dt.date, workdir: Path, *, target: str | None = None
) -> dict[str, float]:
    """``letters_render_pages_per_s`` (the standard thank-you letter, rendering alone) and
    ``dm_batch_10000_s`` (the whole batch command: queries, exclusions, PDF, mailing list and
    mailing records for 10,000 letters of the largest dormant segment).

    With ``target`` (the database's path or URL), also the peak memory of the batch in a fresh
    process for :data:`RSS_SMALL` and :data:`RSS_LARGE` letters and its growth between the two
    (``dm_batch_rss_growth_mb``: flat memory means about 0).

    The batches' records are deleted afterwards (:func:`_forget_batch`).
    """
    from crmdesk.domain.letters import CompanyProfile, DocumentKind, Recipient  # noqa: PLC0415
    from crmdesk.printing.documents import LetterLayout  # noqa: PLC0415
    from crmdesk.printing.pdf import PdfWriter  # noqa: PLC0415
    from crmdesk.services import letters  # noqa: PLC0415

    layout = LetterLayout(
        letters.get_template("thankyou_first"),
        company=CompanyProfile(),
        today=today,
        offer_code="THANKS10",
    )
    people = [
        Recipient(
            k,
            f"C{k:07d}",
            "山田",
            f"花子{k % 97}",
            "1000001",
            "東京都",
            "千代田区",
            f"千代田{k % 9 + 1}-{k % 30 + 1}-1",
            "",
            "黒酢にんにく粒 30日分",
            3,
            today,
        )
        for k in range(RENDER_PAGES)
    ]
    started = time.perf_counter()
    with PdfWriter(workdir / "render.pdf", title="bench") as pdf:
        for person in people:
            pdf.add(layout.page(person))
    render = RENDER_PAGES / (time.perf_counter() - started)
    figures = {"letters_render_pages_per_s": round(render, 1)}
    request = letters.BatchRequest(
        DocumentKind.DM, "dormant_365", today, limit=DM_BATCH, offer_code="COMEBACK"
    )
    printer = _batch_printer(db)
    started = time.perf_counter()
    result = letters.run_batch(
        db, printer, request, out=workdir / "dm.pdf", mailing_list=workdir / "dm.csv"
    )
    figures["dm_batch_10000_s"] = round(time.perf_counter() - started, 2)
    figures["dm_batch_letters"] = float(len(result.printed))
    _forget_batch(db, result.batch_id)
    if target is not None and _rusage_available():
        peak = {
            n: _batch_peak_rss_mb(db, target, today, workdir, n, printer)
            for n in (RSS_SMALL, RSS_LARGE)
        }
        figures[f"dm_batch_peak_rss_mb_{RSS_SMALL}"] = peak[RSS_SMALL]
        figures[f"dm_batch_peak_rss_mb_{RSS_LARGE}"] = peak[RSS_LARGE]
        figures["dm_batch_rss_growth_mb"] = round(peak[RSS_LARGE] - peak[RSS_SMALL], 1)
    return figures


def _batch_printer(db: Database) -> int:
    """An active supervisor or admin to run the bench's batches as (the DM names its 担当)."""
    from crmdesk.store.schema import Operator  # noqa: PLC0415

    with db.uow() as uow:
        found = uow.session.scalar(
            select(Operator.id)
            .where(Operator.active.is_(True), Operator.role.in_(("supervisor", "admin")))
            .order_by(Operator.id)
        )
    if found is None:
        raise RuntimeError("the letters bench needs an active supervisor (a demo database has)")
    return int(found)


#: Letters of the two batches whose peak memory dm_batch_rss_growth_mb compares.
RSS_SMALL = 2_000
RSS_LARGE = 20_000

# The batch in a fresh interpreter, so its peak RSS is its own (ru_maxrss never goes down).
_RSS_CHILD = """
import datetime as dt, json, resource, sys
from pathlib import Path
from crmdesk.domain.letters import DocumentKind
from crmdesk.services import letters
from crmdesk.services.database import open_database
target, today, limit, work, printer = sys.argv[1:6]
request = letters.BatchRequest(
    DocumentKind.DM, "dormant_365", dt.date.fromisoformat(today), limit=int(limit),
    offer_code="COMEBACK",
)
db = open_database(target)
try:
    result = letters.run_batch(
        db, int(printer), request, out=Path(work) / "rss.pdf", mailing_list=Path(work) / "rss.csv"
    )
finally:
    db.close()
maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"batch_id": result.batch_id, "letters": len(result.printed), "maxrss": maxrss}))
"""


def _rusage_available() -> bool:
    try:
        import resource  # noqa: F401, PLC0415 - Unix only
    except ImportError:
        return False
    return True


def _batch_peak_rss_mb(  # noqa: PLR0917
    db: Database, target: str, today: dt.date, workdir: Path, n: int, printer: int
) -> float:
    """Peak RSS (MB) of a process running the DM batch for ``n`` letters as operator
    ``printer``; its records deleted."""
    args = [target, today.isoformat(), str(n), str(workdir), str(printer)]
    done = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, *args],
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(done.stdout.strip().splitlines()[-1])
    _forget_batch(db, out["batch_id"])
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return round(float(out["maxrss"]) / scale, 1)


def _forget_batch(db: Database, batch_id: int | None) -> None:
    """Delete a bench batch's records, so the next run finds the same customers outside their
    cool-down (this and the heavy customer are the bench's only writes)."""
    from sqlalchemy import delete  # noqa: PLC0415

    from crmdesk.store.schema import AuditLog, Mailing, MailingBatch  # noqa: PLC0415

    with db.uow() as uow:
        uow.session.execute(delete(Mailing).where(Mailing.batch_id == batch_id))
        uow.session.execute(
            delete(AuditLog).where(
                AuditLog.entity == "mailing_batch", AuditLog.entity_id == batch_id
            )
        )
        uow.session.execute(delete(MailingBatch).where(MailingBatch.id == batch_id))
        uow.commit()


# ---------------------------------------------------------------------------- follow-ups (issue 5)

#: Desks pressing 'Next' at once in ``claim_next``.
CLAIMERS = 8


def followups_bench(
    db: Database, today: dt.date, n: int
) -> tuple[dict[str, float], dict[str, OpStats]]:
    """``followups_refresh_s`` (every rule over the whole base, as the night run does), a second
    run the same day (it must create 0), and the claims of 8 desks (see :func:`_claim_bench`):
    ``claim_next`` (8 desks press 'Next' at the same instant, ``n`` claims in rounds of 8) and
    ``claim_next_back_to_back`` (each desk presses it again as soon as its card is shown).
    """
    from crmdesk.services import followups  # noqa: PLC0415

    started = time.perf_counter()
    first = followups.refresh(db.uow(), today)
    first_s = time.perf_counter() - started
    started = time.perf_counter()
    again = followups.refresh(db.uow(), today)
    again_s = time.perf_counter() - started
    figures = {
        "followups_refresh_s": round(first_s, 2),
        "followups_refresh_created": float(first.created),
        "followups_refresh_again_s": round(again_s, 2),
        "followups_refresh_again_created": float(again.created),
        "followups_open": float(again.open),
    }
    return figures, {
        "claim_next": _claim_bench(db, n, rounds=True),
        "claim_next_back_to_back": _claim_bench(db, n, rounds=False),
    }


def _claim_bench(db: Database, n: int, *, rounds: bool) -> OpStats:
    """``n`` claims by 8 desks (threads of one program on SQLite, which serves one
    workstation; one process each on PostgreSQL), each claim timed from the call to the card.

    The desks warm up and wait for each other. ``rounds``: before every claim all 8 wait at a
    start line, so each round is 8 'Next' presses at the same instant, all after the same top
    rows — the moment the queue is contended most (each claim's time includes waiting for the
    other seven). Otherwise each desk presses 'Next' again as soon as its card is shown: the
    desks then keep both cores busy without pause, a throughput test rather than what
    operators, who talk to a customer between two claims, can produce. Afterwards every claim
    the bench made is given back in one statement (not timed), so the queue is as the refresh
    left it.
    """
    import threading  # noqa: PLC0415

    from crmdesk.store.schema import FollowUp, Operator  # noqa: PLC0415

    with db.uow() as uow:
        operators = list(
            uow.session.scalars(
                select(Operator.id).where(Operator.active.is_(True)).order_by(Operator.id)
            )
        )
    if not operators:
        return OpStats(n=0, p50_ms=0.0, p95_ms=0.0, max_ms=0.0)
    url = db.engine.url.render_as_string(hide_password=False)
    per_desk = max(1, n // CLAIMERS)
    jobs = [(url, operators[k % len(operators)], per_desk, rounds) for k in range(CLAIMERS)]
    samples: list[float] = []
    claimed: list[int] = []
    try:
        if db.info.backend == "postgresql":
            # Desks of a shared database are separate programs: one process each.
            import multiprocessing  # noqa: PLC0415

            ctx = multiprocessing.get_context("spawn")
            barrier = ctx.Barrier(CLAIMERS)
            with ctx.Pool(CLAIMERS, initializer=_desk_barrier, initargs=(barrier,)) as pool:
                for part, ids in pool.map(_claim_desk, jobs):
                    samples += part
                    claimed += ids
        else:
            # SQLite serves one workstation: its desks are threads of one program.
            errors: list[BaseException] = []
            lock = threading.Lock()
            _desk_barrier(threading.Barrier(CLAIMERS))

            def desk(job: tuple[str, int, int, bool]) -> None:
                try:
                    part, ids = _claim_desk(job)
                except BaseException as exc:  # reported to the caller below
                    errors.append(exc)
                    _BARRIER[0].abort()
                    return
                with lock:
                    samples.extend(part)
                    claimed.extend(ids)

            threads = [threading.Thread(target=desk, args=(job,)) for job in jobs]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if errors:
                raise errors[0]
    finally:
        if claimed:
            with db.uow() as uow:
                uow.session.execute(
                    update(FollowUp)
                    .where(FollowUp.id.in_(claimed), FollowUp.status == "claimed")
                    .values(status="open", claimed_by=None, claimed_at=None)
                )
                uow.commit()
    return _stats(samples)


#: The barrier the desks of a claim bench wait at (set per process or for the threads).
_BARRIER: list[Any] = []


def _desk_barrier(barrier: Any) -> None:
    _BARRIER[:] = [barrier]


#: Claims a desk makes before the timed ones. A desk's connection plans the claim statement
#: for its first five runs (PostgreSQL then keeps the generic plan): that is a desk's first
#: minutes of the day, not the moment the figure is about.
_WARM_CLAIMS = 6


def _claim_desk(job: tuple[str, int, int, bool]) -> tuple[list[float], list[int]]:
    """One desk of the claim bench: warm-up claims, the start line, then Next (timed)
    ``count`` times, from the start line each time with ``rounds``; (the times, the ids
    claimed)."""
    from crmdesk.domain.ids import OperatorId  # noqa: PLC0415
    from crmdesk.services import followups  # noqa: PLC0415
    from crmdesk.services.database import open_database  # noqa: PLC0415

    url, operator_id, count, rounds = job
    own = open_database(url)
    operator = OperatorId(operator_id)
    samples: list[float] = []
    claimed: list[int] = []
    try:
        for _ in range(_WARM_CLAIMS):  # connection, statement caches, the settled plan
            warm = followups.claim_next(own.uow(), operator)
            if warm is not None:
                claimed.append(warm.follow_up.id)
        _BARRIER[0].wait()
        for _ in range(count):
            if rounds:
                _BARRIER[0].wait()
            started = time.perf_counter()
            card = followups.claim_next(own.uow(), operator)
            samples.append(time.perf_counter() - started)
            if card is None:
                break
            claimed.append(card.follow_up.id)
    finally:
        own.close()
    return samples, claimed
