"""Follow-ups (issue 5): refresh the rules, the outbound queue, call results, the SV summary.

The API the desk (and `crmdesk followups …`) uses; every function takes a unit of work and
returns frozen read models, never ORM rows:

* :func:`refresh` — run every active rule set-based over the whole base (idempotent), close
  what no longer applies; returns the counts `crmdesk followups refresh --json` prints.
* :func:`claim_next` — the 'Next' key: atomically claim the top due call for one operator
  (their personal VIP items first), with the card: why this call and the script, filled.
* :func:`record_result` — one transaction: the outbound call on the timeline, the follow-up's
  next step (retry, close, letter instead), 電話不可 when the customer asked.
* :func:`release` — give a claim back; :func:`assign` — a supervisor assigns a personal item
  (:func:`unassigned_personal` lists the ones nobody has, which no 'Next' ever hands out);
  :func:`card` — the card of a follow-up this desk holds (e.g. after a restart).
* :func:`list_queue` — my follow-ups and the shared queue, paged, in claim order.
* :func:`followups_report` — counts by rule and status, overdue, work per operator, conversion.
* :func:`rules_source`, :func:`active_rules`, :func:`rule_set`, :func:`save_rules` — the rule set
  supervisors edit (stored in the database, seeded from resources/followups/rules.toml); a save
  names the version it loaded, so a concurrent save is a ConflictError, not lost.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from sqlalchemy import and_, bindparam, case, func, or_, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmdesk.domain.errors import ConflictError, NotFoundError, PermissionDeniedError
from crmdesk.domain.followups import (
    CLAIM_EXPIRY_MINUTES,
    CLAIM_EXPIRY_RANGE,
    CONVERSION_DAYS,
    DORMANT_TIERS,
    F2_LEAD_DAYS,
    GRACE_DAYS,
    MAX_ATTEMPTS,
    RESULT_LABELS,
    RETRY_AFTER_HOURS,
    CallResult,
    FollowUpStateError,
    Handling,
    LapseSettings,
    PurchaseFacts,
    Rule,
    RuleError,
    fill_script,
    next_step,
    parse_rules,
    tier_days,
    why_text,
)
from crmdesk.domain.ids import ContactId, CustomerId, FollowUpId, OperatorId
from crmdesk.domain.model import (
    ContactCategory,
    ContactChannel,
    ContactDirection,
    FollowUpChannel,
    FollowUpStatus,
    Role,
)
from crmdesk.domain.permissions import Permission, allows, require
from crmdesk.domain.shared_settings import SettingSpec
from crmdesk.resources import resource_path
from crmdesk.services._common import (
    JST,
    audit,
    jst_today,
    require_operator,
    require_permission,
    utc_now,
)
from crmdesk.services.customers import apply_customer_flag
from crmdesk.store import claims
from crmdesk.store import followups as sql
from crmdesk.store.notify import notify_customer_changed
from crmdesk.store.schema import (
    AppSetting,
    AuditLog,
    Contact,
    Customer,
    CustomerOrderFacts,
    CustomerPhone,
    FollowUp,
    Operator,
    Order,
    OrderLine,
    Product,
    RetentionScript,
    RetentionScriptVersion,
    Subscription,
)
from crmdesk.store.uow import UnitOfWork

__all__ = [
    "RULES_KEY",
    "Assignee",
    "FollowUpCard",
    "FollowUpView",
    "QueuePage",
    "RefreshCounts",
    "RuleSet",
    "UnassignedPersonal",
    "active_rules",
    "assign",
    "card",
    "claim_next",
    "contact_of",
    "default_rules_source",
    "followups_report",
    "keep_claim",
    "list_queue",
    "record_result",
    "refresh",
    "release",
    "rule_set",
    "rules_source",
    "rules_version",
    "save_rules",
    "unassigned_personal",
]

_T = TypeVar("_T")

#: app_settings key of the rule set supervisors edited (TOML text; absent: the shipped one).
RULES_KEY = "followups.rules"
_RULES_FILE = ("followups", "rules.toml")
_OPEN = (FollowUpStatus.OPEN.value, FollowUpStatus.CLAIMED.value)


# ------------------------------------------------------------------------------ settings, rules


def _setting(session: Session, spec: SettingSpec[_T]) -> _T:
    row = session.get(AppSetting, spec.key)
    return _setting_of(spec, None if row is None else row.value)


def _lapse_settings(session: Session) -> LapseSettings:
    return LapseSettings(
        grace_days=_setting(session, GRACE_DAYS),
        dormant_tiers=tier_days(_setting(session, DORMANT_TIERS)),
        f2_lead_days=_setting(session, F2_LEAD_DAYS),
    )


@functools.lru_cache(maxsize=1)
def default_rules_source() -> str:
    """The shipped rule set (resources/followups/rules.toml; read once per process)."""
    return resource_path(*_RULES_FILE).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=8)
def _parsed(source: str, where: str) -> tuple[Rule, ...]:
    # The rule set is read on every claim (the script of the card): parse each text once.
    return tuple(parse_rules(source, path=where))


def _stored_source(session: Session) -> str | None:
    row = session.get(AppSetting, RULES_KEY)
    if row is None:
        return None
    value = json.loads(row.value)
    return value if isinstance(value, str) else None


def _rules(session: Session) -> tuple[Rule, ...]:
    stored = _stored_source(session)
    if stored is None:
        return _parsed(default_rules_source(), "resources/followups/rules.toml")
    return _parsed(stored, "the rule set in the database")


def rules_source(uow: UnitOfWork) -> str:
    """The rule set's TOML as supervisors edit it (the stored one, else the shipped one)."""
    with uow:
        return _stored_source(uow.session) or default_rules_source()


def rules_version(source: str) -> str:
    """The version of a rule set's text: its SHA-256 (hex).

    A digest of the text, not the stored row's time: the shipped set has no row, and a save
    of the shipped text then compares equal to it, so an editor opened before the first save
    still sees that nothing changed underneath it.
    """
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RuleSet:
    """The rule set in force as an editor loads it: the rules, their TOML, its version.

    ``version`` goes back with :func:`save_rules` (``expected``): a save over a set another
    supervisor saved meanwhile is a ConflictError instead of a silent overwrite.
    """

    rules: tuple[Rule, ...]
    source: str
    version: str
    #: False while the shipped set is in force (nothing saved yet)
    stored: bool


