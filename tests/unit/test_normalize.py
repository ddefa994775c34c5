"""Tests for crmdesk.domain.normalize: example tables for every accepted form, Hypothesis properties."""

from __future__ import annotations

import unicodedata

import jaconv
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.normalize import (
    NormalizationError,
    format_phone,
    format_postal_code,
    is_phone_fragment,
    looks_like_kana,
    normalize_email,
    normalize_kana,
    normalize_name,
    normalize_phone,
    normalize_postal_code,
    phone_digits_fragment,
    to_katakana,
)

# Few examples each, so that the whole file stays within a few seconds; CI runs often enough for
# randomness to explore over time.
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# For properties over arbitrary text, which are about crashes and error shape rather than rules.
QUICK = settings(FAST, max_examples=50)

FULL_WIDTH_DIGITS = {d: chr(ord("０") + int(d)) for d in "0123456789"}
# Every separator an operator (or an IME, or a pasted web page) puts between the digits.
PHONE_SEPARATORS = [
    "-", "−", "‐", "‑", "‒", "–", "—", "―", "ー", "ｰ", "－", "─", "\u00ad",
    " ", "\u3000", "  ", ".", "．", "・", "･",
]  # fmt: skip


# ================================================================================ error type


def test_normalization_error_carries_field_value_and_code() -> None:
    err = NormalizationError("phone", "090-12ab-5678", "contains letters")
    assert err.field == "phone"
    assert err.value == "090-12ab-5678"
    assert err.reason == "contains letters"
    assert isinstance(err, ValueError)
    assert isinstance(err, CrmdeskError)
    assert err.code.startswith("E")
    assert "phone" in str(err)
    assert "'090-12ab-5678'" in str(err)
    assert "contains letters" in str(err)


# ===================================================================================== phone

PHONE_EXAMPLES = [
    # mobile
    ("09012345678", "09012345678"),
    ("090-1234-5678", "09012345678"),
    ("０９０−１２３４−５６７８", "09012345678"),
    ("０９０－１２３４－５６７８", "09012345678"),
    ("090ー1234ー5678", "09012345678"),
    ("090‐1234‐5678", "09012345678"),
    ("090―1234―5678", "09012345678"),
    ("090‑1234‑5678", "09012345678"),
    ("090–1234–5678", "09012345678"),
    ("090 1234 5678", "09012345678"),
    ("090　1234　5678", "09012345678"),
    ("  090-1234-5678\n", "09012345678"),
    ("090.1234.5678", "09012345678"),
    ("080-1234-5678", "08012345678"),
    ("070-1234-5678", "07012345678"),
    # IP phone, M2M
    ("050-1234-5678", "05012345678"),
    ("０５０ １２３４ ５６７８", "05012345678"),
    ("020-1234-5678", "02012345678"),
    # geographic
    ("03-1234-5678", "0312345678"),
    ("(03)1234-5678", "0312345678"),
    ("（０３）１２３４－５６７８", "0312345678"),
    ("03(1234)5678", "0312345678"),
    ("06-6123-4567", "0661234567"),
    ("045-123-4567", "0451234567"),
    ("0466-12-3456", "0466123456"),
    ("04992-1-2345", "0499212345"),
    # free dial, navi-dial
    ("0120-123-456", "0120123456"),
    ("０１２０−１２３−４５６", "0120123456"),
    ("0800-123-4567", "08001234567"),
    ("0570-123-456", "0570123456"),
    ("0570.123.456", "0570123456"),
    # international forms of Japanese numbers
    ("+81 90-1234-5678", "09012345678"),
    ("+81-90-1234-5678", "09012345678"),
    ("+819012345678", "09012345678"),
    ("+81-(0)90-1234-5678", "09012345678"),
    ("+81 (0)3 1234 5678", "0312345678"),
    ("＋８１　９０−１２３４−５６７８", "09012345678"),
    ("+81 3-1234-5678", "0312345678"),
    ("+81 120-123-456", "0120123456"),
    ("0081 90 1234 5678", "09012345678"),
    ("0081-3-1234-5678", "0312345678"),
]


