"""New customers, profile edits, conflicts between operators and the DM/call flags (issue 3)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.domain.errors import ConflictError, NotFoundError
from crmdesk.domain.ids import CustomerId, OperatorId
from crmdesk.domain.model import TimelineKind
from crmdesk.domain.readmodels import CustomerEdit
from crmdesk.domain.validation import CustomerDraft, ValidationError
from crmdesk.services import customers, lookup
from crmdesk.store.notify import CUSTOMER_CHANNEL, notify_customer_changed
from crmdesk.store.schema import AuditLog, Customer, CustomerFlagChange, CustomerPhone
from tests.services.support import Desk, desk_fixture, libpq

desk = desk_fixture()

TODAY = dt.date(2026, 3, 1)
NOT_A_FLAG: Any = "vip"


def draft(n: int, **changes: str) -> CustomerDraft:
    """A valid new-customer form with phone numbers of its own."""
    base = CustomerDraft(
        family_name="佐藤",
        given_name="恵子",
        family_kana="さとう",
        given_kana="けいこ",
        birth_date="1972/10/5",
        gender="female",
        phone1=f"０８０−５{n:03d}−{n:04d}",
        email=f"keiko{n}@example.jp",
        postal_code="060-0001",
        prefecture="北海道",
        city="札幌市中央区",
        street="北一条西1-1",
    )
    return dataclasses.replace(base, **changes)


def create(desk: Desk, n: int, **changes: str) -> CustomerId:
    return customers.create_customer(desk.db.uow(), desk.operator, draft(n, **changes), today=TODAY)


def save(desk: Desk, edit: CustomerEdit, operator: OperatorId, **changes: str) -> CustomerEdit:
    return customers.update_customer(
        desk.db.uow(),
        operator,
        edit.customer_id,
        dataclasses.replace(edit.draft, **changes),
        expected_version=edit.version,
        today=TODAY,
    )


# ----------------------------------------------------------------------------------- create


def test_a_new_customer_is_on_the_card_and_found_by_phone_and_kana(desk: Desk) -> None:
    cid = create(desk, 1, phone2="03-5555-0001")
    card = lookup.customer_card(desk.db.uow(), cid)
    s = card.summary
    assert s.code.startswith("C") and len(s.code) == 8 and s.code[1:].isdigit()
    assert s.name == "佐藤 恵子" and s.kana == "サトウ ケイコ"
    assert s.phones == ("080-5001-0001", "03-5555-0001")
    assert s.postal_code == "0600001" and s.address == "北海道札幌市中央区北一条西1-1"
    assert card.birth_date == dt.date(1972, 10, 5) and card.gender == "female"
    assert card.version == 1
    for typed in ("080-5001-0001", "08050010001", "+81 80 5001 0001", "03-5555-0001"):
        assert cid in [h.id for h in lookup.find_customers(desk.db.uow(), typed)]
    assert cid in [h.id for h in lookup.find_customers(desk.db.uow(), "さとう けいこ")]
    assert cid in [h.id for h in lookup.find_customers(desk.db.uow(), s.code.lower())]
    assert cid in [h.id for h in lookup.find_customers(desk.db.uow(), "KEIKO1@example.jp")]

    row = desk.get(Customer, cid)
    assert row.created_by == desk.operator and row.updated_by == desk.operator
    assert row.kana_norm == "サトウケイコ" and row.name_norm == "佐藤恵子"
    assert row.email_norm == "keiko1@example.jp" and row.rank == "new"
    phones = desk.rows(
        select(CustomerPhone)
        .where(CustomerPhone.customer_id == cid)
        .order_by(CustomerPhone.position)
    )
    assert [(p.number, p.digits, p.last4, p.kind) for p in phones] == [
        ("080-5001-0001", "08050010001", "0001", "mobile"),
        ("03-5555-0001", "0355550001", "0001", "home"),
    ]
    [entry] = desk.audit_rows("customer", cid)
    assert entry.operator_id == desk.operator and entry.action == "create"
    assert json.loads(entry.detail)["code"] == s.code


def test_codes_follow_the_highest_code_in_use(desk: Desk) -> None:
    first = lookup.customer_card(desk.db.uow(), create(desk, 2)).summary.code
    second = lookup.customer_card(desk.db.uow(), create(desk, 3)).summary.code
    assert int(second[1:]) == int(first[1:]) + 1
    desk.customer(code="C0500000")  # imported from the cart with its own numbering
    desk.customer(code="C05000X1")  # not a number: ignored
    third = lookup.customer_card(desk.db.uow(), create(desk, 4)).summary.code
    assert third == "C0500001"


def test_load_edit_gives_the_draft_back_in_display_form(desk: Desk) -> None:
    cid = create(desk, 5, given_kana="ｹｲｺ", postal_code="〒０６０−０００１", building="札幌ビル 3F")
    edit = customers.load_customer_edit(desk.db.uow(), cid)
    assert edit.customer_id == cid and edit.version == 1
    assert edit.draft == draft(
        5,
        family_kana="サトウ",
        given_kana="ケイコ",
        birth_date="1972-10-05",
        phone1="080-5005-0005",
        postal_code="060-0001",
        building="札幌ビル 3F",
    )
    assert edit.updated_by_name == "佐藤" and edit.updated_at.tzinfo is not None
    assert not (edit.do_not_mail or edit.do_not_call or edit.do_not_email or edit.returned_mail)
    with pytest.raises(NotFoundError):
        customers.load_customer_edit(desk.db.uow(), CustomerId(987654))


BAD_INPUT = [
    ({"phone1": "080-12ab-5678"}, "phone1"),
    ({"postal_code": "999-9999"}, "postal_code"),
    ({"family_name": ""}, "family_name"),
    ({"birth_date": "2026-03-02"}, "birth_date"),
    ({"birth_date": "5/10/1972"}, "birth_date"),
]


@pytest.mark.parametrize(("changes", "field"), BAD_INPUT)
def test_bad_input_on_create_names_the_field_and_saves_nothing(
    desk: Desk, changes: dict[str, str], field: str
) -> None:
    before = desk.counts()
    with pytest.raises(ValidationError) as err:
        create(desk, 6, **changes)
    assert err.value.fields == (field,)
    assert desk.counts() == before


@pytest.mark.parametrize(("changes", "field"), BAD_INPUT)
def test_bad_input_on_update_names_the_field_and_saves_nothing(
    desk: Desk, changes: dict[str, str], field: str
) -> None:
    cid = desk.customer()
    edit = customers.load_customer_edit(desk.db.uow(), cid)
    before = desk.counts()
    with pytest.raises(ValidationError) as err:
        save(desk, edit, desk.operator, **changes)
    assert err.value.fields == (field,)
    assert desk.counts() == before
    assert customers.load_customer_edit(desk.db.uow(), cid) == edit


def test_unknown_operator_or_customer_writes_nothing(desk: Desk) -> None:
    before = desk.counts()
    with pytest.raises(NotFoundError, match="operator"):
        customers.create_customer(desk.db.uow(), OperatorId(9999), draft(7), today=TODAY)
    with pytest.raises(NotFoundError, match="customer"):
        customers.update_customer(
            desk.db.uow(),
            desk.operator,
            CustomerId(9999),
            draft(7),
            expected_version=1,
            today=TODAY,
        )
    assert desk.counts() == before


def test_a_failure_after_the_first_write_leaves_no_half_customer(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(customers, "audit", broken)  # after the customer and phone rows
    before = desk.counts()
    with pytest.raises(RuntimeError):
        create(desk, 8)
    assert desk.counts() == before
    assert lookup.find_customers(desk.db.uow(), "080-5008-0008") == []


# ----------------------------------------------------------------------------------- update


def test_update_saves_bumps_the_version_replaces_phones_and_audits_old_and_new(desk: Desk) -> None:
    cid = create(desk, 9)
    edit = customers.load_customer_edit(desk.db.uow(), cid)
    saved = save(
        desk,
        edit,
        desk.other,
        phone1="090 6009 0009",
        phone2="011-222-3333",
        city="札幌市北区",
        street="北七条西2-2",
    )
    assert saved.version == edit.version + 1
    assert saved.updated_by_name == "伊藤"
    assert saved.draft.phone1 == "090-6009-0009" and saved.draft.phone2 == "011-222-3333"
    assert saved.draft.city == "札幌市北区"
    assert customers.load_customer_edit(desk.db.uow(), cid) == saved
    assert lookup.find_customers(desk.db.uow(), "080-5009-0009") == []
    assert [h.id for h in lookup.find_customers(desk.db.uow(), "090-6009-0009")] == [cid]
    assert cid in [h.id for h in lookup.find_customers(desk.db.uow(), "0112223333")]
    _created, update_row = desk.audit_rows("customer", cid)
    assert update_row.operator_id == desk.other and update_row.action == "update"
    assert json.loads(update_row.detail)["changes"] == {
        "phone1": ["080-5009-0009", "090-6009-0009"],
        "phone2": ["", "011-222-3333"],
        "city": ["札幌市中央区", "札幌市北区"],
        "street": ["北一条西1-1", "北七条西2-2"],
    }


def test_update_keeps_imported_phones_beyond_the_two_of_the_form(desk: Desk) -> None:
    cid = desk.customer(phones=["090-1111-0001", "03-1111-0002", "06-1111-0003"])
    edit = customers.load_customer_edit(desk.db.uow(), cid)
    assert (edit.draft.phone1, edit.draft.phone2) == ("090-1111-0001", "03-1111-0002")
    save(desk, edit, desk.operator, phone2="")
    card = lookup.customer_card(desk.db.uow(), cid)
    assert card.summary.phones == ("090-1111-0001", "06-1111-0003")


def test_saving_an_unchanged_form_writes_nothing(desk: Desk) -> None:
    cid = create(desk, 10)
    edit = customers.load_customer_edit(desk.db.uow(), cid)
    before = desk.counts()
    again = save(desk, edit, desk.operator, phone1="080 5010 0010", family_kana="さとう")
    assert again == edit
    assert desk.counts() == before


def test_two_operators_saving_the_same_customer_give_the_second_a_conflict(desk: Desk) -> None:
    cid = create(desk, 11)
    mine = customers.load_customer_edit(desk.db.uow(), cid)
    theirs = customers.load_customer_edit(desk.db.uow(), cid)
    saved = save(desk, theirs, desk.other, city="旭川市", street="1条通1丁目")
    before = desk.counts()
    with pytest.raises(ConflictError) as err:
        save(desk, mine, desk.operator, building="マンション101", note="上書きしないで")
    assert err.value.code == "E203"
    current = err.value.current
    assert isinstance(current, CustomerEdit)
    assert current == saved
    assert current.draft.city == "旭川市" and current.updated_by_name == "伊藤"
    assert current.version == mine.version + 1
    assert desk.counts() == before
    now = customers.load_customer_edit(desk.db.uow(), cid)
    assert now == saved and now.draft.building == "" and now.draft.note == ""
    # Reloaded, the same edit goes through.
    merged = save(desk, current, desk.operator, building="マンション101")
    assert merged.draft.city == "旭川市" and merged.draft.building == "マンション101"


def test_a_change_committed_between_load_and_save_is_a_conflict_too(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = create(desk, 12)
    edit = customers.load_customer_edit(desk.db.uow(), cid)
    real_now = customers.utc_now

    def now_and_race() -> dt.datetime:
        # Called after the version check, before the flush: another desk commits just then.
        desk.concurrent_update(Customer, cid, city="函館市")
        return real_now()

    monkeypatch.setattr(customers, "utc_now", now_and_race)
    before = desk.counts()
    with pytest.raises(ConflictError) as err:
        save(desk, edit, desk.operator, city="小樽市", phone1="090-6012-0012")
    assert err.value.current.draft.city == "函館市"
    assert err.value.current.version == edit.version + 1
    assert desk.counts() == before
    monkeypatch.undo()
    assert customers.load_customer_edit(desk.db.uow(), cid).draft.phone1 == "080-5012-0012"


def test_a_failure_before_commit_leaves_the_customer_as_it_was(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = create(desk, 13)
    edit = customers.load_customer_edit(desk.db.uow(), cid)

    def broken(*_args: Any) -> None:
        raise RuntimeError("connection lost")

    monkeypatch.setattr(customers, "notify_customer_changed", broken)  # after every write
    before = desk.counts()
    with pytest.raises(RuntimeError):
        save(desk, edit, desk.operator, phone1="090-6013-0013", city="小樽市")
    assert desk.counts() == before
    assert customers.load_customer_edit(desk.db.uow(), cid) == edit


# ------------------------------------------------------------------------------------ flags


def test_flags_write_history_and_show_on_the_timeline_and_in_search(desk: Desk) -> None:
    cid = desk.customer()
    edit = customers.set_customer_flag(
        desk.db.uow(), desk.operator, cid, flag="do_not_mail", value=True, reason="DM停止のご依頼"
    )
    assert edit.do_not_mail and edit.version == 2 and edit.updated_by_name == "佐藤"
    row = desk.get(Customer, cid)
    assert row.do_not_mail_by == desk.operator and row.do_not_mail_at is not None
    [hit] = lookup.find_customers(desk.db.uow(), row.code)
    assert hit.do_not_mail

    customers.set_customer_flag(
        desk.db.uow(), desk.other, cid, flag="do_not_mail", value=False, reason="再開のご希望"
    )
    customers.set_customer_flag(
        desk.db.uow(), desk.other, cid, flag="returned_mail", value=True, reason=""
    )
    row = desk.get(Customer, cid)
    assert not row.do_not_mail and row.do_not_mail_at is None and row.do_not_mail_by is None
    assert row.returned_mail and row.returned_mail_at is not None

    history = desk.rows(
        select(CustomerFlagChange)
        .where(CustomerFlagChange.customer_id == cid)
        .order_by(CustomerFlagChange.id)
    )
    assert [(h.flag, h.value, h.reason, h.operator_id) for h in history] == [
        ("do_not_mail", True, "DM停止のご依頼", desk.operator),
        ("do_not_mail", False, "再開のご希望", desk.other),
        ("returned_mail", True, "", desk.other),
    ]
    card = lookup.customer_card(desk.db.uow(), cid)
    flags = [(e.title, e.detail) for e in card.timeline if e.kind is TimelineKind.FLAG]
    assert flags == [
        ("returned_mail on", ""),
        ("do_not_mail off", "再開のご希望"),
        ("do_not_mail on", "DM停止のご依頼"),
    ]
    assert [(a.action, a.operator_id) for a in desk.audit_rows("customer", cid)] == [
        ("flag", desk.operator),
        ("flag", desk.other),
        ("flag", desk.other),
    ]


@pytest.mark.parametrize("flag", ["do_not_mail", "do_not_call"])
def test_stopping_mail_or_calls_needs_a_reason(desk: Desk, flag: Any) -> None:
    cid = desk.customer()
    before = desk.counts()
    with pytest.raises(ValidationError) as err:
        customers.set_customer_flag(
            desk.db.uow(), desk.operator, cid, flag=flag, value=True, reason=" "
        )
    assert err.value.fields == ("reason",)
    assert desk.counts() == before
    assert not getattr(desk.get(Customer, cid), flag)


def test_setting_a_flag_to_its_value_writes_nothing(desk: Desk) -> None:
    cid = desk.customer(do_not_call=True)
    edit = customers.load_customer_edit(desk.db.uow(), cid)
    before = desk.counts()
    again = customers.set_customer_flag(
        desk.db.uow(), desk.operator, cid, flag="do_not_call", value=True, reason="再度のご依頼"
    )
    assert again == edit and desk.counts() == before
    with pytest.raises(ValidationError) as err:
        customers.set_customer_flag(
            desk.db.uow(), desk.operator, cid, flag=NOT_A_FLAG, value=True, reason=""
        )
    assert err.value.fields == ("flag",)


def test_a_flag_change_makes_an_open_edit_form_stale(desk: Desk) -> None:
    cid = desk.customer()
    edit = customers.load_customer_edit(desk.db.uow(), cid)
    customers.set_customer_flag(
        desk.db.uow(), desk.other, cid, flag="do_not_email", value=True, reason=""
    )
    with pytest.raises(ConflictError) as err:
        save(desk, edit, desk.operator, city="小樽市")
    assert err.value.current.do_not_email and err.value.current.updated_by_name == "伊藤"


def test_a_failed_flag_change_leaves_no_history(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = desk.customer()

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(customers, "audit", broken)
    before = desk.counts()
    with pytest.raises(RuntimeError):
        customers.set_customer_flag(
            desk.db.uow(), desk.operator, cid, flag="do_not_mail", value=True, reason="ご依頼"
        )
    assert desk.counts() == before
    assert not desk.get(Customer, cid).do_not_mail


# ---------------------------------------------------------------------------- postal, notify


def test_postal_address_fills_the_form(desk: Desk) -> None:
    found = customers.postal_address("〒100-0001")
    assert found is not None
    assert (found.prefecture, found.city, found.town) == ("東京都", "千代田区", "千代田")
    assert customers.postal_address("999-9999") is None
    assert customers.postal_address("100-00") is None


def test_customer_changes_are_announced_after_commit_only(desk: Desk) -> None:
    if desk.backend != "postgresql":
        with desk.db.uow() as uow:  # a no-op on SQLite: nothing to listen to
            notify_customer_changed(uow.session, 1)
        return
    import psycopg

    with psycopg.connect(libpq(desk.url), autocommit=True) as listener:
        listener.execute(f"LISTEN {CUSTOMER_CHANNEL}")
        cid = create(desk, 14)
        got = [n for n in listener.notifies(timeout=5, stop_after=1)]
        assert [(n.channel, n.payload) for n in got] == [(CUSTOMER_CHANNEL, str(cid))]

        with pytest.raises(ValidationError):  # refused: nothing announced
            customers.set_customer_flag(
                desk.db.uow(), desk.operator, cid, flag="do_not_call", value=True, reason=""
            )
        with desk.db.uow() as uow:  # queued but rolled back: nothing announced
            notify_customer_changed(uow.session, cid)
        assert list(listener.notifies(timeout=0.3, stop_after=1)) == []

        customers.set_customer_flag(
            desk.db.uow(), desk.operator, cid, flag="do_not_call", value=True, reason="ご依頼"
        )
        got = list(listener.notifies(timeout=5, stop_after=1))
        assert [n.payload for n in got] == [str(cid)]


def test_every_audit_row_names_an_operator(desk: Desk) -> None:
    assert desk.rows(select(AuditLog).where(AuditLog.operator_id.is_(None))) == []
