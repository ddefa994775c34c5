"""Finding the caller and opening the customer card: the operator's first action on every call."""

from __future__ import annotations

from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.ids import CustomerId
from crmdesk.domain.normalize import normalize_kana, normalize_phone
from crmdesk.domain.readmodels import CustomerCard, CustomerSummary, TimelineEntry
from crmdesk.domain.search import plan_search
from crmdesk.store import queries
from crmdesk.store.uow import UnitOfWork


def find_customers(uow: UnitOfWork, query: str, *, limit: int = 20) -> list[CustomerSummary]:
    """Everything the search box understands, best match first, at most ``limit`` customers.

    Exact identifiers (customer code, order number, full phone number, email) rank above
    prefix matches (kana, name), which rank above matches inside a name, reading or address;
    a customer appears once.
    """
    plan = plan_search(query)
    if plan.empty:
        return []
    found: list[CustomerId] = []

    def add(ids: list[CustomerId]) -> None:
        for cid in ids:
            if cid not in found:
                found.append(cid)

    with uow:
        s = uow.session
        if plan.exact_token:
            add(queries.find_by_code(s, plan.exact_token))
            add(queries.find_by_order_number(s, plan.exact_token))
        if plan.phone_digits:
            add(queries.find_by_phone_digits(s, plan.phone_digits, limit))
        if plan.email:
            add(queries.find_by_email(s, plan.email, limit))
        if plan.postal_code and len(found) < limit:
            add(queries.find_by_postal_code(s, plan.postal_code, limit))
        if plan.last4 and len(found) < limit:
            add(queries.find_by_phone_last4(s, plan.last4, limit))
        if plan.kana_prefix and len(found) < limit:
            add(queries.find_by_kana_prefix(s, plan.kana_prefix, limit))
        if plan.name_prefix and len(found) < limit:
            add(queries.find_by_name_prefix(s, plan.name_prefix, limit))
        if plan.substring and len(found) < limit:
            # Asks for as many as may be duplicates of the hits above, to still fill the list.
            add(queries.find_by_substring(s, plan.substring, limit + len(found)))
        return queries.summaries(s, found[:limit])


def lookup_phone(uow: UnitOfWork, raw: str, *, limit: int = 20) -> list[CustomerSummary]:
    """Customers with this phone number (any written form; NormalizationError if not a number)."""
    digits = normalize_phone(raw)
    with uow:
        return queries.phone_summaries(uow.session, digits, limit)


def lookup_kana_prefix(uow: UnitOfWork, raw: str, *, limit: int = 20) -> list[CustomerSummary]:
    """Customers whose reading starts with ``raw`` (hiragana, half-width kana or katakana)."""
    prefix = normalize_kana(raw)
    with uow:
        return queries.kana_prefix_summaries(uow.session, prefix, limit)


def lookup_name_substring(uow: UnitOfWork, raw: str, *, limit: int = 20) -> list[CustomerSummary]:
    """Customers whose name, reading or address contains ``raw`` (2+ characters; shorter text
    is a name/reading prefix search)."""
    with uow:
        ids = queries.find_by_substring(uow.session, raw, limit)
        return queries.summaries(uow.session, ids)


def lookup_customer_code(uow: UnitOfWork, code: str) -> list[CustomerSummary]:
    """The customer with this 顧客番号."""
    with uow:
        ids = queries.find_by_code(uow.session, code.strip().upper())
        return queries.summaries(uow.session, ids)


def lookup_order_number(uow: UnitOfWork, order_number: str) -> list[CustomerSummary]:
    """The customer who placed this order."""
    with uow:
        ids = queries.find_by_order_number(uow.session, order_number.strip().upper())
        return queries.summaries(uow.session, ids)


def customer_card(
    uow: UnitOfWork, customer_id: CustomerId, *, timeline_limit: int = 100
) -> CustomerCard:
    """The card with the newest timeline entries; NotFoundError if the customer is gone."""
    with uow:
        card = queries.customer_card(uow.session, customer_id, timeline_limit=timeline_limit)
    if card is None:
        raise NotFoundError(f"customer id {customer_id} does not exist")
    return card


def timeline_page(
    uow: UnitOfWork, customer_id: CustomerId, *, offset: int, limit: int = 100
) -> list[TimelineEntry]:
    """The next ``limit`` timeline entries after ``offset`` (the timeline view fetches lazily)."""
    with uow:
        return queries.timeline(uow.session, customer_id, offset=offset, limit=limit)