@pytest.mark.parametrize(("raw", "expected"), PHONE_EXAMPLES)
def test_normalize_phone_examples(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "\u3000",
        "---",
        "()",
        "+",
        "090-12ab-5678",
        "O90-1234-5678",  # letter O for zero
        "090-1234-5678 (携帯)",
        "090/1234/5678",
        "090_1234_5678",
        "tel:090-1234-5678",
        "090-1234-5678#",
        "090-1234-567",  # mobile with 10 digits
        "090-1234-56789",  # 12 digits
        "03-1234-567",  # geographic with 9 digits
        "03-1234-56789",  # geographic with 11 digits
        "0120-123-4567",  # free dial 0120 is 10 digits
        "0800-123-456",  # free dial 0800 is 11 digits
        "0570-123-4567",  # navi-dial is 10 digits
        "5678",
        "110",
        "9012345678",  # domestic without the leading 0
        "81 90-1234-5678",  # country code without + or 00
        "819012345678",
        "+1 212 555 1234",  # not Japan
        "+44 20 7946 0958",
        "0012345678",  # 00 is a carrier/international prefix
        "+81+90-1234-5678",
        "090+1234+5678",
    ],
)
def test_normalize_phone_rejects(raw: str) -> None:
    with pytest.raises(NormalizationError) as info:
        normalize_phone(raw)
    assert info.value.field == "phone"
    assert info.value.value == raw
    assert "phone" in str(info.value)


def test_normalize_phone_error_message_names_the_bad_characters() -> None:
    with pytest.raises(NormalizationError, match=r"phone '090-12ab-5678'.*'a', 'b'"):
        normalize_phone("090-12ab-5678")


@pytest.mark.parametrize(
    ("digits", "display"),
    [
        ("09012345678", "090-1234-5678"),
        ("08012345678", "080-1234-5678"),
        ("07012345678", "070-1234-5678"),
        ("05012345678", "050-1234-5678"),
        ("02012345678", "020-1234-5678"),
        ("0312345678", "03-1234-5678"),
        ("0612345678", "06-1234-5678"),
        ("0112345678", "011-234-5678"),  # Sapporo
        ("0451234567", "045-123-4567"),  # Yokohama
        ("0521234567", "052-123-4567"),  # Nagoya
        ("0466123456", "0466-12-3456"),  # Fujisawa
        ("0138123456", "0138-12-3456"),  # Hakodate
        ("0985123456", "0985-12-3456"),  # Miyazaki
        ("0499212345", "04992-1-2345"),  # Izu Oshima
        ("0980521234", "0980-52-1234"),  # Nago
        ("0980212345", "09802-1-2345"),  # Minamidaito: 5-digit code wins over 0980
        ("0120123456", "0120-123-456"),
        ("0570123456", "0570-123-456"),
        ("0180123456", "0180-123-456"),
        ("08001234567", "0800-123-4567"),
        ("0781234567", "078-123-4567"),  # unknown to the table: 3-digit default
    ],
)
def test_format_phone_examples(digits: str, display: str) -> None:
    assert format_phone(digits) == display


def test_format_phone_accepts_raw_input_and_rejects_invalid() -> None:
    assert format_phone("０９０（１２３４）５６７８") == "090-1234-5678"
    assert format_phone("+81 3 1234 5678") == "03-1234-5678"
    with pytest.raises(NormalizationError) as info:
        format_phone("12345")
    assert info.value.field == "phone"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5678", True),
        ("５６７８", True),
        ("090-1234", True),
        ("０９０−１２", True),
        ("(03) 1234", True),
        ("+81 90", True),
        (" 090 ", True),
        ("", False),
        ("   ", False),
        ("---", False),
        ("+", False),
        ("ー", False),
        ("山田", False),
        ("ヤマダ", False),
        ("abc1", False),
        ("090-12ab", False),
        ("C-1234", False),
        ("1+2", False),
        ("〒100-0001", False),
    ],
)
def test_is_phone_fragment(raw: str, expected: bool) -> None:
    assert is_phone_fragment(raw) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5678", "5678"),
        ("５６７８", "5678"),
        ("090-12", "09012"),
        ("（０３）１２", "0312"),
        ("+81 90-12", "09012"),
        ("+81 (0)90-12", "09012"),
        ("0081 90", "090"),
        ("+1 212", "1212"),  # not Japanese: digits as they are
        ("", ""),
        ("abc", ""),
        ("---", ""),
    ],
)
def test_phone_digits_fragment(raw: str, expected: str) -> None:
    assert phone_digits_fragment(raw) == expected


