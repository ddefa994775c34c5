"""解約の受付: reason → the script that fits, its placeholders filled → offers → outcome.

Keyboard first: the reason list has the focus (↓ picks a reason and loads the script), Space
ticks each offer the operator read out (at most the offer cap: further ticks are refused),
the outcome list offers "accept" for each ticked offer, "stay without change" and "cancel",
and 再度解約のご希望 (Alt+W) records that the customer repeated the wish after the offers:
from then on only cancellation can be saved (特定商取引法). Ctrl+Enter saves everything in one
transaction (crmdesk.services.retention.record_cancellation_call). A health or safety reason
shows no offer at all and goes straight to cancellation.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from crmdesk.domain.ids import CustomerId, SubscriptionId
from crmdesk.domain.readmodels import CustomerCard, SubscriptionView
from crmdesk.domain.retention import CallRecord, FairnessError, Reason, RetentionPlan
from crmdesk.domain.validation import invalid
from crmdesk.gui import i18n
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext, RecordDialog, customer_caption
from crmdesk.gui.forms.ui_cancellation_dialog import Ui_CancellationDialog
from crmdesk.gui.i18n import label
from crmdesk.services import retention

# Outcome codes of the outcome combo (an accepted offer is its index in the ticked offers).
STAY = "stay"
CANCEL = "cancel"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CancellationDialog(RecordDialog):
    """The cancellation flow beside the customer card; ``saved`` carries a CancellationResult."""

    def __init__(
        self,
        context: DeskContext,
        card: CustomerCard,
        *,
        selected: int = 0,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CancellationDialog()
        self.ui.setupUi(self)
        self.card = card
        self._clock = clock
        # 特定商取引法: when the customer first said it (the flow opened on their words).
        self.first_wish_at = clock()
        self.wish_repeated_at: dt.datetime | None = None
        self.plan: RetentionPlan | None = None
        self._reasons: list[Reason] = []
        self._subscriptions = [s for s in card.subscriptions if s.status in ("active", "paused")]
        ui = self.ui
        ui.customerLabel.setText(customer_caption(card))
        for sub in self._subscriptions:
            ui.subscriptionCombo.addItem(
                self.tr("{product} ×{quantity}（{status}・次回 {next}）").format(
                    product=sub.product,
                    quantity=sub.quantity,
                    status=label(i18n.SUBSCRIPTION_STATUSES, sub.status),
                    next=i18n.format_date(sub.next_ship_date),
                )
            )
        ui.subscriptionCombo.setCurrentIndex(min(max(selected, 0), len(self._subscriptions) - 1))
        ui.healthLabel.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        ui.healthLabel.hide()
        ui.scriptView.setOpenLinks(False)
        self.fields = {"reason_code": ui.reasonCombo, "offers_presented": ui.offersList}
        self.setup_form()
        ui.reasonCombo.currentIndexChanged.connect(self._reason_chosen)
        ui.subscriptionCombo.currentIndexChanged.connect(lambda _i: self._reason_chosen())
        ui.offersList.itemChanged.connect(self._offer_ticked)
        ui.wishRepeatedButton.clicked.connect(self.wish_repeated)
        self._set_offers_enabled(False)
        self._load_reasons()
        ui.reasonCombo.setFocus()

    # -------------------------------------------------------------- the form

    @property
    def subscription(self) -> SubscriptionView | None:
        """The subscription the customer wants to cancel."""
        index = self.ui.subscriptionCombo.currentIndex()
        return self._subscriptions[index] if 0 <= index < len(self._subscriptions) else None

    @property
    def reason(self) -> Reason | None:
        """The reason chosen (None while the placeholder item is shown)."""
        index = self.ui.reasonCombo.currentIndex() - 1
        return self._reasons[index] if 0 <= index < len(self._reasons) else None

    def choose_reason(self, code: str) -> None:
        """Pick a reason by code (tests and screen pop)."""
        codes = [r.code for r in self._reasons]
        self.ui.reasonCombo.setCurrentIndex(codes.index(code) + 1)

    def presented(self) -> list[int]:
        """Rows of the offers ticked as presented, in list order."""
        lst = self.ui.offersList
        return [
            row for row in range(lst.count()) if lst.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_outcome(self, code: str | int) -> None:
        """Choose the outcome: STAY, CANCEL or the row of a ticked offer to accept."""
        index = self.ui.outcomeCombo.findData(code)
        if index < 0:
            raise ValueError(f"outcome {code!r} is not offered now")
        self.ui.outcomeCombo.setCurrentIndex(index)

    def wish_repeated(self) -> None:
        """The customer repeated the wish after the offers: only cancellation from now on."""
        if self.wish_repeated_at is None:
            self.wish_repeated_at = self._clock()
        self._set_offers_enabled(False)
        self.ui.wishRepeatedButton.setEnabled(False)
        self._fill_outcomes()
        self.ui.outcomeCombo.setFocus()

    def _load_reasons(self) -> None:
        database = self.context.database

        def run() -> list[Reason]:
            return retention.list_reasons(database.uow())

        self.run_read(run, self._reasons_loaded)

    def _reasons_loaded(self, reasons: list[Reason]) -> None:
        self._reasons = reasons
        combo = self.ui.reasonCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（理由を選んでください）"), None)
        for n, reason in enumerate(reasons, 1):
            mark = self.tr("【健康・安全】") if reason.health else ""
            combo.addItem(f"{n}. {mark}{reason.label}", reason.code)
        combo.blockSignals(False)

    def _reason_chosen(self, *_args: object) -> None:
        reason, sub = self.reason, self.subscription
        self.plan = None
        self.ui.offersList.clear()
        self.ui.scriptView.clear()
        self._fill_outcomes()
        if reason is None or sub is None:
            return
        database, operator = self.context.database, self.context.operator
        customer_id, today = self.card.summary.id, self.context.today()

        def run() -> RetentionPlan:
            return retention.plan_call(
                database.uow(),
                operator.id,
                CustomerId(customer_id),
                SubscriptionId(sub.id),
                reason.code,
                today=today,
            )

        self.run_read(run, self.show_plan)

    def show_plan(self, plan: RetentionPlan) -> None:
        """Put the script, its offers and the possible outcomes on screen."""
        if self.reason is None or plan.reason.code != self.reason.code:
            return  # the operator chose another reason meanwhile
        self.plan = plan
        ui = self.ui
        ui.healthLabel.setVisible(plan.reason.health)
        if plan.script_code is None:
            ui.scriptTitleLabel.setText(self.tr("この理由に合うトークはありません。"))
        else:
            arm = f"・{plan.ab_arm}" if plan.ab_arm else ""
            ui.scriptTitleLabel.setText(
                self.tr("トーク: {title}（{code} 第{version}版{arm}）").format(
                    title=plan.script_title,
                    code=plan.script_code,
                    version=plan.script_version,
                    arm=arm,
                )
            )
        steps = "".join(f"<li>{html.escape(step)}</li>" for step in plan.steps)
        ui.scriptView.setHtml(f"<ol style='font-size: 12pt'>{steps}</ol>")
        ui.offersList.blockSignals(True)
        ui.offersList.clear()
        for offer in plan.offers:
            item = QListWidgetItem(offer.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.offersList.addItem(item)
        ui.offersList.blockSignals(False)
        if ui.offersList.count():
            ui.offersList.setCurrentRow(0)
        ui.capLabel.setText(
            self.tr("ご提案は1回のお電話で {cap} 件までです。").format(cap=plan.offer_cap)
            if plan.offers
            else ""
        )
        self._set_offers_enabled(bool(plan.offers) and self.wish_repeated_at is None)
        ui.wishRepeatedButton.setEnabled(bool(plan.offers) and self.wish_repeated_at is None)
        self._fill_outcomes()

    def _set_offers_enabled(self, enabled: bool) -> None:
        self.ui.offersList.setEnabled(enabled)

    def _offer_ticked(self, item: QListWidgetItem) -> None:
        plan = self.plan
        if plan is not None and len(self.presented()) > plan.offer_cap:
            # The cap is the law's side of the call: the list refuses what the service would.
            self.ui.offersList.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.offersList.blockSignals(False)
            self.show_error(self.tr("ご提案は {cap} 件までです。").format(cap=plan.offer_cap))
        self._fill_outcomes()

    def _fill_outcomes(self) -> None:
        combo = self.ui.outcomeCombo
        combo.clear()
        plan = self.plan
        only_cancel = self.wish_repeated_at is not None or (plan is not None and plan.reason.health)
        if plan is not None and not only_cancel:
            for row in self.presented():
                combo.addItem(self.tr("承諾: {offer}").format(offer=plan.offers[row].text), row)
            combo.addItem(self.tr("変更なしで継続"), STAY)
        combo.addItem(self.tr("解約を承る"), CANCEL)

    # -------------------------------------------------------------- saving

    def save_job(self) -> Callable[[], Any]:
        """record_cancellation_call with the whole call (one transaction)."""
        plan, sub = self.plan, self.subscription
        if plan is None or sub is None:

            def missing() -> Any:
                raise invalid("reason_code", "choose a reason", "required")

            return missing
        presented = self.presented()
        outcome = self.ui.outcomeCombo.currentData()
        accepted = presented.index(outcome) if isinstance(outcome, int) else None
        record = CallRecord(
            customer_id=int(self.card.summary.id),
            subscription_id=plan.subscription_id,
            expected_version=plan.subscription_version,
            reason_code=plan.reason.code,
            reason_detail=self.ui.detailEdit.text(),
            script_code=plan.script_code,
            script_version=plan.script_version,
            ab_arm=plan.ab_arm,
            script_text=plan.script_text,
            offers_presented=tuple(plan.offers[row] for row in presented),
            accepted=accepted,
            cancelled=outcome == CANCEL,
            first_wish_at=self.first_wish_at,
            wish_repeated_at=self.wish_repeated_at,
        )
        database, operator, today = (
            self.context.database,
            self.context.operator,
            self.context.today(),
        )

        def run() -> object:
            return retention.record_cancellation_call(
                database.uow(), operator.id, record, today=today
            )

        return run

    def failed(self, error: BaseException) -> None:
        """A fairness rule is explained in the operator's words."""
        if isinstance(error, FairnessError):
            self.show_error(
                self.tr("この内容では保存できません（{code}）: {detail}").format(
                    code=error.code, detail=error.message
                )
            )
            return
        super().failed(error)
