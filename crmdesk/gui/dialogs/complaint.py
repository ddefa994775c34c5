"""クレーム対応: an open complaint's text and status, escalation to a supervisor, resolution.

Opened from the timeline (Enter on a complaint) or with Ctrl+Shift+K. Escalating and resolving
are each one service call through the write lane against the version shown; resolving makes
the service schedule the check-back call. The dialog stays open and shows the new status.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from crmdesk.domain.errors import ConflictError
from crmdesk.domain.ids import ComplaintId, OperatorId
from crmdesk.domain.readmodels import ComplaintView, CustomerCard, OperatorView
from crmdesk.gui import i18n
from crmdesk.gui.dialogs.base import DeskContext, RecordDialog, customer_caption
from crmdesk.gui.dialogs.conflict import REAPPLY, RELOAD, ConflictDialog, ConflictRow
from crmdesk.gui.forms.ui_complaint_manage_dialog import Ui_ComplaintManageDialog
from crmdesk.gui.i18n import label
from crmdesk.services.complaints import (
    escalate_complaint,
    list_complaints,
    list_supervisors,
    resolve_complaint,
)


class ComplaintManageDialog(RecordDialog):
    """One complaint: read it, escalate it, resolve it. ``saved`` carries each new ComplaintView.

    ``complaint`` is the ComplaintView shown (None until loaded).
    """

    # Emitted when the complaint and the supervisors are on screen.
    ready = Signal()

    def __init__(
        self,
        context: DeskContext,
        card: CustomerCard,
        complaint_id: ComplaintId | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ComplaintManageDialog()
        self.ui.setupUi(self)
        self.card = card
        self.complaint: ComplaintView | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._wanted = complaint_id
        self._supervisors: list[OperatorView] | None = None
        # Which action a conflict interrupted ("escalate" or "resolve"), to offer it again.
        self._pending = ""
        self.ui.customerLabel.setText(customer_caption(card))
        self.emphasise_customer()
        self.fields = {
            "to_operator_id": self.ui.supervisorCombo,
            "resolution": self.ui.resolutionEdit,
            "check_back_days": self.ui.checkBackSpin,
        }
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.ui.escalateButton.clicked.connect(self.escalate)
        self.ui.noteEdit.returnPressed.connect(self.escalate)
        self.ui.resolveButton.clicked.connect(self.resolve)
        self.clear_errors()
        self._set_actions_enabled(False)
        self._load()

    # -------------------------------------------------------------- loading

    def _load(self) -> None:
        database, customer_id = self.context.database, self.card.summary.id

        def run() -> tuple[list[ComplaintView], list[OperatorView]]:
            return list_complaints(database.uow(), customer_id), list_supervisors(database.uow())

        self.run_read(run, self._loaded)

    def _loaded(self, found: tuple[list[ComplaintView], list[OperatorView]]) -> None:
        complaints, supervisors = found
        self._supervisors = supervisors
        self.ui.supervisorCombo.clear()
        for supervisor in supervisors:
            text = self.tr("{name}（{role}）").format(
                name=supervisor.name, role=label(i18n.ROLES, supervisor.role)
            )
            self.ui.supervisorCombo.addItem(text, int(supervisor.id))
        chosen = next((c for c in complaints if c.id == self._wanted), None)
        if chosen is None and self._wanted is None:
            # Ctrl+Shift+K: the newest complaint that is not resolved yet.
            chosen = next((c for c in complaints if c.resolved_at is None), None)
        if chosen is None:
            self.show_error(self.tr("対応中のクレームはありません。"))
            return
        self.show_complaint(chosen)
        self.ready.emit()

    def show_complaint(self, complaint: ComplaintView) -> None:
        """Show ``complaint`` (after loading, escalating or resolving)."""
        self.complaint = complaint
        text = self.tr("{category}・{severity}・{status}　受付 {opened}（{operator}）").format(
            category=label(i18n.COMPLAINT_CATEGORIES, complaint.category.value),
            severity=label(i18n.SEVERITIES, complaint.severity.value),
            status=label(i18n.COMPLAINT_STATUSES, complaint.status.value),
            opened=i18n.format_when(complaint.opened_at),
            operator=complaint.operator_name or "—",
        )
        if complaint.escalated_to_name:
            text += "\n" + self.tr("エスカレーション先: {name}").format(
                name=complaint.escalated_to_name
            )
        if complaint.resolved_at is not None:
            text += "\n" + self.tr("解決 {when}: {resolution}").format(
                when=i18n.format_when(complaint.resolved_at), resolution=complaint.resolution
            )
        self.ui.statusLabel.setText(text)
        self.ui.descriptionView.setPlainText(complaint.description)
        self._set_actions_enabled(complaint.resolved_at is None)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.ui.escalateGroup.setEnabled(enabled and bool(self._supervisors))
        self.ui.resolveGroup.setEnabled(enabled)

    def set_busy(self, busy: bool) -> None:
        """No second click while a change is on its way."""
        super().set_busy(busy)
        open_ = self.complaint is not None and self.complaint.resolved_at is None
        self._set_actions_enabled(open_ and not busy)

    # -------------------------------------------------------------- actions

    def escalate(self) -> None:
        """Hand the complaint to the chosen supervisor."""
        if self.complaint is None or self.busy:
            return
        self.clear_errors()
        self._pending = "escalate"
        self.run_write(self._escalate_job(self.complaint.version), self._changed)

    def resolve(self) -> None:
        """Resolve with the text typed; the service books the check-back call."""
        if self.complaint is None or self.busy:
            return
        self.clear_errors()
        self._pending = "resolve"
        self.run_write(self._resolve_job(self.complaint.version), self._changed)

    def _escalate_job(self, version: int) -> Callable[[], Any]:
        assert self.complaint is not None
        database, operator = self.context.database, self.context.operator
        complaint_id = self.complaint.id
        data = self.ui.supervisorCombo.currentData()
        to_operator = OperatorId(int(data)) if data is not None else OperatorId(0)
        note = self.ui.noteEdit.text()

        def run() -> ComplaintView:
            return escalate_complaint(
                database.uow(),
                operator.id,
                complaint_id,
                to_operator_id=to_operator,
                note=note,
                expected_version=version,
            )

        return run

    def _resolve_job(self, version: int) -> Callable[[], Any]:
        assert self.complaint is not None
        database, operator = self.context.database, self.context.operator
        complaint_id = self.complaint.id
        resolution = self.ui.resolutionEdit.toPlainText()
        days = self.ui.checkBackSpin.value()
        today = self.context.today()

        def run() -> ComplaintView:
            return resolve_complaint(
                database.uow(),
                operator.id,
                complaint_id,
                resolution=resolution,
                expected_version=version,
                check_back_days=days,
                today=today,
            )

        return run

    def _changed(self, complaint: ComplaintView) -> None:
        self.show_complaint(complaint)
        self.ui.noteEdit.clear()
        self.saved.emit(complaint)

    def save_job(self) -> Callable[[], Any]:
        """Not used: the dialog's actions are its two buttons."""
        raise NotImplementedError

    def accept(self) -> None:
        """Enter does not close the dialog: escalate and resolve are explicit buttons."""

    def conflict(self, error: ConflictError[Any]) -> None:
        """Someone else changed the complaint: compare, then reload or do it again."""
        theirs = error.current
        mine = self.complaint
        assert isinstance(theirs, ComplaintView) and mine is not None
        action = self._pending

        def status(c: ComplaintView) -> str:
            return label(i18n.COMPLAINT_STATUSES, c.status.value)

        rows = [
            ConflictRow(self.tr("状態"), status(mine), status(theirs)),
            ConflictRow(
                self.tr("エスカレーション先"),
                mine.escalated_to_name or "—",
                theirs.escalated_to_name or "—",
            ),
            ConflictRow(self.tr("内容"), mine.description, theirs.description),
            ConflictRow(self.tr("解決内容"), mine.resolution or "—", theirs.resolution or "—"),
        ]
        dialog = ConflictDialog(rows, who=None, when=None, parent=self)
        self.conflict_dialog = dialog

        def chosen(result: int) -> None:
            self.conflict_dialog = None
            if result == REAPPLY:
                job = (
                    self._escalate_job(theirs.version)
                    if action == "escalate"
                    else self._resolve_job(theirs.version)
                )
                self.complaint = theirs
                self.run_write(job, self._changed)
            else:
                self.show_complaint(theirs)
                if result == RELOAD:
                    self.show_error(self.tr("保存済みの内容を読み込みました。"))

        dialog.finished.connect(chosen)
        dialog.open()
