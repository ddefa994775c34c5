"""What the one search box was given: a phone number, a code, a kana reading, a name …

Pure parsing; the store runs the lookups the plan asks for, in the plan's order.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass

from crmdesk.domain.normalize import (
    NormalizationError,
    is_phone_fragment,
    looks_like_kana,
    normalize_address,
    normalize_email,
    normalize_name,
    normalize_phone,
    phone_digits_fragment,
    to_katakana,
)

#: Shorter queries are prefix searches only: one character is in too many names to list.
MIN_SUBSTRING = 2
#: ASCII letters then digits (customer codes, order references): never a substring query.
_IDENTIFIER = re.compile(r"^[a-z]+[-a-z]*[0-9][-a-z0-9]*$")
_POSTAL = re.compile(r"^〒?\s*(\d{3})-?(\d{4})$")
#: Every dash a Japanese IME or a cart export produces, folded to ASCII '-' for identifiers.
_DASHES = re.compile("[\u2010-\u2015\u2212\u30fc\uff0d\uff70]")


@dataclass(frozen=True)
class SearchPlan:
    """The lookups worth running for one query; empty fields are skipped."""

    exact_token: str = ""  # customer code or order number, as typed (upper-cased, NFKC)
    phone_digits: str = ""  # a whole canonical number
    last4: str = ""  # the last four digits only
    email: str = ""
    postal_code: str = ""
    kana_prefix: str = ""
    name_prefix: str = ""
    #: part of a name, reading or address (``normalize_name`` form), at least 2 characters
    substring: str = ""

    @property
    def empty(self) -> bool:
        """True when there is nothing to look up (blank query)."""
        return not any(
            (
                self.exact_token,
                self.phone_digits,
                self.last4,
                self.email,
                self.postal_code,
                self.kana_prefix,
                self.name_prefix,
                self.substring,
            )
        )

    @property
    def needs_pause(self) -> bool:
        """True when the plan includes a substring search (FTS5 / pg_trgm), the one lookup
        worth waiting for the typing to pause. Everything else is an index probe or a short
        index range with a LIMIT (phone, code, order number, email, postal code, kana or
        name prefix), cheap enough to run on every keystroke."""
        return bool(self.substring)


def plan_search(raw: str) -> SearchPlan:
    """Decide which lookups ``raw`` calls for. Never raises: odd input just finds nothing."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        return SearchPlan()
    exact = _DASHES.sub("-", re.sub(r"\s+", "", text)).upper()

    if "@" in text:
        try:
            return SearchPlan(exact_token=exact, email=normalize_email(text))
        except NormalizationError:
            return SearchPlan(exact_token=exact)

    postal = _POSTAL.match(_DASHES.sub("-", text))
    if is_phone_fragment(text) or postal:
        digits = phone_digits_fragment(text)
        phone = ""
        with contextlib.suppress(NormalizationError):
            phone = normalize_phone(text)
        return SearchPlan(
            exact_token=exact,
            phone_digits=phone,
            last4=digits if len(digits) == 4 else "",
            postal_code=postal.group(1) + postal.group(2) if postal else "",
        )

    kana = ""
    if looks_like_kana(text):
        kana = re.sub(r"\s+", "", to_katakana(text))
    name = normalize_name(text)
    # A customer code or similar identifier (C0000042) is looked up exactly, not inside names.
    substring = name if len(name) >= MIN_SUBSTRING and not _IDENTIFIER.match(name) else ""
    return SearchPlan(exact_token=exact, kana_prefix=kana, name_prefix=name, substring=substring)


def substring_forms(text: str) -> tuple[str, ...]:
    """The forms a substring query takes against the stored search columns, distinct, in order.

    ``name_norm`` is matched with the ``normalize_name`` form, ``kana_norm`` with the katakana
    form (はなこ → ハナコ), ``address_norm`` with the ``normalize_address`` form (dashes folded);
    each form is tried against every column. Forms shorter than :data:`MIN_SUBSTRING` are left
    out (a single character matches too much to be worth a substring search).
    """
    name = normalize_name(text)
    forms = (name, to_katakana(name), normalize_address(name))
    return tuple(f for f in dict.fromkeys(forms) if len(f) >= MIN_SUBSTRING)
