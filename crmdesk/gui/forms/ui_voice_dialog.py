# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'voice_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_VoiceDialog(object):
    def setupUi(self, VoiceDialog):
        if not VoiceDialog.objectName():
            VoiceDialog.setObjectName(u"VoiceDialog")
        VoiceDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(VoiceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(VoiceDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"\u5c71\u7530 \u82b1\u5b50 \u69d8\uff08C0000001\uff09")

        self.mainLayout.addWidget(self.customerLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.textCaption = QLabel(VoiceDialog)
        self.textCaption.setObjectName(u"textCaption")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textCaption)

        self.textLayout = QVBoxLayout()
        self.textLayout.setSpacing(2)
        self.textLayout.setObjectName(u"textLayout")
        self.textEdit = QPlainTextEdit(VoiceDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.textLayout.addWidget(self.textEdit)

        self.textError = QLabel(VoiceDialog)
        self.textError.setObjectName(u"textError")
        self.textError.setText(u"")
        self.textError.setWordWrap(True)

        self.textLayout.addWidget(self.textError)


        self.fieldsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.textLayout)

        self.consentCaption = QLabel(VoiceDialog)
        self.consentCaption.setObjectName(u"consentCaption")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consentCaption)

        self.consentCheck = QCheckBox(VoiceDialog)
        self.consentCheck.setObjectName(u"consentCheck")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consentCheck)

        self.displayNameCaption = QLabel(VoiceDialog)
        self.displayNameCaption.setObjectName(u"displayNameCaption")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.displayNameCaption)

        self.displayNameLayout = QVBoxLayout()
        self.displayNameLayout.setSpacing(2)
        self.displayNameLayout.setObjectName(u"displayNameLayout")
        self.displayNameEdit = QLineEdit(VoiceDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.displayNameLayout.addWidget(self.displayNameEdit)

        self.displayNameError = QLabel(VoiceDialog)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setText(u"")
        self.displayNameError.setWordWrap(True)

        self.displayNameLayout.addWidget(self.displayNameError)


        self.fieldsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.displayNameLayout)

        self.tagsCaption = QLabel(VoiceDialog)
        self.tagsCaption.setObjectName(u"tagsCaption")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tagsCaption)

        self.tagsLayout = QVBoxLayout()
        self.tagsLayout.setSpacing(2)
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.tagsEdit = QLineEdit(VoiceDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.tagsLayout.addWidget(self.tagsEdit)

        self.tagsError = QLabel(VoiceDialog)
        self.tagsError.setObjectName(u"tagsError")
        self.tagsError.setText(u"")
        self.tagsError.setWordWrap(True)

        self.tagsLayout.addWidget(self.tagsError)


        self.fieldsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.tagsLayout)


        self.mainLayout.addLayout(self.fieldsForm)

        self.errorLabel = QLabel(VoiceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(VoiceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textCaption.setBuddy(self.textEdit)
        self.displayNameCaption.setBuddy(self.displayNameEdit)
        self.tagsCaption.setBuddy(self.tagsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.tagsEdit)

        self.retranslateUi(VoiceDialog)

        QMetaObject.connectSlotsByName(VoiceDialog)
    # setupUi

    def retranslateUi(self, VoiceDialog):
        VoiceDialog.setWindowTitle(QCoreApplication.translate("VoiceDialog", u"\u304a\u5ba2\u69d8\u306e\u58f0", None))
        self.textCaption.setText(QCoreApplication.translate("VoiceDialog", u"\u304a\u5ba2\u69d8\u306e\u58f0(&V)", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("VoiceDialog", u"\u304a\u5ba2\u69d8\u306e\u304a\u8a00\u8449\u3092\u305d\u306e\u307e\u307e", None))
        self.consentCaption.setText(QCoreApplication.translate("VoiceDialog", u"\u63b2\u8f09", None))
        self.consentCheck.setText(QCoreApplication.translate("VoiceDialog", u"\u63b2\u8f09\u8a31\u53ef\u3042\u308a(&P)\uff08\u30c1\u30e9\u30b7\u7b49\u3078\u306e\u63b2\u8f09\u306b\u304a\u5ba2\u69d8\u304c\u540c\u610f\uff09", None))
        self.displayNameCaption.setText(QCoreApplication.translate("VoiceDialog", u"\u63b2\u8f09\u540d(&N)", None))
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("VoiceDialog", u"\u4f8b: 50\u4ee3\u30fb\u5973\u6027\u30fb\u6771\u4eac\u90fd K.S\u69d8", None))
#if QT_CONFIG(tooltip)
        self.displayNameEdit.setToolTip(QCoreApplication.translate("VoiceDialog", u"\u304a\u5ba2\u69d8\u304c\u540c\u610f\u3057\u305f\u63b2\u8f09\u540d\u3002\u8aad\u307f\u4e0a\u3052\u3066\u78ba\u8a8d\u3057\u3066\u304f\u3060\u3055\u3044\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.tagsCaption.setText(QCoreApplication.translate("VoiceDialog", u"\u30bf\u30b0(&T)", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("VoiceDialog", u"\u4f8b: \u52b9\u679c, \u5473", None))
    # retranslateUi

