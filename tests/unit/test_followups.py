"""The pure follow-up rules (issue 5): lapse model, rule files, scripts, call results."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.domain.followups import (
    DORMANT_TIERS,
    CallResult,
    LapseSettings,
    PurchaseFacts,
    ResultError,
    RuleError,
    dormant_tier,
    expected_next_purchase,
    f2_due,
    fill_script,
    is_lapsing,
    next_step,
    parse_rules,
    why_text,
)
from crmdesk.domain.model import FollowUpChannel
from crmdesk.domain.validation import ValidationError
from crmdesk.resources import resource_path

TODAY = dt.date(2026, 12, 6)
NOW = dt.datetime(2026, 12, 6, 1, 0, tzinfo=dt.UTC)


def facts(**kw: object) -> PurchaseFacts:
    values: dict[str, object] = {
        "order_count": 1,
        "first_order_on": TODAY - dt.timedelta(days=25),
        "last_order_on": TODAY - dt.timedelta(days=25),
        "last_supply_days": 30,
    }
    values.update(kw)
    return PurchaseFacts(**values)  # type: ignore[arg-type]


def test_expected_next_purchase_cycle_then_median_then_supply() -> None:
    last = TODAY - dt.timedelta(days=10)
    assert expected_next_purchase(facts(last_order_on=last, cycle_days=45)) == last + dt.timedelta(
        45
    )
    median = facts(last_order_on=last, order_count=3, median_interval_days=20.5)
    assert expected_next_purchase(median) == last + dt.timedelta(20)
    two = facts(last_order_on=last, order_count=2, median_interval_days=20.0)
    assert expected_next_purchase(two) == last + dt.timedelta(30)  # too few orders for a median


def test_lapsing_is_past_expected_plus_grace_and_before_the_first_tier() -> None:
    settings = LapseSettings(grace_days=14, dormant_tiers=(90, 180, 365))
    for idle, lapsing in ((44, False), (45, True), (89, True), (90, False)):
        f = facts(last_order_on=TODAY - dt.timedelta(days=idle), order_count=2)
        assert is_lapsing(f, TODAY, settings) is lapsing, idle


def test_dormant_tier_and_f2_due() -> None:
    edges = ((89, None), (90, 90), (91, 90), (179, 90), (180, 180), (181, 180), (364, 180))
    last = ((365, 365), (366, 365), (728, 365), (729, 365), (730, None), (2000, None))
    for idle, tier in edges + last:
        f = facts(last_order_on=TODAY - dt.timedelta(days=idle))
        assert dormant_tier(f, TODAY, (90, 180, 365)) == tier, idle
    # The last tier's end is a rule parameter (inclusive); 0: no end.
    old = facts(last_order_on=TODAY - dt.timedelta(days=1000))
    assert dormant_tier(old, TODAY, (90, 180, 365), max_days=1000) == 365
    assert dormant_tier(old, TODAY, (90, 180, 365), max_days=999) is None
    assert dormant_tier(old, TODAY, (90, 180, 365), max_days=0) == 365
    first = TODAY - dt.timedelta(days=25)
    assert f2_due(facts(first_order_on=first), 5) == TODAY
    assert f2_due(facts(order_count=2), 5) is None


def test_dormant_tiers_setting_is_checked() -> None:
    assert DORMANT_TIERS.check([60, 120, 400]) == "60, 120, 400"
    assert DORMANT_TIERS.check("60,120, 400") == "60, 120, 400"
    assert DORMANT_TIERS.check(DORMANT_TIERS.default) == DORMANT_TIERS.default
    with pytest.raises(ValidationError, match="must increase"):
        DORMANT_TIERS.check([90, 90, 365])
    with pytest.raises(ValidationError):
        DORMANT_TIERS.check([90, 180])


def test_the_shipped_rules_parse_with_every_rule_the_issue_names() -> None:
    rules = parse_rules(resource_path("followups", "rules.toml").read_text("utf-8"))
    codes = {r.code for r in rules}
    assert {"f2", "lapsing_subscriber", "dormant_90", "dormant_180", "dormant_365"} <= codes
    assert {"complaint_check_back", "birthday", "thanks_3", "thanks_6", "thanks_12"} <= codes
    assert "vip_care" in codes
    for rule in rules:
        assert rule.script_text or rule.channel is FollowUpChannel.LETTER or rule.script


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ('code = "f2"', "'code' must be"),
        ('channel = "fax"', "'channel' must be"),
        ("priority = 101", "'priority' must be a whole number from 0 to 100"),
        ('selector = "whoever"', "whom.selector = 'whoever' is not one of"),
        ("window_days = 0", "whom.window_days must be a whole number from 1 to 90"),
        ("colour = 1", "unknown field 'colour'"),
        ('script_text = "{nickname}様"', "unknown placeholder {nickname}"),
    ],
)
def test_a_wrong_rule_names_the_file_rule_and_field(change: str, message: str) -> None:
    good = (
        '[[rule]]\ncode = "r1"\nlabel = "テスト"\nchannel = "call"\npriority = 10\n'
        'cool_down_days = 0\nscript_text = "{name}様"\n[rule.whom]\nselector = "f2"\n'
        "window_days = 3\n"
    )
    assert parse_rules(good, path="x.toml")[0].code == "r1"
    key = change.split(" = ", maxsplit=1)[0]
    lines = [line for line in good.splitlines() if not line.startswith(f"{key} =")]
    if key in ("selector", "window_days"):
        lines.append(change)
    elif key == "code":
        lines.insert(1, 'code = "R 1"')
    else:
        lines.insert(2, change)
    with pytest.raises(RuleError, match=r"x\.toml: rule 1") as err:
        parse_rules("\n".join(lines) + "\n", path="x.toml")
    assert message in str(err.value)
    assert err.value.code == "E602"


def test_the_last_dormant_tier_is_a_window_with_max_days() -> None:
    rule = (
        '[[rule]]\ncode = "d1"\nlabel = "x"\nchannel = "letter"\npriority = 1\n'
        'cool_down_days = 0\n[rule.whom]\nselector = "dormant"\n{whom}'
    )
    assert parse_rules(rule.format(whom="tier = 3\n"))[0].whom.params["max_days"] == 729
    shipped = parse_rules(resource_path("followups", "rules.toml").read_text("utf-8"))
    d365 = next(r for r in shipped if r.code == "dormant_365")
    assert d365.whom.params == {"tier": 3, "max_days": 729}
    assert parse_rules(rule.format(whom="tier = 2\n"))[0].whom.params == {"tier": 2}
    wide = parse_rules(rule.format(whom="tier = 3\nmax_days = 0\n"))[0]
    assert wide.whom.params["max_days"] == 0
    with pytest.raises(RuleError, match="max_days is a parameter of tier 3 only"):
        parse_rules(rule.format(whom="tier = 2\nmax_days = 300\n"))
    with pytest.raises(RuleError, match=r"whom\.max_days must be a whole number from 0 to 36500"):
        parse_rules(rule.format(whom="tier = 3\nmax_days = -5\n"))


def test_duplicate_codes_and_letter_fallback_on_a_letter_rule_are_refused() -> None:
    rule = (
        '[[rule]]\ncode = "a1"\nlabel = "x"\nchannel = "letter"\npriority = 1\n'
        'cool_down_days = 0\n{extra}[rule.whom]\nselector = "birthday"\n'
    )
    with pytest.raises(RuleError, match="used twice"):
        parse_rules(rule.format(extra="") * 2)
    with pytest.raises(RuleError, match="cannot fall back to a letter"):
        parse_rules(rule.format(extra="letter_if_no_call = true\n"))
    with pytest.raises(RuleError, match="not valid TOML"):
        parse_rules("[[rule]\n")


def test_fill_script_leaves_unknown_values_visible() -> None:
    text = "{name}様、{product}は{days_since_order}日前です。{operator}"
    filled = fill_script(text, {"name": "山田", "product": "黒酢", "days_since_order": "30"})
    assert filled == "山田様、黒酢は30日前です。{operator}"


def test_why_text_of_f2() -> None:
    rules = parse_rules(resource_path("followups", "rules.toml").read_text("utf-8"))
    f2 = next(r for r in rules if r.code == "f2")
    assert why_text(f2, facts(), TODAY).startswith("初回購入から25日・2回目の購入なし")
    assert why_text(None, None, TODAY) == "お約束した折り返しのお電話"


def step(result: CallResult, attempts: int = 0, **kw: object):  # type: ignore[no-untyped-def]
    rules = parse_rules(resource_path("followups", "rules.toml").read_text("utf-8"))
    values: dict[str, object] = {
        "attempts_before": attempts,
        "now": NOW,
        "call_back_at": None,
        "rule": next(r for r in rules if r.code == "dormant_90"),
        "retry_after_hours": 4,
        "max_attempts": 3,
        "mailable": True,
    }
    values.update(kw)
    return next_step(result, **values)  # type: ignore[arg-type]


def test_next_steps() -> None:
    retry = step(CallResult.NO_ANSWER)
    assert (retry.status, retry.due_at, retry.attempts) == ("open", NOW + dt.timedelta(hours=4), 1)
    last = step(CallResult.NO_ANSWER, attempts=2)
    assert (last.status, last.channel) == ("open", FollowUpChannel.LETTER)
    assert step(CallResult.NO_ANSWER, attempts=2, mailable=False).status == "closed"
    assert step(CallResult.NO_ANSWER, attempts=2, rule=None).status == "closed"
    assert step(CallResult.ORDERED).status == "done"
    assert step(CallResult.REACHED).status == "done"
    assert step(CallResult.DECLINED).outcome == "declined"
    assert step(CallResult.WRONG_NUMBER).status == "closed"
    stop = step(CallResult.DO_NOT_CALL)
    assert stop.status == "closed" and stop.set_do_not_call
    later = NOW + dt.timedelta(days=1)
    back = step(CallResult.CALL_BACK, call_back_at=later)
    assert (back.status, back.due_at) == ("open", later)
    with pytest.raises(ResultError, match="call_back_at"):
        step(CallResult.CALL_BACK)
    with pytest.raises(ResultError, match="not in the future"):
        step(CallResult.CALL_BACK, call_back_at=NOW)