def _rule_set_in_force(session: Session) -> RuleSet:
    stored = _stored_source(session)
    source = stored or default_rules_source()
    return RuleSet(
        rules=_rules(session),
        source=source,
        version=rules_version(source),
        stored=stored is not None,
    )


def rule_set(uow: UnitOfWork) -> RuleSet:
    """The rule set in force with its version (what the rule editor loads)."""
    with uow:
        return _rule_set_in_force(uow.session)


def active_rules(uow: UnitOfWork) -> list[Rule]:
    """Every rule of the rule set in force (inactive ones included, marked ``active=False``)."""
    with uow:
        return list(_rules(uow.session))


def save_rules(uow: UnitOfWork, operator_id: OperatorId, source: str, *, expected: str) -> RuleSet:
    """Check and store a new rule set (Permission.EDIT_SCRIPTS; audited with old and new).

    ``expected`` is the version (:attr:`RuleSet.version`) of the set the editor loaded: when
    another supervisor saved since, nothing is stored and ConflictError (E203) carries the set
    in force now. Nothing is stored when the text is wrong either: RuleError (E602) names the
    rule and the field. A rule's ``script`` must name a retention script that exists.
    """
    rules = parse_rules(source, path="ルールセット")
    with uow:
        s = uow.session
        # Read, compare and write as one writer: SQLite's write lock from the first statement,
        # the row's lock on PostgreSQL (two first saves of the shipped set: the key's unique
        # index refuses the second, below).
        sql.begin_write(s)
        require_permission(s, operator_id, Permission.EDIT_SCRIPTS)
        row = s.get(AppSetting, RULES_KEY, with_for_update=True)
        old = _stored_source(s) or default_rules_source()
        if rules_version(old) != expected:
            raise ConflictError(
                "the follow-up rule set was saved by another supervisor since this editor "
                "loaded it; nothing was saved",
                current=_rule_set_in_force(s),
            )
        wanted = {r.script for r in rules if r.script}
        if wanted:
            known = set(s.scalars(select(RetentionScript.code)))
            known |= {p.stem for p in resource_path("retention", "scripts").glob("*.toml")}
            missing = sorted(wanted - known)
            if missing:
                raise RuleError(f"ルールセット: script {missing[0]!r} is not a retention script")
        now = utc_now()
        encoded = json.dumps(source, ensure_ascii=False)
        if row is None:
            s.add(AppSetting(key=RULES_KEY, value=encoded, updated_by=operator_id, updated_at=now))
        else:
            row.value = encoded
            row.updated_by = operator_id
            row.updated_at = now
        try:
            s.flush()
        except IntegrityError:
            s.rollback()
            raise ConflictError(
                "the follow-up rule set was saved by another supervisor while saving; "
                "nothing was saved",
                current=_rule_set_in_force(s),
            ) from None
        audit(
            s,
            operator_id,
            action="update",
            entity="follow_up_rules",
            entity_id=0,
            detail={
                "old_sha256": rules_version(old),
                "new_sha256": rules_version(source),
                "rules": [r.code for r in rules],
                "source": source,
            },
            at=now,
        )
        uow.commit()
    return RuleSet(rules=tuple(rules), source=source, version=rules_version(source), stored=True)


# ------------------------------------------------------------------------------ refresh


@dataclass(frozen=True)
class RuleCounts:
    """One rule's figures in a refresh."""

    created: int
    open: int


@dataclass(frozen=True)
class RefreshCounts:
    """What a refresh did: created, closed, open now, and per rule."""

    created: int
    closed: int
    open: int
    by_rule: dict[str, RuleCounts] = field(default_factory=dict)
    facts_updated: int = 0
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        """Exactly the shape `crmdesk followups refresh --json` prints."""
        return {
            "created": self.created,
            "closed": self.closed,
            "open": self.open,
            "by_rule": {
                code: {"created": c.created, "open": c.open} for code, c in self.by_rule.items()
            },
        }


def refresh(uow: UnitOfWork, today: dt.date, *, now: dt.datetime | None = None) -> RefreshCounts:
    """Run every active rule over the whole base for business date ``today``.

    Idempotent: a second run the same day creates nothing. Steps, each its own short
    transaction so the desks' claims are not held up for the whole run, each serialised with
    other refreshes (SQLite write lock, PostgreSQL advisory lock): purchase facts catch up with
    new orders; stale follow-ups are closed; each rule, highest priority first, inserts its
    follow-ups in one statement (a customer gets at most one open follow-up).
    """
    import time  # noqa: PLC0415

    started = time.perf_counter()
    now = now or utc_now()
    with uow:
        every_rule = _rules(uow.session)
        rules = [r for r in every_rule if r.active]
        settings = _lapse_settings(uow.session)
    with uow:
        sql.lock_refresh(uow.session)
        facts = sql.update_facts(uow.session)
        uow.commit()
        sql.unlock_refresh(uow.session)
    with uow:
        sql.lock_refresh(uow.session)
        previous = sql.last_refresh(uow.session)
        incremental = previous is not None and facts.changed is not None
        # Every rule, switched off or not: an open item of a rule a supervisor switched off
        # still closes when the customer orders (and is then closed below anyway).
        closed = sql.close_stale(
            uow.session,
            every_rule,
            now,
            changed_customers=facts.changed if incremental else None,
            changed_since=previous if incremental else None,
        )
        closed += sql.close_retired(uow.session, [r.code for r in rules], now)
        sql.set_last_refresh(uow.session, now)
        uow.commit()
        sql.unlock_refresh(uow.session)
    with uow:
        parts = sql.customer_parts(uow.session, os.cpu_count() or 1)
    created: dict[str, int] = {}
    for rule in sorted(rules, key=lambda r: (-r.priority, r.code)):
        if len(parts) > 1:
            created[rule.code] = _create_in_parts(uow, rule, settings, today, now, parts)
            continue
        with uow:
            sql.lock_refresh(uow.session)
            created[rule.code] = sql.create_for_rule(uow.session, rule, settings, today, now)
            uow.commit()
            sql.unlock_refresh(uow.session)
    changed = [
        table
        for table, rows in (
            ("follow_ups", closed + sum(created.values())),
            ("customer_order_facts", facts.rows),
        )
        if rows >= sql.ANALYZE_AFTER_ROWS
    ]
    if changed:
        with uow:
            sql.analyze(uow.session, changed)
            uow.commit()
    with uow:
        total_open, open_by_rule = sql.open_counts(uow.session)
    by_rule = {
        r.code: RuleCounts(created=created.get(r.code, 0), open=open_by_rule.get(r.code, 0))
        for r in rules
    }
    return RefreshCounts(
        created=sum(created.values()),
        closed=closed,
        open=total_open,
        by_rule=by_rule,
        facts_updated=facts.rows,
        seconds=time.perf_counter() - started,
    )


