"""Who is at the desk: the local operator profile (SQLite) and operator look-up."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from crmdesk.domain.ids import OperatorId
from crmdesk.domain.model import Role
from crmdesk.domain.readmodels import OperatorView
from crmdesk.store.schema import AuditLog, Operator
from crmdesk.store.uow import UnitOfWork


def _view(op: Operator) -> OperatorView:
    return OperatorView(id=OperatorId(op.id), login=op.login, name=op.name, role=op.role)


def ensure_local_operator(uow: UnitOfWork, login: str) -> OperatorView:
    """The operator for ``login``, created on first use.

    The first operator of an empty database becomes its admin (somebody must be able to manage
    users); later local profiles start as plain operators. Creation is audited.
    """
    with uow:
        s = uow.session
        op = s.scalar(select(Operator).where(Operator.login == login))
        if op is None:
            now = dt.datetime.now(dt.UTC)
            first = (s.scalar(select(func.count()).select_from(Operator)) or 0) == 0
            op = Operator(
                login=login,
                name=login,
                role=(Role.ADMIN if first else Role.OPERATOR).value,
                active=True,
                created_at=now,
            )
            s.add(op)
            s.flush()
            s.add(
                AuditLog(
                    at=now,
                    operator_id=op.id,
                    action="create",
                    entity="operator",
                    entity_id=op.id,
                    detail=json.dumps({"login": login, "role": op.role, "local": True}),
                )
            )
            uow.commit()
        return _view(op)
