"""Complaints: open → escalate → resolve, with exactly one check-back call after resolution."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.domain.errors import ConflictError, NotFoundError
from crmdesk.domain.ids import ComplaintId, CustomerId, OperatorId
from crmdesk.domain.model import ComplaintCategory, ComplaintStatus, Severity, TimelineKind
from crmdesk.domain.readmodels import ComplaintView
from crmdesk.domain.validation import ValidationError
from crmdesk.services import complaints, lookup
from crmdesk.services._common import JST
from crmdesk.store.schema import Complaint, Contact, FollowUp
from tests.services.support import Desk, desk_fixture

desk = desk_fixture()

TODAY = dt.date(2026, 3, 2)


def open_one(desk: Desk, customer_id: CustomerId | None = None) -> ComplaintView:
    return complaints.open_complaint(
        desk.db.uow(),
        desk.operator,
        customer_id or desk.customer(),
        category=ComplaintCategory.DELIVERY,
        severity=Severity.HIGH,
        description="指定日に届かなかった",
    )


def escalate(desk: Desk, view: ComplaintView, to: OperatorId | None = None) -> ComplaintView:
    return complaints.escalate_complaint(
        desk.db.uow(),
        desk.operator,
        view.id,
        to_operator_id=to or desk.supervisor,
        note="強いお怒り、SV対応希望",
        expected_version=view.version,
    )


def resolve(desk: Desk, view: ComplaintView, **kwargs: Any) -> ComplaintView:
    kwargs.setdefault("resolution", "お詫びの上、翌日再送")
    return complaints.resolve_complaint(
        desk.db.uow(),
        desk.supervisor,
        view.id,
        expected_version=view.version,
        today=TODAY,
        **kwargs,
    )


def check_backs(desk: Desk, customer_id: CustomerId) -> list[FollowUp]:
    return desk.rows(
        select(FollowUp).where(
            FollowUp.customer_id == customer_id, FollowUp.kind == "complaint_check_back"
        )
    )


def test_open_escalate_resolve_schedules_exactly_one_check_back(desk: Desk) -> None:
    cid = desk.customer()
    opened = open_one(desk, cid)
    assert opened.status is ComplaintStatus.OPEN and opened.version == 1
    assert (opened.category, opened.severity) == (ComplaintCategory.DELIVERY, Severity.HIGH)
    assert opened.operator_name == "佐藤" and opened.escalated_to_name is None
    card = lookup.customer_card(desk.db.uow(), cid)
    assert card.open_complaints == 1
    assert {e.kind for e in card.timeline} == {TimelineKind.COMPLAINT, TimelineKind.CONTACT}
    contact = desk.get(Contact, desk.get(Complaint, opened.id).contact_id)
    assert (contact.category, contact.direction, contact.summary) == (
        "complaint",
        "inbound",
        "指定日に届かなかった",
    )

    escalated = escalate(desk, opened)
    assert escalated.status is ComplaintStatus.ESCALATED
    assert escalated.escalated_to_name == "鈴木" and escalated.version == 2
    assert escalated.description.startswith("指定日に届かなかった\n【エスカレーション ")
    assert escalated.description.endswith("→ 鈴木】強いお怒り、SV対応希望")
    assert check_backs(desk, cid) == []

    resolved = resolve(desk, escalated)
    assert resolved.status is ComplaintStatus.RESOLVED and resolved.version == 3
    assert resolved.resolution == "お詫びの上、翌日再送" and resolved.resolved_at is not None
    [fu] = check_backs(desk, cid)
    assert (fu.rule_code, fu.channel, fu.status, fu.priority) == (
        "complaint_check_back",
        "call",
        "open",
        80,
    )
    assert fu.due_at == dt.datetime(2026, 3, 9, 10, 0, tzinfo=JST)
    assert lookup.customer_card(desk.db.uow(), cid).open_complaints == 0
    assert complaints.list_complaints(desk.db.uow(), cid) == [resolved]

    with pytest.raises(ValidationError) as err:  # resolving twice is refused
        resolve(desk, resolved)
    assert err.value.fields == ("status",)
    with pytest.raises(ValidationError):
        escalate(desk, resolved)
    assert len(check_backs(desk, cid)) == 1

    trail = desk.audit_rows("complaint", opened.id)
    assert [(a.action, a.operator_id) for a in trail] == [
        ("create", desk.operator),
        ("escalate", desk.operator),
        ("resolve", desk.supervisor),
    ]
    assert json.loads(trail[2].detail)["follow_up_id"] == fu.id


def test_check_back_days_can_be_chosen(desk: Desk) -> None:
    view = open_one(desk)
    resolve(desk, view, check_back_days=3)
    [fu] = check_backs(desk, view.customer_id)
    assert fu.due_at.astimezone(JST).date() == TODAY + dt.timedelta(days=3)
    with pytest.raises(ValidationError) as err:
        resolve(desk, open_one(desk), check_back_days=-1)
    assert err.value.fields == ("check_back_days",)


@pytest.mark.parametrize("who", ["operator", "inactive_supervisor", "nobody"])
def test_escalation_goes_to_an_active_supervisor_only(desk: Desk, who: str) -> None:
    view = open_one(desk)
    target = OperatorId(31337) if who == "nobody" else getattr(desk, who)
    before = desk.counts()
    with pytest.raises(ValidationError) as err:
        escalate(desk, view, to=target)
    assert err.value.fields == ("to_operator_id",)
    assert desk.counts() == before
    assert complaints.list_complaints(desk.db.uow(), view.customer_id) == [view]


def test_supervisors_to_escalate_to(desk: Desk) -> None:
    assert [o.name for o in complaints.list_supervisors(desk.db.uow())] == ["鈴木"]


def test_a_stale_version_is_a_conflict_and_schedules_nothing(desk: Desk) -> None:
    view = open_one(desk)
    theirs = escalate(desk, view)  # the other desk escalated meanwhile
    before = desk.counts()
    with pytest.raises(ConflictError) as err:
        resolve(desk, view)
    assert err.value.current == theirs
    with pytest.raises(ConflictError):
        escalate(desk, view)
    assert desk.counts() == before
    assert check_backs(desk, view.customer_id) == []


def test_a_change_committed_between_load_and_save_is_a_conflict(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_one(desk)
    real_now = complaints.utc_now

    def now_and_race() -> dt.datetime:
        desk.concurrent_update(Complaint, view.id, status="escalated", escalated_to=desk.supervisor)
        return real_now()

    monkeypatch.setattr(complaints, "utc_now", now_and_race)
    before = desk.counts()
    with pytest.raises(ConflictError) as err:
        resolve(desk, view)
    assert err.value.current.status is ComplaintStatus.ESCALATED
    assert err.value.current.version == 2
    assert desk.counts() == before


def test_a_complaint_needs_a_description_and_a_resolution(desk: Desk) -> None:
    cid = desk.customer()
    view = open_one(desk)
    before = desk.counts()
    with pytest.raises(ValidationError) as err:
        complaints.open_complaint(
            desk.db.uow(),
            desk.operator,
            cid,
            category=ComplaintCategory.PRODUCT,
            severity=Severity.LOW,
            description="  ",
        )
    assert err.value.fields == ("description",)
    with pytest.raises(ValidationError) as err:
        resolve(desk, view, resolution="")
    assert err.value.fields == ("resolution",)
    assert desk.counts() == before


def test_unknown_complaint_is_a_clear_error(desk: Desk) -> None:
    with pytest.raises(NotFoundError, match="complaint id 999"):
        complaints.resolve_complaint(
            desk.db.uow(),
            desk.operator,
            ComplaintId(999),
            resolution="x",
            expected_version=1,
            today=TODAY,
        )


def test_a_failure_in_resolve_leaves_the_complaint_open_and_no_follow_up(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_one(desk)

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(complaints, "audit", broken)  # after the update and the follow-up
    before = desk.counts()
    with pytest.raises(RuntimeError):
        resolve(desk, view)
    assert desk.counts() == before
    assert complaints.list_complaints(desk.db.uow(), view.customer_id) == [view]
