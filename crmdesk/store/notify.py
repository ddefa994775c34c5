"""Telling other operators' open windows that a customer changed (PostgreSQL LISTEN/NOTIFY).

A service that changes a customer (the card, a flag, a call, a complaint, a subscription …) calls
``notify_customer_changed`` inside its transaction. PostgreSQL queues the notification and
delivers it to every session that has run ``LISTEN crmdesk_customer`` only when the transaction
commits, so a rolled-back action announces nothing; duplicates within one transaction are
folded into one. SQLite has no such mechanism and a SQLite database has one workstation, so the
call is a no-op there.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

#: The channel a listener subscribes to; the payload is the customer id in decimal.
CUSTOMER_CHANNEL = "crmdesk_customer"


def notify_customer_changed(session: Session, customer_id: int) -> None:
    """Queue ``customer_id`` on the ``crmdesk_customer`` channel, delivered at commit."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(select(func.pg_notify(CUSTOMER_CHANNEL, str(int(customer_id)))))
