"""Letters, flyers, labels and envelopes: what a document says, before anyone draws it.

Pure rules shared by printing (which draws), services (which gather the data) and the GUI (which
previews): the document kinds, the letter templates (TOML files in ``resources/templates``) and
their placeholders, the recipient read model, the company profile (shared settings) and the
Japanese date styles (西暦 / 和暦).

A template is parsed and checked completely before anything prints: an unknown placeholder or a
missing file is a :class:`TemplateError` naming the file, the line and the placeholder.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.shared_settings import SettingSpec, register, text_up_to

__all__ = [
    "BATCH_PLACEHOLDERS",
    "COMPANY_SETTINGS",
    "CUSTOMER_PLACEHOLDERS",
    "PLACEHOLDERS",
    "CompanyProfile",
    "DateStyle",
    "DocumentKind",
    "Layout",
    "LetterTemplate",
    "MissingValueError",
    "Recipient",
    "TemplateError",
    "check_batch_values",
    "format_date",
    "format_postal_code",
    "letter_fields",
    "load_template",
    "parse_template",
    "placeholders_in",
]


class TemplateError(CrmdeskError):
    """A letter template that cannot be used: missing file, bad TOML, unknown placeholder.

    The message names the file (and the line and placeholder when there is one); nothing is
    printed until the template is fixed.
    """

    code = "E303"

    def __init__(self, message: str, *, path: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line


class DocumentKind(StrEnum):
    """What ``crmdesk print KIND`` makes (the batch kinds) plus the one-letter kinds."""

    THANKYOU = "thankyou"
    DM = "dm"
    FLYER = "flyer"
    LABELS = "labels"
    ENVELOPES = "envelopes"
    APOLOGY = "apology"
    BIRTHDAY = "birthday"
    CANCELLATION = "cancellation"

    @property
    def is_letter(self) -> bool:
        """A page per customer made from a letter template (not a flyer, label or envelope)."""
        return self not in (DocumentKind.FLYER, DocumentKind.LABELS, DocumentKind.ENVELOPES)

    @property
    def records_mailing(self) -> bool:
        """Labels and envelopes carry a letter recorded by its own batch: they record none."""
        return self not in (DocumentKind.LABELS, DocumentKind.ENVELOPES)


#: The kinds ``crmdesk print`` accepts (the issue's list, in its order).
BATCH_KINDS = (
    DocumentKind.THANKYOU,
    DocumentKind.DM,
    DocumentKind.FLYER,
    DocumentKind.LABELS,
    DocumentKind.ENVELOPES,
)


class Layout(StrEnum):
    """横書き or 縦書き."""

    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"


class DateStyle(StrEnum):
    """西暦 (2026年5月12日) or 和暦 (令和8年5月12日)."""

    SEIREKI = "seireki"
    WAREKI = "wareki"


# (first day, era name): newest first.
_ERAS = (
    (dt.date(2019, 5, 1), "令和"),
    (dt.date(1989, 1, 8), "平成"),
    (dt.date(1926, 12, 25), "昭和"),
)


def format_date(day: dt.date, style: DateStyle = DateStyle.SEIREKI) -> str:
    """``2026年5月12日`` or ``令和8年5月12日`` (the first year of an era is 元年)."""
    if style is DateStyle.WAREKI:
        for start, era in _ERAS:
            if day >= start:
                year = day.year - start.year + 1
                return f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def format_postal_code(digits: str | None) -> str:
    """``100-0001`` from ``1000001`` ('' when there is none)."""
    if not digits:
        return ""
    return f"{digits[:3]}-{digits[3:]}" if len(digits) == 7 else digits


# ------------------------------------------------------------------ the company profile

COMPANY_NAME: SettingSpec[str] = SettingSpec(
    key="company.name",
    default="株式会社サンプル通販",
    label="会社名（手紙の差出人）",
    parse=text_up_to(60),
)
COMPANY_POSTAL_CODE: SettingSpec[str] = SettingSpec(
    key="company.postal_code",
    default="1000005",
    label="会社の郵便番号（7桁）",
    parse=text_up_to(8),
)
COMPANY_ADDRESS: SettingSpec[str] = SettingSpec(
    key="company.address",
    default="東京都千代田区丸の内1-1-1",
    label="会社の住所",
    parse=text_up_to(120),
)
COMPANY_PHONE: SettingSpec[str] = SettingSpec(
    key="company.phone",
    default="0120-000-000",
    label="お客様窓口の電話番号",
    parse=text_up_to(20),
)
COMPANY_HOURS: SettingSpec[str] = SettingSpec(
    key="company.hours",
    default="受付時間 平日 9:00〜18:00",
    label="受付時間",
    parse=text_up_to(60),
)
COMPANY_LOGO: SettingSpec[str] = SettingSpec(
    key="company.logo_path",
    default="",
    label="ロゴ画像のパス（PNG/JPEG、空欄でなし）",
    parse=text_up_to(400),
)
COMPANY_SEAL: SettingSpec[str] = SettingSpec(
    key="company.seal_path",
    default="",
    label="社印画像のパス（PNG/JPEG、空欄でなし）",
    parse=text_up_to(400),
)
COMPANY_SETTINGS = (
    COMPANY_NAME,
    COMPANY_POSTAL_CODE,
    COMPANY_ADDRESS,
    COMPANY_PHONE,
    COMPANY_HOURS,
    COMPANY_LOGO,
    COMPANY_SEAL,
)
register(*COMPANY_SETTINGS)


@dataclass(frozen=True)
class CompanyProfile:
    """The sender printed on every document (from the shared settings)."""

    name: str = COMPANY_NAME.default
    postal_code: str = COMPANY_POSTAL_CODE.default
    address: str = COMPANY_ADDRESS.default
    phone: str = COMPANY_PHONE.default
    hours: str = COMPANY_HOURS.default
    logo_path: str = ""
    seal_path: str = ""

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> CompanyProfile:
        """The profile from ``all_settings()`` (defaults for what is unset)."""
        return cls(
            name=str(values.get(COMPANY_NAME.key, COMPANY_NAME.default)),
            postal_code=str(values.get(COMPANY_POSTAL_CODE.key, COMPANY_POSTAL_CODE.default)),
            address=str(values.get(COMPANY_ADDRESS.key, COMPANY_ADDRESS.default)),
            phone=str(values.get(COMPANY_PHONE.key, COMPANY_PHONE.default)),
            hours=str(values.get(COMPANY_HOURS.key, COMPANY_HOURS.default)),
            logo_path=str(values.get(COMPANY_LOGO.key, "")),
            seal_path=str(values.get(COMPANY_SEAL.key, "")),
        )


# ------------------------------------------------------------------ recipients


@dataclass(frozen=True)
class Recipient:
    """One addressee of a batch or a single letter: what the page needs, nothing more."""

    customer_id: int
    code: str
    family_name: str
    given_name: str
    postal_code: str  # 7 digits ('' when unknown)
    prefecture: str
    city: str
    street: str
    building: str
    product: str = ""
    delivery_count: int | None = None
    next_date: dt.date | None = None

    @property
    def name(self) -> str:
        """``山田 花子`` (without 様)."""
        return f"{self.family_name} {self.given_name}".strip()

    @property
    def address_line1(self) -> str:
        """都道府県 + 市区町村 + 番地."""
        return f"{self.prefecture}{self.city}{self.street}"

    @property
    def address(self) -> str:
        """The whole address on one line (building after a space)."""
        return f"{self.address_line1} {self.building}".strip()


# ------------------------------------------------------------------ placeholders

#: Per-customer placeholders: a paragraph using one of them is drawn for each page.
CUSTOMER_PLACEHOLDERS: Mapping[str, str] = {
    "name": "お客様のお名前と敬称（山田 花子 様）",
    "customer_code": "お客様番号",
    "postal_code": "〒と郵便番号（〒100-0001）",
    "address": "ご住所（1行）",
    "product": "商品名",
    "delivery_count": "お届け回数",
    "next_date": "次回お届け日",
}
#: Placeholders with one value for the whole batch: their paragraphs are drawn once and reused.
BATCH_PLACEHOLDERS: Mapping[str, str] = {
    "offer_code": "特典コード",
    "operator": "担当者名",
    "company": "会社名",
    "company_address": "会社の住所",
    "company_phone": "お客様窓口の電話番号",
    "company_hours": "受付時間",
    "date": "日付（テンプレートの date_style で西暦か和暦）",
}
PLACEHOLDERS: Mapping[str, str] = {**CUSTOMER_PLACEHOLDERS, **BATCH_PLACEHOLDERS}

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order."""
    return _PLACEHOLDER.findall(text)


