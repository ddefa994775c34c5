"""The supervisor's template editor: read, check, preview on a real customer, save, revert.

Where an edit is saved: the shipped templates (``resources/templates/*.toml``) are read-only in a
desktop bundle and differ per install, while every desk on a shared database must print the same
letter. So a supervisor's edit is kept in the database, like the retention scripts, in the shared
settings table (``app_settings``, key ``letter_template.<code>``, JSON ``{"source", "version",
"note"}``): no schema change, shared by every desk, and ``crmdesk.services.letters.get_template``
prefers it to the shipped file for batches, single letters and ``crmdesk print`` alike. Version 0
is the shipped file never changed; each save or revert is the next version (a supervisor who
saved meanwhile makes the save a ConflictError, never a silent overwrite). A revert keeps the row
with the next version and no text (``"source": null``): the shipped file is in force again, and
the version never goes back, so an editor holding a text from before the revert cannot save
over what came after it. Every save and revert is audited with the whole text, so an earlier
version can always be read back.

Nothing is saved or previewed before the text parses: an unknown placeholder, bad TOML or a missing
body is a TemplateError naming the line, and a missing logo or seal image file names the file.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.errors import ConflictError, NotFoundError
from crmdesk.domain.letters import (
    DocumentKind,
    LetterTemplate,
    Recipient,
    TemplateError,
    parse_template,
)
from crmdesk.domain.permissions import Permission
from crmdesk.domain.segments import ExclusionReason
from crmdesk.printing.documents import FlyerLayout, LetterLayout
from crmdesk.printing.page import Page
from crmdesk.services import letters
from crmdesk.services._common import audit, jst_today, operator_name, require_permission, utc_now
from crmdesk.services.database import Database
from crmdesk.store import segments as store_segments
from crmdesk.store.schema import AppSetting, Customer, Operator
from crmdesk.store.uow import UnitOfWork

__all__ = [
    "TemplatePreview",
    "TemplateSource",
    "list_template_sources",
    "preview_template",
    "revert_template",
    "save_template",
    "template_source",
]

# app_settings.key is 64 characters: the prefix leaves this much for the code.
_MAX_CODE = 64 - len(letters.TEMPLATE_KEY_PREFIX)


@dataclass(frozen=True)
class TemplateSource:
    """A template as the editor shows it: its text, and whether it is a supervisor's edit."""

    code: str
    title: str
    kind: str
    #: 0: the shipped file, never changed; n: the n-th change (a save or a revert). Never goes
    #: down, so an editor that loaded an older text cannot save over a newer one (no ABA).
    version: int
    source: str
    updated_by: str | None = None
    updated_at: dt.datetime | None = None
    #: Why the text does not parse ('' when it does): shown, never printed.
    problem: str = ""
    #: True when a supervisor's edit replaces the shipped file (False after a revert).
    customised: bool = False


@dataclass(frozen=True)
class TemplatePreview:
    """The pages of an (unsaved) template for one real customer, and whether they get mail."""

    pages: list[Page]
    customer_code: str
    customer_name: str
    #: Why this customer would get no letter (DM不要, 宛所不明, no address), or None.
    excluded: ExclusionReason | None


def _key(code: str) -> str:
    return f"{letters.TEMPLATE_KEY_PREFIX}{code}"


def _shipped(code: str) -> str | None:
    path = letters.templates_folder() / f"{code}.toml"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _describe(
    code: str,
    source: str,
    version: int,
    *,
    updated_by: str | None = None,
    updated_at: dt.datetime | None = None,
    customised: bool = False,
) -> TemplateSource:
    try:
        parsed = parse_template(source, path=code, code=code)
    except TemplateError as exc:
        return TemplateSource(
            code,
            "",
            "",
            version,
            source,
            updated_by,
            updated_at,
            problem=exc.message,
            customised=customised,
        )
    return TemplateSource(
        code,
        parsed.title,
        parsed.kind.value,
        version,
        source,
        updated_by,
        updated_at,
        customised=customised,
    )


