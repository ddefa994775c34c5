"""What each role may do: operators take calls; supervisors also print, export and report.

The GUI hides what a role may not do, and services that do it check the same table, so a
menu that is hidden by mistake still cannot be used to do it. One table, here, for both.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from crmdesk.domain.errors import PermissionDeniedError
from crmdesk.domain.model import Role


class Permission(StrEnum):
    """One thing a role may or may not do."""

    #: Find customers, see cards and timelines, record calls, complaints, voices, changes.
    DESK = "desk"
    #: Print batches of letters, flyers, labels and envelopes.
    BATCH_PRINT = "batch_print"
    #: Export customer data (mailing lists, CSV reports).
    EXPORT = "export"
    #: See the supervisor reports (retention, follow-ups, LTV).
    REPORTS = "reports"
    #: Change the shared settings every desk uses (offer cap, grace days, company profile …).
    SETTINGS = "settings"
    #: Create, edit and retire retention scripts, follow-up rules and letter templates.
    EDIT_SCRIPTS = "edit_scripts"
    #: Add operators, reset their passwords, change roles.
    MANAGE_OPERATORS = "manage_operators"


_SUPERVISOR = frozenset(
    {
        Permission.DESK,
        Permission.BATCH_PRINT,
        Permission.EXPORT,
        Permission.REPORTS,
        Permission.SETTINGS,
        Permission.EDIT_SCRIPTS,
    }
)

ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.OPERATOR: frozenset({Permission.DESK}),
    Role.SUPERVISOR: _SUPERVISOR,
    Role.ADMIN: _SUPERVISOR | {Permission.MANAGE_OPERATORS},
}


def allows(role: Role | str, permission: Permission) -> bool:
    """True if ``role`` may do ``permission``; an unknown role may do nothing."""
    try:
        known = Role(role)
    except ValueError:
        return False
    return permission in ROLE_PERMISSIONS[known]


def require(role: Role | str, permission: Permission) -> None:
    """Raise PermissionDeniedError unless ``role`` may do ``permission``."""
    if not allows(role, permission):
        raise PermissionDeniedError(
            f"role {role!r} may not do {permission.value!r}", permission=permission.value
        )
