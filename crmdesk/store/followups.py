"""Follow-ups in SQL: purchase facts, one set-based INSERT … SELECT per rule, closing, claiming.

Everything here runs over the whole customer base in a handful of statements, never customer
by customer in Python, on SQLite and PostgreSQL alike (the few dialect differences — JST dates,
day arithmetic, month-day of a birth date — are in :class:`_Sql`).

* :func:`update_facts` keeps ``customer_order_facts`` (the lapse model's per-customer purchase
  facts) up to date: only the customers whose orders, order lines or bought products' days of
  supply changed since the last run (marked by triggers, migrations 0007 and 0008) are
  recomputed.
* :func:`create_for_rule` is one ``INSERT … SELECT`` per rule with every exclusion inside it
  (電話不可, DM不要, 宛所不明, open complaints, cool-down, one open follow-up per customer, one per
  rule and purchase episode) and VIP routing. A partial unique index (migration 0006) makes a
  second run, or two at once, unable to create the same open follow-up twice.
* :func:`close_stale` closes open rule-made follow-ups that no longer apply.
* Claiming ('Next') is in :mod:`crmdesk.store.claims`, on the driver connection.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

from crmdesk.domain.followups import LapseSettings, Rule, SelectorKind
from crmdesk.domain.model import FollowUpChannel
from crmdesk.store.schema import UTCDateTime

__all__ = [
    "begin_write",
    "close_stale",
    "create_for_rule",
    "open_counts",
    "rebuild_facts",
    "unlock_refresh",
    "update_facts",
]

JST = dt.timezone(dt.timedelta(hours=9), "JST")
#: app_settings key of when the last refresh looked at flag changes and mailings.
LAST_REFRESH_KEY = "followups.last_refresh_at"
#: Orders that are not purchases.
_NOT_PURCHASES = "('cancelled', 'returned')"
#: How much of a SQLite file the refresh maps into memory (address space, not RAM).
_REFRESH_MMAP_BYTES = 4 << 30
#: SQLite page cache of a refresh step, KiB (the default is 2 MB).
_REFRESH_CACHE_KIB = 256 * 1024
#: PostgreSQL work_mem of a refresh step.
_REFRESH_WORK_MEM = "64MB"
#: An arbitrary constant: the PostgreSQL advisory lock that serialises refresh steps.
_REFRESH_LOCK = 0x0F011_0005


class _Sql:
    """The SQL fragments that differ between SQLite and PostgreSQL."""

    def __init__(self, dialect: str) -> None:
        self.pg = dialect == "postgresql"

    def jst_date(self, column: str) -> str:
        """The JST business date of a UTC timestamp column."""
        if self.pg:
            return f"CAST(timezone('Asia/Tokyo', {column}) AS date)"
        return f"date({column}, '+9 hours')"

    def days_since(self, column: str, today: str = ":today") -> str:
        """Whole days from a date column to the business date ``today`` (a bound date)."""
        if self.pg:
            return f"(CAST({today} AS date) - {column})"
        return f"CAST(julianday({today}) - julianday({column}) AS INTEGER)"

    def day_gap(self, earlier: str, later: str) -> str:
        """Whole days between two date expressions."""
        if self.pg:
            return f"({later} - {earlier})"
        return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"

    def month_day(self, column: str) -> str:
        """'MM-DD' of a date column."""
        if self.pg:
            return f"to_char({column}, 'MM-DD')"
        return f"strftime('%m-%d', {column})"

    def no_flatten(self) -> str:
        """A clause that keeps a subquery from being merged into its parent.

        The per-row flag and VIP columns read the wide customer row: computed in the parent,
        the planner would test them first and read every candidate's row, before the index-only
        checks that reject almost every candidate on a second run.
        """
        return "OFFSET 0" if self.pg else "LIMIT -1 OFFSET 0"

    def true(self) -> str:
        """A boolean true literal."""
        return "TRUE" if self.pg else "1"

    def date(self, day: dt.date) -> object:
        """A business date as the driver binds it (text on SQLite, as it is stored)."""
        return day if self.pg else day.isoformat()


def _sql(conn: Connection | Session) -> _Sql:
    return _Sql(conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name)


def _ts(name: str, value: dt.datetime) -> Any:
    """A bound UTC timestamp stored exactly as the ORM stores it (naive text on SQLite)."""
    return bindparam(name, value, type_=UTCDateTime())


def begin_write(session: Session) -> None:
    """Start the session's transaction as a writer that others queue behind.

    SQLite: ``BEGIN IMMEDIATE`` takes the write lock now, so the reads that decide what to write
    see the last committed state and no other writer can slip in between (a deferred
    transaction would fail with SQLITE_BUSY on upgrade instead). PostgreSQL: a transaction-level
    advisory lock for refresh steps is taken by :func:`lock_refresh`; claims use row locks.
    Must be the first statement of the transaction.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("BEGIN IMMEDIATE"))


_LANES: dict[str, threading.Lock] = {}
_LANES_GUARD = threading.Lock()


