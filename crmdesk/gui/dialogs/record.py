"""The short recording dialogs of a call: 通話記録, クレーム受付, お客様の声, DM不要/電話不可.

Each is a Designer form and a thin class: it fills its combo boxes with the domain's codes and
their Japanese labels, and on Save hands one service call to the write lane
(:class:`~crmdesk.gui.dialogs.base.RecordDialog`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QWidget

from crmdesk.domain.model import ComplaintCategory, ContactCategory, ContactDirection, Severity
from crmdesk.domain.readmodels import CustomerCard
from crmdesk.gui import i18n
from crmdesk.gui.dialogs.base import DeskContext, RecordDialog, customer_caption
from crmdesk.gui.forms.ui_call_log_dialog import Ui_CallLogDialog
from crmdesk.gui.forms.ui_complaint_dialog import Ui_ComplaintDialog
from crmdesk.gui.forms.ui_flag_dialog import Ui_FlagDialog
from crmdesk.gui.forms.ui_voice_dialog import Ui_VoiceDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, label
from crmdesk.services.complaints import open_complaint
from crmdesk.services.contacts import record_call
from crmdesk.services.customers import CustomerFlag, set_customer_flag
from crmdesk.services.voices import record_voice, suggest_display_name


def fill_combo(combo: QComboBox, table: dict[str, str], codes: list[str]) -> None:
    """One item per code, shown by its translated label, the code as the item's data."""
    combo.clear()
    for code in codes:
        combo.addItem(label(table, code), code)


def to_qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


