"""Follow-ups (issue 5): the lapse model, follow-up rules as data, call results and next steps.

Pure: no database, no Qt. The store turns each :class:`Rule` into one set-based statement
(:mod:`crmdesk.store.followups`); the services apply :func:`next_step` to a call result.

The lapse model (DESIGN.md, "Lapse and follow-up model"):

* A customer's **expected next purchase** is the last order plus the subscription cycle for a
  subscriber; otherwise plus their own median interval between orders once they have
  :data:`MEDIAN_MIN_ORDERS` or more orders; otherwise plus the days of supply of what they last
  bought (product days-of-supply × quantity).
* **Lapsing**: today is past expected-next + grace (setting ``followups.grace_days``), and the
  customer is not yet dormant.
* **Dormant tiers**: no order for 90 / 180 / 365 days (setting ``followups.dormant_tiers``).
  Each tier is a window, not "forever": tier 1 ends where tier 2 starts, tier 2 where tier 3
  starts, and tier 3 ends after ``max_days`` days without an order (a rule parameter, inclusive
  like the letter segments' ``max_days``; default :data:`DORMANT_MAX_DAYS`, 1–2 years): a
  customer gone longer is no longer a reactivation target of a daily call or letter run. A
  supervisor widens it in the rule set (``max_days = 0``: no end).
* **F2**: a first-time buyer with no second order when the first supply is about to run out
  (setting ``followups.f2_lead_days`` days before it does).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.model import FollowUpChannel
from crmdesk.domain.shared_settings import SettingSpec, int_between, register

__all__ = [
    "CLAIM_EXPIRY_MINUTES",
    "CONVERSION_DAYS",
    "DORMANT_MAX_DAYS",
    "DORMANT_TIERS",
    "F2_LEAD_DAYS",
    "GRACE_DAYS",
    "MAX_ATTEMPTS",
    "MEDIAN_MIN_ORDERS",
    "REFRESH_INTERVAL_MINUTES",
    "RETRY_AFTER_HOURS",
    "CallResult",
    "FollowUpError",
    "FollowUpStateError",
    "Handling",
    "LapseSettings",
    "NextStep",
    "PurchaseFacts",
    "Rule",
    "RuleError",
    "Selector",
    "SelectorKind",
    "dormant_tier",
    "expected_gap_days",
    "expected_next_purchase",
    "f2_due",
    "fill_script",
    "is_lapsing",
    "next_step",
    "parse_rules",
    "tier_days",
    "why_text",
]

#: Orders a customer needs before their own median interval predicts the next one.
MEDIAN_MIN_ORDERS = 3
#: The last dormant tier's default end: up to 729 days without an order (gone 1–2 years).
DORMANT_MAX_DAYS = 729


# ------------------------------------------------------------------------------ errors (E6xx)


class FollowUpError(CrmdeskError):
    """A follow-up action that cannot be done as asked (the message says why)."""

    code = "E601"


class RuleError(CrmdeskError):
    """A follow-up rule file (or the stored rule set) is wrong; the message names file and field."""

    code = "E602"


class FollowUpStateError(FollowUpError):
    """The follow-up is not in a state that allows this (not claimed by you, already closed …)."""

    code = "E603"


class ResultError(FollowUpError):
    """A call result that is incomplete (a call-back without its time, an unknown result)."""

    code = "E604"


# ------------------------------------------------------------------------------ settings


def tier_days(value: Any) -> tuple[int, int, int]:
    """Three increasing day counts from ``[90, 180, 365]`` or the text ``"90, 180, 365"``."""
    if isinstance(value, str):
        parts = [p for p in value.replace("(", "").replace(")", "").replace("、", ",").split(",")]
        try:
            value = [int(p.strip()) for p in parts if p.strip()]
        except ValueError:
            raise ValueError(
                f"three whole numbers of days separated by commas are required, not {value!r}"
            ) from None
    if not isinstance(value, list | tuple) or len(value) != 3:
        raise ValueError("three whole numbers of days are required, e.g. 90, 180, 365")
    days: list[int] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int) or not 1 <= item <= 3650:
            raise ValueError(f"each tier is a whole number of days from 1 to 3650, not {item!r}")
        days.append(item)
    if not days[0] < days[1] < days[2]:
        raise ValueError(f"the tiers must increase, not {days}")
    return (days[0], days[1], days[2])


def _tiers_text(value: Any) -> str:
    # Stored and shown as text ("90, 180, 365"): the settings dialog edits it in a text field.
    return ", ".join(str(d) for d in tier_days(value))


GRACE_DAYS: SettingSpec[int] = SettingSpec(
    key="followups.grace_days",
    default=14,
    label="離脱判定の猶予日数（次回購入予定日を何日過ぎたら離脱とみなすか）",
    parse=int_between(0, 365),
)
DORMANT_TIERS: SettingSpec[str] = SettingSpec(
    key="followups.dormant_tiers",
    default="90, 180, 365",
    label="休眠の段階（最終購入からの日数、カンマ区切りで3つ）",
    parse=_tiers_text,
)
F2_LEAD_DAYS: SettingSpec[int] = SettingSpec(
    key="followups.f2_lead_days",
    default=5,
    label="F2フォロー: 初回分がなくなる何日前に連絡するか",
    parse=int_between(0, 90),
)
#: The claim expiry's bounds, minutes (PostgreSQL's claim reads the setting in SQL with them).
CLAIM_EXPIRY_RANGE = (1, 1440)
CLAIM_EXPIRY_MINUTES: SettingSpec[int] = SettingSpec(
    key="followups.claim_expiry_minutes",
    default=30,
    label="取り出したフォローを放置したとき、何分で他の人に戻すか",
    parse=int_between(*CLAIM_EXPIRY_RANGE),
)
RETRY_AFTER_HOURS: SettingSpec[int] = SettingSpec(
    key="followups.retry_after_hours",
    default=4,
    label="不在のとき、何時間後にかけ直すか",
    parse=int_between(1, 24 * 14),
)
MAX_ATTEMPTS: SettingSpec[int] = SettingSpec(
    key="followups.max_attempts",
    default=3,
    label="不在のとき、何回までかけるか",
    parse=int_between(1, 20),
)
REFRESH_INTERVAL_MINUTES: SettingSpec[int] = SettingSpec(
    key="followups.refresh_interval_minutes",
    default=60,
    label="フォロー作成（ルール実行）の間隔（分）",
    parse=int_between(5, 24 * 60),
)
CONVERSION_DAYS: SettingSpec[int] = SettingSpec(
    key="followups.conversion_days",
    default=30,
    label="フォローから何日以内の注文を成果とみなすか",
    parse=int_between(1, 365),
)
register(
    GRACE_DAYS,
    DORMANT_TIERS,
    F2_LEAD_DAYS,
    CLAIM_EXPIRY_MINUTES,
    RETRY_AFTER_HOURS,
    MAX_ATTEMPTS,
    REFRESH_INTERVAL_MINUTES,
    CONVERSION_DAYS,
)


@dataclass(frozen=True)
class LapseSettings:
    """The shared settings the rules read (defaults as declared above)."""

    grace_days: int = GRACE_DAYS.default
    dormant_tiers: tuple[int, int, int] = (90, 180, 365)
    f2_lead_days: int = F2_LEAD_DAYS.default


# ------------------------------------------------------------------------------ the lapse model


@dataclass(frozen=True)
class PurchaseFacts:
    """What the lapse model knows of one customer's purchases (JST business dates)."""

    order_count: int
    first_order_on: dt.date
    last_order_on: dt.date
    #: days of supply × quantity of the last order.
    last_supply_days: int
    #: median days between orders (None with fewer than two orders).
    median_interval_days: float | None = None
    #: cycle of the running subscription (None: not a subscriber).
    cycle_days: int | None = None


