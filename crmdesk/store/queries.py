"""Read-model queries: customer lookups, the customer card and its timeline.

Every lookup here is an index seek (see the indexes in schema.py); they return ids or frozen read
models, never ORM objects. Dialect differences (prefix search) are handled here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    String,
    Text,
    any_,
    bindparam,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.expression import Executable

from crmdesk.domain.ids import CustomerId, SubscriptionId
from crmdesk.domain.model import TimelineKind
from crmdesk.domain.normalize import normalize_name, to_katakana
from crmdesk.domain.readmodels import (
    CustomerCard,
    CustomerSummary,
    SubscriptionView,
    TimelineEntry,
)
from crmdesk.domain.search import substring_forms
from crmdesk.store import search_index
from crmdesk.store.schema import (
    CancellationRequest,
    Complaint,
    Contact,
    Customer,
    CustomerFlagChange,
    CustomerPhone,
    CustomerVoice,
    Mailing,
    Order,
    Product,
    Subscription,
    SubscriptionEvent,
)

_Row = Select[str, dt.datetime, str, str, int]
_TEXT_ARRAY = postgresql.ARRAY(Text)

#: Above every katakana, kanji and full-width form used in names: the end of a prefix range.
_PREFIX_END = "\U0010ffff"


def _prefix(column: SQLColumnExpression[str], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range the column's index serves in order.

    Search columns compare by code point on both backends (schema._search_key), so the range
    [prefix, prefix + U+10FFFF) is exactly the strings with that prefix. (SQLite's LIKE would
    scan: it uses an index only with case_sensitive_like on.)
    """
    return (column >= prefix) & (column < prefix + _PREFIX_END)


def _ids(
    session: Session, stmt: Select[int], params: dict[str, object] | None = None
) -> list[CustomerId]:
    # Core execution (session.connection()): these are plain column selects, and the ORM's
    # per-statement machinery costs more than an index seek.
    return [CustomerId(i) for i in session.connection().scalars(stmt, params)]


def find_by_phone_digits(session: Session, digits: str, limit: int = 20) -> list[CustomerId]:
    """Customers having a phone whose canonical digits equal ``digits``."""
    stmt = (
        select(CustomerPhone.customer_id)
        .where(CustomerPhone.digits == digits)
        .distinct()
        .order_by(CustomerPhone.customer_id)
        .limit(limit)
    )
    return _ids(session, stmt)


def find_by_phone_last4(session: Session, last4: str, limit: int = 20) -> list[CustomerId]:
    """Customers having a phone ending in these four digits."""
    stmt = (
        select(CustomerPhone.customer_id)
        .where(CustomerPhone.last4 == last4)
        .distinct()
        .order_by(CustomerPhone.customer_id)
        .limit(limit)
    )
    return _ids(session, stmt)


def find_by_code(session: Session, code: str) -> list[CustomerId]:
    """The customer with this 顧客番号 (exact)."""
    return _ids(session, select(Customer.id).where(Customer.code == code))


def find_by_order_number(session: Session, order_number: str) -> list[CustomerId]:
    """The customer who placed this order (exact order number)."""
    return _ids(session, select(Order.customer_id).where(Order.order_number == order_number))


def find_by_email(session: Session, email_norm: str, limit: int = 20) -> list[CustomerId]:
    """Customers with this (normalised) email address."""
    stmt = select(Customer.id).where(Customer.email_norm == email_norm).limit(limit)
    return _ids(session, stmt)


def find_by_postal_code(session: Session, postal_code: str, limit: int = 20) -> list[CustomerId]:
    """Customers living at this 7-digit postal code."""
    stmt = (
        select(Customer.id)
        .where(Customer.postal_code == postal_code)
        .order_by(Customer.kana_norm)
        .limit(limit)
    )
    return _ids(session, stmt)


def find_by_kana_prefix(session: Session, kana_prefix: str, limit: int = 20) -> list[CustomerId]:
    """Customers whose reading (family+given, katakana, no spaces) starts with ``kana_prefix``."""
    stmt = (
        select(Customer.id)
        .where(_prefix(Customer.kana_norm, kana_prefix))
        .order_by(Customer.kana_norm, Customer.id)
        .limit(limit)
    )
    return _ids(session, stmt)