@contextlib.contextmanager
def write_lane(session: Session) -> Iterator[None]:
    """On SQLite, one writer at a time per database file within this process.

    Threads of one process (desks of one workstation, the bench's claimers) then queue on a
    lock that hands over at once, instead of in SQLite's busy handler, which sleeps 1, 2, 5 …
    100 ms between retries and turns a 1 ms wait into a 50 ms one. Other processes still
    queue in SQLite (``BEGIN IMMEDIATE`` and the busy timeout). PostgreSQL: no lane.
    """
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    with sqlite_lane(str((bind.engine if isinstance(bind, Connection) else bind).url.database)):
        yield


def sqlite_lane(database: str) -> threading.Lock:
    """The write lane of a SQLite database file (its name as the engine's URL gives it)."""
    with _LANES_GUARD:
        return _LANES.setdefault(database, threading.Lock())


def lock_refresh(session: Session, *, lock: bool = True) -> None:
    """Serialise refresh steps across processes (SQLite: the write lock; PostgreSQL: advisory).

    Also sets the connection up for bulk work (undone by :func:`unlock_refresh`). ``lock=False``
    (PostgreSQL only): the settings without the lock, for a slice of a step whose coordinating
    transaction holds the lock (:func:`customer_slices`).
    """
    if session.get_bind().dialect.name == "sqlite":
        # The refresh reads a few hundred MB of indexes at random: through a memory map those
        # reads are page-cache hits without a read() call each. A first run also writes
        # hundreds of thousands of entries into the follow-up indexes: with SQLite's default
        # 2 MB cache their pages are spilled and re-read again and again before the commit.
        session.execute(text(f"PRAGMA mmap_size = {_REFRESH_MMAP_BYTES}"))
        session.execute(text(f"PRAGMA cache_size = -{_REFRESH_CACHE_KIB}"))
        session.execute(text("PRAGMA temp_store = MEMORY"))
        session.execute(text("BEGIN IMMEDIATE"))
    else:
        if lock:
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _REFRESH_LOCK})
        # Follow-ups are recomputed by the next refresh if a crash loses the last commit: no
        # need to wait for the WAL flush. Larger sorts and hashes for the first run's joins.
        session.execute(text("SET LOCAL synchronous_commit = off"))
        session.execute(text(f"SET LOCAL work_mem = '{_REFRESH_WORK_MEM}'"))
        # JIT-compiling a rule's plan took 0.7 s of each big rule's 2–8 s and saved nothing:
        # the statements are index ranges and hash joins, not expression-heavy scans.
        session.execute(text("SET LOCAL jit = off"))
        # Index lookups on cached data cost little more than sequential reads.
        session.execute(text("SET LOCAL random_page_cost = 1.1"))


def unlock_refresh(session: Session) -> None:
    """After a refresh step's commit: give the SQLite connection its small cache back (it goes
    back to the pool; PostgreSQL's settings were local to the transaction)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA cache_size = -2000"))
        session.execute(text("PRAGMA temp_store = DEFAULT"))


# ------------------------------------------------------------------------------ purchase facts


def _facts_insert(sql: _Sql, *, only_changed: bool) -> str:
    """The statement that (re)computes the facts of all customers or of the changed ones."""
    changed = "AND o.customer_id IN (SELECT customer_id FROM facts_changed)" if only_changed else ""
    gap = sql.day_gap("lag(d) OVER (PARTITION BY customer_id ORDER BY d, id)", "d")
    return f"""
INSERT INTO customer_order_facts (
    customer_id, order_count, first_order_on, last_order_on, last_order_at, last_supply_days,
    median_interval_days, last_delivery_number, last_delivery_on
)
WITH base AS (
    SELECT o.id, o.customer_id, o.delivery_number, o.ordered_at, {sql.jst_date("o.ordered_at")} AS d
    FROM orders o
    WHERE o.status NOT IN {_NOT_PURCHASES} {changed}
),
seq AS (
    SELECT id, customer_id, delivery_number, ordered_at, d,
           row_number() OVER (PARTITION BY customer_id ORDER BY d DESC, id DESC) AS rn,
           {gap} AS gap
    FROM base
),
agg AS (
    SELECT customer_id, count(*) AS n, min(d) AS first_d, max(d) AS last_d,
           max(ordered_at) AS last_at
    FROM seq GROUP BY customer_id
),
supply AS (
    SELECT s.customer_id, sum(p.days_of_supply * ol.quantity) AS days
    FROM seq s
    JOIN order_lines ol ON ol.order_id = s.id
    JOIN products p ON p.id = ol.product_id
    WHERE s.rn = 1
    GROUP BY s.customer_id
),
ranked AS (
    SELECT customer_id, gap,
           row_number() OVER (PARTITION BY customer_id ORDER BY gap) AS r,
           count(*) OVER (PARTITION BY customer_id) AS c
    FROM seq WHERE gap IS NOT NULL
),
med AS (
    SELECT customer_id, avg(gap) AS m
    FROM ranked WHERE r IN ((c + 1) / 2, (c + 2) / 2)
    GROUP BY customer_id
),
deliv AS (
    SELECT customer_id, delivery_number, d,
           row_number() OVER (PARTITION BY customer_id ORDER BY d DESC, id DESC) AS r
    FROM seq WHERE delivery_number IS NOT NULL
)
SELECT a.customer_id, a.n, a.first_d, a.last_d, a.last_at, COALESCE(s.days, 0), m.m,
       dv.delivery_number, dv.d
