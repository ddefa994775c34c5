# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'flag_dialog.ui'
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

class Ui_FlagDialog(object):
    def setupUi(self, FlagDialog):
        if not FlagDialog.objectName():
            FlagDialog.setObjectName(u"FlagDialog")
        FlagDialog.resize(520, 260)
        self.mainLayout = QVBoxLayout(FlagDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(FlagDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"\u5c71\u7530 \u82b1\u5b50 \u69d8\uff08C0000001\uff09")

        self.mainLayout.addWidget(self.customerLabel)

        self.explanationLabel = QLabel(FlagDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"DM\u4e0d\u8981\u306b\u8a2d\u5b9a\u3057\u307e\u3059\u3002")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonCaption = QLabel(FlagDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonLayout = QVBoxLayout()
        self.reasonLayout.setSpacing(2)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonEdit = QLineEdit(FlagDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonLayout.addWidget(self.reasonEdit)

        self.reasonError = QLabel(FlagDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)

        self.reasonLayout.addWidget(self.reasonError)


        self.fieldsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reasonLayout)


        self.mainLayout.addLayout(self.fieldsForm)

        self.errorLabel = QLabel(FlagDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FlagDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FlagDialog)

        QMetaObject.connectSlotsByName(FlagDialog)
    # setupUi

    def retranslateUi(self, FlagDialog):
        FlagDialog.setWindowTitle(QCoreApplication.translate("FlagDialog", u"\u30d5\u30e9\u30b0\u306e\u5909\u66f4", None))
        self.reasonCaption.setText(QCoreApplication.translate("FlagDialog", u"\u7406\u7531(&R)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("FlagDialog", u"\u304a\u5ba2\u69d8\u306e\u304a\u7533\u3057\u51fa\u306e\u5185\u5bb9", None))
    # retranslateUi

