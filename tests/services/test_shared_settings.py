"""Shared settings: read by every desk, changed by supervisors only, checked and audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from crmdesk.domain.errors import PermissionDeniedError
from crmdesk.domain.shared_settings import SettingSpec, int_between, register, registered
from crmdesk.domain.validation import ValidationError
from crmdesk.services.shared_settings import all_settings, get_setting, set_setting, set_settings
from crmdesk.store.schema import AppSetting
from tests.services.support import Desk, desk_fixture

desk = desk_fixture()

SPEC = SettingSpec("test.max_things", 2, "テスト上限", int_between(1, 5))
OTHER = SettingSpec("test.other_limit", 10, "別の上限", int_between(1, 99))
register(SPEC, OTHER)


def test_an_unset_setting_reads_as_its_default(desk: Desk) -> None:
    assert get_setting(desk.db.uow(), SettingSpec("test.never_set", 7, "x", int)) == 7


def test_a_supervisor_changes_it_for_every_desk_and_the_change_is_audited(desk: Desk) -> None:
    assert set_setting(desk.db.uow(), desk.supervisor, SPEC, "4") == 4
    assert get_setting(desk.db.uow(), SPEC) == 4
    assert all_settings(desk.db.uow())[SPEC.key] == 4
    trail = [json.loads(a.detail) for a in desk.audit_rows("app_setting", 0)]
    assert {"key": SPEC.key, "old": 2, "new": 4} in trail
    set_setting(desk.db.uow(), desk.supervisor, SPEC, 3)
    assert get_setting(desk.db.uow(), SPEC) == 3


def test_an_operator_may_not_change_it_and_nothing_is_written(desk: Desk) -> None:
    before = desk.counts()
    with pytest.raises(PermissionDeniedError):
        set_setting(desk.db.uow(), desk.operator, SPEC, 5)
    with pytest.raises(PermissionDeniedError):
        set_setting(desk.db.uow(), desk.inactive_supervisor, SPEC, 5)
    assert desk.counts() == before


@pytest.mark.parametrize("bad", [0, 6, "many", True, None, 2.5])
def test_a_bad_value_is_refused_naming_the_setting(desk: Desk, bad: object) -> None:
    before = desk.counts()
    with pytest.raises(ValidationError) as info:
        set_setting(desk.db.uow(), desk.supervisor, SPEC, bad)
    assert info.value.fields == (SPEC.key,)
    assert "テスト上限" in str(info.value)
    assert desk.counts() == before


def test_a_stored_value_this_version_cannot_read_falls_back_to_the_default(desk: Desk) -> None:
    other = SettingSpec("test.corrupt", 3, "x", int_between(1, 5))
    with desk.db.uow() as uow:
        uow.session.add(
            AppSetting(key=other.key, value='"eleven"', updated_at=dt.datetime.now(dt.UTC))
        )
        uow.commit()
    assert get_setting(desk.db.uow(), other) == 3


def test_the_registry_refuses_a_key_declared_twice() -> None:
    assert registered()[SPEC.key] is SPEC
    with pytest.raises(ValueError, match="declared twice"):
        register(SettingSpec(SPEC.key, 1, "dup", int))


def test_several_settings_are_saved_together_or_not_at_all(desk: Desk) -> None:
    other = OTHER
    before = desk.counts()
    with pytest.raises(ValidationError) as info:
        set_settings(desk.db.uow(), desk.supervisor, {SPEC.key: 1, other.key: 500})
    assert info.value.fields == (other.key,)
    with pytest.raises(ValidationError) as unknown:
        set_settings(desk.db.uow(), desk.supervisor, {"no.such.key": 1})
    assert unknown.value.fields == ("no.such.key",)
    assert desk.counts() == before
    saved = set_settings(desk.db.uow(), desk.supervisor, {SPEC.key: "1", other.key: 50})
    assert saved == {SPEC.key: 1, other.key: 50}
    assert (get_setting(desk.db.uow(), SPEC), get_setting(desk.db.uow(), other)) == (1, 50)
