"""The outbound queue: claim order, expiry, release, call results and their next steps (issue 5).

Every test runs on SQLite and PostgreSQL on a fresh database.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from crmdesk.domain.followups import CallResult, FollowUpStateError, ResultError
from crmdesk.domain.ids import CustomerId, FollowUpId
from crmdesk.services import followups, retention
from crmdesk.store.schema import AuditLog, Contact, Customer, CustomerFlagChange, FollowUp
from tests.services.followup_data import NOW, TODAY, Base, base

__all__ = ["base"]


def add_follow_up(
    b: Base,
    customer_id: CustomerId,
    *,
    rule: str | None = "dormant_90",
    priority: int = 45,
    due: dt.datetime = NOW - dt.timedelta(hours=1),
    handling: str = "shared",
    assigned_to: int | None = None,
    channel: str = "call",
) -> FollowUpId:
    with b.db.uow() as uow:
        fu = FollowUp(
            customer_id=customer_id,
            kind=rule or "callback",
            rule_code=rule,
            channel=channel,
            due_at=due,
            priority=priority,
            status="open",
            note="",
            created_at=NOW - dt.timedelta(days=1),
            handling=handling,
            assigned_to=assigned_to,
            origin="rule" if rule else "desk",
        )
        uow.session.add(fu)
        uow.session.flush()
        fid = fu.id
        uow.commit()
    return FollowUpId(fid)


def claim(b: Base, operator: int, now: dt.datetime = NOW) -> followups.FollowUpCard | None:
    return followups.claim_next(b.db.uow(), operator, now=now)  # type: ignore[arg-type]


def test_claim_order_personal_first_then_priority_then_due(base: Base) -> None:
    a = add_follow_up(base, base.buyer("A", [120]), priority=45)
    b = add_follow_up(base, base.buyer("B", [120]), priority=70, due=NOW - dt.timedelta(hours=2))
    c = add_follow_up(base, base.buyer("C", [120]), priority=70, due=NOW - dt.timedelta(hours=3))
    future = add_follow_up(base, base.buyer("FUT", [120]), priority=99, due=NOW + dt.timedelta(1))
    vip = add_follow_up(
        base,
        base.buyer("VIP", [120], rank="vip"),
        priority=10,
        handling="personal",
        assigned_to=base.other,
    )
    add_follow_up(base, base.buyer("LET", [200]), channel="letter", priority=99)
    got = [claim(base, base.operator) for _ in range(4)]
    assert [g.follow_up.id if g else None for g in got] == [c, b, a, None]
    assert future not in [g.follow_up.id for g in got if g]
    card = claim(base, base.other)
    assert card is not None and card.follow_up.id == vip
    assert card.follow_up.handling == "personal"
    mine = followups.list_queue(base.db.uow(), base.operator, scope="mine", now=NOW)
    assert [v.id for v in mine.items] == [c, b, a] and mine.total == 3
    shared = followups.list_queue(base.db.uow(), base.other, scope="shared", now=NOW)
    assert [v.id for v in shared.items] == [future]
    assert (
        followups.list_queue(
            base.db.uow(), base.other, scope="shared", due_only=True, now=NOW
        ).total
        == 0
    )


def test_the_card_says_why_and_fills_the_script(base: Base) -> None:
    cid = base.buyer("F2", [26], family_name="田中", given_name="一郎")
    followups.refresh(base.db.uow(), TODAY, now=NOW)
    card = claim(base, base.operator, NOW + dt.timedelta(hours=9))
    assert card is not None
    assert card.follow_up.customer_id == cid and card.follow_up.rule_code == "f2"
    assert card.why.startswith("初回購入から26日・2回目の購入なし")
    assert card.script_text.startswith("田中様、先日は黒酢にんにく粒 30日分をお求めいただき")
    assert "{" not in card.script_text
    assert card.phones and card.max_attempts == 3
    assert card.follow_up.claimed_by == base.operator and card.follow_up.status == "claimed"


def test_an_abandoned_claim_expires_and_release_gives_it_back(base: Base) -> None:
    fid = add_follow_up(base, base.buyer("A", [120]))
    first = claim(base, base.operator)
    assert first is not None and first.follow_up.id == fid
    assert claim(base, base.other, NOW + dt.timedelta(minutes=29)) is None
    taken = claim(base, base.other, NOW + dt.timedelta(minutes=31))
    assert taken is not None and taken.follow_up.id == fid
    with pytest.raises(FollowUpStateError, match="not claimed by you"):
        followups.record_result(base.db.uow(), base.operator, fid, "reached", now=NOW)
    with pytest.raises(FollowUpStateError):
        followups.release(base.db.uow(), base.operator, fid)
    view = followups.release(base.db.uow(), base.other, fid)
    assert (view.status, view.claimed_by) == ("open", None)


def _calls(b: Base, cid: int) -> list[Contact]:
    with b.db.uow() as uow:
        rows = list(
            uow.session.scalars(
                select(Contact).where(Contact.customer_id == cid).order_by(Contact.id)
            )
        )
        uow.session.expunge_all()
        return rows


def test_no_answer_retries_then_turns_into_a_letter(base: Base) -> None:
    cid = base.buyer("A", [120])
    fid = add_follow_up(base, cid)  # dormant_90: letter after the last unanswered attempt
    now = NOW
    for attempt in (1, 2):
        card = claim(base, base.operator, now)
        assert card is not None and card.follow_up.id == fid
        view = followups.record_result(base.db.uow(), base.operator, fid, "no_answer", now=now)
        assert (view.status, view.attempts, view.channel) == ("open", attempt, "call")
        assert view.due_at == now + dt.timedelta(hours=4)
        assert view.claimed_by is None
        assert claim(base, base.operator, now + dt.timedelta(hours=3)) is None  # not due yet
        now += dt.timedelta(hours=4)
    claim(base, base.operator, now)
    view = followups.record_result(base.db.uow(), base.operator, fid, "no_answer", now=now)
    assert (view.status, view.channel, view.attempts, view.outcome) == (
        "open",
        "letter",
        3,
        "letter_after_no_answer",
    )
    calls = _calls(base, cid)
    assert len(calls) == 3
    assert all(c.direction == "outbound" and c.operator_id == base.operator for c in calls)
    assert "不在" in calls[0].summary
    # A callback (no rule) is closed after the last attempt: no letter to fall back to.
    other = add_follow_up(base, base.buyer("B", [10]), rule=None)
    for hours in (0, 4, 8):
        at = NOW + dt.timedelta(hours=hours)
        claim(base, base.operator, at)
        view = followups.record_result(base.db.uow(), base.operator, other, "no_answer", now=at)
    assert (view.status, view.outcome) == ("closed", "no_answer")


def test_ordered_closes_and_call_back_reschedules(base: Base) -> None:
    cid = base.buyer("A", [120])
    fid = add_follow_up(base, cid)
    claim(base, base.operator)
    with pytest.raises(ResultError, match="call_back_at"):
        followups.record_result(base.db.uow(), base.operator, fid, "call_back", now=NOW)
    assert _calls(base, cid) == []  # nothing written
    at = NOW + dt.timedelta(days=2)
    view = followups.record_result(
        base.db.uow(), base.operator, fid, CallResult.CALL_BACK, call_back_at=at, now=NOW
    )
    assert (view.status, view.due_at, view.outcome) == ("open", at, "call_back")
    claim(base, base.operator, at)
    view = followups.record_result(
        base.db.uow(), base.operator, fid, "ordered", note="定期で再開", now=at
    )
    assert (view.status, view.outcome, view.closed_at) == ("done", "ordered", at)
    assert _calls(base, cid)[-1].category == "order"
    with base.db.uow() as uow:
        actions = list(
            uow.session.scalars(
                select(AuditLog.action).where(AuditLog.entity == "follow_up").order_by(AuditLog.id)
            )
        )
    assert actions == ["followup_call_back", "followup_ordered"]
    report = followups.followups_report(
        base.db.uow(), base.supervisor, today=TODAY + dt.timedelta(days=2)
    )
    work = {o["operator_id"]: o for o in report.operators}
    assert work[base.operator]["period"] == {"call_back": 1, "ordered": 1}


def test_asked_not_to_be_called_sets_the_flag_in_the_same_transaction(base: Base) -> None:
    cid = base.buyer("A", [120])
    fid = add_follow_up(base, cid)
    claim(base, base.operator)
    view = followups.record_result(
        base.db.uow(), base.operator, fid, "do_not_call", note="今後の電話は不要", now=NOW
    )
    assert (view.status, view.outcome) == ("closed", "do_not_call")
    with base.db.uow() as uow:
        customer = uow.session.get(Customer, cid)
        assert customer is not None and customer.do_not_call
        assert customer.do_not_call_by == base.operator and customer.do_not_call_at == NOW
        change = uow.session.scalars(
            select(CustomerFlagChange).where(CustomerFlagChange.customer_id == cid)
        ).one()
        assert change.flag == "do_not_call" and "今後の電話は不要" in change.reason


def test_report_counts_by_rule_overdue_and_conversion(base: Base) -> None:
    base.buyer("F2", [26])
    base.buyer("D", [120])
    followups.refresh(base.db.uow(), TODAY, now=NOW)
    with base.db.uow() as uow:
        from crmdesk.store.schema import Order

        f2 = uow.session.scalar(select(Customer.id).where(Customer.code == "F2"))
        uow.session.add(
            Order(
                order_number="X1",
                customer_id=f2,
                channel="phone",
                status="received",
                subtotal_yen=1,
                total_yen=1,
                ordered_at=NOW + dt.timedelta(days=3),
            )
        )
        uow.commit()
    report = followups.followups_report(base.db.uow(), None, today=TODAY + dt.timedelta(days=5))
    rows = {r["rule"]: r for r in report.by_rule}
    assert rows["f2"]["created"] == 1 and rows["f2"]["converted"] == 1
    assert rows["f2"]["conversion_rate"] == 1.0
    assert rows["dormant_90"]["converted"] == 0 and rows["dormant_90"]["status"] == {"open": 1}
    assert report.overdue == 2
    assert {v.customer_code for v in report.overdue_items} == {"F2", "D"}
    from crmdesk.domain.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        followups.followups_report(base.db.uow(), base.operator, today=TODAY)


def test_claims_count(base: Base) -> None:
    for i in range(5):
        add_follow_up(base, base.buyer(f"Q{i}", [120]))
    got = {c.follow_up.id for c in (claim(base, base.operator) for _ in range(5)) if c}
    assert len(got) == 5
    with base.db.uow() as uow:
        assert (
            uow.session.scalar(
                select(func.count()).select_from(FollowUp).where(FollowUp.status == "claimed")
            )
            == 5
        )


def test_a_flag_set_at_the_desk_closes_the_calls_it_forbids_at_once(base: Base) -> None:
    """電話不可 set on the customer form between two refreshes: the open call is closed in the
    flag's transaction and Next never hands it out; the letter of another rule stays open."""
    from crmdesk.services import customers

    cid = base.buyer("A", [120])
    call = add_follow_up(base, cid)
    letter = add_follow_up(base, cid, rule="dormant_180", channel="letter")
    customers.set_customer_flag(
        base.db.uow(), base.operator, cid, flag="do_not_call", value=True, reason="本人の希望"
    )
    assert claim(base, base.operator) is None
    with base.db.uow() as uow:
        closed = uow.session.get(FollowUp, call)
        kept = uow.session.get(FollowUp, letter)
        assert closed is not None and (closed.status, closed.outcome) == ("closed", "flag_set")
        assert kept is not None and kept.status == "open"
    # DM不要 closes the letter in the same way.
    customers.set_customer_flag(
        base.db.uow(), base.operator, cid, flag="do_not_mail", value=True, reason="本人の希望"
    )
    with base.db.uow() as uow:
        kept = uow.session.get(FollowUp, letter)
        assert kept is not None and (kept.status, kept.outcome) == ("closed", "flag_set")