def _create_in_parts(  # noqa: PLR0917
    uow: UnitOfWork,
    rule: Rule,
    settings: LapseSettings,
    today: dt.date,
    now: dt.datetime,
    parts: Sequence[Sequence[tuple[int, int]]],
) -> int:
    """One rule over parts of the customers at once, one connection each (PostgreSQL; see
    :func:`crmdesk.store.followups.customer_parts`). This transaction holds the refresh lock
    while the parts run, so another refresh still waits for the whole step.

    A part that fails leaves the others' follow-ups in place (each commits on its own); the
    error is raised, and the next refresh, being idempotent, completes the rule.
    """
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    def run(part: Sequence[tuple[int, int]]) -> int:
        own = uow.sibling()
        with own:
            sql.lock_refresh(own.session, lock=False)
            made = sql.create_for_rule(own.session, rule, settings, today, now, part)
            own.commit()
            return made

    with uow:
        sql.lock_refresh(uow.session)
        with ThreadPoolExecutor(len(parts), thread_name_prefix="refresh-part") as pool:
            made = sum(pool.map(run, parts))
        uow.commit()
    return made


# ------------------------------------------------------------------------------ read models


@dataclass(frozen=True)
class FollowUpView:
    """One follow-up as the queue and the card show it."""

    id: FollowUpId
    customer_id: CustomerId
    customer_code: str
    customer_name: str
    kind: str
    rule_code: str | None
    rule_label: str
    channel: str
    handling: str
    status: str
    priority: int
    due_at: dt.datetime
    attempts: int
    assigned_to: OperatorId | None
    claimed_by: OperatorId | None
    claimed_at: dt.datetime | None
    outcome: str | None
    note: str
    created_at: dt.datetime
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class FollowUpCard:
    """What 'Next' shows: the follow-up, why this call, the script (placeholders filled)."""

    follow_up: FollowUpView
    why: str
    script_code: str | None
    script_text: str
    phones: tuple[str, ...]
    #: attempts allowed before the follow-up closes (or turns into a letter)
    max_attempts: int


@dataclass(frozen=True)
class QueuePage:
    """One page of a queue, in claim order, and how many there are in all."""

    items: tuple[FollowUpView, ...]
    total: int
    offset: int
    limit: int


_FU = FollowUp.__table__
_CU = Customer.__table__


def _view_columns() -> list[Any]:
    # Core columns, not ORM entities: a queue page or a claim builds its read models from
    # plain rows (the ORM identity map costs more than the query on the 'Next' path).
    return [*_FU.c, _CU.c.code, _CU.c.family_name, _CU.c.given_name]


def _labels(rules: Sequence[Rule]) -> dict[str, str]:
    return {r.code: r.label for r in rules}


def _view(row: Any, labels: dict[str, str]) -> FollowUpView:
    m = row._mapping
    return _view_of(
        {
            **{c.name: m[c] for c in _FU.c},
            "code": m[_CU.c.code],
            "family_name": m[_CU.c.family_name],
            "given_name": m[_CU.c.given_name],
        },
        labels,
    )


def _view_of(m: Mapping[str, Any], labels: dict[str, str]) -> FollowUpView:
    """A follow-up's view from plain columns (the follow-up's names, and the customer's code,
    family_name and given_name)."""
    code = m["rule_code"]
    label = labels.get(code or "", "折り返しのお電話" if code is None else code)
    assigned = m["assigned_to"]
    claimed = m["claimed_by"]
    return FollowUpView(
        id=FollowUpId(m["id"]),
        customer_id=CustomerId(m["customer_id"]),
        customer_code=m["code"],
        customer_name=f"{m['family_name']} {m['given_name']}",
        kind=m["kind"],
        rule_code=code,
        rule_label=label,
        channel=m["channel"],
        handling=m["handling"],
        status=m["status"],
        priority=m["priority"],
        due_at=m["due_at"],
        attempts=m["attempts"],
        assigned_to=None if assigned is None else OperatorId(assigned),
        claimed_by=None if claimed is None else OperatorId(claimed),
        claimed_at=m["claimed_at"],
        outcome=m["outcome"],
        note=m["note"],
        created_at=m["created_at"],
        closed_at=m["closed_at"],
    )


def _view_select() -> Any:
    return select(*_view_columns()).select_from(_FU.join(_CU, _CU.c.id == _FU.c.customer_id))


def _load_view(session: Session, follow_up_id: int) -> FollowUpView:
    row = session.execute(_view_select().where(_FU.c.id == follow_up_id)).one_or_none()
    if row is None:
        raise FollowUpStateError(f"follow-up {follow_up_id} does not exist")
    return _view(row, _labels(_rules(session)))


def _settings(session: Session, *specs: SettingSpec[Any]) -> list[Any]:
    """Several shared settings in one query (defaults for unset or unreadable ones)."""
    keys = [spec.key for spec in specs]
    rows = {k: v for k, v in session.connection().execute(_SETTINGS, {"keys": keys})}
    return [_setting_of(spec, rows.get(spec.key)) for spec in specs]


def _script_of_code(session: Session, code: str) -> str:
    """The current version's steps of a retention script (stored, else shipped), one per line."""
    source = session.connection().execute(_SCRIPT_SOURCE, {"code": code}).scalar_one_or_none()
    if source is None:
        source = _shipped_script(code)
    return _script_steps(source)


@functools.lru_cache(maxsize=64)
def _shipped_script(code: str) -> str:
    """A shipped retention script's TOML ('' if none; resources do not change at run time)."""
    try:
        return resource_path("retention", "scripts", f"{code}.toml").read_text("utf-8")
    except FileNotFoundError:
        return ""


@functools.lru_cache(maxsize=64)
def _script_steps(source: str) -> str:
    """A script's steps, one per line; keyed by the text, so a saved new version parses anew.

    Parsing TOML on every 'Next' cost more than the claim's queries (issue 5's p95 target).
    """
    import tomllib  # noqa: PLC0415

    if not source:
        return ""
    steps = tomllib.loads(source).get("steps", [])
    return "\n".join(str(step) for step in steps)