def expected_gap_days(facts: PurchaseFacts) -> float:
    """Days from the last order to the expected next: cycle, own median, or supply."""
    if facts.cycle_days is not None:
        return float(facts.cycle_days)
    if facts.order_count >= MEDIAN_MIN_ORDERS and facts.median_interval_days is not None:
        return facts.median_interval_days
    return float(facts.last_supply_days)


def expected_next_purchase(facts: PurchaseFacts) -> dt.date:
    """When this customer should buy again (a median of 30.5 days counts as 30)."""
    return facts.last_order_on + dt.timedelta(days=math.floor(expected_gap_days(facts)))


def dormant_tier(
    facts: PurchaseFacts,
    today: dt.date,
    tiers: Sequence[int],
    *,
    max_days: int = DORMANT_MAX_DAYS,
) -> int | None:
    """The highest tier (its number of days) reached by days without an order, else None.

    None as well past ``max_days`` days without an order (the end of the last tier, inclusive;
    0: no end).
    """
    idle = (today - facts.last_order_on).days
    if max_days and idle > max_days:
        return None
    reached = [days for days in tiers if idle >= days]
    return max(reached) if reached else None


def is_lapsing(facts: PurchaseFacts, today: dt.date, settings: LapseSettings) -> bool:
    """Past expected-next + grace, and not yet in the first dormant tier."""
    idle = (today - facts.last_order_on).days
    # idle > gap + grace, compared as the SQL of the rule compares it (whole days vs a median).
    return idle > expected_gap_days(facts) + settings.grace_days and (
        idle < settings.dormant_tiers[0]
    )


