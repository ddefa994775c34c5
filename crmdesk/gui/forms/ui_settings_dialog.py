# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 260)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageCaption = QLabel(SettingsDialog)
        self.languageCaption.setObjectName(u"languageCaption")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNoteCaption = QLabel(SettingsDialog)
        self.languageNoteCaption.setObjectName(u"languageNoteCaption")
        self.languageNoteCaption.setText(u"")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageNoteCaption)

        self.languageNote = QLabel(SettingsDialog)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.layoutCaption = QLabel(SettingsDialog)
        self.layoutCaption.setObjectName(u"layoutCaption")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.layoutCaption)

        self.layoutLayout = QVBoxLayout()
        self.layoutLayout.setObjectName(u"layoutLayout")
        self.layoutNote = QLabel(SettingsDialog)
        self.layoutNote.setObjectName(u"layoutNote")
        self.layoutNote.setWordWrap(True)

        self.layoutLayout.addWidget(self.layoutNote)

        self.layoutButtons = QHBoxLayout()
        self.layoutButtons.setObjectName(u"layoutButtons")
        self.resetLayoutButton = QPushButton(SettingsDialog)
        self.resetLayoutButton.setObjectName(u"resetLayoutButton")
        self.resetLayoutButton.setAutoDefault(False)

        self.layoutButtons.addWidget(self.resetLayoutButton)

        self.layoutSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.layoutButtons.addItem(self.layoutSpacer)


        self.layoutLayout.addLayout(self.layoutButtons)


        self.fieldsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.layoutLayout)


        self.mainLayout.addLayout(self.fieldsForm)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageCaption.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.resetLayoutButton)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8a2d\u5b9a", None))
        self.languageCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u8868\u793a\u8a00\u8a9e(&L)", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"\u8868\u793a\u8a00\u8a9e\u306e\u5909\u66f4\u306f\u6b21\u56de\u306e\u8d77\u52d5\u6642\u306b\u53cd\u6620\u3055\u308c\u307e\u3059\u3002", None))
        self.layoutCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u30a6\u30a3\u30f3\u30c9\u30a6\u914d\u7f6e", None))
        self.layoutNote.setText(QCoreApplication.translate("SettingsDialog", u"\u30a6\u30a3\u30f3\u30c9\u30a6\u306e\u5927\u304d\u3055\u3068\u533a\u5207\u308a\u306e\u4f4d\u7f6e\u306f\u7d42\u4e86\u6642\u306b\u8a18\u61b6\u3055\u308c\u307e\u3059\u3002", None))
        self.resetLayoutButton.setText(QCoreApplication.translate("SettingsDialog", u"\u521d\u671f\u914d\u7f6e\u306b\u623b\u3059(&W)", None))
    # retranslateUi

