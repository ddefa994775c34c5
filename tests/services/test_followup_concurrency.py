"""Many desks press 'Next' at once: every follow-up is claimed exactly once (issue 5).

SQLite: 16 separate processes on one database file (``BEGIN IMMEDIATE`` serialises claims).
PostgreSQL: 50 connections at once (``FOR UPDATE SKIP LOCKED``). Each worker claims until the
queue is empty and records a result for each claim, so nothing may be left claimed.
"""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

from sqlalchemy import func, select

from crmdesk.domain.ids import OperatorId
from crmdesk.services import followups
from crmdesk.services.database import open_database
from crmdesk.store.schema import Contact, FollowUp, Operator
from tests.services.followup_data import NOW, Base
from tests.services.support import _seed

ITEMS = 400


def _fill(b: Base, operators: int) -> tuple[list[int], set[int]]:
    """``operators`` operators and ITEMS open calls (one customer each, a few priorities)."""
    with b.db.uow() as uow:
        ops = []
        for i in range(operators):
            op = Operator(login=f"desk{i:02d}", name=f"席{i}", role="operator", created_at=NOW)
            uow.session.add(op)
            uow.session.flush()
            ops.append(op.id)
        uow.commit()
    ids: set[int] = set()
    for i in range(ITEMS):
        cid = b.buyer(f"K{i:05d}", [120])
        with b.db.uow() as uow:
            fu = FollowUp(
                customer_id=cid,
                kind="dormant",
                rule_code="dormant_90",
                channel="call",
                due_at=NOW,
                priority=40 + i % 7,
                status="open",
                note="",
                created_at=NOW,
                origin="rule",
            )
            uow.session.add(fu)
            uow.session.flush()
            ids.add(fu.id)
            uow.commit()
    return ops, ids


def _work(target: str, operator_id: int) -> list[int]:
    """One desk: Next, record 'reached', until the queue is empty; the ids it got."""
    db = open_database(target)
    got: list[int] = []
    try:
        while True:
            card = followups.claim_next(db.uow(), OperatorId(operator_id))
            if card is None:
                return got
            got.append(card.follow_up.id)
            followups.record_result(db.uow(), OperatorId(operator_id), card.follow_up.id, "reached")
    finally:
        db.close()


def _work_star(args: tuple[str, int]) -> list[int]:
    return _work(*args)


def _check(b: Base, ids: set[int], claimed: list[list[int]]) -> None:
    flat = [i for per in claimed for i in per]
    assert len(flat) == len(set(flat)), "a follow-up was claimed twice"
    assert set(flat) == ids, "a follow-up was lost"
    with b.db.uow() as uow:
        s = uow.session
        statuses = dict(
            s.execute(select(FollowUp.status, func.count()).group_by(FollowUp.status)).all()
        )
        assert statuses == {"done": ITEMS}, statuses
        assert s.scalar(select(func.count()).select_from(Contact)) == ITEMS


def test_16_processes_on_one_sqlite_file(tmp_path: Path) -> None:
    target = str(tmp_path / "queue.sqlite3")
    db = open_database(target)
    try:
        b = Base(db=db, ids=_seed(db))
        ops, ids = _fill(b, 16)
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(16) as pool:
            claimed = pool.map(_work_star, [(target, op) for op in ops])
        _check(b, ids, claimed)
        assert sum(1 for per in claimed if per) > 1, "only one process ever got work"
    finally:
        db.close()


def test_50_connections_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        b = Base(db=db, ids=_seed(db))
        ops, ids = _fill(b, 50)
        claimed: list[list[int]] = [[] for _ in ops]
        errors: list[BaseException] = []
        start = threading.Barrier(len(ops))

        def desk(n: int) -> None:
            try:
                start.wait()
                claimed[n] = _work(pg_url, ops[n])
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=desk, args=(n,)) for n in range(len(ops))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors[:3]
        _check(b, ids, claimed)
    finally:
        db.close()
