# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator_form_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OperatorFormDialog(object):
    def setupUi(self, OperatorFormDialog):
        if not OperatorFormDialog.objectName():
            OperatorFormDialog.setObjectName(u"OperatorFormDialog")
        OperatorFormDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(OperatorFormDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(OperatorFormDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.nameCaption = QLabel(OperatorFormDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(OperatorFormDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.loginCaption = QLabel(OperatorFormDialog)
        self.loginCaption.setObjectName(u"loginCaption")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.loginCaption)

        self.loginEdit = QLineEdit(OperatorFormDialog)
        self.loginEdit.setObjectName(u"loginEdit")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.roleCaption = QLabel(OperatorFormDialog)
        self.roleCaption.setObjectName(u"roleCaption")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleCombo = QComboBox(OperatorFormDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordCaption = QLabel(OperatorFormDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(OperatorFormDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmCaption = QLabel(OperatorFormDialog)
        self.confirmCaption.setObjectName(u"confirmCaption")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirmCaption)

        self.confirmEdit = QLineEdit(OperatorFormDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.mainLayout.addLayout(self.fieldsForm)

        self.errorLabel = QLabel(OperatorFormDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OperatorFormDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.loginCaption.setBuddy(self.loginEdit)
        self.roleCaption.setBuddy(self.roleCombo)
        self.passwordCaption.setBuddy(self.passwordEdit)
        self.confirmCaption.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OperatorFormDialog)

        QMetaObject.connectSlotsByName(OperatorFormDialog)
    # setupUi

    def retranslateUi(self, OperatorFormDialog):
        OperatorFormDialog.setWindowTitle(QCoreApplication.translate("OperatorFormDialog", u"\u30aa\u30da\u30ec\u30fc\u30bf\u30fc", None))
        self.nameCaption.setText(QCoreApplication.translate("OperatorFormDialog", u"\u6c0f\u540d(&N)", None))
        self.loginCaption.setText(QCoreApplication.translate("OperatorFormDialog", u"\u30ed\u30b0\u30a4\u30f3\u540d(&L)", None))
        self.roleCaption.setText(QCoreApplication.translate("OperatorFormDialog", u"\u6a29\u9650(&R)", None))
        self.passwordCaption.setText(QCoreApplication.translate("OperatorFormDialog", u"\u30d1\u30b9\u30ef\u30fc\u30c9(&P)", None))
        self.confirmCaption.setText(QCoreApplication.translate("OperatorFormDialog", u"\u30d1\u30b9\u30ef\u30fc\u30c9\uff08\u78ba\u8a8d\uff09(&C)", None))
    # retranslateUi

