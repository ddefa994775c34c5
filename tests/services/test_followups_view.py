"""crmdesk.services.followups_view: the rule editor's text and the refresh schedule, both backends."""

from __future__ import annotations

import dataclasses

import pytest

from crmdesk.domain.followups import REFRESH_INTERVAL_MINUTES, RuleError, parse_rules
from crmdesk.services import followups
from crmdesk.services.followups_view import refresh_interval_minutes, rules_to_toml
from crmdesk.services.shared_settings import set_setting
from tests.services.support import Desk, desk_fixture

desk = desk_fixture()


def test_the_shipped_rules_read_back_the_same() -> None:
    rules = parse_rules(followups.default_rules_source())
    assert parse_rules(rules_to_toml(rules)) == rules


def test_text_with_quotes_and_lines_survives() -> None:
    rule = parse_rules(followups.default_rules_source())[0]
    odd = dataclasses.replace(
        rule, label='「特別」 "ご案内" \\ 1', script_text="一行目\n\t二行目 {name}"
    )
    assert parse_rules(rules_to_toml([odd])) == [odd]


def test_an_edited_rule_set_is_saved_and_read_back(desk: Desk) -> None:
    loaded = followups.rule_set(desk.db.uow())
    rules = list(loaded.rules)
    edited = [dataclasses.replace(rules[0], priority=12, active=False), *rules[1:]]
    followups.save_rules(
        desk.db.uow(), desk.supervisor, rules_to_toml(edited), expected=loaded.version
    )
    assert followups.active_rules(desk.db.uow()) == edited
    # Put the shipped set back for the module's other tests.
    followups.save_rules(
        desk.db.uow(),
        desk.supervisor,
        followups.default_rules_source(),
        expected=followups.rule_set(desk.db.uow()).version,
    )


def test_a_wrong_rule_is_refused_naming_rule_and_field(desk: Desk) -> None:
    loaded = followups.rule_set(desk.db.uow())
    rules = list(loaded.rules)
    bad = [rules[0], dataclasses.replace(rules[1], label=" ")]
    with pytest.raises(RuleError, match=r"rule 2 .*'label'"):
        followups.save_rules(
            desk.db.uow(), desk.supervisor, rules_to_toml(bad), expected=loaded.version
        )
    assert followups.rules_source(desk.db.uow()) == followups.default_rules_source()


def test_the_refresh_interval_is_the_shared_setting(desk: Desk) -> None:
    assert refresh_interval_minutes(desk.db.uow()) == REFRESH_INTERVAL_MINUTES.default
    set_setting(desk.db.uow(), desk.supervisor, REFRESH_INTERVAL_MINUTES, 15)
    assert refresh_interval_minutes(desk.db.uow()) == 15
