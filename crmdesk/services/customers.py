"""New customers, profile edits and the DM不要 / 電話不可 / 宛所不明 flags, one transaction each.

The edit form loads a ``CustomerEdit`` (the draft strings plus the row's ``version``) and saves
it back with ``expected_version``: when another operator saved the same customer in between,
the save raises ``ConflictError`` carrying what that operator saved, and writes nothing (issue 3:
"never a silent overwrite"). Every write is audited and announced to other workstations
(``notify_customer_changed``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Literal, get_args

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from crmdesk.domain.ids import CustomerId, OperatorId
from crmdesk.domain.model import PhoneKind, Rank
from crmdesk.domain.normalize import (
    NormalizationError,
    format_phone,
    format_postal_code,
    normalize_kana,
    normalize_name,
)
from crmdesk.domain.postal import PostalAddress, lookup_postal_code
from crmdesk.domain.readmodels import CustomerEdit
from crmdesk.domain.validation import (
    CustomerDraft,
    CustomerValues,
    clean_customer,
    draft_of,
    invalid,
)
from crmdesk.services._common import (
    audit,
    check_version,
    flush_or_conflict,
    operator_name,
    require_customer,
    require_operator,
    utc_now,
)
from crmdesk.store import followups as store_followups
from crmdesk.store.notify import notify_customer_changed
from crmdesk.store.schema import Customer, CustomerFlagChange, CustomerPhone
from crmdesk.store.uow import UnitOfWork

__all__ = [
    "CustomerFlag",
    "apply_customer_flag",
    "create_customer",
    "load_customer_edit",
    "postal_address",
    "set_customer_flag",
    "update_customer",
]

CustomerFlag = Literal["do_not_mail", "do_not_call", "do_not_email", "returned_mail"]
_FLAGS: tuple[str, ...] = get_args(CustomerFlag)
#: Stopping DM or calls is a legal record (特定商取引法): the reason for switching it on is kept.
_REASON_REQUIRED: frozenset[str] = frozenset({"do_not_mail", "do_not_call"})

#: 顧客番号: 'C' and 7 digits.
_CODE_PREFIX = "C"
_CODE_DIGITS = 7
#: PostgreSQL advisory lock taken while choosing the next customer code, so that two operators
#: creating customers at the same moment never pick the same number (any constant will do).
_CODE_LOCK_KEY = 0x63726D_636F6465  # "crm" "code"
#: Phone positions the form edits (phone1, phone2); imported extra phones stay untouched.
_FORM_PHONES = 2
_MOBILE_PREFIXES = ("060", "070", "080", "090")


def _postal_exists(code: str) -> bool:
    return lookup_postal_code(code) is not None


def postal_address(raw: str) -> PostalAddress | None:
    """The address part a postal code determines, for filling the form; None when unknown.

    Malformed input (as typed so far, e.g. ``'100-00'``) also gives None rather than an error:
    the form calls this while the operator types.
    """
    try:
        return lookup_postal_code(raw)
    except NormalizationError:
        return None


# ---------------------------------------------------------------------------------- read side


def _form_phones(session: Session, customer_id: int) -> list[CustomerPhone]:
    return list(
        session.scalars(
            select(CustomerPhone)
            .where(
                CustomerPhone.customer_id == customer_id,
                CustomerPhone.position < _FORM_PHONES,
            )
            .order_by(CustomerPhone.position, CustomerPhone.id)
        )
    )


def _display_phone(phone: CustomerPhone) -> str:
    try:
        return format_phone(phone.digits)
    except NormalizationError:  # imported data the rules do not accept: show it as stored
        return phone.number


def _draft_of_row(customer: Customer, phones: list[CustomerPhone]) -> CustomerDraft:
    numbers = [_display_phone(p) for p in phones[:_FORM_PHONES]] + ["", ""]
    postal = ""
    if customer.postal_code:
        try:
            postal = format_postal_code(customer.postal_code)
        except NormalizationError:
            postal = customer.postal_code
    return CustomerDraft(
        family_name=customer.family_name,
        given_name=customer.given_name,
        family_kana=customer.family_kana,
        given_kana=customer.given_kana,
        birth_date=customer.birth_date.isoformat() if customer.birth_date else "",
        gender=customer.gender,
        phone1=numbers[0],
        phone2=numbers[1],
        email=customer.email or "",
        postal_code=postal,
        prefecture=customer.prefecture,
        city=customer.city,
        street=customer.street,
        building=customer.building,
        note=customer.note,
    )


def _edit(session: Session, customer_id: int) -> CustomerEdit:
    customer = require_customer(session, customer_id)
    return CustomerEdit(
        customer_id=CustomerId(customer.id),
        code=customer.code,
        version=customer.version,
        draft=_draft_of_row(customer, _form_phones(session, customer.id)),
        do_not_mail=customer.do_not_mail,
        do_not_call=customer.do_not_call,
        do_not_email=customer.do_not_email,
        returned_mail=customer.returned_mail,
        updated_at=customer.updated_at,
        updated_by_name=operator_name(session, customer.updated_by),
    )


def load_customer_edit(uow: UnitOfWork, customer_id: CustomerId) -> CustomerEdit:
    """The customer as the edit form shows it, with the version to save against."""
    with uow:
        return _edit(uow.session, customer_id)


# --------------------------------------------------------------------------------- write side


def _apply(customer: Customer, values: CustomerValues) -> None:
    customer.family_name = values.family_name
    customer.given_name = values.given_name
    customer.family_kana = values.family_kana
    customer.given_kana = values.given_kana
    customer.name_norm = normalize_name(values.family_name + values.given_name)
    customer.kana_norm = normalize_kana(values.family_kana + values.given_kana)
    customer.birth_date = values.birth_date
    customer.gender = values.gender.value
    customer.email = values.email
    customer.email_norm = values.email_norm
    customer.postal_code = values.postal_code
    customer.prefecture = values.prefecture
    customer.city = values.city
    customer.street = values.street
    customer.building = values.building
    customer.note = values.note


def _add_phones(session: Session, customer_id: int, phones: tuple[str, ...]) -> None:
    for position, digits in enumerate(phones):
        session.add(
            CustomerPhone(
                customer_id=customer_id,
                kind=(
                    PhoneKind.MOBILE if digits.startswith(_MOBILE_PREFIXES) else PhoneKind.HOME
                ).value,
                number=format_phone(digits),
                digits=digits,
                last4=digits[-4:],
                position=position,
            )
        )


def _next_code(session: Session) -> str:
    """The next free 顧客番号 after the highest 'C' + 7-digit code in use.

    On PostgreSQL a transaction-level advisory lock serialises the choice between concurrent
    creations (released at commit or rollback). On SQLite one workstation writes; the unique
    index on ``code`` would refuse a duplicate rather than store it.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_CODE_LOCK_KEY)))
    lowest = _CODE_PREFIX + "0" * _CODE_DIGITS
    highest = _CODE_PREFIX + "9" * _CODE_DIGITS
    candidates = session.scalars(
        select(Customer.code)
        .where(
            Customer.code >= lowest,
            Customer.code <= highest,
            func.length(Customer.code) == len(lowest),
        )
        .order_by(Customer.code.desc())
        .limit(100)
    )
    top = next((int(c[1:]) for c in candidates if c[1:].isdigit()), 0)
    return f"{_CODE_PREFIX}{top + 1:0{_CODE_DIGITS}d}"


