"""Finding the caller and opening the card, on SQLite and PostgreSQL, through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.ids import CustomerId
from crmdesk.domain.model import TimelineKind
from crmdesk.domain.normalize import NormalizationError
from crmdesk.services import lookup
from crmdesk.services.database import Database, open_database
from crmdesk.store.schema import Contact, CustomerFlagChange, Order, Product
from tests.conftest import add_customer

T0 = dt.datetime(2026, 3, 1, 0, 0, tzinfo=dt.UTC)


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = open_database(db_target)
    with database.uow() as uow:
        s = uow.session
        hanako = add_customer(s, phones=["090-1234-5678", "03-3333-4444"])
        add_customer(
            s,
            code="C0000002",
            family_name="山本",
            given_name="太郎",
            family_kana="ヤマモト",
            given_kana="タロウ",
            email="Taro@Example.JP",
            phones=["080-9999-5678"],
            postal_code="0600001",
            do_not_call=True,
        )
        add_customer(
            s,
            code="C0000003",
            family_name="佐藤",
            given_name="恵子",
            family_kana="サトウ",
            given_kana="ケイコ",
            email=None,
            phones=["06-6123-4567"],
            returned_mail=True,
        )
        product = Product(
            sku="KN-30", name="黒酢にんにく粒", price_yen=3980, days_of_supply=30, subscribable=True
        )
        s.add(product)
        s.flush()
        for k in range(250):
            s.add(
                Order(
                    order_number=f"2026-{k:08d}",
                    customer_id=hanako,
                    channel="web",
                    status="delivered",
                    subtotal_yen=3980,
                    total_yen=4378,
                    tax_yen=398,
                    ordered_at=T0 + dt.timedelta(days=k),
                )
            )
        for k in range(30):
            s.add(
                Contact(
                    customer_id=hanako,
                    direction="inbound",
                    channel="phone",
                    category="inquiry",
                    summary=f"問い合わせ {k}",
                    contacted_at=T0 + dt.timedelta(days=2 * k, hours=1),
                )
            )
        s.add(
            CustomerFlagChange(
                customer_id=hanako,
                flag="do_not_mail",
                value=True,
                reason="お電話でDM停止のご依頼",
                at=T0 + dt.timedelta(days=400),
            )
        )
        uow.commit()
    yield database
    database.close()


def codes(hits: list[object]) -> list[str]:
    return [h.code for h in hits]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "typed",
    [
        "090-1234-5678",
        "０９０−１２３４−５６７８",
        "090 1234 5678",
        "+81 90-1234-5678",
        "(03)3333-4444",
    ],
)
def test_phone_in_any_form_finds_the_caller(db: Database, typed: str) -> None:
    assert codes(lookup.find_customers(db.uow(), typed)) == ["C0000001"]
    assert codes(lookup.lookup_phone(db.uow(), typed)) == ["C0000001"]


def test_phone_with_letters_is_refused_with_the_field_named(db: Database) -> None:
    with pytest.raises(NormalizationError) as err:
        lookup.lookup_phone(db.uow(), "090-12ab-5678")
    assert err.value.field == "phone"


def test_last_four_digits_find_every_customer_ending_so(db: Database) -> None:
    assert set(codes(lookup.find_customers(db.uow(), "5678"))) == {"C0000001", "C0000002"}


@pytest.mark.parametrize("typed", ["ヤマ", "やま", "ﾔﾏ", "ヤマダ ハナコ", "やまだ　はなこ"])
def test_kana_prefix_in_any_script(db: Database, typed: str) -> None:
    hits = codes(lookup.find_customers(db.uow(), typed))
    assert hits[0] == "C0000001"
    if typed in ("ヤマ", "やま", "ﾔﾏ"):
        assert hits == ["C0000001", "C0000002"]  # ヤマダ before ヤマモト


def test_kana_prefix_service_is_ordered_and_limited(db: Database) -> None:
    assert codes(lookup.lookup_kana_prefix(db.uow(), "ヤマ", limit=1)) == ["C0000001"]
    assert lookup.lookup_kana_prefix(db.uow(), "ン") == []


@pytest.mark.parametrize("typed", ["山田花子", "山田 花子", "山田"])
def test_kanji_name_with_or_without_space(db: Database, typed: str) -> None:
    assert codes(lookup.find_customers(db.uow(), typed))[0] == "C0000001"


def test_exact_identifiers(db: Database) -> None:
    assert codes(lookup.find_customers(db.uow(), "c0000002")) == ["C0000002"]
    assert codes(lookup.lookup_customer_code(db.uow(), "C0000003")) == ["C0000003"]
    assert codes(lookup.find_customers(db.uow(), "2026-00000007")) == ["C0000001"]
    assert codes(lookup.lookup_order_number(db.uow(), "2026-00000007")) == ["C0000001"]
    assert codes(lookup.find_customers(db.uow(), "taro@example.jp")) == ["C0000002"]
    assert codes(lookup.find_customers(db.uow(), "〒060-0001")) == ["C0000002"]
    assert lookup.find_customers(db.uow(), "C9999999") == []
    assert lookup.find_customers(db.uow(), "   ") == []


def test_summary_carries_flags_and_all_phones(db: Database) -> None:
    [taro] = lookup.find_customers(db.uow(), "C0000002")
    assert taro.do_not_call and not taro.do_not_mail and not taro.returned_mail
    [hanako] = lookup.find_customers(db.uow(), "C0000001")
    assert hanako.phones == ("090-1234-5678", "03-3333-4444")
    assert hanako.name == "山田 花子" and hanako.kana == "ヤマダ ハナコ"
    assert hanako.address == "東京都千代田区千代田1-1"


def test_card_timeline_is_newest_first_and_pages_without_gaps(db: Database) -> None:
    [hanako] = lookup.find_customers(db.uow(), "C0000001")
    card = lookup.customer_card(db.uow(), hanako.id, timeline_limit=100)
    assert card.summary.code == "C0000001"
    assert card.age(dt.date(2026, 11, 23)) == 58
    assert len(card.timeline) == 100
    times = [e.at for e in card.timeline]
    assert times == sorted(times, reverse=True)
    assert all(t.tzinfo is not None for t in times)
    assert card.timeline[0].kind is TimelineKind.FLAG
    assert card.timeline[0].title == "do_not_mail on"
    assert card.timeline[0].detail == "お電話でDM停止のご依頼"
    assert card.timeline[1].kind is TimelineKind.ORDER
    assert card.timeline[1].title == "2026-00000249"

    pages = []
    offset = 0
    while page := lookup.timeline_page(db.uow(), hanako.id, offset=offset, limit=64):
        pages.extend(page)
        offset += len(page)
    assert len(pages) == 250 + 30 + 1
    assert len({(e.kind, e.ref_id) for e in pages}) == 281
    assert [e.at for e in pages] == sorted((e.at for e in pages), reverse=True)
    assert sum(e.kind is TimelineKind.CONTACT for e in pages) == 30


def test_card_of_missing_customer_is_a_clear_error(db: Database) -> None:
    with pytest.raises(NotFoundError, match="customer id 424242"):
        lookup.customer_card(db.uow(), CustomerId(424242))


def test_one_statement_lookups_give_whole_summaries_in_order_also_read_only(
    db: Database,
) -> None:
    """The phone and kana lookups fetch ids and summaries in one statement, through the
    autocommit unit of work the desk uses: same hits, same order, every phone."""
    for uow in (db.uow(), db.read_uow()):
        kana = lookup.lookup_kana_prefix(uow, "ヤマ")
        assert [(h.code, h.kana) for h in kana] == [
            ("C0000001", "ヤマダ ハナコ"),
            ("C0000002", "ヤマモト タロウ"),
        ]
    hit = lookup.lookup_phone(db.read_uow(), "03-3333-4444")
    assert [(h.code, h.phones) for h in hit] == [("C0000001", ("090-1234-5678", "03-3333-4444"))]
    assert lookup.lookup_phone(db.read_uow(), "03-9999-0000") == []
