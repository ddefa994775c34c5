# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(SignInDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.databaseLabel = QLabel(SignInDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setText(u"\u63a5\u7d9a\u5148: postgresql://dbserver/crmdesk")
        self.databaseLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.databaseLabel)

        self.explanationLabel = QLabel(SignInDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameCaption = QLabel(SignInDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(SignInDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.loginCaption = QLabel(SignInDialog)
        self.loginCaption.setObjectName(u"loginCaption")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.loginCaption)

        self.loginEdit = QLineEdit(SignInDialog)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(64)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordCaption = QLabel(SignInDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(SignInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmCaption = QLabel(SignInDialog)
        self.confirmCaption.setObjectName(u"confirmCaption")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmCaption)

        self.confirmEdit = QLineEdit(SignInDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.mainLayout.addLayout(self.fieldsForm)

        self.errorLabel = QLabel(SignInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.loginCaption.setBuddy(self.loginEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
        self.confirmCaption.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"crmdesk \u306b\u30b5\u30a4\u30f3\u30a4\u30f3", None))
        self.nameCaption.setText(QCoreApplication.translate("SignInDialog", u"\u6c0f\u540d(&N)", None))
        self.loginCaption.setText(QCoreApplication.translate("SignInDialog", u"\u30ed\u30b0\u30a4\u30f3\u540d(&L)", None))
        self.passwordCaption.setText(QCoreApplication.translate("SignInDialog", u"\u30d1\u30b9\u30ef\u30fc\u30c9(&P)", None))
        self.confirmCaption.setText(QCoreApplication.translate("SignInDialog", u"\u30d1\u30b9\u30ef\u30fc\u30c9\uff08\u78ba\u8a8d\uff09(&C)", None))
    # retranslateUi

