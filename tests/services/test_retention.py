"""Cancellation calls (issue 4) on SQLite and PostgreSQL: routing, placeholders, fairness, one
transaction, versioned scripts, the hand-computed report, the confirmation letter."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.analytics.retention import wilson_interval
from crmdesk.domain.errors import ConflictError, PermissionDeniedError
from crmdesk.domain.ids import CustomerId, SubscriptionId
from crmdesk.domain.model import CancellationOutcome
from crmdesk.domain.retention import OFFER_CAP, CallRecord, FairnessError, RetentionPlan
from crmdesk.domain.validation import ValidationError
from crmdesk.services import retention
from crmdesk.services.shared_settings import set_setting
from crmdesk.store.schema import (
    CancellationRequest,
    Complaint,
    Contact,
    Mailing,
    Order,
    ProductSafetyNote,
    Subscription,
    SubscriptionEvent,
)
from tests.services.support import T0, Desk, desk_fixture

desk = desk_fixture()
TODAY = dt.date(2030, 11, 20)
WISH = dt.datetime(2030, 11, 20, 1, 0, tzinfo=dt.UTC)

#: The script each reason gets for an ordinary subscriber (3 deliveries, regular rank, no
#: open complaint): surplus_stock is split between two scripts (A/B).
EXPECTED = {
    "surplus_stock": {"surplus_cycle", "surplus_skip"},
    "no_effect": {"no_effect_continue"},
    "price": {"price_discount"},
    "skin_or_health": {"health_acceptance"},
    "switched": {"switched_compare"},
    "moving": {"moving_pause"},
    "forgetting": {"surplus_skip"},
    "family": {"family_pause"},
    "dislike_commitment": {"commitment_flexible"},
    "service": {"service_apology"},
    "other": {"general_default"},
}


def plan(desk: Desk, sub: SubscriptionId, reason: str, customer: CustomerId) -> RetentionPlan:
    return retention.plan_call(desk.db.uow(), desk.operator, customer, sub, reason, today=TODAY)


def new_sub(desk: Desk, **kw: object) -> tuple[CustomerId, SubscriptionId]:
    customer = desk.customer()
    return customer, desk.subscription(customer, **kw)


def record_of(
    p: RetentionPlan,
    *,
    presented: int,
    accepted: int | None = None,
    cancelled: bool = False,
    repeated: bool = False,
) -> CallRecord:
    return CallRecord(
        customer_id=p.customer_id,
        subscription_id=p.subscription_id,
        expected_version=p.subscription_version,
        reason_code=p.reason.code,
        reason_detail="まだ2袋残っている",
        script_code=p.script_code,
        script_version=p.script_version,
        ab_arm=p.ab_arm,
        script_text=p.script_text,
        offers_presented=p.offers[:presented],
        accepted=accepted,
        cancelled=cancelled,
        first_wish_at=WISH,
        wish_repeated_at=WISH + dt.timedelta(minutes=4) if repeated else None,
    )


def record(desk: Desk, rec: CallRecord) -> retention.CancellationResult:
    return retention.record_cancellation_call(desk.db.uow(), desk.operator, rec, today=TODAY)


# ------------------------------------------------------------------------------ routing


def test_the_shipped_taxonomy_has_every_reason_of_the_issue(desk: Desk) -> None:
    reasons = retention.list_reasons(desk.db.uow())
    assert [r.label for r in reasons] == [
        "商品が余っている",
        "効果を実感できない",
        "価格が高い・経済的理由",
        "肌・体質に合わない",
        "他社商品に切り替え",
        "引っ越し・長期不在",
        "飲み忘れ・使い忘れ",
        "家族の反対",
        "定期の縛りが嫌",
        "対応への不満",
        "その他",
    ]
    assert [r.code for r in reasons if r.health] == ["skin_or_health"]


@pytest.mark.parametrize("reason", sorted(EXPECTED))
def test_each_reason_routes_to_its_script(desk: Desk, reason: str) -> None:
    customer, sub = new_sub(desk)
    p = plan(desk, sub, reason, customer)
    assert p.script_code in EXPECTED[reason]
    assert p.script_version is not None
    # A re-opened flow shows the same script (A/B by customer id).
    assert plan(desk, sub, reason, customer).script_code == p.script_code
    assert (p.ab_arm is not None) == (reason == "surplus_stock")


def test_the_ab_split_gives_both_scripts_and_records_the_arm(desk: Desk) -> None:
    seen: dict[str, str] = {}
    for _ in range(12):
        customer, sub = new_sub(desk)
        p = plan(desk, sub, "surplus_stock", customer)
        assert p.ab_arm is not None
        seen[p.ab_arm] = str(p.script_code)
    assert seen == {"surplus:A": "surplus_cycle", "surplus:B": "surplus_skip"}


def test_conditions_route_new_and_complaining_customers(desk: Desk) -> None:
    customer, sub = new_sub(desk, delivery_count=1)
    assert plan(desk, sub, "surplus_stock", customer).script_code == "early_support"
    customer, sub = new_sub(desk)
    with desk.db.uow() as uow:
        uow.session.add(
            Complaint(
                customer_id=customer,
                category="service",
                severity="high",
                status="open",
                description="電話がつながらない",
                opened_at=T0,
            )
        )
        uow.commit()
    assert plan(desk, sub, "service", customer).script_code == "complaint_open"


def test_placeholders_are_filled_with_the_customer_and_subscription(desk: Desk) -> None:
    customer, sub = new_sub(desk, delivery_count=4, next_ship_date=dt.date(2030, 12, 1))
    p = plan(desk, sub, "forgetting", customer)
    text = p.script_text
    assert "山田 花子様" in text
    assert "黒酢にんにく粒 30日分" in text
    assert "4回お届け" in text
    assert "12月1日" in text
    assert "30日後" in text
    assert "{" not in text and "}" not in text
    assert p.offers[0].text == "次回（12月1日）のお届けを1回お休みする"


# ------------------------------------------------------------------------------ fairness


def test_a_health_reason_never_shows_an_offer_and_leaves_a_safety_note(desk: Desk) -> None:
    customer, sub = new_sub(desk)
    p = plan(desk, sub, "skin_or_health", customer)
    assert p.reason.health and p.offers == ()
    # An offer smuggled in from another script is refused, with nothing written.
    other = plan(desk, sub, "moving", customer)
    before = desk.counts()
    with pytest.raises(FairnessError) as err:
        record(desk, dataclasses.replace(record_of(p, presented=0), offers_presented=other.offers))
    assert err.value.rule == "health_reason" and err.value.code == "E402"
    with pytest.raises(FairnessError):
        record(desk, record_of(p, presented=0, cancelled=False))
    assert desk.counts() == before
    result = record(desk, record_of(p, presented=0, cancelled=True))
    assert result.outcome is CancellationOutcome.CANCELLED
    assert result.safety_note_id is not None
    note = desk.get(ProductSafetyNote, result.safety_note_id)
    assert (
        note.reason_code == "skin_or_health" and note.cancellation_request_id == result.request_id
    )
    assert desk.get(Subscription, sub).status == "cancelled"


def test_the_offer_cap_holds(desk: Desk) -> None:
    customer, sub = new_sub(desk)
    p = plan(desk, sub, "price", customer)  # the script lists three offers
    assert p.offer_cap == 2 and len(p.offers) == 2
    set_setting(desk.db.uow(), desk.supervisor, OFFER_CAP, 1)
    try:
        assert len(plan(desk, sub, "price", customer).offers) == 1
        before = desk.counts()
        with pytest.raises(FairnessError) as err:
            record(desk, record_of(p, presented=2, cancelled=True))
        assert err.value.rule == "offer_cap"
        assert desk.counts() == before
    finally:
        set_setting(desk.db.uow(), desk.supervisor, OFFER_CAP, 2)


def test_a_repeated_wish_ends_in_cancellation(desk: Desk) -> None:
    customer, sub = new_sub(desk)
    p = plan(desk, sub, "surplus_stock", customer)
    before = desk.counts()
    with pytest.raises(FairnessError) as err:
        record(desk, record_of(p, presented=2, accepted=0, repeated=True))
    assert err.value.rule == "wish_repeated"
    assert desk.counts() == before
    result = record(desk, record_of(p, presented=2, cancelled=True, repeated=True))
    row = desk.get(CancellationRequest, result.request_id)
    assert row.outcome == "cancelled"
    assert row.first_wish_at == WISH
    assert row.wish_repeated_at == WISH + dt.timedelta(minutes=4)
    assert row.confirmed_at is not None and row.confirmed_at >= row.requested_at
    assert desk.get(Subscription, sub).next_ship_date is None


# ------------------------------------------------------------------------------ one transaction


def test_accepting_skip_moves_the_date_and_records_everything_together(desk: Desk) -> None:
    customer, sub = new_sub(desk)
    p = plan(desk, sub, "forgetting", customer)
    result = record(desk, record_of(p, presented=2, accepted=0))
    assert result.outcome is CancellationOutcome.CHANGED
    assert result.next_ship_date == dt.date(2030, 12, 31)
    row = desk.get(CancellationRequest, result.request_id)
    assert row.contact_id == result.contact_id
    assert '"kind": "skip"' in row.accepted_offer
    assert "山田 花子様" in row.script_text
    contact = desk.get(Contact, result.contact_id)
    assert contact.category == "cancellation"
    assert "飲み忘れ・使い忘れ" in contact.summary and "結果: 内容変更のうえ継続" in contact.summary
    events = desk.rows(select(SubscriptionEvent).where(SubscriptionEvent.subscription_id == sub))
    assert [e.kind for e in events] == ["skip"]
    assert [a.action for a in desk.audit_rows("cancellation_request", result.request_id)] == [
        "create"
    ]


def test_a_failure_between_the_writes_leaves_nothing_half_written(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer, sub = new_sub(desk)
    p = plan(desk, sub, "forgetting", customer)
    before = desk.counts()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    # The audit row is written after the contact, the subscription change and the request.
    monkeypatch.setattr(retention, "audit", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        record(desk, record_of(p, presented=1, accepted=0))
    assert desk.counts() == before
    assert desk.get(Subscription, sub).next_ship_date == dt.date(2030, 12, 1)


def test_a_subscription_changed_meanwhile_is_a_conflict(desk: Desk) -> None:
    customer, sub = new_sub(desk)
    p = plan(desk, sub, "forgetting", customer)
    desk.concurrent_update(Subscription, sub, cycle_days=45)
    before = desk.counts()
    with pytest.raises(ConflictError):
        record(desk, record_of(p, presented=1, accepted=0))
    assert desk.counts() == before


# ------------------------------------------------------------------------------ scripts


SCRIPT_V2 = """
code = "family_pause"
title = "家族の反対: 新しいトーク"
reasons = ["family"]
priority = 30
steps = ["{name}様、新しい言い回しでございます。"]