# ------------------------------------------------------------------------- phone properties


@st.composite
def japanese_numbers(draw: st.DrawFn) -> str:
    """Any valid canonical domestic number: 0, a non-zero digit, then 10 or 11 digits in all."""
    first = draw(st.sampled_from("123456789"))
    second = draw(st.sampled_from("0123456789"))
    length = 11 if second == "0" else 10
    rest = draw(st.text(alphabet="0123456789", min_size=length - 3, max_size=length - 3))
    return "0" + first + second + rest


# One draw per digit (cheap): no separator most of the time, else any separator; either width.
_DIGIT_DECORATIONS = [
    (sep, wide) for sep in ["", "", "", *PHONE_SEPARATORS] for wide in (False, True)
]


@st.composite
def decorated(draw: st.DrawFn, number: str) -> str:
    """``number`` as a person might type it: random full-width digits and separators."""
    decorations = draw(
        st.lists(st.sampled_from(_DIGIT_DECORATIONS), min_size=len(number), max_size=len(number))
    )
    out = []
    for i, (digit, (sep, wide)) in enumerate(zip(number, decorations, strict=True)):
        out.append(sep if i else "")
        out.append(FULL_WIDTH_DIGITS[digit] if wide else digit)
    padding = draw(st.sampled_from(["", " ", "\u3000", "\t", "\n"]))
    return padding + "".join(out) + padding


@st.composite
def numbers_as_typed(draw: st.DrawFn) -> tuple[str, str]:
    """A canonical number and one way of typing it, domestic or international."""
    number = draw(japanese_numbers())
    form = draw(st.sampled_from(["domestic", "+81", "+81(0)", "0081"]))
    if form == "domestic":
        return number, draw(decorated(number))
    body = draw(decorated(number[1:]))
    prefix = {"+81": "+81", "+81(0)": "+81(0)", "0081": "0081"}[form]
    sep = draw(st.sampled_from(["", " ", "-", "\u3000"]))
    return number, prefix + sep + body


@FAST
@given(japanese_numbers())
def test_phone_normalize_is_idempotent_and_format_round_trips(number: str) -> None:
    assert normalize_phone(number) == number
    assert normalize_phone(normalize_phone(number)) == normalize_phone(number)
    display = format_phone(number)
    assert normalize_phone(display) == number
    assert display.count("-") == 2
    assert all(part.isdigit() for part in display.split("-"))
    assert format_phone(display) == display


@FAST
@given(numbers_as_typed())
def test_phone_separators_and_width_never_change_the_result(case: tuple[str, str]) -> None:
    number, typed = case
    assert normalize_phone(typed) == number
    assert format_phone(typed) == format_phone(number)
    assert is_phone_fragment(typed)


@FAST
@given(japanese_numbers().flatmap(decorated))
def test_phone_digits_fragment_of_a_typed_domestic_number_is_its_digits(typed: str) -> None:
    assert phone_digits_fragment(typed) == normalize_phone(typed)


@FAST
@given(
    st.text(max_size=8),
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.text(max_size=8),
    japanese_numbers(),
    st.integers(min_value=0, max_value=11),
)
def test_phone_with_an_ascii_letter_is_rejected(
    before: str, letter: str, after: str, number: str, position: int
) -> None:
    typed = number[:position] + before + letter + after + number[position:]
    with pytest.raises(NormalizationError) as info:
        normalize_phone(typed)
    assert info.value.field == "phone"
    assert not is_phone_fragment(typed)