FROM agg a
LEFT JOIN supply s ON s.customer_id = a.customer_id
LEFT JOIN med m ON m.customer_id = a.customer_id
LEFT JOIN deliv dv ON dv.customer_id = a.customer_id AND dv.r = 1
"""


def rebuild_facts(conn: Connection | Session) -> int:
    """Recompute every customer's facts from all orders; returns the rows written.

    Clears the stale marks too (:func:`update_facts`): every customer is up to date.
    """
    conn.execute(text("DELETE FROM customer_order_facts"))
    conn.execute(text("DELETE FROM customer_facts_stale"))
    result = conn.execute(text(_facts_insert(_sql(conn), only_changed=False)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class FactsUpdate:
    """What :func:`update_facts` did: rows written, and the customers whose facts were
    recomputed (None when they were rebuilt whole, or too many to list: every customer may
    have changed)."""

    rows: int
    changed: tuple[int, ...] | None


#: Customers per statement when the follow-ups of changed customers are closed.
_CLOSE_CHUNK = 500
#: More changed customers than this and the next steps look at every open follow-up instead.
_LIST_CHANGED_UP_TO = 50_000


def update_facts(conn: Connection | Session) -> FactsUpdate:
    """Bring the facts up to date with the orders, lines and supplies changed since the last run.

    Triggers mark, in the writer's own transaction, in ``customer_facts_stale``: the customer
    of every order inserted, changed (a cancellation) or deleted (migration 0007), of every
    order line inserted, changed or deleted, and every buyer of a product whose days of supply
    changed (0008). This takes the marks it can see and recomputes those customers. A mark
    committed later — an import that began before this refresh and ended after it, whatever
    its order ids — stays for the next run. Facts missing altogether (a database upgraded
    without them) are rebuilt whole.
    """
    sql = _sql(conn)
    if conn.execute(text("SELECT 1 FROM customer_order_facts LIMIT 1")).first() is None:
        if conn.execute(text("SELECT 1 FROM orders LIMIT 1")).first() is None:
            conn.execute(text("DELETE FROM customer_facts_stale"))
            return FactsUpdate(0, ())
        return FactsUpdate(rebuild_facts(conn), None)
    if sql.pg:
        conn.execute(
            text(
                "CREATE TEMP TABLE IF NOT EXISTS facts_changed (customer_id integer PRIMARY KEY) "
                "ON COMMIT DELETE ROWS"
            )
        )
        # Exactly the marks this statement sees are taken: one committed meanwhile stays.
        conn.execute(
            text(
                "WITH taken AS (DELETE FROM customer_facts_stale RETURNING customer_id) "
                "INSERT INTO facts_changed SELECT DISTINCT customer_id FROM taken"
            )
        )
    else:  # the refresh holds SQLite's write lock: nobody marks in between
        conn.execute(
            text("CREATE TEMP TABLE IF NOT EXISTS facts_changed (customer_id INTEGER PRIMARY KEY)")
        )
        conn.execute(text("DELETE FROM temp.facts_changed"))
        conn.execute(
            text(
                "INSERT OR IGNORE INTO temp.facts_changed "
                "SELECT customer_id FROM customer_facts_stale"
            )
        )
        conn.execute(text("DELETE FROM customer_facts_stale"))
    count = int(conn.execute(text("SELECT count(*) FROM facts_changed")).scalar_one())
    if count == 0:
        return FactsUpdate(0, ())
    conn.execute(
        text(
            "DELETE FROM customer_order_facts "
            "WHERE customer_id IN (SELECT customer_id FROM facts_changed)"
        )
    )
    result = conn.execute(text(_facts_insert(sql, only_changed=True)))
    changed = None
    if count <= _LIST_CHANGED_UP_TO:
        changed = tuple(
            int(c) for c in conn.execute(text("SELECT customer_id FROM facts_changed")).scalars()
        )
    return FactsUpdate(int(result.rowcount or 0), changed)  # type: ignore[attr-defined]


#: Rows a refresh must change before it refreshes the planner's statistics.
ANALYZE_AFTER_ROWS = 10_000


def analyze(
    session: Session, tables: Sequence[str] = ("follow_ups", "customer_order_facts")
) -> None:
    """Refresh the planner's statistics of the tables a big refresh changed.

    PostgreSQL plans the next refresh from them: after the first run inserted half a million
    follow-ups, stale statistics (autovacuum comes later) made it merge-join the whole
    customer table for every rule. Not on SQLite: statistics of two tables only would skew
    its planner against the tables without any (the rules' plans are fixed by their indexes).
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(text(f"ANALYZE {table}"))


# ------------------------------------------------------------------------------ rules


def _jst_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), JST).astimezone(dt.UTC)


@dataclass(frozen=True)
class _Selection:
    """A rule's customers: FROM … WHERE (cheap column tests only), later per-row checks, and
    the episode condition on an earlier follow-up ``f`` of the rule."""

    source: str
    #: correlated checks run after the one-open-follow-up check (the cheapest and, on a
    #: second run, the one that rejects almost everyone)
    checks: tuple[str, ...]
    #: which earlier follow-up of this rule already covers the customer (one per purchase
    #: episode, i.e. made after the last order, for the lapse rules)
    episode: str


