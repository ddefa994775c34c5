"""定期変更: next ship date, skip, cycle, pause, resume, quantity or product, with the reason.

One dialog for every change the customer asks for on the phone: choose the subscription and the
kind of change, enter the new value, say why. Each kind is one service call in
:mod:`crmdesk.services.subscriptions` (which checks what is allowed and logs the event), run
through the write lane against the version the card showed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from crmdesk.domain.errors import ConflictError
from crmdesk.domain.ids import ProductId
from crmdesk.domain.readmodels import CustomerCard, ProductView, SubscriptionView
from crmdesk.domain.validation import FieldError
from crmdesk.gui import i18n
from crmdesk.gui.dialogs.base import DeskContext, RecordDialog, customer_caption
from crmdesk.gui.dialogs.conflict import REAPPLY, RELOAD, ConflictDialog, ConflictRow
from crmdesk.gui.dialogs.record import from_qdate, to_qdate
from crmdesk.gui.forms.ui_subscription_dialog import Ui_SubscriptionDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, label
from crmdesk.services import subscriptions as subs

_CTX = "SubscriptionDialog"
# The kinds of change, in the order of the combo box and of the stacked pages of the form.
CHANGES: tuple[tuple[str, str], ...] = (
    ("next_date", QT_TRANSLATE_NOOP("SubscriptionDialog", "次回お届け日の変更")),
    ("skip", QT_TRANSLATE_NOOP("SubscriptionDialog", "次回スキップ")),
    ("cycle", QT_TRANSLATE_NOOP("SubscriptionDialog", "お届け周期の変更")),
    ("pause", QT_TRANSLATE_NOOP("SubscriptionDialog", "休止")),
    ("resume", QT_TRANSLATE_NOOP("SubscriptionDialog", "再開")),
    ("quantity", QT_TRANSLATE_NOOP("SubscriptionDialog", "数量の変更")),
    ("product", QT_TRANSLATE_NOOP("SubscriptionDialog", "商品の変更")),
)
# The service's field names of the new values: their errors go under the value.
_VALUE_FIELDS = {"new_date", "until", "next_ship_date", "cycle_days", "quantity", "product_id"}
_STATUS_MESSAGES: dict[str, str] = {
    "not_allowed": QT_TRANSLATE_NOOP(
        "SubscriptionDialog", "この定期の今の状態（解約済み・休止中など）ではこの変更はできません。"
    ),
}


class SubscriptionDialog(RecordDialog):
    """Change one of the customer's subscriptions; ``saved`` carries the new SubscriptionView."""

    def __init__(
        self,
        context: DeskContext,
        card: CustomerCard,
        *,
        selected: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SubscriptionDialog()
        self.ui.setupUi(self)
        self.card = card
        self.conflict_dialog: ConflictDialog | None = None
        self._subscriptions = list(card.subscriptions)
        ui = self.ui
        ui.customerLabel.setText(customer_caption(card))
        for sub in self._subscriptions:
            ui.subscriptionCombo.addItem(
                self.tr("{product} ×{quantity}（{status}）").format(
                    product=sub.product,
                    quantity=sub.quantity,
                    status=label(i18n.SUBSCRIPTION_STATUSES, sub.status),
                )
            )
        for _code, text in CHANGES:
            ui.changeCombo.addItem(i18n.translate(_CTX, text))
        ui.changeCombo.currentIndexChanged.connect(ui.changeStack.setCurrentIndex)
        ui.subscriptionCombo.currentIndexChanged.connect(self._subscription_chosen)
        self.fields = {
            "new_date": ui.nextDateEdit,
            "until": ui.pauseUntilEdit,
            "next_ship_date": ui.resumeDateEdit,
            "cycle_days": ui.cycleSpin,
            "quantity": ui.quantitySpin,
            "product_id": ui.productCombo,
            "reason": ui.reasonEdit,
        }
        self.setup_form()
        ui.subscriptionCombo.setCurrentIndex(min(max(selected, 0), len(self._subscriptions) - 1))
        self._subscription_chosen(ui.subscriptionCombo.currentIndex())
        ui.changeStack.setCurrentIndex(0)
        self._load_products()
        ui.changeCombo.setFocus()

    # -------------------------------------------------------------- the form

    @property
    def subscription(self) -> SubscriptionView | None:
        """The subscription being changed."""
        index = self.ui.subscriptionCombo.currentIndex()
        return self._subscriptions[index] if 0 <= index < len(self._subscriptions) else None

    def set_change(self, code: str) -> None:
        """Choose the kind of change (``next_date``, ``skip``, ``cycle``…)."""
        self.ui.changeCombo.setCurrentIndex([c for c, _ in CHANGES].index(code))

    def _subscription_chosen(self, _index: int) -> None:
        sub = self.subscription
        if sub is None:
            return
        self._show_current(sub)
        today = self.context.today()
        base = sub.next_ship_date or today
        self.ui.nextDateEdit.setDate(to_qdate(max(base, today)))
        self.ui.pauseUntilEdit.setDate(to_qdate(today + dt.timedelta(days=30)))
        self.ui.resumeDateEdit.setDate(to_qdate(max(sub.paused_until or today, today)))
        self.ui.cycleSpin.setValue(sub.cycle_days)
        self.ui.quantitySpin.setValue(sub.quantity)

    def _show_current(self, sub: SubscriptionView) -> None:
        self.ui.currentLabel.setText(self._describe(sub))

    def _describe(self, sub: SubscriptionView) -> str:
        status = label(i18n.SUBSCRIPTION_STATUSES, sub.status)
        if sub.paused_until is not None:
            status = self.tr("{status}（{until}まで）").format(
                status=status, until=sub.paused_until.isoformat()
            )
        return self.tr(
            "{product} ×{quantity}・{cycle}日ごと・次回 {next}・{count}回お届け済み・{status}"
        ).format(
            product=sub.product,
            quantity=sub.quantity,
            cycle=sub.cycle_days,
            next=i18n.format_date(sub.next_ship_date),
            count=sub.delivery_count,
            status=status,
        )

    def _load_products(self) -> None:
        database = self.context.database

        def run() -> list[ProductView]:
            return subs.list_products(database.uow())

        self.run_read(run, self._products_loaded)

    def _products_loaded(self, products: list[ProductView]) -> None:
        self.ui.productCombo.clear()
        for product in products:
            if product.subscribable:
                price = product.subscription_price_yen or product.price_yen
                self.ui.productCombo.addItem(
                    f"{product.name}（{product.sku}・{i18n.format_yen(price)}）", int(product.id)
                )

    # -------------------------------------------------------------- errors

    def error_label(self, field: str) -> QLabel | None:
        """The new value's errors go under the value, whatever the service calls it."""
        if field in _VALUE_FIELDS:
            return self.ui.valueError
        return super().error_label(field)

    def error_text(self, error: FieldError) -> str:
        """The subscription's state explains a refused change."""
        if error.field == "status" and error.code in _STATUS_MESSAGES:
            return i18n.translate(_CTX, _STATUS_MESSAGES[error.code])
        return super().error_text(error)

    # -------------------------------------------------------------- saving

    def save_job(self) -> Callable[[], Any]:
        """The service call of the chosen kind of change."""
        sub = self.subscription
        assert sub is not None
        return self._job(sub.id, sub.version)

    def _job(self, subscription_id: Any, version: int) -> Callable[[], Any]:
        database, operator = self.context.database, self.context.operator
        today = self.context.today()
        ui = self.ui
        reason = ui.reasonEdit.text()
        code = CHANGES[ui.changeCombo.currentIndex()][0]
        common: dict[str, Any] = {"reason": reason, "expected_version": version}
        if code == "next_date":
            new_date = from_qdate(ui.nextDateEdit.date())

            def call() -> SubscriptionView:
                return subs.change_next_ship_date(
                    database.uow(), operator.id, subscription_id, new_date, today=today, **common
                )

        elif code == "skip":

            def call() -> SubscriptionView:
                return subs.skip_next(database.uow(), operator.id, subscription_id, **common)

        elif code == "cycle":
            cycle = ui.cycleSpin.value()

            def call() -> SubscriptionView:
                return subs.change_cycle(
                    database.uow(), operator.id, subscription_id, cycle, **common
                )

        elif code == "pause":
            until = from_qdate(ui.pauseUntilEdit.date())

            def call() -> SubscriptionView:
                return subs.pause_until(
                    database.uow(), operator.id, subscription_id, until, today=today, **common
                )

        elif code == "resume":
            next_date = from_qdate(ui.resumeDateEdit.date())

            def call() -> SubscriptionView:
                return subs.resume(
                    database.uow(), operator.id, subscription_id, next_date, today=today, **common
                )

        elif code == "quantity":
            quantity = ui.quantitySpin.value()

            def call() -> SubscriptionView:
                return subs.change_quantity(
                    database.uow(), operator.id, subscription_id, quantity, **common
                )

        else:
            data = ui.productCombo.currentData()
            product_id = ProductId(int(data)) if data is not None else ProductId(0)

            def call() -> SubscriptionView:
                return subs.change_product(
                    database.uow(), operator.id, subscription_id, product_id, **common
                )

        return call

    def conflict(self, error: ConflictError[Any]) -> None:
        """The subscription changed meanwhile: compare, then reload or apply the change anyway."""
        theirs = error.current
        mine = self.subscription
        assert isinstance(theirs, SubscriptionView) and mine is not None
        change = self.ui.changeCombo.currentText()
        rows = [
            ConflictRow(self.tr("定期の内容"), self._describe(mine), self._describe(theirs)),
            ConflictRow(self.tr("あなたの変更"), change, "—"),
        ]
        dialog = ConflictDialog(rows, who=None, when=None, parent=self)
        self.conflict_dialog = dialog
        index = self.ui.subscriptionCombo.currentIndex()

        def chosen(result: int) -> None:
            self.conflict_dialog = None
            self._subscriptions[index] = theirs
            self._show_current(theirs)
            if result == REAPPLY:
                self.run_write(self._job(theirs.id, theirs.version), self.saved_ok)
            elif result == RELOAD:
                self.show_error(
                    self.tr("保存済みの内容を読み込みました。必要なら変更し直してください。")
                )

        dialog.finished.connect(chosen)
        dialog.open()
