"""Read models and helpers the follow-up windows need beyond crmdesk.services.followups.

Kept apart from the follow-up service (another branch owns it) so the two merge cleanly:

* :func:`rules_to_toml` — the rule set as TOML text again, so the supervisors' rule editor can
  change fields of the parsed rules and hand the text to :func:`followups.save_rules`, which
  checks and audits it like any other rule set;
* :func:`refresh_interval_minutes` — the supervisor-set refresh schedule.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from crmdesk.domain.followups import REFRESH_INTERVAL_MINUTES, Rule
from crmdesk.services.shared_settings import get_setting
from crmdesk.store.uow import UnitOfWork

__all__ = ["refresh_interval_minutes", "rules_to_toml"]


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # A JSON string is a valid TOML basic string: the same escapes (\n, \", \\, \uXXXX).
    return json.dumps(str(value), ensure_ascii=False)


def rules_to_toml(rules: Sequence[Rule]) -> str:
    """``rules`` as a rule-set text that :func:`crmdesk.domain.followups.parse_rules` reads back
    into equal rules (every field written, defaults included)."""
    lines = ["# フォロールール（アプリのルール編集で保存）", ""]
    for rule in rules:
        lines.append("[[rule]]")
        fields: list[tuple[str, object]] = [
            ("code", rule.code),
            ("label", rule.label),
            ("kind", rule.kind),
            ("channel", rule.channel.value),
            ("priority", rule.priority),
            ("cool_down_days", rule.cool_down_days),
        ]
        if rule.script:
            fields.append(("script", rule.script))
        if rule.script_text:
            fields.append(("script_text", rule.script_text))
        fields += [
            ("letter_if_no_call", rule.letter_if_no_call),
            ("letter_after_no_answer", rule.letter_after_no_answer),
            ("close_on_order", rule.close_on_order),
            ("active", rule.active),
        ]
        lines += [f"{key} = {_value(value)}" for key, value in fields]
        lines.append("[rule.whom]")
        lines.append(f"selector = {_value(rule.whom.kind.value)}")
        lines += [f"{name} = {_value(value)}" for name, value in rule.whom.params.items()]
        lines.append("")
    return "\n".join(lines)


def refresh_interval_minutes(uow: UnitOfWork) -> int:
    """How often the desks run the rules (the shared setting supervisors set)."""
    return get_setting(uow, REFRESH_INTERVAL_MINUTES)