[[offers]]
kind = "pause"
days = 30
text = "お届けを30日間休止する"
"""


def test_an_edited_script_leaves_earlier_records_with_their_words(desk: Desk) -> None:
    customer, sub = new_sub(desk)
    p = plan(desk, sub, "family", customer)
    old = record(desk, record_of(p, presented=1, cancelled=True))
    with pytest.raises(PermissionDeniedError):
        retention.save_script(desk.db.uow(), desk.operator, SCRIPT_V2, expected_version=1)
    saved = retention.save_script(
        desk.db.uow(), desk.supervisor, SCRIPT_V2, expected_version=1, note="言い回しの改善"
    )
    assert saved.version == 2
    with pytest.raises(ConflictError):
        retention.save_script(desk.db.uow(), desk.supervisor, SCRIPT_V2, expected_version=1)
    view = retention.cancellation_record(desk.db.uow(), old.request_id)
    assert view.script_version == 1
    assert "ご家族のご意見もございますよね" in view.script_text
    assert view.script_title == "家族の反対: ペースを落としてのご継続"
    customer2, sub2 = new_sub(desk)
    p2 = plan(desk, sub2, "family", customer2)
    assert p2.script_version == 2 and p2.steps == ("山田 花子様、新しい言い回しでございます。",)
    assert retention.script_source(desk.db.uow(), "family_pause", 1).source.count("60") >= 1


def test_a_broken_script_is_refused_naming_the_problem(desk: Desk) -> None:
    with pytest.raises(ValidationError) as err:
        retention.save_script(
            desk.db.uow(),
            desk.supervisor,
            SCRIPT_V2.replace("{name}", "{nickname}"),
            expected_version=2,
        )
    assert "unknown placeholder {nickname}" in str(err.value)
    with pytest.raises(ValidationError) as err:
        retention.save_script(
            desk.db.uow(), desk.supervisor, 'code = "x"\ntitle = ?\n', expected_version=2
        )
    assert "line 2" in str(err.value)


# ------------------------------------------------------------------------------ report


@pytest.fixture
def history(desk: Desk) -> Iterator[None]:
    """Five calls in 2001 (no other test writes that year), hand-counted in the test below."""
    at = dt.datetime(2001, 3, 5, 2, 0, tzinfo=dt.UTC)
    rows = [
        # script, reason, operator, outcome, took the next delivery, cancelled days after
        ("surplus_skip", "surplus_stock", desk.operator, "retained", True, None),
        ("surplus_skip", "surplus_stock", desk.other, "changed", False, 10),
        ("surplus_skip", "price", desk.operator, "cancelled", False, 0),
        ("surplus_cycle", "surplus_stock", desk.operator, "retained", True, 100),
        ("surplus_cycle", "surplus_stock", desk.other, "cancelled", False, 0),
    ]
    customers = [desk.customer() for _ in rows]
    with desk.db.uow() as uow:
        s = uow.session
        for n, (script, reason, op, outcome, took, cancelled_after) in enumerate(rows):
            customer = customers[n]
            sub = Subscription(
                customer_id=customer,
                product_id=desk.product,
                cycle_days=30,
                status="active" if cancelled_after is None else "cancelled",
                delivery_count=3,
                started_at=at - dt.timedelta(days=90),
                updated_at=at,
                cancelled_at=None
                if cancelled_after is None
                else at + dt.timedelta(days=cancelled_after),
            )
            s.add(sub)
            s.flush()
            s.add(
                CancellationRequest(
                    customer_id=customer,
                    subscription_id=sub.id,
                    reason_code=reason,
                    outcome=outcome,
                    script_code=script,
                    script_version=1,
                    operator_id=op,
                    requested_at=at,
                    confirmed_at=at,
                )
            )
            if took:
                s.add(
                    Order(
                        order_number=f"R2001{n:04d}",
                        customer_id=customer,
                        subscription_id=sub.id,
                        channel="subscription",
                        delivery_number=4,
                        status="delivered",
                        subtotal_yen=3980,
                        total_yen=3980,
                        ordered_at=at + dt.timedelta(days=30),
                    )
                )
        uow.commit()
    yield


def test_the_report_equals_the_hand_computed_fixture(desk: Desk, history: None) -> None:
    report = retention.retention_report(
        desk.db.uow(),
        desk.supervisor,
        since=dt.date(2001, 1, 1),
        until=dt.date(2001, 12, 31),
        today=dt.date(2002, 1, 1),
    )
    data = report.as_json()
    scripts = {(r["script_code"], r["script_version"]): r for r in data["by_script"]}
    a, b = scripts[("surplus_skip", 1)], scripts[("surplus_cycle", 1)]
    assert (a["requests"], a["saves"], a["save_rate"]) == (3, 2, 0.6667)
    assert (b["requests"], b["saves"], b["save_rate"]) == (2, 1, 0.5)
    # Wilson 95%: 2 of 3 → [0.2077, 0.9385]; 1 of 2 → [0.0945, 0.9055] (by hand, z = 1.96).
    assert (a["ci_low"], a["ci_high"]) == (0.2077, 0.9385)
    assert (b["ci_low"], b["ci_high"]) == (0.0945, 0.9055)
    # Saved with skip: one took the next delivery, the other cancelled ten days later.
    assert (a["saved_next_known"], a["saved_took_next_delivery"]) == (2, 1)
    assert (a["saved_active_known"], a["saved_active_after_3_cycles"]) == (2, 1)
    # Saved with the cycle script: cancelled 100 days later, after the 90-day horizon.
    assert (b["saved_took_next_delivery"], b["saved_active_after_3_cycles"]) == (1, 1)
    reasons = {r["reason_code"]: (r["requests"], r["saves"]) for r in data["by_reason"]}
    assert reasons == {"surplus_stock": (4, 3), "price": (1, 0)}
    operators = {r["operator_name"]: (r["requests"], r["saves"]) for r in data["by_operator"]}
    assert operators == {"佐藤": (3, 2), "伊藤": (2, 1)}
    assert [(r["period"], r["requests"]) for r in data["by_period"]] == [("2001-03", 5)]
    with pytest.raises(PermissionDeniedError):
        retention.retention_report(desk.db.uow(), desk.operator, today=dt.date(2002, 1, 1))


def test_wilson_interval_matches_the_literature() -> None:
    # Newcombe (1998) table: 3/10 → 0.1078–0.6032; 0/10 → 0–0.2775.
    low, high = wilson_interval(3, 10)
    assert (round(low, 4), round(high, 4)) == (0.1078, 0.6032)
    low, high = wilson_interval(0, 10)
    assert (round(low, 4), round(high, 4)) == (0.0, 0.2775)


# ------------------------------------------------------------------------------ the letter


def test_the_confirmation_letter_says_who_what_and_when(desk: Desk, tmp_path: Path) -> None:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils (pdftotext) is required: apt-get install poppler-utils"
    customer, sub = new_sub(desk)
    p = plan(desk, sub, "moving", customer)
    result = record(desk, record_of(p, presented=2, cancelled=True, repeated=True))
    path = retention.write_confirmation_letter(
        desk.db.uow(), desk.operator, result.request_id, tmp_path / "letter.pdf"
    )
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "解約手続き完了のお知らせ" in text
    assert "山田 花子 様" in text
    assert "〒100-0001" in text and "東京都千代田区千代田1-1" in text
    assert "黒酢にんにく粒 30日分" in text
    assert "2030年11月20日" in text  # the first wish (10:00 JST)
    trail = desk.audit_rows("cancellation_request", result.request_id)
    assert [a.action for a in trail] == ["create", "print"]
    # The letter is on the customer's timeline as a mailing, in the print's transaction.
    mailings = desk.rows(select(Mailing).where(Mailing.customer_id == customer))
    assert [m.kind for m in mailings] == [retention.CONFIRMATION_MAILING]
    assert f'"mailing_id": {mailings[0].id}' in trail[1].detail
    customer2, sub2 = new_sub(desk)
    kept = plan(desk, sub2, "forgetting", customer2)
    saved = record(desk, record_of(kept, presented=1, accepted=0))
    before = desk.counts()
    with pytest.raises(ValidationError):
        retention.write_confirmation_letter(
            desk.db.uow(), desk.operator, saved.request_id, tmp_path / "no.pdf"
        )
    assert desk.counts() == before and not (tmp_path / "no.pdf").exists()


# ------------------------------------------------------------------------------ safety notes


def test_supervisors_review_safety_notes_once_with_name_and_time(desk: Desk) -> None:
    first_customer, first_sub = new_sub(desk)
    first = record(
        desk,
        record_of(
            plan(desk, first_sub, "skin_or_health", first_customer), presented=0, cancelled=True
        ),
    )
    second_customer, second_sub = new_sub(desk)
    second = record(
        desk,
        record_of(
            plan(desk, second_sub, "skin_or_health", second_customer), presented=0, cancelled=True
        ),
    )
    assert first.safety_note_id is not None and second.safety_note_id is not None
    with pytest.raises(PermissionDeniedError):
        retention.list_safety_notes(desk.db.uow(), desk.operator)
    before = desk.counts()
    with pytest.raises(PermissionDeniedError):
        retention.review_safety_note(desk.db.uow(), desk.operator, first.safety_note_id)
    assert desk.counts() == before

    def mine() -> list[int]:
        ids = {first.safety_note_id, second.safety_note_id}
        notes = retention.list_safety_notes(desk.db.uow(), desk.supervisor)
        return [n.id for n in notes if n.id in ids]

    # Newest first while both are open.
    assert mine() == [second.safety_note_id, first.safety_note_id]
    view = retention.review_safety_note(desk.db.uow(), desk.supervisor, second.safety_note_id)
    assert view.reviewed and view.reviewed_by_name == "鈴木"
    assert view.reason_label == "肌・体質に合わない"
    assert view.product == "黒酢にんにく粒 30日分" and view.detail == "まだ2袋残っている"
    # Unreviewed first: the older open note now comes before the reviewed one.
    assert mine() == [first.safety_note_id, second.safety_note_id]
    note = desk.get(ProductSafetyNote, second.safety_note_id)
    assert note.reviewed_by == desk.supervisor and note.reviewed_at is not None
    trail = desk.audit_rows("product_safety_note", second.safety_note_id)
    assert [(a.action, a.operator_id) for a in trail] == [("review", desk.supervisor)]
    with pytest.raises(ValidationError):
        retention.review_safety_note(desk.db.uow(), desk.supervisor, second.safety_note_id)