@dataclass(frozen=True)
class LetterTemplate:
    """A parsed, checked letter template (resources/templates/<code>.toml)."""

    code: str
    kind: DocumentKind
    title: str
    layout: Layout
    date_style: DateStyle
    mailing_kind: str
    #: Paragraphs of the body (blank lines in the file separate them).
    paragraphs: tuple[str, ...]
    closing: str = ""
    headline: str = ""
    source: str = ""
    path: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)

    def is_static(self, paragraph: str) -> bool:
        """True when ``paragraph`` uses no per-customer placeholder (same on every page)."""
        return not any(name in CUSTOMER_PLACEHOLDERS for name in placeholders_in(paragraph))


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def parse_template(source: str, *, path: str, code: str) -> LetterTemplate:
    """Parse and check a template's TOML text; TemplateError names file, line and placeholder."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"template {path}: not valid TOML: {exc}", path=path) from None
    for match in _PLACEHOLDER.finditer(source):
        name = match.group(1)
        if name not in PLACEHOLDERS:
            line = _line_of(source, match.start())
            known = ", ".join(sorted(PLACEHOLDERS))
            raise TemplateError(
                f"template {path}, line {line}: unknown placeholder {{{name}}} (known: {known})",
                path=path,
                line=line,
            )

    def choice(key: str, enum: type[StrEnum], default: str) -> Any:
        value = data.get(key, default)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise TemplateError(
                f"template {path}: {key} = {value!r} is not one of {allowed}", path=path
            ) from None

    kind = choice("kind", DocumentKind, "")
    body = data.get("body")
    if not isinstance(body, str) or not body.strip():
        raise TemplateError(f"template {path}: 'body' (the letter text) is missing", path=path)
    # Japanese has no spaces between words: the lines of one paragraph join without one.
    paragraphs = tuple(
        "".join(line.strip(" \t") for line in block.strip(" \t\n").splitlines())
        for block in re.split(r"\n[ \t]*\n", body.strip(" \t\n"))
    )
    extra = {str(k): str(v) for k, v in data.get("extra", {}).items()}
    return LetterTemplate(
        code=code,
        kind=kind,
        title=str(data.get("title", "")),
        layout=choice("layout", Layout, Layout.HORIZONTAL.value),
        date_style=choice("date_style", DateStyle, DateStyle.SEIREKI.value),
        mailing_kind=str(data.get("mailing_kind", kind.value)),
        paragraphs=paragraphs,
        closing=str(data.get("closing", "")),
        headline=str(data.get("headline", "")),
        source=source,
        path=path,
        extra=extra,
    )


def load_template(path: Path) -> LetterTemplate:
    """Read and parse a template file; TemplateError naming the file when it is missing."""
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError(f"template file {path} does not exist", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"template file {path} cannot be read: {exc}", path=str(path)) from None
    return parse_template(source, path=str(path), code=path.stem)


def letter_fields(
    recipient: Recipient | None,
    *,
    company: CompanyProfile,
    today: dt.date,
    date_style: DateStyle,
    offer_code: str = "",
    operator: str = "",
) -> dict[str, str]:
    """The value of every placeholder (per-customer ones only when ``recipient`` is given)."""
    values = {
        "offer_code": offer_code,
        "operator": operator,
        "company": company.name,
        "company_address": f"〒{format_postal_code(company.postal_code)} {company.address}",
        "company_phone": company.phone,
        "company_hours": company.hours,
        "date": format_date(today, date_style),
    }
    if recipient is not None:
        values.update(
            {
                "name": f"{recipient.name} 様",
                "customer_code": recipient.code,
                "postal_code": f"〒{format_postal_code(recipient.postal_code)}",
                "address": recipient.address,
                "product": recipient.product,
                "delivery_count": ""
                if recipient.delivery_count is None
                else str(recipient.delivery_count),
                "next_date": ""
                if recipient.next_date is None
                else format_date(recipient.next_date, date_style),
            }
        )
    return values


class MissingValueError(CrmdeskError):
    """A template uses a placeholder the batch gives no value for (a DM with {offer_code} and
    no 特典コード): nothing is printed, rather than 特典コード「」 on every letter.

    ``field`` names the placeholder, so a window marks its input.
    """

    code = "E305"

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


#: Batch placeholders without which a sentence breaks (特典コード「」, 担当のまで): a template
#: using one needs a value. The operator is the one running the batch (command line:
#: ``--operator LOGIN``; the owner acting alone has no name).
REQUIRED_WHEN_USED = ("offer_code", "operator")
#: How ``crmdesk print`` gives each of them.
_COMMAND_OPTION = {"offer_code": "--offer-code CODE", "operator": "--operator LOGIN"}


def check_batch_values(template: LetterTemplate, values: Mapping[str, str]) -> None:
    """MissingValueError when ``template`` uses a placeholder of :data:`REQUIRED_WHEN_USED`
    that ``values`` leaves empty."""
    used = {
        name
        for text in (template.headline, *template.paragraphs, template.closing)
        for name in placeholders_in(text)
    }
    for name in REQUIRED_WHEN_USED:
        if name in used and not values.get(name, "").strip():
            raise MissingValueError(
                f"テンプレート「{template.title}」は{{{name}}}（{PLACEHOLDERS[name]}）を使います。"
                f"{PLACEHOLDERS[name]}がないと文が欠けます（「」や「担当のまで」）。"
                f"コマンドでは {_COMMAND_OPTION[name]} で指定してください。",
                field=name,
            )


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every ``{placeholder}`` replaced (the template was checked on load)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)
