"""Printing letters, flyers, labels and envelopes: one letter from the desk, or a batch.

A batch (Permission.BATCH_PRINT; a mailing list also needs EXPORT) goes:

1. check everything that can be checked before printing: the segment, the template (unknown
   placeholder, missing file: TemplateError naming it), the company profile's images, the flyer's
   voices, and one probe page (a body too long for the page);
2. stream the segment in print order from one statement that also gives each excluded customer
   its reason (crmdesk.store.segments), writing pages and mailing-list rows to temporary files as
   they come: memory stays flat whatever the size;
3. when the PDF is complete, in one transaction: re-check that nobody printed was flagged DM不要 or
   宛所不明 meanwhile, record the batch, a mailing per customer (their timeline shows it) and the
   audit row, move the files into place, commit.

Cancelled or failed at any point, the temporary files are removed and nothing is recorded.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.letters import (
    CompanyProfile,
    DocumentKind,
    LetterTemplate,
    Recipient,
    TemplateError,
    check_batch_values,
    format_postal_code,
    load_template,
    parse_template,
)
from crmdesk.domain.permissions import Permission
from crmdesk.domain.segments import (
    EXCLUSION_LABELS,
    ExclusionReason,
    Segment,
    SegmentError,
    load_segments,
)
from crmdesk.printing.documents import (
    LABEL_STOCKS,
    EnvelopeLayout,
    FlyerLayout,
    LabelLayout,
    LabelStock,
    LetterLayout,
    Voice,
)
from crmdesk.printing.page import Page
from crmdesk.printing.pdf import PdfWriter
from crmdesk.resources import project_root
from crmdesk.services._common import jst_today, require_permission, utc_now
from crmdesk.services.database import Database
from crmdesk.services.shared_settings import all_settings
from crmdesk.store import followups as store_followups
from crmdesk.store import segments as store_segments
from crmdesk.store.schema import (
    AppSetting,
    AuditLog,
    CustomerVoice,
    Mailing,
    MailingBatch,
    Operator,
    Product,
    Subscription,
)
from crmdesk.store.uow import UnitOfWork

__all__ = [
    "BatchCancelledError",
    "BatchRequest",
    "BatchResult",
    "Exclusion",
    "LetterBatchError",
    "list_segments",
    "preview_batch",
    "run_batch",
]

#: Mailing-list encodings a mail house takes.
ENCODINGS = ("cp932", "utf-8")
#: Written where a name or address has a character Shift_JIS cannot hold (下駄記号, the custom).
GETA = "〓"
#: How often (rows) a running batch reports progress and looks at its cancel flag.
PROGRESS_EVERY = 100

Progress = Callable[[int, int], None]


class LetterBatchError(CrmdeskError):
    """A batch or a letter that cannot be printed as asked (no voices, a flagged customer …)."""

    code = "E403"


class BatchCancelledError(CrmdeskError):
    """The supervisor cancelled the batch: no file was written and nothing was recorded."""

    code = "E404"


# ---------------------------------------------------------------------- catalogues


def segments_folder() -> Path:
    """``resources/segments``."""
    return project_root() / "resources" / "segments"


def templates_folder() -> Path:
    """``resources/templates``."""
    return project_root() / "resources" / "templates"


def list_segments() -> list[Segment]:
    """Every segment file, by name."""
    return list(load_segments(segments_folder()).values())


def get_segment(name: str) -> Segment:
    """The segment called ``name``; SegmentError listing the known names otherwise."""
    found = load_segments(segments_folder())
    if name not in found:
        raise SegmentError(
            f"unknown segment {name!r}; known segments: {', '.join(found) or '(none)'}"
        )
    return found[name]


def list_templates() -> list[str]:
    """The template codes (file stems) in resources/templates."""
    return sorted(p.stem for p in templates_folder().glob("*.toml"))


#: Key prefix, in the shared settings (app_settings), of a supervisor's edit of a template
#: (crmdesk.services.letter_templates writes it); it wins over the shipped file on every desk.
TEMPLATE_KEY_PREFIX = "letter_template."


def stored_template(uow: UnitOfWork, code: str) -> dict[str, Any] | None:
    """The supervisor's saved edit of template ``code`` ({"source", "version", "note"}), if any."""
    with uow:
        raw = uow.session.scalar(
            select(AppSetting.value).where(AppSetting.key == f"{TEMPLATE_KEY_PREFIX}{code}")
        )
    if raw is None:
        return None
    value = json.loads(raw)
    return value if isinstance(value, dict) and isinstance(value.get("source"), str) else None


