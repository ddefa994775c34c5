"""Letters, flyers, labels, envelopes: the line breaker, vertical placement, templates, and the
PDFs themselves (fonts embedded as subsets, each page's text carries its own addressee)."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
from pathlib import Path

import pytest

from crmdesk.domain.letters import (
    CompanyProfile,
    DateStyle,
    Recipient,
    TemplateError,
    format_date,
    load_template,
    parse_template,
)
from crmdesk.printing.documents import (
    LABEL_STOCKS,
    EnvelopeLayout,
    FlyerLayout,
    LabelLayout,
    LetterLayout,
    Voice,
)
from crmdesk.printing.kinsoku import NO_END, NO_START, break_lines
from crmdesk.printing.page import Text
from crmdesk.printing.pdf import write_pages
from crmdesk.printing.vertical import column_ops, kanji_digits
from crmdesk.resources import resource_path

TODAY = dt.date(2026, 5, 12)


def chars(s: str) -> float:
    return float(len(s))


# ---------------------------------------------------------------- 禁則


def test_no_line_starts_with_closing_punctuation() -> None:
    lines = break_lines("あいうえおかきくけ」こさしす", 9, chars)
    assert lines[0] == "あいうえおかきく"  # け is pushed down with 」
    assert lines[1].startswith("け」")


def test_hanging_punctuation_stays_on_the_line() -> None:
    lines = break_lines("あいうえおかきくけ、こさ", 9, chars)
    assert lines == ["あいうえおかきくけ、", "こさ"]


def test_opening_bracket_never_ends_a_line() -> None:
    lines = break_lines("あいうえおかきく「けこ」", 9, chars)
    assert not lines[0].endswith("「")
    assert lines[1].startswith("「")


def test_small_kana_and_long_vowel_mark_do_not_start_a_line() -> None:
    for text in ("あいうえおかきくけっと", "あいうえおかきくコーヒー"):
        for line in break_lines(text, 9, chars)[1:]:
            assert line[0] not in NO_START


def test_ascii_words_are_not_split() -> None:
    lines = break_lines("あいうえおかきSPRING2026です", 12, chars)
    assert any("SPRING2026" in line for line in lines)


@pytest.mark.parametrize("seed", range(30))
def test_rules_hold_on_random_text(seed: int) -> None:
    import random

    rng = random.Random(seed)
    alphabet = "あいうえおかきくけこ漢字、。「」（）ーっゃ…"
    text = "".join(rng.choice(alphabet) for _ in range(200))
    lines = break_lines(text, 12, chars)
    assert "".join(lines) == text
    for previous, line in itertools.pairwise(lines):
        # Only a line that cannot give up a character (one left) lets a mark start the next.
        assert line[0] not in NO_START or len(previous.rstrip("、。")) <= 1
    for line in lines[:-1]:
        assert line[-1] not in NO_END or len(line) == 1
        assert len(line) <= 13  # one hanging mark at most


# ---------------------------------------------------------------- 縦書き


def test_vertical_column_rotates_marks_and_shifts_small_kana() -> None:
    ops = column_ops("コー「ッ」。", x=100, top=500, font="IPAexMincho", size=10)
    texts = [op for op in ops if isinstance(op, Text)]
    by_char = {op.text: op for op in texts}
    assert by_char["ー"].angle == -90 and by_char["「"].angle == -90
    assert by_char["コ"].angle == 0
    assert by_char["。"].x > 100 and by_char["ッ"].x > 100  # towards the upper right
    ys = [op.y for op in texts if op.angle == 0]
    assert ys == sorted(ys, reverse=True)  # top to bottom


def test_kanji_digits() -> None:
    assert kanji_digits("千代田1-20-3") == "千代田一-二〇-三"


def test_dates_in_seireki_and_wareki() -> None:
    assert format_date(TODAY) == "2026年5月12日"
    assert format_date(TODAY, DateStyle.WAREKI) == "令和8年5月12日"
    assert format_date(dt.date(2019, 5, 1), DateStyle.WAREKI) == "令和元年5月1日"
    assert format_date(dt.date(2019, 4, 30), DateStyle.WAREKI) == "平成31年4月30日"


# ---------------------------------------------------------------- templates


def test_unknown_placeholder_names_file_line_and_placeholder(tmp_path: Path) -> None:
    source = 'kind = "thankyou"\nbody = """\n{name}\n\nこんにちは{nmae}です。\n"""\n'
    with pytest.raises(TemplateError) as err:
        parse_template(source, path="bad.toml", code="bad")
    assert "bad.toml" in str(err.value) and "line 5" in str(err.value)
    assert "{nmae}" in str(err.value) and err.value.code == "E303"


def test_missing_template_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"nothere\.toml"):
        load_template(tmp_path / "nothere.toml")


def test_every_shipped_template_parses() -> None:
    for path in sorted(resource_path("templates").glob("*.toml")):
        assert load_template(path).paragraphs


# ---------------------------------------------------------------- documents

PEOPLE = [
    Recipient(
        1,
        "C0000001",
        "山田",
        "花子",
        "1000001",
        "東京都",
        "千代田区",
        "千代田1-1",
        "",
        "黒酢にんにく粒",
        3,
        TODAY,
    ),
    Recipient(
        2,
        "C0000002",
        "佐藤",
        "一郎",
        "5300001",
        "大阪府",
        "大阪市北区",
        "梅田2-4-9",
        "梅田ハイツ305号室",
        "黒酢にんにく粒",
        6,
        None,
    ),
    Recipient(
        3,
        "C0000003",
        "髙橋",
        "美咲",
        "0600001",
        "北海道",
        "札幌市中央区",
        "北一条西3-2",
        "",
        "",
        None,
        None,
    ),
]


def _pdftotext_pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def _assert_embedded_subsets(pdf: Path) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows
    for row in rows:
        assert "+" in row[0]  # subset prefix
        assert row[-5] == "yes" and row[-4] == "yes"  # emb, sub


def _compact(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize(
    "template",
    [
        "thankyou_first",
        "thankyou_milestone",
        "dm_dormant",
        "dm_f2",
        "apology",
        "birthday",
        "cancellation",
    ],
)
def test_each_letter_page_carries_its_own_addressee(tmp_path: Path, template: str) -> None:
    layout = LetterLayout(
        load_template(resource_path("templates", f"{template}.toml")),
        company=CompanyProfile(),
        today=TODAY,
        offer_code="SPRING2026",
    )
    pdf = write_pages(tmp_path / "l.pdf", [layout.page(r) for r in PEOPLE], title=template)
    _assert_embedded_subsets(pdf)
    pages = _pdftotext_pages(pdf)
    assert len(pages) == len(PEOPLE)
    for page, r in zip(pages, PEOPLE, strict=True):
        compact = _compact(page)
        assert _compact(r.name) in compact
        assert _compact(r.address_line1) in compact
        for other in PEOPLE:
            if other is not r:
                assert _compact(other.name) not in compact


def test_flyer_labels_envelopes(tmp_path: Path) -> None:
    voices = [
        Voice(f"毎日続けています。体の調子がとても良いです。その{k}", f"{40 + k}代・女性 K.{k}様")
        for k in range(5)
    ]
    flyer = FlyerLayout(
        load_template(resource_path("templates", "flyer.toml")),
        voices,
        company=CompanyProfile(),
        product="黒酢にんにく粒",
        today=TODAY,
    )
    pdf = write_pages(tmp_path / "f.pdf", [flyer.page(r) for r in PEOPLE], title="flyer")
    _assert_embedded_subsets(pdf)
    for page, r in zip(_pdftotext_pages(pdf), PEOPLE, strict=True):
        assert _compact(r.name) in _compact(page) and "K.3様" in _compact(page)
    with pytest.raises(ValueError, match="4 to 8"):
        FlyerLayout(
            load_template(resource_path("templates", "flyer.toml")),
            voices[:3],
            company=CompanyProfile(),
            product="x",
            today=TODAY,
        )
    envelopes = EnvelopeLayout(CompanyProfile())
    pdf = write_pages(tmp_path / "e.pdf", [envelopes.page(r) for r in PEOPLE], title="env")
    _assert_embedded_subsets(pdf)
    for page, r in zip(_pdftotext_pages(pdf), PEOPLE, strict=True):
        assert _compact(r.name) in _compact(page) and _compact(r.address_line1) in _compact(page)
    for stock in ("a4-12", "a4-24"):
        layout = LabelLayout(LABEL_STOCKS[stock])
        many = PEOPLE * 10
        pages = list(layout.pages(many))
        assert len(pages) == -(-len(many) // LABEL_STOCKS[stock].per_sheet)
        pdf = write_pages(tmp_path / f"{stock}.pdf", pages, title="labels")
        _assert_embedded_subsets(pdf)
        text = _compact("".join(_pdftotext_pages(pdf)))
        assert text.count(_compact(PEOPLE[1].name)) == 10


def test_letter_longer_than_a_page_is_refused(tmp_path: Path) -> None:
    body = "\n\n".join(["長い本文です。" * 40] * 12)
    template = parse_template(
        f'kind = "dm"\nbody = """\n{body}\n"""\n', path="long.toml", code="long"
    )
    layout = LetterLayout(template, company=CompanyProfile(), today=TODAY)
    with pytest.raises(TemplateError, match=r"long\.toml"):
        layout.page(PEOPLE[0])