def f2_due(facts: PurchaseFacts, lead_days: int) -> dt.date | None:
    """The day the F2 follow-up becomes due: first supply end minus the lead (first-time only)."""
    if facts.order_count != 1:
        return None
    return facts.first_order_on + dt.timedelta(days=facts.last_supply_days - lead_days)


# ------------------------------------------------------------------------------ rules


class SelectorKind(StrEnum):
    """Whom a rule selects (the parameters each kind takes are in :data:`SELECTOR_PARAMS`)."""

    #: First-time buyers whose first supply runs out within the F2 lead days.
    F2 = "f2"
    #: Lapsing customers (``subscribers = true``: subscribers only; false: non-subscribers).
    LAPSING = "lapsing"
    #: Dormant customers of tier ``tier`` (1, 2, 3 → the three day counts of the setting): from
    #: that many days without an order up to the day before the next tier; tier 3 up to
    #: ``max_days`` days inclusive (0: no end).
    DORMANT = "dormant"
    #: Customers whose complaint was resolved ``after_days`` ago or more (safety net: the
    #: complaint service queues the check-back itself).
    COMPLAINT_RESOLVED = "complaint_resolved"
    #: Birthdays within the next ``days_before`` days.
    BIRTHDAY = "birthday"
    #: Subscription delivery number ``delivery`` ordered within the last ``within_days`` days.
    DELIVERY_MILESTONE = "delivery_milestone"
    #: Top-rank customers (rank vip) with no contact for ``no_contact_days``.
    VIP = "vip"


#: name → (type, default or None when required, low, high) of each selector parameter.
SELECTOR_PARAMS: Mapping[SelectorKind, Mapping[str, tuple[type, Any, int, int]]] = {
    SelectorKind.F2: {"window_days": (int, 7, 1, 90)},
    SelectorKind.LAPSING: {"subscribers": (bool, True, 0, 1)},
    SelectorKind.DORMANT: {"tier": (int, None, 1, 3), "max_days": (int, -1, 0, 36500)},
    SelectorKind.COMPLAINT_RESOLVED: {
        "after_days": (int, 7, 0, 90),
        "within_days": (int, 30, 1, 365),
    },
    SelectorKind.BIRTHDAY: {"days_before": (int, 7, 0, 60)},
    SelectorKind.DELIVERY_MILESTONE: {
        "delivery": (int, None, 1, 1000),
        "within_days": (int, 30, 1, 365),
    },
    SelectorKind.VIP: {"no_contact_days": (int, 60, 1, 3650)},
}


@dataclass(frozen=True)
class Selector:
    """A rule's ``[whom]``: the selector kind and its checked parameters."""

    kind: SelectorKind
    params: Mapping[str, int | bool] = field(default_factory=dict)

    def int_param(self, name: str) -> int:
        """A whole-number parameter (checked when parsed)."""
        value = self.params[name]
        assert isinstance(value, int) and not isinstance(value, bool)
        return value

    def bool_param(self, name: str) -> bool:
        """A true/false parameter (checked when parsed)."""
        value = self.params[name]
        assert isinstance(value, bool)
        return value


class Handling(StrEnum):
    """Who works a follow-up: anyone from the shared queue, or one person (VIP)."""

    SHARED = "shared"
    PERSONAL = "personal"