_RUNNING = (
    "NOT EXISTS (SELECT 1 FROM subscriptions sb WHERE sb.customer_id = fa.customer_id "
    "AND sb.status IN ('active', 'paused'))"
)
_FACTS = "FROM customer_order_facts fa JOIN customers cu ON cu.id = fa.customer_id"
_SINCE_LAST_ORDER = "f.created_at >= fa.last_order_at"


def _selection(rule: Rule, sql: _Sql, settings: LapseSettings) -> _Selection:  # noqa: PLR0911
    """What the rule selects (the FROM names the customer ``cu`` and the facts ``fa``)."""
    whom = rule.whom
    kind = whom.kind
    idle = sql.days_since("fa.last_order_on")
    grace = settings.grace_days
    if kind is SelectorKind.F2:
        lead = settings.f2_lead_days
        window = whom.int_param("window_days")
        since_first = sql.days_since("fa.first_order_on")
        return _Selection(
            # F2 is a first-year matter (later the dormant tiers take over): an index range.
            f"{_FACTS} WHERE fa.order_count = 1 AND fa.first_order_on > :year_before "
            f"AND {since_first} >= fa.last_supply_days - {lead} "
            f"AND {since_first} < fa.last_supply_days - {lead} + {window} AND {_RUNNING}",
            (),
            _SINCE_LAST_ORDER,
        )
    if kind is SelectorKind.LAPSING:
        # Lapsing ends where the first dormant tier starts, and needs more than the grace days
        # without an order: an index range on the last order date before any arithmetic.
        recent = "fa.last_order_on > :tier1_day AND fa.last_order_on < :grace_day"
        if whom.bool_param("subscribers"):
            # More days without an order than the longest active cycle + grace: an active
            # subscription with a cycle, and none whose cycle + grace still covers the days
            # (two joins the planner can hash, not one max() per candidate).
            active = (
                "FROM subscriptions sb WHERE sb.customer_id = fa.customer_id "
                "AND sb.status = 'active' AND sb.cycle_days IS NOT NULL"
            )
            return _Selection(
                f"{_FACTS} WHERE {recent} AND EXISTS (SELECT 1 {active}) "
                f"AND NOT EXISTS (SELECT 1 {active} AND sb.cycle_days + {grace} >= {idle})",
                (),
                _SINCE_LAST_ORDER,
            )
        expected_gap = (
            "CASE WHEN fa.order_count >= 3 AND fa.median_interval_days IS NOT NULL "
            "THEN fa.median_interval_days ELSE fa.last_supply_days END"
        )
        return _Selection(
            f"{_FACTS} WHERE {recent} AND {idle} > {expected_gap} + {grace} AND {_RUNNING}",
            (),
            _SINCE_LAST_ORDER,
        )
    if kind is SelectorKind.DORMANT:
        # A window on the last order date (an index range): tiers 1 and 2 end where the next
        # starts, tier 3 after max_days days (0: no end).
        endless = whom.int_param("tier") == 3 and whom.int_param("max_days") == 0
        upper = "" if endless else " AND fa.last_order_on > :upper_day"
        return _Selection(
            f"{_FACTS} WHERE fa.last_order_on <= :lower_day{upper} AND {_RUNNING}",
            (),
            _SINCE_LAST_ORDER,
        )
    if kind is SelectorKind.DELIVERY_MILESTONE:
        delivery = whom.int_param("delivery")
        return _Selection(
            f"{_FACTS} WHERE fa.last_delivery_number = {delivery} "
            "AND fa.last_delivery_on > :milestone_day",
            (),
            "1 = 1",  # once per customer and milestone
        )
    if kind is SelectorKind.BIRTHDAY:
        return _Selection(
            "FROM customers cu WHERE (:birthday_ranges)", (), "f.created_at >= :year_ago"
        )
    if kind is SelectorKind.VIP:
        return _Selection(
            "FROM customers cu WHERE cu.rank = 'vip'",
            (
                "NOT EXISTS (SELECT 1 FROM contacts ct WHERE ct.customer_id = cu.id "
                "AND ct.contacted_at >= :vip_since)",
            ),
            "1 = 0",  # the cool-down and the no-contact window decide, not an episode
        )
    # COMPLAINT_RESOLVED: the safety net behind resolve_complaint's own check-back.
    return _Selection(
        "FROM customers cu WHERE cu.id IN (SELECT cp.customer_id FROM complaints cp "
        "WHERE cp.status = 'resolved' AND cp.resolved_at < :resolved_before "
        "AND cp.resolved_at >= :resolved_after AND NOT EXISTS (SELECT 1 FROM follow_ups fc "
        "WHERE fc.customer_id = cp.customer_id AND fc.rule_code = :rule "
        "AND fc.created_at >= cp.resolved_at))",
        (),
        "1 = 0",
    )


