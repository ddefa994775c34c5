"""The presence board: who else has a customer open, with heartbeats, expiry and goodbyes."""

from __future__ import annotations

from crmdesk.domain.presence import EXPIRY_S, PresenceBoard, PresenceNote


def note(desk: str, customer: int | None, name: str = "伊藤", **kw: bool) -> PresenceNote:
    return PresenceNote(desk=desk, operator_id=2, operator_name=name, customer_id=customer, **kw)


def test_another_desk_on_the_same_customer_is_shown_and_my_own_desk_never() -> None:
    board = PresenceBoard("me")
    assert board.hear(note("a", 7), now=0.0)
    assert not board.hear(note("me", 7, "佐藤"), now=0.0)
    assert board.others_on(7, now=1.0) == ["伊藤"]
    assert board.others_on(8, now=1.0) == []


def test_moving_to_another_customer_and_saying_goodbye_update_the_board() -> None:
    board = PresenceBoard("me")
    board.hear(note("a", 7), now=0.0)
    assert not board.hear(note("a", 7), now=30.0)  # a heartbeat changes nothing shown
    assert board.hear(note("a", 8), now=31.0)
    assert board.others_on(7, now=31.0) == []
    assert board.hear(note("a", None, bye=True), now=32.0)
    assert board.others_on(8, now=32.0) == []


def test_a_silent_desk_expires() -> None:
    board = PresenceBoard("me")
    board.hear(note("a", 7), now=0.0)
    board.hear(note("b", 7, "鈴木"), now=EXPIRY_S)
    assert board.others_on(7, now=EXPIRY_S) == ["伊藤", "鈴木"]
    assert board.others_on(7, now=EXPIRY_S + 1) == ["鈴木"]
    assert board.expire(now=EXPIRY_S + 1)
    assert not board.expire(now=EXPIRY_S + 2)


def test_payloads_round_trip_and_garbage_is_ignored() -> None:
    sent = note("a", 7, hello=True)
    assert PresenceNote.from_payload(sent.to_payload()) == sent
    for junk in (
        "",
        "{}",
        "[1]",
        '{"d": "a", "o": "x", "n": "", "c": 1}',
        '{"d": "a", "o": 1, "n": "", "c": "7"}',
    ):
        assert PresenceNote.from_payload(junk) is None
