"""Cancellation calls (解約) and retention (引き止め): reasons, scripts, offers and fair-play rules.

Pure rules, no I/O beyond parsing the TOML text it is given:

* the **reason taxonomy** (:class:`Reason`): a stable code, the label, and whether it is a health
  or safety reason (then no offer is ever shown: the flow goes straight to acceptance and a
  product-safety note goes to the supervisor);
* **retention scripts as data** (:class:`Script`, parsed from TOML by :func:`parse_script`): the
  reasons and conditions they apply to, the steps the operator says with placeholders
  (``{name}``, ``{product}``, ``{delivery_number}``, ``{next_ship_date}``, ``{cycle_days}``) and the
  offers to present;
* **choosing a script** (:func:`rank_scripts`, :func:`choose_script`): the matching scripts
  ranked by their measured save rate for the reason once they have :data:`MIN_SAMPLE` requests,
  by their declared priority before that; an optional A/B split between two scripts of one
  ``ab_group``, deterministic by customer id;
* **fairness** (特定商取引法: obstructing a cancellation is unlawful, :func:`check_call`): at most
  ``offer_cap`` offers per call (shared setting :data:`OFFER_CAP`, default 2), none for a health
  reason, and once the customer repeats the wish after the offers the outcome is cancellation.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.model import CancellationOutcome
from crmdesk.domain.shared_settings import SettingSpec, int_between, register
from crmdesk.domain.validation import FieldError, ValidationError

__all__ = [
    "MIN_SAMPLE",
    "OFFER_CAP",
    "PLACEHOLDERS",
    "CallFacts",
    "CallRecord",
    "CancellationCall",
    "CancellationRecordView",
    "CancellationResult",
    "FairnessError",
    "Offer",
    "OfferKind",
    "Reason",
    "RetentionPlan",
    "SafetyNoteView",
    "Script",
    "ScriptConditions",
    "ScriptSource",
    "ScriptSummary",
    "check_call",
    "choose_script",
    "fill",
    "format_speech_date",
    "matching_scripts",
    "offers_for",
    "outcome_of",
    "parse_reasons",
    "parse_script",
    "rank_scripts",
    "reasons_source",
]

#: Requests a script needs for one reason before its measured save rate ranks it; below that
#: its declared priority does (a new script is neither starved nor over-trusted).
MIN_SAMPLE = 30

OFFER_CAP: SettingSpec[int] = SettingSpec(
    key="retention.offer_cap",
    default=2,
    label="1回の解約受付で提示できるオファーの上限",
    parse=int_between(0, 5),
    help="特定商取引法: 解約を妨げない。上限を超えるオファーは記録できません。",
)
register(OFFER_CAP)

#: The placeholders a script may use, and what they are filled with.
PLACEHOLDERS: Mapping[str, str] = {
    "name": "お客様のお名前（様は本文に書く）",
    "product": "定期の商品名",
    "delivery_number": "最新のお届け回数（これまでに届いた回数）",
    "next_ship_date": "次回お届け日（12月1日 の形）",
    "cycle_days": "お届け周期（日数）",
}
_PLACEHOLDER = re.compile(r"\{([a-z_]*)\}")


class FairnessError(CrmdeskError):
    """A cancellation call that would obstruct the cancellation (特定商取引法); nothing is saved.

    ``rule`` is the stable name of the rule broken: ``offer_cap``, ``health_reason``,
    ``wish_repeated`` or ``offer_not_presented``.
    """

    code = "E402"

    def __init__(self, message: str, *, rule: str) -> None:
        super().__init__(message)
        self.rule = rule


class OfferKind(StrEnum):
    """What an offer does (the first five change the subscription: outcome ``changed``)."""

    SKIP = "skip"
    CYCLE_CHANGE = "cycle_change"
    PAUSE = "pause"
    QUANTITY_CHANGE = "quantity_change"
    PRODUCT_SWITCH = "product_switch"
    DISCOUNT = "discount"
    GIFT = "gift"


_CHANGES_SUBSCRIPTION = frozenset(
    {
        OfferKind.SKIP,
        OfferKind.CYCLE_CHANGE,
        OfferKind.PAUSE,
        OfferKind.QUANTITY_CHANGE,
        OfferKind.PRODUCT_SWITCH,
    }
)


@dataclass(frozen=True)
class Offer:
    """One offer of a script: its kind, its parameters and the words the operator says.

    Parameters by kind: ``cycle_days`` (cycle_change, 15..180), ``days`` (pause: until today +
    days), ``quantity`` (quantity_change), ``sku`` (product_switch), ``percent`` and
    ``deliveries`` (discount: percent off the next ``deliveries`` deliveries), ``gift``.
    """

    kind: OfferKind
    text: str
    cycle_days: int | None = None
    days: int | None = None
    quantity: int | None = None
    sku: str | None = None
    percent: int | None = None
    deliveries: int | None = None
    gift: str | None = None

    @property
    def changes_subscription(self) -> bool:
        """True when accepting it changes the subscription (skip, cycle, pause, size, product)."""
        return self.kind in _CHANGES_SUBSCRIPTION

    def as_json(self) -> dict[str, object]:
        """The offer as stored in ``offers_presented`` (kind first, then the set parameters)."""
        out: dict[str, object] = {"kind": self.kind.value, "text": self.text}
        for name in ("cycle_days", "days", "quantity", "sku", "percent", "deliveries", "gift"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out


@dataclass(frozen=True)
class Reason:
    """A cancellation reason (解約理由) of the taxonomy."""

    code: str
    label: str
    health: bool = False
    position: int = 0
    active: bool = True


@dataclass(frozen=True)
class ScriptConditions:
    """When a script applies besides its reasons; ``None`` (or empty ranks) means any.

    Delivery counts and subscription ages are inclusive ranges; ``open_complaint`` True means
    only with an unresolved complaint, False only without one.
    """

    min_delivery: int | None = None
    max_delivery: int | None = None
    ranks: frozenset[str] = frozenset()
    open_complaint: bool | None = None
    min_subscription_days: int | None = None
    max_subscription_days: int | None = None

    def holds(self, facts: CallFacts) -> bool:
        """True if the customer and subscription in ``facts`` meet every condition."""

        def within(value: int, low: int | None, high: int | None) -> bool:
            return (low is None or value >= low) and (high is None or value <= high)

        return (
            within(facts.delivery_count, self.min_delivery, self.max_delivery)
            and (not self.ranks or facts.rank in self.ranks)
            and (self.open_complaint is None or self.open_complaint == facts.open_complaint)
            and within(
                facts.subscription_days, self.min_subscription_days, self.max_subscription_days
            )
        )


@dataclass(frozen=True)
class Script:
    """A retention script (引き止めトーク): one version of it, as the operator reads it."""

    code: str
    title: str
    reasons: tuple[str, ...]
    steps: tuple[str, ...]
    offers: tuple[Offer, ...] = ()
    conditions: ScriptConditions = field(default_factory=ScriptConditions)
    #: The supervisor's expected save rate in percent (0..100): ranks the script until it has
    #: MIN_SAMPLE requests for a reason.
    priority: int = 50
    #: Scripts sharing an ab_group are split between customers when they are the best two.
    ab_group: str | None = None
    version: int = 1


@dataclass(frozen=True)
class CallFacts:
    """What the script's conditions and placeholders need to know about the caller."""

    name: str
    product: str
    delivery_count: int
    next_ship_date: dt.date | None
    cycle_days: int
    rank: str
    open_complaint: bool
    subscription_days: int

    def values(self) -> dict[str, str]:
        """The placeholder values (see PLACEHOLDERS)."""
        return {
            "name": self.name,
            "product": self.product,
            "delivery_number": str(self.delivery_count),
            "next_ship_date": format_speech_date(self.next_ship_date),
            "cycle_days": str(self.cycle_days),
        }


