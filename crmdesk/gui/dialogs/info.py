"""Dialogs that only show or configure: a timeline entry, the shortcut list (F1), the settings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from crmdesk.config import load_settings, save_settings
from crmdesk.domain.readmodels import TimelineEntry
from crmdesk.gui import i18n
from crmdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from crmdesk.gui.forms.ui_shortcuts_dialog import Ui_ShortcutsDialog
from crmdesk.gui.forms.ui_timeline_entry_dialog import Ui_TimelineEntryDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, label
from crmdesk.gui.models import column_title, entry_detail, entry_title

_INDEX = QModelIndex | QPersistentModelIndex


class TimelineEntryDialog(QDialog):
    """The whole text of one timeline entry (Enter on the entry; Escape closes)."""

    def __init__(self, entry: TimelineEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TimelineEntryDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.entry = entry
        kind = label(i18n.TIMELINE_KINDS, entry.kind.value)
        self.setWindowTitle(self.tr("{kind}の明細").format(kind=kind))
        font = self.ui.titleLabel.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.ui.titleLabel.setFont(font)
        self.ui.titleLabel.setText(entry_title(entry))
        self.ui.metaLabel.setText(
            self.tr("{kind}・{when}・番号 {ref}").format(
                kind=kind, when=i18n.format_when(entry.at), ref=entry.ref_id
            )
        )
        self.ui.textView.setPlainText(entry_detail(entry) or self.tr("（本文なし）"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.textView.setFocus()


# ------------------------------------------------------------------------------ shortcuts


@dataclass(frozen=True)
class Shortcut:
    """One line of the shortcut list: the keys and what they do."""

    keys: str
    action: str


_SC_CTX = "ShortcutsModel"
_SC_HEADERS = (
    QT_TRANSLATE_NOOP("ShortcutsModel", "キー"),
    QT_TRANSLATE_NOOP("ShortcutsModel", "操作"),
)
# Keys that are not menu actions (the views' own keys); listed after the actions.
FIXED_KEYS: tuple[tuple[str, str], ...] = (
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "ShortcutsModel",
            "検索欄: 先頭のお客様を開く／一覧: そのお客様を開く／タイムライン: 明細を開く",
        ),
    ),
    ("↓", QT_TRANSLATE_NOOP("ShortcutsModel", "検索欄から検索結果の一覧へ")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsModel", "検索欄を空にする／ダイアログを閉じる")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsModel", "ダイアログで保存")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsModel", "次／前の入力欄へ")),
)


_MNEMONIC_SUFFIX = re.compile(r"\(&[^)]\)")


def shortcuts_of(actions: Iterable[QAction]) -> list[Shortcut]:
    """The shortcut list of ``actions`` (every action with a key; all its keys, menu text clean).

    Generated from the live actions, so the list is never stale: a key changed in the form or
    in code shows here as it is.
    """
    found: list[Shortcut] = []
    for action in actions:
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
            if not k.isEmpty()
        ]
        if not keys:
            continue
        # Japanese menus write the mnemonic as a suffix "(&C)"; English ones inside the word.
        text = _MNEMONIC_SUFFIX.sub("", action.text())
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        text = text.removesuffix("…").removesuffix("...").strip()
        found.append(Shortcut(" / ".join(keys), text))
    return found


class ShortcutsModel(QAbstractTableModel):
    """Key and action, one shortcut per row."""

    def __init__(self, rows: Sequence[Shortcut] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def shortcut(self, row: int) -> Shortcut:
        """The shortcut in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Number of shortcuts."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Key, action."""
        return 0 if parent.isValid() else len(_SC_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        return column_title(_SC_CTX, _SC_HEADERS, section, orientation, role)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Key and action text."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[index.row()]
            return row.keys if index.column() == 0 else row.action
        return None


class ShortcutsDialog(QDialog):
    """F1: every shortcut of the window, generated from its actions."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = shortcuts_of(actions)
        rows += [Shortcut(keys, i18n.translate(_SC_CTX, text)) for keys, text in FIXED_KEYS]
        self.model = ShortcutsModel(rows, self)
        view = self.ui.shortcutsView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # Rows follow their (wrapped) text once the columns have their final widths.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.buttonBox.rejected.connect(self.reject)
        view.setFocus()


# ------------------------------------------------------------------------------ settings

# The UI languages: the code saved in settings.json and the language's own name.
LANGUAGES: tuple[tuple[str, str], ...] = (("ja", "日本語"), ("en", "English"))


class SettingsDialog(QDialog):
    """ファイル → 設定: the UI language (applied at the next start) and the window layout.

    ``layout_reset_requested`` is set when the operator asked for the default layout.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.layout_reset_requested = False
        self._settings = load_settings()
        for code, name in LANGUAGES:
            self.ui.languageCombo.addItem(name, code)
        index = self.ui.languageCombo.findData(self._settings.language)
        self.ui.languageCombo.setCurrentIndex(max(index, 0))
        self.ui.resetLayoutButton.clicked.connect(self._reset_layout)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.ui.languageCombo.setFocus()

    def accept(self) -> None:
        """Save the language in settings.json (the other settings are kept as they are)."""
        language = str(self.ui.languageCombo.currentData())
        save_settings(replace(load_settings(), language=language))
        super().accept()

    def _reset_layout(self) -> None:
        self.layout_reset_requested = True
        self.ui.resetLayoutButton.setEnabled(False)
        self.ui.layoutNote.setText(self.tr("保存すると初期配置に戻します。"))
