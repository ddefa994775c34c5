"""Normalisation rules for what operators type: phone numbers, readings, names, postal codes, email.

Every rule here turns the many ways a value reaches the desk (full-width digits from a Japanese IME,
half-width katakana from an old cart export, ``+81`` from an overseas form, a hyphen that is really
a katakana prolonged sound mark) into one canonical form, so that search, duplicate detection and
printing compare like with like. The canonical forms are what the database stores in its ``*_norm``
and ``digits`` columns; the display forms (``format_phone``, ``format_postal_code``) are derived
from them.

Pure functions only: no I/O, no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import re
import unicodedata

from crmdesk.domain.errors import CrmdeskError

__all__ = [
    "NormalizationError",
    "format_phone",
    "format_postal_code",
    "is_phone_fragment",
    "looks_like_kana",
    "normalize_address",
    "normalize_email",
    "normalize_kana",
    "normalize_name",
    "normalize_phone",
    "normalize_postal_code",
    "phone_digits_fragment",
    "to_katakana",
]


class NormalizationError(CrmdeskError, ValueError):
    """A value the user typed cannot be brought into canonical form.

    ``field`` names the field (``'phone'``, ``'postal_code'``, ``'kana'``, ``'email'``),
    ``value`` is the raw input exactly as received and ``reason`` says in English what is wrong.
    ``str(err)`` names the field and the value, e.g.
    ``Invalid phone '090-12ab-5678': contains characters that are not digits ('a', 'b') [E301]``.
    It is also a ``ValueError`` so that code validating generic input can catch it without
    knowing about crmdesk's error hierarchy.
    """

    code = "E301"

    def __init__(self, field: str, value: str, reason: str = "") -> None:
        self.field = field
        self.value = value
        self.reason = reason
        message = f"Invalid {field} {value!r}"
        if reason:
            message += f": {reason}"
        super().__init__(message)


_ASCII_DIGITS = frozenset("0123456789")

# Characters people put between the digits of a phone number or postal code. NFKC has already
# folded the full-width forms (－, （, ．, U+3000) into ASCII, but it leaves the many dash-like
# characters an IME offers for 「ー」 alone, so they are listed one by one.
_DASHES = frozenset(
    "-"  # ASCII hyphen-minus (also what NFKC makes of － and ﹣)
    "\u00ad"  # soft hyphen (copy-pasted from web pages)
    "\u02d7"  # modifier letter minus
    "\u2010\u2011\u2012\u2013\u2014\u2015"  # hyphen, non-breaking hyphen, figure dash, dashes, bar
    "\u2043"  # hyphen bullet
    "\u2212"  # minus sign: what the Japanese IME gives for 「−」
    "\u2500\u2501"  # box-drawing horizontals: what some IMEs give for 「ー」 converted to symbol
    "\u30fc"  # katakana prolonged sound mark: typed in kana mode instead of a hyphen
    "\ufe58"  # small em dash
)
# Invisible characters pasted along with numbers from web pages and spreadsheets.
_INVISIBLES = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_PHONE_SEPARATORS = _DASHES | _INVISIBLES | frozenset("().\u30fb\u00b7")
_POSTAL_SEPARATORS = _DASHES | _INVISIBLES | frozenset("\u3012")  # 〒 (NFKC also folds 〶 into it)


def _nfkc(raw: str) -> str:
    return unicodedata.normalize("NFKC", raw)


def _describe(chars: str) -> str:
    """List the distinct offending characters for an error message, in order of appearance."""
    seen = list(dict.fromkeys(chars))
    return ", ".join(repr(c) for c in seen[:5]) + (", …" if len(seen) > 5 else "")


# ------------------------------------------------------------------------------------------ phone


def _strip_phone_separators(text: str) -> str:
    return "".join(c for c in text if c not in _PHONE_SEPARATORS and not c.isspace())


def _fold_international(digits: str) -> str | None:
    """Turn ``81…`` (after ``+``) into domestic form, or return None if not a Japanese number."""
    if not digits.startswith("81"):
        return None
    national = digits[2:]
    # '+81 (0)90-…' keeps the trunk 0 in brackets; '+81 90-…' drops it. Both mean 090-….
    return national if national.startswith("0") else "0" + national


def _expected_phone_length(national: str) -> int:
    """How many digits a domestic number with this prefix has.

    Numbers of the form 0X0 (020 M2M, 050 IP phone, 060 FMC, 070/080/090 mobile, 0800 free dial)
    are 11 digits; every other prefix (geographic area codes, 0120 free dial, 0570 navi-dial,
    0180, 0990) is 10 digits.
    """
    return 11 if national[2:3] == "0" else 10


def normalize_phone(raw: str) -> str:
    """Return the canonical domestic digit string of a Japanese phone number.

    ``'０９０−１２３４−５６７８'``, ``'(03)1234-5678'``, ``'+81 90-1234-5678'``,
    ``'+81-(0)90-1234-5678'`` and ``'0081 90 1234 5678'`` all give digits only, starting
    with 0: ``'09012345678'``, ``'0312345678'``. Separators may be any kind of hyphen or dash,
    spaces (including U+3000), parentheses and dots. ``81…`` without ``+`` or ``0081`` is taken
    as a domestic number (and rejected, since it does not start with 0): the international
    prefix must be explicit.

    Raises NormalizationError(field='phone') for empty input, letters or other characters,
    a foreign country code, and lengths no Japanese number has (0X0 numbers have 11 digits,
    all others 10).
    """
    text = _strip_phone_separators(_nfkc(raw))
    if not text:
        raise NormalizationError("phone", raw, "no digits")
    international = text.startswith("+")
    body = text[1:] if international else text
    junk = "".join(c for c in body if c not in _ASCII_DIGITS)
    if junk:
        raise NormalizationError(
            "phone", raw, f"contains characters that are not digits ({_describe(junk)})"
        )
    if not body:
        raise NormalizationError("phone", raw, "no digits")
    national: str | None = body
    if international:
        national = _fold_international(body)
    elif body.startswith("0081"):
        # 00 is the international call prefix from most countries; 0081 is never domestic.
        national = _fold_international(body[2:])
    if national is None:
        raise NormalizationError("phone", raw, "not a Japanese number (+81)")
    if not national.startswith("0"):
        raise NormalizationError("phone", raw, "a domestic number starts with 0")
    if national.startswith("00"):
        raise NormalizationError(
            "phone", raw, "starts with 00 (an international or carrier prefix)"
        )
    expected = _expected_phone_length(national)
    if len(national) != expected:
        raise NormalizationError(
            "phone",
            raw,
            f"has {len(national)} digits; numbers starting {national[:3]} have {expected}",
        )
    return national


def is_phone_fragment(raw: str) -> bool:
    """Say whether a search query is (part of) a phone number rather than a name.

    True when, after NFKC, the text has at least one digit and otherwise only phone separators
    (hyphens of any kind, spaces, parentheses, dots) and possibly a leading ``+``.
    ``'5678'``, ``'０９０−１２'`` and ``'+81 90'`` are fragments; ``'山田'``, ``'abc1'`` and
    ``'--'`` are not.
    """
    text = _strip_phone_separators(_nfkc(raw))
    text = text.removeprefix("+")
    return bool(text) and all(c in _ASCII_DIGITS for c in text)


def phone_digits_fragment(raw: str) -> str:
    """Return the ASCII digits of partial phone input, for prefix or suffix search.

    No length check: ``'５６７８'`` gives ``'5678'``. A leading ``+81`` is folded to ``0`` as in
    ``normalize_phone`` (``'+81 90-12'`` gives ``'09012'``; likewise ``0081``) so that the
    fragment matches the stored domestic digits. Returns ``''`` when there are no digits.
    """
    text = _nfkc(raw)
    digits = "".join(c for c in text if c in _ASCII_DIGITS)
    international = _strip_phone_separators(text).startswith("+")
    if international or digits.startswith("0081"):
        folded = _fold_international(digits if international else digits[2:])
        if folded is not None:
            return folded
    return digits


# Area codes whose length is not 3 (including the leading 0), for display only. The split of a
# 10-digit geographic number is area code + exchange (together 6 digits) + 4 subscriber digits;
# unknown prefixes are shown 0XX-XXX-XXXX, the most common shape. The MIC table is far longer and
# some ranges depend on the exchange (04-2xxx Tokorozawa vs 042-xxx Hachioji), so a wrong hyphen
# position is possible for rare numbers; the stored digits are unaffected.
_AREA_CODES_2 = frozenset({"03", "06"})
# fmt: off
_AREA_CODES_4 = frozenset(
    [
        "0123", "0126", "0134", "0138", "0143", "0144", "0154", "0155", "0157", "0166", "0172",
        "0178", "0191", "0197", "0198", "0225", "0226", "0229", "0234", "0235", "0238", "0242",
        "0246", "0248", "0256", "0257", "0258", "0259", "0263", "0265", "0266", "0267", "0268",
        "0276", "0277", "0280", "0282", "0283", "0284", "0285", "0288", "0289", "0294", "0297",
        "0299", "0428", "0436", "0438", "0439", "0460", "0463", "0465", "0466", "0467", "0476",
        "0479", "0480", "0493", "0494", "0495", "0532", "0533", "0538", "0544", "0545", "0547",
        "0548", "0550", "0555", "0557", "0558", "0561", "0562", "0563", "0564", "0565", "0566",
        "0567", "0568", "0569", "0572", "0574", "0575", "0577", "0584", "0586", "0587", "0594",
        "0595", "0596", "0598", "0721", "0725", "0736", "0737", "0738", "0739", "0742", "0743",
        "0744", "0745", "0747", "0748", "0749", "0761", "0765", "0766", "0768", "0770", "0771",
        "0772", "0773", "0774", "0776", "0790", "0791", "0794", "0795", "0796", "0797", "0798",
        "0799", "0823", "0824", "0827", "0829", "0833", "0834", "0835", "0836", "0837", "0838",
        "0848", "0852", "0853", "0854", "0855", "0856", "0857", "0858", "0859", "0863", "0865",
        "0866", "0867", "0868", "0869", "0875", "0877", "0879", "0880", "0883", "0884", "0885",
        "0887", "0889", "0892", "0893", "0894", "0895", "0896", "0897", "0898", "0940", "0942",
        "0943", "0944", "0946", "0947", "0948", "0949", "0952", "0954", "0955", "0956", "0957",
        "0959", "0964", "0965", "0966", "0967", "0968", "0969", "0972", "0973", "0974", "0977",
        "0978", "0979", "0980", "0982", "0983", "0984", "0985", "0986", "0987", "0993", "0994",
        "0995", "0996", "0997",
    ]
)
_AREA_CODES_5 = frozenset(
    [
        "01267", "01372", "01374", "01377", "01392", "01397", "01398", "01456", "01457",
        "01466", "01547", "01558", "01564", "01586", "01587", "01632", "01634", "01635",
        "01648", "01654", "01655", "01656", "01658", "04992", "04994", "04996", "04998",
        "05769", "05979", "07468", "08387", "08388", "08396", "08477", "08512", "08514",
        "09496", "09802", "09912", "09913", "09969",
    ]
)
# fmt: on
# Non-geographic 10-digit services, shown 4-3-3 (0120-123-456).
_SERVICE_CODES = ("0120", "0570", "0180", "0990")


def _area_code_length(national: str) -> int:
    if national[:5] in _AREA_CODES_5:
        return 5
    if national[:4] in _AREA_CODES_4:
        return 4
    if national[:2] in _AREA_CODES_2:
        return 2
    return 3


def format_phone(digits: str) -> str:
    """Return the display form of a phone number, with hyphens.

    ``'09012345678'`` → ``'090-1234-5678'``, ``'0312345678'`` → ``'03-1234-5678'``,
    ``'0120123456'`` → ``'0120-123-456'``, ``'0570123456'`` → ``'0570-123-456'``,
    ``'08001234567'`` → ``'0800-123-4567'``, ``'05012345678'`` → ``'050-1234-5678'``.
    Geographic numbers are split by a small area-code table (see ``_AREA_CODES_4``).

    The input is normalised first, so any form ``normalize_phone`` accepts may be passed;
    invalid input raises NormalizationError(field='phone') rather than printing a wrong number.
    """
    national = normalize_phone(digits)
    if national.startswith("0800"):
        return f"{national[:4]}-{national[4:7]}-{national[7:]}"
    if len(national) == 11:
        return f"{national[:3]}-{national[3:7]}-{national[7:]}"
    if national.startswith(_SERVICE_CODES):
        return f"{national[:4]}-{national[4:7]}-{national[7:]}"
    area = _area_code_length(national)
    return f"{national[:area]}-{national[area:6]}-{national[6:]}"


# ------------------------------------------------------------------------------- kana and names

# Hiragana ぁ..ゖ and the iteration marks ゝゞ sit exactly 0x60 below their katakana.
_HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in [*range(0x3041, 0x3097), 0x309D, 0x309E]}
# The spacing voiced marks ゛゜ decompose under NFKC to a space plus a combining mark, which would
# leave カ゛ as カ + space + mark; turned into the combining marks first, NFKC composes ガ.
_SPACING_VOICE_MARKS = {0x309B: 0x3099, 0x309C: 0x309A}
_MIDDLE_DOTS = frozenset("\u30fb\u00b7\u2027")  # ・ (NFKC also folds half-width ･ into it), ·, ‧
_KATAKANA = frozenset(
    [chr(c) for c in range(0x30A1, 0x30FB)]  # ァ..ヺ, including ヴ ヵ ヶ ヷ..ヺ
    + ["\u30fc", "\u30fd", "\u30fe"]  # ー ヽ ヾ
)


def _without_spaces(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c not in _INVISIBLES)


def to_katakana(raw: str) -> str:
    """Fold a reading to its search form without validating it.

    NFKC (which turns half-width ``ｶﾞ`` into ``ガ`` and ``ﾊﾟ`` into ``パ``), hiragana to katakana,
    all whitespace (ASCII and U+3000) and middle dots ``・`` removed; the prolonged sound mark
    ``ー`` is kept. Anything else (kanji, latin letters) passes through NFKC-folded, which is what a
    search box with mixed input needs: ``'やまだ たろう'`` → ``'ヤマダタロウ'``,
    ``'ﾔﾏﾀﾞ 太郎'`` → ``'ヤマダ太郎'``.
    """
    text = _nfkc(raw.translate(_SPACING_VOICE_MARKS)).translate(_HIRAGANA_TO_KATAKANA)
    text = "".join(c for c in _without_spaces(text) if c not in _MIDDLE_DOTS)
    # Removing a space can bring a combining mark next to a letter it composes with;
    # normalising again keeps the function idempotent.
    return _nfkc(text)


def _non_katakana(text: str) -> str:
    return "".join(c for c in text if c not in _KATAKANA)


def normalize_kana(raw: str) -> str:
    """Return the search form of a reading (フリガナ): full-width katakana, no spaces.

    Folding as in ``to_katakana``; then raises NormalizationError(field='kana') if nothing is left
    or if what is left contains anything but katakana and ``ー`` (kanji, latin letters, digits,
    hyphens typed for ``ー``). Use ``to_katakana`` for search queries that may be mixed.
    """
    folded = to_katakana(raw)
    if not folded:
        raise NormalizationError("kana", raw, "empty")
    junk = _non_katakana(folded)
    if junk:
        raise NormalizationError(
            "kana", raw, f"contains characters that are not kana ({_describe(junk)})"
        )
    return folded


def looks_like_kana(raw: str) -> bool:
    """Say whether text is a reading: non-empty, and only katakana/``ー`` after ``to_katakana``.

    ``'やまだ'``, ``'ﾔﾏﾀﾞ'`` and ``'ヤマダ　タロウ'`` look like kana; ``'山田'``, ``'yamada'``
    and ``''`` do not. The search box uses this to choose the kana index over the name index.
    """
    folded = to_katakana(raw)
    return bool(folded) and not _non_katakana(folded)


def normalize_name(raw: str) -> str:
    """Return the search form of a written name (kanji, kana or latin): NFKC, no spaces, casefolded.

    Kana are deliberately *not* folded between hiragana and katakana here: the written name is
    matched as written (ひろみ and ヒロミ are different names on a letter), and reading-based
    search goes through ``normalize_kana`` on the フリガナ instead. Latin letters are casefolded
    so that ``'SMITH John'`` and ``'smith john'`` match. Never raises; ``''`` stays ``''``.
    """
    text = _nfkc(_nfkc(raw).casefold())
    # Same as to_katakana: normalise again once the spaces are gone.
    return _nfkc(_without_spaces(text))


# -------------------------------------------------------------------------------------- address

# Dashes written between the numbers of a street address (1-2-3): every dash-like character
# folds to ASCII '-', except the prolonged sound mark ー, which belongs to katakana building
# names (コーポ) and is folded only between two digits, where it can only be a typed hyphen.
_ADDRESS_DASHES = str.maketrans(dict.fromkeys(_DASHES - {"\u30fc", "\u00ad"}, "-"))
_CHOONPU_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])\u30fc(?=[0-9])")


def normalize_address(*parts: str) -> str:
    """Return the search form of an address: the parts joined, NFKC, casefolded, no spaces.

    ``normalize_address('東京都', '千代田区', '千代田１−１', 'メゾン　ハイツ 101')`` gives
    ``'東京都千代田区千代田1-1メゾンハイツ101'``: full-width digits and letters fold as in
    ``normalize_name``, every kind of dash between numbers becomes ``-`` (also ``ー`` typed in
    kana mode, but only between digits), soft hyphens disappear. Substring search matches the
    query against this form, so the query goes through the same function. Never raises.
    """
    text = normalize_name("".join(parts)).replace("\u00ad", "")
    return _CHOONPU_BETWEEN_DIGITS.sub("-", text.translate(_ADDRESS_DASHES))


# ----------------------------------------------------------------------------------- postal code


def normalize_postal_code(raw: str) -> str:
    """Return a postal code (郵便番号) as 7 ASCII digits.

    ``'〒123-4567'``, ``'１２３−４５６７'``, ``'1234567'`` and ``'123 4567'`` all give
    ``'1234567'``: the 〒 mark, spaces and hyphens of any kind are dropped after NFKC.
    Raises NormalizationError(field='postal_code') for anything else (letters, 6 or 8 digits).
    """
    text = "".join(c for c in _nfkc(raw) if c not in _POSTAL_SEPARATORS and not c.isspace())
    junk = "".join(c for c in text if c not in _ASCII_DIGITS)
    if junk:
        raise NormalizationError(
            "postal_code", raw, f"contains characters that are not digits ({_describe(junk)})"
        )
    if len(text) != 7:
        raise NormalizationError("postal_code", raw, f"has {len(text)} digits, not 7")
    return text


def format_postal_code(digits: str) -> str:
    """Return the display form ``123-4567`` of a postal code.

    Any form ``normalize_postal_code`` accepts may be passed; invalid input raises
    NormalizationError(field='postal_code').
    """
    code = normalize_postal_code(digits)
    return f"{code[:3]}-{code[3:]}"


# ----------------------------------------------------------------------------------------- email


def normalize_email(raw: str) -> str:
    """Return an email address in comparison form: NFKC, stripped, lower-case.

    Lower-casing the local part is technically lossy, but no mail provider a Japanese
    consumer uses treats case as significant there, and duplicates like ``Taro@…`` and
    ``taro@…`` are a real problem. NFKC folds full-width ``ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ``.

    Raises NormalizationError(field='email') unless there is exactly one ``@``, a non-empty local
    part, a domain with at least one dot and no empty labels, and no whitespace.
    """
    text = _nfkc(_nfkc(raw).strip().lower())
    if not text:
        raise NormalizationError("email", raw, "empty")
    if any(c.isspace() for c in text):
        raise NormalizationError("email", raw, "contains spaces")
    if text.count("@") != 1:
        raise NormalizationError("email", raw, "must contain exactly one @")
    local, domain = text.split("@")
    if not local:
        raise NormalizationError("email", raw, "nothing before the @")
    if "." not in domain or any(not label for label in domain.split(".")):
        raise NormalizationError("email", raw, "the domain after the @ is not like example.jp")
    return text