def get_template(code_or_path: str, *, uow: UnitOfWork | None = None) -> LetterTemplate:
    """A template by code (``thankyou_first``) or by path; TemplateError naming it otherwise.

    With ``uow``, a supervisor's saved edit of the code (shared settings) replaces the file.
    """
    if code_or_path.endswith(".toml") or os.sep in code_or_path:
        return load_template(Path(code_or_path))
    if uow is not None and (stored := stored_template(uow, code_or_path)) is not None:
        where = f"{code_or_path} (v{stored.get('version', '?')}, 共有設定に保存された版)"
        return parse_template(stored["source"], path=where, code=code_or_path)
    return load_template(templates_folder() / f"{code_or_path}.toml")


def company_profile(uow: UnitOfWork) -> CompanyProfile:
    """The company profile from the shared settings."""
    return CompanyProfile.from_settings(all_settings(uow))


def _check_company(company: CompanyProfile) -> None:
    for label, path in (("logo", company.logo_path), ("seal", company.seal_path)):
        if path and not Path(path).is_file():
            raise TemplateError(
                f"company profile: the {label} image {path} does not exist "
                f"(共有設定 company.{label}_path)",
                path=path,
            )


# ---------------------------------------------------------------------- batch


@dataclass(frozen=True)
class BatchRequest:
    """What a supervisor asks for: a document kind for a segment."""

    kind: DocumentKind
    segment: str
    today: dt.date | None = None
    limit: int | None = None
    #: Template code or path (default: the segment's, or the kind's standard one).
    template: str | None = None
    offer_code: str = ""
    stock: str = "a4-12"
    margin_left_mm: float | None = None
    margin_top_mm: float | None = None
    #: Label outlines / envelope postal boxes (plain stock); off for pre-printed stock.
    guides: bool = True


@dataclass(frozen=True)
class Exclusion:
    """A customer of the segment who gets nothing, and why."""

    customer_id: int
    code: str
    name: str
    reason: ExclusionReason

    @property
    def label(self) -> str:
        """The reason in Japanese (CLI, CSV)."""
        return EXCLUSION_LABELS[self.reason]


