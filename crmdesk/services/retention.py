"""Cancellation calls (解約受付) and retention: plan the call, record it, edit scripts, report.

* :func:`plan_call` (read): the reason's best script for this customer, its steps with the
  placeholders filled and the offers the operator may present (cut to the offer cap, none for
  a health reason). Scripts are ranked by their measured save rate for the reason
  (crmdesk.domain.retention.rank_scripts), with the A/B split recorded as ``ab_arm``.
* :func:`record_cancellation_call` (one transaction): the contact log, the subscription change
  (skip, cycle, pause, quantity, product or the cancellation itself, through
  crmdesk.services.subscriptions.apply_change), the request with the offers presented and the
  outcome, a product-safety note for a health reason, and the audit rows. The fairness rules
  (crmdesk.domain.retention.check_call) are checked first: nothing is written when one fails.
* Supervisors (Permission.EDIT_SCRIPTS) create, edit (a new version each time) and retire
  scripts and edit the reason taxonomy; old records keep the version and the words they used.
* :func:`retention_report` (Permission.REPORTS): requests, saves, save rate with its Wilson
  95% interval and what saved customers did next, per script version, reason, operator, month.
* :func:`write_confirmation_letter`: the 解約手続き完了のお知らせ of a cancelled call, recorded on
  the customer's timeline as a mailing in the same transaction.
* Product-safety notes (Permission.REPORTS): :func:`list_safety_notes`, unreviewed first, and
  :func:`review_safety_note`, which records who reviewed a note and when (audited).

The shipped defaults (resources/retention) are installed by :func:`ensure_defaults` the first
time any of these runs on a database without them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmdesk.analytics import retention as stats
from crmdesk.domain.errors import ConflictError, NotFoundError
from crmdesk.domain.ids import CustomerId, OperatorId, SubscriptionId
from crmdesk.domain.model import (
    CancellationOutcome,
    ComplaintStatus,
    ContactCategory,
    ContactChannel,
    ContactDirection,
    SubscriptionStatus,
)
from crmdesk.domain.permissions import Permission
from crmdesk.domain.retention import (
    OFFER_CAP,
    CallFacts,
    CallRecord,
    CancellationCall,
    CancellationRecordView,
    CancellationResult,
    Offer,
    OfferKind,
    Reason,
    RetentionPlan,
    SafetyNoteView,
    Script,
    ScriptSource,
    ScriptSummary,
    check_call,
    choose_script,
    fill,
    matching_scripts,
    offers_for,
    parse_reasons,
    parse_script,
    rank_scripts,
    reasons_source,
)
from crmdesk.domain.validation import invalid
from crmdesk.printing.cancellation_letter import LetterData, write_cancellation_letter
from crmdesk.resources import resource_path
from crmdesk.services import subscriptions as subs
from crmdesk.services._common import (
    JST,
    audit,
    operator_name,
    require_customer,
    require_permission,
    utc_now,
)
from crmdesk.store.notify import notify_customer_changed
from crmdesk.store.queries import format_address
from crmdesk.store.schema import (
    AppSetting,
    CancellationRequest,
    Complaint,
    Contact,
    Customer,
    Mailing,
    Operator,
    Order,
    Product,
    ProductSafetyNote,
    RetentionReason,
    RetentionScript,
    RetentionScriptVersion,
    Subscription,
)
from crmdesk.store.uow import UnitOfWork

__all__ = [
    "CONFIRMATION_MAILING",
    "cancellation_record",
    "ensure_defaults",
    "list_reasons",
    "list_safety_notes",
    "list_scripts",
    "plan_call",
    "reasons_text",
    "record_cancellation_call",
    "retention_report",
    "retire_script",
    "review_safety_note",
    "save_reasons",
    "save_script",
    "script_source",
    "write_confirmation_letter",
]

#: The mailing kind of the 解約手続き完了のお知らせ on the customer's timeline.
CONFIRMATION_MAILING = "cancellation_confirmation"

_SAVED = (CancellationOutcome.RETAINED.value, CancellationOutcome.CHANGED.value)
_FINISHED = (*_SAVED, CancellationOutcome.CANCELLED.value)
#: Order statuses that do not count as "took the next delivery".
_NOT_TAKEN = ("cancelled", "returned")


# ------------------------------------------------------------------------------ defaults


def _default_reasons() -> list[Reason]:
    path = resource_path("retention", "reasons.toml")
    return parse_reasons(path.read_text(encoding="utf-8"), where=path.name)


def _default_scripts() -> list[tuple[Script, str]]:
    folder = resource_path("retention", "scripts")
    out = []
    for path in sorted(folder.glob("*.toml")):
        source = path.read_text(encoding="utf-8")
        out.append((parse_script(source, where=path.name), source))
    return out


def ensure_defaults(uow: UnitOfWork) -> bool:
    """Install the shipped reasons and scripts on a database that has none; True if it did.

    Two desks starting at the same moment may both try: the second one's insert fails on the
    primary key or the unique code, and it simply finds the first one's rows.
    """
    with uow:
        s = uow.session
        has_reasons = s.scalar(select(func.count()).select_from(RetentionReason)) or 0
        has_scripts = s.scalar(select(func.count()).select_from(RetentionScript)) or 0
        if has_reasons and has_scripts:
            return False
        now = utc_now()
        if not has_reasons:
            for reason in _default_reasons():
                s.add(
                    RetentionReason(
                        code=reason.code,
                        label=reason.label,
                        health=reason.health,
                        position=reason.position,
                        active=True,
                        updated_at=now,
                    )
                )
        if not has_scripts:
            for script, source in _default_scripts():
                row = RetentionScript(code=script.code, current_version=1, created_at=now)
                s.add(row)
                s.flush()
                s.add(
                    RetentionScriptVersion(
                        script_id=row.id,
                        version=1,
                        source=source,
                        note="shipped default",
                        created_at=now,
                    )
                )
        try:
            uow.commit()
        except IntegrityError:
            return False
        return True


# ------------------------------------------------------------------------------ reading helpers


def _reasons(session: Session, *, include_inactive: bool = False) -> list[Reason]:
    stmt = select(RetentionReason).order_by(RetentionReason.position, RetentionReason.code)
    if not include_inactive:
        stmt = stmt.where(RetentionReason.active.is_(True))
    return [
        Reason(code=r.code, label=r.label, health=r.health, position=r.position, active=r.active)
        for r in session.scalars(stmt)
    ]


def _reason(session: Session, code: str) -> Reason:
    row = session.get(RetentionReason, code)
    if row is None or not row.active:
        raise invalid("reason_code", f"{code!r} is not a cancellation reason", "not_found")
    return Reason(code=row.code, label=row.label, health=row.health, position=row.position)


def _version_row(session: Session, code: str, version: int) -> RetentionScriptVersion | None:
    return session.scalar(
        select(RetentionScriptVersion)
        .join(RetentionScript, RetentionScript.id == RetentionScriptVersion.script_id)
        .where(RetentionScript.code == code, RetentionScriptVersion.version == version)
    )


def _script(session: Session, code: str, version: int) -> Script | None:
    row = _version_row(session, code, version)
    if row is None:
        return None
    return parse_script(row.source, where=f"{code} v{version}", version=version)


def _active_scripts(session: Session) -> list[Script]:
    rows = session.execute(
        select(RetentionScript.code, RetentionScriptVersion.version, RetentionScriptVersion.source)
        .join(
            RetentionScriptVersion,
            and_(
                RetentionScriptVersion.script_id == RetentionScript.id,
                RetentionScriptVersion.version == RetentionScript.current_version,
            ),
        )
        .where(RetentionScript.retired_at.is_(None))
        .order_by(RetentionScript.code)
    ).all()
    return [parse_script(source, where=f"{code} v{v}", version=v) for code, v, source in rows]


def _offer_cap(session: Session) -> int:
    row = session.get(AppSetting, OFFER_CAP.key)
    if row is None:
        return OFFER_CAP.default
    try:
        return OFFER_CAP.parse(json.loads(row.value))
    except (TypeError, ValueError):
        return OFFER_CAP.default


def _facts(session: Session, customer: Customer, sub: Subscription, today: dt.date) -> CallFacts:
    product = session.get(Product, sub.product_id)
    open_complaints = session.scalar(
        select(func.count())
        .select_from(Complaint)
        .where(
            Complaint.customer_id == customer.id,
            Complaint.status != ComplaintStatus.RESOLVED.value,
        )
    )
    started = sub.started_at.astimezone(JST).date()
    return CallFacts(
        name=f"{customer.family_name} {customer.given_name}".strip(),
        product=product.name if product else "",
        delivery_count=sub.delivery_count,
        next_ship_date=sub.next_ship_date,
        cycle_days=sub.cycle_days,
        rank=customer.rank,
        open_complaint=bool(open_complaints),
        subscription_days=max((today - started).days, 0),
    )


def _script_stats(session: Session, reason_code: str) -> dict[str, tuple[int, int]]:
    """(requests, saves) per script code for one reason, over every finished call."""
    saved = func.sum(case((CancellationRequest.outcome.in_(_SAVED), 1), else_=0))
    rows = session.execute(
        select(CancellationRequest.script_code, func.count(), saved)
        .where(
            CancellationRequest.reason_code == reason_code,
            CancellationRequest.outcome.in_(_FINISHED),
            CancellationRequest.script_code.is_not(None),
        )
        .group_by(CancellationRequest.script_code)
    ).all()
    return {str(code): (int(n), int(k or 0)) for code, n, k in rows}


# ------------------------------------------------------------------------------ the flow


def list_reasons(uow: UnitOfWork, *, include_inactive: bool = False) -> list[Reason]:
    """The reason taxonomy in the order the operator picks from."""
    ensure_defaults(uow)
    with uow:
        return _reasons(uow.session, include_inactive=include_inactive)


def plan_call(
    uow: UnitOfWork,
    operator_id: OperatorId,
    customer_id: CustomerId,
    subscription_id: SubscriptionId,
    reason_code: str,
    *,
    today: dt.date,
) -> RetentionPlan:
    """The script and offers for this reason and this customer (reads only; see module doc)."""
    ensure_defaults(uow)
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.DESK)
        customer = require_customer(s, customer_id)
        sub = s.get(Subscription, subscription_id)
        if sub is None or sub.customer_id != customer.id:
            raise NotFoundError(
                f"subscription id {subscription_id} is not a subscription of customer {customer_id}"
            )
        if sub.status == SubscriptionStatus.CANCELLED.value:
            raise invalid("status", "the subscription is already cancelled", "not_allowed")
        reason = _reason(s, reason_code)
        facts = _facts(s, customer, sub, today)
        candidates = matching_scripts(_active_scripts(s), reason.code, facts)
        measured = _script_stats(s, reason.code)
        ranked = rank_scripts(candidates, measured)
        script, arm = choose_script(ranked, int(customer.id))
        cap = _offer_cap(s)
        offers = tuple(
            dataclasses.replace(o, text=fill(o.text, facts))
            for o in offers_for(script, reason, cap)
        )
        ranking = tuple(
            (
                c.code,
                *(
                    (measured[c.code][1] / measured[c.code][0], "measured")
                    if measured.get(c.code, (0, 0))[0] >= 30
                    else (c.priority / 100, "priority")
                ),
            )
            for c in ranked
        )
        return RetentionPlan(
            customer_id=int(customer.id),
            subscription_id=int(sub.id),
            subscription_version=sub.version,
            reason=reason,
            script_code=script.code if script else None,
            script_version=script.version if script else None,
            script_title=script.title if script else "",
            steps=tuple(fill(step, facts) for step in script.steps) if script else (),
            offers=offers,
            ab_arm=arm,
            offer_cap=cap,
            facts=facts,
            ranking=ranking,
        )


def _same_offer(a: Offer, b: Offer) -> bool:
    return dataclasses.replace(a, text="") == dataclasses.replace(b, text="")


def _offer_change(session: Session, offer: Offer, today: dt.date) -> subs.Change:
    if offer.kind is OfferKind.SKIP:
        return subs.skip_change()
    if offer.kind is OfferKind.CYCLE_CHANGE:
        assert offer.cycle_days is not None
        return subs.cycle_change(offer.cycle_days)
    if offer.kind is OfferKind.PAUSE:
        assert offer.days is not None
        return subs.pause_change(today + dt.timedelta(days=offer.days), today=today)
    if offer.kind is OfferKind.QUANTITY_CHANGE:
        assert offer.quantity is not None
        return subs.quantity_change(offer.quantity)
    product = session.scalar(select(Product).where(Product.sku == offer.sku))
    if product is None:
        raise invalid("accepted", f"the offer's product {offer.sku!r} does not exist", "not_found")
    return subs.product_change(product.id)  # type: ignore[arg-type]


def _summary(reason: Reason, record: CallRecord, outcome: CancellationOutcome) -> str:
    words = {
        CancellationOutcome.RETAINED: "継続",
        CancellationOutcome.CHANGED: "内容変更のうえ継続",
        CancellationOutcome.CANCELLED: "解約",
    }
    parts = [f"解約のお申し出（理由: {reason.label}）。"]
    if record.reason_detail.strip():
        parts.append(f"お客様のお話: {record.reason_detail.strip()}。")
    if reason.health:
        parts.append("健康・安全に関わる理由のため引き止めは行わず、解約を承った。")
    elif record.offers_presented:
        shown = "／".join(o.text for o in record.offers_presented)
        parts.append(f"ご提案: {shown}。")
    else:
        parts.append("ご提案なし。")
    if record.wish_repeated_at is not None:
        parts.append("ご提案の後、再度解約のご希望があったため解約を承った。")
    if record.accepted is not None:
        parts.append(f"お客様の選択: {record.offers_presented[record.accepted].text}。")
    parts.append(f"結果: {words[outcome]}。")
    if record.note.strip():
        parts.append(record.note.strip())
    return "".join(parts)


def record_cancellation_call(
    uow: UnitOfWork, operator_id: OperatorId, record: CallRecord, *, today: dt.date
) -> CancellationResult:
    """Record a cancellation call and apply its outcome, all in one transaction.

    Checked first (nothing written otherwise): the fairness rules (FairnessError E402: offer
    cap, no offer for a health reason, a repeated wish ends in cancellation, the accepted offer
    was presented), that the offers are the recorded script version's, and the subscription's
    version (ConflictError). Writes the contact (inbound phone, category cancellation), the
    subscription change or cancellation with its event, the request (offers presented, accepted
    offer, outcome, when the wish was first said and repeated, confirmation time, A/B arm, the
    script's words as shown), a product-safety note for a health reason, and audit rows.
    """
    ensure_defaults(uow)
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.DESK)
        customer = require_customer(s, record.customer_id)
        sub = s.get(Subscription, record.subscription_id)
        if sub is None or sub.customer_id != customer.id:
            raise NotFoundError(
                f"subscription id {record.subscription_id} is not a subscription of customer "
                f"{record.customer_id}"
            )
        reason = _reason(s, record.reason_code)
        outcome = check_call(
            CancellationCall(
                reason=reason,
                offers_presented=record.offers_presented,
                accepted=record.accepted,
                cancelled=record.cancelled,
                first_wish_at=record.first_wish_at,
                wish_repeated_at=record.wish_repeated_at,
            ),
            _offer_cap(s),
        )
        if record.script_code is not None:
            script = _script(s, record.script_code, record.script_version or 0)
            if script is None:
                raise invalid(
                    "script_code",
                    f"script {record.script_code!r} has no version {record.script_version}",
                    "not_found",
                )
            for offer in record.offers_presented:
                if not any(_same_offer(offer, o) for o in script.offers):
                    raise invalid(
                        "offers_presented",
                        f"offer {offer.kind.value!r} is not in script {script.code} "
                        f"v{script.version}",
                        "not_allowed",
                    )
        elif record.offers_presented:
            raise invalid("offers_presented", "offers need the script they came from")
        now = utc_now()
        contact = Contact(
            customer_id=customer.id,
            direction=ContactDirection.INBOUND.value,
            channel=ContactChannel.PHONE.value,
            category=ContactCategory.CANCELLATION.value,
            operator_id=operator_id,
            summary=_summary(reason, record, outcome),
            contacted_at=now,
        )
        s.add(contact)
        s.flush()
        why = f"解約のお申し出（{reason.label}）"
        accepted = record.offers_presented[record.accepted] if record.accepted is not None else None
        change: subs.Change | None = None
        if outcome is CancellationOutcome.CANCELLED:
            change = subs.cancel_change(now)
        elif accepted is not None and accepted.changes_subscription:
            change = _offer_change(s, accepted, today)
        if change is not None:
            subs.apply_change(
                s,
                operator_id,
                SubscriptionId(sub.id),
                reason=why,
                expected_version=record.expected_version,
                apply=change,
                at=now,
            )
        request = CancellationRequest(
            customer_id=customer.id,
            subscription_id=sub.id,
            reason_code=reason.code,
            reason_detail=record.reason_detail.strip(),
            offers_presented=json.dumps(
                [o.as_json() for o in record.offers_presented], ensure_ascii=False
            ),
            outcome=outcome.value,
            script_code=record.script_code,
            script_version=record.script_version,
            operator_id=operator_id,
            requested_at=now,
            confirmed_at=now,
            first_wish_at=record.first_wish_at,
            wish_repeated_at=record.wish_repeated_at,
            contact_id=contact.id,
            ab_arm=record.ab_arm,
            accepted_offer=(
                json.dumps(accepted.as_json(), ensure_ascii=False) if accepted else None
            ),
            script_text=record.script_text,
        )
        s.add(request)
        s.flush()
        note_id: int | None = None
        if reason.health:
            note = ProductSafetyNote(
                customer_id=customer.id,
                cancellation_request_id=request.id,
                reason_code=reason.code,
                detail=record.reason_detail.strip(),
                operator_id=operator_id,
                created_at=now,
            )
            s.add(note)
            s.flush()
            note_id = note.id
        audit(
            s,
            operator_id,
            action="create",
            entity="cancellation_request",
            entity_id=request.id,
            detail={
                "customer_id": customer.id,
                "subscription_id": sub.id,
                "reason": reason.code,
                "outcome": outcome.value,
                "offers": [o.kind.value for o in record.offers_presented],
                "accepted": accepted.kind.value if accepted else None,
                "script": f"{record.script_code} v{record.script_version}",
                "contact_id": contact.id,
                "safety_note_id": note_id,
            },
            at=now,
        )
        notify_customer_changed(s, customer.id)
        s.flush()
        result = CancellationResult(
            request_id=request.id,
            outcome=outcome,
            contact_id=contact.id,
            subscription_status=sub.status,
            next_ship_date=sub.next_ship_date,
            safety_note_id=note_id,
        )
        uow.commit()
        return result


def _record_view(session: Session, request: CancellationRequest) -> CancellationRecordView:
    customer = session.get(Customer, request.customer_id)
    assert customer is not None
    product_name = ""
    if request.subscription_id is not None:
        sub = session.get(Subscription, request.subscription_id)
        product = session.get(Product, sub.product_id) if sub else None
        product_name = product.name if product else ""
    reason = session.get(RetentionReason, request.reason_code)
    title = ""
    script_text = request.script_text
    if request.script_code is not None and request.script_version is not None:
        script = _script(session, request.script_code, request.script_version)
        if script is not None:
            title = script.title
            script_text = script_text or "\n".join(script.steps)
    offers = tuple(
        str(o.get("text") or o.get("kind")) if isinstance(o, dict) else str(o)
        for o in json.loads(request.offers_presented or "[]")
    )
    accepted = json.loads(request.accepted_offer) if request.accepted_offer else None
    return CancellationRecordView(
        request_id=request.id,
        customer_id=customer.id,
        customer_name=f"{customer.family_name} {customer.given_name}".strip(),
        customer_code=customer.code,
        postal_code=customer.postal_code,
        address=format_address(
            customer.prefecture, customer.city, customer.street, customer.building
        ),
        product=product_name,
        reason_code=request.reason_code,
        reason_label=reason.label if reason else request.reason_code,
        reason_detail=request.reason_detail,
        script_code=request.script_code,
        script_version=request.script_version,
        script_title=title,
        script_text=script_text,
        offers_presented=offers,
        accepted_offer=str(accepted.get("text")) if isinstance(accepted, dict) else None,
        outcome=CancellationOutcome(request.outcome),
        ab_arm=request.ab_arm,
        operator_name=operator_name(session, request.operator_id),
        first_wish_at=request.first_wish_at,
        wish_repeated_at=request.wish_repeated_at,
        requested_at=request.requested_at,
        confirmed_at=request.confirmed_at,
    )


def cancellation_record(uow: UnitOfWork, request_id: int) -> CancellationRecordView:
    """One cancellation record with the words of the script version it used."""
    with uow:
        request = uow.session.get(CancellationRequest, request_id)
        if request is None:
            raise NotFoundError(f"cancellation request id {request_id} does not exist")
        return _record_view(uow.session, request)


def write_confirmation_letter(
    uow: UnitOfWork, operator_id: OperatorId, request_id: int, path: Path
) -> Path:
    """The 解約手続き完了のお知らせ of a cancelled call as an A4 PDF at ``path``.

    One transaction: the PDF is written, then the letter goes on the customer's timeline as a
    mailing of kind :data:`CONFIRMATION_MAILING` and the print is audited. A PDF that cannot be
    written (ValidationError for anything but a cancelled call, OSError for the file) records
    nothing. Each print is its own mailing: a reprint is a second letter to the customer.
    """
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.DESK)
        request = s.get(CancellationRequest, request_id)
        if request is None:
            raise NotFoundError(f"cancellation request id {request_id} does not exist")
        if request.outcome != CancellationOutcome.CANCELLED.value:
            raise invalid("outcome", "only a cancelled subscription gets the letter", "not_allowed")
        view = _record_view(s, request)
        first = view.first_wish_at or view.requested_at
        confirmed = view.confirmed_at or view.requested_at
        written = write_cancellation_letter(
            path,
            LetterData(
                customer_name=view.customer_name,
                customer_code=view.customer_code,
                postal_code=view.postal_code,
                address=view.address,
                product=view.product,
                first_wish_on=first.astimezone(JST).date(),
                confirmed_on=confirmed.astimezone(JST).date(),
                request_id=view.request_id,
            ),
        )
        now = utc_now()
        mailing = Mailing(customer_id=request.customer_id, kind=CONFIRMATION_MAILING, sent_at=now)
        s.add(mailing)
        s.flush()
        audit(
            s,
            operator_id,
            action="print",
            entity="cancellation_request",
            entity_id=request.id,
            detail={
                "document": CONFIRMATION_MAILING,
                "path": str(path),
                "mailing_id": mailing.id,
            },
            at=now,
        )
        notify_customer_changed(s, request.customer_id)
        uow.commit()
    return written


# ------------------------------------------------------------------------------ safety notes


def list_safety_notes(
    uow: UnitOfWork, operator_id: OperatorId, *, limit: int = 500
) -> list[SafetyNoteView]:
    """The product-safety notes for supervisors (Permission.REPORTS): the unreviewed ones
    first, newest first within each group, at most ``limit``."""
    note = ProductSafetyNote
    stmt = (
        select(note, Customer, Product.name, RetentionReason.label)
        .join(Customer, Customer.id == note.customer_id)
        .outerjoin(CancellationRequest, CancellationRequest.id == note.cancellation_request_id)
        .outerjoin(Subscription, Subscription.id == CancellationRequest.subscription_id)
        .outerjoin(Product, Product.id == Subscription.product_id)
        .outerjoin(RetentionReason, RetentionReason.code == note.reason_code)
        .order_by(
            case((note.reviewed_at.is_(None), 0), else_=1),
            note.created_at.desc(),
            note.id.desc(),
        )
        .limit(limit)
    )
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.REPORTS)
        names = {o.id: o.name for o in s.scalars(select(Operator))}
        return [
            _note_view(row, customer, product or "", label or row.reason_code, names)
            for row, customer, product, label in s.execute(stmt).all()
        ]


def _note_view(
    row: ProductSafetyNote,
    customer: Customer,
    product: str,
    label: str,
    names: dict[int, str],
) -> SafetyNoteView:
    return SafetyNoteView(
        id=row.id,
        cancellation_request_id=row.cancellation_request_id,
        customer_id=customer.id,
        customer_code=customer.code,
        customer_name=f"{customer.family_name} {customer.given_name}".strip(),
        product=product,
        reason_code=row.reason_code,
        reason_label=label,
        detail=row.detail,
        operator_name=names.get(row.operator_id) if row.operator_id is not None else None,
        created_at=row.created_at,
        reviewed_by_name=names.get(row.reviewed_by) if row.reviewed_by is not None else None,
        reviewed_at=row.reviewed_at,
    )


def review_safety_note(uow: UnitOfWork, operator_id: OperatorId, note_id: int) -> SafetyNoteView:
    """Mark a product-safety note reviewed by this supervisor now (Permission.REPORTS, audited).

    A note reviewed already is refused (ValidationError ``unchanged``): the first review, with
    its name and time, is the one that counts.
    """
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.REPORTS)
        row = s.get(ProductSafetyNote, note_id)
        if row is None:
            raise NotFoundError(f"product safety note id {note_id} does not exist")
        if row.reviewed_at is not None:
            raise invalid("reviewed_at", f"safety note {note_id} was reviewed already", "unchanged")
        now = utc_now()
        row.reviewed_by = operator_id
        row.reviewed_at = now
        audit(
            s,
            operator_id,
            action="review",
            entity="product_safety_note",
            entity_id=row.id,
            detail={
                "customer_id": row.customer_id,
                "cancellation_request_id": row.cancellation_request_id,
            },
            at=now,
        )
        s.flush()
        customer = require_customer(s, row.customer_id)
        product = s.scalar(
            select(Product.name)
            .join(Subscription, Subscription.product_id == Product.id)
            .join(CancellationRequest, CancellationRequest.subscription_id == Subscription.id)
            .where(CancellationRequest.id == row.cancellation_request_id)
        )
        reason = s.get(RetentionReason, row.reason_code)
        names = {o.id: o.name for o in s.scalars(select(Operator))}
        view = _note_view(
            row, customer, product or "", reason.label if reason else row.reason_code, names
        )
        uow.commit()
        return view


# ------------------------------------------------------------------------------ supervisors


def list_scripts(uow: UnitOfWork, *, include_retired: bool = True) -> list[ScriptSummary]:
    """Every script with its current version, by code."""
    ensure_defaults(uow)
    with uow:
        s = uow.session
        rows = s.execute(
            select(RetentionScript, RetentionScriptVersion.source)
            .join(
                RetentionScriptVersion,
                and_(
                    RetentionScriptVersion.script_id == RetentionScript.id,
                    RetentionScriptVersion.version == RetentionScript.current_version,
                ),
            )
            .order_by(RetentionScript.code)
        ).all()
        out = []
        for row, source in rows:
            if row.retired_at is not None and not include_retired:
                continue
            script = parse_script(source, where=row.code, version=row.current_version)
            out.append(
                ScriptSummary(
                    code=row.code,
                    title=script.title,
                    current_version=row.current_version,
                    reasons=script.reasons,
                    priority=script.priority,
                    ab_group=script.ab_group,
                    retired=row.retired_at is not None,
                )
            )
        return out


def script_source(uow: UnitOfWork, code: str, version: int | None = None) -> ScriptSource:
    """The TOML text of a script's version (default: the current one)."""
    with uow:
        s = uow.session
        row = s.scalar(select(RetentionScript).where(RetentionScript.code == code))
        if row is None:
            raise NotFoundError(f"retention script {code!r} does not exist")
        wanted = version or row.current_version
        found = _version_row(s, code, wanted)
        if found is None:
            raise NotFoundError(f"retention script {code!r} has no version {wanted}")
        return ScriptSource(
            code=code,
            version=wanted,
            current_version=row.current_version,
            source=found.source,
            retired=row.retired_at is not None,
        )


def save_script(
    uow: UnitOfWork,
    operator_id: OperatorId,
    source: str,
    *,
    expected_version: int | None,
    note: str = "",
) -> ScriptSource:
    """Save a script's TOML text as its next version (or as a new script: ``expected_version``
    None). Needs Permission.EDIT_SCRIPTS. The text is checked first (ValidationError at
    ``source`` naming each problem); a version saved meanwhile by another supervisor is a
    ConflictError. Earlier versions stay as they were: old records keep showing their words.
    """
    script = parse_script(source)
    ensure_defaults(uow)
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.EDIT_SCRIPTS)
        known = {r.code for r in _reasons(s, include_inactive=True)}
        unknown = [r for r in script.reasons if r not in known]
        if unknown:
            raise invalid("source", f"reasons: unknown reason code(s) {', '.join(unknown)}")
        now = utc_now()
        row = s.scalar(select(RetentionScript).where(RetentionScript.code == script.code))
        if row is None:
            if expected_version is not None:
                raise NotFoundError(f"retention script {script.code!r} does not exist")
            row = RetentionScript(
                code=script.code, current_version=1, created_by=operator_id, created_at=now
            )
            s.add(row)
            s.flush()
            version = 1
        else:
            if expected_version is None:
                raise invalid("source", f"code: a script {script.code!r} exists already")
            current = row.current_version

            def theirs() -> ScriptSource:
                found = _version_row(s, script.code, current)
                return ScriptSource(
                    code=script.code,
                    version=current,
                    current_version=current,
                    source=found.source if found else "",
                    retired=row.retired_at is not None,
                )

            if current != expected_version:
                raise ConflictError(
                    f"script {script.code} is at version {current}, this editor has version "
                    f"{expected_version}; nothing was saved",
                    current=theirs(),
                )
            version = current + 1
            row.current_version = version
        s.add(
            RetentionScriptVersion(
                script_id=row.id,
                version=version,
                source=source,
                note=note.strip(),
                created_by=operator_id,
                created_at=now,
            )
        )
        try:
            s.flush()
        except IntegrityError:
            s.rollback()
            raise ConflictError(
                f"script {script.code} was saved by another supervisor meanwhile; nothing was "
                "saved",
                current=None,
            ) from None
        audit(
            s,
            operator_id,
            action="update" if version > 1 else "create",
            entity="retention_script",
            entity_id=row.id,
            detail={"code": script.code, "version": version, "note": note.strip()},
            at=now,
        )
        uow.commit()
        return ScriptSource(
            code=script.code, version=version, current_version=version, source=source, retired=False
        )


