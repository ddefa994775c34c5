# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cancellation_record_dialog.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CancellationRecordDialog(object):
    def setupUi(self, CancellationRecordDialog):
        if not CancellationRecordDialog.objectName():
            CancellationRecordDialog.setObjectName(u"CancellationRecordDialog")
        CancellationRecordDialog.resize(720, 640)
        self.mainLayout = QVBoxLayout(CancellationRecordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(CancellationRecordDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"")

        self.mainLayout.addWidget(self.customerLabel)

        self.callGroup = QGroupBox(CancellationRecordDialog)
        self.callGroup.setObjectName(u"callGroup")
        self.callForm = QFormLayout(self.callGroup)
        self.callForm.setObjectName(u"callForm")
        self.callForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonTitle = QLabel(self.callGroup)
        self.reasonTitle.setObjectName(u"reasonTitle")

        self.callForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonTitle)

        self.reasonValue = QLabel(self.callGroup)
        self.reasonValue.setObjectName(u"reasonValue")
        self.reasonValue.setText(u"")
        self.reasonValue.setWordWrap(True)
        self.reasonValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.callForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonValue)

        self.wordsTitle = QLabel(self.callGroup)
        self.wordsTitle.setObjectName(u"wordsTitle")

        self.callForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wordsTitle)

        self.wordsValue = QLabel(self.callGroup)
        self.wordsValue.setObjectName(u"wordsValue")
        self.wordsValue.setText(u"")
        self.wordsValue.setWordWrap(True)
        self.wordsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.callForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wordsValue)

        self.productTitle = QLabel(self.callGroup)
        self.productTitle.setObjectName(u"productTitle")

        self.callForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.productTitle)

        self.productValue = QLabel(self.callGroup)
        self.productValue.setObjectName(u"productValue")
        self.productValue.setText(u"")
        self.productValue.setWordWrap(True)
        self.productValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.callForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.productValue)

        self.outcomeTitle = QLabel(self.callGroup)
        self.outcomeTitle.setObjectName(u"outcomeTitle")

        self.callForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeTitle)

        self.outcomeValue = QLabel(self.callGroup)
        self.outcomeValue.setObjectName(u"outcomeValue")
        self.outcomeValue.setText(u"")
        self.outcomeValue.setWordWrap(True)
        self.outcomeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.callForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeValue)

        self.firstWishTitle = QLabel(self.callGroup)
        self.firstWishTitle.setObjectName(u"firstWishTitle")

        self.callForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.firstWishTitle)

        self.firstWishValue = QLabel(self.callGroup)
        self.firstWishValue.setObjectName(u"firstWishValue")
        self.firstWishValue.setText(u"")
        self.firstWishValue.setWordWrap(True)
        self.firstWishValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.callForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.firstWishValue)

        self.repeatedTitle = QLabel(self.callGroup)
        self.repeatedTitle.setObjectName(u"repeatedTitle")

        self.callForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatedTitle)

        self.repeatedValue = QLabel(self.callGroup)
        self.repeatedValue.setObjectName(u"repeatedValue")
        self.repeatedValue.setText(u"")
        self.repeatedValue.setWordWrap(True)
        self.repeatedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.callForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeatedValue)

        self.confirmedTitle = QLabel(self.callGroup)
        self.confirmedTitle.setObjectName(u"confirmedTitle")

        self.callForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confirmedTitle)

        self.confirmedValue = QLabel(self.callGroup)
        self.confirmedValue.setObjectName(u"confirmedValue")
        self.confirmedValue.setText(u"")
        self.confirmedValue.setWordWrap(True)
        self.confirmedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.callForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.confirmedValue)

        self.operatorTitle = QLabel(self.callGroup)
        self.operatorTitle.setObjectName(u"operatorTitle")

        self.callForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.operatorTitle)

        self.operatorValue = QLabel(self.callGroup)
        self.operatorValue.setObjectName(u"operatorValue")
        self.operatorValue.setText(u"")
        self.operatorValue.setWordWrap(True)
        self.operatorValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.callForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.operatorValue)


        self.mainLayout.addWidget(self.callGroup)

        self.scriptGroup = QGroupBox(CancellationRecordDialog)
        self.scriptGroup.setObjectName(u"scriptGroup")
        self.scriptLayout = QVBoxLayout(self.scriptGroup)
        self.scriptLayout.setObjectName(u"scriptLayout")
        self.scriptLabel = QLabel(self.scriptGroup)
        self.scriptLabel.setObjectName(u"scriptLabel")
        self.scriptLabel.setText(u"")
        self.scriptLabel.setWordWrap(True)

        self.scriptLayout.addWidget(self.scriptLabel)

        self.scriptView = QPlainTextEdit(self.scriptGroup)
        self.scriptView.setObjectName(u"scriptView")
        self.scriptView.setReadOnly(True)
        self.scriptView.setTabChangesFocus(True)

        self.scriptLayout.addWidget(self.scriptView)


        self.mainLayout.addWidget(self.scriptGroup)

        self.offersGroup = QGroupBox(CancellationRecordDialog)
        self.offersGroup.setObjectName(u"offersGroup")
        self.offersLayout = QVBoxLayout(self.offersGroup)
        self.offersLayout.setObjectName(u"offersLayout")
        self.offersList = QListWidget(self.offersGroup)
        self.offersList.setObjectName(u"offersList")
        self.offersList.setMaximumSize(QSize(16777215, 96))

        self.offersLayout.addWidget(self.offersList)


        self.mainLayout.addWidget(self.offersGroup)

        self.messageLabel = QLabel(CancellationRecordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printButton = QPushButton(CancellationRecordDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.printButton)

        self.buttonBox = QDialogButtonBox(CancellationRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.scriptView, self.offersList)
        QWidget.setTabOrder(self.offersList, self.printButton)

        self.retranslateUi(CancellationRecordDialog)

        QMetaObject.connectSlotsByName(CancellationRecordDialog)
    # setupUi

    def retranslateUi(self, CancellationRecordDialog):
        CancellationRecordDialog.setWindowTitle(QCoreApplication.translate("CancellationRecordDialog", u"\u89e3\u7d04\u53d7\u4ed8\u306e\u8a18\u9332", None))
        self.callGroup.setTitle(QCoreApplication.translate("CancellationRecordDialog", u"\u304a\u7533\u3057\u51fa\u3068\u7d50\u679c", None))
        self.reasonTitle.setText(QCoreApplication.translate("CancellationRecordDialog", u"\u89e3\u7d04\u7406\u7531", None))
        self.wordsTitle.setText(QCoreApplication.translate("CancellationRecordDialog", u"\u304a\u5ba2\u69d8\u306e\u304a\u8a71", None))
        self.productTitle.setText(QCoreApplication.translate("CancellationRecordDialog", u"\u5b9a\u671f\u8cfc\u5165", None))
        self.outcomeTitle.setText(QCoreApplication.translate("CancellationRecordDialog", u"\u7d50\u679c", None))
        self.firstWishTitle.setText(QCoreApplication.translate("CancellationRecordDialog", u"\u6700\u521d\u306e\u304a\u7533\u3057\u51fa", None))
        self.repeatedTitle.setText(QCoreApplication.translate("CancellationRecordDialog", u"\u518d\u5ea6\u306e\u304a\u7533\u3057\u51fa", None))
        self.confirmedTitle.setText(QCoreApplication.translate("CancellationRecordDialog", u"\u53d7\u4ed8\u5b8c\u4e86", None))
        self.operatorTitle.setText(QCoreApplication.translate("CancellationRecordDialog", u"\u62c5\u5f53", None))
        self.scriptGroup.setTitle(QCoreApplication.translate("CancellationRecordDialog", u"\u305d\u306e\u6642\u306e\u30c8\u30fc\u30af(&T)", None))
        self.offersGroup.setTitle(QCoreApplication.translate("CancellationRecordDialog", u"\u3054\u63d0\u6848\uff08\u2713 \u306f\u304a\u5ba2\u69d8\u304c\u9078\u3093\u3060\u3082\u306e\uff09", None))
        self.printButton.setText(QCoreApplication.translate("CancellationRecordDialog", u"\u89e3\u7d04\u624b\u7d9a\u304d\u5b8c\u4e86\u306e\u304a\u77e5\u3089\u305b\u3092\u51fa\u529b(&P)\u2026", None))
    # retranslateUi

