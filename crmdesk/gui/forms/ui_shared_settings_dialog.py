# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shared_settings_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SharedSettingsDialog(object):
    def setupUi(self, SharedSettingsDialog):
        if not SharedSettingsDialog.objectName():
            SharedSettingsDialog.setObjectName(u"SharedSettingsDialog")
        SharedSettingsDialog.resize(480, 320)
        self.mainLayout = QVBoxLayout(SharedSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(SharedSettingsDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")

        self.mainLayout.addLayout(self.settingsForm)

        self.errorLabel = QLabel(SharedSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SharedSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(SharedSettingsDialog)

        QMetaObject.connectSlotsByName(SharedSettingsDialog)
    # setupUi

    def retranslateUi(self, SharedSettingsDialog):
        SharedSettingsDialog.setWindowTitle(QCoreApplication.translate("SharedSettingsDialog", u"\u5171\u6709\u8a2d\u5b9a", None))
        self.explanationLabel.setText(QCoreApplication.translate("SharedSettingsDialog", u"\u3053\u3053\u3067\u306e\u8a2d\u5b9a\u306f\u3001\u3053\u306e\u30c7\u30fc\u30bf\u30d9\u30fc\u30b9\u3092\u4f7f\u3046\u3059\u3079\u3066\u306e\u7aef\u672b\u306b\u9069\u7528\u3055\u308c\u307e\u3059\u3002", None))
    # retranslateUi