def retire_script(uow: UnitOfWork, operator_id: OperatorId, code: str) -> None:
    """Take a script out of use (its versions and the records using them stay)."""
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.EDIT_SCRIPTS)
        row = s.scalar(select(RetentionScript).where(RetentionScript.code == code))
        if row is None:
            raise NotFoundError(f"retention script {code!r} does not exist")
        if row.retired_at is not None:
            raise invalid("code", f"script {code!r} is already retired", "unchanged")
        now = utc_now()
        row.retired_at = now
        row.retired_by = operator_id
        audit(
            s,
            operator_id,
            action="retire",
            entity="retention_script",
            entity_id=row.id,
            detail={"code": code},
            at=now,
        )
        uow.commit()


def reasons_text(uow: UnitOfWork) -> str:
    """The active taxonomy as the TOML text the supervisor edits."""
    return reasons_source(list_reasons(uow))


def save_reasons(uow: UnitOfWork, operator_id: OperatorId, source: str) -> list[Reason]:
    """Replace the taxonomy by a TOML text (Permission.EDIT_SCRIPTS).

    Codes keep their meaning: a code left out becomes inactive (old records still show its
    label) and comes back when listed again. Audited with the codes added, changed and removed.
    """
    reasons = parse_reasons(source)
    ensure_defaults(uow)
    with uow:
        s = uow.session
        require_permission(s, operator_id, Permission.EDIT_SCRIPTS)
        now = utc_now()
        existing = {r.code: r for r in s.scalars(select(RetentionReason))}
        listed = {r.code for r in reasons}
        changed: list[str] = []
        for reason in reasons:
            row = existing.get(reason.code)
            if row is None:
                row = RetentionReason(code=reason.code, updated_at=now)
                s.add(row)
                changed.append(f"+{reason.code}")
            elif (row.label, row.health, row.position, row.active) != (
                reason.label,
                reason.health,
                reason.position,
                True,
            ):
                changed.append(f"~{reason.code}")
            row.label = reason.label
            row.health = reason.health
            row.position = reason.position
            row.active = True
            row.updated_by = operator_id
            row.updated_at = now
        for code, row in existing.items():
            if code not in listed and row.active:
                row.active = False
                row.updated_by = operator_id
                row.updated_at = now
                changed.append(f"-{code}")
        audit(
            s,
            operator_id,
            action="update",
            entity="retention_reasons",
            entity_id=0,
            detail={"changes": changed},
            at=now,
        )
        uow.commit()
    return reasons


