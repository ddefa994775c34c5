"""Supervisor windows of issue 5: the follow-up summary (SV view) and the rule editor.

Both are thin. The summary shows :func:`crmdesk.services.followups.followups_report` in three
tables (by rule and status with the conversion, the overdue items, the work per operator) and
can run the rules now ("今すぐ更新", on a worker). A fourth table lists the personal (VIP)
items nobody is assigned to (:func:`~crmdesk.services.followups.unassigned_personal`; no desk's
'Next' hands them out), and a supervisor assigns the selected ones to an operator
(:func:`~crmdesk.services.followups.assign`, on the write lane).

The rule editor lists the rule set in force, lets a supervisor change a rule's fields and saves
the whole set through :func:`crmdesk.services.followups.save_rules`, which checks it (the
message of a RuleError names the rule and the field, shown at that field) and audits it. The
save names the version the editor loaded: when another supervisor saved meanwhile it is refused
(ConflictError), the edits stay in the fields, and the supervisor chooses to load the other set
or to overwrite it. The main window shows them only to roles with Permission.REPORTS /
Permission.EDIT_SCRIPTS; the services check the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from crmdesk.domain.errors import ConflictError
from crmdesk.domain.followups import Rule, RuleError, Selector
from crmdesk.domain.ids import FollowUpId, OperatorId
from crmdesk.domain.model import FollowUpChannel
from crmdesk.domain.permissions import Permission
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext
from crmdesk.gui.followups import error_text, rule_label, status_text
from crmdesk.gui.forms.ui_followup_rules_dialog import Ui_FollowUpRulesDialog
from crmdesk.gui.forms.ui_followups_report_dialog import Ui_FollowUpsReportDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, format_when, translate
from crmdesk.gui.models import RowsTableModel
from crmdesk.services import followups
from crmdesk.services.followups import (
    FollowUpsReport,
    FollowUpView,
    RefreshCounts,
    UnassignedPersonal,
)
from crmdesk.services.followups_view import rules_to_toml

__all__ = ["UNASSIGNED", "FollowUpRulesDialog", "FollowUpsReportDialog", "ReportTableModel"]

_CTX = "FollowUpsReport"
# Task-runner key of the summary: a newer request supersedes an older one; closing drops it.
_REPORT_TASK = "followups.report"
_UNASSIGNED_TASK = "followups.unassigned_personal"
_INDEX = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RESULTS = {
    "reached": QT_TRANSLATE_NOOP("FollowUpsReport", "話せた"),
    "no_answer": QT_TRANSLATE_NOOP("FollowUpsReport", "不在"),
    "call_back": QT_TRANSLATE_NOOP("FollowUpsReport", "かけ直し"),
    "ordered": QT_TRANSLATE_NOOP("FollowUpsReport", "注文"),
    "declined": QT_TRANSLATE_NOOP("FollowUpsReport", "お断り"),
    "wrong_number": QT_TRANSLATE_NOOP("FollowUpsReport", "番号違い"),
    "do_not_call": QT_TRANSLATE_NOOP("FollowUpsReport", "電話不可"),
}


@dataclasses.dataclass(frozen=True)
class Column:
    """One column of a report table: its title, the cell text, whether it is a figure."""

    title: str
    text: Callable[[Any], str]
    figure: bool = False


def _count(status: str) -> Callable[[dict[str, Any]], str]:
    return lambda row: str(row["status"].get(status, 0))


def _rate(row: dict[str, Any]) -> str:
    rate = row.get("conversion_rate")
    return "—" if rate is None else f"{rate:.1%}"


def _breakdown(counts: dict[str, int]) -> str:
    return "・".join(
        f"{translate(_CTX, _RESULTS[k]) if k in _RESULTS else k} {n}" for k, n in counts.items()
    )


BY_RULE: tuple[Column, ...] = (
    Column(
        QT_TRANSLATE_NOOP("FollowUpsReport", "ルール"),
        lambda row: translate("FollowUps", row["label"]),
    ),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "未対応"), _count("open"), True),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "対応中"), _count("claimed"), True),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "完了"), _count("done"), True),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "終了"), _count("closed"), True),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "期間内に作成"), lambda r: str(r["created"]), True),
    Column(
        QT_TRANSLATE_NOOP("FollowUpsReport", "注文につながった"),
        lambda r: str(r["converted"]),
        True,
    ),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "成約率"), _rate, True),
)
OVERDUE: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "期日"), lambda v: format_when(v.due_at)),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "ルール"), rule_label),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "お客様"), lambda v: v.customer_name),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "顧客番号"), lambda v: v.customer_code),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "状態"), lambda v: status_text(v.status)),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "回数"), lambda v: str(v.attempts), True),
)
OPERATORS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "オペレーター"), lambda r: r["name"] or "—"),
    Column(
        QT_TRANSLATE_NOOP("FollowUpsReport", "本日の結果"), lambda r: str(r["calls_today"]), True
    ),
    Column(
        QT_TRANSLATE_NOOP("FollowUpsReport", "期間内の結果"),
        lambda r: str(r["calls_period"]),
        True,
    ),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "本日の内訳"), lambda r: _breakdown(r["today"])),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "期間内の内訳"), lambda r: _breakdown(r["period"])),
)


_CHANNEL_TEXT = {
    "call": QT_TRANSLATE_NOOP("FollowUpsReport", "電話"),
    "letter": QT_TRANSLATE_NOOP("FollowUpsReport", "手紙"),
}


def _channel(view: FollowUpView) -> str:
    text = _CHANNEL_TEXT.get(view.channel)
    return translate(_CTX, text) if text else view.channel


UNASSIGNED: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "顧客番号"), lambda v: v.customer_code),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "お客様"), lambda v: v.customer_name),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "ルール"), rule_label),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "方法"), _channel),
    Column(QT_TRANSLATE_NOOP("FollowUpsReport", "期日"), lambda v: format_when(v.due_at)),
)


class ReportTableModel(RowsTableModel):
    """One table of the summary: rows of a report section, cells made by its columns."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(_CTX, [c.title for c in columns], parent)
        self._columns = tuple(columns)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text; figures are right-aligned."""
        row = self._cell_row(index)
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.figure:
            return _RIGHT
        return None


class FollowUpsReportDialog(QDialog):
    """フォローの状況: by rule and status with conversion, overdue items, work per operator,
    and the personal (VIP) items nobody is assigned to, with the means to assign them.

    ``refreshed`` carries the RefreshCounts and the time after "今すぐ更新" ran the rules;
    ``assigned`` the FollowUpViews a supervisor just assigned (the queues may show them).
    """

    refreshed = Signal(object, object)
    assigned = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpsReportDialog()
        self.ui.setupUi(self)
        self.context = context
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ui = self.ui
        self.by_rule = ReportTableModel(BY_RULE, self)
        self.overdue = ReportTableModel(OVERDUE, self)
        self.operators = ReportTableModel(OPERATORS, self)
        self.unassigned = ReportTableModel(UNASSIGNED, self)
        # The words (rule name, breakdown) take the spare width; the figures stay narrow.
        for view, model, stretch in (
            (ui.byRuleView, self.by_rule, 0),
            (ui.overdueView, self.overdue, 1),
            (ui.operatorsView, self.operators, len(OPERATORS) - 1),
            (ui.unassignedView, self.unassigned, 1),
        ):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().hide()
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.reloadButton.clicked.connect(self.reload)
        ui.refreshNowButton.clicked.connect(self.refresh_now)
        ui.assignButton.clicked.connect(self.assign_selected)
        ui.assignButton.setEnabled(False)
        # Assigning needs Permission.SETTINGS (the service checks it too); the list is a report.
        may_assign = context.operator.can(Permission.SETTINGS)
        for widget in (ui.assigneeLabel, ui.assigneeCombo, ui.assignButton):
            widget.setVisible(may_assign)
        ui.buttonBox.rejected.connect(self.reject)
        self.report: FollowUpsReport | None = None
        self.personal: UnassignedPersonal | None = None
        # A report or a refresh still on its way when the dialog closes must not touch it.
        self._open = True
        self.finished.connect(self._closed)
        self.reload()

    def _closed(self, _result: int) -> None:
        self._open = False
        self.context.runner.cancel(_REPORT_TASK)
        self.context.runner.cancel(_UNASSIGNED_TASK)

    def reload(self) -> None:
        """Ask the service for the summary and the unassigned personal items (on workers)."""
        database, operator, today = (
            self.context.database,
            self.context.operator,
            self.context.today(),
        )
        period = self.ui.periodSpin.value()
        # A large base takes seconds (docs/benchmarks.md): say that it is on its way.
        self.ui.summaryLabel.setText(self.tr("集計しています…"))

        def run() -> FollowUpsReport:
            return followups.followups_report(
                database.read_uow(), operator.id, today=today, period_days=period
            )

        self.context.runner.submit(run, self._show, on_error=self._failed, key=_REPORT_TASK)
        self._load_unassigned()

    def _load_unassigned(self) -> None:
        database, operator = self.context.database, self.context.operator

        def run() -> UnassignedPersonal:
            return followups.unassigned_personal(database.read_uow(), operator.id)

        self.context.runner.submit(
            run, self._show_unassigned, on_error=self._failed, key=_UNASSIGNED_TASK
        )

    def assign_selected(self) -> None:
        """Make the selected unassigned items personal items of the chosen operator (worker)."""
        ui = self.ui
        rows = sorted({i.row() for i in ui.unassignedView.selectionModel().selectedRows()})
        target = ui.assigneeCombo.currentData()
        if not rows or target is None:
            self._message(self.tr("割り当てる行と担当者を選んでください。"), error=True)
            return
        ids = [FollowUpId(self.unassigned.row(r).id) for r in rows]
        people = {} if self.personal is None else {a.id: a.name for a in self.personal.operators}
        name = people.get(OperatorId(target), ui.assigneeCombo.currentText())
        database, supervisor = self.context.database, self.context.operator

        def run() -> list[FollowUpView]:
            # One transaction each (the service's): what was assigned stays assigned if a
            # later one fails (e.g. another supervisor assigned it meanwhile).
            return [
                followups.assign(
                    database.uow(), supervisor.id, fid, OperatorId(target), only_unassigned=True
                )
                for fid in ids
            ]

        ui.assignButton.setEnabled(False)
        self._message("")
        self.context.runner.submit(
            run,
            lambda views: self._assigned(views, name),
            on_error=self._assign_failed,
            write=True,
        )

    def _assigned(self, views: list[FollowUpView], name: str) -> None:
        if not self._open:
            return
        self._message(
            self.tr("{n} 件を {name} さんの個別対応にしました。").format(n=len(views), name=name)
        )
        self.assigned.emit(views)
        self.reload()

    def _assign_failed(self, error: BaseException) -> None:
        if not self._open:
            return
        if isinstance(error, ConflictError):
            self._message(
                self.tr(
                    "別のSVが先に担当者を決めたものがありました（{code}）。一覧を読み直しました。"
                ).format(code=error.code),
                error=True,
            )
        else:
            self._failed(error)
        self._load_unassigned()  # some may have been assigned before the error

    def _show_unassigned(self, personal: UnassignedPersonal) -> None:
        if not self._open:
            return
        self.personal = personal
        ui = self.ui
        self.unassigned.set_rows(personal.items)
        chosen = ui.assigneeCombo.currentData()
        ui.assigneeCombo.clear()
        for person in personal.operators:
            ui.assigneeCombo.addItem(f"{person.name}（{person.login}）", int(person.id))
        if chosen is not None:
            ui.assigneeCombo.setCurrentIndex(max(ui.assigneeCombo.findData(chosen), 0))
        ui.assignButton.setEnabled(bool(personal.items) and bool(personal.operators))
        ui.tabs.setTabText(
            ui.tabs.indexOf(ui.unassignedTab),
            self.tr("担当者未定の個別対応（{n}）").format(n=personal.total),
        )

    def _message(self, text: str, *, error: bool = False) -> None:
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "color: #2e7d32;")
        self.ui.errorLabel.setText(text)

    def refresh_now(self) -> None:
        """Run the rules now on a worker, then show the summary again."""
        database, today = self.context.database, self.context.today()
        self.ui.refreshNowButton.setEnabled(False)
        self.ui.errorLabel.clear()
        self.ui.summaryLabel.setText(self.tr("ルールを実行しています…"))

        def run() -> RefreshCounts:
            return followups.refresh(database.uow(), today)

        self.context.runner.submit(
            run,
            self._refreshed,
            on_error=self._refresh_failed,
            write=database.info.backend == "sqlite",
        )

    def _refreshed(self, counts: RefreshCounts) -> None:
        if not self._open:
            return
        self.ui.refreshNowButton.setEnabled(True)
        self.refreshed.emit(counts, dt.datetime.now(dt.UTC))
        self.reload()

    def _refresh_failed(self, error: BaseException) -> None:
        if not self._open:
            return
        self.ui.refreshNowButton.setEnabled(True)
        self._failed(error)

    def _show(self, report: FollowUpsReport) -> None:
        if not self._open:
            return
        self.report = report
        self.by_rule.set_rows(report.by_rule)
        self.overdue.set_rows(report.overdue_items)
        self.operators.set_rows(report.operators)
        open_now = sum(
            r["status"].get("open", 0) + r["status"].get("claimed", 0) for r in report.by_rule
        )
        self.ui.summaryLabel.setText(
            self.tr(
                "{today} 現在: 未対応・対応中 {open} 件、うち期限切れ {overdue} 件"
                "（一覧は古い順に 20 件）。成約 = フォロー作成から {days} 日以内のご注文"
                "（直近 {period} 日に作成した分）。"
            ).format(
                today=report.today.isoformat(),
                open=open_now,
                overdue=report.overdue,
                days=report.conversion_days,
                period=report.period_days,
            )
        )
        self.ui.tabs.setTabText(1, self.tr("期限切れ（{n}）").format(n=report.overdue))

    def _failed(self, error: BaseException) -> None:
        if not self._open:
            return
        self._message(
            self.tr("できませんでした（{detail}）").format(detail=error_text(error)), error=True
        )


_CHANNELS = (
    (FollowUpChannel.CALL, QT_TRANSLATE_NOOP("FollowUpRules", "電話")),
    (FollowUpChannel.LETTER, QT_TRANSLATE_NOOP("FollowUpRules", "手紙")),
)
# The rule number and the field a RuleError names ("…: rule 3 (f2): 'priority' must be …").
_RULE_NO = re.compile(r"rule (\d+)")
_FIELD = re.compile(r"'([a-z_]+)'|\b(script_text|whom)\b")


def whom_text(whom: Selector) -> str:
    """A selector's parameters as the editor shows them: ``tier = 1, within_days = 30``."""
    return ", ".join(
        f"{name} = {str(value).lower() if isinstance(value, bool) else value}"
        for name, value in whom.params.items()
    )