def _stored(code: str, raw: str) -> tuple[str | None, int]:
    """(the saved text, None after a revert; the version) of a stored row's JSON."""
    value = json.loads(raw)
    source = value.get("source")
    return (source if isinstance(source, str) else None), int(value.get("version", 1))


def _from_row(code: str, raw: str, **who: Any) -> TemplateSource | None:
    """The template a stored row says is in force (None: reverted, and no shipped file)."""
    source, version = _stored(code, raw)
    if source is not None:
        return _describe(code, source, version, customised=True, **who)
    shipped = _shipped(code)
    return None if shipped is None else _describe(code, shipped, version, **who)


def template_source(uow: UnitOfWork, code: str) -> TemplateSource:
    """The text a batch would use for ``code`` now: the saved edit, else the shipped file.

    TemplateError naming the file when neither exists.
    """
    with uow:
        row = uow.session.get(AppSetting, _key(code))
        if row is not None:
            who = operator_name(uow.session, row.updated_by)
            found = _from_row(code, row.value, updated_by=who, updated_at=row.updated_at)
            if found is not None:
                return found
    shipped = _shipped(code)
    if shipped is None:
        path = letters.templates_folder() / f"{code}.toml"
        raise TemplateError(f"template file {path} does not exist", path=str(path))
    return _describe(code, shipped, 0)


def list_template_sources(uow: UnitOfWork) -> list[TemplateSource]:
    """Every template (shipped files and saved edits), by code."""
    with uow:
        stored = list(
            uow.session.scalars(
                select(AppSetting.key).where(
                    AppSetting.key.startswith(letters.TEMPLATE_KEY_PREFIX, autoescape=True)
                )
            )
        )
    codes = set(letters.list_templates()) | {k[len(letters.TEMPLATE_KEY_PREFIX) :] for k in stored}
    return [template_source(uow, code) for code in sorted(codes)]


def save_template(
    uow: UnitOfWork,
    operator_id: int,
    code: str,
    source: str,
    *,
    expected_version: int,
    note: str = "",
) -> TemplateSource:
    """Save ``source`` as the next version of template ``code`` (Permission.EDIT_SCRIPTS).

    The text must parse (TemplateError naming the line and placeholder otherwise) and keep the
    template's kind; ``expected_version`` is the version the editor loaded (0: the shipped file):
    another supervisor's save since then is a ConflictError carrying their text.
    """
    if not code or len(code) > _MAX_CODE or not code.replace("_", "").isalnum():
        raise TemplateError(
            f"template code {code!r}: use letters, digits and _ (at most {_MAX_CODE})", path=code
        )
    parsed = parse_template(source, path=code, code=code)
    shipped = _shipped(code)
    if shipped is not None:
        original = parse_template(shipped, path=code, code=code)
        if original.kind is not parsed.kind:
            raise TemplateError(
                f"template {code}: kind = {parsed.kind.value!r} but this template is a "
                f"{original.kind.value!r}; keep kind as it was",
                path=code,
            )
    now = utc_now()
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.EDIT_SCRIPTS)
        row = s.get(AppSetting, _key(code), with_for_update=True)
        current = 0 if row is None else _stored(code, row.value)[1]
        if current != expected_version:
            raise ConflictError(
                f"template {code} is at version {current}, this editor has version "
                f"{expected_version}; nothing was saved",
                current=template_source_in(s, code),
            )
        version = current + 1
        value = json.dumps(
            {"source": source, "version": version, "note": note.strip()}, ensure_ascii=False
        )
        if row is None:
            s.add(AppSetting(key=_key(code), value=value, updated_by=operator_id, updated_at=now))
        else:
            row.value = value
            row.updated_by = operator_id
            row.updated_at = now
        audit(
            s,
            operator_id,
            action="update",
            entity="letter_template",
            entity_id=0,
            detail={"code": code, "version": version, "note": note.strip(), "source": source},
            at=now,
        )
        who = operator_name(s, operator_id)
        uow.commit()
    return TemplateSource(
        code,
        parsed.title,
        parsed.kind.value,
        version,
        source,
        updated_by=who,
        updated_at=now,
        customised=True,
    )