def create_customer(
    uow: UnitOfWork, operator_id: OperatorId, draft: CustomerDraft, *, today: dt.date
) -> CustomerId:
    """Save a new customer with the next customer code; ValidationError and nothing written if
    any field is wrong. ``today`` is the JST business date (for the birth-date check)."""
    values = clean_customer(draft, today=today, postal_exists=_postal_exists)
    with uow:
        s = uow.session
        require_operator(s, operator_id)
        now = utc_now()
        customer = Customer(
            code=_next_code(s),
            rank=Rank.NEW.value,
            created_at=now,
            created_by=operator_id,
            updated_at=now,
            updated_by=operator_id,
        )
        _apply(customer, values)
        s.add(customer)
        s.flush()
        _add_phones(s, customer.id, values.phones)
        new = draft_of(values)
        audit(
            s,
            operator_id,
            action="create",
            entity="customer",
            entity_id=customer.id,
            detail={
                "code": customer.code,
                "fields": [f.name for f in dataclasses.fields(new) if getattr(new, f.name)],
            },
            at=now,
        )
        notify_customer_changed(s, customer.id)
        s.flush()
        uow.commit()
        return CustomerId(customer.id)


def update_customer(
    uow: UnitOfWork,
    operator_id: OperatorId,
    customer_id: CustomerId,
    draft: CustomerDraft,
    *,
    expected_version: int,
    today: dt.date,
) -> CustomerEdit:
    """Save the edit form; ConflictError (with the other operator's values) on a stale version.

    Validation comes first (ValidationError, nothing written). A draft equal to what is stored
    writes nothing and returns the current edit. Otherwise the version goes up, phone1/phone2 are
    replaced (further imported phones are kept) and the audit row lists each changed field as
    ``[old, new]``.
    """
    values = clean_customer(draft, today=today, postal_exists=_postal_exists)
    with uow:
        s = uow.session
        require_operator(s, operator_id)
        customer = require_customer(s, customer_id)

        def current() -> CustomerEdit:
            return _edit(s, customer_id)

        what = f"Customer {customer.code}"
        check_version(customer.version, expected_version, what, current)
        phones = _form_phones(s, customer.id)
        old = _draft_of_row(customer, phones)
        new = draft_of(values)
        changes = {
            f.name: [getattr(old, f.name), getattr(new, f.name)]
            for f in dataclasses.fields(new)
            if getattr(old, f.name) != getattr(new, f.name)
        }
        if not changes:
            return current()
        now = utc_now()
        _apply(customer, values)
        customer.updated_at = now
        customer.updated_by = operator_id
        # The versioned UPDATE first, before any statement could autoflush it unguarded.
        flush_or_conflict(s, what, current)
        if tuple(p.digits for p in phones) != values.phones:
            s.execute(
                delete(CustomerPhone).where(
                    CustomerPhone.customer_id == customer.id,
                    CustomerPhone.position < _FORM_PHONES,
                )
            )
            _add_phones(s, customer.id, values.phones)
        audit(
            s,
            operator_id,
            action="update",
            entity="customer",
            entity_id=customer.id,
            detail={"changes": changes},
            at=now,
        )
        notify_customer_changed(s, customer.id)
        s.flush()
        edit = current()
        uow.commit()
        return edit