def format_speech_date(day: dt.date | None) -> str:
    """A date as the operator says it: ``12月1日`` (``未定`` when there is none)."""
    if day is None:
        return "未定"
    return f"{day.month}月{day.day}日"


def fill(text: str, facts: CallFacts) -> str:
    """``text`` with its placeholders filled (unknown ones are refused when a script is saved)."""
    values = facts.values()
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def outcome_of(accepted: Offer | None, cancelled: bool) -> CancellationOutcome:
    """The outcome of a call: cancelled, changed (an offer that changes the subscription) or
    retained (a discount, a gift, or the customer simply decided to stay)."""
    if cancelled:
        return CancellationOutcome.CANCELLED
    if accepted is not None and accepted.changes_subscription:
        return CancellationOutcome.CHANGED
    return CancellationOutcome.RETAINED


# ------------------------------------------------------------------------------ choosing


def matching_scripts(scripts: Iterable[Script], reason: str, facts: CallFacts) -> list[Script]:
    """The scripts that apply to ``reason`` and whose conditions the caller meets."""
    return [s for s in scripts if reason in s.reasons and s.conditions.holds(facts)]


def _score(script: Script, stats: Mapping[str, tuple[int, int]], min_sample: int) -> float:
    requests, saves = stats.get(script.code, (0, 0))
    if requests >= min_sample:
        return saves / requests
    return script.priority / 100