def find_by_name_prefix(session: Session, name_prefix: str, limit: int = 20) -> list[CustomerId]:
    """Customers whose written name (family+given, no spaces) starts with ``name_prefix``."""
    stmt = (
        select(Customer.id)
        .where(_prefix(Customer.name_norm, name_prefix))
        .order_by(Customer.name_norm, Customer.id)
        .limit(limit)
    )
    return _ids(session, stmt)


def find_by_substring(session: Session, text: str, limit: int = 20) -> list[CustomerId]:
    """Customers whose written name, reading or address contains ``text`` (any script/width).

    Two characters or more search inside the values (``search_index`` describes the index of
    each dialect); shorter text falls back to the name and reading prefix searches, since one
    character is part of too many names. Matches come in index order (customer id on SQLite,
    table order on PostgreSQL): every match of a substring is as good as another.
    Never raises on odd input: quotes, ``%``, ``_``, ``*`` and FTS words like ``AND`` are
    matched as the literal characters they are.
    """
    forms = substring_forms(text)
    if not forms:
        name = normalize_name(text)
        if not name:
            return []
        found = find_by_name_prefix(session, name, limit)
        kana = find_by_kana_prefix(session, to_katakana(name), limit)
        return [*found, *(c for c in kana if c not in found)][:limit]
    if session.get_bind().dialect.name == "postgresql":
        return _pg_substring(session, forms, limit)
    return _sqlite_substring(session, forms, limit)


def _fts_string(term: str) -> str:
    """An FTS5 string literal: whatever it contains is text, never query syntax."""
    return '"' + term.replace('"', '""') + '"'


def _sqlite_candidates(
    session: Session, match: str, forms: Sequence[str], limit: int
) -> list[CustomerId]:
    """Rows the FTS index proposes for ``match``, re-checked against the customers' columns.

    The index (detail=none) only knows which trigrams a row has, not where: the re-check with
    ``instr`` makes the answer exact, and also keeps a stale index entry from ever showing.
    """
    params: dict[str, object] = {"match": match, "limit": limit}
    checks: list[str] = []
    for k, form in enumerate(forms):
        params[f"f{k}"] = form
        checks.extend(
            f"instr(customers.{col}, :f{k}) > 0"
            for col in ("name_norm", "kana_norm", "address_norm")
        )
    sql = text(
        f"SELECT customers.id FROM {search_index.FTS_TABLE} "
        f"JOIN customers ON customers.id = {search_index.FTS_TABLE}.rowid "
        f"WHERE {search_index.FTS_TABLE} MATCH :match AND ({' OR '.join(checks)}) LIMIT :limit"
    )
    return [CustomerId(i) for i in session.connection().scalars(sql, params)]


#: Trigrams per FTS query when expanding a two-character query (see _sqlite_substring).
_EXPANSION_BATCH = 64


def _sqlite_substring(session: Session, forms: Sequence[str], limit: int) -> list[CustomerId]:
    """FTS5 trigram search; two-character forms through the trigrams that start with them.

    A form of three characters or more must contain all its trigrams (then the re-check).
    A two-character form ``xy`` is the start of a trigram wherever it occurs (every indexed
    value ends with a sentinel), so it matches any of the vocabulary's terms ``xy…``. Those
    terms are read in order with their document counts and matched in batches, stopping as soon
    as enough customers are found: a frequent pair (丁目) needs one term, not all of them.
    """
    found: list[CustomerId] = []

    def add(ids: list[CustomerId]) -> None:
        found.extend(i for i in ids if i not in found)

    long_forms = [f for f in forms if len(f) >= 3]
    if long_forms:
        match = " OR ".join(
            "(" + " AND ".join(_fts_string(f[i : i + 3]) for i in range(len(f) - 2)) + ")"
            for f in long_forms
        )
        add(_sqlite_candidates(session, match, long_forms, limit))
    for form in (f for f in forms if len(f) == 2):
        if len(found) < limit:
            _sqlite_expand_pair(session, form, limit, add, lambda: len(found))
    return found[:limit]


