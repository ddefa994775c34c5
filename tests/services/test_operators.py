"""Operators: argon2 sign-in on shared databases, management gated by role, everything audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.domain.errors import AuthenticationError, NotFoundError, PermissionDeniedError
from crmdesk.domain.readmodels import OperatorView
from crmdesk.domain.validation import ValidationError
from crmdesk.services import operators
from crmdesk.store.schema import AuditLog, Operator
from tests.services.support import Desk, desk_fixture

desk = desk_fixture()

PASSWORD = "kuro-zu-2026"


def _admin(desk: Desk, login: str) -> OperatorView:
    return operators.add_operator(
        desk.db.uow(), None, login=login, name="管理 太郎", role="admin", password=PASSWORD
    )


def test_an_operator_added_by_an_admin_signs_in_and_the_hash_is_argon2(desk: Desk) -> None:
    admin = _admin(desk, "admin1")
    made = operators.add_operator(
        desk.db.uow(),
        admin.id,
        login="yamada",
        name="山田 花子",
        role="operator",
        password="hanako-pass",
    )
    row = desk.rows(select(Operator).where(Operator.login == "yamada"))[0]
    assert row.password_hash.startswith("$argon2id$")
    assert "hanako-pass" not in row.password_hash
    signed = operators.sign_in(desk.db.uow(), " yamada ", "hanako-pass")
    assert signed == made
    assert (signed.name, signed.role) == ("山田 花子", "operator")


@pytest.mark.parametrize(
    ("login", "password"),
    [("yamada2", "wrong-password"), ("nobody", PASSWORD), ("", PASSWORD), ("sato", PASSWORD)],
)
def test_a_refused_sign_in_says_nothing_about_which_part_was_wrong(
    desk: Desk, login: str, password: str
) -> None:
    admin = _admin(desk, f"admin-{login or 'empty'}")
    if login == "yamada2":
        operators.add_operator(
            desk.db.uow(), admin.id, login=login, name="山田", role="operator", password=PASSWORD
        )
    with pytest.raises(AuthenticationError) as info:
        # "sato" is a local profile without a password: it cannot sign in on a shared database.
        operators.sign_in(desk.db.uow(), login, password)
    assert str(info.value) == (
        "the login or the password is wrong, or the account is closed [E502]"
    )
    refused = desk.rows(select(AuditLog).where(AuditLog.action == "sign_in_refused"))
    assert any(json.loads(a.detail) == {"login": login} for a in refused)


def test_a_closed_account_cannot_sign_in_and_an_admin_cannot_close_their_own(desk: Desk) -> None:
    admin = _admin(desk, "admin2")
    operators.add_operator(
        desk.db.uow(), admin.id, login="leaver", name="退職 者", role="operator", password=PASSWORD
    )
    operators.set_active(desk.db.uow(), admin.id, "leaver", False)
    with pytest.raises(AuthenticationError):
        operators.sign_in(desk.db.uow(), "leaver", PASSWORD)
    with pytest.raises(ValidationError) as info:
        operators.set_active(desk.db.uow(), admin.id, "admin2", False)
    assert info.value.fields == ("login",)
    operators.set_active(desk.db.uow(), admin.id, "leaver", True)
    assert operators.sign_in(desk.db.uow(), "leaver", PASSWORD).login == "leaver"


def test_operators_and_supervisors_cannot_manage_operators_and_nothing_is_written(
    desk: Desk,
) -> None:
    before = desk.counts()
    for acting in (desk.operator, desk.supervisor):
        with pytest.raises(PermissionDeniedError):
            operators.add_operator(
                desk.db.uow(), acting, login="sneaky", name="x", role="admin", password=PASSWORD
            )
        with pytest.raises(PermissionDeniedError):
            operators.set_role(desk.db.uow(), acting, "sato", "admin")
        with pytest.raises(PermissionDeniedError):
            operators.set_password(
                desk.db.uow(), acting, "suzuki" if acting == desk.operator else "sato", PASSWORD
            )
    assert desk.counts() == before


def test_an_operator_changes_their_own_password(desk: Desk) -> None:
    admin = _admin(desk, "admin3")
    me = operators.add_operator(
        desk.db.uow(), admin.id, login="self", name="自分", role="operator", password=PASSWORD
    )
    operators.set_password(desk.db.uow(), me.id, "self", "a-new-password")
    with pytest.raises(AuthenticationError):
        operators.sign_in(desk.db.uow(), "self", PASSWORD)
    assert operators.sign_in(desk.db.uow(), "self", "a-new-password").id == me.id


def test_bad_input_names_every_field_and_writes_nothing(desk: Desk) -> None:
    before = desk.counts()
    with pytest.raises(ValidationError) as info:
        operators.add_operator(
            desk.db.uow(), None, login="bad login!", name=" ", role="boss", password="short"
        )
    assert set(info.value.fields) == {"login", "name", "role", "password"}
    with pytest.raises(ValidationError) as taken:
        operators.add_operator(
            desk.db.uow(), None, login="sato", name="佐藤", role="operator", password=PASSWORD
        )
    assert taken.value.fields == ("login",)
    with pytest.raises(NotFoundError):
        operators.set_role(desk.db.uow(), None, "ghost", "supervisor")
    assert desk.counts() == before


def test_role_changes_are_audited_and_take_effect_at_the_next_sign_in(desk: Desk) -> None:
    admin = _admin(desk, "admin4")
    op = operators.add_operator(
        desk.db.uow(), admin.id, login="promoted", name="昇格", role="operator", password=PASSWORD
    )
    operators.set_role(desk.db.uow(), admin.id, "promoted", "supervisor")
    assert operators.sign_in(desk.db.uow(), "promoted", PASSWORD).role == "supervisor"
    trail = [json.loads(a.detail) for a in desk.audit_rows("operator", op.id)]
    assert {"login": "promoted", "old": "operator", "new": "supervisor"} in trail


def test_the_first_admin_is_created_only_while_there_is_none(tmp_path: Path) -> None:
    from crmdesk.services.database import open_database

    db = open_database(str(tmp_path / "fresh.sqlite3"))
    try:
        assert operators.needs_first_admin(db.uow())
        first = operators.create_first_admin(db.uow(), login="boss", name="社長", password=PASSWORD)
        assert first.role == "admin"
        assert not operators.needs_first_admin(db.uow())
        with pytest.raises(AuthenticationError):
            operators.create_first_admin(db.uow(), login="boss2", name="x", password=PASSWORD)
        listed = operators.list_operators(db.uow())
        assert [(v.login, active, has_pw) for v, active, has_pw in listed] == [("boss", True, True)]
    finally:
        db.close()