def rank_scripts(
    candidates: Sequence[Script],
    stats: Mapping[str, tuple[int, int]],
    *,
    min_sample: int = MIN_SAMPLE,
) -> list[Script]:
    """``candidates`` best first.

    ``stats`` maps a script code to its (requests, saves) for the reason at hand. A script with
    at least ``min_sample`` requests is scored by its measured save rate, one with fewer by its
    declared priority read as an expected rate (priority 60 → 0.60), so a new script competes on
    its declared promise until the measurements speak. Ties: higher priority, then code.
    """
    return sorted(
        candidates,
        key=lambda s: (-_score(s, stats, min_sample), -s.priority, s.code),
    )


def choose_script(ranked: Sequence[Script], customer_id: int) -> tuple[Script | None, str | None]:
    """The script to show and the A/B arm (None without a split).

    When the best script has an ``ab_group`` and another ranked script shares it, the two are
    split by a stable hash of (group, customer id): the same customer always gets the same arm,
    so a re-opened flow shows the same script. Arm ``A`` is the one whose code sorts first.
    """
    if not ranked:
        return None, None
    best = ranked[0]
    if best.ab_group is None:
        return best, None
    partner = next(
        (s for s in ranked[1:] if s.ab_group == best.ab_group and s.code != best.code), None
    )
    if partner is None:
        return best, None
    arm_a, arm_b = sorted((best, partner), key=lambda s: s.code)
    bucket = zlib.crc32(f"{best.ab_group}:{customer_id}".encode()) % 2
    chosen = arm_a if bucket == 0 else arm_b
    return chosen, f"{best.ab_group}:{'A' if bucket == 0 else 'B'}"


def offers_for(script: Script | None, reason: Reason, offer_cap: int) -> tuple[Offer, ...]:
    """The offers the operator may present: none for a health reason, at most ``offer_cap``."""
    if script is None or reason.health:
        return ()
    return script.offers[: max(offer_cap, 0)]


# ------------------------------------------------------------------------------ fairness


@dataclass(frozen=True)
class CancellationCall:
    """What the operator recorded at the end of a cancellation call (checked by check_call).

    ``accepted`` is the index in ``offers_presented`` of the offer the customer took (None:
    none). ``first_wish_at`` is when the customer first said they want to cancel;
    ``wish_repeated_at`` when they repeated it after the offers (then the outcome is cancelled).
    """

    reason: Reason
    offers_presented: tuple[Offer, ...]
    accepted: int | None
    cancelled: bool
    first_wish_at: dt.datetime
    wish_repeated_at: dt.datetime | None = None


def check_call(call: CancellationCall, offer_cap: int) -> CancellationOutcome:
    """The outcome of ``call``, or FairnessError when it would obstruct the cancellation."""
    presented = len(call.offers_presented)
    if call.reason.health and presented:
        raise FairnessError(
            f"reason {call.reason.code!r} is a health or safety reason: no offer may be "
            f"presented (got {presented})",
            rule="health_reason",
        )
    if presented > offer_cap:
        raise FairnessError(
            f"{presented} offers presented, the limit per call is {offer_cap}", rule="offer_cap"
        )
    if call.accepted is not None and not 0 <= call.accepted < presented:
        raise FairnessError(
            "the accepted offer was not among the offers presented", rule="offer_not_presented"
        )
    if call.wish_repeated_at is not None:
        if not call.cancelled or call.accepted is not None:
            raise FairnessError(
                "the customer repeated the wish to cancel after the offers: the call ends in "
                "cancellation",
                rule="wish_repeated",
            )
        if call.wish_repeated_at < call.first_wish_at:
            raise ValidationError(
                [FieldError("wish_repeated_at", "is before the first wish", "invalid")]
            )
    if call.cancelled and call.accepted is not None:
        raise ValidationError(
            [FieldError("accepted", "a cancelled call has no accepted offer", "not_allowed")]
        )
    if call.reason.health and not call.cancelled:
        raise FairnessError(
            f"reason {call.reason.code!r} is a health or safety reason: the cancellation is "
            "accepted without retention",
            rule="health_reason",
        )
    accepted = call.offers_presented[call.accepted] if call.accepted is not None else None
    return outcome_of(accepted, call.cancelled)