@dataclass(frozen=True)
class Rule:
    """One follow-up rule (resources/followups/rules.toml, editable by supervisors)."""

    code: str
    label: str
    whom: Selector
    #: follow_ups.kind of what it creates (f2, lapsing, dormant, check_back, birthday …).
    kind: str
    channel: FollowUpChannel
    #: Queue order: higher first (a promised call-back is 50, a complaint check-back 80).
    priority: int
    #: No new follow-up within this many days of any contact or mailing.
    cool_down_days: int
    #: A retention script (resources/retention/scripts) to show, by code; or None.
    script: str | None = None
    #: A short script in the rule itself, with placeholders (see :data:`SCRIPT_PLACEHOLDERS`).
    script_text: str = ""
    #: 電話不可 customers get a letter instead of a call (when mail is allowed).
    letter_if_no_call: bool = False
    #: After the last unanswered attempt, a letter instead (when mail is allowed).
    letter_after_no_answer: bool = False
    #: An order since the follow-up was made closes it (lapse rules); false for greetings.
    close_on_order: bool = True
    active: bool = True


_CODE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
_RULE_KEYS = frozenset(
    {
        "code",
        "label",
        "whom",
        "kind",
        "channel",
        "priority",
        "cool_down_days",
        "script",
        "script_text",
        "letter_if_no_call",
        "letter_after_no_answer",
        "close_on_order",
        "active",
    }
)


def _where(path: str, index: int, code: object) -> str:
    name = f" ({code})" if isinstance(code, str) and code else ""
    return f"{path}: rule {index + 1}{name}"


def _bool(data: Mapping[str, Any], key: str, default: bool, where: str) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise RuleError(f"{where}: '{key}' must be true or false, not {value!r}")
    return value


def _int(data: Mapping[str, Any], key: str, where: str, low: int, high: int) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RuleError(f"{where}: '{key}' must be a whole number from {low} to {high}")
    return value


def _selector(raw: object, where: str) -> Selector:
    if not isinstance(raw, dict):
        raise RuleError(f"{where}: '[whom]' (selector and its parameters) is missing")
    try:
        kind = SelectorKind(raw.get("selector", ""))
    except ValueError:
        allowed = ", ".join(k.value for k in SelectorKind)
        raise RuleError(
            f"{where}: whom.selector = {raw.get('selector')!r} is not one of {allowed}"
        ) from None
    spec = SELECTOR_PARAMS[kind]
    unknown = sorted(set(raw) - set(spec) - {"selector"})
    if unknown:
        raise RuleError(f"{where}: whom.{unknown[0]} is not a parameter of selector {kind.value}")
    params: dict[str, int | bool] = {}
    if kind is SelectorKind.DORMANT and "max_days" in raw and raw.get("tier") in (1, 2):
        raise RuleError(
            f"{where}: whom.max_days is a parameter of tier 3 only "
            "(tiers 1 and 2 end where the next tier starts)"
        )
    for name, (typ, default, low, high) in spec.items():
        value = raw.get(name, default)
        if kind is SelectorKind.DORMANT and name == "max_days":
            if raw.get("tier") != 3:
                continue  # tiers 1 and 2 end where the next starts: no such parameter
            if value == -1:
                value = DORMANT_MAX_DAYS  # not given: the default end
        if value is None:
            raise RuleError(f"{where}: whom.{name} is required for selector {kind.value}")
        if typ is bool:
            if not isinstance(value, bool):
                raise RuleError(f"{where}: whom.{name} must be true or false")
        elif isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise RuleError(f"{where}: whom.{name} must be a whole number from {low} to {high}")
        params[name] = value
    return Selector(kind=kind, params=params)