def _sqlite_expand_pair(
    session: Session,
    pair: str,
    limit: int,
    add: Callable[[list[CustomerId]], None],
    count: Callable[[], int],
) -> None:
    """Match the trigrams that start with ``pair``, a batch at a time, until ``limit`` found."""
    terms = session.connection().execute(
        text(f"SELECT term, doc FROM {search_index.VOCAB_TABLE} WHERE term >= :lo AND term < :hi"),
        {"lo": pair, "hi": pair + _PREFIX_END},
    )
    batch: list[str] = []
    docs = 0
    try:
        # Rows are read one at a time: fts5vocab counts a term's documents only when it gets
        # there, and the rare pair that needs many terms has few documents per term.
        for term, doc in terms:
            batch.append(term)
            docs += int(doc)
            if docs >= limit - count() or len(batch) >= _EXPANSION_BATCH:
                add(_sqlite_candidates(session, _fts_any(batch), [pair], limit))
                batch, docs = [], 0
                if count() >= limit:
                    return
        if batch:
            add(_sqlite_candidates(session, _fts_any(batch), [pair], limit))
    finally:
        terms.close()


def _fts_any(terms: Sequence[str]) -> str:
    return " OR ".join(map(_fts_string, terms))


#: Customers the PostgreSQL probe reads before it turns to the index (see _pg_substring).
PG_PROBE_ROWS = 2000


def _pg_substring(session: Session, forms: Sequence[str], limit: int) -> list[CustomerId]:
    """pg_trgm ``LIKE '%…%'`` (three characters or more) or bigram containment (two).

    A GIN index cannot stop early: its bitmap holds every match before the first row comes
    out, which for a frequent substring (丁目, サト: a tenth of all customers) costs tens of
    milliseconds. The planner could use a sequential scan that stops after ``limit`` rows, but
    it cannot know how frequent a substring is, and when it guesses "frequent" for a rare one
    the scan reads the whole table (hundreds of milliseconds at a million customers; seen).
    So the decision is made here, from the data, in two bounded steps:

    1. a probe: the first :data:`PG_PROBE_ROWS` customers (by id, through the primary key) are
       tested directly; a substring that fills the list from them is frequent, and done;
    2. otherwise the substring is in fewer than about ``limit / PG_PROBE_ROWS`` of all
       customers, and the GIN index answers quickly: sequential scans are disabled for that
       statement, whatever the planner's guess.
    """
    like = {f"f{k}": f"%{_like_escape(form)}%" for k, form in enumerate(forms)}
    probe = _pg_substring_statement(len(forms), ())
    found = _ids(session, probe, {**like, "limit": limit})
    if len(found) >= limit:
        return found[:limit]
    pairs = tuple(k for k, form in enumerate(forms) if len(form) < 3)
    params: dict[str, object] = {**like, "limit": limit + len(found)}
    params.update({f"f{k}": [forms[k]] for k in pairs})
    conn = session.connection()
    conn.execute(text("SET LOCAL enable_seqscan = off"))
    try:
        more = _ids(session, _pg_substring_statement(len(forms), pairs, probe=False), params)
    finally:
        conn.execute(text("SET LOCAL enable_seqscan = DEFAULT"))
    return [*found, *(i for i in more if i not in found)][:limit]


@functools.cache
def _pg_substring_statement(
    count: int, pairs: tuple[int, ...], *, probe: bool = True
) -> Select[int]:
    """Any of ``count`` forms (parameters ``f0``…), over the first customers or everywhere.

    Forms are LIKE patterns, except the two-character ones listed in ``pairs`` outside the
    probe: those are one-element arrays matched against the bigram index. Built once per shape.
    """
    expr = literal_column(search_index.PG_SEARCH_EXPR, type_=String)
    bigrams = getattr(func, search_index.PG_BIGRAM_FUNCTION)(expr)
    conditions: list[ColumnElement[bool]] = [
        bigrams.op("@>")(cast(bindparam(f"f{k}", type_=_TEXT_ARRAY), _TEXT_ARRAY))
        if k in pairs
        else expr.like(bindparam(f"f{k}", type_=String), escape="\\")
        for k in range(count)
    ]
    limit = bindparam("limit", type_=Integer)
    if not probe:
        return select(Customer.id).where(or_(*conditions)).limit(limit)
    first = (
        select(Customer.id, Customer.name_norm, Customer.kana_norm, Customer.address_norm)
        .order_by(Customer.id)
        .limit(PG_PROBE_ROWS)
        .subquery("probe")
    )
    # The conditions name the columns unqualified: the probe subquery has the same names.
    return select(first.c.id).where(or_(*conditions)).limit(limit)


