"""Typed ids: a CustomerId cannot be passed where an OrderId is expected (mypy checks it)."""

from __future__ import annotations

from typing import NewType

CustomerId = NewType("CustomerId", int)
OrderId = NewType("OrderId", int)
ProductId = NewType("ProductId", int)
SubscriptionId = NewType("SubscriptionId", int)
OperatorId = NewType("OperatorId", int)
ContactId = NewType("ContactId", int)
ComplaintId = NewType("ComplaintId", int)
VoiceId = NewType("VoiceId", int)
FollowUpId = NewType("FollowUpId", int)