def template_source_in(session: Session, code: str) -> TemplateSource | None:
    """The stored edit of ``code`` in an open session (the other side of a conflict)."""
    row = session.get(AppSetting, _key(code))
    if row is None:
        shipped = _shipped(code)
        return None if shipped is None else _describe(code, shipped, 0)
    return _from_row(code, row.value)


def revert_template(
    uow: UnitOfWork, operator_id: int, code: str, *, expected_version: int
) -> TemplateSource:
    """Drop the saved edit of ``code``: the shipped file is used again (audited with the text)."""
    if _shipped(code) is None:
        raise TemplateError(
            f"template {code} has no shipped file to return to; edit it instead", path=code
        )
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.EDIT_SCRIPTS)
        row = s.get(AppSetting, _key(code), with_for_update=True)
        current = 0 if row is None else _stored(code, row.value)[1]
        if current != expected_version:
            raise ConflictError(
                f"template {code} is at version {current}, this editor has version "
                f"{expected_version}; nothing was changed",
                current=template_source_in(s, code),
            )
        if row is not None and _stored(code, row.value)[0] is not None:
            now = utc_now()
            audit(
                s,
                operator_id,
                action="revert",
                entity="letter_template",
                entity_id=0,
                detail={"code": code, "version": current, "source": json.loads(row.value)},
                at=now,
            )
            # The row stays with the next version and no text: the shipped file is in force,
            # and an editor still holding an older version gets a conflict, not a silent save.
            row.value = json.dumps({"source": None, "version": current + 1, "note": "revert"})
            row.updated_by = operator_id
            row.updated_at = now
            uow.commit()
    return template_source(uow, code)


def preview_template(
    db: Database,
    operator_id: int,
    code: str,
    source: str,
    customer_code: str,
    *,
    today: dt.date | None = None,
    offer_code: str = "",
) -> TemplatePreview:
    """The editor's (unsaved) text laid out for the customer ``customer_code``; records nothing.

    Checked as a batch checks it, before any page: TemplateError naming the line of an unknown
    placeholder, the company's logo or seal file when it is missing; NotFoundError for a customer
    code that does not exist. A customer who would get no letter is still previewed (nothing is
    printed here) and the preview says why.
    """
    template: LetterTemplate = parse_template(source, path=f"{code}（編集中）", code=code)
    if template.kind in (DocumentKind.LABELS, DocumentKind.ENVELOPES):
        raise TemplateError(f"template {code}: {template.kind.value} has no text", path=code)
    with db.uow() as uow:
        s = uow.session
        require_permission(s, operator_id, Permission.EDIT_SCRIPTS)
        customer_id = s.scalar(select(Customer.id).where(Customer.code == customer_code.strip()))
        if customer_id is None:
            raise NotFoundError(f"customer {customer_code.strip()!r} does not exist")
        row = store_segments.recipient_of(s, customer_id)
        assert row is not None
        operator = s.get(Operator, operator_id)
        name = "" if operator is None else operator.name
    company = letters.company_profile(db.uow())
    letters._check_company(company)  # the batch's own checks and queries, shared
    day = today or jst_today()
    recipient: Recipient = row.recipient
    if template.kind is DocumentKind.FLYER:
        voices = letters._voices(db.uow())
        product = letters._hero_product(db.uow())
        try:
            flyer = FlyerLayout(template, voices, company=company, product=product, today=day)
        except ValueError as exc:
            raise letters.LetterBatchError(
                f"the customer-voice flyer needs 4 to 8 consented voices with a display name; {exc}"
            ) from None
        pages = [flyer.page(recipient)]
    else:
        layout = LetterLayout(
            template, company=company, today=day, offer_code=offer_code, operator=name
        )
        pages = [layout.page(recipient)]
    return TemplatePreview(pages, recipient.code, recipient.name, row.reason)
