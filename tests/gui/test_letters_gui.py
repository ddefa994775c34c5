"""Issue 6 in the window, by keyboard: the supervisor's batch (preview with each exclusion's
reason and the first pages, a run to a PDF and a mailing list with the mailing on the open
customer's timeline, a cancelled run that leaves nothing), the batch and a single letter printed
through QPrinter (a PDF printer, offscreen: the pages and the Japanese text are in the file), a
single letter from the desk (Ctrl+P) and its refusal for a DM不要 customer, and the template
editor's message for an unknown placeholder. ``CRMDESK_SCREENSHOTS=1`` regenerates
docs/letter_batch.png, docs/letter_one.png and docs/template_editor.png.

Object lifetimes are explicit (see crmdesk.gui.letter_output): printers are made inside the
test that uses them, and every dialog is closed and deleted before the test ends.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.domain.ids import OperatorId
from crmdesk.domain.model import TimelineKind
from crmdesk.domain.readmodels import OperatorView
from crmdesk.gui import letter_output
from crmdesk.gui.fonts import register_fonts
from crmdesk.gui.letter_batch import COL_REASON, LetterBatchDialog
from crmdesk.gui.letter_dialog import LetterDialog
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.template_editor import TemplateEditorDialog
from crmdesk.services import letter_templates, letters
from crmdesk.services.database import Database, open_database
from crmdesk.store.schema import Mailing, MailingBatch
from tests.conftest import add_customer

WAIT_MS = 15_000
TODAY = dt.date(2026, 4, 10)  # birthday_this_month: the customers below are born in April
APRIL = dt.date(1968, 4, 2)
DOCS = Path(__file__).resolve().parents[2] / "docs"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NO_MOD = Qt.KeyboardModifier.NoModifier

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _seed(path: Path) -> Database:
    """佐々木 (operator, id 1), 鈴木SV (supervisor, id 2) and six customers born in April:
    C0000001 山田 花子 (gets a letter), C0000002 山田 和子 (same address: same household),
    C0000003 DM不要, C0000004 宛所不明, C0000005 no address, C0000006 佐藤 一郎 (gets one)."""
    from crmdesk.store.schema import Operator, Product, Subscription

    db = open_database(str(path))
    at = dt.datetime(2026, 1, 5, 1, 0, tzinfo=dt.UTC)
    with db.uow() as uow:
        s = uow.session
        s.add_all(
            [
                Operator(login="op01", name="佐々木", role="operator", active=True, created_at=at),
                Operator(
                    login="sv01", name="鈴木SV", role="supervisor", active=True, created_at=at
                ),
            ]
        )
        people: list[dict[str, Any]] = [
            {"given_name": "花子"},
            {"given_name": "和子"},
            {"given_name": "三子", "street": "千代田3-3", "do_not_mail": True},
            {"given_name": "四子", "street": "千代田4-4", "returned_mail": True},
            {"given_name": "五子", "postal_code": None, "prefecture": "", "city": "", "street": ""},
            {
                "family_name": "佐藤",
                "given_name": "一郎",
                "family_kana": "サトウ",
                "given_kana": "イチロウ",
                "postal_code": "5300001",
                "prefecture": "大阪府",
                "city": "大阪市北区",
                "street": "梅田2-4-9",
            },
        ]
        product = Product(
            sku="KN-30", name="黒酢にんにく 30日分", price_yen=3980, days_of_supply=30
        )
        s.add(product)
        s.flush()
        for n, extra in enumerate(people, 1):
            customer = add_customer(
                s,
                code=f"C000000{n}",
                phones=[f"090-1234-000{n}"],
                birth_date=APRIL,
                **extra,
            )
            s.add(
                Subscription(
                    customer_id=customer,
                    product_id=product.id,
                    cycle_days=30,
                    next_ship_date=dt.date(2026, 4, 20),
                    status="active",
                    delivery_count=3,
                    started_at=at,
                    updated_at=at,
                )
            )
        uow.commit()
    return db


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = _seed(tmp_path / "letters.sqlite3")
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _archive_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF copy of a printed batch goes to the test's folder, not the user's data folder."""
    monkeypatch.setattr(letter_output, "archive_folder", lambda: tmp_path / "printed")


