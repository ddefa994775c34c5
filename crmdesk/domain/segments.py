"""Segments (セグメント): saved filters of customers that a batch of letters is printed for.

A segment is data, not code: ``resources/segments/<name>.toml`` says which kind of filter it is
and its parameters; the store turns it into one set-based SQL statement
(:mod:`crmdesk.store.segments`). The kinds:

* ``first_purchase``: the first order is at most ``days`` days old (サンクスレター).
* ``delivery_milestone``: a subscription delivery number ``delivery`` (3, 6, 12 …) was ordered
  within the last ``days`` days (お届け回数記念).
* ``dormant``: the last order is from ``min_days`` to ``max_days`` days old and there is no running
  subscription (休眠 90 / 180 / 365).
* ``birthday_month``: born in the month of the business date.
* ``upcoming_delivery``: an active subscription ships within ``days`` days (同梱のチラシ).
* ``follow_up``: the open, shared (not VIP) follow-ups of rule ``rule`` with channel ``letter``
  that were not mailed yet: each follow-up rule that can make letters (resources/followups/
  rules.toml, issue 5) has a segment ``followup_<rule>_letter`` of this kind.

Every batch then applies the exclusions (:class:`ExclusionReason`), whatever the segment says;
among them VIPs (top rank), who get personal handling instead of anything printed in a batch.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from crmdesk.domain.errors import CrmdeskError

__all__ = [
    "EXCLUSION_ORDER",
    "ExclusionReason",
    "Segment",
    "SegmentError",
    "SegmentKind",
    "parse_segment",
]

#: Days after a letter or an outbound call during which a customer gets no further DM.
DEFAULT_COOL_DOWN_DAYS = 14


class SegmentError(CrmdeskError):
    """A segment that does not exist or whose file is wrong (named in the message)."""

    code = "E304"


class SegmentKind(StrEnum):
    """The filters a segment file can use (see the module docstring)."""

    FIRST_PURCHASE = "first_purchase"
    DELIVERY_MILESTONE = "delivery_milestone"
    DORMANT = "dormant"
    BIRTHDAY_MONTH = "birthday_month"
    UPCOMING_DELIVERY = "upcoming_delivery"
    FOLLOW_UP = "follow_up"


#: The parameters each kind needs (all whole numbers except ``rule``).
_PARAMETERS: Mapping[SegmentKind, tuple[str, ...]] = {
    SegmentKind.FIRST_PURCHASE: ("days",),
    SegmentKind.DELIVERY_MILESTONE: ("delivery", "days"),
    SegmentKind.DORMANT: ("min_days", "max_days"),
    SegmentKind.BIRTHDAY_MONTH: (),
    SegmentKind.UPCOMING_DELIVERY: ("days",),
    SegmentKind.FOLLOW_UP: ("rule",),
}


class ExclusionReason(StrEnum):
    """Why a customer of the segment gets no letter; the first that applies is the reason."""

    DO_NOT_MAIL = "do_not_mail"  # DM不要
    RETURNED_MAIL = "returned_mail"  # 宛所不明
    VIP = "vip"  # top rank: personal handling by their operator, never an automatic DM
    COOL_DOWN = "cool_down"  # contacted within the cool-down
    OPEN_COMPLAINT = "open_complaint"  # an unresolved complaint
    NO_ADDRESS = "no_address"  # no postal code or no address
    SAME_HOUSEHOLD = "same_household"  # someone at the same address is already in the batch


#: The fixed order in which reasons are tried: the issue's order, with VIP (DESIGN.md: "VIP
#: customers are routed to personal handling instead of an automatic DM") right after the two
#: flags, which stay first because they are the customer's own wish and the post office's word.
EXCLUSION_ORDER: tuple[ExclusionReason, ...] = tuple(ExclusionReason)

#: Japanese labels (the CLI and the CSV of exclusions; the GUI translates its own).
EXCLUSION_LABELS: Mapping[ExclusionReason, str] = {
    ExclusionReason.DO_NOT_MAIL: "DM不要",
    ExclusionReason.RETURNED_MAIL: "宛所不明",
    ExclusionReason.VIP: "VIP（個別対応）",
    ExclusionReason.COOL_DOWN: "クールダウン期間内に連絡済み",
    ExclusionReason.OPEN_COMPLAINT: "未解決のクレームあり",
    ExclusionReason.NO_ADDRESS: "住所なし",
    ExclusionReason.SAME_HOUSEHOLD: "同一世帯に送付済み（このバッチ）",
}


@dataclass(frozen=True)
class Segment:
    """A parsed segment file."""

    name: str
    kind: SegmentKind
    label: str
    params: Mapping[str, int | str] = field(default_factory=dict)
    #: The mailing kind recorded on the timeline (thank_you, milestone, dormant_dm …).
    mailing_kind: str = "follow_up_dm"
    #: The template a letter batch of this segment uses unless another is given.
    template: str = ""
    cool_down_days: int = DEFAULT_COOL_DOWN_DAYS

    def int_param(self, key: str) -> int:
        """A whole-number parameter (checked when the file was parsed)."""
        value = self.params[key]
        assert isinstance(value, int)
        return value


def parse_segment(source: str, *, name: str, path: str = "") -> Segment:
    """Parse a segment file's TOML; SegmentError names the file and the bad key."""
    where = path or name
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise SegmentError(f"segment {where}: not valid TOML: {exc}") from None
    try:
        kind = SegmentKind(data.get("kind", ""))
    except ValueError:
        allowed = ", ".join(k.value for k in SegmentKind)
        raise SegmentError(
            f"segment {where}: kind = {data.get('kind')!r} is not one of {allowed}"
        ) from None
    params: dict[str, int | str] = {}
    for key in _PARAMETERS[kind]:
        value = data.get(key)
        if key == "rule":
            if not isinstance(value, str) or not value:
                raise SegmentError(f"segment {where}: 'rule' (a follow-up rule code) is missing")
        elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise SegmentError(f"segment {where}: '{key}' must be a whole number >= 0")
        params[key] = value
    cool_down = data.get("cool_down_days", DEFAULT_COOL_DOWN_DAYS)
    if isinstance(cool_down, bool) or not isinstance(cool_down, int) or cool_down < 0:
        raise SegmentError(f"segment {where}: 'cool_down_days' must be a whole number >= 0")
    return Segment(
        name=name,
        kind=kind,
        label=str(data.get("label", name)),
        params=params,
        mailing_kind=str(data.get("mailing_kind", "follow_up_dm")),
        template=str(data.get("template", "")),
        cool_down_days=cool_down,
    )


def load_segments(folder: Path) -> dict[str, Segment]:
    """Every ``*.toml`` of ``folder`` by name (the file stem), sorted by name."""
    found: dict[str, Segment] = {}
    for path in sorted(folder.glob("*.toml")):
        found[path.stem] = parse_segment(
            path.read_text(encoding="utf-8"), name=path.stem, path=str(path)
        )
    return found
