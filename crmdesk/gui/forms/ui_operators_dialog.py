# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operators_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_OperatorsDialog(object):
    def setupUi(self, OperatorsDialog):
        if not OperatorsDialog.objectName():
            OperatorsDialog.setObjectName(u"OperatorsDialog")
        OperatorsDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(OperatorsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.operatorsView = QTableView(OperatorsDialog)
        self.operatorsView.setObjectName(u"operatorsView")
        self.operatorsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.operatorsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.operatorsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.operatorsView)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(OperatorsDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.passwordButton = QPushButton(OperatorsDialog)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttonsLayout.addWidget(self.passwordButton)

        self.roleButton = QPushButton(OperatorsDialog)
        self.roleButton.setObjectName(u"roleButton")

        self.buttonsLayout.addWidget(self.roleButton)

        self.activeButton = QPushButton(OperatorsDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonsLayout.addWidget(self.activeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.errorLabel = QLabel(OperatorsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OperatorsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(OperatorsDialog)

        QMetaObject.connectSlotsByName(OperatorsDialog)
    # setupUi

    def retranslateUi(self, OperatorsDialog):
        OperatorsDialog.setWindowTitle(QCoreApplication.translate("OperatorsDialog", u"\u30aa\u30da\u30ec\u30fc\u30bf\u30fc\u7ba1\u7406", None))
        self.addButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u8ffd\u52a0(&A)\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u30d1\u30b9\u30ef\u30fc\u30c9\u518d\u8a2d\u5b9a(&P)\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u6a29\u9650\u306e\u5909\u66f4(&R)\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u5229\u7528\u505c\u6b62\uff0f\u518d\u958b(&D)", None))
    # retranslateUi