def _window(qtbot: QtBot, database: Database, role: str) -> MainWindow:
    register_fonts()
    operator = OperatorView(
        id=OperatorId(1 if role == "operator" else 2),
        login="op01" if role == "operator" else "sv01",
        name="佐々木" if role == "operator" else "鈴木SV",
        role=role,
    )
    win = MainWindow(database, operator, today=lambda: TODAY, remember_geometry=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=WAIT_MS)
    return win


def _press(qtbot: QtBot, window: QWidget, key: Qt.Key, modifiers: Any = NO_MOD) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def _open_card(qtbot: QtBot, win: MainWindow, code: str) -> None:
    win.focus_search()
    qtbot.keyClicks(win.ui.searchEdit, code)
    qtbot.keyClick(win.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.card is not None and win.card.summary.code == code, timeout=WAIT_MS)


def _dialog(qtbot: QtBot, win: MainWindow, kind: type[QDialog]) -> Any:
    qtbot.waitUntil(lambda: isinstance(win.dialog, kind), timeout=WAIT_MS)
    dialog = win.dialog
    qtbot.waitExposed(dialog)
    return dialog


def _close(qtbot: QtBot, win: MainWindow, dialog: QDialog) -> None:
    """Close the dialog and let Qt delete it now (no dialog outlives its test)."""
    dialog.close()
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    win.runner.wait(WAIT_MS)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, 0)  # the deleteLater of WA_DeleteOnClose