def test_next_skips_a_customer_flagged_by_another_path(base: Base) -> None:
    """A flag written without the app's flag path (an import, say) still keeps the call away."""
    flagged = add_follow_up(base, base.buyer("A", [120]), priority=90)
    other = add_follow_up(base, base.buyer("B", [120]), priority=10)
    with base.db.uow() as uow:
        fu = uow.session.get(FollowUp, flagged)
        assert fu is not None
        customer = uow.session.get(Customer, fu.customer_id)
        assert customer is not None
        customer.do_not_call = True
        uow.commit()
    card = claim(base, base.operator)
    assert card is not None and card.follow_up.id == other
    assert claim(base, base.operator) is None


def test_a_letter_printed_at_the_desk_closes_the_letter_follow_up(base: Base) -> None:
    from crmdesk.services import letters

    cid = base.buyer("A", [200])
    letter = add_follow_up(base, cid, rule="dormant_180", channel="letter")
    call = add_follow_up(base, base.buyer("B", [120]))
    letters.record_letter(base.db, base.operator, cid, "dm_dormant")
    with base.db.uow() as uow:
        done = uow.session.get(FollowUp, letter)
        untouched = uow.session.get(FollowUp, call)
        assert done is not None and (done.status, done.outcome) == ("done", "mailed")
        assert untouched is not None and untouched.status == "open"


