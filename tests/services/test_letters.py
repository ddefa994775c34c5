"""The batch print service: exclusions with one reason each, the PDF and the mailing list, the
mailings recorded only when the PDF is complete, cancel and failure leave nothing behind."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, update

from crmdesk.domain.errors import PermissionDeniedError
from crmdesk.domain.letters import DocumentKind, TemplateError
from crmdesk.domain.segments import ExclusionReason
from crmdesk.services import letters
from crmdesk.services.letters import BatchCancelledError, BatchRequest, LetterBatchError
from crmdesk.store.schema import Complaint, Customer, Mailing, MailingBatch, Order
from tests.services.support import T0, desk_fixture

desk = desk_fixture()

TODAY = dt.date(2026, 2, 10)  # birthday_this_month: born in February
FEB = dt.date(1970, 2, 3)


def _birthday_people(desk, tag: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """One customer per exclusion reason plus two who get letters (codes sort in print order)."""
    people = {
        "ok": desk.customer(
            family_name=f"{tag}正常", postal_code="1000001", street=f"{tag}1-1", birth_date=FEB
        ),
        "dnm": desk.customer(
            family_name=f"{tag}不要", do_not_mail=True, returned_mail=True, birth_date=FEB
        ),
        "ret": desk.customer(family_name=f"{tag}不明", returned_mail=True, birth_date=FEB),
        "noaddr": desk.customer(family_name=f"{tag}住所", postal_code=None, birth_date=FEB),
        "complaint": desk.customer(family_name=f"{tag}苦情", street=f"{tag}2-2", birth_date=FEB),
        "house1": desk.customer(
            family_name=f"{tag}同居", postal_code="1500001", street=f"{tag}3-3", birth_date=FEB
        ),
        "house2": desk.customer(
            family_name=f"{tag}同居",
            given_name="次郎",
            postal_code="1500001",
            street=f"{tag}3-3",
            birth_date=FEB,
        ),
        "march": desk.customer(family_name=f"{tag}三月", birth_date=dt.date(1970, 3, 3)),
    }
    with desk.db.uow() as uow:
        uow.session.add(
            Complaint(
                customer_id=people["complaint"],
                category="quality",
                severity="high",
                status="open",
                opened_at=T0,
            )
        )
        uow.commit()
    return people


def _batch(desk, tmp_path: Path, kind: str = "thankyou", **kw):  # type: ignore[no-untyped-def]
    request = BatchRequest(
        kind=DocumentKind(kind),
        segment="birthday_this_month",
        today=TODAY,
        offer_code="HB2026",
        template=kw.pop("template", "birthday" if kind in ("thankyou", "dm") else None),
    )
    return letters.run_batch(desk.db, desk.supervisor, request, out=tmp_path / "out.pdf", **kw)


def test_exclusions_have_one_reason_each_in_the_fixed_order(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = _birthday_people(desk, "除外")
    result, pages = letters.preview_batch(
        desk.db,
        desk.supervisor,
        BatchRequest(DocumentKind.THANKYOU, "birthday_this_month", TODAY, template="birthday"),
    )
    reasons = {e.customer_id: e.reason for e in result.exclusions}
    assert reasons[people["dnm"]] is ExclusionReason.DO_NOT_MAIL  # both flags: the first reason
    assert reasons[people["ret"]] is ExclusionReason.RETURNED_MAIL
    assert reasons[people["noaddr"]] is ExclusionReason.NO_ADDRESS
    assert reasons[people["complaint"]] is ExclusionReason.OPEN_COMPLAINT
    assert reasons[people["house2"]] is ExclusionReason.SAME_HOUSEHOLD
    assert people["ok"] in result.printed and people["house1"] in result.printed
    assert people["march"] not in result.printed and people["march"] not in reasons
    assert len(set(result.printed)) == len(result.printed)
    assert not set(result.printed) & set(reasons)
    assert pages  # preview renders without recording
    assert (
        desk.rows(select(MailingBatch.id).where(MailingBatch.segment == "birthday_this_month"))
        == []
    )


def test_batch_writes_pdf_and_mailing_list_then_records_mailings(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = _birthday_people(desk, "印刷")
    seen: list[tuple[int, int]] = []
    result = _batch(
        desk,
        tmp_path,
        mailing_list=tmp_path / "list.csv",
        encoding="cp932",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert result.pdf is not None and result.pdf.exists()
    assert result.pages == len(result.printed)
    assert seen[-1][0] == seen[-1][1]
    text = subprocess.run(
        ["pdftotext", str(result.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")[:-1]
    with (tmp_path / "list.csv").open(encoding="cp932", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["顧客番号", "氏名", "郵便番号", "住所"]
    assert len(rows) - 1 == len(result.printed) == len(pages)
    for row, page in zip(rows[1:], pages, strict=True):
        compact = "".join(page.split())
        assert "".join(row[1].split()) in compact and row[3] in compact  # the page's own addressee
    codes = [r[0] for r in rows[1:]]
    flagged = {people[k] for k in ("dnm", "ret")}
    assert not flagged & set(result.printed)
    mailed = desk.rows(select(Mailing.customer_id).where(Mailing.batch_id == result.batch_id))
    assert sorted(mailed) == sorted(result.printed)
    batch = desk.get(MailingBatch, result.batch_id)
    assert batch.letter_count == len(codes) and batch.completed_at is not None
    assert desk.audit_rows("mailing_batch", result.batch_id)[0].action == "batch_print"
    # Each letter is on its customer's timeline.
    from crmdesk.services.lookup import customer_card

    card = customer_card(desk.db.read_uow(), people["ok"], timeline_limit=10)
    assert any(e.kind == "mailing" for e in card.timeline)


def test_cancel_leaves_no_file_and_no_record(
    desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        desk.customer(family_name=f"取消{n}", street=f"取消{n}-1", birth_date=FEB)
    monkeypatch.setattr(letters, "PROGRESS_EVERY", 1)
    before = desk.counts()
    with pytest.raises(BatchCancelledError):
        _batch(desk, tmp_path, mailing_list=tmp_path / "l.csv", cancelled=lambda: True)
    assert desk.counts() == before
    assert list(tmp_path.iterdir()) == []


def test_a_flag_set_while_printing_fails_the_batch(
    desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    victim = desk.customer(family_name="途中", street="途中1-1", birth_date=FEB)
    monkeypatch.setattr(letters, "PROGRESS_EVERY", 1)

    def flag(done: int, total: int) -> None:
        with desk.db.engine.begin() as conn:
            conn.execute(update(Customer).where(Customer.id == victim).values(do_not_mail=True))

    before = desk.counts()
    with pytest.raises(LetterBatchError, match="flagged"):
        _batch(desk, tmp_path, progress=flag)
    assert desk.counts() == before
    assert list(tmp_path.iterdir()) == []
    with desk.db.engine.begin() as conn:
        conn.execute(update(Customer).where(Customer.id == victim).values(do_not_mail=False))


def test_bad_template_is_named_before_anything_prints(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.toml"
    bad.write_text('kind = "dm"\nbody = """\n{name}\n{offer}\n"""\n', encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    before = desk.counts()
    with pytest.raises(TemplateError, match=r"bad.toml, line 4: unknown placeholder \{offer\}"):
        _batch(desk, out, template=str(bad))
    with pytest.raises(TemplateError, match=r"missing\.toml"):
        _batch(desk, out, template=str(tmp_path / "missing.toml"))
    assert desk.counts() == before and list(out.iterdir()) == []


def test_operators_may_not_batch_print(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request = BatchRequest(DocumentKind.LABELS, "birthday_this_month", TODAY)
    with pytest.raises(PermissionDeniedError):
        letters.run_batch(desk.db, desk.operator, request, out=tmp_path / "x.pdf")


def test_labels_and_envelopes_follow_todays_letters(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    letters_run = _batch(desk, tmp_path / "a")
    labels = _batch(desk, tmp_path / "b", kind="labels")
    envelopes = _batch(desk, tmp_path / "c", kind="envelopes")
    # The carriers go to the same people as today's letters, and record no second mailing.
    assert set(letters_run.printed) <= set(labels.printed) == set(envelopes.printed)
    assert (
        desk.rows(
            select(Mailing.id).where(Mailing.batch_id.in_([labels.batch_id, envelopes.batch_id]))
        )
        == []
    )


def _dormant_buyer(desk, name: str, **kw):  # type: ignore[no-untyped-def]
    """A customer whose only order is 132 days before TODAY: in dormant_90 (90–179 days)."""
    cid = desk.customer(family_name=name, street=f"{name}1-1", **kw)
    with desk.db.uow() as uow:
        uow.session.add(
            Order(
                order_number=f"VIP-{cid}",
                customer_id=cid,
                channel="phone",
                status="shipped",
                subtotal_yen=5000,
                total_yen=5500,
                ordered_at=dt.datetime(2025, 10, 1, 3, tzinfo=dt.UTC),
            )
        )
        uow.commit()
    return cid


def test_vips_are_left_to_personal_handling_in_every_batch(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """DESIGN.md: VIPs get personal handling instead of an automatic DM. A VIP in a dormant
    segment is excluded (reason vip) from the letters and their labels and envelopes; the
    flags still come first; the one letter from the desk (personal handling) is allowed."""
    plain = _dormant_buyer(desk, "一般", rank="gold")
    vip = _dormant_buyer(desk, "上顧客", rank="vip")
    vip_flagged = _dormant_buyer(desk, "上顧客拒否", rank="vip", do_not_mail=True)
    request = BatchRequest(DocumentKind.DM, "dormant_90", TODAY, offer_code="COMEBACK")
    preview, _ = letters.preview_batch(desk.db, desk.supervisor, request, pages=0)
    reasons = {e.customer_id: e for e in preview.exclusions}
    assert preview.printed == [plain]
    assert reasons[vip].reason is ExclusionReason.VIP and reasons[vip].label == "VIP（個別対応）"
    assert reasons[vip_flagged].reason is ExclusionReason.DO_NOT_MAIL
    run = letters.run_batch(desk.db, desk.supervisor, request, out=tmp_path / "dm.pdf")
    assert run.printed == [plain] and run.as_json()["excluded_by_reason"] == {
        "vip": 1,
        "do_not_mail": 1,
    }
    assert desk.rows(select(Mailing.customer_id).where(Mailing.batch_id == run.batch_id)) == [plain]
    for kind in ("labels", "envelopes"):
        carriers = letters.run_batch(
            desk.db,
            desk.supervisor,
            BatchRequest(DocumentKind(kind), "dormant_90", TODAY),
            out=tmp_path / f"{kind}.pdf",
        )
        assert carriers.printed == [plain], kind
        assert {e.customer_id: e.reason for e in carriers.exclusions}[vip] is ExclusionReason.VIP
    # Personal handling: the VIP's operator may still write the one letter from the desk.
    out = letters.write_letter(
        desk.db, desk.operator, vip, "apology", tmp_path / "one.pdf", today=TODAY
    )
    assert out.exists()


def test_a_template_with_an_offer_code_is_refused_without_one(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # 特典コード「」 on ten thousand DMs is worse than no DM: nothing is written, and the
    # message names the field; with a code the same batch prints it.
    from crmdesk.domain.letters import MissingValueError

    plain = _dormant_buyer(desk, "一般", rank="gold")
    request = BatchRequest(DocumentKind.DM, "dormant_90", TODAY)
    with pytest.raises(MissingValueError, match="特典コード") as refused:
        letters.run_batch(desk.db, desk.supervisor, request, out=tmp_path / "dm.pdf")
    assert refused.value.field == "offer_code" and refused.value.code == "E305"
    assert not (tmp_path / "dm.pdf").exists()
    assert desk.rows(select(Mailing.customer_id).where(Mailing.customer_id == plain)) == []
    with pytest.raises(MissingValueError):
        letters.letter_pages(desk.db, desk.operator, plain, "dm_dormant", today=TODAY)
    pages = letters.letter_pages(
        desk.db, desk.operator, plain, "dm_dormant", today=TODAY, offer_code="COMEBACK"
    )
    assert any("特典コード「COMEBACK」" in t for t in pages[0].texts())
    # A template without the placeholder needs no code.
    assert letters.letter_pages(desk.db, desk.operator, plain, "apology", today=TODAY)


def test_one_letter_from_the_desk(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = desk.customer(family_name="一通", street="一通1-1")
    pages = letters.letter_pages(desk.db, desk.operator, cid, "apology", today=TODAY)
    assert any("一通" in t for t in pages[0].texts())
    out = letters.write_letter(
        desk.db, desk.operator, cid, "apology", tmp_path / "one.pdf", today=TODAY
    )
    assert out.exists()
    assert desk.rows(select(Mailing.kind).where(Mailing.customer_id == cid)) == ["follow_up_dm"]
    flagged = desk.customer(family_name="拒否", do_not_mail=True)
    with pytest.raises(LetterBatchError, match="DM不要"):
        letters.letter_pages(desk.db, desk.operator, flagged, "apology")