@dataclass
class BatchResult:
    """What a finished (or previewed) batch did."""

    kind: DocumentKind
    segment: str
    template: str
    printed: list[int] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)
    pages: int = 0
    batch_id: int | None = None
    pdf: Path | None = None
    mailing_list: Path | None = None
    #: Customer codes whose name or address lost characters to Shift_JIS (written as 〓).
    encoding_losses: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The shape ``crmdesk print --json`` prints."""
        by_reason: dict[str, int] = {}
        for e in self.exclusions:
            by_reason[e.reason.value] = by_reason.get(e.reason.value, 0) + 1
        return {
            "kind": self.kind.value,
            "segment": self.segment,
            "template": self.template,
            "letters": len(self.printed),
            "pages": self.pages,
            "excluded": len(self.exclusions),
            "excluded_by_reason": by_reason,
            "batch_id": self.batch_id,
            "pdf": None if self.pdf is None else str(self.pdf),
            "mailing_list": None if self.mailing_list is None else str(self.mailing_list),
            "encoding_losses": self.encoding_losses,
        }


_DEFAULT_TEMPLATES = {
    DocumentKind.THANKYOU: "thankyou_first",
    DocumentKind.DM: "dm_dormant",
    DocumentKind.FLYER: "flyer",
}


class _Document:
    """The layout of one batch: pages from recipients, whatever the kind."""

    def __init__(
        self,
        request: BatchRequest,
        segment: Segment,
        template: LetterTemplate | None,
        company: CompanyProfile,
        today: dt.date,
        *,
        voices: list[Voice],
        product: str,
        operator: str,
    ) -> None:
        self.kind = request.kind
        self._labels: LabelLayout | None = None
        self._letter: LetterLayout | None = None
        self._flyer: FlyerLayout | None = None
        self._envelope: EnvelopeLayout | None = None
        self._sheet: list[Recipient] = []
        if request.kind is DocumentKind.LABELS:
            self._labels = LabelLayout(_stock(request), outlines=request.guides)
        elif request.kind is DocumentKind.ENVELOPES:
            self._envelope = EnvelopeLayout(company, boxes=request.guides)
        elif request.kind is DocumentKind.FLYER:
            assert template is not None
            try:
                self._flyer = FlyerLayout(
                    template, voices, company=company, product=product, today=today
                )
            except ValueError as exc:
                raise LetterBatchError(
                    f"the customer-voice flyer needs 4 to 8 consented voices with a display "
                    f"name; {exc}"
                ) from None
        else:
            assert template is not None
            self._letter = LetterLayout(
                template,
                company=company,
                today=today,
                offer_code=request.offer_code,
                operator=operator,
            )

    def add(self, recipient: Recipient) -> Iterator[Page]:
        """The pages ``recipient`` completes (a label sheet completes every N recipients)."""
        if self._letter is not None:
            yield self._letter.page(recipient)
        elif self._flyer is not None:
            yield self._flyer.page(recipient)
        elif self._envelope is not None:
            yield self._envelope.page(recipient)
        else:
            assert self._labels is not None
            self._sheet.append(recipient)
            if len(self._sheet) == self._labels.stock.per_sheet:
                yield self._labels.sheet(self._sheet)
                self._sheet = []

    def finish(self) -> Iterator[Page]:
        """The last, partly filled label sheet."""
        if self._labels is not None and self._sheet:
            yield self._labels.sheet(self._sheet)
            self._sheet = []


def _stock(request: BatchRequest) -> LabelStock:
    stock = LABEL_STOCKS.get(request.stock)
    if stock is None:
        raise LetterBatchError(
            f"unknown label stock {request.stock!r}; known: {', '.join(LABEL_STOCKS)}"
        )
    return stock.with_margins(request.margin_left_mm, request.margin_top_mm)


def _probe() -> Recipient:
    """A long-named, long-addressed customer: if this one fits, the template fits."""
    return Recipient(
        customer_id=0,
        code="C0000000",
        family_name="長谷川原",
        given_name="五十鈴子",
        postal_code="1000001",
        prefecture="神奈川県",
        city="足柄上郡大井町",
        street="西大井一丁目2345番地の67",
        building="グランドパレス湘南ヒルズ南館1201号室",
        product="黒酢にんにく粒 たっぷり90日分 お徳用",
        delivery_count=12,
        next_date=dt.date(2026, 12, 31),
    )


def _voices(uow: UnitOfWork) -> list[Voice]:
    """The newest consented voices with a display name (at most 8, shortest texts first among
    the 16 newest so the boxes are not cut)."""
    with uow:
        rows = uow.session.execute(
            select(CustomerVoice.text, CustomerVoice.display_name)
            .where(CustomerVoice.consent, CustomerVoice.display_name != "")
            .order_by(CustomerVoice.received_at.desc(), CustomerVoice.id.desc())
            .limit(16)
        ).all()
    chosen = sorted(rows, key=lambda r: len(r.text))[: FlyerLayout.MAX_VOICES]
    return [Voice(r.text, r.display_name) for r in chosen]


def _hero_product(uow: UnitOfWork) -> str:
    """The product most customers subscribe to (the flyer's product)."""
    with uow:
        name = uow.session.scalar(
            select(Product.name)
            .join(Subscription, Subscription.product_id == Product.id)
            .where(Subscription.status == "active")
            .group_by(Product.name)
            .order_by(func.count().desc(), Product.name)
            .limit(1)
        )
    return name or ""


@dataclass
class _Prepared:
    segment: Segment
    template: LetterTemplate | None
    template_name: str
    document: _Document
    today: dt.date
    operator_name: str


def _prepare(db: Database, operator_id: int | None, request: BatchRequest) -> _Prepared:
    """Everything checked before the first page: permission, segment, template, profile, probe."""
    with db.uow() as uow:
        name = ""
        if operator_id is not None:
            require_permission(uow.session, operator_id, Permission.BATCH_PRINT)
            operator = uow.session.get(Operator, operator_id)
            name = "" if operator is None else operator.name
    segment = get_segment(request.segment)
    today = request.today or jst_today()
    template: LetterTemplate | None = None
    template_name = ""
    if request.kind not in (DocumentKind.LABELS, DocumentKind.ENVELOPES):
        code = (
            request.template
            or (segment.template if request.kind is not DocumentKind.FLYER else "")
            or _DEFAULT_TEMPLATES.get(request.kind, "")
        )
        template = get_template(code, uow=db.uow())
        template_name = template.code
        if request.kind is DocumentKind.FLYER and template.kind is not DocumentKind.FLYER:
            raise TemplateError(
                f"template {template.path} is a {template.kind.value} template, not a flyer",
                path=template.path,
            )
    company = company_profile(db.uow())
    _check_company(company)
    voices = _voices(db.uow()) if request.kind is DocumentKind.FLYER else []
    product = _hero_product(db.uow()) if request.kind is DocumentKind.FLYER else ""
    document = _Document(
        request,
        segment,
        template,
        company,
        today,
        voices=voices,
        product=product,
        operator=name,
    )
    # The probe page: a template too long for the page fails here, before anything prints.
    probe = _Document(
        request, segment, template, company, today, voices=voices, product=product, operator=name
    )
    list(probe.add(_probe()))
    return _Prepared(segment, template, template_name, document, today, name)


def preview_batch(
    db: Database, operator_id: int | None, request: BatchRequest, *, pages: int = 3
) -> tuple[BatchResult, list[Page]]:
    """The exclusions and the first ``pages`` pages, without writing or recording anything."""
    prepared = _prepare(db, operator_id, request)
    result = BatchResult(request.kind, prepared.segment.name, prepared.template_name)
    shown: list[Page] = []
    with db.uow() as uow:
        for row in store_segments.classified_rows(
            uow.session,
            prepared.segment,
            prepared.today,
            companion=not request.kind.records_mailing,
            limit=request.limit,
        ):
            if row.reason is not None:
                result.exclusions.append(_exclusion(row))
                continue
            result.printed.append(row.recipient.customer_id)
            if len(shown) < pages:
                shown += prepared.document.add(row.recipient)
        if len(shown) < pages:
            shown += prepared.document.finish()
    return result, shown[:pages]


def _exclusion(row: store_segments.ClassifiedRow) -> Exclusion:
    assert row.reason is not None
    r = row.recipient
    return Exclusion(r.customer_id, r.code, r.name, row.reason)


_CSV_HEADER = ("顧客番号", "氏名", "郵便番号", "住所", "建物名", "ページ")


def _csv_row(r: Recipient, page: int, encoding: str, losses: list[str]) -> list[str]:
    row = [
        r.code,
        f"{r.name} 様",
        format_postal_code(r.postal_code),
        r.address_line1,
        r.building,
        str(page),
    ]
    if encoding == "cp932":
        safe = ["".join(ch if _in_cp932(ch) else GETA for ch in value) for value in row]
        if safe != row:
            losses.append(r.code)
        row = safe
    return row


def _in_cp932(ch: str) -> bool:
    try:
        ch.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


def run_batch(  # noqa: PLR0912, PLR0915 - one streamed loop; split, its order would hide
    db: Database,
    operator_id: int | None,
    request: BatchRequest,
    *,
    out: Path,
    mailing_list: Path | None = None,
    encoding: str = "cp932",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    writer: Callable[[Path, str], Any] | None = None,
) -> BatchResult:
    """Print the batch to ``out`` (and the mailing list), then record it (see the module doc).

    ``operator_id`` None is the command line acting as the database's owner (audited so).
    ``progress(done, total)`` is called every :data:`PROGRESS_EVERY` customers: customers of
    the segment seen so far, or with a limit, letters so far out of the limit; when
    ``cancelled()`` turns true the batch stops, removes its files and raises
    BatchCancelledError. ``writer`` replaces the PDF writer (the GUI's printer path).
    """
    if encoding not in ENCODINGS:
        raise LetterBatchError(f"unknown encoding {encoding!r}; use one of {', '.join(ENCODINGS)}")
    if mailing_list is not None and operator_id is not None:
        with db.uow() as uow:
            require_permission(uow.session, operator_id, Permission.EXPORT)
    prepared = _prepare(db, operator_id, request)
    if prepared.template is not None and request.kind.is_letter:
        # Before any file: a DM whose template prints the offer code needs one.
        check_batch_values(
            prepared.template,
            {"offer_code": request.offer_code, "operator": prepared.operator_name},
        )
    segment = prepared.segment
    result = BatchResult(request.kind, segment.name, prepared.template_name)
    out = out.resolve()
    tmp_pdf = out.with_name(f".{out.name}.partial")
    tmp_csv = (
        None
        if mailing_list is None
        else mailing_list.resolve().with_name(f".{mailing_list.name}.partial")
    )
    title = {
        DocumentKind.LABELS: "宛名ラベル",
        DocumentKind.ENVELOPES: "長形3号封筒",
    }.get(request.kind, prepared.template.title if prepared.template else request.kind.value)
    try:
        with (
            db.uow() as uow,
            (writer or _pdf_writer)(tmp_pdf, title) as pdf,
            _CsvOut(tmp_csv, encoding) as rows,
        ):
            if rows is not None:
                rows.writerow(_CSV_HEADER)
            seen = 0
            classified = store_segments.ClassifiedBatch(
                uow.session,
                segment,
                prepared.today,
                companion=not request.kind.records_mailing,
                limit=request.limit,
            )
            total = classified.total
            unit = "customers"
            if request.limit is not None:
                total = min(total, max(request.limit, 0))
                unit = "letters"
            for row in classified:
                seen += 1
                if seen % PROGRESS_EVERY == 0:
                    done = seen if request.limit is None else len(result.printed)
                    if cancelled is not None and cancelled():
                        raise BatchCancelledError(
                            f"batch {request.kind.value} for {segment.name} cancelled after "
                            f"{done} of {total} {unit}; nothing was recorded"
                        )
                    if progress is not None:
                        progress(done, total)
                if row.reason is not None:
                    result.exclusions.append(_exclusion(row))
                    continue
                result.printed.append(row.recipient.customer_id)
                for page in prepared.document.add(row.recipient):
                    pdf.add(page)
                if rows is not None:
                    # A label's sheet is written when full: it will be the next page.
                    sheet = pdf.pages + (request.kind is DocumentKind.LABELS)
                    rows.writerow(_csv_row(row.recipient, sheet, encoding, result.encoding_losses))
            for page in prepared.document.finish():
                pdf.add(page)
            result.pages = pdf.pages
        if cancelled is not None and cancelled():
            raise BatchCancelledError(
                f"batch {request.kind.value} for {segment.name} cancelled; nothing was recorded"
            )
        _record(
            db,
            operator_id,
            request,
            prepared,
            result,
            out=out,
            tmp_pdf=tmp_pdf,
            mailing_list=mailing_list,
            tmp_csv=tmp_csv,
            encoding=encoding,
        )
    except BaseException:
        for path in (tmp_pdf, tmp_csv):
            if path is not None:
                path.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return result


def _pdf_writer(path: Path, title: str) -> PdfWriter:
    return PdfWriter(path, title=title, subject="letters batch")


class _CsvOut:
    """A csv writer on ``path`` in ``encoding`` (None: no mailing list)."""

    def __init__(self, path: Path | None, encoding: str) -> None:
        self._file = None if path is None else path.open("w", encoding=encoding, newline="")

    def __enter__(self) -> Any:
        # Excel and mail houses expect CRLF line ends.
        return None if self._file is None else csv.writer(self._file, lineterminator="\r\n")

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()


def _record(
    db: Database,
    operator_id: int | None,
    request: BatchRequest,
    prepared: _Prepared,
    result: BatchResult,
    *,
    out: Path,
    tmp_pdf: Path,
    mailing_list: Path | None,
    tmp_csv: Path | None,
    encoding: str,
) -> None:
    """One transaction: re-check flags, batch row, mailings, audit; files moved into place."""
    now = utc_now()
    with db.uow() as uow:
        s = uow.session
        flagged = store_segments.flagged_among(s, result.printed)
        if flagged:
            raise LetterBatchError(
                f"{len(flagged)} customer(s) of this batch were flagged DM不要 or 宛所不明 while "
                f"it printed (customer ids {flagged[:10]}); nothing was recorded: run it again"
            )
        batch = MailingBatch(
            kind=request.kind.value,
            segment=prepared.segment.name,
            template=prepared.template_name,
            created_by=operator_id,
            created_at=now,
            completed_at=now,
            letter_count=len(result.printed),
            excluded_count=len(result.exclusions),
        )
        s.add(batch)
        s.flush()
        kind = (
            prepared.template.mailing_kind
            if prepared.template is not None
            else prepared.segment.mailing_kind
        )
        if request.kind.records_mailing:
            store_segments.insert_mailings(s, batch.id, kind, result.printed, now)
        s.add(
            AuditLog(
                at=now,
                operator_id=operator_id,
                action="batch_print",
                entity="mailing_batch",
                entity_id=batch.id,
                detail=json.dumps(
                    {
                        "kind": request.kind.value,
                        "segment": prepared.segment.name,
                        "template": prepared.template_name,
                        "letters": len(result.printed),
                        "excluded": len(result.exclusions),
                        "pdf": str(out),
                        "mailing_list": None if mailing_list is None else str(mailing_list),
                        "encoding": encoding if mailing_list is not None else None,
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                ),
            )
        )
        s.flush()
        os.replace(tmp_pdf, out)
        if tmp_csv is not None and mailing_list is not None:
            os.replace(tmp_csv, mailing_list)
        try:
            uow.commit()
        except BaseException:
            out.unlink(missing_ok=True)
            if mailing_list is not None:
                mailing_list.unlink(missing_ok=True)
            raise
        result.batch_id = batch.id
    result.pdf = out
    result.mailing_list = mailing_list


# ---------------------------------------------------------------------- one letter


def _one_recipient(uow: UnitOfWork, operator_id: int, customer_id: int) -> Recipient:
    """The customer as a recipient; LetterBatchError when the letter must not be sent."""
    with uow:
        require_permission(uow.session, operator_id, Permission.DESK)
        row = store_segments.recipient_of(uow.session, customer_id)
    if row is None:
        raise LetterBatchError(f"customer id {customer_id} does not exist")
    if row.reason is not None:
        raise LetterBatchError(
            f"no letter for customer {row.recipient.code}: {EXCLUSION_LABELS[row.reason]} "
            f"({row.reason.value})"
        )
    return row.recipient


def letter_pages(
    db: Database,
    operator_id: int,
    customer_id: int,
    template: str,
    *,
    today: dt.date | None = None,
    offer_code: str = "",
    preview: bool = False,
) -> list[Page]:
    """The letter ``template`` for one customer, as pages; records nothing.

    For printing (the default) a template that prints the offer code needs one
    (MissingValueError, field ``offer_code``); a ``preview`` shows the page as it stands.
    """
    recipient = _one_recipient(db.uow(), operator_id, customer_id)
    parsed = get_template(template, uow=db.uow())
    if not parsed.kind.is_letter:
        raise TemplateError(
            f"template {parsed.path} is a {parsed.kind.value}, not a letter", path=parsed.path
        )
    company = company_profile(db.uow())
    _check_company(company)
    with db.uow() as uow:
        operator = uow.session.get(Operator, operator_id)
        name = "" if operator is None else operator.name
    if not preview:
        check_batch_values(parsed, {"offer_code": offer_code, "operator": name})
    layout = LetterLayout(
        parsed,
        company=company,
        today=today or jst_today(),
        offer_code=offer_code,
        operator=name,
    )
    return [layout.page(recipient)]


def record_letter(db: Database, operator_id: int, customer_id: int, template: str) -> int:
    """Put the printed letter on the customer's timeline (a mailing without a batch); its id.

    Refused (LetterBatchError, nothing recorded) when the customer is flagged DM不要 or 宛所不明
    or has no address now: a flag set by another desk after the preview still wins.
    """
    parsed = get_template(template, uow=db.uow())
    now = utc_now()
    with db.uow() as uow:
        s = uow.session
        require_permission(s, operator_id, Permission.DESK)
        row = store_segments.recipient_of(s, customer_id)
        if row is None:
            raise LetterBatchError(f"customer id {customer_id} does not exist")
        if row.reason is not None:
            raise LetterBatchError(
                f"no letter for customer {row.recipient.code}: {EXCLUSION_LABELS[row.reason]} "
                f"({row.reason.value}); nothing was recorded"
            )
        mailing = Mailing(
            batch_id=None, customer_id=customer_id, kind=parsed.mailing_kind, sent_at=now
        )
        s.add(mailing)
        s.flush()
        closed = store_followups.close_mailed(s, customer_id, now)
        s.add(
            AuditLog(
                at=now,
                operator_id=operator_id,
                action="print_letter",
                entity="customer",
                entity_id=customer_id,
                detail=json.dumps(
                    {"template": parsed.code, "mailing_id": mailing.id}
                    | ({"follow_ups_done": closed} if closed else {}),
                    ensure_ascii=False,
                ),
            )
        )
        uow.commit()
        return int(mailing.id)


def write_letter(
    db: Database,
    operator_id: int,
    customer_id: int,
    template: str,
    out: Path,
    *,
    today: dt.date | None = None,
    offer_code: str = "",
) -> Path:
    """Save one customer's letter as a PDF and put it on their timeline."""
    pages = letter_pages(db, operator_id, customer_id, template, today=today, offer_code=offer_code)
    parsed = get_template(template, uow=db.uow())
    tmp = out.resolve().with_name(f".{out.name}.partial")
    try:
        with PdfWriter(tmp, title=parsed.title, subject="letter") as pdf:
            for page in pages:
                pdf.add(page)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    try:
        record_letter(db, operator_id, customer_id, template)
    except BaseException:
        out.unlink(missing_ok=True)  # refused or failed: no letter without its record
        raise
    return out