def _like_escape(value: str) -> str:
    """``value`` as literal text inside a LIKE pattern with ``ESCAPE '\\'``."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def format_address(prefecture: str, city: str, street: str, building: str) -> str:
    """One line, the way it is read out on the phone: 都道府県市区町村番地 建物名."""
    line = f"{prefecture}{city}{street}"
    return f"{line} {building}" if building else line


def _summary_select(
    order: tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...] = (Customer.id,),
) -> Select[*tuple[Any, ...]]:
    """The columns of a search hit: the customer and a row per phone, phones in order.

    Rows come ordered by ``order`` (then the phone's position); a customer's rows are adjacent.
    """
    return (
        select(
            Customer.id,
            Customer.code,
            Customer.family_name,
            Customer.given_name,
            Customer.family_kana,
            Customer.given_kana,
            Customer.email,
            Customer.postal_code,
            Customer.prefecture,
            Customer.city,
            Customer.street,
            Customer.building,
            Customer.rank,
            Customer.do_not_mail,
            Customer.do_not_call,
            Customer.returned_mail,
            CustomerPhone.number,
        )
        .outerjoin(CustomerPhone, CustomerPhone.customer_id == Customer.id)
        .order_by(*order, CustomerPhone.position)
    )


@functools.cache
def _phone_summary_statement() -> Executable:
    """:func:`phone_summaries`' statement, built once (``:digits``, ``:limit``)."""
    ids = (
        select(CustomerPhone.customer_id)
        .where(CustomerPhone.digits == bindparam("digits"))
        .order_by(CustomerPhone.customer_id)
        .limit(bindparam("limit", type_=Integer))
        .scalar_subquery()
    )
    return _summary_select().where(Customer.id.in_(ids))


@functools.cache
def _kana_prefix_summary_statement() -> Executable:
    """:func:`kana_prefix_summaries`' statement (``:low``, ``:high``, ``:limit``)."""
    ids = (
        select(Customer.id)
        .where(Customer.kana_norm >= bindparam("low"), Customer.kana_norm < bindparam("high"))
        .order_by(Customer.kana_norm, Customer.id)
        .limit(bindparam("limit", type_=Integer))
        .scalar_subquery()
    )
    return _summary_select((Customer.kana_norm, Customer.id)).where(Customer.id.in_(ids))


def kana_prefix_summaries(
    session: Session, kana_prefix: str, limit: int = 20
) -> list[CustomerSummary]:
    """:func:`find_by_kana_prefix` with the hits' summaries, in one statement (reading order)."""
    params = {"low": kana_prefix, "high": kana_prefix + _PREFIX_END, "limit": limit}
    rows = session.connection().execute(_kana_prefix_summary_statement(), params).all()
    order = list(dict.fromkeys(CustomerId(row.id) for row in rows))
    return _summaries_from_rows(rows, order)


def phone_summaries(session: Session, digits: str, limit: int = 20) -> list[CustomerSummary]:
    """The customers with this canonical phone number, as search hits, in one statement.

    The screen pop and the phone lookup: one round trip instead of ids first, then summaries.
    """
    rows = (
        session.connection()
        .execute(_phone_summary_statement(), {"digits": digits, "limit": limit})
        .all()
    )
    order = list(dict.fromkeys(CustomerId(row.id) for row in rows))
    return _summaries_from_rows(rows, order)


@functools.cache
def _summary_statement(dialect: str) -> Executable:
    """The query of :func:`summaries`, built once per dialect, the ids bound as ``:ids``.

    One statement for the customers and their phones (a row per phone): each statement is a
    round trip with its own fixed cost, which on PostgreSQL is most of a lookup's time.
    PostgreSQL gets ``= ANY(:ids)`` with one array parameter: the SQL text is the same for any
    number of hits, so the server reuses its prepared plan, and nothing is re-rendered per id
    (an expanded ``IN`` costs about a millisecond of client time for twenty ids there).
    """
    if dialect == "postgresql":
        customer_match = Customer.id == any_(bindparam("ids", type_=postgresql.ARRAY(Integer)))
    else:
        customer_match = Customer.id.in_(bindparam("ids", expanding=True))
    return _summary_select().where(customer_match)


def summaries(session: Session, ids: Sequence[CustomerId]) -> list[CustomerSummary]:
    """Search-hit read models for ``ids``, in the order given.

    Selects the dozen columns a hit shows rather than whole ``Customer`` rows: building forty
    ORM attributes (timestamps with time zones among them) per hit cost more than the queries.
    """
    if not ids:
        return []
    stmt = _summary_statement(session.get_bind().dialect.name)
    # Core execution, as in _ids.
    rows = session.connection().execute(stmt, {"ids": [int(i) for i in ids]}).all()
    return _summaries_from_rows(rows, ids)


def _summaries_from_rows(rows: Sequence[Any], ids: Sequence[CustomerId]) -> list[CustomerSummary]:
    """Read models from the rows of :func:`_summary_select`, in the order of ``ids``."""
    by_id: dict[int, Any] = {}
    phones: dict[int, list[str]] = defaultdict(list)
    for row in rows:
        by_id.setdefault(row.id, row)
        if row.number is not None:
            phones[row.id].append(row.number)
    out = []
    for cid in ids:
        c = by_id.get(cid)
        if c is None:
            continue
        out.append(
            CustomerSummary(
                id=CustomerId(c.id),
                code=c.code,
                name=f"{c.family_name} {c.given_name}",
                kana=f"{c.family_kana} {c.given_kana}",
                phones=tuple(phones[c.id]),
                email=c.email,
                postal_code=c.postal_code,
                address=format_address(c.prefecture, c.city, c.street, c.building),
                rank=c.rank,
                do_not_mail=c.do_not_mail,
                do_not_call=c.do_not_call,
                returned_mail=c.returned_mail,
            )
        )
    return out


def _timeline_selects() -> list[_Row]:
    """One newest-first, index-backed select per kind, each cut at ``:depth`` rows.

    The customer and the depth are bound parameters (``customer_id``, ``depth``).
    """
    customer_id = bindparam("customer_id", type_=Integer)
    depth = bindparam("depth", type_=Integer)

    def text_of(
        col: SQLColumnExpression[int] | SQLColumnExpression[int | None],
    ) -> ColumnElement[str]:
        return cast(col, String)

    parts: list[_Row] = [
        select(
            literal(TimelineKind.ORDER.value).label("kind"),
            Order.ordered_at.label("at"),
            Order.order_number.label("title"),
            (
                Order.status
                + literal(" ")
                + text_of(Order.total_yen)
                + literal(" ")
                + func.coalesce(text_of(Order.delivery_number), literal(""))
            ).label("detail"),
            Order.id.label("ref_id"),
        )
        .where(Order.customer_id == customer_id)
        .order_by(Order.ordered_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.CONTACT.value),
            Contact.contacted_at,
            Contact.direction + literal(" ") + Contact.category,
            Contact.summary,
            Contact.id,
        )
        .where(Contact.customer_id == customer_id)
        .order_by(Contact.contacted_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.COMPLAINT.value),
            Complaint.opened_at,
            Complaint.category
            + literal(" ")
            + Complaint.severity
            + literal(" ")
            + Complaint.status,
            Complaint.description,
            Complaint.id,
        )
        .where(Complaint.customer_id == customer_id)
        .order_by(Complaint.opened_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.CANCELLATION.value),
            CancellationRequest.requested_at,
            CancellationRequest.reason_code + literal(" ") + CancellationRequest.outcome,
            CancellationRequest.reason_detail,
            CancellationRequest.id,
        )
        .where(CancellationRequest.customer_id == customer_id)
        .order_by(CancellationRequest.requested_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.MAILING.value),
            Mailing.sent_at,
            Mailing.kind,
            literal(""),
            Mailing.id,
        )
        .where(Mailing.customer_id == customer_id)
        .order_by(Mailing.sent_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.VOICE.value),
            CustomerVoice.received_at,
            CustomerVoice.display_name,
            CustomerVoice.text,
            CustomerVoice.id,
        )
        .where(CustomerVoice.customer_id == customer_id)
        .order_by(CustomerVoice.received_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.SUBSCRIPTION.value),
            SubscriptionEvent.at,
            SubscriptionEvent.kind,
            SubscriptionEvent.detail,
            SubscriptionEvent.id,
        )
        .where(SubscriptionEvent.customer_id == customer_id)
        .order_by(SubscriptionEvent.at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.FLAG.value),
            CustomerFlagChange.at,
            CustomerFlagChange.flag
            + literal(" ")
            + case((CustomerFlagChange.value, literal("on")), else_=literal("off")),
            CustomerFlagChange.reason,
            CustomerFlagChange.id,
        )
        .where(CustomerFlagChange.customer_id == customer_id)
        .order_by(CustomerFlagChange.at.desc())
        .limit(depth),
    ]
    return parts


