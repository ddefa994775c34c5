# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'safety_notes_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_SafetyNotesDialog(object):
    def setupUi(self, SafetyNotesDialog):
        if not SafetyNotesDialog.objectName():
            SafetyNotesDialog.setObjectName(u"SafetyNotesDialog")
        SafetyNotesDialog.resize(980, 560)
        self.mainLayout = QVBoxLayout(SafetyNotesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.helpLabel = QLabel(SafetyNotesDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.helpLabel)

        self.notesView = QTableView(SafetyNotesDialog)
        self.notesView.setObjectName(u"notesView")
        self.notesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notesView.setTabKeyNavigation(False)
        self.notesView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.notesView)

        self.detailTitle = QLabel(SafetyNotesDialog)
        self.detailTitle.setObjectName(u"detailTitle")

        self.mainLayout.addWidget(self.detailTitle)

        self.detailView = QPlainTextEdit(SafetyNotesDialog)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setMaximumSize(QSize(16777215, 90))
        self.detailView.setReadOnly(True)
        self.detailView.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.detailView)

        self.messageLabel = QLabel(SafetyNotesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.reviewButton = QPushButton(SafetyNotesDialog)
        self.reviewButton.setObjectName(u"reviewButton")
        self.reviewButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.reviewButton)

        self.refreshButton = QPushButton(SafetyNotesDialog)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.refreshButton)

        self.buttonBox = QDialogButtonBox(SafetyNotesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.detailTitle.setBuddy(self.detailView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.notesView, self.detailView)
        QWidget.setTabOrder(self.detailView, self.reviewButton)
        QWidget.setTabOrder(self.reviewButton, self.refreshButton)

        self.retranslateUi(SafetyNotesDialog)

        QMetaObject.connectSlotsByName(SafetyNotesDialog)
    # setupUi

    def retranslateUi(self, SafetyNotesDialog):
        SafetyNotesDialog.setWindowTitle(QCoreApplication.translate("SafetyNotesDialog", u"\u88fd\u54c1\u5b89\u5168\u30e1\u30e2", None))
        self.helpLabel.setText(QCoreApplication.translate("SafetyNotesDialog", u"\u5065\u5eb7\u30fb\u5b89\u5168\u306b\u95a2\u308f\u308b\u7406\u7531\u3067\u89e3\u7d04\u3055\u308c\u305f\u304a\u5ba2\u69d8\u306e\u8a18\u9332\u3067\u3059\u3002\u672a\u78ba\u8a8d\u306e\u3082\u306e\u304c\u4e0a\u306b\u4e26\u3073\u307e\u3059\u3002\u5185\u5bb9\u3092\u78ba\u304b\u3081\u305f\u3089\u300c\u78ba\u8a8d\u6e08\u307f\u306b\u3059\u308b\u300d\u3092\u62bc\u3057\u3066\u304f\u3060\u3055\u3044\u3002", None))
        self.detailTitle.setText(QCoreApplication.translate("SafetyNotesDialog", u"\u304a\u5ba2\u69d8\u306e\u304a\u8a71(&D)", None))
        self.reviewButton.setText(QCoreApplication.translate("SafetyNotesDialog", u"\u78ba\u8a8d\u6e08\u307f\u306b\u3059\u308b(&K)", None))
        self.refreshButton.setText(QCoreApplication.translate("SafetyNotesDialog", u"\u518d\u8aad\u307f\u8fbc\u307f(&R)", None))
    # retranslateUi

