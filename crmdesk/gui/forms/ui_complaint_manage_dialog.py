# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_manage_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ComplaintManageDialog(object):
    def setupUi(self, ComplaintManageDialog):
        if not ComplaintManageDialog.objectName():
            ComplaintManageDialog.setObjectName(u"ComplaintManageDialog")
        ComplaintManageDialog.resize(640, 640)
        self.mainLayout = QVBoxLayout(ComplaintManageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(ComplaintManageDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"\u5c71\u7530 \u82b1\u5b50 \u69d8\uff08C0000001\uff09")

        self.mainLayout.addWidget(self.customerLabel)

        self.statusLabel = QLabel(ComplaintManageDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"\u5546\u54c1\u30fb\u91cd\u5927\u30fb\u672a\u89e3\u6c7a")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.descriptionView = QPlainTextEdit(ComplaintManageDialog)
        self.descriptionView.setObjectName(u"descriptionView")
        self.descriptionView.setReadOnly(True)
        self.descriptionView.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.descriptionView)

        self.escalateGroup = QGroupBox(ComplaintManageDialog)
        self.escalateGroup.setObjectName(u"escalateGroup")
        self.escalateForm = QFormLayout(self.escalateGroup)
        self.escalateForm.setObjectName(u"escalateForm")
        self.escalateForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.supervisorCaption = QLabel(self.escalateGroup)
        self.supervisorCaption.setObjectName(u"supervisorCaption")

        self.escalateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.supervisorCaption)

        self.supervisorLayout = QVBoxLayout()
        self.supervisorLayout.setSpacing(2)
        self.supervisorLayout.setObjectName(u"supervisorLayout")
        self.supervisorCombo = QComboBox(self.escalateGroup)
        self.supervisorCombo.setObjectName(u"supervisorCombo")

        self.supervisorLayout.addWidget(self.supervisorCombo)

        self.toOperatorIdError = QLabel(self.escalateGroup)
        self.toOperatorIdError.setObjectName(u"toOperatorIdError")
        self.toOperatorIdError.setText(u"")
        self.toOperatorIdError.setWordWrap(True)

        self.supervisorLayout.addWidget(self.toOperatorIdError)


        self.escalateForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.supervisorLayout)

        self.noteCaption = QLabel(self.escalateGroup)
        self.noteCaption.setObjectName(u"noteCaption")

        self.escalateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteEdit = QLineEdit(self.escalateGroup)
        self.noteEdit.setObjectName(u"noteEdit")

        self.escalateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.escalateSpacerCaption = QLabel(self.escalateGroup)
        self.escalateSpacerCaption.setObjectName(u"escalateSpacerCaption")
        self.escalateSpacerCaption.setText(u"")

        self.escalateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.escalateSpacerCaption)

        self.escalateButtons = QHBoxLayout()
        self.escalateButtons.setObjectName(u"escalateButtons")
        self.escalateSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.escalateButtons.addItem(self.escalateSpacer)

        self.escalateButton = QPushButton(self.escalateGroup)
        self.escalateButton.setObjectName(u"escalateButton")
        self.escalateButton.setAutoDefault(False)

        self.escalateButtons.addWidget(self.escalateButton)


        self.escalateForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.escalateButtons)


        self.mainLayout.addWidget(self.escalateGroup)

        self.resolveGroup = QGroupBox(ComplaintManageDialog)
        self.resolveGroup.setObjectName(u"resolveGroup")
        self.resolveForm = QFormLayout(self.resolveGroup)
        self.resolveForm.setObjectName(u"resolveForm")
        self.resolveForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.resolutionCaption = QLabel(self.resolveGroup)
        self.resolutionCaption.setObjectName(u"resolutionCaption")

        self.resolveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resolutionCaption)

        self.resolutionLayout = QVBoxLayout()
        self.resolutionLayout.setSpacing(2)
        self.resolutionLayout.setObjectName(u"resolutionLayout")
        self.resolutionEdit = QPlainTextEdit(self.resolveGroup)
        self.resolutionEdit.setObjectName(u"resolutionEdit")
        self.resolutionEdit.setTabChangesFocus(True)

        self.resolutionLayout.addWidget(self.resolutionEdit)

        self.resolutionError = QLabel(self.resolveGroup)
        self.resolutionError.setObjectName(u"resolutionError")
        self.resolutionError.setText(u"")
        self.resolutionError.setWordWrap(True)

        self.resolutionLayout.addWidget(self.resolutionError)


        self.resolveForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.resolutionLayout)

        self.checkBackCaption = QLabel(self.resolveGroup)
        self.checkBackCaption.setObjectName(u"checkBackCaption")

        self.resolveForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.checkBackCaption)

        self.checkBackLayout = QVBoxLayout()
        self.checkBackLayout.setSpacing(2)
        self.checkBackLayout.setObjectName(u"checkBackLayout")
        self.checkBackSpin = QSpinBox(self.resolveGroup)
        self.checkBackSpin.setObjectName(u"checkBackSpin")
        self.checkBackSpin.setMinimum(0)
        self.checkBackSpin.setMaximum(365)
        self.checkBackSpin.setValue(7)

        self.checkBackLayout.addWidget(self.checkBackSpin)

        self.checkBackDaysError = QLabel(self.resolveGroup)
        self.checkBackDaysError.setObjectName(u"checkBackDaysError")
        self.checkBackDaysError.setText(u"")
        self.checkBackDaysError.setWordWrap(True)

        self.checkBackLayout.addWidget(self.checkBackDaysError)


        self.resolveForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.checkBackLayout)

        self.resolveSpacerCaption = QLabel(self.resolveGroup)
        self.resolveSpacerCaption.setObjectName(u"resolveSpacerCaption")
        self.resolveSpacerCaption.setText(u"")

        self.resolveForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resolveSpacerCaption)

        self.resolveButtons = QHBoxLayout()
        self.resolveButtons.setObjectName(u"resolveButtons")
        self.resolveSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolveButtons.addItem(self.resolveSpacer)

        self.resolveButton = QPushButton(self.resolveGroup)
        self.resolveButton.setObjectName(u"resolveButton")
        self.resolveButton.setAutoDefault(False)

        self.resolveButtons.addWidget(self.resolveButton)


        self.resolveForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.resolveButtons)


        self.mainLayout.addWidget(self.resolveGroup)

        self.errorLabel = QLabel(ComplaintManageDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ComplaintManageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.supervisorCaption.setBuddy(self.supervisorCombo)
        self.noteCaption.setBuddy(self.noteEdit)
        self.resolutionCaption.setBuddy(self.resolutionEdit)
        self.checkBackCaption.setBuddy(self.checkBackSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionView, self.supervisorCombo)
        QWidget.setTabOrder(self.supervisorCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.escalateButton)
        QWidget.setTabOrder(self.escalateButton, self.resolutionEdit)
        QWidget.setTabOrder(self.resolutionEdit, self.checkBackSpin)
        QWidget.setTabOrder(self.checkBackSpin, self.resolveButton)

        self.retranslateUi(ComplaintManageDialog)

        QMetaObject.connectSlotsByName(ComplaintManageDialog)
    # setupUi

    def retranslateUi(self, ComplaintManageDialog):
        ComplaintManageDialog.setWindowTitle(QCoreApplication.translate("ComplaintManageDialog", u"\u30af\u30ec\u30fc\u30e0\u5bfe\u5fdc", None))
        self.escalateGroup.setTitle(QCoreApplication.translate("ComplaintManageDialog", u"\u30a8\u30b9\u30ab\u30ec\u30fc\u30b7\u30e7\u30f3", None))
        self.supervisorCaption.setText(QCoreApplication.translate("ComplaintManageDialog", u"\u62c5\u5f53SV(&V)", None))
        self.noteCaption.setText(QCoreApplication.translate("ComplaintManageDialog", u"\u7533\u3057\u9001\u308a(&N)", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ComplaintManageDialog", u"SV\u3078\u306e\u7533\u3057\u9001\u308a\u4e8b\u9805", None))
        self.escalateButton.setText(QCoreApplication.translate("ComplaintManageDialog", u"SV\u3078\u30a8\u30b9\u30ab\u30ec\u30fc\u30b7\u30e7\u30f3(&E)", None))
        self.resolveGroup.setTitle(QCoreApplication.translate("ComplaintManageDialog", u"\u89e3\u6c7a", None))
        self.resolutionCaption.setText(QCoreApplication.translate("ComplaintManageDialog", u"\u89e3\u6c7a\u5185\u5bb9(&O)", None))
        self.resolutionEdit.setPlaceholderText(QCoreApplication.translate("ComplaintManageDialog", u"\u3069\u306e\u3088\u3046\u306b\u89e3\u6c7a\u3057\u305f\u304b", None))
        self.checkBackCaption.setText(QCoreApplication.translate("ComplaintManageDialog", u"\u78ba\u8a8d\u306e\u96fb\u8a71(&C)", None))
        self.checkBackSpin.setSuffix(QCoreApplication.translate("ComplaintManageDialog", u" \u65e5\u5f8c", None))
        self.resolveButton.setText(QCoreApplication.translate("ComplaintManageDialog", u"\u89e3\u6c7a\u306b\u3057\u3066\u78ba\u8a8d\u306e\u96fb\u8a71\u3092\u4e88\u7d04(&R)", None))
    # retranslateUi

