"""Customer voices: publication consent goes with an agreed display name; the suggested name."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.domain.ids import CustomerId
from crmdesk.domain.model import TimelineKind
from crmdesk.domain.readmodels import CustomerCard, CustomerSummary
from crmdesk.domain.validation import ValidationError
from crmdesk.services import lookup, voices
from crmdesk.store.schema import CustomerVoice
from tests.services.support import Desk, desk_fixture

desk = desk_fixture()


def record(desk: Desk, customer_id: CustomerId, **overrides: Any) -> int:
    kwargs: dict[str, Any] = {
        "text": "飲み始めて3か月、朝がとても楽になりました。",
        "consent": True,
        "display_name": "50代・女性・東京都 H.Y様",
        "tags": "体調,継続",
    }
    kwargs.update(overrides)
    return voices.record_voice(desk.db.uow(), desk.operator, customer_id, **kwargs)


def test_a_consented_voice_keeps_its_display_name_and_shows_on_the_timeline(desk: Desk) -> None:
    cid = desk.customer()
    vid = record(desk, cid)
    row = desk.get(CustomerVoice, vid)
    assert row.consent and row.consent_at is not None and row.consent_at.tzinfo is not None
    assert (row.display_name, row.tags, row.operator_id) == (
        "50代・女性・東京都 H.Y様",
        "体調,継続",
        desk.operator,
    )
    [entry] = lookup.customer_card(desk.db.uow(), cid).timeline
    assert (entry.kind, entry.ref_id, entry.title) == (
        TimelineKind.VOICE,
        vid,
        "50代・女性・東京都 H.Y様",
    )
    [audit] = desk.audit_rows("customer_voice", vid)
    assert audit.operator_id == desk.operator
    assert json.loads(audit.detail) == {"consent": True, "display_name": "50代・女性・東京都 H.Y様"}


def test_without_consent_no_display_name_is_kept(desk: Desk) -> None:
    cid = desk.customer()
    vid = record(desk, cid, consent=False, display_name="50代・女性・東京都 H.Y様")
    row = desk.get(CustomerVoice, vid)
    assert not row.consent and row.consent_at is None and row.display_name == ""


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"display_name": ""}, "display_name"),
        ({"display_name": "　"}, "display_name"),
        ({"display_name": "様" * 101}, "display_name"),
        ({"text": ""}, "text"),
        ({"text": "  ", "consent": False}, "text"),
        ({"tags": "x" * 201}, "tags"),
    ],
)
def test_consent_needs_a_display_name_and_text_is_required(
    desk: Desk, overrides: dict[str, Any], field: str
) -> None:
    cid = desk.customer()
    before = desk.counts()
    with pytest.raises(ValidationError) as err:
        record(desk, cid, **overrides)
    assert err.value.fields == (field,)
    assert desk.counts() == before


def test_a_failure_after_the_write_leaves_no_voice(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = desk.customer()

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(voices, "audit", broken)
    with pytest.raises(RuntimeError):
        record(desk, cid)
    assert desk.rows(select(CustomerVoice).where(CustomerVoice.customer_id == cid)) == []


def test_the_suggested_display_name_of_a_real_card(desk: Desk) -> None:
    cid = desk.customer(
        family_name="佐藤",
        given_name="恵子",
        family_kana="サトウ",
        given_kana="ケイコ",
        birth_date=dt.date(1972, 10, 5),
        prefecture="東京都",
    )
    card = lookup.customer_card(desk.db.uow(), cid)
    assert voices.suggest_display_name(card, dt.date(2026, 3, 1)) == "50代・女性・東京都 K.S様"


# ------------------------------------------------------------------ pure: no database needed


def card(
    *, kana: str = "サトウ ケイコ", address: str = "東京都千代田区千代田1-1", **kw: Any
) -> CustomerCard:
    summary = CustomerSummary(
        id=CustomerId(1),
        code="C0000001",
        name="佐藤 恵子",
        kana=kana,
        phones=(),
        email=None,
        postal_code=None,
        address=address,
        rank="regular",
        do_not_mail=False,
        do_not_call=False,
        returned_mail=False,
    )
    values: dict[str, Any] = {"birth_date": dt.date(1972, 10, 5), "gender": "female"}
    values.update(kw)
    return CustomerCard(summary=summary, version=1, subscriptions=(), open_complaints=0, **values)


TODAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        (card(), "50代・女性・東京都 K.S様"),
        (card(birth_date=dt.date(1990, 3, 1)), "30代・女性・東京都 K.S様"),
        (card(birth_date=dt.date(1990, 3, 2)), "30代・女性・東京都 K.S様"),
        (card(birth_date=dt.date(1996, 3, 2)), "20代・女性・東京都 K.S様"),
        (
            card(gender="male", kana="タナカ シンジ", address="神奈川県横浜市"),
            "50代・男性・神奈川県 S.T様",
        ),
        (card(gender="unknown", birth_date=None, address=""), "K.S様"),
        (card(kana="チバ フミ", address="北海道札幌市"), "50代・女性・北海道 F.C様"),
        (card(kana="ジョウ ", address="京都府京都市"), "50代・女性・京都府 J様"),
        (card(kana=" ", address="", birth_date=None, gender="other"), "お客様"),
    ],
)
def test_suggest_display_name(shown: CustomerCard, expected: str) -> None:
    assert voices.suggest_display_name(shown, TODAY) == expected


@pytest.mark.parametrize(
    ("kana", "initial"),
    [
        ("ケイコ", "K"), ("シンジ", "S"), ("チアキ", "C"), ("ツヨシ", "T"), ("フミ", "F"),
        ("ジュン", "J"), ("ヂ", "J"), ("ヅ", "Z"), ("キョウコ", "K"), ("ショウ", "S"),
        ("ヲ", "O"), ("ヴィ", "V"), ("アイ", "A"), ("ユウ", "Y"), ("リョウ", "R"),
        ("ガク", "G"), ("ダイ", "D"), ("バン", "B"), ("ペー", "P"), ("ワカ", "W"),
        ("ミキ", "M"), ("ナオ", "N"), ("ヒロ", "H"), ("エミ", "E"), ("ウミ", "U"),
        ("イチ", "I"), ("オサム", "O"), ("ゼン", "Z"), ("", ""), ("山田", ""),
    ],
)  # fmt: skip
def test_initial_of_kana(kana: str, initial: str) -> None:
    assert voices.initial_of_kana(kana) == initial
