"""Settings shared by every desk on one database (the offer cap, grace days, company profile …).

Personal preferences (language, window layout) live in the user's settings.json; what must be
the same for the whole call center lives in the database, changed by supervisors. Each feature
declares its settings here-style with :class:`SettingSpec` in its own domain module and
registers them with :func:`register`; ``crmdesk.services.shared_settings`` reads and writes them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from crmdesk.domain.validation import FieldError, ValidationError

_T = TypeVar("_T")


@dataclass(frozen=True)
class SettingSpec(Generic[_T]):
    """One shared setting: its stable key, default, label and how a stored value is checked.

    ``parse`` turns a JSON value into the setting's type or raises ValueError with a sentence
    saying what is allowed; :meth:`check` wraps that into a ValidationError naming the key.
    """

    key: str
    default: _T
    label: str
    parse: Callable[[Any], _T]
    help: str = ""

    def check(self, value: object) -> _T:
        """The value as the setting's type; ValidationError naming the setting otherwise."""
        try:
            return self.parse(value)
        except (TypeError, ValueError) as exc:
            raise ValidationError([FieldError(self.key, f"{self.label}: {exc}")]) from None


def int_between(low: int, high: int) -> Callable[[Any], int]:
    """A parser for a whole number from ``low`` to ``high`` (booleans are refused)."""

    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValueError(f"a whole number from {low} to {high} is required")
        number = int(str(value).strip())
        if not low <= number <= high:
            raise ValueError(f"a whole number from {low} to {high} is required, not {number}")
        return number

    return parse


def text_up_to(length: int) -> Callable[[Any], str]:
    """A parser for a text of at most ``length`` characters (surrounding blanks removed)."""

    def parse(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError("a text is required")
        text = value.strip()
        if len(text) > length:
            raise ValueError(f"at most {length} characters, not {len(text)}")
        return text

    return parse


_REGISTRY: dict[str, SettingSpec[Any]] = {}


def register(*specs: SettingSpec[Any]) -> None:
    """Make ``specs`` known (the settings dialog lists every registered setting)."""
    for spec in specs:
        existing = _REGISTRY.get(spec.key)
        if existing is not None and existing is not spec:
            raise ValueError(f"shared setting {spec.key!r} is declared twice")
        _REGISTRY[spec.key] = spec


def registered() -> Mapping[str, SettingSpec[Any]]:
    """Every registered setting by key, in registration order."""
    return dict(_REGISTRY)
