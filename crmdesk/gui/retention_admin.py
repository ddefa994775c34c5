"""Supervisor windows of issue 4: the script and reason editor, and the retention report.

Both are thin: the editor shows a script's TOML text and saves it as the next version through
crmdesk.services.retention (which checks it and refuses a stale version); the report shows the
rows of crmdesk.services.retention.retention_report in one table per breakdown. The main window
shows them only to roles with Permission.EDIT_SCRIPTS / Permission.REPORTS, and the services
check the same permissions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from crmdesk.analytics.retention import RetentionReport, RetentionRow
from crmdesk.domain.errors import ConflictError, CrmdeskError
from crmdesk.domain.retention import ScriptSource, ScriptSummary
from crmdesk.domain.validation import ValidationError
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext
from crmdesk.gui.forms.ui_retention_report_dialog import Ui_RetentionReportDialog
from crmdesk.gui.forms.ui_script_editor_dialog import Ui_ScriptEditorDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP
from crmdesk.gui.models import RowsTableModel
from crmdesk.services import retention

_CTX = "RetentionReportModel"
# Columns of a report table: (key in RetentionRow.as_json(), title).
_COMMON = (
    ("requests", QT_TRANSLATE_NOOP("RetentionReportModel", "受付件数")),
    ("saves", QT_TRANSLATE_NOOP("RetentionReportModel", "引き止め件数")),
    ("save_rate", QT_TRANSLATE_NOOP("RetentionReportModel", "引き止め率")),
    ("ci", QT_TRANSLATE_NOOP("RetentionReportModel", "95%信頼区間")),
    ("took_next", QT_TRANSLATE_NOOP("RetentionReportModel", "次回受取（判明分）")),
    ("active_3", QT_TRANSLATE_NOOP("RetentionReportModel", "3周期後も継続（判明分）")),
)
KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "by_script": (
        ("script", QT_TRANSLATE_NOOP("RetentionReportModel", "トーク（版）")),
        ("script_title", QT_TRANSLATE_NOOP("RetentionReportModel", "タイトル")),
    ),
    "by_reason": (("reason_label", QT_TRANSLATE_NOOP("RetentionReportModel", "解約理由")),),
    "by_operator": (("operator_name", QT_TRANSLATE_NOOP("RetentionReportModel", "オペレーター")),),
    "by_period": (("period", QT_TRANSLATE_NOOP("RetentionReportModel", "月")),),
}
# The breakdowns, in the order of the report dialog's tabs (their titles are in the form).
GROUPS = ("by_script", "by_reason", "by_operator", "by_period")
_INDEX = QModelIndex | QPersistentModelIndex


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole}（{part / whole:.0%}）" if whole else "—"


class RetentionReportModel(RowsTableModel):
    """One breakdown of the report: its key columns, then the counts and rates."""

    def __init__(self, group: str, parent: QObject | None = None) -> None:
        keys = KEYS[group]
        super().__init__(_CTX, [title for _key, title in (*keys, *_COMMON)], parent)
        self._keys = keys

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text; figures are right-aligned."""
        row = self._cell_row(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= len(self._keys):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(row, column)

    def _cell(self, row: RetentionRow, column: int) -> str:
        values = row.as_json()
        if column < len(self._keys):
            key = self._keys[column][0]
            if key == "script":
                return f"{values['script_code']} v{values['script_version']}"
            return str(values.get(key) or "—")
        low, high = row.ci
        texts = {
            "save_rate": f"{row.save_rate:.1%}",
            "ci": f"{low:.1%} – {high:.1%}",
            "took_next": _share(row.took_next, row.next_known),
            "active_3": _share(row.active_after_3, row.active_known),
        }
        name = _COMMON[column - len(self._keys)][0]
        return texts.get(name) or str(values[name])


class RetentionReportDialog(QDialog):
    """引き止めの効果: per script version, reason, operator and month, from a date on."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RetentionReportDialog()
        self.ui.setupUi(self)
        self.context = context
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ui = self.ui
        today = context.today()
        start = today - dt.timedelta(days=365)
        ui.sinceEdit.setDate(QDate(start.year, start.month, start.day))
        ui.refreshButton.clicked.connect(self.refresh)
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.buttonBox.rejected.connect(self.reject)
        # One view per breakdown; the form holds the views and their tab titles.
        views = {
            "by_script": ui.byScriptView,
            "by_reason": ui.byReasonView,
            "by_operator": ui.byOperatorView,
            "by_period": ui.byPeriodView,
        }
        self.models: dict[str, RetentionReportModel] = {}
        for group in GROUPS:
            model = RetentionReportModel(group, self)
            view = views[group]
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.verticalHeader().hide()
            self.models[group] = model
        self.report: RetentionReport | None = None
        self.refresh()

    def refresh(self) -> None:
        """Ask the service for the report from the chosen date on (on a worker)."""
        d = self.ui.sinceEdit.date()
        since = dt.date(d.year(), d.month(), d.day())
        database, operator, today = (
            self.context.database,
            self.context.operator,
            self.context.today(),
        )

        def run() -> RetentionReport:
            return retention.retention_report(database.uow(), operator.id, since=since, today=today)

        # Keyed: a later date chosen while an earlier report is read wins.
        self.context.runner.submit(run, self._show, on_error=self._failed, key="retention-report")

    def _show(self, report: RetentionReport) -> None:
        self.report = report
        for group in GROUPS:
            self.models[group].set_rows(getattr(report, group))
        self.ui.errorLabel.clear()

    def _failed(self, error: BaseException) -> None:
        self.ui.errorLabel.setText(str(error))


class ScriptEditorDialog(QDialog):
    """引き止めトークと解約理由: pick a script, edit its TOML, save it as the next version.

    The second tab edits the reason taxonomy the same way. Ctrl+S saves the tab shown.
    """

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScriptEditorDialog()
        self.ui.setupUi(self)
        self.context = context
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.source: ScriptSource | None = None
        self._scripts: list[ScriptSummary] = []
        ui = self.ui
        # TOML is easier to read in one Japanese face for both kana and ASCII.
        mono = QFont("IPAexGothic")
        ui.scriptEdit.setFont(mono)
        ui.reasonsEdit.setFont(mono)
        ui.scriptSplitter.setStretchFactor(1, 3)
        ui.buttonBox.rejected.connect(self.reject)
        ui.scriptList.currentRowChanged.connect(self._script_chosen)
        ui.saveButton.clicked.connect(self.save_script)
        ui.newButton.clicked.connect(self._new_script)
        ui.retireButton.clicked.connect(self._retire)
        ui.saveReasonsButton.clicked.connect(self.save_reasons)
        QShortcut(QKeySequence("Ctrl+S"), self, self._save_shown)
        self._load()

    # -------------------------------------------------------------- loading

    def _load(self, select: str | None = None) -> None:
        database = self.context.database

        def run() -> tuple[list[ScriptSummary], str]:
            return retention.list_scripts(database.uow()), retention.reasons_text(database.uow())

        self.context.runner.submit(
            run, lambda result: self._loaded(*result, select=select), on_error=self._failed
        )

    def _loaded(self, scripts: list[ScriptSummary], reasons: str, *, select: str | None) -> None:
        self._scripts = scripts
        self.ui.scriptList.blockSignals(True)
        self.ui.scriptList.clear()
        for s in scripts:
            retired = self.tr("（終了）") if s.retired else ""
            self.ui.scriptList.addItem(f"{s.code} v{s.current_version}{retired}  {s.title}")
        self.ui.scriptList.blockSignals(False)
        codes = [s.code for s in scripts]
        self.ui.scriptList.setCurrentRow(codes.index(select) if select in codes else 0)
        self._script_chosen(self.ui.scriptList.currentRow())
        self.ui.reasonsEdit.setPlainText(reasons)

    def _script_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._scripts):
            return
        code = self._scripts[row].code
        database = self.context.database

        def run() -> ScriptSource:
            return retention.script_source(database.uow(), code)

        # Keyed: moving quickly through the list starts several loads on parallel read lanes;
        # only the last one chosen may fill the editor, whatever order they finish in.
        self.context.runner.submit(
            run, self.show_source, on_error=self._failed, key="script-editor-source"
        )

    def show_source(self, source: ScriptSource) -> None:
        """Put a script's current version in the editor."""
        self.source = source
        self.ui.versionLabel.setText(
            self.tr("{code} 第{version}版（保存すると第{next}版になります）").format(
                code=source.code, version=source.version, next=source.version + 1
            )
        )
        self.ui.scriptEdit.setPlainText(source.source)

    def _new_script(self) -> None:
        self.source = None
        self.ui.versionLabel.setText(self.tr("新しいトーク（code は英小文字で一意に）"))
        self.ui.scriptEdit.setPlainText(
            'code = "new_script"\ntitle = ""\nreasons = ["other"]\npriority = 50\n'
            'steps = [\n  "{name}様、…",\n]\n\n[[offers]]\nkind = "skip"\n'
            'text = "次回（{next_ship_date}）のお届けを1回お休みする"\n'
        )
        self.ui.scriptEdit.setFocus()

    # -------------------------------------------------------------- saving

    def _save_shown(self) -> None:
        if self.ui.tabs.currentIndex() == 0:
            self.save_script()
        else:
            self.save_reasons()

    def save_script(self) -> None:
        """Save the editor's text as the script's next version (or as a new script)."""
        database, operator = self.context.database, self.context.operator
        text = self.ui.scriptEdit.toPlainText()
        note = self.ui.noteEdit.text()
        expected = self.source.current_version if self.source is not None else None

        def run() -> ScriptSource:
            return retention.save_script(
                database.uow(), operator.id, text, expected_version=expected, note=note
            )

        self.context.runner.submit(run, self._script_saved, on_error=self._failed, write=True)

    def _script_saved(self, source: ScriptSource) -> None:
        self.ui.statusLabel.setStyleSheet("")
        self.ui.statusLabel.setText(
            self.tr("{code} を第{version}版として保存しました。").format(
                code=source.code, version=source.version
            )
        )
        self.ui.noteEdit.clear()
        self._load(select=source.code)

    def _retire(self) -> None:
        if self.source is None:
            return
        database, operator, code = self.context.database, self.context.operator, self.source.code

        def run() -> None:
            retention.retire_script(database.uow(), operator.id, code)

        self.context.runner.submit(
            run, lambda _r: self._load(select=code), on_error=self._failed, write=True
        )

    def save_reasons(self) -> None:
        """Save the taxonomy text."""
        database, operator = self.context.database, self.context.operator
        text = self.ui.reasonsEdit.toPlainText()

        def run() -> object:
            return retention.save_reasons(database.uow(), operator.id, text)

        self.context.runner.submit(
            run,
            lambda _r: self.ui.statusLabel.setText(self.tr("解約理由を保存しました。")),
            on_error=self._failed,
            write=True,
        )

    def _failed(self, error: BaseException) -> None:
        self.ui.statusLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        if isinstance(error, ValidationError):
            text = "\n".join(e.message for e in error.errors)
        elif isinstance(error, ConflictError):
            text = self.tr("他のSVが先に保存しました。開き直してください。")
        elif isinstance(error, CrmdeskError):
            text = f"{error.code}: {error.message}"
        else:
            text = repr(error)
        self.ui.statusLabel.setText(text)


__all__ = [
    "RetentionReportDialog",
    "RetentionReportModel",
    "ScriptEditorDialog",
]
