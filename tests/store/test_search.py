"""Substring search of names, readings and addresses, on SQLite (FTS5) and PostgreSQL (pg_trgm)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import delete, select, text, update

from crmdesk.services import lookup
from crmdesk.services.database import Database, open_database
from crmdesk.store import queries
from crmdesk.store.schema import Customer, CustomerPhone
from tests.conftest import add_customer


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = open_database(db_target)
    with database.uow() as uow:
        s = uow.session
        add_customer(s)  # 山田 花子 ヤマダ ハナコ, 東京都千代田区千代田1-1
        add_customer(
            s,
            code="C0000002",
            family_name="花岡",
            given_name="一郎",
            family_kana="ハナオカ",
            given_kana="イチロウ",
            email=None,
            phones=["06-6123-4567"],
            postal_code="5300001",
            prefecture="大阪府",
            city="大阪市北区",
            street="梅田１－２－３",
            building="グランドメゾン梅田　１２０３",
        )
        add_customer(
            s,
            code="C0000003",
            family_name="O'Hara",
            given_name="Mary_Ann",
            family_kana="オハラ",
            given_kana="メアリーアン",
            email=None,
            phones=["011-222-3333"],
            postal_code="0600001",
            prefecture="北海道",
            city="札幌市中央区",
            street="北1条西100%",
            building='"AND" OR *NEAR',
        )
        uow.commit()
    yield database
    database.close()


def codes(hits: list[object]) -> list[str]:
    return [h.code for h in hits]  # type: ignore[attr-defined]


def substring(db: Database, typed: str) -> list[str]:
    return sorted(codes(lookup.lookup_name_substring(db.uow(), typed)))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("花子", ["C0000001"]),  # a kanji given name: two characters
        ("田花子", ["C0000001"]),  # across family and given name
        ("ナコ", ["C0000001"]),  # inside the reading
        ("なこ", ["C0000001"]),  # hiragana finds the katakana reading
        ("ﾊﾅｺ", ["C0000001"]),  # half-width kana
        ("千代田", ["C0000001"]),
        ("代田区千代", ["C0000001"]),  # across city and street
        ("北区", ["C0000002"]),  # a two-character address part
        ("梅田1-2", ["C0000002"]),  # full-width digits and dash stored, ASCII typed
        ("梅田１−２", ["C0000002"]),  # ... and the other way round (U+2212 from an IME)
        ("メゾン梅田1203", ["C0000002"]),  # the space in the building name is not needed
        ("ハナ", ["C0000001", "C0000002"]),  # ハナコ and ハナオカ
        ("花", ["C0000002"]),  # one character: a prefix search (花岡), not inside 山田花子
        ("子", []),
        ("オハラ", ["C0000003"]),
        ("o'hara", ["C0000003"]),
        ("O'HARA", ["C0000003"]),
        ("y_ann", ["C0000003"]),
        ("100%", ["C0000003"]),
        ('"and"', ["C0000003"]),
        ("*near", ["C0000003"]),
        ("or*", ["C0000003"]),
    ],
)
def test_substring_of_name_reading_or_address(
    db: Database, typed: str, expected: list[str]
) -> None:
    assert substring(db, typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "'",
        "%",
        "%%%",
        "_",
        "__",
        "\\",
        "*",
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "a AND b",
        "山田 OR 佐藤",
        "^花",
        "{name}:",
        "name:花子",
        "-",
        "(",
        ")",
        "\x1f",
        "花\x1f",
        "\U0010ffff\U0010ffff",
    ],
)
def test_query_syntax_is_never_interpreted(db: Database, typed: str) -> None:
    # Nothing raises, and nothing matches that does not literally contain the text.
    hits = lookup.lookup_name_substring(db.uow(), typed)
    assert len(hits) <= 3
    lookup.find_customers(db.uow(), typed)
    assert "C0000001" not in codes(hits) or "花" in typed


def test_wildcards_are_literal(db: Database) -> None:
    # '%' and '_' would match anything in LIKE; '*' is a prefix operator in FTS5.
    assert substring(db, "田%子") == []
    assert substring(db, "田_子") == []
    assert substring(db, "ハナ*") == []
    assert substring(db, "0%") == ["C0000003"]


def test_short_queries_fall_back_to_prefix_search(db: Database) -> None:
    with db.uow() as uow:
        s = uow.session
        assert queries.find_by_substring(s, "") == []
        assert queries.find_by_substring(s, "   ") == []
        assert set(queries.find_by_substring(s, "ハ")) == {2}  # ハナオカ starts with ハ
        assert queries.find_by_substring(s, "は") == [2]  # hiragana is folded for the reading
        assert queries.find_by_substring(s, "コ") == []  # inside ハナコ only: not a prefix
        assert queries.find_by_substring(s, "o") == [3]


def test_limit_is_respected(db: Database) -> None:
    with db.uow() as uow:
        assert len(queries.find_by_substring(uow.session, "ハナ", limit=1)) == 1
        assert len(queries.find_by_substring(uow.session, "ハナ", limit=2)) == 2


def test_updates_and_deletes_keep_the_index_in_sync(db: Database) -> None:
    with db.uow() as uow:
        hanako = uow.session.scalars(select(Customer).where(Customer.code == "C0000001")).one()
        hanako.given_name = "桃子"
        hanako.given_kana = "モモコ"
        hanako.name_norm = "山田桃子"
        hanako.kana_norm = "ヤマダモモコ"
        hanako.city = "港区"
        hanako.street = "芝公園4-2-8"
        uow.commit()
    assert substring(db, "花子") == []
    assert substring(db, "ナコ") == []
    assert substring(db, "千代田") == []
    assert substring(db, "桃子") == ["C0000001"]
    assert substring(db, "モモコ") == ["C0000001"]
    assert substring(db, "港区芝公園") == ["C0000001"]
    assert substring(db, "港区") == ["C0000001"]

    with db.uow() as uow:
        # A raw SQL update (another tool, a batch job) is followed by the index too.
        uow.session.execute(
            update(Customer)
            .where(Customer.code == "C0000002")
            .values(name_norm="鈴木一郎", kana_norm="スズキイチロウ")
        )
        uow.commit()
    assert substring(db, "花岡") == []
    assert substring(db, "鈴木") == ["C0000002"]
    assert substring(db, "スズキイチ") == ["C0000002"]

    with db.uow() as uow:
        uow.session.execute(delete(CustomerPhone).where(CustomerPhone.customer_id == 1))
        uow.session.execute(delete(Customer).where(Customer.code == "C0000001"))
        uow.commit()
    assert substring(db, "桃子") == []
    assert substring(db, "港区") == []
    assert substring(db, "鈴木") == ["C0000002"]


def test_new_customers_are_found_at_once(db: Database) -> None:
    with db.uow() as uow:
        add_customer(
            uow.session,
            code="C0000004",
            family_name="佐藤",
            given_name="花子",
            family_kana="サトウ",
            given_kana="ハナコ",
            email=None,
            phones=["03-1111-2222"],
            city="世田谷区",
            street="玉川1-1",
        )
        uow.commit()
    assert substring(db, "花子") == ["C0000001", "C0000004"]
    assert substring(db, "世田谷") == ["C0000004"]


def test_address_norm_is_filled_on_every_orm_write(db: Database) -> None:
    with db.uow() as uow:
        ichiro = uow.session.scalars(select(Customer).where(Customer.code == "C0000002")).one()
        assert ichiro.address_norm == "大阪府大阪市北区梅田1-2-3グランドメゾン梅田1203"
        ichiro.building = ""
        uow.commit()
    with db.uow() as uow:
        stored = uow.session.scalar(
            select(Customer.address_norm).where(Customer.code == "C0000002")
        )
        assert stored == "大阪府大阪市北区梅田1-2-3"


def test_best_match_first_exact_then_prefix_then_substring(db: Database) -> None:
    with db.uow() as uow:
        s = uow.session
        # ハナ: prefix of ハナダ (4) and ハナオカ (2), inside ハナコ (1).
        add_customer(
            s,
            code="C0000004",
            family_name="花田",
            given_name="次郎",
            family_kana="ハナダ",
            given_kana="ジロウ",
            email=None,
            phones=["03-1111-2222"],
            city="新宿区",
            street="西新宿2-8-1",
        )
        # A customer whose code is also part of someone's address: the exact hit first.
        add_customer(
            s,
            code="HANA",
            family_name="高橋",
            given_name="和夫",
            family_kana="タカハシ",
            given_kana="カズオ",
            email=None,
            phones=["03-1111-3333"],
            city="新宿区",
            street="西新宿2-8-1",
            building="HANAハイツ",
        )
        uow.commit()
    hits = codes(lookup.find_customers(db.uow(), "ハナ"))
    assert hits[:2] == ["C0000002", "C0000004"]  # prefix matches, in reading order
    assert hits[2:] == ["C0000001"]  # then the substring match
    assert len(hits) == len(set(hits))
    hits = codes(lookup.find_customers(db.uow(), "hana"))
    assert hits[0] == "HANA"
    assert hits.count("HANA") == 1
    assert codes(lookup.find_customers(db.uow(), "花子")) == ["C0000001"]
    assert codes(lookup.find_customers(db.uow(), "千代田")) == ["C0000001"]


def test_the_index_objects_exist_only_where_they_belong(db: Database) -> None:
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            names = set(
                conn.scalars(
                    text("SELECT name FROM sqlite_master WHERE name LIKE 'customer_search%'")
                )
            )
            assert {
                "customer_search",
                "customer_search_vocab",
                "customer_search_ai",
                "customer_search_ad",
                "customer_search_au",
            } <= names
        else:
            indexes = set(
                conn.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'customers'"))
            )
            assert {"ix_customers_search_trgm", "ix_customers_search_bigrams"} <= indexes
