# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cancellation_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CancellationDialog(object):
    def setupUi(self, CancellationDialog):
        if not CancellationDialog.objectName():
            CancellationDialog.setObjectName(u"CancellationDialog")
        CancellationDialog.resize(760, 640)
        self.mainLayout = QVBoxLayout(CancellationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(CancellationDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"\u5c71\u7530 \u82b1\u5b50 \u69d8\uff08C0000001\uff09")

        self.mainLayout.addWidget(self.customerLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.subscriptionCaption = QLabel(CancellationDialog)
        self.subscriptionCaption.setObjectName(u"subscriptionCaption")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subscriptionCaption)

        self.subscriptionCombo = QComboBox(CancellationDialog)
        self.subscriptionCombo.setObjectName(u"subscriptionCombo")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subscriptionCombo)

        self.reasonCaption = QLabel(CancellationDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonCombo = QComboBox(CancellationDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.detailCaption = QLabel(CancellationDialog)
        self.detailCaption.setObjectName(u"detailCaption")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.detailCaption)

        self.detailEdit = QLineEdit(CancellationDialog)
        self.detailEdit.setObjectName(u"detailEdit")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.detailEdit)


        self.mainLayout.addLayout(self.fieldsForm)

        self.healthLabel = QLabel(CancellationDialog)
        self.healthLabel.setObjectName(u"healthLabel")
        self.healthLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.healthLabel)

        self.scriptTitleLabel = QLabel(CancellationDialog)
        self.scriptTitleLabel.setObjectName(u"scriptTitleLabel")
        self.scriptTitleLabel.setText(u"\u2014")

        self.mainLayout.addWidget(self.scriptTitleLabel)

        self.scriptView = QTextBrowser(CancellationDialog)
        self.scriptView.setObjectName(u"scriptView")
        self.scriptView.setMinimumSize(QSize(0, 150))

        self.mainLayout.addWidget(self.scriptView)

        self.offersCaption = QLabel(CancellationDialog)
        self.offersCaption.setObjectName(u"offersCaption")

        self.mainLayout.addWidget(self.offersCaption)

        self.offersList = QListWidget(CancellationDialog)
        self.offersList.setObjectName(u"offersList")
        self.offersList.setMaximumSize(QSize(16777215, 90))

        self.mainLayout.addWidget(self.offersList)

        self.capLabel = QLabel(CancellationDialog)
        self.capLabel.setObjectName(u"capLabel")
        self.capLabel.setText(u"")

        self.mainLayout.addWidget(self.capLabel)

        self.outcomeRow = QHBoxLayout()
        self.outcomeRow.setObjectName(u"outcomeRow")
        self.outcomeCaption = QLabel(CancellationDialog)
        self.outcomeCaption.setObjectName(u"outcomeCaption")

        self.outcomeRow.addWidget(self.outcomeCaption)

        self.outcomeCombo = QComboBox(CancellationDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.outcomeCombo.sizePolicy().hasHeightForWidth())
        self.outcomeCombo.setSizePolicy(sizePolicy)

        self.outcomeRow.addWidget(self.outcomeCombo)

        self.wishRepeatedButton = QPushButton(CancellationDialog)
        self.wishRepeatedButton.setObjectName(u"wishRepeatedButton")

        self.outcomeRow.addWidget(self.wishRepeatedButton)


        self.mainLayout.addLayout(self.outcomeRow)

        self.errorLabel = QLabel(CancellationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CancellationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.subscriptionCaption.setBuddy(self.subscriptionCombo)
        self.reasonCaption.setBuddy(self.reasonCombo)
        self.detailCaption.setBuddy(self.detailEdit)
        self.offersCaption.setBuddy(self.offersList)
        self.outcomeCaption.setBuddy(self.outcomeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subscriptionCombo, self.reasonCombo)
        QWidget.setTabOrder(self.reasonCombo, self.detailEdit)
        QWidget.setTabOrder(self.detailEdit, self.offersList)
        QWidget.setTabOrder(self.offersList, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.wishRepeatedButton)

        self.retranslateUi(CancellationDialog)

        QMetaObject.connectSlotsByName(CancellationDialog)
    # setupUi

    def retranslateUi(self, CancellationDialog):
        CancellationDialog.setWindowTitle(QCoreApplication.translate("CancellationDialog", u"\u89e3\u7d04\u306e\u53d7\u4ed8", None))
        self.subscriptionCaption.setText(QCoreApplication.translate("CancellationDialog", u"\u5b9a\u671f(&D)", None))
        self.reasonCaption.setText(QCoreApplication.translate("CancellationDialog", u"\u89e3\u7d04\u7406\u7531(&R)", None))
        self.detailCaption.setText(QCoreApplication.translate("CancellationDialog", u"\u304a\u5ba2\u69d8\u306e\u304a\u8a71(&T)", None))
        self.detailEdit.setPlaceholderText(QCoreApplication.translate("CancellationDialog", u"\u4f8b: \u307e\u30602\u888b\u6b8b\u3063\u3066\u3044\u308b\u306e\u3067\u3057\u3070\u3089\u304f\u4e0d\u8981", None))
        self.healthLabel.setText(QCoreApplication.translate("CancellationDialog", u"\u5065\u5eb7\u30fb\u5b89\u5168\u306b\u95a2\u308f\u308b\u7406\u7531\u3067\u3059\u3002\u5f15\u304d\u6b62\u3081\u306f\u884c\u308f\u305a\u3001\u3053\u306e\u307e\u307e\u89e3\u7d04\u3092\u627f\u308a\u307e\u3059\u3002SV\u306b\u88fd\u54c1\u5b89\u5168\u30e1\u30e2\u304c\u5c4a\u304d\u307e\u3059\u3002", None))
        self.offersCaption.setText(QCoreApplication.translate("CancellationDialog", u"\u3054\u63d0\u6848\uff08\u304a\u4f1d\u3048\u3057\u305f\u3082\u306e\u306b Space \u3067\u30c1\u30a7\u30c3\u30af\uff09(&O)", None))
        self.outcomeCaption.setText(QCoreApplication.translate("CancellationDialog", u"\u7d50\u679c(&K)", None))
        self.wishRepeatedButton.setText(QCoreApplication.translate("CancellationDialog", u"\u518d\u5ea6\u89e3\u7d04\u306e\u3054\u5e0c\u671b(&W)", None))
#if QT_CONFIG(tooltip)
        self.wishRepeatedButton.setToolTip(QCoreApplication.translate("CancellationDialog", u"\u3054\u63d0\u6848\u306e\u5f8c\u3082\u304a\u5ba2\u69d8\u304c\u89e3\u7d04\u3092\u5e0c\u671b\u3055\u308c\u305f\u3089\u62bc\u3057\u307e\u3059\u3002\u4ee5\u5f8c\u306f\u89e3\u7d04\u306e\u624b\u7d9a\u304d\u3060\u3051\u3092\u884c\u3044\u307e\u3059\uff08\u7279\u5b9a\u5546\u53d6\u5f15\u6cd5\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

