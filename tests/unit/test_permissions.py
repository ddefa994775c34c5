"""Roles gate what a desk may do: one table for the GUI and the services."""

from __future__ import annotations

import pytest

from crmdesk.domain.errors import PermissionDeniedError
from crmdesk.domain.ids import OperatorId
from crmdesk.domain.model import Role
from crmdesk.domain.permissions import Permission, allows, require
from crmdesk.domain.readmodels import OperatorView


def test_an_operator_works_the_desk_only() -> None:
    allowed = {p for p in Permission if allows(Role.OPERATOR, p)}
    assert allowed == {Permission.DESK}


def test_a_supervisor_prints_exports_reports_and_sets_but_does_not_manage_operators() -> None:
    for permission in (
        Permission.DESK,
        Permission.BATCH_PRINT,
        Permission.EXPORT,
        Permission.REPORTS,
        Permission.SETTINGS,
        Permission.EDIT_SCRIPTS,
    ):
        assert allows("supervisor", permission), permission
    assert not allows("supervisor", Permission.MANAGE_OPERATORS)


def test_an_admin_may_do_everything() -> None:
    assert all(allows(Role.ADMIN, p) for p in Permission)


def test_an_unknown_role_may_do_nothing() -> None:
    assert not any(allows("guest", p) for p in Permission)
    assert not OperatorView(OperatorId(1), "x", "x", "").can(Permission.DESK)


def test_require_names_the_permission() -> None:
    with pytest.raises(PermissionDeniedError) as info:
        require("operator", Permission.EXPORT)
    assert info.value.permission == "export"
    assert info.value.code == "E501"
    require("supervisor", Permission.EXPORT)  # no error
