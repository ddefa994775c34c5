"""Tests for crmdesk.domain.validation: every rule of the customer form, at the right field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.domain.errors import ConflictError, CrmdeskError
from crmdesk.domain.model import Gender
from crmdesk.domain.validation import (
    PREFECTURES,
    CustomerDraft,
    FieldError,
    ValidationError,
    clean_customer,
    draft_of,
    invalid,
    parse_birth_date,
    required_text,
    validate_customer,
)

TODAY = dt.date(2026, 3, 1)
KNOWN_CODES = {"1000001", "0600001"}

GOOD = CustomerDraft(
    family_name="山田",
    given_name="花子",
    family_kana="やまだ",
    given_kana="ﾊﾅｺ",
    birth_date="1968/4/2",
    gender="female",
    phone1="０９０−１２３４−５６７８",
    phone2="(03)3333-4444",
    email="Hanako@Example.jp",
    postal_code="〒100-0001",
    prefecture="東京都",
    city="千代田区",
    street="千代田1-1",
    building="",
    note="午前中希望",
)


def exists(code: str) -> bool:
    return code in KNOWN_CODES


def errors_of(**changes: str) -> tuple[FieldError, ...]:
    return validate_customer(
        dataclasses.replace(GOOD, **changes), today=TODAY, postal_exists=exists
    )


def fields_of(**changes: str) -> list[str]:
    return [e.field for e in errors_of(**changes)]


def test_a_good_draft_has_no_errors_and_cleans_to_canonical_values() -> None:
    assert errors_of() == ()
    values = clean_customer(GOOD, today=TODAY, postal_exists=exists)
    assert values.family_kana == "ヤマダ" and values.given_kana == "ハナコ"
    assert values.birth_date == dt.date(1968, 4, 2)
    assert values.gender is Gender.FEMALE
    assert values.phones == ("09012345678", "0333334444")
    assert values.email == "Hanako@Example.jp" and values.email_norm == "hanako@example.jp"
    assert values.postal_code == "1000001"
    assert values.note == "午前中希望"


def test_draft_of_renders_display_forms_and_round_trips() -> None:
    values = clean_customer(GOOD, today=TODAY, postal_exists=exists)
    draft = draft_of(values)
    assert draft.phone1 == "090-1234-5678" and draft.phone2 == "03-3333-4444"
    assert draft.postal_code == "100-0001" and draft.birth_date == "1968-04-02"
    assert draft.family_kana == "ヤマダ"
    assert clean_customer(draft, today=TODAY, postal_exists=exists) == values
    assert draft_of(clean_customer(draft, today=TODAY, postal_exists=exists)) == draft


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"phone1": "090-12ab-5678"}, "phone1", "invalid"),
        ({"phone1": "090-1234-567"}, "phone1", "invalid"),  # 10 digits for a mobile
        ({"phone1": "+1 212 555 0100"}, "phone1", "invalid"),
        ({"phone2": "03-3333-444x"}, "phone2", "invalid"),
        ({"phone2": "090 1234 5678"}, "phone2", "duplicate"),
        ({"phone1": "", "phone2": ""}, "phone1", "required"),
        ({"postal_code": "999-9999"}, "postal_code", "not_found"),
        ({"postal_code": "100-00"}, "postal_code", "invalid"),
        ({"postal_code": "abc-defg"}, "postal_code", "invalid"),
        ({"family_name": ""}, "family_name", "required"),
        ({"family_name": " \u3000 "}, "family_name", "required"),
        ({"family_name": "山" * 51}, "family_name", "too_long"),
        ({"family_kana": ""}, "family_kana", "required"),
        ({"family_kana": "山田"}, "family_kana", "invalid"),
        ({"given_kana": "hanako"}, "given_kana", "invalid"),
        ({"birth_date": "2026-03-02"}, "birth_date", "future"),
        ({"birth_date": "2099/01/01"}, "birth_date", "future"),
        ({"birth_date": "02/04/1968"}, "birth_date", "invalid"),
        ({"birth_date": "1968.04.02"}, "birth_date", "invalid"),
        ({"birth_date": "昭和43年4月2日"}, "birth_date", "invalid"),
        ({"birth_date": "19680402"}, "birth_date", "invalid"),
        ({"birth_date": "1968-13-01"}, "birth_date", "invalid"),
        ({"birth_date": "1967-02-29"}, "birth_date", "invalid"),
        ({"birth_date": "1899-12-31"}, "birth_date", "out_of_range"),
        ({"email": "hanako@example"}, "email", "invalid"),
        ({"email": "hanako example.jp"}, "email", "invalid"),
        ({"gender": "f"}, "gender", "invalid"),
        ({"prefecture": "東京"}, "prefecture", "invalid"),
        ({"street": "1" * 101}, "street", "too_long"),
    ],
)
def test_each_rule_names_its_field(changes: dict[str, str], field: str, code: str) -> None:
    found = errors_of(**changes)
    assert [(e.field, e.code) for e in found] == [(field, code)]
    assert found[0].message
    with pytest.raises(ValidationError) as err:
        clean_customer(dataclasses.replace(GOOD, **changes), today=TODAY, postal_exists=exists)
    assert err.value.fields == (field,)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "1968-04-02",
        "1968/04/02",
        "1968/4/2",
        "１９６８／０４／０２",
        " 1968-4-2 ",
        "2026-03-01",
    ],
)
def test_accepted_birth_date_forms(typed: str) -> None:
    expected = None
    if typed:
        expected = dt.date(2026, 3, 1) if "2026" in typed else dt.date(1968, 4, 2)
    assert parse_birth_date(typed, today=TODAY) == expected


def test_optional_fields_may_be_empty() -> None:
    assert (
        errors_of(
            given_name="",
            given_kana="",
            birth_date="",
            gender="",
            phone2="",
            email="",
            postal_code="",
            prefecture="",
            city="",
            street="",
            note="",
        )
        == ()
    )
    values = clean_customer(
        dataclasses.replace(
            GOOD, gender="", email="", postal_code="", phone1="", phone2="0312345678"
        ),
        today=TODAY,
        postal_exists=exists,
    )
    assert values.gender is Gender.UNKNOWN
    assert values.email is None and values.postal_code is None
    assert values.phones == ("0312345678",)  # phone2 alone becomes the first phone


def test_postal_existence_is_asked_only_for_well_formed_codes() -> None:
    asked: list[str] = []

    def spy(code: str) -> bool:
        asked.append(code)
        return True

    draft = dataclasses.replace(GOOD, postal_code="１００−０００１")
    assert validate_customer(draft, today=TODAY, postal_exists=spy) == ()
    validate_customer(
        dataclasses.replace(GOOD, postal_code="100-000x"), today=TODAY, postal_exists=spy
    )
    assert asked == ["1000001"]


def test_all_errors_are_reported_at_once_in_form_order() -> None:
    found = errors_of(
        family_name="", phone1="090-12ab-5678", postal_code="999-9999", birth_date="2030-01-01"
    )
    assert [e.field for e in found] == ["family_name", "birth_date", "phone1", "postal_code"]
    err = ValidationError(found)
    assert err.code == "E302" and isinstance(err, CrmdeskError)
    for name in ("family_name", "birth_date", "phone1", "postal_code"):
        assert name in str(err)
    assert str(err).endswith("[E302]")


def test_small_helpers() -> None:
    assert required_text("  話した内容 ", "summary") == "話した内容"
    with pytest.raises(ValidationError) as err:
        required_text(" ", "summary")
    assert err.value.errors == (FieldError("summary", "is required", "required"),)
    with pytest.raises(ValidationError) as err:
        required_text("abcd", "display_name", max_length=3)
    assert err.value.errors[0].code == "too_long"
    assert invalid("quantity", "too many", "out_of_range").fields == ("quantity",)
    assert len(PREFECTURES) == 47 and len(set(PREFECTURES)) == 47


def test_conflict_error_carries_the_current_record() -> None:
    err = ConflictError("changed by another operator", current={"city": "横浜市"})
    assert err.code == "E203" and err.current == {"city": "横浜市"}
    assert isinstance(err, CrmdeskError)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from([f.name for f in dataclasses.fields(CustomerDraft)]),
    text=st.text(max_size=30),
)
def test_any_text_in_any_field_gives_errors_not_exceptions(field: str, text: str) -> None:
    draft = dataclasses.replace(GOOD, **{field: text})
    found = validate_customer(draft, today=TODAY, postal_exists=lambda _code: True)
    assert all(isinstance(e, FieldError) and e.message for e in found)
    if not found:
        values = clean_customer(draft, today=TODAY, postal_exists=lambda _code: True)
        assert (
            clean_customer(draft_of(values), today=TODAY, postal_exists=lambda _c: True) == values
        )