class CallLogDialog(RecordDialog):
    """通話記録: direction, category, summary, the call timer's duration, an optional call-back."""

    def __init__(
        self,
        context: DeskContext,
        card: CustomerCard,
        *,
        duration_s: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CallLogDialog()
        self.ui.setupUi(self)
        self.card = card
        self.ui.customerLabel.setText(customer_caption(card))
        fill_combo(self.ui.directionCombo, i18n.DIRECTIONS, [d.value for d in ContactDirection])
        fill_combo(
            self.ui.categoryCombo, i18n.CONTACT_CATEGORIES, [c.value for c in ContactCategory]
        )
        self.ui.durationEdit.setTime(QTime(0, 0).addSecs(min(duration_s, 23 * 3600)))
        tomorrow = context.today() + dt.timedelta(days=1)
        self.ui.followUpDate.setDate(to_qdate(tomorrow))
        self.ui.followUpCheck.toggled.connect(self.ui.followUpDate.setEnabled)
        self.fields = {
            "summary": self.ui.summaryEdit,
            "duration_s": self.ui.durationEdit,
            "follow_up_on": self.ui.followUpDate,
        }
        self.setup_form()
        self.ui.summaryEdit.setFocus()

    def save_job(self) -> Callable[[], Any]:
        """record_call with what the form says."""
        database, operator = self.context.database, self.context.operator
        customer_id = self.card.summary.id
        direction = ContactDirection(self.ui.directionCombo.currentData())
        category = ContactCategory(self.ui.categoryCombo.currentData())
        summary = self.ui.summaryEdit.toPlainText()
        duration = QTime(0, 0).secsTo(self.ui.durationEdit.time())
        follow_up = (
            from_qdate(self.ui.followUpDate.date()) if self.ui.followUpCheck.isChecked() else None
        )

        def run() -> object:
            return record_call(
                database.uow(),
                operator.id,
                customer_id,
                direction=direction,
                category=category,
                summary=summary,
                duration_s=duration,
                follow_up_on=follow_up,
            )

        return run


class ComplaintDialog(RecordDialog):
    """クレーム受付: category, severity and what happened (opens a complaint)."""

    def __init__(
        self, context: DeskContext, card: CustomerCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self.card = card
        self.ui.customerLabel.setText(customer_caption(card))
        fill_combo(
            self.ui.categoryCombo, i18n.COMPLAINT_CATEGORIES, [c.value for c in ComplaintCategory]
        )
        fill_combo(self.ui.severityCombo, i18n.SEVERITIES, [s.value for s in Severity])
        self.ui.severityCombo.setCurrentIndex(1)  # medium: the operator raises or lowers it
        self.fields = {"description": self.ui.descriptionEdit}
        self.setup_form()
        self.ui.descriptionEdit.setFocus()

    def save_job(self) -> Callable[[], Any]:
        """open_complaint with what the form says."""
        database, operator = self.context.database, self.context.operator
        customer_id = self.card.summary.id
        category = ComplaintCategory(self.ui.categoryCombo.currentData())
        severity = Severity(self.ui.severityCombo.currentData())
        description = self.ui.descriptionEdit.toPlainText()

        def run() -> object:
            return open_complaint(
                database.uow(),
                operator.id,
                customer_id,
                category=category,
                severity=severity,
                description=description,
            )

        return run


class VoiceDialog(RecordDialog):
    """お客様の声: the words, publication consent and the display name the customer agreed to."""

    def __init__(
        self, context: DeskContext, card: CustomerCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_VoiceDialog()
        self.ui.setupUi(self)
        self.card = card
        self.ui.customerLabel.setText(customer_caption(card))
        # Proposed from the card; the operator reads it out and edits it if the customer wishes.
        self.ui.displayNameEdit.setText(suggest_display_name(card, context.today()))
        self.fields = {
            "text": self.ui.textEdit,
            "display_name": self.ui.displayNameEdit,
            "tags": self.ui.tagsEdit,
        }
        self.setup_form()
        self.ui.textEdit.setFocus()

    def save_job(self) -> Callable[[], Any]:
        """record_voice with what the form says."""
        database, operator = self.context.database, self.context.operator
        customer_id = self.card.summary.id
        text = self.ui.textEdit.toPlainText()
        consent = self.ui.consentCheck.isChecked()
        display_name = self.ui.displayNameEdit.text()
        tags = self.ui.tagsEdit.text()

        def run() -> object:
            return record_voice(
                database.uow(),
                operator.id,
                customer_id,
                text=text,
                consent=consent,
                display_name=display_name,
                tags=tags,
            )

        return run


_FLAG_CTX = "FlagDialog"
# (switching on, switching off) explanations per flag.
_FLAG_TEXT: dict[str, tuple[str, str]] = {
    "do_not_mail": (
        QT_TRANSLATE_NOOP(
            "FlagDialog",
            "DM不要に設定します。以後このお客様にはDM・レターを送りません"
            "（特定商取引法: お申し出があれば直ちに停止）。",
        ),
        QT_TRANSLATE_NOOP("FlagDialog", "DM不要を解除します。DMの送付を再開します。"),
    ),
    "do_not_call": (
        QT_TRANSLATE_NOOP("FlagDialog", "電話不可に設定します。以後こちらからお電話しません。"),
        QT_TRANSLATE_NOOP("FlagDialog", "電話不可を解除します。お電話の案内を再開します。"),
    ),
}
_FLAG_TITLES: dict[str, tuple[str, str]] = {
    "do_not_mail": (
        QT_TRANSLATE_NOOP("FlagDialog", "DM不要に設定"),
        QT_TRANSLATE_NOOP("FlagDialog", "DM不要を解除"),
    ),
    "do_not_call": (
        QT_TRANSLATE_NOOP("FlagDialog", "電話不可に設定"),
        QT_TRANSLATE_NOOP("FlagDialog", "電話不可を解除"),
    ),
}


class FlagDialog(RecordDialog):
    """DM不要 / 電話不可 on or off, with the reason the customer gave (the history shows when)."""

    def __init__(
        self,
        context: DeskContext,
        card: CustomerCard,
        flag: CustomerFlag,
        *,
        currently_on: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_FlagDialog()
        self.ui.setupUi(self)
        self.card = card
        self.flag = flag
        # The dialog switches the flag to the other state than the card shows.
        self.new_value = not currently_on
        which = 0 if self.new_value else 1
        self.setWindowTitle(i18n.translate(_FLAG_CTX, _FLAG_TITLES[flag][which]))
        self.ui.customerLabel.setText(customer_caption(card))
        self.ui.explanationLabel.setText(i18n.translate(_FLAG_CTX, _FLAG_TEXT[flag][which]))
        self.fields = {"reason": self.ui.reasonEdit}
        self.setup_form()
        self.ui.reasonEdit.setFocus()

    def save_job(self) -> Callable[[], Any]:
        """set_customer_flag to the new state with the reason."""
        database, operator = self.context.database, self.context.operator
        customer_id, flag, value = self.card.summary.id, self.flag, self.new_value
        reason = self.ui.reasonEdit.text()

        def run() -> object:
            return set_customer_flag(
                database.uow(), operator.id, customer_id, flag=flag, value=value, reason=reason
            )

        return run