def _pdf_text(path: Path) -> str:
    """The text of a PDF, NFKC-normalised: Qt's PDF engine maps some kanji of the IPAex fonts
    back to their identical-looking Kangxi radicals (山 → ⼭ U+2F2D) in its ToUnicode table;
    the glyphs on the page are right, only the extracted code points differ."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def _mailings(database: Database) -> list[tuple[int, str]]:
    with database.uow() as uow:
        return [
            (int(m.customer_id), m.kind)
            for m in uow.session.scalars(select(Mailing).order_by(Mailing.customer_id))
        ]


def _batches(database: Database) -> int:
    with database.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(MailingBatch)) or 0)


def _open_batch(qtbot: QtBot, win: MainWindow) -> LetterBatchDialog:
    _press(qtbot, win, Qt.Key.Key_P, CTRL | SHIFT)
    dialog: LetterBatchDialog = _dialog(qtbot, win, LetterBatchDialog)
    ui = dialog.ui
    qtbot.waitUntil(lambda: ui.segmentCombo.count() > 0, timeout=WAIT_MS)
    ui.segmentCombo.setCurrentIndex(ui.segmentCombo.findData("birthday_this_month"))
    assert ui.kindCombo.hasFocus()
    ui.offerEdit.setText("HB2026")  # the birthday letter prints an offer code
    return dialog


def _preview(qtbot: QtBot, dialog: LetterBatchDialog) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        _press(qtbot, dialog, Qt.Key.Key_F5)


def _screenshot(widget: QWidget, name: str) -> None:
    if os.environ.get("CRMDESK_SCREENSHOTS") == "1":
        widget.grab().save(str(DOCS / name))


# ------------------------------------------------------------------------------ the batch


@needs_pdftotext
def test_batch_preview_exclusions_then_run_to_pdf_and_timeline(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = _window(qtbot, database, "supervisor")
    _open_card(qtbot, win, "C0000001")
    dialog = _open_batch(qtbot, win)
    ui = dialog.ui
    assert not ui.runButton.isEnabled()  # nothing runs before its preview
    _preview(qtbot, dialog)

    model = dialog.model
    qtmodeltester.check(model)
    reasons = {
        model.exclusion(r).code: model.index(r, COL_REASON).data() for r in range(model.rowCount())
    }
    assert reasons == {
        "C0000002": "同一世帯に送付済み（このバッチ）",
        "C0000003": "DM不要",
        "C0000004": "宛所不明",
        "C0000005": "住所なし",
    }
    assert "送付 2 名・送付しない 4 名" in ui.summaryLabel.text()
    assert dialog.preview.count == 2 and not ui.previewImage.pixmap().isNull()

    # A changed condition needs a new preview before it can run.
    ui.offerEdit.setText("HB2027")
    assert not ui.runButton.isEnabled()
    _preview(qtbot, dialog)
    assert ui.runButton.isEnabled()
    _screenshot(dialog, "letter_batch.png")

    out, mailing_list = tmp_path / "birthday.pdf", tmp_path / "birthday.csv"
    monkeypatch.setattr(letter_output, "choose_pdf_path", lambda _parent, _name: out)
    monkeypatch.setattr(letter_output, "choose_csv_path", lambda _parent, _name: mailing_list)
    ui.mailingListCheck.setFocus()
    qtbot.keyClick(ui.mailingListCheck, Qt.Key.Key_Space)
    assert ui.mailingListCheck.isChecked() and ui.encodingCombo.currentData() == "cp932"
    with qtbot.waitSignal(dialog.finished_batch, timeout=WAIT_MS) as done:
        _press(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    result = done.args[0]
    assert result.batch_id is not None and len(result.printed) == 2
    assert "2 通" in ui.messageLabel.text()

    text = _pdf_text(out)
    assert "山田 花子 様" in text and "佐藤 一郎 様" in text and "HB2027" in text
    assert "三子" not in text and "四子" not in text
    with mailing_list.open(encoding="cp932", newline="") as f:
        rows = list(csv.reader(f))
    assert [r[0] for r in rows[1:]] == ["C0000001", "C0000006"]
    assert _mailings(database) == [(1, "birthday"), (6, "birthday")]

    # The open customer's timeline shows the mailing without a manual refresh.
    qtbot.waitUntil(
        lambda: (
            win.card is not None and any(e.kind == TimelineKind.MAILING for e in win.card.timeline)
        ),
        timeout=WAIT_MS,
    )
    _close(qtbot, win, dialog)


def test_a_cancelled_batch_records_nothing(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, database, "supervisor")
    dialog = _open_batch(qtbot, win)
    _preview(qtbot, dialog)
    out = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(letter_output, "choose_pdf_path", lambda _parent, _name: out)
    # The worker waits at the gate, so Escape certainly comes while the batch runs.
    gate = threading.Event()
    real: Callable[..., Any] = letters.run_batch

    def gated(*args: Any, **kwargs: Any) -> Any:
        assert gate.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(letters, "run_batch", gated)
    _press(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.ui.cancelRunButton.isVisible() and dialog.ui.cancelRunButton.hasFocus()
    _press(qtbot, dialog, Qt.Key.Key_Escape)  # Escape cancels, the window stays
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as failed:
        gate.set()
    assert "E404" in failed.args[0]
    assert _mailings(database) == [] and _batches(database) == 0
    assert not out.exists() and list(tmp_path.glob("*.partial")) == []
    assert dialog.ui.runButton.isEnabled()  # the same preview may run again
    _close(qtbot, win, dialog)


def test_the_company_profile_is_in_the_shared_settings(qtbot: QtBot, database: Database) -> None:
    from crmdesk.gui.dialogs.access import SharedSettingsDialog

    win = _window(qtbot, database, "supervisor")
    win.ui.actionSharedSettings.trigger()
    dialog = _dialog(qtbot, win, SharedSettingsDialog)
    keys = ("company.name", "company.address", "company.phone", "company.logo_path")
    qtbot.waitUntil(dialog.editors["company.name"].isEnabled, timeout=WAIT_MS)
    for key in (*keys, "company.seal_path"):
        assert key in dialog.editors
    assert dialog.editors["company.name"].text() == "株式会社サンプル通販"
    _close(qtbot, win, dialog)


def test_an_operator_has_no_batch_or_template_menu(qtbot: QtBot, database: Database) -> None:
    win = _window(qtbot, database, "operator")
    shown = win.shortcut_actions()
    assert win.ui.actionLetter in shown
    assert win.ui.actionLetterBatch not in shown
    assert win.ui.actionLetterTemplates not in shown


# ------------------------------------------------------------------------------ QPrinter


def _pdf_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF (what a test can read back); owned by the caller."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@needs_pdftotext
def test_batch_through_qprinter_prints_the_pages_and_keeps_a_pdf_copy(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printer.pdf"
    made: list[QPrinter] = []

    def choose(_parent: QWidget) -> QPrinter:
        made.append(_pdf_printer(printed))
        return made[-1]

    monkeypatch.setattr(letter_output, "choose_printer", choose)
    win = _window(qtbot, database, "supervisor")
    dialog = _open_batch(qtbot, win)
    _preview(qtbot, dialog)
    dialog.ui.printerRadio.setFocus()
    qtbot.keyClick(dialog.ui.printerRadio, Qt.Key.Key_Space)
    assert dialog.ui.printerRadio.isChecked()
    with qtbot.waitSignal(dialog.finished_batch, timeout=WAIT_MS) as done:
        _press(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    result = done.args[0]
    assert _pdf_pages(printed) == 2
    text = _pdf_text(printed)
    assert "山田 花子 様" in text and "佐藤 一郎 様" in text and "誕生日" in text
    # The copy of what was printed, where the service moved it.
    assert result.pdf.parent == tmp_path / "printed" and _pdf_pages(result.pdf) == 2
    assert _mailings(database) == [(1, "birthday"), (6, "birthday")]
    _close(qtbot, win, dialog)
    made.clear()


@needs_pdftotext
def test_print_pages_to_a_pdf_printer_offscreen(qapp: Any, tmp_path: Path) -> None:
    from crmdesk.domain.letters import CompanyProfile, Recipient, load_template
    from crmdesk.printing.documents import LetterLayout
    from crmdesk.resources import resource_path

    register_fonts()
    layout = LetterLayout(
        load_template(resource_path("templates", "thankyou_first.toml")),
        company=CompanyProfile(),
        today=TODAY,
        offer_code="X1",
    )
    people = [
        Recipient(n, f"C000000{n}", family, "花子", "1000001", "東京都", "千代田区", "1-1", "")
        for n, family in ((1, "山田"), (2, "鈴木"), (3, "高橋"))
    ]
    path = tmp_path / "three.pdf"
    printer = _pdf_printer(path)
    assert letter_output.print_pages_to(printer, [layout.page(p) for p in people]) == 3
    del printer
    assert _pdf_pages(path) == 3
    text = _pdf_text(path)
    for name in ("山田 花子 様", "鈴木 花子 様", "高橋 花子 様"):
        assert name in text


def test_a_refused_record_aborts_the_print_job(qapp: Any, tmp_path: Path) -> None:
    """The single letter is recorded before the job is sent; a refusal (a flag set since the
    preview) aborts the job, so no page is printed."""
    from crmdesk.domain.letters import CompanyProfile, Recipient, load_template
    from crmdesk.printing.documents import LetterLayout
    from crmdesk.resources import resource_path

    register_fonts()
    layout = LetterLayout(
        load_template(resource_path("templates", "thankyou_first.toml")),
        company=CompanyProfile(),
        today=TODAY,
    )
    page = layout.page(
        Recipient(1, "C0000001", "山田", "花子", "1000001", "東京都", "千代田区", "1-1", "")
    )
    # Qt's PDF engine cannot abort a job (it writes its file regardless), a printer's spooler
    # can: the abort the job gets is what is checked here.
    aborted: list[bool] = []
    printer = _pdf_printer(tmp_path / "refused.pdf")
    printer.abort = lambda: aborted.append(True) or True  # type: ignore[method-assign]

    def refuse() -> None:
        raise RuntimeError("DM不要 since the preview")

    with pytest.raises(RuntimeError, match="DM不要"):
        letter_output.print_pages_to(printer, [page], before_sending=refuse)
    assert aborted == [True]
    del printer
    # The same page with a record that goes through is sent, not aborted.
    sent = tmp_path / "sent.pdf"
    printer = _pdf_printer(sent)
    printer.abort = lambda: aborted.append(True) or True  # type: ignore[method-assign]
    recorded: list[str] = []
    assert letter_output.print_pages_to(printer, [page], lambda: recorded.append("ok")) == 1
    del printer
    assert recorded == ["ok"] and aborted == [True] and _pdf_pages(sent) == 1


# ------------------------------------------------------------------------------ one letter


@needs_pdftotext
def test_one_letter_from_the_desk_saves_and_shows_on_the_timeline(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, database, "operator")
    _open_card(qtbot, win, "C0000006")
    assert not any(e.kind == TimelineKind.MAILING for e in win.card.timeline)  # type: ignore[union-attr]
    with qtbot.waitSignal(win.dialogOpened, timeout=WAIT_MS):
        _press(qtbot, win, Qt.Key.Key_P, CTRL)
    dialog: LetterDialog = _dialog(qtbot, win, LetterDialog)
    qtbot.waitUntil(lambda: dialog.preview.count == 1, timeout=WAIT_MS)
    assert "佐藤 一郎 様（C0000006）" in dialog.ui.customerLabel.text()
    assert dialog.ui.refusalLabel.isHidden()
    # The usual letter prints an offer code: saving it without one is refused, at the field.
    no_code = tmp_path / "no-code.pdf"
    monkeypatch.setattr(letter_output, "choose_pdf_path", lambda _parent, _name: no_code)
    dialog.ui.templateCombo.setFocus()
    _press(qtbot, dialog, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: "E305" in dialog.ui.messageLabel.text(), timeout=WAIT_MS)
    assert dialog.ui.offerEdit.hasFocus()
    assert not no_code.exists() and _mailings(database) == []
    dialog.ui.offerEdit.setFocus()
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        qtbot.keyClicks(dialog.ui.offerEdit, "TEL2026")
    _screenshot(dialog, "letter_one.png")

    out = tmp_path / "one.pdf"
    monkeypatch.setattr(letter_output, "choose_pdf_path", lambda _parent, _name: out)
    with qtbot.waitSignal(dialog.printed, timeout=WAIT_MS):
        _press(qtbot, dialog, Qt.Key.Key_S, ALT)  # PDFに保存(&S)
    assert "佐藤 一郎 様" in _pdf_text(out) and "TEL2026" in _pdf_text(out)
    assert dialog.template == "thankyou_first"  # the usual letter comes first
    assert _mailings(database) == [(6, "thank_you")]
    qtbot.waitUntil(
        lambda: (
            win.card is not None and any(e.kind == TimelineKind.MAILING for e in win.card.timeline)
        ),
        timeout=WAIT_MS,
    )

    # The same letter through the system print dialog (a PDF printer here): a second mailing.
    printed = tmp_path / "one-printed.pdf"
    made: list[QPrinter] = []

    def choose(_parent: QWidget) -> QPrinter:
        made.append(_pdf_printer(printed))
        return made[-1]

    monkeypatch.setattr(letter_output, "choose_printer", choose)
    qtbot.waitUntil(dialog.ui.printButton.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.printed, timeout=WAIT_MS):
        _press(qtbot, dialog, Qt.Key.Key_P, ALT)  # 印刷(&P)
    assert _pdf_pages(printed) == 1 and "佐藤 一郎 様" in _pdf_text(printed)
    assert len(_mailings(database)) == 2
    _close(qtbot, win, dialog)
    made.clear()


def test_one_letter_is_refused_for_a_do_not_mail_customer(qtbot: QtBot, database: Database) -> None:
    win = _window(qtbot, database, "operator")
    _open_card(qtbot, win, "C0000003")
    _press(qtbot, win, Qt.Key.Key_P, CTRL)
    dialog: LetterDialog = _dialog(qtbot, win, LetterDialog)
    assert dialog.ui.refusalLabel.isVisible()
    assert "DM不要" in dialog.ui.refusalLabel.text()
    assert not dialog.ui.printButton.isEnabled() and not dialog.ui.saveButton.isEnabled()
    assert dialog.preview.count == 0
    dialog.print_letter()
    dialog.save_pdf()
    win.runner.wait(WAIT_MS)
    assert _mailings(database) == []
    _close(qtbot, win, dialog)


# ------------------------------------------------------------------------------ templates


def test_template_editor_names_an_unknown_placeholder_and_previews_on_a_customer(
    qtbot: QtBot, database: Database
) -> None:
    win = _window(qtbot, database, "supervisor")
    _press(qtbot, win, Qt.Key.Key_T, CTRL | SHIFT)
    dialog: TemplateEditorDialog = _dialog(qtbot, win, TemplateEditorDialog)
    ui = dialog.ui
    qtbot.waitUntil(lambda: ui.templateList.count() > 0, timeout=WAIT_MS)
    codes = [ui.templateList.item(r).text().split("\n")[0] for r in range(ui.templateList.count())]
    assert "birthday" in codes and "thankyou_first" in codes
    ui.templateList.setCurrentRow(codes.index("birthday"))
    assert dialog.source is not None and dialog.source.code == "birthday"

    original = ui.sourceEdit.toPlainText()
    bad = original.replace("{name}", "{okyakusama}", 1)
    line = bad[: bad.index("{okyakusama}")].count("\n") + 1
    ui.sourceEdit.setPlainText(bad)
    ui.sourceEdit.setFocus()
    with qtbot.waitSignal(dialog.messageShown, timeout=WAIT_MS) as shown:
        _press(qtbot, dialog, Qt.Key.Key_S, CTRL)
    message = shown.args[0]
    assert "{okyakusama}" in message and f"line {line}" in message and "E303" in message
    assert ui.sourceEdit.textCursor().blockNumber() == line - 1  # the cursor is on that line
    assert letter_templates.template_source(win.context.database.uow(), "birthday").version == 0

    # The preview refuses the same text, before any page.
    ui.customerEdit.setFocus()
    qtbot.keyClicks(ui.customerEdit, "C0000001")
    with qtbot.waitSignal(dialog.messageShown, timeout=WAIT_MS) as shown:
        _press(qtbot, dialog, Qt.Key.Key_Return)
    assert "{okyakusama}" in shown.args[0]

    # Fixed: the preview shows the customer's letter; a DM不要 customer is previewed with a warning.
    ui.sourceEdit.setPlainText(original.replace("{name}", "{name}\n\n特別なごあいさつ", 1))
    ui.customerEdit.setFocus()
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS) as done:
        _press(qtbot, dialog, Qt.Key.Key_F5)
    assert done.args[0].customer_code == "C0000001" and dialog.preview.count == 1
    assert "山田 花子 様（C0000001）" in ui.previewStatus.text()
    _screenshot(dialog, "template_editor.png")
    ui.customerEdit.setText("C0000003")
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        _press(qtbot, dialog, Qt.Key.Key_F5)
    assert "送付されません（DM不要）" in ui.previewStatus.text()

    # Saved: version 1 on every desk; the list says it is edited.
    with qtbot.waitSignal(dialog.messageShown, timeout=WAIT_MS) as shown:
        _press(qtbot, dialog, Qt.Key.Key_S, CTRL)
    assert "第1版" in shown.args[0]
    stored = letter_templates.template_source(win.context.database.uow(), "birthday")
    assert stored.version == 1 and "特別なごあいさつ" in stored.source
    _close(qtbot, win, dialog)


def test_every_mailing_kind_that_can_occur_has_a_label() -> None:
    """Templates, segments and the cancellation letter record these kinds on the timeline."""
    import tomllib

    from crmdesk.gui import i18n
    from crmdesk.resources import resource_path
    from crmdesk.services.retention import CONFIRMATION_MAILING

    kinds = {CONFIRMATION_MAILING}
    for folder in ("templates", "segments"):
        for path in Path(resource_path(folder)).glob("*.toml"):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            kinds.add(data.get("mailing_kind", "follow_up_dm"))
    assert kinds <= set(i18n.MAILING_KINDS), kinds - set(i18n.MAILING_KINDS)
    assert {"birthday", "cancellation"} <= kinds


def test_void_qt_calls_keep_the_references_to_none(qapp: Any) -> None:
    """PySide6 6.12.0 drops a reference to None on every void call, and CPython 3.11 aborts with
    none_dealloc a few thousand calls later (a 1,000-letter print run did): pyproject.toml
    excludes that release. This fails on any PySide6 with the same bug."""
    import sys

    from PySide6.QtGui import QImage, QPainter

    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(1_000):
            painter.save()
            painter.restore()
        after = sys.getrefcount(None)
    finally:
        painter.end()
    # A little slack for references taken elsewhere meanwhile; the bug loses 2,000 here.
    assert after > before - 100, (before, after)