#: Built once: the 'Next' key reads the card's script on every claim.
_SCRIPT_SOURCE = (
    select(RetentionScriptVersion.source)
    .join(RetentionScript, RetentionScript.id == RetentionScriptVersion.script_id)
    .where(
        RetentionScript.code == bindparam("code"),
        RetentionScriptVersion.version == RetentionScript.current_version,
    )
)


_FA = CustomerOrderFacts.__table__


def _japanese_date(day: dt.date) -> str:
    """2026年3月5日 (not strftime's %-m: glibc only, Windows raises)."""
    return f"{day.year}年{day.month}月{day.day}日"


def _card_statement() -> Any:
    cycle = (
        select(func.max(Subscription.cycle_days))
        .where(Subscription.customer_id == _FU.c.customer_id, Subscription.status == "active")
        .scalar_subquery()
    )
    product = (
        select(Product.name)
        .join(OrderLine, OrderLine.product_id == Product.id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.customer_id == _FU.c.customer_id)
        .order_by(Order.ordered_at.desc(), OrderLine.id)
        .limit(1)
        .scalar_subquery()
    )
    operator = select(Operator.name).where(Operator.id == bindparam("op")).scalar_subquery()
    return (
        select(
            *_view_columns(),
            _FA.c.order_count,
            _FA.c.first_order_on,
            _FA.c.last_order_on,
            _FA.c.last_supply_days,
            _FA.c.median_interval_days,
            cycle.label("cycle"),
            product.label("product"),
            operator.label("operator"),
        )
        .select_from(
            _FU.join(_CU, _CU.c.id == _FU.c.customer_id).outerjoin(
                _FA, _FA.c.customer_id == _FU.c.customer_id
            )
        )
        .where(_FU.c.id == bindparam("fid"))
    )


#: Built once: the 'Next' key runs them for every call.
_CARD = _card_statement()
_PHONES = (
    select(CustomerPhone.number)
    .where(CustomerPhone.customer_id == bindparam("cid"))
    .order_by(CustomerPhone.position, CustomerPhone.id)
)
_SETTINGS = select(AppSetting.key, AppSetting.value).where(
    AppSetting.key.in_(bindparam("keys", expanding=True))
)


def _card(
    session: Session,
    follow_up_id: int,
    operator_id: int,
    today: dt.date,
) -> FollowUpCard:
    """The card of a follow-up read through the session (a desk restarted with a claim)."""
    conn = session.connection()
    row = conn.execute(_CARD, {"fid": follow_up_id, "op": operator_id}).one_or_none()
    if row is None:
        raise FollowUpStateError(f"follow-up {follow_up_id} does not exist")
    m = row._mapping
    columns = {
        **{c.name: m[c] for c in _FU.c},
        **{key: m[key] for key in ("order_count", "last_supply_days", "median_interval_days")},
        **{key: m[key] for key in ("cycle", "product", "operator")},
        "code": m[_CU.c.code],
        "family_name": m[_CU.c.family_name],
        "given_name": m[_CU.c.given_name],
        "first_order_on": m["first_order_on"],
        "last_order_on": m["last_order_on"],
    }
    rules_source, max_attempts, company = _settings(
        session, _RULES_SPEC, MAX_ATTEMPTS, _COMPANY_SPEC
    )
    rules = _rule_set(rules_source)
    rule = _rule_of(rules, columns["rule_code"])
    script = _script_of_code(session, rule.script) if rule is not None and rule.script else ""
    phones = tuple(conn.execute(_PHONES, {"cid": columns["customer_id"]}).scalars())
    return _card_of(
        columns,
        phones,
        rules=rules,
        rule=rule,
        script=script,
        max_attempts=max_attempts,
        company=company,
        today=today,
    )


def _rule_set(source: str) -> tuple[Rule, ...]:
    """The rules of a stored rule set's text ('' = the shipped one); parsed once per text."""
    if source:
        return _parsed(source, "the rule set in the database")
    return _parsed(default_rules_source(), "resources/followups/rules.toml")


def _rule_of(rules: Sequence[Rule], code: str | None) -> Rule | None:
    return next((r for r in rules if r.code == code), None)


def _card_of(
    m: Mapping[str, Any],
    phones: tuple[str, ...],
    *,
    rules: Sequence[Rule],
    rule: Rule | None,
    script: str,
    max_attempts: int,
    company: str,
    today: dt.date,
) -> FollowUpCard:
    """The card from plain columns (see :data:`crmdesk.store.claims.CARD_KEYS`); ``script`` is
    the steps of the rule's retention script ('' when it has none)."""
    view = _view_of(m, _labels(rules))
    facts = None
    if m["order_count"] is not None:
        facts = PurchaseFacts(
            order_count=m["order_count"],
            first_order_on=_as_date(m["first_order_on"]),
            last_order_on=_as_date(m["last_order_on"]),
            last_supply_days=m["last_supply_days"],
            median_interval_days=m["median_interval_days"],
            cycle_days=None if m["cycle"] is None else int(m["cycle"]),
        )
    values = {
        "name": m["family_name"],
        "full_name": f"{m['family_name']} {m['given_name']}",
        "product": m["product"] or "",
        "operator": m["operator"] or "",
        "company": company,
    }
    if facts is not None:
        values.update(
            {
                "days_since_order": str((today - facts.last_order_on).days),
                "first_order_date": _japanese_date(facts.first_order_on),
                "last_order_date": _japanese_date(facts.last_order_on),
                "order_count": str(facts.order_count),
            }
        )
    raw = script
    if not raw and rule is not None:
        raw = rule.script_text
    if not raw and rule is None:
        raw = "{name}様、お約束していた折り返しのお電話です。\n" + view.note
    return FollowUpCard(
        follow_up=view,
        why=why_text(rule, facts, today),
        script_code=rule.script if rule is not None else None,
        script_text=fill_script(raw, values),
        phones=phones,
        max_attempts=max_attempts,
    )


def _text_or_empty(value: Any) -> str:
    return value if isinstance(value, str) else ""


