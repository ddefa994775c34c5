"""製品安全メモ: the supervisor's list of health and safety cancellations, and their review.

A cancellation for a health or safety reason leaves a product-safety note
(crmdesk.services.retention.record_cancellation_call); a supervisor reads each one and marks it
reviewed (crmdesk.services.retention.review_safety_note: Permission.REPORTS, audited, with who
and when). The list shows the unreviewed notes first, newest first. The main window offers it
only to roles with Permission.REPORTS; the service checks the same permission.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.retention import SafetyNoteView
from crmdesk.domain.validation import ValidationError
from crmdesk.gui import i18n
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext, field_error_text
from crmdesk.gui.forms.ui_safety_notes_dialog import Ui_SafetyNotesDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.gui.models import RowsTableModel
from crmdesk.services import retention

__all__ = ["NOTE_ROLE", "SafetyNotesDialog", "SafetyNotesModel"]

_CTX = "SafetyNotesModel"
_INDEX = QModelIndex | QPersistentModelIndex
# The SafetyNoteView of a row (any column).
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
_HEADERS = (
    QT_TRANSLATE_NOOP("SafetyNotesModel", "状態"),
    QT_TRANSLATE_NOOP("SafetyNotesModel", "受付日時"),
    QT_TRANSLATE_NOOP("SafetyNotesModel", "お客様"),
    QT_TRANSLATE_NOOP("SafetyNotesModel", "商品"),
    QT_TRANSLATE_NOOP("SafetyNotesModel", "理由"),
    QT_TRANSLATE_NOOP("SafetyNotesModel", "お客様のお話"),
    QT_TRANSLATE_NOOP("SafetyNotesModel", "受付担当"),
    QT_TRANSLATE_NOOP("SafetyNotesModel", "確認"),
)
COL_STATE, COL_AT, COL_CUSTOMER, COL_PRODUCT, COL_REASON, COL_DETAIL, COL_OPERATOR, COL_REVIEW = (
    range(len(_HEADERS))
)
# The words in the list are cut here; the whole text is below the list.
_DETAIL_CHARS = 40


class SafetyNotesModel(RowsTableModel):
    """One note per row, in the order the service gives (unreviewed first, newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_CTX, _HEADERS, parent)

    def note(self, row: int) -> SafetyNoteView:
        """The note in ``row``."""
        return self._rows[row]

    def replace(self, note: SafetyNoteView) -> int:
        """Put the new state of a note in its row (the row stays where the cursor is); the row
        or -1 when it is not listed."""
        for row, old in enumerate(self._rows):
            if old.id == note.id:
                self._rows[row] = note
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(_HEADERS) - 1))
                return row
        return -1

    def unreviewed(self) -> int:
        """How many notes still wait for a supervisor."""
        return sum(1 for n in self._rows if not n.reviewed)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; an unreviewed note in bold; NOTE_ROLE gives the whole note."""
        note = self._cell_row(index)
        if note is None:
            return None
        if role == NOTE_ROLE:
            return note
        if role == Qt.ItemDataRole.FontRole and not note.reviewed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_DETAIL:
            return note.detail or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(note, index.column())

    def _text(self, note: SafetyNoteView, column: int) -> str:
        state = (
            QT_TRANSLATE_NOOP("SafetyNotesModel", "確認済み")
            if note.reviewed
            else QT_TRANSLATE_NOOP("SafetyNotesModel", "未確認")
        )
        words = note.detail.replace("\n", " ")
        review = (
            f"{note.reviewed_by_name or '—'} {i18n.format_when(note.reviewed_at)}"
            if note.reviewed_at is not None
            else ""
        )
        texts = {
            COL_STATE: translate(_CTX, state),
            COL_AT: i18n.format_when(note.created_at),
            COL_CUSTOMER: f"{note.customer_name}（{note.customer_code}）",
            COL_PRODUCT: note.product or "—",
            COL_REASON: note.reason_label,
            COL_DETAIL: words if len(words) <= _DETAIL_CHARS else words[:_DETAIL_CHARS] + "…",
            COL_OPERATOR: note.operator_name or "—",
            COL_REVIEW: review,
        }
        return texts[column]


class SafetyNotesDialog(QDialog):
    """SV → 製品安全メモの確認: the notes; Ctrl+Enter (or Alt+K) marks the selected one reviewed.

    ``loaded`` is emitted after the list is in the model, ``reviewed`` with the SafetyNoteView
    a review returned.
    """

    loaded = Signal()
    reviewed = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SafetyNotesDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self._busy = False
        self.model = SafetyNotesModel(self)
        ui = self.ui
        view = ui.notesView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.reviewButton.clicked.connect(self.review_selected)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.review_selected)
        ui.reviewButton.setEnabled(False)
        ui.messageLabel.hide()
        view.setFocus()
        self.refresh()

    def selected(self) -> SafetyNoteView | None:
        """The note under the cursor."""
        rows = self.ui.notesView.selectionModel().selectedRows()
        return self.model.note(rows[0].row()) if rows else None

    def refresh(self) -> None:
        """Read the notes again (on a worker)."""
        database, operator = self.context.database, self.context.operator

        def run() -> list[SafetyNoteView]:
            return retention.list_safety_notes(database.read_uow(), operator.id)

        self.context.runner.submit(run, self._show, on_error=self._failed, key="safety-notes")

    def _show(self, notes: list[SafetyNoteView]) -> None:
        self.model.set_rows(notes)
        self._message(
            self.tr("未確認 {open} 件／全 {all} 件").format(
                open=self.model.unreviewed(), all=self.model.rowCount()
            )
        )
        if notes:
            self.ui.notesView.selectRow(0)
        self._selection_changed()
        self.loaded.emit()

    def review_selected(self) -> None:
        """Mark the selected note reviewed by this supervisor (write lane)."""
        note = self.selected()
        if note is None or note.reviewed or self._busy:
            return
        database, operator, note_id = self.context.database, self.context.operator, note.id

        def run() -> SafetyNoteView:
            return retention.review_safety_note(database.uow(), operator.id, note_id)

        self._busy = True
        self.ui.reviewButton.setEnabled(False)
        self.context.runner.submit(run, self._reviewed, on_error=self._failed, write=True)

    def _reviewed(self, note: SafetyNoteView) -> None:
        self._busy = False
        row = self.model.replace(note)
        # On to the next note still waiting, so a run of reviews is one key per note.
        waiting = [r for r in range(self.model.rowCount()) if not self.model.note(r).reviewed]
        following = next((r for r in waiting if r > row), waiting[0] if waiting else None)
        if following is not None:
            self.ui.notesView.selectRow(following)
        self._selection_changed()
        self._message(
            self.tr("確認済みにしました（未確認 {open} 件）。").format(open=self.model.unreviewed())
        )
        self.reviewed.emit(note)

    def _selection_changed(self, *_args: QItemSelection) -> None:
        note = self.selected()
        self.ui.detailView.setPlainText(note.detail if note is not None else "")
        self.ui.reviewButton.setEnabled(note is not None and not note.reviewed and not self._busy)

    def _message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._selection_changed()
        if isinstance(error, ValidationError):
            text = "\n".join(field_error_text(e) for e in error.errors)
        elif isinstance(error, CrmdeskError):
            text = f"{error.code}: {error.message}"
        else:
            text = repr(error)
        self._message(text, error=True)