# ------------------------------------------------------------------------------ parsing


def _toml(source: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError([FieldError("source", f"{where}: {exc}", "invalid")]) from None


_CODE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


class _Errors:
    def __init__(self, where: str) -> None:
        self.where = where
        self.errors: list[FieldError] = []

    def add(self, key: str, message: str, code: str = "invalid") -> None:
        self.errors.append(FieldError("source", f"{self.where}: {key}: {message}", code))

    def raise_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def _int(data: Mapping[str, Any], key: str, errors: _Errors, low: int, high: int) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        errors.add(key, f"must be a whole number from {low} to {high}", "out_of_range")
        return None
    return value


def _text(data: Mapping[str, Any], key: str, errors: _Errors, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        errors.add(key, "a text is required", "required")
        return ""
    return value.strip()


def _placeholders_ok(text: str, key: str, errors: _Errors) -> None:
    for name in _PLACEHOLDER.findall(text):
        if name not in PLACEHOLDERS:
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            errors.add(key, f"unknown placeholder {{{name}}} (known: {known})")


_OFFER_PARAMS: Mapping[OfferKind, tuple[tuple[str, int, int], ...]] = {
    OfferKind.SKIP: (),
    OfferKind.CYCLE_CHANGE: (("cycle_days", 15, 180),),
    OfferKind.PAUSE: (("days", 7, 365),),
    OfferKind.QUANTITY_CHANGE: (("quantity", 1, 10),),
    OfferKind.PRODUCT_SWITCH: (),
    OfferKind.DISCOUNT: (("percent", 1, 50), ("deliveries", 1, 12)),
    OfferKind.GIFT: (),
}


def _offer(data: Any, key: str, errors: _Errors) -> Offer | None:
    if not isinstance(data, dict):
        errors.add(key, "must be a table")
        return None
    try:
        kind = OfferKind(str(data.get("kind")))
    except ValueError:
        kinds = ", ".join(k.value for k in OfferKind)
        errors.add(f"{key}.kind", f"must be one of {kinds}")
        return None
    text = _text(data, "text", _Errors(f"{errors.where}: {key}"))
    if not text:
        errors.add(f"{key}.text", "a text is required", "required")
    _placeholders_ok(text, f"{key}.text", errors)
    params: dict[str, Any] = {}
    for name, low, high in _OFFER_PARAMS[kind]:
        if data.get(name) is None:
            errors.add(f"{key}.{name}", f"is required for a {kind.value} offer", "required")
        params[name] = _int(data, name, errors, low, high)
    if kind is OfferKind.PRODUCT_SWITCH:
        params["sku"] = _text(data, "sku", errors) or None
    if kind is OfferKind.GIFT:
        params["gift"] = _text(data, "gift", errors) or None
    return Offer(kind=kind, text=text, **params)


def parse_script(source: str, *, where: str = "script", version: int = 1) -> Script:
    """The script a TOML text defines; ValidationError at ``source`` naming each problem.

    Keys: ``code``, ``title``, ``reasons`` (codes), ``steps`` (texts), ``priority`` (0..100),
    optional ``ab_group``, a ``[conditions]`` table (``min_delivery``, ``max_delivery``,
    ``ranks``, ``open_complaint``, ``min_subscription_days``, ``max_subscription_days``) and
    ``[[offers]]`` tables (``kind``, ``text`` and the kind's parameters, see :class:`Offer`).
    """
    data = _toml(source, where)
    errors = _Errors(where)
    code = data.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        errors.add("code", "must be 2-64 lower-case letters, digits or _ starting with a letter")
        code = ""
    title = _text(data, "title", errors)
    reasons = data.get("reasons")
    if (
        not isinstance(reasons, list)
        or not reasons
        or not all(isinstance(r, str) and r for r in reasons)
    ):
        errors.add("reasons", "must list at least one reason code", "required")
        reasons = []
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps or not all(isinstance(s, str) for s in steps):
        errors.add("steps", "must list at least one text", "required")
        steps = []
    for n, step in enumerate(steps, 1):
        _placeholders_ok(step, f"steps[{n}]", errors)
    priority = _int(data, "priority", errors, 0, 100)
    ab_group = data.get("ab_group")
    if ab_group is not None and (not isinstance(ab_group, str) or not _CODE.match(ab_group)):
        errors.add("ab_group", "must be a code like the script's")
        ab_group = None
    raw_offers = data.get("offers", [])
    if not isinstance(raw_offers, list):
        errors.add("offers", "must be [[offers]] tables")
        raw_offers = []
    offers = [_offer(o, f"offers[{n}]", errors) for n, o in enumerate(raw_offers, 1)]
    cond = data.get("conditions", {})
    if not isinstance(cond, dict):
        errors.add("conditions", "must be a table")
        cond = {}
    unknown = set(cond) - {
        "min_delivery",
        "max_delivery",
        "ranks",
        "open_complaint",
        "min_subscription_days",
        "max_subscription_days",
    }
    for key in sorted(unknown):
        errors.add(f"conditions.{key}", "is not a known condition")
    ranks = cond.get("ranks", [])
    if not isinstance(ranks, list) or not all(isinstance(r, str) for r in ranks):
        errors.add("conditions.ranks", "must be a list of ranks")
        ranks = []
    open_complaint = cond.get("open_complaint")
    if open_complaint is not None and not isinstance(open_complaint, bool):
        errors.add("conditions.open_complaint", "must be true or false")
        open_complaint = None
    conditions = ScriptConditions(
        min_delivery=_int(cond, "min_delivery", errors, 0, 1000),
        max_delivery=_int(cond, "max_delivery", errors, 0, 1000),
        ranks=frozenset(ranks),
        open_complaint=open_complaint,
        min_subscription_days=_int(cond, "min_subscription_days", errors, 0, 36500),
        max_subscription_days=_int(cond, "max_subscription_days", errors, 0, 36500),
    )
    unknown_top = set(data) - {
        "code",
        "title",
        "reasons",
        "steps",
        "priority",
        "ab_group",
        "offers",
        "conditions",
    }
    for key in sorted(unknown_top):
        errors.add(key, "is not a known key")
    errors.raise_any()
    return Script(
        code=str(code),
        title=title,
        reasons=tuple(reasons),
        steps=tuple(steps),
        offers=tuple(o for o in offers if o is not None),
        conditions=conditions,
        priority=50 if priority is None else priority,
        ab_group=ab_group,
        version=version,
    )


def parse_reasons(source: str, *, where: str = "reasons") -> list[Reason]:
    """The taxonomy a TOML text defines as ``[[reason]]`` tables (``code``, ``label``, ``health``).

    The order of the tables is the order of the list the operator picks from.
    """
    data = _toml(source, where)
    errors = _Errors(where)
    rows = data.get("reason")
    if not isinstance(rows, list) or not rows:
        errors.add("reason", "at least one [[reason]] table is required", "required")
        errors.raise_any()
    assert isinstance(rows, list)
    out: list[Reason] = []
    seen: set[str] = set()
    for n, row in enumerate(rows, 1):
        key = f"reason[{n}]"
        if not isinstance(row, dict):
            errors.add(key, "must be a table")
            continue
        code = row.get("code")
        if not isinstance(code, str) or not _CODE.match(code) or len(code) > 32:
            errors.add(f"{key}.code", "must be 2-32 lower-case letters, digits or _")
            continue
        if code in seen:
            errors.add(f"{key}.code", f"{code!r} appears twice", "duplicate")
        seen.add(code)
        label = row.get("label")
        if not isinstance(label, str) or not label.strip():
            errors.add(f"{key}.label", "a text is required", "required")
            continue
        health = row.get("health", False)
        if not isinstance(health, bool):
            errors.add(f"{key}.health", "must be true or false")
            continue
        out.append(Reason(code=code, label=label.strip(), health=health, position=n))
    errors.raise_any()
    return out


def reasons_source(reasons: Sequence[Reason]) -> str:
    """The TOML text of a taxonomy (what the supervisor edits); parse_reasons reads it back."""

    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    blocks = [
        f"[[reason]]\ncode = {quoted(r.code)}\nlabel = {quoted(r.label)}\n"
        f"health = {'true' if r.health else 'false'}\n"
        for r in reasons
    ]
    return "\n".join(blocks)


# ------------------------------------------------------------------------------ read models


@dataclass(frozen=True)
class RetentionPlan:
    """What the flow shows once the reason is chosen: the script, its filled steps, the offers.

    ``offers`` are already cut to the offer cap (none for a health reason) and their texts are
    filled; ``ranking`` lists every matching script best first with the basis of its score
    (``measured`` or ``priority``), so a supervisor can see why this one was shown.
    """

    customer_id: int
    subscription_id: int
    subscription_version: int
    reason: Reason
    script_code: str | None
    script_version: int | None
    script_title: str
    steps: tuple[str, ...]
    offers: tuple[Offer, ...]
    ab_arm: str | None
    offer_cap: int
    facts: CallFacts
    ranking: tuple[tuple[str, float, str], ...] = ()

    @property
    def script_text(self) -> str:
        """The steps as one text, one step a line (stored on the record: the words said then)."""
        return "\n".join(self.steps)


@dataclass(frozen=True)
class CallRecord:
    """Everything the flow hands to ``record_cancellation_call`` (one transaction).

    ``offers_presented`` are the offers the operator read out, in order (a prefix of the plan's
    offers), ``accepted`` the index of the one the customer took; ``cancelled`` True when the
    call ends in cancellation.
    """

    customer_id: int
    subscription_id: int
    expected_version: int
    reason_code: str
    reason_detail: str
    script_code: str | None
    script_version: int | None
    ab_arm: str | None
    script_text: str
    offers_presented: tuple[Offer, ...]
    accepted: int | None
    cancelled: bool
    first_wish_at: dt.datetime
    wish_repeated_at: dt.datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class CancellationResult:
    """What a recorded call did: the request, its outcome, the contact and the subscription."""

    request_id: int
    outcome: CancellationOutcome
    contact_id: int
    subscription_status: str
    next_ship_date: dt.date | None
    safety_note_id: int | None


@dataclass(frozen=True)
class CancellationRecordView:
    """One cancellation record as it was: what was said, offered and decided, and when."""

    request_id: int
    customer_id: int
    customer_name: str
    customer_code: str
    postal_code: str | None
    address: str
    product: str
    reason_code: str
    reason_label: str
    reason_detail: str
    script_code: str | None
    script_version: int | None
    script_title: str
    #: The words as the operator saw them (placeholders filled); for records made before the
    #: flow stored them, the steps of the script version as written.
    script_text: str
    offers_presented: tuple[str, ...]
    accepted_offer: str | None
    outcome: CancellationOutcome
    ab_arm: str | None
    operator_name: str | None
    first_wish_at: dt.datetime | None
    wish_repeated_at: dt.datetime | None
    requested_at: dt.datetime
    confirmed_at: dt.datetime | None


@dataclass(frozen=True)
class SafetyNoteView:
    """製品安全メモ in the supervisor's list: who, which product, what they said, and whether
    (by whom, when) a supervisor has reviewed it."""

    id: int
    cancellation_request_id: int
    customer_id: int
    customer_code: str
    customer_name: str
    product: str
    reason_code: str
    reason_label: str
    detail: str
    operator_name: str | None
    created_at: dt.datetime
    reviewed_by_name: str | None
    reviewed_at: dt.datetime | None

    @property
    def reviewed(self) -> bool:
        """True once a supervisor marked it reviewed."""
        return self.reviewed_at is not None


@dataclass(frozen=True)
class ScriptSummary:
    """A script in the supervisor's list."""

    code: str
    title: str
    current_version: int
    reasons: tuple[str, ...]
    priority: int
    ab_group: str | None
    retired: bool


@dataclass(frozen=True)
class ScriptSource:
    """One version of a script as its TOML text (what the supervisor edits)."""

    code: str
    version: int
    current_version: int
    source: str
    retired: bool