def test_a_claim_the_desk_keeps_renewing_does_not_expire(base: Base) -> None:
    """A long call: the desk renews its claim, so another desk's Next does not take it over."""
    fid = add_follow_up(base, base.buyer("A", [120]))
    assert claim(base, base.operator) is not None
    kept = followups.keep_claim(
        base.db.uow(), base.operator, fid, now=NOW + dt.timedelta(minutes=20)
    )
    assert kept.claimed_at == NOW + dt.timedelta(minutes=20)
    assert claim(base, base.other, NOW + dt.timedelta(minutes=40)) is None
    with pytest.raises(FollowUpStateError, match="not claimed by you"):
        followups.keep_claim(base.db.uow(), base.other, fid, now=NOW + dt.timedelta(minutes=41))
    # Not renewed any more: expired 30 minutes after the last renewal.
    taken = claim(base, base.other, NOW + dt.timedelta(minutes=51))
    assert taken is not None and taken.follow_up.id == fid


@pytest.mark.parametrize(
    ("stored", "minutes"),
    [("10", 10), ('"10"', 10), ('"ten"', 30), ("0", 30), ("5000", 30), ("null", 30)],
)
def test_the_claim_expiry_setting_as_next_reads_it(base: Base, stored: str, minutes: int) -> None:
    # PostgreSQL reads the setting inside the claim statement; both backends must read it as
    # the setting's parser does: a whole number from 1 to 1440, else the default (30).
    from crmdesk.store.schema import AppSetting

    with base.db.uow() as uow:
        uow.session.add(
            AppSetting(
                key="followups.claim_expiry_minutes", value=stored, updated_by=None, updated_at=NOW
            )
        )
        uow.commit()
    fid = add_follow_up(base, base.buyer("A", [120]))
    assert claim(base, base.operator) is not None
    early = claim(base, base.other, NOW + dt.timedelta(minutes=minutes - 1))
    assert early is None
    late = claim(base, base.other, NOW + dt.timedelta(minutes=minutes + 1))
    assert late is not None and late.follow_up.id == fid