@functools.cache
def _timeline_statement() -> Select[str, dt.datetime, str, str, int]:
    """The whole timeline query, built once: constructing eight selects and their union took
    longer than running them. Parameters: ``customer_id``, ``depth``, ``offset``, ``limit``."""
    subqueries = [s.subquery() for s in _timeline_selects()]
    union = union_all(*(select(*sq.c) for sq in subqueries)).subquery("timeline")
    return (
        select(union.c[0], union.c[1], union.c[2], union.c[3], union.c[4])
        .order_by(union.c[1].desc(), union.c[0], union.c[4].desc())
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )


def timeline(
    session: Session, customer_id: CustomerId, *, offset: int = 0, limit: int = 100
) -> list[TimelineEntry]:
    """Timeline entries newest first, ``limit`` at a time from ``offset`` (for lazy fetching).

    Each kind contributes at most ``offset + limit`` rows through its (customer_id, time) index,
    so a page costs the same for a customer with ten events or ten thousand.
    """
    params = {"customer_id": customer_id, "depth": offset + limit, "offset": offset, "limit": limit}
    at_type = Order.__table__.c.ordered_at.type
    dialect = session.get_bind().dialect
    entries = []
    rows = session.connection().execute(_timeline_statement(), params)
    for kind, raw_at, title, detail, ref_id in rows:
        at = raw_at
        if not isinstance(at, dt.datetime) or at.tzinfo is None:
            # Through a UNION the column type is lost on SQLite: parse it as the ORM would.
            at = at_type.process_result_value(  # type: ignore[attr-defined]
                dt.datetime.fromisoformat(at) if isinstance(at, str) else at, dialect
            )
        entries.append(
            TimelineEntry(
                kind=TimelineKind(kind),
                at=at,
                title=title or "",
                detail=detail or "",
                ref_id=ref_id,
            )
        )
    return entries


