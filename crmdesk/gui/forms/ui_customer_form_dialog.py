# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_form_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CustomerFormDialog(object):
    def setupUi(self, CustomerFormDialog):
        if not CustomerFormDialog.objectName():
            CustomerFormDialog.setObjectName(u"CustomerFormDialog")
        CustomerFormDialog.resize(860, 440)
        self.mainLayout = QVBoxLayout(CustomerFormDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(CustomerFormDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"\u65b0\u898f\u9867\u5ba2")

        self.mainLayout.addWidget(self.headerLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personForm.setHorizontalSpacing(12)
        self.personForm.setVerticalSpacing(6)
        self.familyNameCaption = QLabel(CustomerFormDialog)
        self.familyNameCaption.setObjectName(u"familyNameCaption")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.familyNameCaption)

        self.familyNameLayout = QVBoxLayout()
        self.familyNameLayout.setSpacing(2)
        self.familyNameLayout.setObjectName(u"familyNameLayout")
        self.familyNameEdit = QLineEdit(CustomerFormDialog)
        self.familyNameEdit.setObjectName(u"familyNameEdit")

        self.familyNameLayout.addWidget(self.familyNameEdit)

        self.familyNameError = QLabel(CustomerFormDialog)
        self.familyNameError.setObjectName(u"familyNameError")
        self.familyNameError.setText(u"")
        self.familyNameError.setWordWrap(True)

        self.familyNameLayout.addWidget(self.familyNameError)


        self.personForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.familyNameLayout)

        self.givenNameCaption = QLabel(CustomerFormDialog)
        self.givenNameCaption.setObjectName(u"givenNameCaption")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenNameCaption)

        self.givenNameLayout = QVBoxLayout()
        self.givenNameLayout.setSpacing(2)
        self.givenNameLayout.setObjectName(u"givenNameLayout")
        self.givenNameEdit = QLineEdit(CustomerFormDialog)
        self.givenNameEdit.setObjectName(u"givenNameEdit")

        self.givenNameLayout.addWidget(self.givenNameEdit)

        self.givenNameError = QLabel(CustomerFormDialog)
        self.givenNameError.setObjectName(u"givenNameError")
        self.givenNameError.setText(u"")
        self.givenNameError.setWordWrap(True)

        self.givenNameLayout.addWidget(self.givenNameError)


        self.personForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.givenNameLayout)

        self.familyKanaCaption = QLabel(CustomerFormDialog)
        self.familyKanaCaption.setObjectName(u"familyKanaCaption")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.familyKanaCaption)

        self.familyKanaLayout = QVBoxLayout()
        self.familyKanaLayout.setSpacing(2)
        self.familyKanaLayout.setObjectName(u"familyKanaLayout")
        self.familyKanaEdit = QLineEdit(CustomerFormDialog)
        self.familyKanaEdit.setObjectName(u"familyKanaEdit")

        self.familyKanaLayout.addWidget(self.familyKanaEdit)

        self.familyKanaError = QLabel(CustomerFormDialog)
        self.familyKanaError.setObjectName(u"familyKanaError")
        self.familyKanaError.setText(u"")
        self.familyKanaError.setWordWrap(True)

        self.familyKanaLayout.addWidget(self.familyKanaError)


        self.personForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.familyKanaLayout)

        self.givenKanaCaption = QLabel(CustomerFormDialog)
        self.givenKanaCaption.setObjectName(u"givenKanaCaption")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.givenKanaCaption)

        self.givenKanaLayout = QVBoxLayout()
        self.givenKanaLayout.setSpacing(2)
        self.givenKanaLayout.setObjectName(u"givenKanaLayout")
        self.givenKanaEdit = QLineEdit(CustomerFormDialog)
        self.givenKanaEdit.setObjectName(u"givenKanaEdit")

        self.givenKanaLayout.addWidget(self.givenKanaEdit)

        self.givenKanaError = QLabel(CustomerFormDialog)
        self.givenKanaError.setObjectName(u"givenKanaError")
        self.givenKanaError.setText(u"")
        self.givenKanaError.setWordWrap(True)

        self.givenKanaLayout.addWidget(self.givenKanaError)


        self.personForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.givenKanaLayout)

        self.birthDateCaption = QLabel(CustomerFormDialog)
        self.birthDateCaption.setObjectName(u"birthDateCaption")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateCaption)

        self.birthDateLayout = QVBoxLayout()
        self.birthDateLayout.setSpacing(2)
        self.birthDateLayout.setObjectName(u"birthDateLayout")
        self.birthDateEdit = QLineEdit(CustomerFormDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.birthDateLayout.addWidget(self.birthDateEdit)

        self.birthDateError = QLabel(CustomerFormDialog)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setText(u"")
        self.birthDateError.setWordWrap(True)

        self.birthDateLayout.addWidget(self.birthDateError)


        self.personForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.birthDateLayout)

        self.genderCaption = QLabel(CustomerFormDialog)
        self.genderCaption.setObjectName(u"genderCaption")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.genderCaption)

        self.genderLayout = QVBoxLayout()
        self.genderLayout.setSpacing(2)
        self.genderLayout.setObjectName(u"genderLayout")
        self.genderCombo = QComboBox(CustomerFormDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.genderLayout.addWidget(self.genderCombo)

        self.genderError = QLabel(CustomerFormDialog)
        self.genderError.setObjectName(u"genderError")
        self.genderError.setText(u"")
        self.genderError.setWordWrap(True)

        self.genderLayout.addWidget(self.genderError)


        self.personForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.genderLayout)

        self.phone1Caption = QLabel(CustomerFormDialog)
        self.phone1Caption.setObjectName(u"phone1Caption")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone1Caption)

        self.phone1Layout = QVBoxLayout()
        self.phone1Layout.setSpacing(2)
        self.phone1Layout.setObjectName(u"phone1Layout")
        self.phone1Edit = QLineEdit(CustomerFormDialog)
        self.phone1Edit.setObjectName(u"phone1Edit")

        self.phone1Layout.addWidget(self.phone1Edit)

        self.phone1Error = QLabel(CustomerFormDialog)
        self.phone1Error.setObjectName(u"phone1Error")
        self.phone1Error.setText(u"")
        self.phone1Error.setWordWrap(True)

        self.phone1Layout.addWidget(self.phone1Error)


        self.personForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.phone1Layout)

        self.phone2Caption = QLabel(CustomerFormDialog)
        self.phone2Caption.setObjectName(u"phone2Caption")

        self.personForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phone2Caption)

        self.phone2Layout = QVBoxLayout()
        self.phone2Layout.setSpacing(2)
        self.phone2Layout.setObjectName(u"phone2Layout")
        self.phone2Edit = QLineEdit(CustomerFormDialog)
        self.phone2Edit.setObjectName(u"phone2Edit")

        self.phone2Layout.addWidget(self.phone2Edit)

        self.phone2Error = QLabel(CustomerFormDialog)
        self.phone2Error.setObjectName(u"phone2Error")
        self.phone2Error.setText(u"")
        self.phone2Error.setWordWrap(True)

        self.phone2Layout.addWidget(self.phone2Error)


        self.personForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.phone2Layout)

        self.emailCaption = QLabel(CustomerFormDialog)
        self.emailCaption.setObjectName(u"emailCaption")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailLayout = QVBoxLayout()
        self.emailLayout.setSpacing(2)
        self.emailLayout.setObjectName(u"emailLayout")
        self.emailEdit = QLineEdit(CustomerFormDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.emailLayout.addWidget(self.emailEdit)

        self.emailError = QLabel(CustomerFormDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)

        self.emailLayout.addWidget(self.emailError)


        self.personForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.emailLayout)


        self.leftColumn.addLayout(self.personForm)

        self.leftSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.addressForm = QFormLayout()
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.addressForm.setHorizontalSpacing(12)
        self.addressForm.setVerticalSpacing(6)
        self.postalCodeCaption = QLabel(CustomerFormDialog)
        self.postalCodeCaption.setObjectName(u"postalCodeCaption")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.postalCodeCaption)

        self.postalCodeLayout = QVBoxLayout()
        self.postalCodeLayout.setSpacing(2)
        self.postalCodeLayout.setObjectName(u"postalCodeLayout")
        self.postalRow = QHBoxLayout()
        self.postalRow.setObjectName(u"postalRow")
        self.postalCodeEdit = QLineEdit(CustomerFormDialog)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")

        self.postalRow.addWidget(self.postalCodeEdit)

        self.postalLookupButton = QPushButton(CustomerFormDialog)
        self.postalLookupButton.setObjectName(u"postalLookupButton")
        self.postalLookupButton.setAutoDefault(False)

        self.postalRow.addWidget(self.postalLookupButton)


        self.postalCodeLayout.addLayout(self.postalRow)

        self.postalCodeError = QLabel(CustomerFormDialog)
        self.postalCodeError.setObjectName(u"postalCodeError")
        self.postalCodeError.setText(u"")
        self.postalCodeError.setWordWrap(True)

        self.postalCodeLayout.addWidget(self.postalCodeError)


        self.addressForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.postalCodeLayout)

        self.prefectureCaption = QLabel(CustomerFormDialog)
        self.prefectureCaption.setObjectName(u"prefectureCaption")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prefectureCaption)

        self.prefectureLayout = QVBoxLayout()
        self.prefectureLayout.setSpacing(2)
        self.prefectureLayout.setObjectName(u"prefectureLayout")
        self.prefectureCombo = QComboBox(CustomerFormDialog)
        self.prefectureCombo.setObjectName(u"prefectureCombo")

        self.prefectureLayout.addWidget(self.prefectureCombo)

        self.prefectureError = QLabel(CustomerFormDialog)
        self.prefectureError.setObjectName(u"prefectureError")
        self.prefectureError.setText(u"")
        self.prefectureError.setWordWrap(True)

        self.prefectureLayout.addWidget(self.prefectureError)


        self.addressForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.prefectureLayout)

        self.cityCaption = QLabel(CustomerFormDialog)
        self.cityCaption.setObjectName(u"cityCaption")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityCaption)

        self.cityLayout = QVBoxLayout()
        self.cityLayout.setSpacing(2)
        self.cityLayout.setObjectName(u"cityLayout")
        self.cityEdit = QLineEdit(CustomerFormDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.cityLayout.addWidget(self.cityEdit)

        self.cityError = QLabel(CustomerFormDialog)
        self.cityError.setObjectName(u"cityError")
        self.cityError.setText(u"")
        self.cityError.setWordWrap(True)

        self.cityLayout.addWidget(self.cityError)


        self.addressForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.cityLayout)

        self.streetCaption = QLabel(CustomerFormDialog)
        self.streetCaption.setObjectName(u"streetCaption")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.streetCaption)

        self.streetLayout = QVBoxLayout()
        self.streetLayout.setSpacing(2)
        self.streetLayout.setObjectName(u"streetLayout")
        self.streetEdit = QLineEdit(CustomerFormDialog)
        self.streetEdit.setObjectName(u"streetEdit")

        self.streetLayout.addWidget(self.streetEdit)

        self.streetError = QLabel(CustomerFormDialog)
        self.streetError.setObjectName(u"streetError")
        self.streetError.setText(u"")
        self.streetError.setWordWrap(True)

        self.streetLayout.addWidget(self.streetError)


        self.addressForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.streetLayout)

        self.buildingCaption = QLabel(CustomerFormDialog)
        self.buildingCaption.setObjectName(u"buildingCaption")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.buildingCaption)

        self.buildingLayout = QVBoxLayout()
        self.buildingLayout.setSpacing(2)
        self.buildingLayout.setObjectName(u"buildingLayout")
        self.buildingEdit = QLineEdit(CustomerFormDialog)
        self.buildingEdit.setObjectName(u"buildingEdit")

        self.buildingLayout.addWidget(self.buildingEdit)

        self.buildingError = QLabel(CustomerFormDialog)
        self.buildingError.setObjectName(u"buildingError")
        self.buildingError.setText(u"")
        self.buildingError.setWordWrap(True)

        self.buildingLayout.addWidget(self.buildingError)


        self.addressForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.buildingLayout)

        self.noteCaption = QLabel(CustomerFormDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteLayout = QVBoxLayout()
        self.noteLayout.setSpacing(2)
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteEdit = QPlainTextEdit(CustomerFormDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.noteLayout.addWidget(self.noteEdit)

        self.noteError = QLabel(CustomerFormDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setText(u"")
        self.noteError.setWordWrap(True)

        self.noteLayout.addWidget(self.noteError)


        self.addressForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.noteLayout)


        self.columnsLayout.addLayout(self.addressForm)


        self.mainLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(CustomerFormDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CustomerFormDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.familyNameCaption.setBuddy(self.familyNameEdit)
        self.givenNameCaption.setBuddy(self.givenNameEdit)
        self.familyKanaCaption.setBuddy(self.familyKanaEdit)
        self.givenKanaCaption.setBuddy(self.givenKanaEdit)
        self.birthDateCaption.setBuddy(self.birthDateEdit)
        self.genderCaption.setBuddy(self.genderCombo)
        self.phone1Caption.setBuddy(self.phone1Edit)
        self.phone2Caption.setBuddy(self.phone2Edit)
        self.emailCaption.setBuddy(self.emailEdit)
        self.postalCodeCaption.setBuddy(self.postalCodeEdit)
        self.prefectureCaption.setBuddy(self.prefectureCombo)
        self.cityCaption.setBuddy(self.cityEdit)
        self.streetCaption.setBuddy(self.streetEdit)
        self.buildingCaption.setBuddy(self.buildingEdit)
        self.noteCaption.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.familyNameEdit, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.familyKanaEdit)
        QWidget.setTabOrder(self.familyKanaEdit, self.givenKanaEdit)
        QWidget.setTabOrder(self.givenKanaEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.phone1Edit)
        QWidget.setTabOrder(self.phone1Edit, self.phone2Edit)
        QWidget.setTabOrder(self.phone2Edit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.postalLookupButton)
        QWidget.setTabOrder(self.postalLookupButton, self.prefectureCombo)
        QWidget.setTabOrder(self.prefectureCombo, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.buildingEdit)
        QWidget.setTabOrder(self.buildingEdit, self.noteEdit)

        self.retranslateUi(CustomerFormDialog)

        QMetaObject.connectSlotsByName(CustomerFormDialog)
    # setupUi

    def retranslateUi(self, CustomerFormDialog):
        CustomerFormDialog.setWindowTitle(QCoreApplication.translate("CustomerFormDialog", u"\u9867\u5ba2\u60c5\u5831", None))
        self.familyNameCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u59d3(&1)", None))
        self.givenNameCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u540d(&2)", None))
        self.familyKanaCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u30bb\u30a4\uff08\u30ab\u30ca\uff09(&3)", None))
        self.givenKanaCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u30e1\u30a4\uff08\u30ab\u30ca\uff09(&4)", None))
        self.birthDateCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u751f\u5e74\u6708\u65e5(&B)", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("CustomerFormDialog", u"\u4f8b: 1968-04-02", None))
        self.genderCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u6027\u5225(&G)", None))
        self.phone1Caption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u96fb\u8a71\u756a\u53f71(&P)", None))
        self.phone1Edit.setPlaceholderText(QCoreApplication.translate("CustomerFormDialog", u"\u4f8b: 090-1234-5678", None))
        self.phone2Caption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u96fb\u8a71\u756a\u53f72(&Q)", None))
        self.emailCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u30e1\u30fc\u30eb(&M)", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("CustomerFormDialog", u"\u4f8b: hanako@example.jp", None))
        self.postalCodeCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u90f5\u4fbf\u756a\u53f7(&Z)", None))
        self.postalCodeEdit.setPlaceholderText(QCoreApplication.translate("CustomerFormDialog", u"\u4f8b: 100-0001", None))
#if QT_CONFIG(tooltip)
        self.postalCodeEdit.setToolTip(QCoreApplication.translate("CustomerFormDialog", u"\u5165\u529b\u3057\u3066 Enter\uff08\u307e\u305f\u306f\u4f4f\u6240\u691c\u7d22\uff09\u3067\u4f4f\u6240\u3092\u88dc\u5b8c\u3057\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.postalLookupButton.setText(QCoreApplication.translate("CustomerFormDialog", u"\u4f4f\u6240\u691c\u7d22(&A)", None))
        self.prefectureCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u90fd\u9053\u5e9c\u770c(&R)", None))
        self.cityCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u5e02\u533a\u753a\u6751(&C)", None))
        self.streetCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u756a\u5730(&S)", None))
        self.buildingCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u5efa\u7269\u540d(&U)", None))
        self.noteCaption.setText(QCoreApplication.translate("CustomerFormDialog", u"\u30e1\u30e2(&O)", None))
    # retranslateUi