def parse_rules(source: str, *, path: str = "rules.toml") -> list[Rule]:  # noqa: PLR0912
    """Parse a rule set (TOML with ``[[rule]]`` tables); RuleError names the file, rule and field.

    Codes are unique; letter rules may not ask for a letter fallback; at least one rule.
    """
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: not valid TOML: {exc}") from None
    raw_rules = data.get("rule")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RuleError(f"{path}: no [[rule]] tables")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules):
        where = _where(path, index, raw.get("code") if isinstance(raw, dict) else None)
        if not isinstance(raw, dict):
            raise RuleError(f"{where}: must be a table")
        unknown = sorted(set(raw) - _RULE_KEYS)
        if unknown:
            raise RuleError(f"{where}: unknown field '{unknown[0]}'")
        code = raw.get("code")
        if not isinstance(code, str) or not _CODE.match(code):
            raise RuleError(
                f"{where}: 'code' must be 2-64 lower-case letters, digits or _ "
                "starting with a letter"
            )
        if code in seen:
            raise RuleError(f"{where}: code {code!r} is used twice")
        seen.add(code)
        label = raw.get("label")
        if not isinstance(label, str) or not label.strip() or len(label) > 100:
            raise RuleError(f"{where}: 'label' is required (at most 100 characters)")
        kind = raw.get("kind", code)
        if not isinstance(kind, str) or not _CODE.match(kind) or len(kind) > 32:
            raise RuleError(f"{where}: 'kind' must be a short code (at most 32 characters)")
        try:
            channel = FollowUpChannel(raw.get("channel", ""))
        except ValueError:
            raise RuleError(f'{where}: \'channel\' must be "call" or "letter"') from None
        script = raw.get("script")
        if script is not None and (not isinstance(script, str) or not script.strip()):
            raise RuleError(f"{where}: 'script' must be a retention script code")
        script_text = raw.get("script_text", "")
        if not isinstance(script_text, str):
            raise RuleError(f"{where}: 'script_text' must be text")
        bad = sorted(set(_PLACEHOLDER.findall(script_text)) - set(SCRIPT_PLACEHOLDERS))
        if bad:
            raise RuleError(
                f"{where}: script_text uses unknown placeholder {{{bad[0]}}} "
                f"(known: {', '.join(SCRIPT_PLACEHOLDERS)})"
            )
        rule = Rule(
            code=code,
            label=label.strip(),
            whom=_selector(raw.get("whom"), where),
            kind=kind,
            channel=channel,
            priority=_int(raw, "priority", where, 0, 100),
            cool_down_days=_int(raw, "cool_down_days", where, 0, 365),
            script=script.strip() if isinstance(script, str) else None,
            script_text=script_text.strip(),
            letter_if_no_call=_bool(raw, "letter_if_no_call", False, where),
            letter_after_no_answer=_bool(raw, "letter_after_no_answer", False, where),
            close_on_order=_bool(raw, "close_on_order", True, where),
            active=_bool(raw, "active", True, where),
        )
        if channel is FollowUpChannel.LETTER and (
            rule.letter_if_no_call or rule.letter_after_no_answer
        ):
            raise RuleError(f"{where}: a letter rule cannot fall back to a letter")
        rules.append(rule)
    return rules


# ------------------------------------------------------------------------------ the script