@QUICK
@given(st.text(max_size=20))
def test_phone_result_or_error_on_any_text(raw: str) -> None:
    try:
        number = normalize_phone(raw)
    except NormalizationError as err:
        assert err.field == "phone"
        assert err.value == raw
        assert str(err).startswith("Invalid phone ")
        assert repr(raw) in str(err)
    else:
        assert number.isascii() and number.isdigit()
        assert number.startswith("0")
        assert len(number) in (10, 11)
        assert normalize_phone(number) == number
    digits = phone_digits_fragment(raw)
    assert digits == "" or (digits.isascii() and digits.isdigit())


# ================================================================================ kana / name

KANA_EXAMPLES = [
    ("ヤマダ", "ヤマダ"),
    ("やまだ", "ヤマダ"),
    ("ﾔﾏﾀﾞ", "ヤマダ"),
    ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ"),
    ("ヤマダ　タロウ", "ヤマダタロウ"),
    ("やまだ　たろう", "ヤマダタロウ"),
    (" ヤマダ タロウ ", "ヤマダタロウ"),
    ("ﾊﾟｸ", "パク"),
    ("ﾊﾞﾊﾟﾋﾞﾋﾟ", "バパビピ"),
    ("ｶﾞｷﾞｸﾞｹﾞｺﾞ", "ガギグゲゴ"),
    ("ｳﾞｧｲｵﾘﾝ", "ヴァイオリン"),
    ("ゔぁいおりん", "ヴァイオリン"),
    ("カ゛", "ガ"),  # spacing voiced mark typed after the letter
    ("ハ゜", "パ"),
    ("サトー", "サトー"),
    ("ｻﾄｰ", "サトー"),
    ("さとー", "サトー"),
    ("ジョン・スミス", "ジョンスミス"),
    ("ｼﾞｮﾝ･ｽﾐｽ", "ジョンスミス"),
    ("キョウコ", "キョウコ"),
    ("きょうこ", "キョウコ"),
    ("ﾁｮｳ", "チョウ"),
    ("すゞき", "スヾキ"),
    ("ケ", "ケ"),
    ("ヶ", "ヶ"),
]


@pytest.mark.parametrize(("raw", "expected"), KANA_EXAMPLES)
def test_normalize_kana_examples(raw: str, expected: str) -> None:
    assert normalize_kana(raw) == expected
    assert to_katakana(raw) == expected
    assert looks_like_kana(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "\u3000",
        "・",
        "山田",
        "やまだ太郎",
        "yamada",
        "ヤマダ1",
        "ヤマダ-",
        "ヤマダ。",
        "ﾔﾏﾀﾞ(ｶﾅ)",
    ],
)
def test_normalize_kana_rejects(raw: str) -> None:
    with pytest.raises(NormalizationError) as info:
        normalize_kana(raw)
    assert info.value.field == "kana"
    assert info.value.value == raw
    assert "kana" in str(info.value)
    assert not looks_like_kana(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ﾔﾏﾀﾞ 太郎", "ヤマダ太郎"),
        ("やまだ 太郎", "ヤマダ太郎"),
        ("山田", "山田"),
        ("ＹＡＭＡＤＡ", "YAMADA"),
        ("", ""),
        ("　", ""),
    ],
)
def test_to_katakana_folds_without_validating(raw: str, expected: str) -> None:
    assert to_katakana(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("山田 太郎", "山田太郎"),
        ("山田　太郎", "山田太郎"),
        (" 山田太郎 ", "山田太郎"),
        ("髙橋", "髙橋"),  # itaiji are kept: NFKC does not merge 髙 and 高
        ("ＳＭＩＴＨ　Ｊｏｈｎ", "smithjohn"),
        ("John SMITH", "johnsmith"),
        ("Straße", "strasse"),
        ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ"),  # half-width katakana widened by NFKC
        ("やまだ たろう", "やまだたろう"),  # hiragana kept: the written name is matched as written
        ("", ""),
        ("\u3000", ""),
    ],
)
def test_normalize_name_examples(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ヤマダ", True),
        ("やまだ", True),
        ("ﾔﾏﾀﾞ", True),
        ("ヤマダ　タロウ", True),
        ("サトー", True),
        ("山田", False),
        ("yamada", False),
        ("ヤマダ太郎", False),
        ("", False),
        ("　", False),
        ("090", False),
    ],
)
def test_looks_like_kana(raw: str, expected: bool) -> None:
    assert looks_like_kana(raw) is expected


