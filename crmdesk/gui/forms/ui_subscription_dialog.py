# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subscription_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

class Ui_SubscriptionDialog(object):
    def setupUi(self, SubscriptionDialog):
        if not SubscriptionDialog.objectName():
            SubscriptionDialog.setObjectName(u"SubscriptionDialog")
        SubscriptionDialog.resize(600, 420)
        self.mainLayout = QVBoxLayout(SubscriptionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(SubscriptionDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"\u5c71\u7530 \u82b1\u5b50 \u69d8\uff08C0000001\uff09")

        self.mainLayout.addWidget(self.customerLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.subscriptionCaption = QLabel(SubscriptionDialog)
        self.subscriptionCaption.setObjectName(u"subscriptionCaption")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subscriptionCaption)

        self.subscriptionCombo = QComboBox(SubscriptionDialog)
        self.subscriptionCombo.setObjectName(u"subscriptionCombo")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subscriptionCombo)

        self.currentCaption = QLabel(SubscriptionDialog)
        self.currentCaption.setObjectName(u"currentCaption")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currentCaption)

        self.currentLabel = QLabel(SubscriptionDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setText(u"")
        self.currentLabel.setWordWrap(True)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentLabel)

        self.changeCaption = QLabel(SubscriptionDialog)
        self.changeCaption.setObjectName(u"changeCaption")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.changeCaption)

        self.changeCombo = QComboBox(SubscriptionDialog)
        self.changeCombo.setObjectName(u"changeCombo")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.changeCombo)

        self.valueCaption = QLabel(SubscriptionDialog)
        self.valueCaption.setObjectName(u"valueCaption")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valueCaption)

        self.changeStack = QStackedWidget(SubscriptionDialog)
        self.changeStack.setObjectName(u"changeStack")
        self.nextDatePage = QWidget()
        self.nextDatePage.setObjectName(u"nextDatePage")
        self.nextDateLayout = QHBoxLayout(self.nextDatePage)
        self.nextDateLayout.setObjectName(u"nextDateLayout")
        self.nextDateLayout.setContentsMargins(0, 0, 0, 0)
        self.nextDateEdit = QDateEdit(self.nextDatePage)
        self.nextDateEdit.setObjectName(u"nextDateEdit")
        self.nextDateEdit.setCalendarPopup(True)
        self.nextDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.nextDateLayout.addWidget(self.nextDateEdit)

        self.nextDateSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextDateLayout.addItem(self.nextDateSpacer)

        self.changeStack.addWidget(self.nextDatePage)
        self.skipPage = QWidget()
        self.skipPage.setObjectName(u"skipPage")
        self.skipLayout = QHBoxLayout(self.skipPage)
        self.skipLayout.setObjectName(u"skipLayout")
        self.skipLayout.setContentsMargins(0, 0, 0, 0)
        self.skipLabel = QLabel(self.skipPage)
        self.skipLabel.setObjectName(u"skipLabel")
        self.skipLabel.setWordWrap(True)

        self.skipLayout.addWidget(self.skipLabel)

        self.changeStack.addWidget(self.skipPage)
        self.cyclePage = QWidget()
        self.cyclePage.setObjectName(u"cyclePage")
        self.cycleLayout = QHBoxLayout(self.cyclePage)
        self.cycleLayout.setObjectName(u"cycleLayout")
        self.cycleLayout.setContentsMargins(0, 0, 0, 0)
        self.cycleSpin = QSpinBox(self.cyclePage)
        self.cycleSpin.setObjectName(u"cycleSpin")
        self.cycleSpin.setMinimum(15)
        self.cycleSpin.setMaximum(180)
        self.cycleSpin.setValue(30)

        self.cycleLayout.addWidget(self.cycleSpin)

        self.cycleSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cycleLayout.addItem(self.cycleSpacer)

        self.changeStack.addWidget(self.cyclePage)
        self.pausePage = QWidget()
        self.pausePage.setObjectName(u"pausePage")
        self.pauseLayout = QHBoxLayout(self.pausePage)
        self.pauseLayout.setObjectName(u"pauseLayout")
        self.pauseLayout.setContentsMargins(0, 0, 0, 0)
        self.pauseCaption = QLabel(self.pausePage)
        self.pauseCaption.setObjectName(u"pauseCaption")

        self.pauseLayout.addWidget(self.pauseCaption)

        self.pauseUntilEdit = QDateEdit(self.pausePage)
        self.pauseUntilEdit.setObjectName(u"pauseUntilEdit")
        self.pauseUntilEdit.setCalendarPopup(True)
        self.pauseUntilEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.pauseLayout.addWidget(self.pauseUntilEdit)

        self.pauseSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pauseLayout.addItem(self.pauseSpacer)

        self.changeStack.addWidget(self.pausePage)
        self.resumePage = QWidget()
        self.resumePage.setObjectName(u"resumePage")
        self.resumeLayout = QHBoxLayout(self.resumePage)
        self.resumeLayout.setObjectName(u"resumeLayout")
        self.resumeLayout.setContentsMargins(0, 0, 0, 0)
        self.resumeCaption = QLabel(self.resumePage)
        self.resumeCaption.setObjectName(u"resumeCaption")

        self.resumeLayout.addWidget(self.resumeCaption)

        self.resumeDateEdit = QDateEdit(self.resumePage)
        self.resumeDateEdit.setObjectName(u"resumeDateEdit")
        self.resumeDateEdit.setCalendarPopup(True)
        self.resumeDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.resumeLayout.addWidget(self.resumeDateEdit)

        self.resumeSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resumeLayout.addItem(self.resumeSpacer)

        self.changeStack.addWidget(self.resumePage)
        self.quantityPage = QWidget()
        self.quantityPage.setObjectName(u"quantityPage")
        self.quantityLayout = QHBoxLayout(self.quantityPage)
        self.quantityLayout.setObjectName(u"quantityLayout")
        self.quantityLayout.setContentsMargins(0, 0, 0, 0)
        self.quantitySpin = QSpinBox(self.quantityPage)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(1)
        self.quantitySpin.setMaximum(10)
        self.quantitySpin.setValue(1)

        self.quantityLayout.addWidget(self.quantitySpin)

        self.quantitySpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quantityLayout.addItem(self.quantitySpacer)

        self.changeStack.addWidget(self.quantityPage)
        self.productPage = QWidget()
        self.productPage.setObjectName(u"productPage")
        self.productLayout = QHBoxLayout(self.productPage)
        self.productLayout.setObjectName(u"productLayout")
        self.productLayout.setContentsMargins(0, 0, 0, 0)
        self.productCombo = QComboBox(self.productPage)
        self.productCombo.setObjectName(u"productCombo")

        self.productLayout.addWidget(self.productCombo)

        self.changeStack.addWidget(self.productPage)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.changeStack)

        self.valueErrorCaption = QLabel(SubscriptionDialog)
        self.valueErrorCaption.setObjectName(u"valueErrorCaption")
        self.valueErrorCaption.setText(u"")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.valueErrorCaption)

        self.valueError = QLabel(SubscriptionDialog)
        self.valueError.setObjectName(u"valueError")
        self.valueError.setText(u"")
        self.valueError.setWordWrap(True)

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.valueError)

        self.reasonCaption = QLabel(SubscriptionDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonLayout = QVBoxLayout()
        self.reasonLayout.setSpacing(2)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonEdit = QLineEdit(SubscriptionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonLayout.addWidget(self.reasonEdit)

        self.reasonError = QLabel(SubscriptionDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)

        self.reasonLayout.addWidget(self.reasonError)


        self.fieldsForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.reasonLayout)


        self.mainLayout.addLayout(self.fieldsForm)

        self.errorLabel = QLabel(SubscriptionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SubscriptionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.subscriptionCaption.setBuddy(self.subscriptionCombo)
        self.changeCaption.setBuddy(self.changeCombo)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subscriptionCombo, self.changeCombo)
        QWidget.setTabOrder(self.changeCombo, self.nextDateEdit)
        QWidget.setTabOrder(self.nextDateEdit, self.cycleSpin)
        QWidget.setTabOrder(self.cycleSpin, self.pauseUntilEdit)
        QWidget.setTabOrder(self.pauseUntilEdit, self.resumeDateEdit)
        QWidget.setTabOrder(self.resumeDateEdit, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.productCombo)
        QWidget.setTabOrder(self.productCombo, self.reasonEdit)

        self.retranslateUi(SubscriptionDialog)

        QMetaObject.connectSlotsByName(SubscriptionDialog)
    # setupUi

    def retranslateUi(self, SubscriptionDialog):
        SubscriptionDialog.setWindowTitle(QCoreApplication.translate("SubscriptionDialog", u"\u5b9a\u671f\u5909\u66f4", None))
        self.subscriptionCaption.setText(QCoreApplication.translate("SubscriptionDialog", u"\u5b9a\u671f(&D)", None))
        self.currentCaption.setText(QCoreApplication.translate("SubscriptionDialog", u"\u73fe\u5728", None))
        self.changeCaption.setText(QCoreApplication.translate("SubscriptionDialog", u"\u5909\u66f4\u5185\u5bb9(&C)", None))
        self.valueCaption.setText(QCoreApplication.translate("SubscriptionDialog", u"\u5909\u66f4\u5f8c", None))
        self.skipLabel.setText(QCoreApplication.translate("SubscriptionDialog", u"\u6b21\u56de\u306e\u304a\u5c4a\u3051\u30921\u56de\u30b9\u30ad\u30c3\u30d7\u3057\u307e\u3059\uff08\u6b21\u56de\u304a\u5c4a\u3051\u65e5\u304c1\u5468\u671f\u5f8c\u308d\u306b\u305a\u308c\u307e\u3059\uff09\u3002", None))
        self.cycleSpin.setSuffix(QCoreApplication.translate("SubscriptionDialog", u" \u65e5\u3054\u3068", None))
        self.pauseCaption.setText(QCoreApplication.translate("SubscriptionDialog", u"\u4f11\u6b62\u3059\u308b\u671f\u9650", None))
        self.resumeCaption.setText(QCoreApplication.translate("SubscriptionDialog", u"\u518d\u958b\u5f8c\u306e\u6b21\u56de\u304a\u5c4a\u3051\u65e5", None))
        self.reasonCaption.setText(QCoreApplication.translate("SubscriptionDialog", u"\u7406\u7531(&R)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("SubscriptionDialog", u"\u304a\u5ba2\u69d8\u306e\u304a\u7533\u3057\u51fa\u306e\u5185\u5bb9", None))
    # retranslateUi

