# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(760, 460)
        self.mainLayout = QVBoxLayout(ConflictDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(ConflictDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.comparisonView = QTableView(ConflictDialog)
        self.comparisonView.setObjectName(u"comparisonView")
        self.comparisonView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparisonView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparisonView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comparisonView.setWordWrap(True)
        self.comparisonView.horizontalHeader().setStretchLastSection(True)
        self.comparisonView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.comparisonView)

        self.hintLabel = QLabel(ConflictDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.reloadButton = QPushButton(ConflictDialog)
        self.reloadButton.setObjectName(u"reloadButton")

        self.buttonsLayout.addWidget(self.reloadButton)

        self.reapplyButton = QPushButton(ConflictDialog)
        self.reapplyButton.setObjectName(u"reapplyButton")

        self.buttonsLayout.addWidget(self.reapplyButton)

        self.cancelButton = QPushButton(ConflictDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.comparisonView, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.reapplyButton)
        QWidget.setTabOrder(self.reapplyButton, self.cancelButton)

        self.retranslateUi(ConflictDialog)

        self.reloadButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"\u4ed6\u306e\u30aa\u30da\u30ec\u30fc\u30bf\u30fc\u304c\u5148\u306b\u4fdd\u5b58\u3057\u307e\u3057\u305f", None))
        self.hintLabel.setText(QCoreApplication.translate("ConflictDialog", u"\u300c\u76f8\u624b\u306e\u5185\u5bb9\u3092\u8aad\u307f\u8fbc\u3080\u300d\u3067\u4fdd\u5b58\u6e08\u307f\u306e\u5185\u5bb9\u3092\u8868\u793a\u3057\u76f4\u3057\u307e\u3059\u3002\u300c\u81ea\u5206\u306e\u5185\u5bb9\u3067\u4fdd\u5b58\u3057\u76f4\u3059\u300d\u306f\u76f8\u624b\u306e\u5909\u66f4\u3092\u4e0a\u66f8\u304d\u3057\u307e\u3059\u3002", None))
        self.reloadButton.setText(QCoreApplication.translate("ConflictDialog", u"\u76f8\u624b\u306e\u5185\u5bb9\u3092\u8aad\u307f\u8fbc\u3080(&R)", None))
        self.reapplyButton.setText(QCoreApplication.translate("ConflictDialog", u"\u81ea\u5206\u306e\u5185\u5bb9\u3067\u4fdd\u5b58\u3057\u76f4\u3059(&A)", None))
        self.cancelButton.setText(QCoreApplication.translate("ConflictDialog", u"\u30ad\u30e3\u30f3\u30bb\u30eb", None))
    # retranslateUi