# -------------------------------------------------------------------------- kana properties

# Katakana that also exist in half-width form, so that every variant of a reading can be drawn.
BASIC_KATAKANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴァィゥェォャュョッー"
)


_KANA_VARIANTS = [
    (sep, form)
    for sep in ["", "", "", " ", "\u3000", "・", "･", "\t"]
    for form in ("katakana", "hiragana", "half-width")
]


@st.composite
def readings_as_typed(draw: st.DrawFn) -> tuple[str, str]:
    """A katakana reading and one way of typing it: hiragana, half-width, spaces, middle dots."""
    reading = draw(st.text(alphabet=BASIC_KATAKANA, min_size=1, max_size=12))
    variants = draw(
        st.lists(st.sampled_from(_KANA_VARIANTS), min_size=len(reading), max_size=len(reading))
    )
    out = []
    for i, (char, (sep, form)) in enumerate(zip(reading, variants, strict=True)):
        out.append(sep if i else "")
        if form == "hiragana" and char != "ー":
            out.append(jaconv.kata2hira(char))
        elif form == "half-width":
            out.append(jaconv.z2h(char, kana=True, ascii=False, digit=False))
        else:
            out.append(char)
    return reading, "".join(out)


@FAST
@given(readings_as_typed())
def test_kana_every_typing_gives_the_same_reading(case: tuple[str, str]) -> None:
    reading, typed = case
    assert normalize_kana(typed) == reading
    assert normalize_kana(reading) == reading  # idempotent
    assert to_katakana(typed) == reading
    assert looks_like_kana(typed)


@QUICK
@given(st.text(max_size=20))
def test_to_katakana_and_normalize_name_are_idempotent_on_any_text(raw: str) -> None:
    kana = to_katakana(raw)
    assert to_katakana(kana) == kana
    name = normalize_name(raw)
    assert normalize_name(name) == name
    assert not any(c.isspace() for c in kana + name)
    assert unicodedata.is_normalized("NFKC", kana)
    assert unicodedata.is_normalized("NFKC", name)


@QUICK
@given(st.text(max_size=20))
def test_kana_result_or_error_on_any_text(raw: str) -> None:
    try:
        kana = normalize_kana(raw)
    except NormalizationError as err:
        assert err.field == "kana"
        assert str(err).startswith("Invalid kana ")
        assert repr(raw) in str(err)
        assert not looks_like_kana(raw)
    else:
        assert kana
        assert normalize_kana(kana) == kana
        assert looks_like_kana(raw)


@QUICK
@given(st.text(max_size=6), st.sampled_from("山田太郎髙橋佐藤abcXYZ123"), st.text(max_size=6))
def test_kana_with_kanji_latin_or_digits_is_rejected(before: str, char: str, after: str) -> None:
    with pytest.raises(NormalizationError) as info:
        normalize_kana(before + char + after)
    assert info.value.field == "kana"


# =============================================================================== postal code

POSTAL_EXAMPLES = [
    ("1234567", "1234567"),
    ("123-4567", "1234567"),
    ("〒123-4567", "1234567"),
    ("〒 123-4567", "1234567"),
    ("〒１２３−４５６７", "1234567"),
    ("１２３−４５６７", "1234567"),
    ("１２３－４５６７", "1234567"),
    ("１２３ー４５６７", "1234567"),
    ("123 4567", "1234567"),
    ("123　4567", "1234567"),
    (" 100-0001 ", "1000001"),
    ("〶100-0001", "1000001"),
    ("060‐0001", "0600001"),
]


