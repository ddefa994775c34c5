"""Who is at the desk: the local operator profile (SQLite), sign-in and operator management.

On SQLite (one workstation) the operator is a local profile named after the OS user. On
PostgreSQL (many desks) operators sign in with a login and a password kept as an argon2id hash
in ``operators.password_hash`` (README: "Operators and sign-in"). Managing operators needs
Permission.MANAGE_OPERATORS; the command line (``crmdesk operators …``) acts as the database's
owner, who holds the database credentials anyway, and is audited as such.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain.errors import AuthenticationError, NotFoundError
from crmdesk.domain.ids import OperatorId
from crmdesk.domain.model import Role
from crmdesk.domain.permissions import Permission
from crmdesk.domain.readmodels import OperatorView
from crmdesk.domain.validation import FieldError, ValidationError
from crmdesk.services._common import require_permission, utc_now
from crmdesk.store.schema import AuditLog, Operator
from crmdesk.store.uow import UnitOfWork

#: Shortest password accepted (NIST SP 800-63B asks for at least 8).
MIN_PASSWORD_LENGTH = 8
#: Longest login; letters, digits, '.', '_' and '-' only.
MAX_LOGIN_LENGTH = 64

# argon2id with the library's defaults (RFC 9106 "second recommended option").
_HASHER = PasswordHasher()
# A hash verified when the login is unknown, so an unknown login costs as long as a known one.
_DUMMY_HASH = _HASHER.hash("crmdesk: no such operator")


def _view(op: Operator) -> OperatorView:
    return OperatorView(id=OperatorId(op.id), login=op.login, name=op.name, role=op.role)


def _audit(
    session: Session,
    operator_id: int | None,
    action: str,
    entity_id: int | None,
    detail: dict[str, Any],
) -> None:
    session.add(
        AuditLog(
            at=utc_now(),
            operator_id=operator_id,
            action=action,
            entity="operator",
            entity_id=entity_id,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
        )
    )


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
            _audit(s, op.id, "create", op.id, {"login": login, "role": op.role, "local": True})
            uow.commit()
        return _view(op)


# ------------------------------------------------------------------------------ sign-in


def needs_first_admin(uow: UnitOfWork) -> bool:
    """True while nobody can sign in (no active operator has a password).

    The sign-in screen then registers the first admin instead. Once anybody can sign in, new
    accounts come from an admin (or ``crmdesk operators add`` by the database's owner).
    """
    with uow:
        found = uow.session.scalar(
            select(func.count())
            .select_from(Operator)
            .where(Operator.active.is_(True), Operator.password_hash.is_not(None))
        )
    return not found


def sign_in(uow: UnitOfWork, login: str, password: str) -> OperatorView:
    """The operator whose login and password these are; AuthenticationError otherwise.

    The error never says whether the login, the password or the account was wrong. Every
    attempt is audited (a refused one without an operator id, with the login tried).
    """
    login = login.strip()
    with uow:
        s = uow.session
        op = s.scalar(select(Operator).where(Operator.login == login)) if login else None
        stored = op.password_hash if op is not None else None
        ok = _verify(stored or _DUMMY_HASH, password) and stored is not None
        if op is None or not ok or not op.active:
            _audit(
                s,
                None,
                "sign_in_refused",
                op.id if op is not None else None,
                {"login": login[:MAX_LOGIN_LENGTH]},
            )
            uow.commit()
            raise AuthenticationError(
                "the login or the password is wrong, or the account is closed"
            )
        if stored is not None and _HASHER.check_needs_rehash(stored):
            op.password_hash = _HASHER.hash(password)
        _audit(s, op.id, "sign_in", op.id, {"login": op.login})
        uow.commit()
        return _view(op)


def _verify(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


# ------------------------------------------------------------------------------ management


def list_operators(uow: UnitOfWork) -> list[tuple[OperatorView, bool, bool]]:
    """Every operator, by login: (who, active, has a password)."""
    with uow:
        rows = uow.session.scalars(select(Operator).order_by(Operator.login)).all()
        return [(_view(op), op.active, op.password_hash is not None) for op in rows]


def add_operator(
    uow: UnitOfWork,
    acting: OperatorId | None,
    *,
    login: str,
    name: str,
    role: Role | str,
    password: str,
) -> OperatorView:
    """A new operator who can sign in. ``acting`` None: the command line, or the first admin.

    A desk (``acting`` set) needs Permission.MANAGE_OPERATORS. ValidationError names each bad
    field (login taken or malformed, name empty, unknown role, short password).
    """
    login, name = login.strip(), name.strip()
    errors: list[FieldError] = []
    errors += _login_errors(login)
    if not name:
        errors.append(FieldError("name", "a name is required", "required"))
    elif len(name) > 100:
        errors.append(FieldError("name", "at most 100 characters", "too_long"))
    role_value = _role_value(role, errors)
    errors += _password_errors(password)
    with uow:
        s = uow.session
        if acting is not None:
            require_permission(s, acting, Permission.MANAGE_OPERATORS)
        if login and s.scalar(select(Operator.id).where(Operator.login == login)) is not None:
            errors.append(FieldError("login", f"the login {login!r} is taken", "not_allowed"))
        if errors:
            raise ValidationError(errors)
        op = Operator(
            login=login,
            name=name,
            role=role_value,
            active=True,
            password_hash=_HASHER.hash(password),
            created_at=utc_now(),
        )
        s.add(op)
        s.flush()
        _audit(s, acting, "create", op.id, {"login": login, "role": role_value, "name": name})
        uow.commit()
        return _view(op)


def create_first_admin(uow: UnitOfWork, *, login: str, name: str, password: str) -> OperatorView:
    """The first admin of a shared database (only while :func:`needs_first_admin`)."""
    if not needs_first_admin(uow):
        raise AuthenticationError(
            "operators already sign in to this database; ask an admin for an account"
        )
    return add_operator(uow, None, login=login, name=name, role=Role.ADMIN, password=password)


def set_password(uow: UnitOfWork, acting: OperatorId | None, login: str, password: str) -> None:
    """A new password for ``login`` (an operator may change their own; admins anyone's)."""
    if errors := _password_errors(password):
        raise ValidationError(errors)
    with uow:
        s = uow.session
        op = _require_login(s, login)
        if acting is not None and acting != op.id:
            require_permission(s, acting, Permission.MANAGE_OPERATORS)
        op.password_hash = _HASHER.hash(password)
        _audit(s, acting, "set_password", op.id, {"login": op.login})
        uow.commit()


def set_role(uow: UnitOfWork, acting: OperatorId | None, login: str, role: Role | str) -> None:
    """Change ``login``'s role (needs Permission.MANAGE_OPERATORS at a desk)."""
    errors: list[FieldError] = []
    value = _role_value(role, errors)
    if errors:
        raise ValidationError(errors)
    with uow:
        s = uow.session
        if acting is not None:
            require_permission(s, acting, Permission.MANAGE_OPERATORS)
        op = _require_login(s, login)
        old, op.role = op.role, value
        _audit(s, acting, "set_role", op.id, {"login": op.login, "old": old, "new": value})
        uow.commit()


def set_active(uow: UnitOfWork, acting: OperatorId | None, login: str, active: bool) -> None:
    """Close or reopen ``login``'s account; records keep naming them either way."""
    with uow:
        s = uow.session
        op = _require_login(s, login)
        if acting is not None:
            require_permission(s, acting, Permission.MANAGE_OPERATORS)
            if not active and acting == op.id:
                raise ValidationError(
                    [FieldError("login", "you cannot close your own account", "not_allowed")]
                )
        op.active = active
        _audit(s, acting, "activate" if active else "deactivate", op.id, {"login": op.login})
        uow.commit()


def operator_id_of(uow: UnitOfWork, login: str) -> OperatorId:
    """The id of the operator ``login`` (NotFoundError naming the login when there is none)."""
    with uow:
        return OperatorId(_require_login(uow.session, login).id)


def _require_login(session: Session, login: str) -> Operator:
    op = session.scalar(select(Operator).where(Operator.login == login.strip()))
    if op is None:
        raise NotFoundError(f"no operator with the login {login.strip()!r}")
    return op


def _login_errors(login: str) -> list[FieldError]:
    if not login:
        return [FieldError("login", "a login is required", "required")]
    if len(login) > MAX_LOGIN_LENGTH:
        return [FieldError("login", f"at most {MAX_LOGIN_LENGTH} characters", "too_long")]
    if not all(c.isascii() and (c.isalnum() or c in "._-") for c in login):
        return [FieldError("login", "only letters, digits, '.', '_' and '-' are allowed")]
    return []


def _password_errors(password: str) -> list[FieldError]:
    if len(password) < MIN_PASSWORD_LENGTH:
        return [
            FieldError(
                "password",
                f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
                "too_short",
            )
        ]
    return []


def _role_value(role: Role | str, errors: list[FieldError]) -> str:
    try:
        return Role(role).value
    except ValueError:
        errors.append(
            FieldError("role", f"unknown role {role!r}: use operator, supervisor or admin")
        )
        return Role.OPERATOR.value