#: The stored rule set and the company name, read like settings (not registered ones).
_RULES_SPEC: SettingSpec[str] = SettingSpec(RULES_KEY, "", "rules", _text_or_empty)
_COMPANY_SPEC: SettingSpec[str] = SettingSpec("company.name", "", "company", _text_or_empty)


def _as_date(value: Any) -> dt.date:
    if isinstance(value, str):  # SQLite hands back a joined table's date as text at times
        return dt.date.fromisoformat(value)
    assert isinstance(value, dt.date)
    return value


# ------------------------------------------------------------------------------ the queue


_CLAIM_SETTINGS: tuple[SettingSpec[Any], ...] = (
    CLAIM_EXPIRY_MINUTES,
    MAX_ATTEMPTS,
    _COMPANY_SPEC,
)


#: database URL → (when the stored rule set was saved, its text): read again only when saved.
_RULES_SEEN: dict[str, tuple[Any, str]] = {}
#: (database, script code) → (the scripts' stamp, the stored TOML or None): read again only
#: when a script was saved since (one round trip less for each 'Next').
_SCRIPTS_SEEN: dict[tuple[str, str], tuple[int, str | None]] = {}
_CLAIM_KEYS = tuple(spec.key for spec in _CLAIM_SETTINGS)
_EXPIRY = claims.ClaimExpiry(
    key=CLAIM_EXPIRY_MINUTES.key,
    low=CLAIM_EXPIRY_RANGE[0],
    high=CLAIM_EXPIRY_RANGE[1],
    default=CLAIM_EXPIRY_MINUTES.default,
    desk_roles=tuple(role.value for role in Role if allows(role, Permission.DESK)),
)


def _claim_expiry(desk: claims.DeskRow | None, operator_id: int) -> dt.timedelta:
    """Permission.DESK for an active operator (raises otherwise); the claim expiry."""
    if desk is None:
        raise NotFoundError(f"operator id {operator_id} does not exist")
    if not desk.active:
        raise PermissionDeniedError(
            f"operator {desk.login!r} is deactivated", permission=Permission.DESK.value
        )
    require(desk.role, Permission.DESK)
    return dt.timedelta(minutes=_setting_of(CLAIM_EXPIRY_MINUTES, desk.settings[0]))


def _setting_of(spec: SettingSpec[_T], raw: str | None) -> _T:
    """A setting from its stored JSON text (the default when unset or unreadable)."""
    try:
        return spec.default if raw is None else spec.parse(json.loads(raw))
    except (TypeError, ValueError):
        return spec.default


def claim_next(
    uow: UnitOfWork,
    operator_id: OperatorId,
    *,
    now: dt.datetime | None = None,
) -> FollowUpCard | None:
    """Claim the top due call for ``operator_id`` (the 'Next' key); None when nothing is due.

    Atomic on both backends (PostgreSQL ``FOR UPDATE SKIP LOCKED``; SQLite ``BEGIN
    IMMEDIATE``): two operators never get the same follow-up. Claims older than the setting
    ``followups.claim_expiry_minutes`` go back to the queue first. The operator's own
    personal (VIP) items come before the shared queue. Runs on the driver connection
    (:mod:`crmdesk.store.claims` says why).
    """
    now = now or utc_now()
    with uow.driver_connection() as (driver, dialect, where):
        desk, row, phones = claims.claim_with_card(
            driver,
            dialect,
            operator_id,
            now,
            setting_keys=_CLAIM_KEYS,
            rules_key=RULES_KEY,
            expiry=_EXPIRY,
            check=lambda desk: _claim_expiry(desk, operator_id),
            write_lane=sql.sqlite_lane(where) if dialect == "sqlite" else None,
        )
        if row is None:
            return None
        source = ""
        if desk.rules_stamp is not None:
            seen = _RULES_SEEN.get(where)
            if seen is not None and seen[0] == desk.rules_stamp:
                source = seen[1]
            else:
                raw = claims.setting_value(driver, dialect, RULES_KEY)
                value = json.loads(raw) if raw is not None else None
                source = value if isinstance(value, str) else ""
                _RULES_SEEN[where] = (desk.rules_stamp, source)
        rules = _rule_set(source)
        rule = _rule_of(rules, row["rule_code"])
        script = ""
        if rule is not None and rule.script:
            known = _SCRIPTS_SEEN.get((where, rule.script))
            if known is not None and known[0] == desk.scripts_stamp:
                stored = known[1]
            else:
                stored = claims.script_source(driver, dialect, rule.script)
                _SCRIPTS_SEEN[(where, rule.script)] = (desk.scripts_stamp, stored)
            script = _script_steps(stored if stored is not None else _shipped_script(rule.script))
    return _card_of(
        row,
        phones,
        rules=rules,
        rule=rule,
        script=script,
        max_attempts=_setting_of(MAX_ATTEMPTS, desk.settings[1]),
        company=_setting_of(_COMPANY_SPEC, desk.settings[2]),
        today=jst_today(now),
    )


def card(uow: UnitOfWork, operator_id: OperatorId, follow_up_id: FollowUpId) -> FollowUpCard:
    """The card of a follow-up (e.g. the one this desk holds, after a restart)."""
    with uow:
        return _card(uow.session, follow_up_id, operator_id, jst_today())


def _mine(s: Session, follow_up_id: int, operator_id: int) -> FollowUp:
    fu = s.get(FollowUp, follow_up_id, with_for_update=s.get_bind().dialect.name != "sqlite")
    if fu is None:
        raise FollowUpStateError(f"follow-up {follow_up_id} does not exist")
    if fu.status != FollowUpStatus.CLAIMED.value or fu.claimed_by != operator_id:
        who = "another operator" if fu.claimed_by not in (None, operator_id) else "nobody"
        raise FollowUpStateError(
            f"follow-up {follow_up_id} is not claimed by you (status {fu.status}, "
            f"claimed by {who}); take it with Next first — a claim expires after "
            "followups.claim_expiry_minutes"
        )
    return fu


def release(uow: UnitOfWork, operator_id: OperatorId, follow_up_id: FollowUpId) -> FollowUpView:
    """Give a claimed follow-up back to the queue unchanged (FollowUpStateError if not mine)."""
    with uow:
        s = uow.session
        sqlite = s.get_bind().dialect.name == "sqlite"
        with sql.write_lane(s):
            sql.begin_write(s)
            # One statement when the claim is ours (the common case); a row claimed by this
            # operator also proves the operator exists. Otherwise the checks say what is wrong.
            given_back = s.connection().execute(_RELEASE, {"fid": follow_up_id, "by": operator_id})
            if not given_back.rowcount:
                require_operator(s, operator_id)
                _mine(s, follow_up_id, operator_id)
            if sqlite:
                uow.commit()  # as in claim_next: the write lane is held for the write only
        view = _load_view(s, follow_up_id)
        if not sqlite:
            uow.commit()
        return view