# ------------------------------------------------------------------------------ the report


def _utc_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), JST).astimezone(dt.UTC)


def request_facts(
    uow: UnitOfWork,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    today: dt.date,
) -> list[stats.RequestFact]:
    """One fact per finished call requested on JST dates [since, until] (both optional).

    Follow-through of a saved call: *took the next delivery* is an order of the subscription
    after the call that was not cancelled or returned; it is known once such an order exists,
    the subscription was cancelled, or two cycles have passed. *Active after 3 cycles* is known
    once three cycles (the current cycle length) have passed since the call: the subscription
    was not cancelled within them.
    """
    r = CancellationRequest
    next_order = exists().where(
        Order.subscription_id == r.subscription_id,
        Order.ordered_at > r.requested_at,
        Order.status.not_in(_NOT_TAKEN),
    )
    stmt = (
        select(
            r.script_code,
            r.script_version,
            r.reason_code,
            r.operator_id,
            r.outcome,
            r.requested_at,
            Subscription.cycle_days,
            Subscription.cancelled_at,
            next_order.label("took_next"),
        )
        .outerjoin(Subscription, Subscription.id == r.subscription_id)
        .where(r.outcome.in_(_FINISHED))
    )
    if since is not None:
        stmt = stmt.where(r.requested_at >= _utc_start(since))
    if until is not None:
        stmt = stmt.where(r.requested_at < _utc_start(until + dt.timedelta(days=1)))
    ensure_defaults(uow)
    with uow:
        s = uow.session
        labels = {row.code: row.label for row in s.scalars(select(RetentionReason))}
        names = {o.id: o.name for o in s.scalars(select(Operator))}
        titles: dict[tuple[str, int], str] = {}
        for s_code, s_version, source in s.execute(
            select(
                RetentionScript.code, RetentionScriptVersion.version, RetentionScriptVersion.source
            ).join(RetentionScript, RetentionScript.id == RetentionScriptVersion.script_id)
        ):
            script = parse_script(source, where=s_code, version=s_version)
            titles[(s_code, s_version)] = script.title
        facts = []
        for row in s.execute(stmt):
            (code, version, reason, op, outcome, at, cycle, cancelled_at, took_next) = row
            saved = outcome in _SAVED
            day = at.astimezone(JST).date()
            cycle_days = int(cycle or 30)
            took: bool | None = None
            active: bool | None = None
            if saved:
                if took_next or cancelled_at is not None or (today - day).days >= 2 * cycle_days:
                    took = bool(took_next)
                horizon = at + dt.timedelta(days=3 * cycle_days)
                if horizon.astimezone(JST).date() <= today:
                    active = cancelled_at is None or cancelled_at > horizon
            facts.append(
                stats.RequestFact(
                    script_code=code,
                    script_version=version,
                    script_title=titles.get((code, version or 0), "") if code else "",
                    reason_code=reason,
                    reason_label=labels.get(reason, reason),
                    operator_id=op,
                    operator_name=names.get(op, "") if op is not None else "",
                    period=f"{day.year:04d}-{day.month:02d}",
                    saved=saved,
                    took_next=took,
                    active_after_3=active,
                )
            )
        return facts


def retention_report(
    uow: UnitOfWork,
    operator_id: OperatorId | None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    today: dt.date,
) -> stats.RetentionReport:
    """The retention report (Permission.REPORTS; ``operator_id`` None: the command line)."""
    if operator_id is not None:
        with uow:
            require_permission(uow.session, operator_id, Permission.REPORTS)
    return stats.report(request_facts(uow, since=since, until=until, today=today))
