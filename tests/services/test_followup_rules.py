"""Each follow-up rule selects exactly the expected customers on hand-built data (issue 5).

Business date 2026-12-06, default settings: grace 14 days, dormant tiers 90/180/365, F2 lead 5
days (F2 window 7 days), products of 30 days' supply. Every test runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from crmdesk.services import followups
from tests.services.followup_data import NOW, TODAY, Base, base, noon

__all__ = ["base"]


def loaded(b: Base) -> str:
    """The version of the rule set in force, as an editor loads it."""
    return followups.rule_set(b.db.uow()).version


def refresh(b: Base, today: dt.date = TODAY, now: dt.datetime = NOW) -> followups.RefreshCounts:
    return followups.refresh(b.db.uow(), today, now=now)


def test_f2_selects_first_time_buyers_from_25_to_31_days(base: Base) -> None:
    # 30 days of supply, lead 5: due from day 25; window 7: until day 31.
    for days in (24, 25, 31, 32):
        base.buyer(f"F{days}", [days])
    base.buyer("F2X60", [27], product="product_60")  # 60 days of supply: day 55 onwards
    base.buyer("F2Q2", [50], quantity=2)  # two packs: 60 days, due from day 55
    base.buyer("F2Q2B", [55], quantity=2)
    twice = base.buyer("TWICE", [40, 26])
    del twice
    sub = base.buyer("SUB", [25])
    base.subscribe(sub)
    counts = refresh(base)
    made = base.made()
    f2 = {code for code, (rule, *_rest) in made.items() if rule == "f2"}
    assert f2 == {"F25", "F31", "F2Q2B"}
    assert made["F25"] == ("f2", "call", "shared", "open")
    assert counts.by_rule["f2"].created == 3
    assert counts.as_json()["by_rule"]["f2"] == {"created": 3, "open": 3}


def test_lapsing_subscriber_uses_the_cycle_plus_grace(base: Base) -> None:
    for days in (44, 45, 89, 90):
        cid = base.buyer(f"S{days}", [days + 30, days], delivery_numbers=[1, 2])
        base.subscribe(cid)
    paused = base.buyer("PAUSED", [90, 60], delivery_numbers=[1, 2])
    base.subscribe(paused, status="paused")
    slow = base.buyer("SLOW", [120, 60], delivery_numbers=[1, 2])
    base.subscribe(slow, cycle_days=60)  # 60 + 14: not before day 75
    refresh(base)
    made = base.made()
    lapsing = {code for code, (rule, *_r) in made.items() if rule == "lapsing_subscriber"}
    # 44 days is the cycle + grace exactly; from 90 days on it is dormant (not running: no).
    assert lapsing == {"S45", "S89"}
    assert "PAUSED" not in made  # paused on purpose: neither lapsing nor dormant
    assert "SLOW" not in made


def test_repeat_buyers_lapse_by_their_own_median_interval_from_three_orders(base: Base) -> None:
    base.buyer("MED20", [100, 80, 60])  # median 20: 60 > 20 + 14
    base.buyer("MED50", [160, 110, 60])  # median 50: 60 is not > 64 (supply would say yes)
    base.buyer("MED50L", [165, 115, 65])  # 65 > 64
    base.buyer("TWO", [100, 45])  # two orders: supply 30 + 14 → 45 > 44
    base.buyer("TWO44", [100, 44])
    refresh(base)
    made = base.made()
    lapsing = {code for code, (rule, *_r) in made.items() if rule == "lapsing_repeat"}
    assert lapsing == {"MED20", "MED50L", "TWO"}


def test_dormant_tiers_at_each_boundary(base: Base) -> None:
    # Each tier is a window: the day before, at and after each bound; the last tier ends
    # after max_days = 729 days without an order (customers gone 1–2 years).
    for days in (89, 90, 91, 179, 180, 181, 364, 365, 366, 728, 729, 730, 1500):
        base.buyer(f"D{days}", [days + 100, days])
    refresh(base)
    made = base.made()
    rules = {code: rule for code, (rule, *_r) in made.items()}
    assert rules == {
        "D89": "lapsing_repeat",  # lapsing until the first tier
        "D90": "dormant_90",
        "D91": "dormant_90",
        "D179": "dormant_90",
        "D180": "dormant_180",
        "D181": "dormant_180",
        "D364": "dormant_180",
        "D365": "dormant_365",
        "D366": "dormant_365",
        "D728": "dormant_365",
        "D729": "dormant_365",
    }
    assert made["D180"][1] == "letter"
    assert made["D90"][1] == "call"


def test_a_supervisor_widens_the_last_dormant_tier(base: Base) -> None:
    for days in (729, 730, 1000, 1001, 3000):
        base.buyer(f"D{days}", [days + 100, days])
    shipped = followups.default_rules_source()
    assert "tier = 3\n" in shipped and "max_days = 729\n" in shipped
    followups.save_rules(
        base.db.uow(),
        base.supervisor,
        shipped.replace("max_days = 729\n", "max_days = 1000\n"),
        expected=loaded(base),
    )
    refresh(base)
    assert {code for code, (rule, *_r) in base.made().items() if rule == "dormant_365"} == {
        "D729",
        "D730",
        "D1000",
    }
    followups.save_rules(
        base.db.uow(),
        base.supervisor,
        shipped.replace("max_days = 729\n", "max_days = 0\n"),
        expected=loaded(base),
    )
    counts = refresh(base)  # no end: the rest, once (the others already have theirs)
    assert counts.by_rule["dormant_365"].created == 2
    assert {code for code, (rule, *_r) in base.made().items() if rule == "dormant_365"} == {
        "D729",
        "D730",
        "D1000",
        "D1001",
        "D3000",
    }


def test_cool_down_counts_contacts_and_mailings(base: Base) -> None:
    # dormant_90 has a 30-day cool-down: a contact 29 days ago blocks, 30 days ago does not.
    base.contact(base.buyer("C29", [120]), 29)
    base.contact(base.buyer("C30", [120]), 30)
    base.mailing(base.buyer("M29", [120]), 29)
    base.mailing(base.buyer("M30", [120]), 30)
    refresh(base)
    assert set(base.made()) == {"C30", "M30"}


def test_flags_and_open_complaints(base: Base) -> None:
    base.buyer("NOCALL", [120], do_not_call=True)  # dormant_90 allows a letter instead
    base.buyer("NOCALLMAIL", [120], do_not_call=True, do_not_mail=True)
    base.buyer("NOCALLRET", [120], do_not_call=True, returned_mail=True)
    base.buyer("REPNOCALL", [60], do_not_call=True)  # lapsing_repeat: no letter fallback
    base.buyer("LETTERDNM", [200], do_not_mail=True)  # dormant_180 is a letter
    base.buyer("LETTERRET", [200], returned_mail=True)
    base.buyer("LETTERNOCALL", [200], do_not_call=True)  # a letter is fine
    base.complaint(base.buyer("COMPLAINT", [120]))
    base.complaint(base.buyer("ESCALATED", [120]), status="escalated")
    base.complaint(base.buyer("RESOLVED", [120]), status="resolved", resolved_days_ago=60)
    refresh(base)
    made = base.made()
    assert made == {
        "NOCALL": ("dormant_90", "letter", "shared", "open"),
        "LETTERNOCALL": ("dormant_180", "letter", "shared", "open"),
        "RESOLVED": ("dormant_90", "call", "shared", "open"),
    }


def test_vips_go_to_personal_handling_with_their_operator(base: Base) -> None:
    # VIP care (no contact for 60 days) comes first by priority; a VIP contacted 40 days ago
    # is out of it but in dormant_90, and the letter rule dormant_180 becomes a personal call.
    d90 = base.buyer("VIP90", [120], rank="vip")
    base.contact(d90, 40, operator=base.other)
    d180 = base.buyer("VIP180", [200], rank="vip")
    base.contact(d180, 61)
    base.contact(d180, 70, operator=base.other)
    quiet = base.buyer("VIPQUIET", [10], rank="vip")
    del quiet
    nocall = base.buyer("VIPNOCALL", [200], rank="vip", do_not_call=True)
    base.contact(nocall, 100)
    refresh(base)
    made = base.made()
    assert made["VIP90"] == ("dormant_90", "call", "personal", "open")
    assert made["VIPQUIET"] == ("vip_care", "call", "personal", "open")
    # The newest contact's operator takes a VIP; none yet: unassigned (the SV assigns).
    assert base.follow_up("VIP90").assigned_to == base.other
    assert base.follow_up("VIPQUIET").assigned_to is None
    assert made["VIP180"][0] == "vip_care"  # 61 days without contact: VIP care first
    assert base.follow_up("VIP180").assigned_to == base.operator
    # Refused calls: a personal letter where the rule allows letters, never a DM batch.
    assert made["VIPNOCALL"] == ("dormant_180", "letter", "personal", "open")


def test_greetings_check_back_and_milestones(base: Base) -> None:
    base.buyer("BDAY", [10], birth_date=dt.date(1970, 12, 13))  # within 7 days
    base.buyer("BDAYLATE", [10], birth_date=dt.date(1970, 12, 14))  # 8 days: not yet
    base.buyer("M3", [70, 40, 10], delivery_numbers=[1, 2, 3])
    base.buyer("M3OLD", [100, 70, 40], delivery_numbers=[1, 2, 3])  # 40 days ago: too old
    base.buyer("M12", [10], delivery_numbers=[12])
    for cid in (base.buyer("CHECK", [10]), base.buyer("CHECKSOON", [10])):
        del cid
    with base.db.uow() as uow:
        from sqlalchemy import select

        from crmdesk.store.schema import Customer

        check = uow.session.scalar(select(Customer.id).where(Customer.code == "CHECK"))
        soon = uow.session.scalar(select(Customer.id).where(Customer.code == "CHECKSOON"))
    base.complaint(check, status="resolved", resolved_days_ago=8)
    base.complaint(soon, status="resolved", resolved_days_ago=3)
    for code in ("M3", "M3OLD", "M12"):
        del code
    refresh(base)
    made = base.made()
    rules = {code: rule for code, (rule, *_r) in made.items()}
    assert rules == {
        "BDAY": "birthday",
        "M3": "thanks_3",
        "M12": "thanks_12",
        "CHECK": "complaint_check_back",
    }
    assert made["BDAY"][1] == "letter"
    assert made["M12"][1] == "call"


@pytest.mark.parametrize("hour", [2, 23], ids=["run-at-02", "run-at-23"])
def test_complaint_check_back_counts_whole_days_whatever_the_hour(base: Base, hour: int) -> None:
    # after_days 7, within_days 30: resolved on a JST day 7 to 30 days before today, at any
    # time of that day, and the same customers whether the run is at 02:00 or at 23:00.
    from crmdesk.store.schema import Complaint
    from tests.services.followup_data import JST

    def resolved(code: str, days_ago: int, at: dt.time) -> None:
        cid = base.buyer(code, [10])
        when = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), at, JST)
        with base.db.uow() as uow:
            uow.session.add(
                Complaint(
                    customer_id=cid,
                    category="delivery",
                    severity="high",
                    status="resolved",
                    operator_id=base.operator,
                    opened_at=(when - dt.timedelta(days=2)).astimezone(dt.UTC),
                    resolved_at=when.astimezone(dt.UTC),
                )
            )
            uow.commit()

    resolved("D6", 6, dt.time(0, 10))  # 6 days: too soon
    resolved("D7LATE", 7, dt.time(23, 30))
    resolved("D30EARLY", 30, dt.time(0, 10))
    resolved("D31LATE", 31, dt.time(23, 50))  # 31 days: too long ago
    now = dt.datetime.combine(TODAY, dt.time(hour), JST).astimezone(dt.UTC)
    refresh(base, now=now)
    checked = {code for code, (rule, *_r) in base.made().items() if rule == "complaint_check_back"}
    assert checked == {"D7LATE", "D30EARLY"}


def test_second_run_creates_nothing_and_an_order_closes_the_follow_up(base: Base) -> None:
    f2 = base.buyer("F2", [26])
    base.buyer("DORM", [120])
    first = refresh(base)
    assert first.created == 2
    again = refresh(base)
    assert again.as_json() == {
        "created": 0,
        "closed": 0,
        "open": 2,
        "by_rule": {
            code: {"created": 0, "open": first.by_rule[code].open} for code in first.by_rule
        },
    }
    # The F2 customer orders: the next run closes the follow-up and does not make another.
    with base.db.uow() as uow:
        from crmdesk.store.schema import Order

        uow.session.add(
            Order(
                order_number="OF2-again",
                customer_id=f2,
                channel="phone",
                status="received",
                subtotal_yen=3980,
                total_yen=3980,
                ordered_at=NOW + dt.timedelta(hours=1),
            )
        )
        uow.commit()
    later = refresh(base, now=NOW + dt.timedelta(hours=2))
    assert (later.created, later.closed, later.open) == (0, 1, 1)
    closed = base.follow_up("F2")
    assert (closed.status, closed.outcome) == ("closed", "ordered_meanwhile")


def test_a_flag_set_later_closes_open_items_of_that_channel(base: Base) -> None:
    from crmdesk.services.customers import set_customer_flag

    cid = base.buyer("DORM", [120])
    refresh(base)
    set_customer_flag(
        base.db.uow(), base.operator, cid, flag="do_not_call", value=True, reason="電話で申し出"
    )
    # The flag change closes the call in its own transaction (nothing waits for a refresh).
    assert base.follow_up("DORM").outcome == "flag_set"
    counts = refresh(base)
    assert counts.closed == 0
    # closed (not done); a letter follow-up is not made in the same episode (one per episode).
    assert base.follow_up("DORM").outcome == "flag_set"


def test_two_refreshes_at_once_do_not_double_create(base: Base) -> None:
    import threading

    for i in range(30):
        base.buyer(f"D{i:03d}", [100 + i])
    results: list[int] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(refresh(base).created)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(results) == [0, 30] or sum(results) == 30
    assert len(base.made()) == 30


def test_rule_set_in_the_database_is_used_and_checked(base: Base) -> None:
    from crmdesk.domain.errors import PermissionDeniedError
    from crmdesk.domain.followups import RuleError

    base.buyer("DORM", [120])
    source = followups.default_rules_source().replace(
        'code = "dormant_90"\nlabel = "休眠90日の掘り起こし"\nkind = "dormant"\nchannel = "call"\n'
        "priority = 45\ncool_down_days = 30\n",
        'code = "dormant_90"\nlabel = "休眠90日の掘り起こし"\nkind = "dormant"\nchannel = "call"\n'
        "priority = 45\ncool_down_days = 30\nactive = false\n",
    )
    assert "active = false" in source
    with pytest.raises(PermissionDeniedError):
        followups.save_rules(base.db.uow(), base.operator, source, expected=loaded(base))
    with pytest.raises(RuleError, match=r"rule 1 \(f2\): 'priority'"):
        followups.save_rules(
            base.db.uow(),
            base.supervisor,
            source.replace("priority = 70", "priority = 170", 1),
            expected=loaded(base),
        )
    followups.save_rules(base.db.uow(), base.supervisor, source, expected=loaded(base))
    assert followups.rules_source(base.db.uow()) == source
    counts = refresh(base)
    assert "dormant_90" not in counts.by_rule
    assert base.made() == {}
    audit = base.db.uow()
    with audit:
        from sqlalchemy import select

        from crmdesk.store.schema import AuditLog

        row = audit.session.scalars(
            select(AuditLog).where(AuditLog.entity == "follow_up_rules")
        ).one()
        assert json.loads(row.detail)["source"] == source
        assert row.operator_id == base.supervisor


def test_noon_helper_is_jst() -> None:
    assert noon(0).astimezone(dt.timezone(dt.timedelta(hours=9))).date() == TODAY


def test_switching_a_rule_off_takes_its_open_items_out_of_the_queue(base: Base) -> None:
    base.buyer("DORM", [120])
    first = refresh(base)
    assert first.by_rule["dormant_90"].created == 1
    source = followups.default_rules_source().replace(
        'code = "dormant_90"\nlabel = "休眠90日の掘り起こし"\nkind = "dormant"\nchannel = "call"\n'
        "priority = 45\ncool_down_days = 30\n",
        'code = "dormant_90"\nlabel = "休眠90日の掘り起こし"\nkind = "dormant"\nchannel = "call"\n'
        "priority = 45\ncool_down_days = 30\nactive = false\n",
    )
    assert "active = false" in source
    followups.save_rules(base.db.uow(), base.supervisor, source, expected=loaded(base))
    later = refresh(base, now=NOW + dt.timedelta(hours=1))
    assert later.closed == 1
    item = base.follow_up("DORM")
    assert (item.status, item.outcome) == ("closed", "rule_inactive")


def test_a_rule_run_in_parts_creates_what_one_statement_creates(
    base: Base, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On PostgreSQL a big base runs each rule in parts (every n-th block of customer ids) on
    # several connections at once. Forced here on a small base: three parts, then the same
    # base again in one statement; both must make the same follow-ups.
    from sqlalchemy import text

    from crmdesk.store import followups as store

    for days in (20, 60, 89, 90, 120, 179, 180, 200, 364, 365, 400, 729, 730):
        base.buyer(f"D{days}", [days + 100, days])
        base.buyer(f"V{days}", [days + 40, days], rank="vip")
        base.buyer(f"N{days}", [days], do_not_call=True)
    base.buyer("F2", [27])
    base.complaint(base.buyer("COMPLAINT", [120]))
    monkeypatch.setattr(store, "PART_MIN_CUSTOMERS", 0)
    monkeypatch.setattr("os.cpu_count", lambda: 3)
    with base.db.uow() as uow:
        parts = store.customer_parts(uow.session, 3)
    in_parts = refresh(base)
    made_in_parts = base.made()
    with base.db.uow() as uow:
        uow.session.execute(text("DELETE FROM follow_ups"))
        uow.commit()
    monkeypatch.setattr(store, "PART_MIN_CUSTOMERS", 10**9)
    in_one = refresh(base)
    assert made_in_parts == base.made()
    assert in_parts.as_json() == in_one.as_json()
    assert in_one.created > 20
    if base.db.info.backend == "postgresql":
        assert len(parts) == 3
        covered = sorted(r for part in parts for r in part)
        # the parts' ranges cover every id from the first customer to the last, once
        assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(covered))
    else:
        assert parts == [[]]  # one writer: one statement


def test_a_save_over_a_rule_set_saved_meanwhile_is_a_conflict(base: Base) -> None:
    """Two editors load the shipped set; the first save wins, the second is refused (E203)
    with the set in force, nothing of it written; saved again from what is in force, it goes
    through. The same holds once the set is stored (stored → stored)."""
    from sqlalchemy import func, select

    from crmdesk.domain.errors import ConflictError
    from crmdesk.store.schema import AuditLog

    shipped = followups.rule_set(base.db.uow())
    assert not shipped.stored and shipped.source == followups.default_rules_source()
    assert shipped.version == followups.rules_version(shipped.source)
    first = shipped.source.replace("priority = 70", "priority = 71", 1)
    second = shipped.source.replace("priority = 70", "priority = 72", 1)
    assert first != shipped.source != second

    saved = followups.save_rules(base.db.uow(), base.supervisor, first, expected=shipped.version)
    assert saved.stored and saved.version == followups.rules_version(first)
    with pytest.raises(ConflictError) as refused:
        followups.save_rules(base.db.uow(), base.supervisor, second, expected=shipped.version)
    assert refused.value.code == "E203"
    current = refused.value.current
    assert isinstance(current, followups.RuleSet)
    assert (current.source, current.version) == (first, saved.version)
    assert followups.rules_source(base.db.uow()) == first

    # The second editor reloads (or keeps its text and saves over the version it now knows).
    again = followups.save_rules(base.db.uow(), base.supervisor, second, expected=current.version)
    assert followups.rule_set(base.db.uow()) == again
    with pytest.raises(ConflictError):
        followups.save_rules(base.db.uow(), base.supervisor, first, expected=saved.version)
    assert followups.rules_source(base.db.uow()) == second
    with base.db.uow() as uow:
        saves = uow.session.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.entity == "follow_up_rules")
        )
    assert saves == 2  # the refused ones left no trace


def test_a_save_from_a_version_never_loaded_is_refused(base: Base) -> None:
    """An unknown version is refused even for an unchanged text: the editor must know what
    it overwrites."""
    from crmdesk.domain.errors import ConflictError

    source = followups.default_rules_source()
    with pytest.raises(ConflictError):
        followups.save_rules(
            base.db.uow(), base.supervisor, source, expected=followups.rules_version("x")
        )
    assert not followups.rule_set(base.db.uow()).stored


def _facts(b: Base, customer: int) -> tuple[int, dt.date] | None:
    from sqlalchemy import select

    from crmdesk.store.schema import CustomerOrderFacts

    with b.db.uow() as uow:
        row = uow.session.execute(
            select(CustomerOrderFacts.order_count, CustomerOrderFacts.last_order_on).where(
                CustomerOrderFacts.customer_id == customer
            )
        ).one_or_none()
        return None if row is None else (int(row[0]), row[1])


def test_a_cancelled_order_changes_the_facts_at_the_next_run(base: Base) -> None:
    # The last order (30 days ago) keeps the customer out of every rule; cancelled, it no
    # longer counts: 120 days without an order, dormant_90 at the next run.
    from sqlalchemy import update

    from crmdesk.store.schema import Order

    cid = base.buyer("CANCEL", [120, 30])
    assert refresh(base).created == 0
    assert _facts(base, cid) == (2, TODAY - dt.timedelta(days=30))
    with base.db.uow() as uow:
        uow.session.execute(
            update(Order).where(Order.order_number == "OCANCEL-1").values(status="cancelled")
        )
        uow.commit()
    later = refresh(base, now=NOW + dt.timedelta(minutes=5))
    assert _facts(base, cid) == (1, TODAY - dt.timedelta(days=120))
    assert later.by_rule["dormant_90"].created == 1
    assert base.made()["CANCEL"] == ("dormant_90", "call", "shared", "open")


def _supply(b: Base, customer: int) -> int | None:
    from sqlalchemy import select

    from crmdesk.store.schema import CustomerOrderFacts

    with b.db.uow() as uow:
        return uow.session.execute(
            select(CustomerOrderFacts.last_supply_days).where(
                CustomerOrderFacts.customer_id == customer
            )
        ).scalar_one_or_none()


def test_lines_written_after_their_order_make_an_f2_call_not_a_lapse_call(base: Base) -> None:
    # An import commits the order first (10 days ago) and its line later. The run in between
    # sees an order without supply; the line's mark makes the next run recompute the customer.
    # 17 days on (27 days after the order), 30 days of supply put them in the F2 window; an
    # order without supply would have them lapsing (past its "next purchase" + 14 days).
    from sqlalchemy import delete, update

    from crmdesk.store.schema import Order, OrderLine

    cid = base.buyer("HEADER", [])
    with base.db.uow() as uow:
        order = Order(
            order_number="OHEADER-import",
            customer_id=cid,
            channel="web",
            status="delivered",
            subtotal_yen=3980,
            total_yen=3980,
            ordered_at=noon(10),
        )
        uow.session.add(order)
        uow.commit()
        order_id = order.id
    assert refresh(base).created == 0
    assert _supply(base, cid) == 0
    with base.db.uow() as uow:
        uow.session.add(
            OrderLine(
                order_id=order_id,
                product_id=base.ids["product"],
                quantity=1,
                unit_price_yen=3980,
                amount_yen=3980,
            )
        )
        uow.commit()
    later = refresh(base, TODAY + dt.timedelta(days=17), NOW + dt.timedelta(days=17))
    assert _supply(base, cid) == 30
    assert later.by_rule["f2"].created == 1
    assert base.made()["HEADER"] == ("f2", "call", "shared", "open")
    # A corrected quantity and a deleted line are marked too.
    with base.db.uow() as uow:
        uow.session.execute(
            update(OrderLine).where(OrderLine.order_id == order_id).values(quantity=2)
        )
        uow.commit()
    refresh(base, TODAY + dt.timedelta(days=17), NOW + dt.timedelta(days=17, minutes=5))
    assert _supply(base, cid) == 60
    with base.db.uow() as uow:
        uow.session.execute(delete(OrderLine).where(OrderLine.order_id == order_id))
        uow.commit()
    refresh(base, TODAY + dt.timedelta(days=17), NOW + dt.timedelta(days=17, minutes=10))
    assert _supply(base, cid) == 0


def test_a_product_given_other_days_of_supply_moves_its_buyers_f2_calls(base: Base) -> None:
    # KN-60 bought 25 days ago: F2 from day 55, nothing today. KN-60 corrected to 30 days:
    # its buyer is in the F2 window today. The KN-30 buyer's facts stay as they are.
    from sqlalchemy import update

    from crmdesk.store.schema import Product

    sixty = base.buyer("SIXTY", [25], product="product_60")
    thirty = base.buyer("THIRTY", [40])
    assert refresh(base).by_rule["f2"].created == 0
    assert (_supply(base, sixty), _supply(base, thirty)) == (60, 30)
    with base.db.uow() as uow:
        uow.session.execute(
            update(Product).where(Product.id == base.ids["product_60"]).values(days_of_supply=30)
        )
        uow.commit()
    later = refresh(base, now=NOW + dt.timedelta(minutes=5))
    assert (_supply(base, sixty), _supply(base, thirty)) == (30, 30)
    assert later.by_rule["f2"].created == 1
    assert base.made()["SIXTY"] == ("f2", "call", "shared", "open")


def test_an_order_committed_after_a_run_with_a_lower_id_is_counted(base: Base) -> None:
    # An import opens its transaction (its order gets an id), another order with a higher id
    # commits, a refresh runs, then the import commits. A watermark on the order id would
    # have passed the import's order for good; the marks made in its transaction are seen by
    # the next run.
    if base.db.info.backend != "postgresql":
        pytest.skip("SQLite has one writer: no order can commit while a refresh runs")
    from sqlalchemy.orm import Session

    from crmdesk.store.schema import Order

    late = base.buyer("LATE", [120])
    other = base.buyer("OTHER", [120])
    refresh(base)
    assert base.made()["LATE"][0] == "dormant_90"

    def order(customer: int, number: str) -> Order:
        return Order(
            order_number=number,
            customer_id=customer,
            channel="phone",
            status="received",
            subtotal_yen=3980,
            total_yen=3980,
            ordered_at=NOW + dt.timedelta(minutes=1),
        )

    with Session(base.db.engine) as importer:
        first = order(late, "OLATE-import")
        importer.add(first)
        importer.flush()  # the import's order has its id now, not committed
        with base.db.uow() as uow:
            second = order(other, "OOTHER-desk")
            uow.session.add(second)
            uow.session.flush()
            assert second.id > first.id
            uow.commit()
        between = refresh(base, now=NOW + dt.timedelta(minutes=2))
        assert between.closed == 1  # OTHER's follow-up: ordered meanwhile
        assert base.follow_up("LATE").status == "open"
        importer.commit()
    after = refresh(base, now=NOW + dt.timedelta(minutes=3))
    assert after.closed == 1
    closed = base.follow_up("LATE")
    assert (closed.status, closed.outcome) == ("closed", "ordered_meanwhile")
    assert _facts(base, late) == (2, TODAY)
