# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'script_editor_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_ScriptEditorDialog(object):
    def setupUi(self, ScriptEditorDialog):
        if not ScriptEditorDialog.objectName():
            ScriptEditorDialog.setObjectName(u"ScriptEditorDialog")
        ScriptEditorDialog.resize(980, 640)
        self.mainLayout = QVBoxLayout(ScriptEditorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(ScriptEditorDialog)
        self.tabs.setObjectName(u"tabs")
        self.scriptsTab = QWidget()
        self.scriptsTab.setObjectName(u"scriptsTab")
        self.scriptsTabLayout = QVBoxLayout(self.scriptsTab)
        self.scriptsTabLayout.setObjectName(u"scriptsTabLayout")
        self.scriptSplitter = QSplitter(self.scriptsTab)
        self.scriptSplitter.setObjectName(u"scriptSplitter")
        self.scriptSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.scriptList = QListWidget(self.scriptSplitter)
        self.scriptList.setObjectName(u"scriptList")
        self.scriptSplitter.addWidget(self.scriptList)
        self.scriptPane = QWidget(self.scriptSplitter)
        self.scriptPane.setObjectName(u"scriptPane")
        self.scriptPaneLayout = QVBoxLayout(self.scriptPane)
        self.scriptPaneLayout.setObjectName(u"scriptPaneLayout")
        self.scriptPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.versionLabel = QLabel(self.scriptPane)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"")

        self.scriptPaneLayout.addWidget(self.versionLabel)

        self.scriptEdit = QPlainTextEdit(self.scriptPane)
        self.scriptEdit.setObjectName(u"scriptEdit")
        self.scriptEdit.setTabChangesFocus(True)

        self.scriptPaneLayout.addWidget(self.scriptEdit)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteLabel = QLabel(self.scriptPane)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(self.scriptPane)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteRow.addWidget(self.noteEdit)


        self.scriptPaneLayout.addLayout(self.noteRow)

        self.scriptButtons = QHBoxLayout()
        self.scriptButtons.setObjectName(u"scriptButtons")
        self.saveButton = QPushButton(self.scriptPane)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.scriptButtons.addWidget(self.saveButton)

        self.newButton = QPushButton(self.scriptPane)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.scriptButtons.addWidget(self.newButton)

        self.retireButton = QPushButton(self.scriptPane)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setAutoDefault(False)

        self.scriptButtons.addWidget(self.retireButton)

        self.scriptButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scriptButtons.addItem(self.scriptButtonsSpacer)


        self.scriptPaneLayout.addLayout(self.scriptButtons)

        self.scriptSplitter.addWidget(self.scriptPane)

        self.scriptsTabLayout.addWidget(self.scriptSplitter)

        self.tabs.addTab(self.scriptsTab, "")
        self.reasonsTab = QWidget()
        self.reasonsTab.setObjectName(u"reasonsTab")
        self.reasonsTabLayout = QVBoxLayout(self.reasonsTab)
        self.reasonsTabLayout.setObjectName(u"reasonsTabLayout")
        self.reasonsHelpLabel = QLabel(self.reasonsTab)
        self.reasonsHelpLabel.setObjectName(u"reasonsHelpLabel")
        self.reasonsHelpLabel.setWordWrap(True)

        self.reasonsTabLayout.addWidget(self.reasonsHelpLabel)

        self.reasonsEdit = QPlainTextEdit(self.reasonsTab)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setTabChangesFocus(True)

        self.reasonsTabLayout.addWidget(self.reasonsEdit)

        self.saveReasonsButton = QPushButton(self.reasonsTab)
        self.saveReasonsButton.setObjectName(u"saveReasonsButton")
        self.saveReasonsButton.setAutoDefault(False)

        self.reasonsTabLayout.addWidget(self.saveReasonsButton)

        self.tabs.addTab(self.reasonsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.statusLabel = QLabel(ScriptEditorDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ScriptEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.scriptList)
        QWidget.setTabOrder(self.scriptList, self.scriptEdit)
        QWidget.setTabOrder(self.scriptEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.reasonsEdit)
        QWidget.setTabOrder(self.reasonsEdit, self.saveReasonsButton)

        self.retranslateUi(ScriptEditorDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ScriptEditorDialog)
    # setupUi

    def retranslateUi(self, ScriptEditorDialog):
        ScriptEditorDialog.setWindowTitle(QCoreApplication.translate("ScriptEditorDialog", u"\u5f15\u304d\u6b62\u3081\u30c8\u30fc\u30af\u3068\u89e3\u7d04\u7406\u7531\u306e\u7de8\u96c6", None))
        self.noteLabel.setText(QCoreApplication.translate("ScriptEditorDialog", u"\u5909\u66f4\u5185\u5bb9\u306e\u30e1\u30e2(&M)", None))
        self.saveButton.setText(QCoreApplication.translate("ScriptEditorDialog", u"\u65b0\u3057\u3044\u7248\u3068\u3057\u3066\u4fdd\u5b58(&S)", None))
        self.newButton.setText(QCoreApplication.translate("ScriptEditorDialog", u"\u65b0\u3057\u3044\u30c8\u30fc\u30af(&N)", None))
        self.retireButton.setText(QCoreApplication.translate("ScriptEditorDialog", u"\u4f7f\u7528\u3092\u7d42\u4e86(&E)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scriptsTab), QCoreApplication.translate("ScriptEditorDialog", u"\u5f15\u304d\u6b62\u3081\u30c8\u30fc\u30af", None))
        self.reasonsHelpLabel.setText(QCoreApplication.translate("ScriptEditorDialog", u"code \u306f\u8a18\u9332\u306b\u6b8b\u308b\u305f\u3081\u5909\u66f4\u3057\u306a\u3044\u3067\u304f\u3060\u3055\u3044\u3002\u4e00\u89a7\u304b\u3089\u5916\u3057\u305f\u7406\u7531\u306f\u9078\u3079\u306a\u304f\u306a\u308a\u3001health = true \u306e\u7406\u7531\u3067\u306f\u30aa\u30d5\u30a1\u30fc\u3092\u51fa\u3055\u305a\u306b\u89e3\u7d04\u3092\u627f\u308a\u307e\u3059\u3002", None))
        self.saveReasonsButton.setText(QCoreApplication.translate("ScriptEditorDialog", u"\u89e3\u7d04\u7406\u7531\u3092\u4fdd\u5b58(&R)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reasonsTab), QCoreApplication.translate("ScriptEditorDialog", u"\u89e3\u7d04\u7406\u7531", None))
    # retranslateUi