@pytest.mark.parametrize(("raw", "expected"), POSTAL_EXAMPLES)
def test_normalize_postal_code_examples(raw: str, expected: str) -> None:
    assert normalize_postal_code(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "〒",
        "abc",
        "123-456",
        "123456",
        "12345678",
        "123-45678",
        "123-45a7",
        "T123-4567",
        "123.4567",
    ],
)
def test_normalize_postal_code_rejects(raw: str) -> None:
    with pytest.raises(NormalizationError) as info:
        normalize_postal_code(raw)
    assert info.value.field == "postal_code"
    assert info.value.value == raw
    assert "postal_code" in str(info.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1234567", "123-4567"), ("〒１００−０００１", "100-0001"), ("0600001", "060-0001")],
)
def test_format_postal_code(raw: str, expected: str) -> None:
    assert format_postal_code(raw) == expected


def test_format_postal_code_rejects_invalid() -> None:
    with pytest.raises(NormalizationError) as info:
        format_postal_code("12345")
    assert info.value.field == "postal_code"


postal_codes = st.text(alphabet="0123456789", min_size=7, max_size=7)


@FAST
@given(postal_codes)
def test_postal_round_trip_and_idempotence(code: str) -> None:
    assert normalize_postal_code(code) == code
    display = format_postal_code(code)
    assert display == f"{code[:3]}-{code[3:]}"
    assert normalize_postal_code(display) == code
    assert normalize_postal_code(normalize_postal_code(display)) == code


@FAST
@given(
    postal_codes,
    st.sampled_from(["", "〒", "〒 ", "〒\u3000"]),
    st.sampled_from(["", "-", "−", "ー", "－", "‐", " ", "\u3000"]),
    st.lists(st.booleans(), min_size=7, max_size=7),
)
def test_postal_typed_forms_give_the_same_code(
    code: str, mark: str, sep: str, wide: list[bool]
) -> None:
    digits = "".join(FULL_WIDTH_DIGITS[d] if w else d for d, w in zip(code, wide, strict=True))
    assert normalize_postal_code(f"{mark}{digits[:3]}{sep}{digits[3:]}") == code


@QUICK
@given(st.text(alphabet="0123456789", max_size=12).filter(lambda s: len(s) != 7))
def test_postal_wrong_length_is_rejected(digits: str) -> None:
    with pytest.raises(NormalizationError) as info:
        normalize_postal_code(digits)
    assert info.value.field == "postal_code"
    assert "postal_code" in str(info.value)


@QUICK
@given(st.text(max_size=12))
def test_postal_result_or_error_on_any_text(raw: str) -> None:
    try:
        code = normalize_postal_code(raw)
    except NormalizationError as err:
        assert err.field == "postal_code"
        assert repr(raw) in str(err)
    else:
        assert len(code) == 7 and code.isascii() and code.isdigit()


# ===================================================================================== email


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("taro@example.jp", "taro@example.jp"),
        ("  Taro.Yamada@Example.CO.JP ", "taro.yamada@example.co.jp"),
        ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp"),
        ("taro+shop@example.jp", "taro+shop@example.jp"),
        ("\u3000taro@example.jp\u3000", "taro@example.jp"),
    ],
)
def test_normalize_email_examples(raw: str, expected: str) -> None:
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "  ",
        "taro",
        "taro@",
        "@example.jp",
        "taro@example",
        "taro@@example.jp",
        "taro@ex@ample.jp",
        "ta ro@example.jp",
        "taro@exa mple.jp",
        "taro@example..jp",
        "taro@.example.jp",
        "taro@example.jp.",
    ],
)
def test_normalize_email_rejects(raw: str) -> None:
    with pytest.raises(NormalizationError) as info:
        normalize_email(raw)
    assert info.value.field == "email"
    assert "email" in str(info.value)


@QUICK
@given(st.text(max_size=30))
def test_email_result_or_error_and_idempotence(raw: str) -> None:
    try:
        email = normalize_email(raw)
    except NormalizationError as err:
        assert err.field == "email"
        assert repr(raw) in str(err)
    else:
        assert normalize_email(email) == email
        assert email.count("@") == 1


@QUICK
@given(st.emails())
def test_email_generated_addresses_are_accepted_and_stable(raw: str) -> None:
    email = normalize_email(raw)
    assert email == email.lower()
    assert normalize_email(email) == email
