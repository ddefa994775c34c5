"""The conflict dialog: another operator saved the same record first; never overwrite silently.

Shows, side by side, what this operator was about to save and what the other operator saved
(who and when), differing rows marked, and lets the operator choose: load the saved values
(:data:`RELOAD`), save their own again over them on purpose (:data:`REAPPLY`), or cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from crmdesk.gui import i18n
from crmdesk.gui.forms.ui_conflict_dialog import Ui_ConflictDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP
from crmdesk.gui.models import column_title

# The operator's choice (QDialog result codes; 0 is Rejected: cancel).
RELOAD = 2
REAPPLY = 3

_INDEX = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ConflictRow:
    """One compared value: its label, this operator's value, the saved value."""

    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        """True when the two values are not the same."""
        return self.mine != self.theirs


_CTX = "ConflictModel"
_HEADERS = (
    QT_TRANSLATE_NOOP("ConflictModel", "項目"),
    QT_TRANSLATE_NOOP("ConflictModel", "あなたの内容"),
    QT_TRANSLATE_NOOP("ConflictModel", "保存済みの内容"),
)


class ConflictModel(QAbstractTableModel):
    """Rows of :class:`ConflictRow`: label, mine, theirs; differing rows bold and tinted."""

    def __init__(self, rows: Sequence[ConflictRow] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._tint = QBrush(QColor("#fff3cd"))
        bold = QFont()
        bold.setBold(True)
        self._bold = bold

    def set_rows(self, rows: Sequence[ConflictRow]) -> None:
        """Replace the compared values."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> ConflictRow:
        """The compared value in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Number of compared values."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Label, mine, theirs."""
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        return column_title(_CTX, _HEADERS, section, orientation, role)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The texts; a differing row is bold on a yellow background."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.label, row.mine, row.theirs)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.differs:
            return self._tint
        if role == Qt.ItemDataRole.FontRole and row.differs:
            return self._bold
        return None


class ConflictDialog(QDialog):
    """Shows a conflict; ``result()`` is :data:`RELOAD`, :data:`REAPPLY` or 0 (cancel)."""

    def __init__(
        self,
        rows: Sequence[ConflictRow],
        *,
        who: str | None,
        when: dt.datetime | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.model = ConflictModel(rows, self)
        view = self.ui.comparisonView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        name = who or self.tr("他のオペレーター")
        if when is not None:
            message = self.tr(
                "{who} さんが {when} にこの内容を保存しました。"
                "あなたの変更はまだ保存されていません。違う項目は黄色で示しています。"
            ).format(who=name, when=i18n.format_when(when))
        else:
            message = self.tr(
                "{who} さんがこの内容を先に保存しました。"
                "あなたの変更はまだ保存されていません。違う項目は黄色で示しています。"
            ).format(who=name)
        self.ui.messageLabel.setText(message)
        self.ui.reloadButton.clicked.connect(lambda: self.done(RELOAD))
        self.ui.reapplyButton.clicked.connect(lambda: self.done(REAPPLY))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.reloadButton.setFocus()
