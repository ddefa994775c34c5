# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(ComplaintDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(ComplaintDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"\u5c71\u7530 \u82b1\u5b50 \u69d8\uff08C0000001\uff09")

        self.mainLayout.addWidget(self.customerLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.categoryCaption = QLabel(ComplaintDialog)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryCombo = QComboBox(ComplaintDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.severityCaption = QLabel(ComplaintDialog)
        self.severityCaption.setObjectName(u"severityCaption")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.severityCaption)

        self.severityCombo = QComboBox(ComplaintDialog)
        self.severityCombo.setObjectName(u"severityCombo")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.severityCombo)

        self.descriptionCaption = QLabel(ComplaintDialog)
        self.descriptionCaption.setObjectName(u"descriptionCaption")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionCaption)

        self.descriptionLayout = QVBoxLayout()
        self.descriptionLayout.setSpacing(2)
        self.descriptionLayout.setObjectName(u"descriptionLayout")
        self.descriptionEdit = QPlainTextEdit(ComplaintDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.descriptionLayout.addWidget(self.descriptionEdit)

        self.descriptionError = QLabel(ComplaintDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setText(u"")
        self.descriptionError.setWordWrap(True)

        self.descriptionLayout.addWidget(self.descriptionError)


        self.fieldsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.descriptionLayout)


        self.mainLayout.addLayout(self.fieldsForm)

        self.errorLabel = QLabel(ComplaintDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ComplaintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryCaption.setBuddy(self.categoryCombo)
        self.severityCaption.setBuddy(self.severityCombo)
        self.descriptionCaption.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryCombo, self.severityCombo)
        QWidget.setTabOrder(self.severityCombo, self.descriptionEdit)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"\u30af\u30ec\u30fc\u30e0\u53d7\u4ed8", None))
        self.categoryCaption.setText(QCoreApplication.translate("ComplaintDialog", u"\u5206\u985e(&G)", None))
        self.severityCaption.setText(QCoreApplication.translate("ComplaintDialog", u"\u91cd\u5927\u5ea6(&V)", None))
        self.descriptionCaption.setText(QCoreApplication.translate("ComplaintDialog", u"\u5185\u5bb9(&S)", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u4f55\u304c\u3042\u3063\u305f\u304b\u3001\u304a\u5ba2\u69d8\u306e\u3054\u8981\u671b", None))
    # retranslateUi