def set_customer_flag(
    uow: UnitOfWork,
    operator_id: OperatorId,
    customer_id: CustomerId,
    *,
    flag: CustomerFlag,
    value: bool,
    reason: str,
) -> CustomerEdit:
    """Switch DM不要 / 電話不可 / メール不可 / 宛所不明 on or off, with the history row.

    Switching ``do_not_mail`` or ``do_not_call`` on needs a reason (ValidationError at
    ``reason``). The flag's ``*_at``/``*_by`` columns say since when and by whom it is on (cleared
    when it goes off; the history keeps both). Setting a flag to the value it already has writes
    nothing. The customer's version goes up, so an edit form open elsewhere gets a conflict.
    """
    if flag not in _FLAGS:
        raise invalid("flag", f"{flag!r} is not one of {', '.join(_FLAGS)}")
    reason_text = reason.strip()
    if value and flag in _REASON_REQUIRED and not reason_text:
        raise invalid("reason", "is required when switching this flag on", "required")
    with uow:
        s = uow.session
        require_operator(s, operator_id)
        customer = require_customer(s, customer_id)

        def current() -> CustomerEdit:
            return _edit(s, customer_id)

        if getattr(customer, flag) == value:
            return current()
        apply_customer_flag(s, operator_id, customer, flag=flag, value=value, reason=reason_text)
        notify_customer_changed(s, customer.id)
        s.flush()
        edit = current()
        uow.commit()
        return edit


def apply_customer_flag(
    session: Session,
    operator_id: OperatorId,
    customer: Customer,
    *,
    flag: CustomerFlag,
    value: bool,
    reason: str,
    at: dt.datetime | None = None,
) -> None:
    """Switch a flag inside the caller's transaction: the columns, the history row, the audit.

    The one path every flag change takes (the customer form, and a follow-up call where the
    customer asked not to be called). ``reason`` is stored as given; the caller checks it.
    A concurrent edit of the customer becomes a ConflictError (nothing written).
    """
    s = session
    customer_id = customer.id

    def current() -> CustomerEdit:
        return _edit(s, CustomerId(customer_id))

    now = at or utc_now()
    setattr(customer, flag, value)
    setattr(customer, f"{flag}_at", now if value else None)
    if flag != "returned_mail":  # the table has no returned_mail_by column
        setattr(customer, f"{flag}_by", operator_id if value else None)
    customer.updated_at = now
    customer.updated_by = operator_id
    flush_or_conflict(s, f"Customer {customer.code}", current)
    s.add(
        CustomerFlagChange(
            customer_id=customer.id,
            flag=flag,
            value=value,
            reason=reason,
            operator_id=operator_id,
            at=now,
        )
    )
    closed = store_followups.close_for_flag(s, customer.id, flag, now) if value else 0
    audit(
        s,
        operator_id,
        action="flag",
        entity="customer",
        entity_id=customer.id,
        detail={"flag": flag, "value": value, "reason": reason}
        | ({"follow_ups_closed": closed} if closed else {}),
        at=now,
    )
