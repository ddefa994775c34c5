"""The desk tests' customers: one database per test module, each test on its own customer.

Tests that write (record a call, open a complaint, save the profile) each use a customer no
other test touches, so a module can share one database and stay fast.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crmdesk.domain.ids import CustomerId, OperatorId
from crmdesk.services.database import Database
from tests.conftest import add_customer

# The business date of every desk test (ages, follow-up dates).
TODAY = dt.date(2026, 11, 23)
# Events of the customer with a long history (lazy fetching).
LONG_HISTORY = 1_000


@dataclass(frozen=True)
class DeskWorld:
    """Ids of the customers and operators the desk tests use."""

    operator: OperatorId
    supervisor: OperatorId
    hanako: CustomerId  # C0000001 山田花子 090-1234-5678, 電話不可: search, call log
    ichiro: CustomerId  # C0000002 佐藤一郎, DM不要・宛所不明, gold, a subscription
    misaki: CustomerId  # C0000003 田中美咲: complaint flow
    long: CustomerId  # C0000004 鈴木長太郎: 1,000 contacts and one flag change, oldest
    kenji: CustomerId  # C0000005 高橋健二: profile edits and conflicts
    yoko: CustomerId  # C0000006 伊藤陽子, VIP with a paused subscription: flags, voice
    product: int


def build_desk_world(database: Database) -> DeskWorld:
    """Fill an empty database with the desk tests' customers, orders and history."""
    from crmdesk.store.schema import (
        Contact,
        CustomerFlagChange,
        Operator,
        Order,
        Product,
        Subscription,
    )

    start = dt.datetime(2025, 1, 6, 1, 0, tzinfo=dt.UTC)
    with database.uow() as uow:
        s = uow.session
        op = Operator(login="op01", name="佐々木", role="admin", active=True, created_at=start)
        sv = Operator(login="sv01", name="鈴木SV", role="supervisor", active=True, created_at=start)
        s.add_all([op, sv])
        s.flush()
        hanako = add_customer(s, phones=["090-1234-5678"], do_not_call=True)
        ichiro = add_customer(
            s,
            code="C0000002",
            family_name="佐藤",
            given_name="一郎",
            family_kana="サトウ",
            given_kana="イチロウ",
            email="ichiro@example.jp",
            phones=["03-3123-4567", "080-2222-3333"],
            postal_code="5300001",
            prefecture="大阪府",
            city="大阪市北区",
            street="梅田1-1-1",
            building="梅田ビル12F",
            rank="gold",
            gender="male",
            birth_date=dt.date(1955, 7, 1),
            do_not_mail=True,
            returned_mail=True,
        )
        misaki = add_customer(
            s,
            code="C0000003",
            family_name="田中",
            given_name="美咲",
            family_kana="タナカ",
            given_kana="ミサキ",
            phones=["06-6123-9876"],
            rank="new",
        )
        long = add_customer(
            s,
            code="C0000004",
            family_name="鈴木",
            given_name="長太郎",
            family_kana="スズキ",
            given_kana="チョウタロウ",
            phones=["011-222-3333"],
            gender="male",
        )
        kenji = add_customer(
            s,
            code="C0000005",
            family_name="高橋",
            given_name="健二",
            family_kana="タカハシ",
            given_kana="ケンジ",
            phones=["092-111-2222"],
            postal_code="8100001",
            prefecture="福岡県",
            city="福岡市中央区",
            street="天神1-1",
            gender="male",
        )
        yoko = add_customer(
            s,
            code="C0000006",
            family_name="伊藤",
            given_name="陽子",
            family_kana="イトウ",
            given_kana="ヨウコ",
            phones=["045-123-4567"],
            postal_code="2310001",
            prefecture="神奈川県",
            city="横浜市中区",
            street="新港1-1",
            rank="vip",
            birth_date=dt.date(1972, 3, 3),
        )
        product = Product(
            sku="KV-30",
            name="黒酢にんにく 30日分",
            price_yen=3980,
            subscription_price_yen=3580,
            subscribable=True,
            days_of_supply=30,
        )
        bigger = Product(
            sku="KV-60",
            name="黒酢にんにく 60日分",
            price_yen=7480,
            subscription_price_yen=6780,
            subscribable=True,
            days_of_supply=60,
        )
        s.add_all([product, bigger])
        s.flush()
        sub = Subscription(
            customer_id=ichiro,
            product_id=product.id,
            quantity=1,
            cycle_days=30,
            next_ship_date=dt.date(2026, 12, 1),
            status="active",
            delivery_count=5,
            started_at=start,
            updated_at=start,
        )
        paused = Subscription(
            customer_id=yoko,
            product_id=bigger.id,
            quantity=2,
            cycle_days=60,
            next_ship_date=None,
            status="paused",
            paused_until=dt.date(2027, 1, 31),
            delivery_count=12,
            started_at=start,
            updated_at=start,
        )
        s.add_all([sub, paused])
        s.flush()
        for n in range(1, 6):
            s.add(
                Order(
                    order_number=f"O{n:09d}",
                    customer_id=ichiro,
                    subscription_id=sub.id,
                    channel="subscription",
                    delivery_number=n,
                    status="delivered",
                    subtotal_yen=3580,
                    tax_yen=286,
                    total_yen=3866,
                    ordered_at=start + dt.timedelta(days=30 * n),
                )
            )
        s.add(
            CustomerFlagChange(
                customer_id=long,
                flag="do_not_mail",
                value=False,
                reason="テスト用の最古の記録",
                operator_id=op.id,
                at=start - dt.timedelta(days=1),
            )
        )
        s.add_all(
            Contact(
                customer_id=long,
                direction="inbound" if i % 3 else "outbound",
                channel="phone",
                category="inquiry",
                operator_id=op.id,
                summary=f"問い合わせ {i + 1} 件目",
                duration_s=60,
                contacted_at=start + dt.timedelta(hours=i),
            )
            for i in range(LONG_HISTORY)
        )
        s.add(
            Contact(
                customer_id=hanako,
                direction="inbound",
                channel="phone",
                category="inquiry",
                operator_id=op.id,
                summary="初回のお問い合わせ。\n2行目: 配送日の確認。",
                duration_s=120,
                contacted_at=start,
            )
        )
        uow.commit()
        return DeskWorld(
            operator=OperatorId(op.id),
            supervisor=OperatorId(sv.id),
            hanako=CustomerId(hanako),
            ichiro=CustomerId(ichiro),
            misaki=CustomerId(misaki),
            long=CustomerId(long),
            kenji=CustomerId(kenji),
            yoko=CustomerId(yoko),
            product=int(product.id),
        )
