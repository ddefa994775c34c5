"""Never mail the wrong person, over 10,000 random customers: every customer of the segment is
either printed or excluded (with a reason), and nobody flagged DM不要 or 宛所不明 and no VIP
(personal handling, never an automatic DM) is printed; with a limit, exactly the first letters of the whole batch and the exclusions before them."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from sqlalchemy import insert, select

from crmdesk.domain.letters import DocumentKind
from crmdesk.domain.segments import ExclusionReason
from crmdesk.services.database import open_database
from crmdesk.services.letters import BatchRequest, preview_batch, run_batch
from crmdesk.store.schema import Complaint, Customer, Mailing

N = 10_000
TODAY = dt.date(2026, 2, 10)
T0 = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)


def _customers(rng: random.Random) -> list[dict[str, object]]:
    rows = []
    for k in range(N):
        street = f"{rng.randint(1, 60)}-{rng.randint(1, 9)}"  # small set: shared households
        postal = rng.choice(["1000001", "1500001", "5300001", None, ""])
        rows.append(
            {
                "code": f"P{k:07d}",
                "family_name": rng.choice(["山田", "佐藤", "髙橋", "𠮷田"]),
                "given_name": f"名{k}",
                "family_kana": "ヤマダ",
                "given_kana": "ナ",
                "name_norm": f"n{k}",
                "kana_norm": f"k{k}",
                "birth_date": dt.date(1970, rng.choice([2, 2, 2, 3]), 1),
                "postal_code": postal,
                "prefecture": rng.choice(["東京都", "東京都", ""]),
                "city": "千代田区",
                "street": street,
                "building": "",
                "address_norm": f"東京都千代田区{street}",
                "do_not_mail": rng.random() < 0.2,
                "returned_mail": rng.random() < 0.1,
                "rank": "vip" if rng.random() < 0.1 else rng.choice(["new", "regular", "gold"]),
                "created_at": T0,
                "updated_at": T0,
            }
        )
    return rows


def test_printed_and_excluded_partition_the_segment(db_target: str, tmp_path: Path) -> None:
    rng = random.Random(20260210)
    db = open_database(db_target)
    try:
        rows = _customers(rng)
        with db.uow() as uow:
            uow.session.execute(insert(Customer), rows)
            ids = {
                code: cid
                for cid, code in uow.session.execute(
                    Customer.__table__.select().with_only_columns(Customer.id, Customer.code)
                )
            }
            complaints = [
                {
                    "customer_id": ids[r["code"]],
                    "category": "quality",
                    "severity": "low",
                    "status": "open",
                    "opened_at": T0,
                }
                for r in rows
                if rng.random() < 0.05
            ]
            uow.session.execute(insert(Complaint), complaints)
            uow.commit()
        result = run_batch(
            db,
            None,
            BatchRequest(DocumentKind.LABELS, "birthday_this_month", TODAY, stock="a4-24"),
            out=tmp_path / "labels.pdf",
            mailing_list=tmp_path / "labels.csv",
            encoding="cp932",
        )
    finally:
        db.close()
    segment = {ids[r["code"]] for r in rows if r["birth_date"].month == 2}  # type: ignore[attr-defined]
    flagged = {ids[r["code"]] for r in rows if r["do_not_mail"] or r["returned_mail"]}
    vips = {ids[r["code"]] for r in rows if r["rank"] == "vip"}
    assert segment & vips - flagged  # the draw has unflagged VIPs in the segment
    printed = result.printed
    excluded = {e.customer_id: e.reason for e in result.exclusions}
    assert len(printed) == len(set(printed))
    assert set(printed) | set(excluded) == segment
    assert not set(printed) & set(excluded)
    assert not set(printed) & (flagged | vips)
    # Each flagged customer is excluded for the first flag in the fixed order, then VIPs.
    for r in rows:
        cid = ids[r["code"]]
        if cid in segment and r["do_not_mail"]:
            assert excluded[cid] is ExclusionReason.DO_NOT_MAIL
        elif cid in segment and r["returned_mail"]:
            assert excluded[cid] is ExclusionReason.RETURNED_MAIL
        elif cid in segment and r["rank"] == "vip":
            assert excluded[cid] is ExclusionReason.VIP
    # The mailing list is the printed customers, in print order; 𠮷 is not in Shift_JIS.
    with (tmp_path / "labels.csv").open(encoding="cp932", newline="") as f:
        listed = [row[0] for row in list(csv.reader(f))[1:]]
    code_of = {cid: code for code, cid in ids.items()}
    assert listed == [code_of[cid] for cid in printed]
    assert result.encoding_losses and all(code_of[ids[c]] == c for c in result.encoding_losses)
    assert result.pages == -(-len(printed) // 24)


def _expected_order(rows: list[dict[str, object]], ids: dict[str, int]) -> list[tuple[int, str]]:
    """The birthday segment in print order with each customer's reason ("" = a letter), worked
    out here independently of the SQL: flags, VIP, complaint, address, then the first of a household
    (same postal code and address) in print order keeps the letter."""
    members = [r for r in rows if r["birth_date"].month == 2]  # type: ignore[attr-defined]
    members.sort(key=lambda r: (r["postal_code"] or "", r["code"], ids[str(r["code"])]))
    seen: set[tuple[object, object]] = set()
    out: list[tuple[int, str]] = []
    for r in members:
        cid = ids[str(r["code"])]
        if r["do_not_mail"]:
            reason = ExclusionReason.DO_NOT_MAIL.value
        elif r["returned_mail"]:
            reason = ExclusionReason.RETURNED_MAIL.value
        elif r["rank"] == "vip":
            reason = ExclusionReason.VIP.value
        elif r["complaint"]:
            reason = ExclusionReason.OPEN_COMPLAINT.value
        elif not r["postal_code"] or not r["prefecture"] or not r["city"]:
            reason = ExclusionReason.NO_ADDRESS.value
        elif (r["postal_code"], r["address_norm"]) in seen:
            reason = ExclusionReason.SAME_HOUSEHOLD.value
        else:
            seen.add((r["postal_code"], r["address_norm"]))
            reason = ""
        out.append((cid, reason))
    return out


def test_limit_keeps_the_first_letters_in_print_order(db_target: str, tmp_path: Path) -> None:
    """``--limit N``: the first N letters of the whole batch, in the same order, with exactly
    the exclusions that come before the N-th letter, households decided as in the whole batch."""
    rng = random.Random(6)
    rows = _customers(rng)[:3000]
    for r in rows:
        r["complaint"] = rng.random() < 0.05
    db = open_database(db_target)
    try:
        with db.uow() as uow:
            uow.session.execute(
                insert(Customer), [{k: v for k, v in r.items() if k != "complaint"} for r in rows]
            )
            ids = {
                code: cid
                for cid, code in uow.session.execute(
                    Customer.__table__.select().with_only_columns(Customer.id, Customer.code)
                )
            }
            uow.session.execute(
                insert(Complaint),
                [
                    {
                        "customer_id": ids[str(r["code"])],
                        "category": "quality",
                        "severity": "low",
                        "status": "open",
                        "opened_at": T0,
                    }
                    for r in rows
                    if r["complaint"]
                ],
            )
            uow.commit()
        expected = _expected_order(rows, ids)
        letters_in_order = [cid for cid, reason in expected if not reason]
        assert 300 < len(letters_in_order) < 3000  # enough of each for the limits below
        for limit in (None, 1, 7, 100, 300, len(letters_in_order), 10_000):
            request = BatchRequest(
                DocumentKind.LABELS, "birthday_this_month", TODAY, limit=limit, stock="a4-24"
            )
            result, _ = preview_batch(db, None, request, pages=0)
            n = len(letters_in_order) if limit is None else min(limit, len(letters_in_order))
            upto = len(expected)  # no limit, or more than the letters: every exclusion
            if limit is not None and limit <= len(letters_in_order):
                upto = [cid for cid, _ in expected].index(letters_in_order[n - 1]) + 1
            assert result.printed == letters_in_order[:n], limit
            assert [(e.customer_id, e.reason.value) for e in result.exclusions] == [
                (cid, reason) for cid, reason in expected[:upto] if reason
            ], limit
        # The whole command with a limit: PDF, mailing list and mailings for exactly those.
        result = run_batch(
            db,
            None,
            BatchRequest(
                DocumentKind.THANKYOU, "birthday_this_month", TODAY, limit=250, offer_code="HB"
            ),
            out=tmp_path / "limited.pdf",
            mailing_list=tmp_path / "limited.csv",
        )
        with db.uow() as uow:
            mailed = set(
                uow.session.scalars(
                    select(Mailing.customer_id).where(Mailing.batch_id == result.batch_id)
                )
            )
    finally:
        db.close()
    assert result.printed == letters_in_order[:250] and result.pages == 250
    assert mailed == set(letters_in_order[:250])
    with (tmp_path / "limited.csv").open(encoding="cp932", newline="") as f:
        listed = [row[0] for row in list(csv.reader(f))[1:]]
    code_of = {cid: code for code, cid in ids.items()}
    assert listed == [code_of[cid] for cid in letters_in_order[:250]]