#: The placeholders a rule's script_text may use, and what fills them.
SCRIPT_PLACEHOLDERS: Mapping[str, str] = {
    "name": "お客様のお名前（姓）",
    "full_name": "お客様のお名前（姓名）",
    "product": "最後に購入された商品名",
    "days_since_order": "最終購入からの日数",
    "first_order_date": "初回購入日",
    "last_order_date": "最終購入日",
    "order_count": "購入回数",
    "operator": "担当者名",
    "company": "会社名",
}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill_script(text: str, values: Mapping[str, str]) -> str:
    """``text`` with the placeholders that have a value filled in; the others stay visible."""

    def one(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        return match.group(0) if value is None or value == "" else value

    return _PLACEHOLDER.sub(one, text)


def why_text(rule: Rule | None, facts: PurchaseFacts | None, today: dt.date) -> str:  # noqa: PLR0911
    """Why this call, in the words an operator reads (e.g. 初回購入から25日・2回目の購入なし)."""
    if rule is None:
        return "お約束した折り返しのお電話"
    kind = rule.whom.kind
    if kind is SelectorKind.COMPLAINT_RESOLVED:
        return f"{rule.label}（クレーム解決後の確認）"
    if kind is SelectorKind.VIP:
        return f"{rule.label}（優良顧客・担当者対応）"
    if facts is None:
        return rule.label
    since_first = (today - facts.first_order_on).days
    idle = (today - facts.last_order_on).days
    if kind is SelectorKind.F2:
        return (
            f"初回購入から{since_first}日・2回目の購入なし（初回分は{facts.last_supply_days}日分）"
        )
    if kind is SelectorKind.LAPSING:
        expected = expected_next_purchase(facts)
        late = (today - expected).days
        basis = (
            f"定期{facts.cycle_days}日周期"
            if facts.cycle_days is not None
            else (
                "ご自身の購入間隔"
                if facts.order_count >= MEDIAN_MIN_ORDERS and facts.median_interval_days
                else f"{facts.last_supply_days}日分の商品"
            )
        )
        return f"次回購入予定日（{basis}）を{late}日過ぎて注文なし・最終購入から{idle}日"
    if kind is SelectorKind.DORMANT:
        return f"最終購入から{idle}日（{rule.label}）・購入{facts.order_count}回"
    if kind is SelectorKind.DELIVERY_MILESTONE:
        return f"定期{rule.whom.int_param('delivery')}回目のお届け（{rule.label}）"
    return rule.label


# ------------------------------------------------------------------------------ call results


class CallResult(StrEnum):
    """What an outbound follow-up call ended in."""

    REACHED = "reached"  # 話せた
    NO_ANSWER = "no_answer"  # 不在
    CALL_BACK = "call_back"  # かけ直し（日時指定）
    ORDERED = "ordered"  # 注文いただいた
    DECLINED = "declined"  # 断られた
    WRONG_NUMBER = "wrong_number"  # 番号違い
    DO_NOT_CALL = "do_not_call"  # 電話しないでほしい（電話不可にする）


#: Japanese labels (CLI, contact summaries; the GUI translates its own).
RESULT_LABELS: Mapping[CallResult, str] = {
    CallResult.REACHED: "話せた",
    CallResult.NO_ANSWER: "不在",
    CallResult.CALL_BACK: "かけ直し",
    CallResult.ORDERED: "注文いただいた",
    CallResult.DECLINED: "お断り",
    CallResult.WRONG_NUMBER: "番号違い",
    CallResult.DO_NOT_CALL: "電話不可の申し出",
}


@dataclass(frozen=True)
class NextStep:
    """What becomes of the follow-up after a call: its new state, channel and due time."""

    #: open (again), done (worked to an end) or closed (given up / no longer applies)
    status: str
    channel: FollowUpChannel
    due_at: dt.datetime | None
    outcome: str
    attempts: int
    #: the customer must be flagged 電話不可 in the same transaction
    set_do_not_call: bool = False


def next_step(  # noqa: PLR0911 - one return per result
    result: CallResult,
    *,
    attempts_before: int,
    now: dt.datetime,
    call_back_at: dt.datetime | None,
    rule: Rule | None,
    retry_after_hours: int,
    max_attempts: int,
    mailable: bool,
) -> NextStep:
    """The follow-up's next state after a call with ``result`` (pure; see the issue's flow).

    No answer: retry after ``retry_after_hours`` until ``max_attempts`` calls were made; after
    the last one a letter instead if the rule says so and the customer may get mail, else
    closed. A call-back needs ``call_back_at`` in the future. 'Asked not to be called' closes
    it and asks for 電話不可.
    """
    attempts = attempts_before + 1
    call = FollowUpChannel.CALL
    if result is CallResult.CALL_BACK:
        if call_back_at is None or call_back_at.tzinfo is None:
            raise ResultError("a call-back needs the date and time to call back (call_back_at)")
        if call_back_at <= now:
            raise ResultError(f"the call-back time {call_back_at.isoformat()} is not in the future")
        return NextStep("open", call, call_back_at, result.value, attempts)
    if result is CallResult.NO_ANSWER:
        if attempts < max_attempts:
            retry = now + dt.timedelta(hours=retry_after_hours)
            return NextStep("open", call, retry, result.value, attempts)
        if rule is not None and rule.letter_after_no_answer and mailable:
            return NextStep("open", FollowUpChannel.LETTER, now, "letter_after_no_answer", attempts)
        return NextStep("closed", call, None, result.value, attempts)
    if result is CallResult.DO_NOT_CALL:
        return NextStep("closed", call, None, result.value, attempts, set_do_not_call=True)
    if result is CallResult.WRONG_NUMBER:
        return NextStep("closed", call, None, result.value, attempts)
    # reached, ordered, declined: the follow-up was worked to an end.
    return NextStep("done", call, None, result.value, attempts)