def birthday_ranges(today: dt.date, days_before: int) -> list[tuple[dt.date, dt.date]]:
    """Birth-date ranges (one or two per birth year since 1900) of birthdays from ``today`` to
    ``today + days_before``; born on 29 February: greeted on the 28th in other years."""
    days = [today + dt.timedelta(days=n) for n in range(days_before + 1)]
    pairs = [(d.month, d.day) for d in days]
    if (2, 28) in pairs and not _is_leap(today.year) and (3, 1) not in pairs:
        pairs.insert(pairs.index((2, 28)) + 1, (2, 29))
    runs: list[list[tuple[int, int]]] = [[]]
    for pair in pairs:
        if runs[-1] and pair < runs[-1][-1]:  # the window crosses New Year
            runs.append([])
        runs[-1].append(pair)
    ranges: list[tuple[dt.date, dt.date]] = []
    for year in range(1900, today.year + 1):
        for run in runs:
            valid = [dt.date(year, m, d) for m, d in run if (m, d) != (2, 29) or _is_leap(year)]
            if valid:
                ranges.append((valid[0], valid[-1]))
    return ranges


def _params(
    rule: Rule, sql: _Sql, settings: LapseSettings, today: dt.date, now: dt.datetime
) -> tuple[dict[str, Any], list[Any]]:
    """Bound values of the rule's statement (plain values, and typed timestamp binds)."""
    t1, t2, t3 = settings.dormant_tiers
    whom = rule.whom
    values: dict[str, Any] = {
        "today": sql.date(today),
        "rule": rule.code,
        "tier1_day": sql.date(today - dt.timedelta(days=t1)),
        "grace_day": sql.date(today - dt.timedelta(days=settings.grace_days)),
        "year_before": sql.date(today - dt.timedelta(days=365)),
    }
    stamps: list[Any] = [
        _ts("now", now),
        _ts("due", dt.datetime.combine(today, dt.time(10), JST).astimezone(dt.UTC)),
        _ts("cool_since", _jst_midnight(today - dt.timedelta(days=rule.cool_down_days - 1))),
    ]
    kind = whom.kind
    if kind is SelectorKind.DORMANT:
        tier = whom.int_param("tier")
        tiers = (t1, t2, t3)
        values["lower_day"] = sql.date(today - dt.timedelta(days=tiers[tier - 1]))
        if tier < 3:
            values["upper_day"] = sql.date(today - dt.timedelta(days=tiers[tier]))
        elif whom.int_param("max_days"):
            # last_order_on > upper_day ⇔ at most max_days days without an order
            values["upper_day"] = sql.date(
                today - dt.timedelta(days=whom.int_param("max_days") + 1)
            )
    elif kind is SelectorKind.DELIVERY_MILESTONE:
        values["milestone_day"] = sql.date(today - dt.timedelta(days=whom.int_param("within_days")))
    elif kind is SelectorKind.BIRTHDAY:
        for n, (first, last) in enumerate(birthday_ranges(today, whom.int_param("days_before"))):
            values[f"bd{n}a"] = sql.date(first)
            values[f"bd{n}b"] = sql.date(last)
        stamps.append(_ts("year_ago", now - dt.timedelta(days=300)))
    elif kind is SelectorKind.VIP:
        since = _jst_midnight(today - dt.timedelta(days=whom.int_param("no_contact_days")))
        stamps.append(_ts("vip_since", since))
    elif kind is SelectorKind.COMPLAINT_RESOLVED:
        # Whole business days, like every other window: what a run selects depends on
        # ``today`` only, not on the hour it runs (resolved on day D: after_days ≤ today − D
        # ≤ within_days).
        after, within = whom.int_param("after_days"), whom.int_param("within_days")
        stamps.append(_ts("resolved_before", _jst_midnight(today - dt.timedelta(days=after - 1))))
        stamps.append(_ts("resolved_after", _jst_midnight(today - dt.timedelta(days=within))))
    return values, stamps


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def create_statement(  # noqa: PLR0917
    rule: Rule,
    dialect: str,
    settings: LapseSettings,
    today: dt.date,
    now: dt.datetime,
    part: Sequence[tuple[int, int]] | None = None,
) -> tuple[Any, dict[str, Any]]:
    """The rule's ``INSERT … SELECT`` and its parameters (see the module docstring); with
    ``part`` (ranges of customer ids, first and last) only for those customers."""
    sql = _Sql(dialect)
    picked = _selection(rule, sql, settings)
    selection = picked.source
    mailable = "(NOT cu.do_not_mail AND NOT cu.returned_mail)"
    letter_ok = rule.channel is FollowUpChannel.LETTER or rule.letter_if_no_call
    letter = f"CASE WHEN {mailable} THEN 'letter' END"
    # VIPs are personal handling: a call by their operator, never an automatic DM; a VIP who
    # refused calls gets a personal letter only where the rule allows a letter at all.
    vip_channel = (
        f"CASE WHEN NOT cu.do_not_call THEN 'call' {'ELSE ' + letter if letter_ok else ''} END"
    )
    if rule.channel is FollowUpChannel.CALL:
        fallback = f"ELSE {letter}" if rule.letter_if_no_call else ""
        shared_channel = f"CASE WHEN NOT cu.do_not_call THEN 'call' {fallback} END"
    else:
        shared_channel = letter
    channel = f"CASE WHEN cu.rank = 'vip' THEN {vip_channel} ELSE {shared_channel} END"
    assigned = (
        "CASE WHEN cu.rank = 'vip' THEN (SELECT ct.operator_id FROM contacts ct "
        "JOIN operators op ON op.id = ct.operator_id "
        f"WHERE ct.customer_id = cu.id AND op.active = {sql.true()} "
        "ORDER BY ct.contacted_at DESC, ct.id DESC LIMIT 1) END"
    )
    exclusions = [
        *picked.checks,
        # one per rule and episode
        f"NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.customer_id = cu.id "
        f"AND f.rule_code = :rule AND {picked.episode})",
    ]
    if rule.whom.kind is not SelectorKind.COMPLAINT_RESOLVED:
        exclusions.append(
            "NOT EXISTS (SELECT 1 FROM complaints oc WHERE oc.customer_id = cu.id "
            "AND oc.status IN ('open', 'escalated'))"
        )
    if rule.cool_down_days > 0:
        exclusions.append(
            "NOT EXISTS (SELECT 1 FROM contacts cc WHERE cc.customer_id = cu.id "
            "AND cc.contacted_at >= :cool_since)"
        )
        exclusions.append(
            "NOT EXISTS (SELECT 1 FROM mailings ml WHERE ml.customer_id = cu.id "
            "AND ml.sent_at >= :cool_since)"
        )
    where_more = " AND ".join(exclusions)
    # First the candidates from one table and one index-only check: one open follow-up per
    # customer (the queue never hands out one customer twice). On a daily run that check
    # leaves a few thousand of the hundreds of thousands a rule selects, and only those are
    # joined to the customer row and checked further.
    if selection.startswith(_FACTS + " WHERE "):
        table, alias, conds = "customer_order_facts", "fa", selection[len(_FACTS) + 7 :]
        # The candidates carry the one fact the later checks need (the episode's start), so
        # the facts are read once, not joined again.
        joined = "FROM cand fa JOIN customers cu ON cu.id = fa.id"
        key = "fa.customer_id"
        carried = ", fa.last_order_at"
    else:
        prefix = "FROM customers cu WHERE "
        assert selection.startswith(prefix)
        table, alias, conds = "customers", "cu", selection[len(prefix) :]
        joined = "FROM cand JOIN customers cu ON cu.id = cand.id"
        key = "cu.id"
        carried = ""
    in_range = ""
    if part:
        ranges = " OR ".join(f"{key} BETWEEN :part{n}a AND :part{n}b" for n in range(len(part)))
        in_range = f"({ranges}) AND "
        # The same ranges on the customer rows: the planner does not carry them over the join,
        # and each part would read the whole customer table.
        joined += (
            " AND ("
            + " OR ".join(f"cu.id BETWEEN :part{n}a AND :part{n}b" for n in range(len(part)))
            + ")"
        )
    # ORDER BY the customer: three follow-up indexes start with the customer id, and rows
    # inserted in that order fill their pages one after another instead of at random.
    statement = f"""
INSERT INTO follow_ups (
    customer_id, kind, rule_code, channel, due_at, priority, status, attempts, note,
    created_at, handling, assigned_to, origin
)
WITH cand AS MATERIALIZED (
    SELECT {key} AS id{carried} FROM {table} {alias}
    WHERE {in_range}NOT EXISTS (SELECT 1 FROM follow_ups fo WHERE fo.customer_id = {key}
                      AND fo.status IN ('open', 'claimed'))
    AND {conds}
)
SELECT picked.id, :kind, :rule, picked.channel, :due, :priority, 'open', 0, '', :now,
       picked.handling, picked.assigned_to, 'rule'
FROM (
    SELECT cu.id,
           {channel} AS channel,
           CASE WHEN cu.rank = 'vip' THEN 'personal' ELSE 'shared' END AS handling,
           {assigned} AS assigned_to
    {joined}
    WHERE {where_more}
    {sql.no_flatten()}
) picked
WHERE picked.channel IS NOT NULL
ORDER BY picked.id
"""
    values, stamps = _params(rule, sql, settings, today, now)
    values.update({"kind": rule.kind, "priority": rule.priority})
    for n, (first, last) in enumerate(part or ()):
        values.update({f"part{n}a": first, f"part{n}b": last})
    if ":birthday_ranges" in statement:
        count = sum(1 for key in values if key.startswith("bd") and key.endswith("a"))
        ranges = " OR ".join(f"cu.birth_date BETWEEN :bd{n}a AND :bd{n}b" for n in range(count))
        statement = statement.replace(":birthday_ranges", ranges)
    stmt = text(statement).bindparams(*(b for b in stamps if f":{b.key}" in statement))
    used = {k: v for k, v in values.items() if f":{k}" in statement}
    return stmt, used


