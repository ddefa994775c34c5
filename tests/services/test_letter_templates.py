"""The template editor's service: a supervisor's edit is kept in the shared settings, checked
before it is saved, used by batches and single letters, versioned against lost updates and
revertable; a single letter is refused (and nothing recorded) for a customer flagged since."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, update

from crmdesk.domain.errors import ConflictError, NotFoundError, PermissionDeniedError
from crmdesk.domain.letters import DocumentKind, TemplateError
from crmdesk.domain.segments import ExclusionReason
from crmdesk.printing.page import Group, Page, Text
from crmdesk.services import letter_templates as lt
from crmdesk.services import letters
from crmdesk.services.letters import BatchRequest, LetterBatchError
from crmdesk.store.schema import AuditLog, Customer, Mailing
from tests.services.support import desk_fixture

desk = desk_fixture()

TODAY = dt.date(2026, 2, 10)
FEB = dt.date(1970, 2, 3)


def _texts(page: Page) -> str:
    found: list[str] = []

    def walk(ops: tuple[object, ...]) -> None:
        for op in ops:
            if isinstance(op, Text):
                found.append(op.text)
            elif isinstance(op, Group):
                walk(op.ops)

    walk(page.ops)
    return "".join(found)


def _edited(code: str, marker: str) -> str:
    shipped = (letters.templates_folder() / f"{code}.toml").read_text(encoding="utf-8")
    return shipped.replace('body = """\n', f'body = """\n{marker}\n\n', 1)


def test_an_edit_is_checked_saved_versioned_used_and_reverted(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code = "birthday"
    before = lt.template_source(desk.db.uow(), code)
    assert before.version == 0 and not before.customised and before.kind == "birthday"
    assert code in {t.code for t in lt.list_template_sources(desk.db.uow())}

    # An unknown placeholder is refused with its line; nothing is stored.
    bad = before.source.replace("{name}", "{nmae}", 1)
    with pytest.raises(TemplateError, match=r"line \d+: unknown placeholder \{nmae\}"):
        lt.save_template(desk.db.uow(), desk.supervisor, code, bad, expected_version=0)
    assert lt.template_source(desk.db.uow(), code).version == 0
    # An operator may not edit templates.
    with pytest.raises(PermissionDeniedError):
        lt.save_template(desk.db.uow(), desk.operator, code, _edited(code, "X"), expected_version=0)

    saved = lt.save_template(
        desk.db.uow(),
        desk.supervisor,
        code,
        _edited(code, "編集版のごあいさつ"),
        expected_version=0,
    )
    assert saved.version == 1 and saved.updated_by == "鈴木"
    again = lt.template_source(desk.db.uow(), code)
    assert again.customised and "編集版のごあいさつ" in again.source

    # A stale editor (still at version 0) gets a conflict carrying the saved text.
    with pytest.raises(ConflictError) as conflict:
        lt.save_template(
            desk.db.uow(), desk.supervisor, code, _edited(code, "古い"), expected_version=0
        )
    assert "編集版のごあいさつ" in conflict.value.current.source

    # The batch and the single letter print the edit.
    person = desk.customer(family_name="誕生", birth_date=FEB, street="誕生1-1")
    _result, pages = letters.preview_batch(
        desk.db,
        desk.supervisor,
        BatchRequest(
            DocumentKind.THANKYOU,
            "birthday_this_month",
            today=TODAY,
            template=code,
            offer_code="HB",
        ),
    )
    assert pages and "編集版のごあいさつ" in _texts(pages[0])
    one = letters.letter_pages(desk.db, desk.operator, person, code, today=TODAY, offer_code="HB")
    assert "編集版のごあいさつ" in _texts(one[0])

    audits = desk.rows(select(AuditLog).where(AuditLog.entity == "letter_template"))
    assert any("編集版のごあいさつ" in a.detail for a in audits)

    reverted = lt.revert_template(desk.db.uow(), desk.supervisor, code, expected_version=1)
    assert reverted.source == before.source and not reverted.customised
    assert reverted.version == 2  # a revert is a change too: the version never goes back
    one = letters.letter_pages(desk.db, desk.operator, person, code, today=TODAY, offer_code="HB")
    assert "編集版のごあいさつ" not in _texts(one[0])

    # No ABA: an editor still holding version 1 (from before the revert) cannot save over
    # what came after it, even once another save makes the text customised again.
    third = lt.save_template(
        desk.db.uow(), desk.supervisor, code, _edited(code, "第三版"), expected_version=2
    )
    assert third.version == 3 and third.customised
    with pytest.raises(ConflictError) as stale:
        lt.save_template(
            desk.db.uow(), desk.supervisor, code, _edited(code, "古い編集"), expected_version=1
        )
    assert "第三版" in stale.value.current.source
    assert "第三版" in lt.template_source(desk.db.uow(), code).source


def test_the_kind_of_a_template_stays(desk) -> None:  # type: ignore[no-untyped-def]
    text = _edited("thankyou_first", "x").replace('kind = "thankyou"', 'kind = "dm"')
    with pytest.raises(TemplateError, match="keep kind"):
        lt.save_template(desk.db.uow(), desk.supervisor, "thankyou_first", text, expected_version=0)


def test_preview_on_a_real_customer_and_its_errors(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    person = desk.customer(family_name="見本", given_name="花子", street="見本1-2")
    code = desk.get(Customer, person).code
    source = lt.template_source(desk.db.uow(), "thankyou_first").source
    preview = lt.preview_template(
        desk.db, desk.supervisor, "thankyou_first", source, code, today=TODAY, offer_code="T1"
    )
    assert preview.excluded is None and preview.customer_code == code
    assert "見本 花子 様" in _texts(preview.pages[0])
    assert "T1" in _texts(preview.pages[0])

    flagged = desk.customer(family_name="不要", do_not_mail=True)
    shown = lt.preview_template(
        desk.db, desk.supervisor, "thankyou_first", source, desk.get(Customer, flagged).code
    )
    assert shown.excluded is ExclusionReason.DO_NOT_MAIL

    with pytest.raises(TemplateError, match=r"unknown placeholder \{kokyaku\}"):
        lt.preview_template(
            desk.db, desk.supervisor, "thankyou_first", source + "\n# {kokyaku}\n", code
        )
    with pytest.raises(NotFoundError, match="Z9999999"):
        lt.preview_template(desk.db, desk.supervisor, "thankyou_first", source, "Z9999999")
    with pytest.raises(TemplateError, match="does not exist"):
        lt.template_source(desk.db.uow(), "no_such_template")


def test_record_letter_refuses_a_customer_flagged_after_the_preview(desk) -> None:  # type: ignore[no-untyped-def]
    person = desk.customer(family_name="後から", street="後1-1")
    assert letters.letter_pages(desk.db, desk.operator, person, "thankyou_first", offer_code="T1")
    with desk.db.uow() as uow:
        uow.session.execute(
            update(Customer).where(Customer.id == person).values(returned_mail=True)
        )
        uow.commit()
    with pytest.raises(LetterBatchError, match="宛所不明"):
        letters.record_letter(desk.db, desk.operator, person, "thankyou_first")
    assert desk.rows(select(Mailing).where(Mailing.customer_id == person)) == []


def test_a_missing_logo_file_is_named_before_any_page(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.domain.letters import COMPANY_LOGO
    from crmdesk.services.shared_settings import set_setting

    person = desk.customer(family_name="社印", street="社印1-1")
    code = desk.get(Customer, person).code
    missing = tmp_path / "logo-that-is-not-there.png"
    set_setting(desk.db.uow(), desk.supervisor, COMPANY_LOGO, str(missing))
    try:
        source = lt.template_source(desk.db.uow(), "thankyou_first").source
        with pytest.raises(TemplateError, match=r"logo-that-is-not-there\.png"):
            lt.preview_template(desk.db, desk.supervisor, "thankyou_first", source, code)
        with pytest.raises(TemplateError, match=r"logo-that-is-not-there\.png"):
            letters.letter_pages(desk.db, desk.operator, person, "thankyou_first")
    finally:
        set_setting(desk.db.uow(), desk.supervisor, COMPANY_LOGO, "")
