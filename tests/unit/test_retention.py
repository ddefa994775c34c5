"""Retention rules without a database: ranking with a minimum sample, A/B, conditions."""

from __future__ import annotations

import datetime as dt

from crmdesk.domain.retention import (
    CallFacts,
    Reason,
    Script,
    ScriptConditions,
    choose_script,
    matching_scripts,
    offers_for,
    parse_script,
    rank_scripts,
)

FACTS = CallFacts(
    name="山田 花子",
    product="黒酢にんにく粒",
    delivery_count=5,
    next_ship_date=dt.date(2030, 12, 1),
    cycle_days=30,
    rank="gold",
    open_complaint=False,
    subscription_days=150,
)


def script(code: str, priority: int, **kw: object) -> Script:
    return Script(code=code, title=code, reasons=("price",), steps=("x",), priority=priority, **kw)  # type: ignore[arg-type]


def test_measured_rate_ranks_only_after_the_minimum_sample() -> None:
    old, new = script("old", 40), script("new", 60)
    # 29 requests at 90%: still ranked by priority (0.40 < 0.60).
    assert [s.code for s in rank_scripts([old, new], {"old": (29, 26)})] == ["new", "old"]
    # 30 requests at 70%: the measurement now beats the new script's declared 60%.
    assert [s.code for s in rank_scripts([old, new], {"old": (30, 21)})] == ["old", "new"]
    # 30 requests at 20%: measured worse than the promise of the new one.
    assert [s.code for s in rank_scripts([old, new], {"old": (30, 6)})] == ["new", "old"]


def test_ab_split_is_stable_and_uses_both_arms() -> None:
    a, b = script("a", 50, ab_group="g"), script("b", 50, ab_group="g")
    arms = {choose_script([a, b], cid) for cid in range(40)}
    assert {(s.code if s else None, arm) for s, arm in arms} == {("a", "g:A"), ("b", "g:B")}
    assert choose_script([a, b], 7) == choose_script([b, a], 7)
    assert choose_script([a], 7) == (a, None)
    assert choose_script([], 7) == (None, None)


def test_conditions_delivery_rank_complaint_and_age() -> None:
    scripts = [
        script("gold_only", 50, conditions=ScriptConditions(ranks=frozenset({"gold", "vip"}))),
        script("young", 50, conditions=ScriptConditions(max_subscription_days=90)),
        script("late", 50, conditions=ScriptConditions(min_delivery=5, max_delivery=8)),
        script("complaint", 50, conditions=ScriptConditions(open_complaint=True)),
    ]
    assert [s.code for s in matching_scripts(scripts, "price", FACTS)] == ["gold_only", "late"]
    assert matching_scripts(scripts, "moving", FACTS) == []


def test_health_reason_gets_no_offer_and_the_cap_cuts() -> None:
    parsed = parse_script(
        """
code = "sv"
title = "t"
reasons = ["price"]
steps = ["{name}様"]
[[offers]]
kind = "skip"
text = "a"
[[offers]]
kind = "gift"
gift = "ピルケース"
text = "b"
[[offers]]
kind = "discount"
percent = 10
deliveries = 2
text = "c"
"""
    )
    assert len(offers_for(parsed, Reason("price", "価格"), 2)) == 2
    assert offers_for(parsed, Reason("skin", "肌", health=True), 2) == ()
    assert offers_for(parsed, Reason("price", "価格"), 0) == ()