def create_for_rule(  # noqa: PLR0917
    session: Session,
    rule: Rule,
    settings: LapseSettings,
    today: dt.date,
    now: dt.datetime,
    part: Sequence[tuple[int, int]] | None = None,
) -> int:
    """Create the rule's follow-ups for the whole base (or one part of it, see
    :func:`customer_parts`) in one statement; returns how many."""
    stmt, values = create_statement(
        rule, session.get_bind().dialect.name, settings, today, now, part
    )
    result = session.execute(stmt, values)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


#: Customers below which a rule runs in one statement even on PostgreSQL.
PART_MIN_CUSTOMERS = 50_000
#: At most this many parts of a rule run at once (one connection and one server process each).
MAX_PARTS = 4
#: Blocks of customer ids per part (see :func:`customer_parts`).
_BLOCKS_PER_PART = 16


def customer_parts(session: Session, workers: int) -> list[list[tuple[int, int]]]:
    """How to split a rule's run: for each part, the ranges of customer ids (first, last) it
    covers; one part with no ranges (the whole base) when a rule runs in one statement.

    PostgreSQL runs one ``INSERT … SELECT`` in one server process: a rule over a million
    customers uses one core. The rules' checks are per customer, so a rule run over disjoint
    parts of the customers at once, one connection each, creates exactly what one statement
    would, in a fraction of the time. Each part is every n-th block of ids, not one range:
    lapsing and dormant customers cluster in the older (lower) ids, and one range would leave
    one part most of the work. Ranges, not ``id % n``: the planner estimates a range from its
    statistics, a modulo as 0.5 %, and plans the big rules as if they were tiny.
    One part on SQLite, which has one writer, and for small bases.
    """
    if session.get_bind().dialect.name != "postgresql":
        return [[]]
    first, last, count = session.execute(
        text("SELECT min(id), max(id), count(*) FROM customers")
    ).one()
    parts = 1 if count < PART_MIN_CUSTOMERS else max(1, min(workers, MAX_PARTS))
    if parts == 1:
        return [[]]
    blocks = parts * _BLOCKS_PER_PART
    span = int(last) - int(first) + 1
    bounds = [int(first) + span * b // blocks for b in range(blocks + 1)]
    return [[(bounds[b], bounds[b + 1] - 1) for b in range(k, blocks, parts)] for k in range(parts)]


def close_stale(
    session: Session,
    rules: Sequence[Rule],
    now: dt.datetime,
    *,
    changed_customers: Sequence[int] | None = None,
    changed_since: dt.datetime | None = None,
) -> int:
    """Close open follow-ups that no longer apply; returns how many.

    * the customer ordered since a rule made it (rules with ``close_on_order``): closed,
      ``ordered_meanwhile``;
    * a call for a customer now 電話不可, a letter for one now DM不要 or 宛所不明: closed,
      ``flag_set``;
    * a letter follow-up whose customer was mailed since it was made: done, ``mailed``.

    Claimed ones are left alone: an operator has the customer on the line. With
    ``changed_customers`` (whose purchase facts this run recomputed) and ``changed_since`` (the
    previous run's time) only what changed since is looked at — those customers, flag changes,
    mailing batches — instead of every open follow-up; without them (the first run)
    everything is.
    """
    closing = [r.code for r in rules if r.close_on_order]
    total = 0
    stamps = [_ts("now", now)]
    since = [_ts("since", changed_since)] if changed_since is not None else []
    # Each statement starts from what changed (CROSS JOIN keeps SQLite's join order: new
    # orders, flag changes, mailing batches first) and updates the follow-ups by id.
    if closing:
        close = text(
            "UPDATE follow_ups SET status = 'closed', outcome = 'ordered_meanwhile', "
            "closed_at = :now WHERE id IN (SELECT f.id FROM follow_ups f "
            "JOIN customer_order_facts fa ON fa.customer_id = f.customer_id "
            "WHERE f.status = 'open' AND f.origin = 'rule' AND f.rule_code IN :codes "
            "AND fa.last_order_at > f.created_at {customers})"
        )
        if changed_customers is None:  # the first run: every open follow-up
            result = session.execute(
                text(close.text.format(customers="")).bindparams(
                    *stamps, bindparam("codes", expanding=True)
                ),
                {"codes": closing},
            )
            total += int(result.rowcount or 0)  # type: ignore[attr-defined]
        else:
            some = text(close.text.format(customers="AND f.customer_id IN :ids")).bindparams(
                *stamps, bindparam("codes", expanding=True), bindparam("ids", expanding=True)
            )
            ids = list(changed_customers)
            for at in range(0, len(ids), _CLOSE_CHUNK):
                result = session.execute(
                    some, {"codes": closing, "ids": ids[at : at + _CLOSE_CHUNK]}
                )
                total += int(result.rowcount or 0)  # type: ignore[attr-defined]
    flag_now = (
        "EXISTS (SELECT 1 FROM customers cu WHERE cu.id = f.customer_id AND ("
        "(f.channel = 'call' AND cu.do_not_call) OR "
        "(f.channel = 'letter' AND (cu.do_not_mail OR cu.returned_mail))))"
    )
    if since:
        flagged = (
            "SELECT f.id FROM customer_flag_changes fc CROSS JOIN follow_ups f "
            "WHERE fc.at >= :since AND f.customer_id = fc.customer_id "
            f"AND f.status = 'open' AND {flag_now}"
        )
        mailed = (
            "SELECT f.id FROM mailing_batches b CROSS JOIN mailings ml CROSS JOIN follow_ups f "
            "WHERE b.created_at >= :since AND ml.batch_id = b.id "
            "AND f.customer_id = ml.customer_id AND f.status = 'open' "
            "AND f.channel = 'letter' AND ml.sent_at >= f.created_at"
        )
    else:
        flagged = f"SELECT f.id FROM follow_ups f WHERE f.status = 'open' AND {flag_now}"
        mailed = (
            "SELECT f.id FROM follow_ups f WHERE f.status = 'open' AND f.channel = 'letter' "
            "AND EXISTS (SELECT 1 FROM mailings ml WHERE ml.customer_id = f.customer_id "
            "AND ml.sent_at >= f.created_at)"
        )
    result = session.execute(
        text(
            "UPDATE follow_ups SET status = 'closed', outcome = 'flag_set', closed_at = :now "
            f"WHERE id IN ({flagged})"
        ).bindparams(*stamps, *since)
    )
    total += int(result.rowcount or 0)  # type: ignore[attr-defined]
    result = session.execute(
        text(
            "UPDATE follow_ups SET status = 'done', outcome = 'mailed', closed_at = :now "
            f"WHERE id IN ({mailed})"
        ).bindparams(*stamps, *since)
    )
    total += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return total


def close_for_flag(session: Session, customer_id: int, flag: str, at: dt.datetime) -> int:
    """Close a customer's open follow-ups that a flag just set forbids; the number closed.

    Runs in the flag change's own transaction, so a call is never handed out (nor a letter
    printed) between 電話不可 / DM不要 / 宛所不明 being set and the next refresh. A follow-up
    an operator holds right now (claimed) is left to that operator's result.
    """
    channel = {"do_not_call": "call", "do_not_mail": "letter", "returned_mail": "letter"}.get(flag)
    if channel is None:
        return 0
    result = session.execute(
        text(
            "UPDATE follow_ups SET status = 'closed', outcome = 'flag_set', closed_at = :now "
            "WHERE customer_id = :customer AND status = 'open' AND channel = :channel"
        ).bindparams(_ts("now", at)),
        {"customer": customer_id, "channel": channel},
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def close_retired(session: Session, active_codes: Sequence[str], at: dt.datetime) -> int:
    """Close the open rule-made follow-ups of rules switched off or gone; how many.

    A supervisor who switches a rule off expects its calls to leave the queue, not to be
    handed out for weeks. Claimed ones stay with their operator; desk-made items (call-backs,
    complaint check-backs) are not rule-made and stay.
    """
    result = session.execute(
        text(
            "UPDATE follow_ups SET status = 'closed', outcome = 'rule_inactive', "
            "closed_at = :now WHERE origin = 'rule' AND status = 'open' "
            "AND (rule_code IS NULL OR rule_code NOT IN :codes)"
        ).bindparams(_ts("now", at), bindparam("codes", expanding=True)),
        {"codes": list(active_codes)},
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def close_mailed(session: Session, customer_id: int, at: dt.datetime) -> int:
    """Mark a customer's open letter follow-ups done: a letter was just printed for them.

    The refresh's incremental close only sees batches; a letter printed from the desk (a VIP's
    personal letter, say) would otherwise stay open and keep the customer out of every rule.
    """
    result = session.execute(
        text(
            "UPDATE follow_ups SET status = 'done', outcome = 'mailed', closed_at = :now "
            "WHERE customer_id = :customer AND status = 'open' AND channel = 'letter'"
        ).bindparams(_ts("now", at)),
        {"customer": customer_id},
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def last_refresh(session: Session) -> dt.datetime | None:
    """When the last refresh closed stale follow-ups (None: never)."""
    raw = session.execute(
        text("SELECT value FROM app_settings WHERE key = :key"), {"key": LAST_REFRESH_KEY}
    ).scalar_one_or_none()
    return None if raw is None else dt.datetime.fromisoformat(json.loads(raw))


def set_last_refresh(session: Session, at: dt.datetime) -> None:
    """Remember when this refresh looked at changes (the next one looks from there)."""
    session.execute(text("DELETE FROM app_settings WHERE key = :key"), {"key": LAST_REFRESH_KEY})
    session.execute(
        text(
            "INSERT INTO app_settings (key, value, updated_by, updated_at) "
            "VALUES (:key, :value, NULL, :now)"
        ).bindparams(_ts("now", at)),
        {"key": LAST_REFRESH_KEY, "value": json.dumps(at.isoformat())},
    )


def open_counts(session: Session) -> tuple[int, dict[str, int]]:
    """(open follow-ups of every kind, open ones by rule code); claimed ones count as open."""
    # Each reads one partial index only (no table rows): rule-made open items, desk-made ones.
    by_rule: dict[str, int] = {}
    total = 0
    for origin in ("rule", "desk"):
        rows = session.execute(
            text(
                f"SELECT rule_code, count(*) FROM follow_ups WHERE origin = '{origin}' "
                "AND status IN ('open', 'claimed') GROUP BY rule_code"
            )
        ).all()
        for code, n in rows:
            total += int(n)
            if code is not None:
                by_rule[str(code)] = by_rule.get(str(code), 0) + int(n)
    return total, by_rule
