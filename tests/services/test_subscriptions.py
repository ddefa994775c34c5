"""Subscription changes on the phone: each one an event on the timeline, audited, version-checked."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.domain.errors import ConflictError, NotFoundError
from crmdesk.domain.ids import ProductId, SubscriptionId
from crmdesk.domain.model import TimelineKind
from crmdesk.domain.readmodels import SubscriptionView
from crmdesk.domain.validation import ValidationError
from crmdesk.services import lookup, subscriptions
from crmdesk.store.schema import Subscription, SubscriptionEvent
from tests.services.support import Desk, desk_fixture

desk = desk_fixture()

TODAY = dt.date(2030, 11, 20)
NEXT = dt.date(2030, 12, 1)

Change = Callable[[Desk, SubscriptionId, int], SubscriptionView]


def events(desk: Desk, sid: SubscriptionId) -> list[SubscriptionEvent]:
    return desk.rows(
        select(SubscriptionEvent)
        .where(SubscriptionEvent.subscription_id == sid)
        .order_by(SubscriptionEvent.id)
    )


def by(name: str, *args: Any, **kwargs: Any) -> Change:
    """A change as the GUI calls it, by another operator than the one who set it up."""

    def run(desk: Desk, sid: SubscriptionId, version: int) -> SubscriptionView:
        fn = getattr(subscriptions, name)
        real = [
            getattr(desk, a[1:]) if isinstance(a, str) and a.startswith("@") else a for a in args
        ]
        return fn(  # type: ignore[no-any-return]
            desk.db.uow(),
            desk.operator,
            sid,
            *real,
            reason=kwargs.get("reason", "お客様のご希望"),
            expected_version=version,
            **{k: v for k, v in kwargs.items() if k != "reason"},
        )

    return run


# (change, expected kind, expected detail, what the view shows afterwards)
CHANGES: list[tuple[str, Change, str, str, dict[str, Any]]] = [
    (
        "skip",
        by("skip_next", reason="在庫が余っている"),
        "skip",
        "次回お届け日 2030-12-01 → 2030-12-31（1回スキップ）（理由: 在庫が余っている）",
        {"next_ship_date": dt.date(2030, 12, 31)},
    ),
    (
        "next date",
        by("change_next_ship_date", dt.date(2030, 12, 15), today=TODAY),
        "next_date",
        "次回お届け日 2030-12-01 → 2030-12-15（理由: お客様のご希望）",
        {"next_ship_date": dt.date(2030, 12, 15)},
    ),
    (
        "cycle",
        by("change_cycle", 45, reason=""),
        "cycle_change",
        "お届け周期 30日 → 45日",
        {"cycle_days": 45, "next_ship_date": NEXT},
    ),
    (
        "pause",
        by("pause_until", dt.date(2031, 2, 1), today=TODAY),
        "pause",
        "休止 2031-02-01まで（理由: お客様のご希望）",
        {"status": "paused", "paused_until": dt.date(2031, 2, 1)},
    ),
    (
        "quantity",
        by("change_quantity", 2),
        "quantity_change",
        "数量 1 → 2（理由: お客様のご希望）",
        {"quantity": 2},
    ),
    (
        "product",
        by("change_product", "@product_60"),
        "product_change",
        "商品 黒酢にんにく粒 30日分 → 黒酢にんにく粒 60日分（理由: お客様のご希望）",
        {"product": "黒酢にんにく粒 60日分"},
    ),
]


@pytest.mark.parametrize(
    ("change", "kind", "detail", "shown"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES]
)
def test_each_change_is_an_event_on_the_timeline_and_audited(
    desk: Desk, change: Change, kind: str, detail: str, shown: dict[str, Any]
) -> None:
    sid = desk.subscription()
    view = change(desk, sid, 1)
    assert view.id == sid and view.version == 2
    for name, value in shown.items():
        assert getattr(view, name) == value, name
    [event] = events(desk, sid)
    assert (event.kind, event.detail, event.operator_id) == (kind, detail, desk.operator)
    assert event.at.tzinfo is not None


def test_the_card_shows_the_change_with_the_new_version(desk: Desk) -> None:
    sid = desk.subscription()
    cid = desk.get(Subscription, sid).customer_id
    view = subscriptions.skip_next(
        desk.db.uow(), desk.operator, sid, reason="旅行で不在", expected_version=1
    )
    card = lookup.customer_card(desk.db.uow(), cid)
    assert card.subscriptions == (view,)
    top = card.timeline[0]
    assert (top.kind, top.title) == (TimelineKind.SUBSCRIPTION, "skip")
    assert top.detail.endswith("（理由: 旅行で不在）")
    [audit] = desk.audit_rows("subscription", sid)
    assert (audit.action, audit.operator_id) == ("update", desk.operator)
    assert json.loads(audit.detail) == {
        "kind": "skip",
        "from": "2030-12-01",
        "to": "2030-12-31",
        "reason": "旅行で不在",
    }


def test_pause_and_resume(desk: Desk) -> None:
    sid = desk.subscription()
    paused = subscriptions.pause_until(
        desk.db.uow(), desk.operator, sid, dt.date(2031, 1, 31),
        reason="入院", expected_version=1, today=TODAY,
    )  # fmt: skip
    with pytest.raises(ValidationError) as err:  # a paused subscription does not skip
        subscriptions.skip_next(
            desk.db.uow(), desk.operator, sid, reason="", expected_version=paused.version
        )
    assert err.value.fields == ("status",)
    longer = subscriptions.pause_until(
        desk.db.uow(), desk.operator, sid, dt.date(2031, 3, 31),
        reason="退院が延びた", expected_version=paused.version, today=TODAY,
    )  # fmt: skip
    assert longer.paused_until == dt.date(2031, 3, 31) and longer.status == "paused"
    resumed = subscriptions.resume(
        desk.db.uow(), desk.operator, sid, dt.date(2031, 4, 5),
        reason="退院", expected_version=longer.version, today=TODAY,
    )  # fmt: skip
    assert (resumed.status, resumed.paused_until, resumed.next_ship_date) == (
        "active",
        None,
        dt.date(2031, 4, 5),
    )
    assert [(e.kind, e.detail) for e in events(desk, sid)] == [
        ("pause", "休止 2031-01-31まで（理由: 入院）"),
        ("pause", "休止 2031-01-31まで → 2031-03-31まで（理由: 退院が延びた）"),
        ("resume", "休止から再開 次回お届け日 2030-12-01 → 2031-04-05（理由: 退院）"),
    ]
    with pytest.raises(ValidationError) as err:  # active: nothing to resume
        subscriptions.resume(
            desk.db.uow(), desk.operator, sid, dt.date(2031, 5, 1),
            reason="", expected_version=resumed.version, today=TODAY,
        )  # fmt: skip
    assert err.value.fields == ("status",)


REFUSED: list[tuple[str, Change, str]] = [
    (
        "date in the past",
        by("change_next_ship_date", dt.date(2030, 11, 19), today=TODAY),
        "new_date",
    ),
    ("same date", by("change_next_ship_date", NEXT, today=TODAY), "new_date"),
    ("cycle too short", by("change_cycle", 14), "cycle_days"),
    ("cycle too long", by("change_cycle", 181), "cycle_days"),
    ("same cycle", by("change_cycle", 30), "cycle_days"),
    ("pause ending today", by("pause_until", TODAY, today=TODAY), "until"),
    ("resume when active", by("resume", dt.date(2030, 12, 5), today=TODAY), "status"),
    ("resume in the past", by("resume", dt.date(2030, 1, 5), today=TODAY), "next_ship_date"),
    ("no items", by("change_quantity", 0), "quantity"),
    ("too many", by("change_quantity", 11), "quantity"),
    ("same quantity", by("change_quantity", 1), "quantity"),
    ("not by subscription", by("change_product", "@sample"), "product_id"),
    ("no longer sold", by("change_product", "@retired"), "product_id"),
    ("no such product", by("change_product", ProductId(4242)), "product_id"),
    ("same product", by("change_product", "@product"), "product_id"),
]


@pytest.mark.parametrize(("change", "field"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_refused_changes_name_the_field_and_write_nothing(
    desk: Desk, change: Change, field: str
) -> None:
    sid = desk.subscription()
    before = desk.counts()
    with pytest.raises(ValidationError) as err:
        change(desk, sid, 1)
    assert err.value.fields == (field,)
    assert desk.counts() == before
    assert desk.get(Subscription, sid).version == 1


@pytest.mark.parametrize(("change",), [(c[1],) for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_a_cancelled_subscription_refuses_every_change(desk: Desk, change: Change) -> None:
    sid = desk.subscription(status="cancelled", next_ship_date=None)
    before = desk.counts()
    with pytest.raises(ValidationError) as err:
        change(desk, sid, 1)
    assert err.value.fields == ("status",)
    assert desk.counts() == before


@pytest.mark.parametrize(("change",), [(c[1],) for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_a_stale_version_is_a_conflict_with_the_current_values(desk: Desk, change: Change) -> None:
    sid = desk.subscription()
    theirs = subscriptions.change_quantity(
        desk.db.uow(), desk.other, sid, 3, reason="まとめて", expected_version=1
    )
    before = desk.counts()
    with pytest.raises(ConflictError) as err:
        change(desk, sid, 1)
    assert err.value.current == theirs and err.value.current.quantity == 3
    assert desk.counts() == before
    assert len(events(desk, sid)) == 1


def test_a_change_committed_between_load_and_save_is_a_conflict(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = desk.subscription()
    real_now = subscriptions.utc_now

    def now_and_race() -> dt.datetime:
        desk.concurrent_update(Subscription, sid, cycle_days=60)
        return real_now()

    monkeypatch.setattr(subscriptions, "utc_now", now_and_race)
    before = desk.counts()
    with pytest.raises(ConflictError) as err:
        subscriptions.skip_next(desk.db.uow(), desk.operator, sid, reason="", expected_version=1)
    assert err.value.current.cycle_days == 60 and err.value.current.version == 2
    assert desk.counts() == before
    monkeypatch.undo()
    assert desk.get(Subscription, sid).next_ship_date == NEXT


def test_a_failure_before_commit_changes_nothing(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = desk.subscription()

    def broken(*_args: Any) -> None:
        raise RuntimeError("connection lost")

    monkeypatch.setattr(subscriptions, "notify_customer_changed", broken)  # after every write
    before = desk.counts()
    with pytest.raises(RuntimeError):
        subscriptions.skip_next(desk.db.uow(), desk.operator, sid, reason="", expected_version=1)
    assert desk.counts() == before
    row = desk.get(Subscription, sid)
    assert (row.next_ship_date, row.version) == (NEXT, 1)


def test_unknown_subscription_is_a_clear_error(desk: Desk) -> None:
    with pytest.raises(NotFoundError, match="subscription id 777"):
        subscriptions.skip_next(
            desk.db.uow(), desk.operator, SubscriptionId(777), reason="", expected_version=1
        )


def test_products_to_choose_from(desk: Desk) -> None:
    products = subscriptions.list_products(desk.db.uow())
    assert [(p.sku, p.subscribable) for p in products] == [
        ("KN-30", True),
        ("KN-60", True),
        ("KN-S", False),
    ]
    assert products[1].id == desk.product_60 and products[1].days_of_supply == 60