def keep_claim(
    uow: UnitOfWork,
    operator_id: OperatorId,
    follow_up_id: FollowUpId,
    *,
    now: dt.datetime | None = None,
) -> FollowUpView:
    """Renew a claim this desk still shows (a long call is not an abandoned desk).

    The claim's time becomes ``now``, so the expiry counts from here; FollowUpStateError when
    the claim is no longer this operator's (it expired and another desk took it).
    """
    now = now or utc_now()
    with uow:
        s = uow.session
        with sql.write_lane(s):
            sql.begin_write(s)
            kept = s.connection().execute(
                _KEEP, {"fid": follow_up_id, "by": operator_id, "now": now}
            )
            if not kept.rowcount:
                require_operator(s, operator_id)
                _mine(s, follow_up_id, operator_id)
            view = _load_view(s, follow_up_id)
            uow.commit()
        return view


#: Renew a claim held by :by.
_KEEP = (
    update(FollowUp)
    .where(
        FollowUp.id == bindparam("fid"),
        FollowUp.status == FollowUpStatus.CLAIMED.value,
        FollowUp.claimed_by == bindparam("by"),
    )
    .values(claimed_at=bindparam("now"))
)


#: Give back a claim held by :by (built once: the bench gives back every claim).
_RELEASE = (
    update(FollowUp)
    .where(
        FollowUp.id == bindparam("fid"),
        FollowUp.status == FollowUpStatus.CLAIMED.value,
        FollowUp.claimed_by == bindparam("by"),
    )
    .values(status=FollowUpStatus.OPEN.value, claimed_by=None, claimed_at=None)
)


def assign(
    uow: UnitOfWork,
    supervisor_id: OperatorId,
    follow_up_id: FollowUpId,
    operator_id: OperatorId | None,
    *,
    only_unassigned: bool = False,
) -> FollowUpView:
    """Assign an open follow-up to one operator as personal handling (None: back to shared).

    Needs Permission.SETTINGS (supervisors); audited. The operator must be active and allowed
    to take calls (FollowUpStateError otherwise). ``only_unassigned``: the supervisor picked it
    from :func:`unassigned_personal`; if another supervisor assigned it meanwhile, nothing is
    changed and ConflictError carries the follow-up as it is now.
    """
    with uow:
        s = uow.session
        sql.begin_write(s)
        require_permission(s, supervisor_id, Permission.SETTINGS)
        if operator_id is not None:
            target = require_operator(s, operator_id)
            if not target.active or not allows(target.role, Permission.DESK):
                # A deactivated assignee is how a VIP's item got stranded in the first place.
                raise FollowUpStateError(
                    f"operator {target.login!r} is deactivated or may not take calls; "
                    "assign the follow-up to an active operator"
                )
        # Locked on PostgreSQL (SQLite holds the write lock already): two supervisors
        # assigning the same item queue here, and the second sees the first one's assignee.
        fu = s.get(FollowUp, follow_up_id, with_for_update=True)
        if fu is None or fu.status != FollowUpStatus.OPEN.value:
            raise FollowUpStateError(f"follow-up {follow_up_id} is not open")
        if only_unassigned and fu.assigned_to is not None:
            raise ConflictError(
                f"follow-up {follow_up_id} was assigned to operator id {fu.assigned_to} by "
                "another supervisor meanwhile; nothing was changed",
                current=_load_view(s, follow_up_id),
            )
        old = fu.assigned_to
        fu.assigned_to = operator_id
        fu.handling = (Handling.PERSONAL if operator_id is not None else Handling.SHARED).value
        audit(
            s,
            supervisor_id,
            action="assign",
            entity="follow_up",
            entity_id=fu.id,
            detail={"old": old, "new": operator_id},
        )
        s.flush()
        view = _load_view(s, follow_up_id)
        uow.commit()
        return view


#: Open personal (VIP) items nobody is assigned to: claim_next hands them to no one. Written
#: as the plain three terms so that a partial index with exactly this condition, if one is
#: added, serves both the list and the report's count (no index of revision 0007 does).
#: Written out (not bound values): SQLite uses the partial index ix_follow_ups_unassigned only
#: for these literal terms.
_UNASSIGNED_PERSONAL = text(
    "follow_ups.status = 'open' AND follow_ups.handling = 'personal' "
    "AND follow_ups.assigned_to IS NULL"
)


@dataclass(frozen=True)
class Assignee:
    """An operator a supervisor can assign a personal follow-up to (active, takes calls)."""

    id: OperatorId
    name: str
    login: str


@dataclass(frozen=True)
class UnassignedPersonal:
    """担当者未定の個別対応: open personal items without an assignee, oldest due first, and
    who may be given them."""

    items: tuple[FollowUpView, ...]
    total: int
    operators: tuple[Assignee, ...]


def unassigned_personal(
    uow: UnitOfWork, supervisor_id: OperatorId | None, *, limit: int = 200
) -> UnassignedPersonal:
    """Open personal (VIP) follow-ups nobody is assigned to (Permission.REPORTS).

    A VIP whose last operator was deactivated, or who was never called, gets a personal item
    without an assignee, and :func:`claim_next` gives personal items only to their assignee:
    without a supervisor's :func:`assign` nobody would ever get it. ``operators``: the active
    operators who may take calls, by name. ``supervisor_id`` None: the command line.
    """
    with uow:
        s = uow.session
        if supervisor_id is not None:
            require_permission(s, supervisor_id, Permission.REPORTS)
        total = int(
            s.execute(
                select(func.count()).select_from(FollowUp).where(_UNASSIGNED_PERSONAL)
            ).scalar_one()
        )
        rows = s.execute(
            _view_select()
            .where(_UNASSIGNED_PERSONAL)
            .order_by(FollowUp.due_at, FollowUp.id)
            .limit(limit)
        ).all()
        labels = _labels(_rules(s))
        people = s.execute(
            select(Operator.id, Operator.name, Operator.login, Operator.role)
            .where(Operator.active.is_(True))
            .order_by(Operator.name, Operator.id)
        ).all()
        return UnassignedPersonal(
            items=tuple(_view(r, labels) for r in rows),
            total=total,
            operators=tuple(
                Assignee(OperatorId(op_id), name, login)
                for op_id, name, login, role in people
                if allows(role, Permission.DESK)
            ),
        )