def parse_whom(text: str) -> dict[str, int | bool]:
    """``tier = 1, subscribers = true`` → parameters; ValueError names the part it cannot read.

    Only the form is checked here; which names and values a selector takes is checked by
    the service when the rule set is saved (its message names the rule and the field).
    """
    params: dict[str, int | bool] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, sep, raw = (x.strip() for x in part.partition("="))
        if not sep or not re.fullmatch(r"[a-z_]+", name):
            raise ValueError(translate("FollowUpRules", _WHOM_FORM).format(part=part))
        if raw in ("true", "false"):
            params[name] = raw == "true"
        elif re.fullmatch(r"-?\d+", raw):
            params[name] = int(raw)
        else:
            raise ValueError(translate("FollowUpRules", _WHOM_VALUE).format(name=name, value=raw))
    return params


# What each selector kind picks (crmdesk.domain.followups.SelectorKind), as supervisors read it.
_SELECTORS = {
    "f2": QT_TRANSLATE_NOOP("FollowUpRules", "初回購入のみで、初回分がなくなる頃のお客様"),
    "lapsing": QT_TRANSLATE_NOOP("FollowUpRules", "次回購入予定日を猶予日数以上過ぎたお客様"),
    "dormant": QT_TRANSLATE_NOOP("FollowUpRules", "休眠（最終購入から段階の日数が過ぎた）お客様"),
    "complaint_resolved": QT_TRANSLATE_NOOP("FollowUpRules", "クレームが解決したお客様"),
    "birthday": QT_TRANSLATE_NOOP("FollowUpRules", "誕生日が近いお客様"),
    "delivery_milestone": QT_TRANSLATE_NOOP(
        "FollowUpRules", "定期のお届けが節目の回数になったお客様"
    ),
    "vip": QT_TRANSLATE_NOOP("FollowUpRules", "しばらく連絡のない優良顧客"),
}
_WHOM_FORM = QT_TRANSLATE_NOOP(
    "FollowUpRules", "条件「{part}」が読めません。「名前 = 値」の形で入力してください。"
)
_WHOM_VALUE = QT_TRANSLATE_NOOP(
    "FollowUpRules", "条件 {name} の値「{value}」は整数か true / false にしてください。"
)


