"""LiveDesk's routing of what the listener hears (no server needed: the wire is PostgreSQL's,
tested end to end in tests/gui/test_live.py)."""

from __future__ import annotations

from pathlib import Path

from crmdesk.domain.ids import OperatorId
from crmdesk.domain.presence import EXPIRY_S, PresenceNote
from crmdesk.domain.readmodels import OperatorView
from crmdesk.services.database import open_database
from crmdesk.services.live import LiveDesk, supports_live_updates
from crmdesk.store.notify import CUSTOMER_CHANNEL, PRESENCE_CHANNEL


def test_changes_and_presence_reach_the_callbacks(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "live.sqlite3"))
    changed: list[int] = []
    presence: list[None] = []
    now = [100.0]
    try:
        assert not supports_live_updates(db)
        me = OperatorView(OperatorId(1), "sato", "佐藤", "operator")
        live = LiveDesk(
            db,
            me,
            on_customer_changed=changed.append,
            on_presence_changed=lambda: presence.append(None),
            clock=lambda: now[0],
        )
        live._heard(CUSTOMER_CHANNEL, "42")
        live._heard(CUSTOMER_CHANNEL, "not-an-id")  # never trust the wire
        assert changed == [42]

        other = PresenceNote("desk-b", 2, "伊藤", 42, hello=True)
        live._heard(PRESENCE_CHANNEL, other.to_payload())
        live._heard(PRESENCE_CHANNEL, "{broken")
        assert live.others_on(42) == ["伊藤"] and len(presence) == 1
        # My own announcement coming back is not another operator.
        live._heard(PRESENCE_CHANNEL, PresenceNote(live.desk_id, 1, "佐藤", 42).to_payload())
        assert live.others_on(42) == ["伊藤"]

        now[0] += EXPIRY_S + 1
        live.expire()
        assert live.others_on(42) == [] and len(presence) == 2
    finally:
        db.close()