def list_queue(
    uow: UnitOfWork,
    operator_id: OperatorId,
    *,
    scope: Literal["mine", "shared"],
    offset: int = 0,
    limit: int = 100,
    due_only: bool = False,
    now: dt.datetime | None = None,
) -> QueuePage:
    """A page of a queue in claim order (priority, then due time).

    ``mine``: claimed by this operator, or personal items assigned to them (open or claimed).
    ``shared``: open calls of the shared queue. ``due_only`` leaves out what is not due yet.
    """
    now = now or utc_now()
    with uow:
        s = uow.session
        if scope == "mine":
            cond = or_(
                and_(
                    FollowUp.status == FollowUpStatus.CLAIMED.value,
                    FollowUp.claimed_by == operator_id,
                ),
                and_(FollowUp.assigned_to == operator_id, FollowUp.status.in_(_OPEN)),
            )
        else:
            cond = and_(
                FollowUp.status == FollowUpStatus.OPEN.value,
                FollowUp.channel == FollowUpChannel.CALL.value,
                FollowUp.handling == Handling.SHARED.value,
            )
        if due_only:
            cond = and_(cond, FollowUp.due_at <= now)
        total = int(s.execute(select(func.count()).select_from(FollowUp).where(cond)).scalar_one())
        rows = s.execute(
            _view_select()
            .where(cond)
            .order_by(FollowUp.priority.desc(), FollowUp.due_at, FollowUp.id)
            .offset(offset)
            .limit(limit)
        ).all()
        labels = _labels(_rules(s))
        return QueuePage(
            items=tuple(_view(r, labels) for r in rows), total=total, offset=offset, limit=limit
        )


# ------------------------------------------------------------------------------ results


def record_result(
    uow: UnitOfWork,
    operator_id: OperatorId,
    follow_up_id: FollowUpId,
    result: CallResult | str,
    *,
    call_back_at: dt.datetime | None = None,
    note: str = "",
    duration_s: int | None = None,
    now: dt.datetime | None = None,
) -> FollowUpView:
    """Record how the call of a claimed follow-up ended, all in one transaction.

    Writes the outbound call on the customer's timeline (who, when, what), moves the follow-up
    to its next step (:func:`crmdesk.domain.followups.next_step`: retry after the set hours,
    close, letter instead), and for 'asked not to be called' sets 電話不可 through the same path
    as the customer form (history row, audit). FollowUpStateError unless the caller holds the
    claim; ResultError (E604) for a call-back without a future time. Nothing is written then.
    """
    result = CallResult(result)
    now = now or utc_now()
    with uow, sql.write_lane(uow.session):
        s = uow.session
        sql.begin_write(s)
        require_permission(s, operator_id, Permission.DESK)
        fu = _mine(s, follow_up_id, operator_id)
        customer = s.get(Customer, fu.customer_id)
        assert customer is not None
        rules = {r.code: r for r in _rules(s)}
        rule = rules.get(fu.rule_code or "")
        step = next_step(
            result,
            attempts_before=fu.attempts,
            now=now,
            call_back_at=call_back_at,
            rule=rule,
            retry_after_hours=_setting(s, RETRY_AFTER_HOURS),
            max_attempts=_setting(s, MAX_ATTEMPTS),
            mailable=not (customer.do_not_mail or customer.returned_mail),
        )
        label = rule.label if rule is not None else "折り返し"
        summary = f"フォロー電話（{label}）: {RESULT_LABELS[result]}"
        if result is CallResult.CALL_BACK and call_back_at is not None:
            summary += f" → {call_back_at.astimezone(JST):%Y-%m-%d %H:%M}"
        if note.strip():
            summary += f"\n{note.strip()}"
        contact = Contact(
            customer_id=fu.customer_id,
            direction=ContactDirection.OUTBOUND.value,
            channel=ContactChannel.PHONE.value,
            category=(
                ContactCategory.ORDER if result is CallResult.ORDERED else ContactCategory.OTHER
            ).value,
            operator_id=operator_id,
            summary=summary,
            duration_s=duration_s,
            contacted_at=now,
        )
        s.add(contact)
        s.flush()
        fu.attempts = step.attempts
        fu.outcome = step.outcome
        fu.channel = step.channel.value
        fu.contact_id = contact.id
        fu.status = step.status
        if note.strip():
            fu.note = (fu.note + "\n" if fu.note else "") + note.strip()
        if step.status == FollowUpStatus.OPEN.value:
            assert step.due_at is not None
            fu.due_at = step.due_at
            fu.claimed_by = None
            fu.claimed_at = None
        else:
            fu.closed_at = now
        if step.set_do_not_call and not customer.do_not_call:
            apply_customer_flag(
                s,
                operator_id,
                customer,
                flag="do_not_call",
                value=True,
                reason=f"フォロー電話で申し出（フォロー {fu.id}）"
                + (f": {note.strip()}" if note.strip() else ""),
                at=now,
            )
        audit(
            s,
            operator_id,
            action=f"followup_{result.value}",
            entity="follow_up",
            entity_id=fu.id,
            detail={
                "result": result.value,
                "status": step.status,
                "channel": step.channel.value,
                "due_at": step.due_at,
                "attempts": step.attempts,
                "contact_id": contact.id,
            },
            at=now,
        )
        notify_customer_changed(s, fu.customer_id)
        s.flush()
        view = _load_view(s, follow_up_id)
        uow.commit()
        return view


# ------------------------------------------------------------------------------ the SV summary