class FollowUpRulesDialog(QDialog):
    """フォロールールの編集: the rule set in force, one rule's fields at a time, saved whole."""

    saved = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpRulesDialog()
        self.ui.setupUi(self)
        self.context = context
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ui = self.ui
        for channel, text in _CHANNELS:
            ui.channelCombo.addItem(translate("FollowUpRules", text), channel.value)
        self.rules: list[Rule] = []
        self._current = -1
        self._loading = False
        self.fields: dict[str, QWidget] = {
            "label": ui.labelEdit,
            "whom": ui.whomEdit,
            "channel": ui.channelCombo,
            "priority": ui.prioritySpin,
            "cool_down_days": ui.coolDownSpin,
            "script": ui.scriptEdit,
            "script_text": ui.scriptTextEdit,
            "active": ui.activeCheck,
            "letter_if_no_call": ui.letterIfNoCallCheck,
            "letter_after_no_answer": ui.letterAfterNoAnswerCheck,
            "close_on_order": ui.closeOnOrderCheck,
        }
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.rulesList.currentRowChanged.connect(self._select)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        # Shown only after a conflicting save: the supervisor chooses, nothing is dropped unasked.
        ui.conflictBar.hide()
        ui.reloadRulesButton.clicked.connect(self.reload)
        ui.overwriteButton.clicked.connect(self.overwrite)
        # The version of the rule set this editor loaded (sent back with a save), and the set
        # another supervisor saved meanwhile (after a refused save).
        self.version = ""
        self.theirs: followups.RuleSet | None = None
        self._open = True
        self.finished.connect(self._closed)
        self.reload()

    def reload(self) -> None:
        """Load the rule set in force (on a worker); what the fields show is replaced."""
        database = self.context.database

        def run() -> followups.RuleSet:
            return followups.rule_set(database.read_uow())

        self.context.runner.submit(run, self._loaded, on_error=self._failed)

    def save(self) -> None:
        """Check and store the whole rule set (on the write lane); errors go to the field.

        The save names the version this editor loaded: if another supervisor saved since, it
        is refused and the editor offers to load theirs or to overwrite it with this one.
        """
        self._save(self.version)

    def overwrite(self) -> None:
        """After a conflict: save what this editor shows over the set the other SV saved."""
        if self.theirs is not None:
            self._save(self.theirs.version)

    def _save(self, expected: str) -> None:
        self._clear_errors()
        try:
            self._take()
        except ValueError as exc:
            self._field_error(self.ui.whomEdit, str(exc))
            return
        source = rules_to_toml(self.rules)
        database, operator = self.context.database, self.context.operator

        def run() -> followups.RuleSet:
            return followups.save_rules(database.uow(), operator.id, source, expected=expected)

        self.ui.buttonBox.setEnabled(False)
        self.ui.conflictBar.setEnabled(False)
        self.context.runner.submit(run, self._saved, on_error=self._save_failed, write=True)

    # -------------------------------------------------------------- private

    def _closed(self, _result: int) -> None:
        # What is still on its way (the rule set, a save) must not touch the closed dialog.
        self._open = False

    def _loaded(self, rule_set: followups.RuleSet) -> None:
        if not self._open:
            return
        self._end_conflict()
        self._clear_errors()
        self.version = rule_set.version
        self.rules = list(rule_set.rules)
        self._current = -1
        self._fill_list()
        if self.rules:
            self.ui.rulesList.setCurrentRow(0)

    def _end_conflict(self) -> None:
        self.theirs = None
        self.ui.conflictBar.hide()
        self.ui.conflictBar.setEnabled(True)

    def _fill_list(self) -> None:
        current = max(self._current, 0)
        self.ui.rulesList.blockSignals(True)
        self.ui.rulesList.clear()
        for rule in self.rules:
            mark = "" if rule.active else self.tr("（停止中）")
            self.ui.rulesList.addItem(f"{translate('FollowUps', rule.label)}{mark}")
        self.ui.rulesList.blockSignals(False)
        if self.rules:
            self.ui.rulesList.setCurrentRow(min(current, len(self.rules) - 1))

    def _select(self, row: int) -> None:
        if self._loading:
            return
        try:
            self._take()
        except ValueError as exc:
            # Stay on the rule whose condition cannot be read.
            self.ui.rulesList.blockSignals(True)
            self.ui.rulesList.setCurrentRow(self._current)
            self.ui.rulesList.blockSignals(False)
            self._field_error(self.ui.whomEdit, str(exc))
            return
        self._current = row
        if not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]
        ui = self.ui
        self._loading = True
        ui.codeValue.setText(rule.code)
        ui.labelEdit.setText(rule.label)
        kind = rule.whom.kind.value
        ui.whomValue.setText(
            f"{translate('FollowUpRules', _SELECTORS[kind])}（{kind}）"
            if kind in _SELECTORS
            else kind
        )
        ui.whomEdit.setText(whom_text(rule.whom))
        ui.channelCombo.setCurrentIndex(max(ui.channelCombo.findData(rule.channel.value), 0))
        ui.prioritySpin.setValue(rule.priority)
        ui.coolDownSpin.setValue(rule.cool_down_days)
        ui.scriptEdit.setText(rule.script or "")
        ui.scriptTextEdit.setPlainText(rule.script_text)
        ui.activeCheck.setChecked(rule.active)
        ui.letterIfNoCallCheck.setChecked(rule.letter_if_no_call)
        ui.letterAfterNoAnswerCheck.setChecked(rule.letter_after_no_answer)
        ui.closeOnOrderCheck.setChecked(rule.close_on_order)
        self._loading = False

    def _take(self) -> None:
        """Put what the fields show back into the current rule (not yet saved)."""
        row = self._current
        if not 0 <= row < len(self.rules):
            return
        ui = self.ui
        script = ui.scriptEdit.text().strip()
        rule = self.rules[row]
        self.rules[row] = dataclasses.replace(
            rule,
            label=ui.labelEdit.text(),
            whom=Selector(rule.whom.kind, parse_whom(ui.whomEdit.text())),
            channel=FollowUpChannel(ui.channelCombo.currentData()),
            priority=ui.prioritySpin.value(),
            cool_down_days=ui.coolDownSpin.value(),
            script=script or None,
            script_text=ui.scriptTextEdit.toPlainText().strip(),
            active=ui.activeCheck.isChecked(),
            letter_if_no_call=ui.letterIfNoCallCheck.isChecked(),
            letter_after_no_answer=ui.letterAfterNoAnswerCheck.isChecked(),
            close_on_order=ui.closeOnOrderCheck.isChecked(),
        )

    def _saved(self, rule_set: followups.RuleSet) -> None:
        if not self._open:
            return
        self.ui.buttonBox.setEnabled(True)
        self._end_conflict()
        self.version = rule_set.version
        self.rules = list(rule_set.rules)
        self._fill_list()
        self.ui.errorLabel.setStyleSheet("color: #2e7d32;")
        self.ui.errorLabel.setText(self.tr("ルールを保存しました（記録に残りました）。"))
        self.saved.emit(list(rule_set.rules))

    def _save_failed(self, error: BaseException) -> None:
        if not self._open:
            return
        self.ui.buttonBox.setEnabled(True)
        self.ui.conflictBar.setEnabled(True)
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        if isinstance(error, ConflictError) and isinstance(error.current, followups.RuleSet):
            # The fields keep this supervisor's edits until they choose what to do.
            self.theirs = error.current
            self.ui.errorLabel.setText(
                self.tr(
                    "保存できませんでした: この画面を開いた後に、別のSVがルールを保存しました"
                    "（{code}）。この画面の変更はまだ残っています。保存されたルールを読み込む"
                    "（この画面の変更は破棄）か、自分の内容で上書き保存するかを選んでください。"
                ).format(code=error.code)
            )
            self.ui.conflictBar.show()
            self.ui.reloadRulesButton.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.ui.errorLabel.setText(
            self.tr("保存できませんでした（{detail}）").format(detail=error_text(error))
        )
        if isinstance(error, RuleError):
            self._mark_field(error.message)

    def _mark_field(self, message: str) -> None:
        """Select the rule the message names and put a red border on its field."""
        number = _RULE_NO.search(message)
        if number is not None and 1 <= int(number.group(1)) <= len(self.rules):
            self.ui.rulesList.setCurrentRow(int(number.group(1)) - 1)
        for match in _FIELD.finditer(message):
            name = match.group(1) or match.group(2)
            widget = self.fields.get(name)
            if widget is not None:
                widget.setStyleSheet(f"border: 2px solid {ERROR_COLOUR};")
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def _field_error(self, widget: QWidget, text: str) -> None:
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.ui.errorLabel.setText(text)
        widget.setStyleSheet(f"border: 2px solid {ERROR_COLOUR};")
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        self.ui.errorLabel.clear()
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def _failed(self, error: BaseException) -> None:
        if not self._open:
            return
        self.ui.errorLabel.setText(
            self.tr("ルールを読めませんでした（{detail}）").format(detail=error_text(error))
        )
