"""The call log: a recorded call is on the timeline at once, a promised call-back is queued."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.ids import CustomerId
from crmdesk.domain.model import ContactCategory, ContactDirection, TimelineKind
from crmdesk.domain.validation import ValidationError
from crmdesk.services import contacts, lookup
from crmdesk.services._common import JST, jst_today
from crmdesk.store.schema import Contact, FollowUp
from tests.services.support import Desk, desk_fixture

desk = desk_fixture()


def call(desk: Desk, customer_id: CustomerId, **overrides: Any) -> int:
    kwargs: dict[str, Any] = {
        "direction": ContactDirection.INBOUND,
        "category": ContactCategory.INQUIRY,
        "summary": "次回お届け日の確認",
        "duration_s": 185,
    }
    kwargs.update(overrides)
    return contacts.record_call(desk.db.uow(), desk.operator, customer_id, **kwargs)


def follow_ups(desk: Desk, customer_id: CustomerId) -> list[FollowUp]:
    return desk.rows(select(FollowUp).where(FollowUp.customer_id == customer_id))


def test_a_recorded_call_is_on_the_timeline_at_once(desk: Desk) -> None:
    cid = desk.customer()
    contact_id = call(desk, cid)
    top = lookup.customer_card(desk.db.uow(), cid).timeline[0]
    assert (top.kind, top.ref_id) == (TimelineKind.CONTACT, contact_id)
    assert (top.title, top.detail) == ("inbound inquiry", "次回お届け日の確認")
    row = desk.get(Contact, contact_id)
    assert (row.channel, row.operator_id, row.duration_s) == ("phone", desk.operator, 185)
    assert row.contacted_at.tzinfo is not None
    assert follow_ups(desk, cid) == []
    [entry] = desk.audit_rows("contact", contact_id)
    assert (entry.action, entry.operator_id) == ("create", desk.operator)


def test_a_follow_up_date_queues_an_open_call_back_at_ten_jst(desk: Desk) -> None:
    cid = desk.customer()
    day = jst_today() + dt.timedelta(days=3)
    contact_id = call(
        desk,
        cid,
        direction=ContactDirection.OUTBOUND,
        category=ContactCategory.CHANGE,
        summary="周期変更を検討中、3日後に再度お電話",
        duration_s=None,
        follow_up_on=day,
    )
    [fu] = follow_ups(desk, cid)
    assert (fu.kind, fu.channel, fu.status, fu.priority) == ("callback", "call", "open", 50)
    assert fu.rule_code is None and fu.claimed_by is None
    assert fu.due_at == dt.datetime.combine(day, dt.time(10), JST)
    assert fu.due_at.astimezone(dt.UTC).hour == 1
    assert fu.note == "周期変更を検討中、3日後に再度お電話"
    assert json.loads(desk.audit_rows("contact", contact_id)[0].detail)["follow_up_id"] == fu.id
    assert desk.get(Contact, contact_id).duration_s is None


def test_a_call_can_be_logged_afterwards_at_its_own_time(desk: Desk) -> None:
    cid = desk.customer()
    at = dt.datetime(2026, 2, 27, 14, 5, tzinfo=JST)
    contact_id = call(desk, cid, at=at, follow_up_on=jst_today())
    assert desk.get(Contact, contact_id).contacted_at == at
    with pytest.raises(ValueError, match="timezone-aware"):
        call(desk, cid, at=dt.datetime(2026, 2, 27, 14, 5))


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"summary": ""}, "summary"),
        ({"summary": " \u3000\n"}, "summary"),
        ({"duration_s": -1}, "duration_s"),
        ({"follow_up_on": dt.date(2020, 1, 1)}, "follow_up_on"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    desk: Desk, overrides: dict[str, Any], field: str
) -> None:
    cid = desk.customer()
    before = desk.counts()
    with pytest.raises(ValidationError) as err:
        call(desk, cid, **overrides)
    assert err.value.fields == (field,)
    assert desk.counts() == before


def test_an_unknown_customer_is_a_clear_error(desk: Desk) -> None:
    before = desk.counts()
    with pytest.raises(NotFoundError, match="customer id 424242"):
        call(desk, CustomerId(424242))
    assert desk.counts() == before


def test_a_failure_after_the_writes_leaves_neither_call_nor_follow_up(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = desk.customer()

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(contacts, "audit", broken)  # after the contact and the follow-up
    before = desk.counts()
    with pytest.raises(RuntimeError):
        call(desk, cid, follow_up_on=jst_today() + dt.timedelta(days=1))
    assert desk.counts() == before
    assert lookup.customer_card(desk.db.uow(), cid).timeline == ()