@dataclass(frozen=True)
class FollowUpsReport:
    """The supervisor view: by rule and status, overdue, work per operator, conversion."""

    today: dt.date
    period_days: int
    conversion_days: int
    by_rule: tuple[dict[str, Any], ...]
    overdue: int
    overdue_items: tuple[FollowUpView, ...]
    operators: tuple[dict[str, Any], ...]
    #: open personal (VIP) items without an assignee (see :func:`unassigned_personal`)
    unassigned_personal: int = 0

    def as_json(self) -> dict[str, Any]:
        """The report as JSON-ready data (`crmdesk report followups --json`)."""
        return {
            "today": self.today.isoformat(),
            "period_days": self.period_days,
            "conversion_days": self.conversion_days,
            "by_rule": list(self.by_rule),
            "overdue": self.overdue,
            "overdue_items": [
                {
                    "id": v.id,
                    "customer_code": v.customer_code,
                    "rule": v.rule_code,
                    "due_at": v.due_at.isoformat(),
                    "status": v.status,
                }
                for v in self.overdue_items
            ],
            "operators": list(self.operators),
            "unassigned_personal": self.unassigned_personal,
        }


def followups_report(
    uow: UnitOfWork,
    operator_id: OperatorId | None,
    *,
    today: dt.date,
    period_days: int = 30,
    now: dt.datetime | None = None,
) -> FollowUpsReport:
    """The supervisor summary (Permission.REPORTS; ``operator_id`` None: the command line).

    * per rule: follow-ups by status now, created in the period, converted (an order within
      the setting ``followups.conversion_days`` after the follow-up was made) and the rate;
    * overdue: open or claimed ones due before today (JST), with the 20 oldest;
    * per operator: call results recorded today and in the period;
    * how many open personal (VIP) items have no assignee (nobody gets them until assigned).
    """
    now = now or utc_now()
    start_today = dt.datetime.combine(today, dt.time(0), JST).astimezone(dt.UTC)
    since = start_today - dt.timedelta(days=period_days - 1)
    with uow:
        s = uow.session
        if operator_id is not None:
            require_permission(s, operator_id, Permission.REPORTS)
        rules = _rules(s)
        conversion_days = _setting(s, CONVERSION_DAYS)
        labels = {r.code: r.label for r in rules}
        statuses: dict[str, dict[str, int]] = {}
        for code, status, n in s.execute(
            select(FollowUp.rule_code, FollowUp.status, func.count()).group_by(
                FollowUp.rule_code, FollowUp.status
            )
        ):
            key = code or "callback"
            statuses.setdefault(key, {})[status] = int(n)
        converted_expr = (
            select(Order.id)
            .where(
                Order.customer_id == FollowUp.customer_id,
                Order.ordered_at >= FollowUp.created_at,
                Order.status.not_in(("cancelled", "returned")),
            )
            .exists()
        )
        created_rows = s.execute(
            select(
                FollowUp.rule_code,
                func.count(),
                func.sum(case((converted_expr, 1), else_=0)),
            )
            .where(FollowUp.created_at >= since)
            .group_by(FollowUp.rule_code)
        ).all()
        # The window of conversion (an order within N days) is applied in a second pass on
        # the converted ones only: portable date arithmetic on a correlated column.
        within: dict[str, int] = {}
        for code, created_at, first_order in s.execute(
            select(
                FollowUp.rule_code,
                FollowUp.created_at,
                select(func.min(Order.ordered_at))
                .where(
                    Order.customer_id == FollowUp.customer_id,
                    Order.ordered_at >= FollowUp.created_at,
                    Order.status.not_in(("cancelled", "returned")),
                )
                .scalar_subquery(),
            ).where(FollowUp.created_at >= since, converted_expr)
        ):
            first = _as_utc(first_order)
            if first is not None and first - created_at <= dt.timedelta(days=conversion_days):
                key = code or "callback"
                within[key] = within.get(key, 0) + 1
        by_rule: list[dict[str, Any]] = []
        created_map = {(c or "callback"): int(n) for c, n, _ in created_rows}
        for key in sorted(set(statuses) | set(created_map), key=lambda k: (k not in labels, k)):
            made = created_map.get(key, 0)
            conv = within.get(key, 0)
            by_rule.append(
                {
                    "rule": key,
                    "label": labels.get(key, "折り返し" if key == "callback" else key),
                    "status": statuses.get(key, {}),
                    "created": made,
                    "converted": conv,
                    "conversion_rate": round(conv / made, 4) if made else None,
                }
            )
        overdue_cond = and_(FollowUp.status.in_(_OPEN), FollowUp.due_at < start_today)
        overdue = int(
            s.execute(select(func.count()).select_from(FollowUp).where(overdue_cond)).scalar_one()
        )
        oldest = s.execute(
            _view_select().where(overdue_cond).order_by(FollowUp.due_at, FollowUp.id).limit(20)
        ).all()
        work: dict[int, dict[str, Any]] = {}
        for op_id, action, n, n_today in s.execute(
            select(
                AuditLog.operator_id,
                AuditLog.action,
                func.count(),
                func.sum(case((AuditLog.at >= start_today, 1), else_=0)),
            )
            .where(
                AuditLog.entity == "follow_up",
                AuditLog.action.like("followup_%"),
                AuditLog.at >= since,
            )
            .group_by(AuditLog.operator_id, AuditLog.action)
        ):
            if op_id is None:
                continue
            entry = work.setdefault(int(op_id), {"today": {}, "period": {}})
            result = str(action).removeprefix("followup_")
            entry["period"][result] = int(n)
            if n_today:
                entry["today"][result] = int(n_today)
        unassigned = int(
            s.execute(
                select(func.count()).select_from(FollowUp).where(_UNASSIGNED_PERSONAL)
            ).scalar_one()
        )
        names = dict(s.execute(select(Operator.id, Operator.name)).all())
        operators = tuple(
            {
                "operator_id": op_id,
                "name": names.get(op_id, ""),
                "today": dict(sorted(entry["today"].items())),
                "period": dict(sorted(entry["period"].items())),
                "calls_today": sum(entry["today"].values()),
                "calls_period": sum(entry["period"].values()),
            }
            for op_id, entry in sorted(work.items())
        )
        return FollowUpsReport(
            today=today,
            period_days=period_days,
            conversion_days=conversion_days,
            by_rule=tuple(by_rule),
            overdue=overdue,
            overdue_items=tuple(_view(r, labels) for r in oldest),
            operators=operators,
            unassigned_personal=unassigned,
        )


def _as_utc(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite returns a scalar subquery's timestamp as text
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def contact_of(uow: UnitOfWork, follow_up_id: FollowUpId) -> ContactId | None:
    """The last call recorded for a follow-up (None before the first)."""
    with uow:
        fu = uow.session.get(FollowUp, follow_up_id)
        return None if fu is None or fu.contact_id is None else ContactId(fu.contact_id)
