"""The search box decides what the operator typed before anything touches the database."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.search import SearchPlan, plan_search, substring_forms


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "０９０−１２３４−５６７８",
            SearchPlan(exact_token="090-1234-5678", phone_digits="09012345678"),
        ),
        ("+81 90-1234-5678", SearchPlan(exact_token="+8190-1234-5678", phone_digits="09012345678")),
        ("5678", SearchPlan(exact_token="5678", last4="5678")),
        ("〒100-0001", SearchPlan(exact_token="〒100-0001", postal_code="1000001")),
        ("1000001", SearchPlan(exact_token="1000001", postal_code="1000001")),
        (
            "Hanako@Example.JP",
            SearchPlan(exact_token="HANAKO@EXAMPLE.JP", email="hanako@example.jp"),
        ),
        (
            "やまだ　はなこ",
            SearchPlan(
                exact_token="やまだはなこ",
                kana_prefix="ヤマダハナコ",
                name_prefix="やまだはなこ",
                substring="やまだはなこ",
            ),
        ),
        (
            "ﾔﾏﾀﾞ",
            SearchPlan(
                exact_token="ヤマダ", kana_prefix="ヤマダ", name_prefix="ヤマダ", substring="ヤマダ"
            ),
        ),
        (
            "山田 花子",
            SearchPlan(exact_token="山田花子", name_prefix="山田花子", substring="山田花子"),
        ),
        ("花子", SearchPlan(exact_token="花子", name_prefix="花子", substring="花子")),
        (
            "千代田区千代田１−１",
            SearchPlan(
                exact_token="千代田区千代田1-1",
                name_prefix="千代田区千代田1−1",
                substring="千代田区千代田1−1",
            ),
        ),
        ("O'Hara", SearchPlan(exact_token="O'HARA", name_prefix="o'hara", substring="o'hara")),
        ("山", SearchPlan(exact_token="山", name_prefix="山")),  # one character: prefix only
        ("c0000042", SearchPlan(exact_token="C0000042", name_prefix="c0000042")),  # a code
        ("O-123456789", SearchPlan(exact_token="O-123456789", name_prefix="o-123456789")),
        ("", SearchPlan()),
        ("  \u3000 ", SearchPlan()),
    ],
)
def test_what_the_operator_typed(typed: str, expected: SearchPlan) -> None:
    assert plan_search(typed) == expected


@pytest.mark.parametrize(
    ("typed", "forms"),
    [
        ("花子", ("花子",)),
        ("はなこ", ("はなこ", "ハナコ")),  # the written name as typed, the reading in katakana
        ("ﾊﾅｺ", ("ハナコ",)),
        ("梅田１−２", ("梅田1−2", "梅田1-2")),  # the address form folds the IME's minus sign
        ("Mary Ann", ("maryann",)),
        ("子", ()),  # too short to look inside names
        ("", ()),
    ],
)
def test_substring_forms(typed: str, forms: tuple[str, ...]) -> None:
    assert substring_forms(typed) == forms


def test_a_phone_number_is_also_tried_as_an_identifier() -> None:
    # Order numbers are digits and hyphens too: the exact token keeps them findable.
    assert plan_search("2026-00000007").exact_token == "2026-00000007"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_never_raises_and_only_blank_input_plans_nothing(text: str) -> None:
    plan = plan_search(text)
    blank = not re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    assert plan.empty == blank


def test_only_a_substring_search_asks_the_search_box_to_wait_for_a_pause() -> None:
    for quick in ("090-1234-5678", "5678", "C0000042", "a@example.jp", "〒530-0001", "ヤ", "S"):
        assert not plan_search(quick).needs_pause, quick
    for slow in ("やまだ", "梅田", "yamada"):
        assert plan_search(slow).needs_pause, slow
