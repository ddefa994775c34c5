"""Reading and changing the settings every desk shares (crmdesk.domain.shared_settings).

Reading is open to every operator (the offer cap limits every call); changing needs
Permission.SETTINGS and is audited with the old and the new value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import select

from crmdesk.domain.ids import OperatorId
from crmdesk.domain.permissions import Permission
from crmdesk.domain.shared_settings import SettingSpec, registered
from crmdesk.domain.validation import FieldError, ValidationError
from crmdesk.services._common import audit, require_permission, utc_now
from crmdesk.store.schema import AppSetting
from crmdesk.store.uow import UnitOfWork

_T = TypeVar("_T")


def get_setting(uow: UnitOfWork, spec: SettingSpec[_T]) -> _T:
    """The stored value of ``spec``, or its default when unset or no longer valid."""
    with uow:
        row = uow.session.get(AppSetting, spec.key)
        return _decode(spec, None if row is None else row.value)


def all_settings(uow: UnitOfWork) -> dict[str, Any]:
    """Every registered setting's current value by key (defaults for unset ones)."""
    specs = registered()
    with uow:
        stored = {
            key: value
            for key, value in uow.session.execute(select(AppSetting.key, AppSetting.value))
        }
    return {key: _decode(spec, stored.get(key)) for key, spec in specs.items()}


def set_setting(
    uow: UnitOfWork, operator_id: OperatorId, spec: SettingSpec[_T], value: object
) -> _T:
    """Store ``value`` for ``spec`` (checked first; ValidationError names the setting).

    Needs Permission.SETTINGS (PermissionDeniedError otherwise); audited with old and new value.
    """
    checked: _T = set_settings(uow, operator_id, {spec.key: value})[spec.key]
    return checked


def set_settings(
    uow: UnitOfWork, operator_id: OperatorId, values: Mapping[str, object]
) -> dict[str, Any]:
    """Store several registered settings by key in one transaction: all of them or none.

    Every value is checked before anything is written; the ValidationError names each bad one.
    """
    specs = registered()
    errors: list[FieldError] = []
    checked: dict[str, Any] = {}
    for key, value in values.items():
        spec = specs.get(key)
        if spec is None:
            errors.append(FieldError(key, f"unknown shared setting {key!r}", "not_allowed"))
            continue
        try:
            checked[key] = spec.check(value)
        except ValidationError as exc:
            errors += exc.errors
    if errors:
        raise ValidationError(errors)
    with uow:
        session = uow.session
        require_permission(session, operator_id, Permission.SETTINGS)
        now = utc_now()
        for key, new in checked.items():
            row = session.get(AppSetting, key)
            old = _decode(specs[key], None if row is None else row.value)
            encoded = json.dumps(new, ensure_ascii=False)
            if row is None:
                session.add(
                    AppSetting(key=key, value=encoded, updated_by=operator_id, updated_at=now)
                )
            else:
                row.value = encoded
                row.updated_by = operator_id
                row.updated_at = now
            audit(
                session,
                operator_id,
                action="update",
                entity="app_setting",
                entity_id=0,
                detail={"key": key, "old": old, "new": new},
                at=now,
            )
        uow.commit()
    return checked


def _decode(spec: SettingSpec[_T], raw: str | None) -> _T:
    if raw is None:
        return spec.default
    try:
        return spec.parse(json.loads(raw))
    except (TypeError, ValueError):
        # A value a newer or older crmdesk wrote that this one does not accept.
        return spec.default
