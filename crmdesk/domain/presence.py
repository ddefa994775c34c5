"""Who else has a customer open: the board every desk keeps from its colleagues' announcements.

On a shared database each desk announces which customer it shows (and that it still does, every
:data:`HEARTBEAT_S` seconds); a desk that stops announcing — closed, crashed, network gone —
drops off after :data:`EXPIRY_S`. The board is plain data: the transport (PostgreSQL NOTIFY)
and the clock are the caller's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

#: How often a desk repeats what it shows.
HEARTBEAT_S = 30.0
#: A desk not heard from for this long is taken to have closed the customer.
EXPIRY_S = 3 * HEARTBEAT_S


@dataclass(frozen=True)
class PresenceNote:
    """One desk's announcement: who, which desk session, which customer (None: nobody)."""

    desk: str  # a random id per running desk
    operator_id: int
    operator_name: str
    customer_id: int | None
    #: True when the desk asks the others to announce themselves now (it just started).
    hello: bool = False
    #: True when the desk is closing: forget it at once.
    bye: bool = False

    def to_payload(self) -> str:
        """The NOTIFY payload (JSON, well under PostgreSQL's 8000-byte limit)."""
        return json.dumps(
            {
                "d": self.desk,
                "o": self.operator_id,
                "n": self.operator_name[:100],
                "c": self.customer_id,
                "h": self.hello,
                "b": self.bye,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_payload(cls, payload: str) -> PresenceNote | None:
        """The note in ``payload``; None for anything malformed (never trust the wire)."""
        try:
            data = json.loads(payload)
            customer = data["c"]
            if customer is not None and not isinstance(customer, int):
                return None
            return cls(
                desk=str(data["d"]),
                operator_id=int(data["o"]),
                operator_name=str(data["n"]),
                customer_id=customer,
                hello=bool(data.get("h", False)),
                bye=bool(data.get("b", False)),
            )
        except (ValueError, KeyError, TypeError):
            return None


class PresenceBoard:
    """The last note of every other desk, with when it was heard."""

    def __init__(self, own_desk: str) -> None:
        self.own_desk = own_desk
        self._notes: dict[str, tuple[PresenceNote, float]] = {}

    def hear(self, note: PresenceNote, now: float) -> bool:
        """Take ``note`` heard at ``now`` (seconds); True if what the board shows changed."""
        if note.desk == self.own_desk:
            return False
        before = self._notes.get(note.desk)
        if note.bye:
            return self._notes.pop(note.desk, None) is not None
        self._notes[note.desk] = (note, now)
        return before is None or before[0].customer_id != note.customer_id

    def expire(self, now: float) -> bool:
        """Forget desks not heard from for :data:`EXPIRY_S`; True if any was forgotten."""
        stale = [desk for desk, (_, at) in self._notes.items() if now - at > EXPIRY_S]
        for desk in stale:
            del self._notes[desk]
        return bool(stale)

    def others_on(self, customer_id: int, now: float) -> list[str]:
        """The names of the other operators who have ``customer_id`` open, sorted, no repeats."""
        return sorted(
            {
                note.operator_name
                for note, at in self._notes.values()
                if note.customer_id == customer_id and now - at <= EXPIRY_S
            }
        )