def customer_card(
    session: Session, customer_id: CustomerId, *, timeline_limit: int = 100
) -> CustomerCard | None:
    """The card of one customer with the newest ``timeline_limit`` timeline entries."""
    found = summaries(session, [customer_id])
    if not found:
        return None
    row = session.execute(
        select(Customer.birth_date, Customer.gender, Customer.version).where(
            Customer.id == customer_id
        )
    ).one()
    subs = session.execute(
        select(Subscription, Product.name)
        .join(Product, Product.id == Subscription.product_id)
        .where(Subscription.customer_id == customer_id)
        .order_by(Subscription.started_at.desc())
    ).all()
    subscriptions = tuple(
        SubscriptionView(
            id=SubscriptionId(s.id),
            product=product_name,
            quantity=s.quantity,
            cycle_days=s.cycle_days,
            next_ship_date=s.next_ship_date,
            delivery_count=s.delivery_count,
            status=s.status,
            paused_until=s.paused_until,
            version=s.version,
        )
        for s, product_name in subs
    )
    open_complaints = session.scalar(
        select(func.count())
        .select_from(Complaint)
        .where(Complaint.customer_id == customer_id, Complaint.status != "resolved")
    )
    entries = timeline(session, customer_id, limit=timeline_limit)
    session.expunge_all()
    return CustomerCard(
        summary=found[0],
        birth_date=row.birth_date,
        gender=row.gender,
        version=row.version,
        subscriptions=subscriptions,
        open_complaints=int(open_complaints or 0),
        timeline=tuple(entries),
    )