def test_an_operator_who_may_not_take_calls_claims_nothing(base: Base) -> None:
    from crmdesk.domain.errors import NotFoundError, PermissionDeniedError
    from crmdesk.store.schema import Operator

    fid = add_follow_up(base, base.buyer("A", [120]))
    with base.db.uow() as uow:
        op = uow.session.get(Operator, base.other)
        assert op is not None
        op.active = False
        uow.commit()
    with pytest.raises(PermissionDeniedError, match="deactivated"):
        claim(base, base.other)
    with pytest.raises(NotFoundError):
        claim(base, 99_999)
    with base.db.uow() as uow:
        row = uow.session.get(FollowUp, fid)
        assert row is not None and (row.status, row.claimed_by) == ("open", None)
    taken = claim(base, base.operator)
    assert taken is not None and taken.follow_up.id == fid


def test_a_vip_item_without_an_assignee_is_listed_and_handed_out_once_assigned(
    base: Base,
) -> None:
    """A VIP whose only operator was deactivated gets a personal item nobody is assigned to:
    no 'Next' hands it out until a supervisor assigns it; then it goes to that operator."""
    from crmdesk.services import operators

    vip = base.buyer("VIP", [120], rank="vip")
    base.contact(vip, 200, operator=base.other)
    operators.set_active(base.db.uow(), None, "ito", False)  # 伊藤 left
    followups.refresh(base.db.uow(), TODAY, now=NOW)
    item = base.follow_up("VIP")
    assert (item.handling, item.assigned_to, item.status) == ("personal", None, "open")
    due = item.due_at + dt.timedelta(minutes=1)
    assert claim(base, base.operator, due) is None  # stranded: nobody gets it
    assert claim(base, base.supervisor, due) is None

    listed = followups.unassigned_personal(base.db.uow(), base.supervisor)
    assert listed.total == 1 and [v.id for v in listed.items] == [item.id]
    assert listed.items[0].customer_code == "VIP"
    # Active operators who take calls: not 伊藤 (deactivated), not 高橋 (inactive SV).
    assert {a.name for a in listed.operators} == {"佐藤", "鈴木"}
    report = followups.followups_report(base.db.uow(), base.supervisor, today=TODAY, now=NOW)
    assert report.unassigned_personal == 1 and report.as_json()["unassigned_personal"] == 1

    with pytest.raises(FollowUpStateError, match="deactivated"):
        followups.assign(base.db.uow(), base.supervisor, FollowUpId(item.id), base.other)
    followups.assign(base.db.uow(), base.supervisor, FollowUpId(item.id), base.operator)
    assert followups.unassigned_personal(base.db.uow(), base.supervisor).total == 0
    card = claim(base, base.operator, due)
    assert card is not None and card.follow_up.id == item.id
    assert card.follow_up.assigned_to == base.operator


