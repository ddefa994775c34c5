# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_log_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QTimeEdit, QVBoxLayout, QWidget)

class Ui_CallLogDialog(object):
    def setupUi(self, CallLogDialog):
        if not CallLogDialog.objectName():
            CallLogDialog.setObjectName(u"CallLogDialog")
        CallLogDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(CallLogDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(CallLogDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"\u5c71\u7530 \u82b1\u5b50 \u69d8\uff08C0000001\uff09")

        self.mainLayout.addWidget(self.customerLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.directionCaption = QLabel(CallLogDialog)
        self.directionCaption.setObjectName(u"directionCaption")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.directionCaption)

        self.directionCombo = QComboBox(CallLogDialog)
        self.directionCombo.setObjectName(u"directionCombo")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.categoryCaption = QLabel(CallLogDialog)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryCombo = QComboBox(CallLogDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.summaryCaption = QLabel(CallLogDialog)
        self.summaryCaption.setObjectName(u"summaryCaption")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryCaption)

        self.summaryLayout = QVBoxLayout()
        self.summaryLayout.setSpacing(2)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryEdit = QPlainTextEdit(CallLogDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.summaryLayout.addWidget(self.summaryEdit)

        self.summaryError = QLabel(CallLogDialog)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setText(u"")
        self.summaryError.setWordWrap(True)

        self.summaryLayout.addWidget(self.summaryError)


        self.fieldsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.summaryLayout)

        self.durationCaption = QLabel(CallLogDialog)
        self.durationCaption.setObjectName(u"durationCaption")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationCaption)

        self.durationEdit = QTimeEdit(CallLogDialog)
        self.durationEdit.setObjectName(u"durationEdit")
        self.durationEdit.setDisplayFormat(u"H:mm:ss")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.durationEdit)

        self.followUpCaption = QLabel(CallLogDialog)
        self.followUpCaption.setObjectName(u"followUpCaption")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.followUpCaption)

        self.followUpLayout = QHBoxLayout()
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpCheck = QCheckBox(CallLogDialog)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.followUpLayout.addWidget(self.followUpCheck)

        self.followUpDate = QDateEdit(CallLogDialog)
        self.followUpDate.setObjectName(u"followUpDate")
        self.followUpDate.setEnabled(False)
        self.followUpDate.setCalendarPopup(True)
        self.followUpDate.setDisplayFormat(u"yyyy-MM-dd")

        self.followUpLayout.addWidget(self.followUpDate)

        self.followUpSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpLayout.addItem(self.followUpSpacer)


        self.fieldsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.followUpLayout)

        self.followUpErrorCaption = QLabel(CallLogDialog)
        self.followUpErrorCaption.setObjectName(u"followUpErrorCaption")
        self.followUpErrorCaption.setText(u"")

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.followUpErrorCaption)

        self.followUpOnError = QLabel(CallLogDialog)
        self.followUpOnError.setObjectName(u"followUpOnError")
        self.followUpOnError.setText(u"")
        self.followUpOnError.setWordWrap(True)

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.followUpOnError)


        self.mainLayout.addLayout(self.fieldsForm)

        self.errorLabel = QLabel(CallLogDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CallLogDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.directionCaption.setBuddy(self.directionCombo)
        self.categoryCaption.setBuddy(self.categoryCombo)
        self.summaryCaption.setBuddy(self.summaryEdit)
        self.durationCaption.setBuddy(self.durationEdit)
        self.followUpCaption.setBuddy(self.followUpCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.directionCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.durationEdit)
        QWidget.setTabOrder(self.durationEdit, self.followUpCheck)
        QWidget.setTabOrder(self.followUpCheck, self.followUpDate)

        self.retranslateUi(CallLogDialog)

        QMetaObject.connectSlotsByName(CallLogDialog)
    # setupUi

    def retranslateUi(self, CallLogDialog):
        CallLogDialog.setWindowTitle(QCoreApplication.translate("CallLogDialog", u"\u901a\u8a71\u8a18\u9332", None))
        self.directionCaption.setText(QCoreApplication.translate("CallLogDialog", u"\u533a\u5206(&D)", None))
        self.categoryCaption.setText(QCoreApplication.translate("CallLogDialog", u"\u7528\u4ef6(&G)", None))
        self.summaryCaption.setText(QCoreApplication.translate("CallLogDialog", u"\u5185\u5bb9(&S)", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("CallLogDialog", u"\u304a\u5ba2\u69d8\u306e\u3054\u7528\u4ef6\u3068\u5bfe\u5fdc\u5185\u5bb9", None))
        self.durationCaption.setText(QCoreApplication.translate("CallLogDialog", u"\u901a\u8a71\u6642\u9593(&T)", None))
#if QT_CONFIG(tooltip)
        self.durationEdit.setToolTip(QCoreApplication.translate("CallLogDialog", u"\u30ab\u30fc\u30c9\u3092\u958b\u3044\u3066\u304b\u3089\u306e\u901a\u8a71\u30bf\u30a4\u30de\u30fc\u306e\u5024\u3067\u3059\u3002\u5fc5\u8981\u306a\u3089\u76f4\u3057\u3066\u304f\u3060\u3055\u3044\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.followUpCaption.setText(QCoreApplication.translate("CallLogDialog", u"\u6298\u308a\u8fd4\u3057(&F)", None))
        self.followUpCheck.setText(QCoreApplication.translate("CallLogDialog", u"\u6298\u308a\u8fd4\u3057\u96fb\u8a71\u306e\u4e88\u5b9a\u65e5", None))
    # retranslateUi