def test_assigning_from_the_unassigned_list_does_not_overwrite_another_assignment(
    base: Base,
) -> None:
    from crmdesk.domain.errors import ConflictError

    item = add_follow_up(base, base.buyer("VIP", [120], rank="vip"), handling="personal")
    followups.assign(base.db.uow(), base.supervisor, item, base.other, only_unassigned=True)
    with pytest.raises(ConflictError) as refused:
        followups.assign(base.db.uow(), base.supervisor, item, base.operator, only_unassigned=True)
    assert refused.value.current.assigned_to == base.other
    assert base.follow_up("VIP").assigned_to == base.other


def test_only_supervisors_see_the_unassigned_personal_items(base: Base) -> None:
    from crmdesk.domain.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        followups.unassigned_personal(base.db.uow(), base.operator)
    shared = add_follow_up(base, base.buyer("SHARED", [120]))
    letter = add_follow_up(base, base.buyer("VIPL", [120], rank="vip"), handling="personal")
    mine = add_follow_up(
        base, base.buyer("VIPM", [120], rank="vip"), handling="personal", assigned_to=base.other
    )
    listed = followups.unassigned_personal(base.db.uow(), None)
    assert [v.id for v in listed.items] == [letter]
    assert shared not in {v.id for v in listed.items} and mine not in {v.id for v in listed.items}


_CALL_SCRIPT = """
code = "f2_call"
title = "F2: 2回目のご案内"
reasons = ["other"]
priority = 10
steps = ["{name}様、{version}"]
"""


def test_next_shows_the_script_version_saved_since_the_last_claim(base: Base) -> None:
    """'Next' keeps a rule's stored script between claims; a new version shows at once."""
    retention.save_script(
        base.db.uow(),
        base.supervisor,
        _CALL_SCRIPT.replace("{version}", "一版"),
        expected_version=None,
    )
    shipped = followups.default_rules_source()
    start = shipped.index('script_text = """', shipped.index('code = "f2"'))
    end = shipped.index('"""', start + len('script_text = """')) + 3
    followups.save_rules(
        base.db.uow(),
        base.supervisor,
        shipped[:start] + 'script = "f2_call"' + shipped[end:],
        expected=followups.rule_set(base.db.uow()).version,
    )
    for code in ("F2A", "F2B", "F2C"):
        base.buyer(code, [26], family_name=code)
    followups.refresh(base.db.uow(), TODAY, now=NOW)
    later = NOW + dt.timedelta(hours=9)
    first = claim(base, base.operator, later)
    again = claim(base, base.operator, later)
    assert first is not None and again is not None
    assert first.script_code == "f2_call"
    assert first.script_text == f"{first.follow_up.customer_name.split()[0]}様、一版"
    assert again.script_text.endswith("様、一版")
    retention.save_script(
        base.db.uow(),
        base.supervisor,
        _CALL_SCRIPT.replace("{version}", "二版"),
        expected_version=1,
    )
    third = claim(base, base.operator, later)
    assert third is not None and third.script_text.endswith("様、二版")
