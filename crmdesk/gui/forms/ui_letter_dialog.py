# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_dialog.ui'
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
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog):
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.resize(760, 900)
        self.mainLayout = QVBoxLayout(LetterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(LetterDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"")
        self.customerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.customerLabel)

        self.refusalLabel = QLabel(LetterDialog)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setText(u"")
        self.refusalLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.refusalLabel)

        self.letterForm = QFormLayout()
        self.letterForm.setObjectName(u"letterForm")
        self.templateLabel = QLabel(LetterDialog)
        self.templateLabel.setObjectName(u"templateLabel")
        self.templateLabel.setWordWrap(True)

        self.letterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(LetterDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.offerLabel = QLabel(LetterDialog)
        self.offerLabel.setObjectName(u"offerLabel")
        self.offerLabel.setWordWrap(True)

        self.letterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.offerLabel)

        self.offerEdit = QLineEdit(LetterDialog)
        self.offerEdit.setObjectName(u"offerEdit")
        self.offerEdit.setMaxLength(20)

        self.letterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.offerEdit)


        self.mainLayout.addLayout(self.letterForm)

        self.pageRow = QHBoxLayout()
        self.pageRow.setObjectName(u"pageRow")
        self.pageTitle = QLabel(LetterDialog)
        self.pageTitle.setObjectName(u"pageTitle")
        self.pageTitle.setWordWrap(True)

        self.pageRow.addWidget(self.pageTitle)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageRow.addItem(self.pageSpacer)

        self.previousPageButton = QPushButton(LetterDialog)
        self.previousPageButton.setObjectName(u"previousPageButton")
        self.previousPageButton.setAutoDefault(False)

        self.pageRow.addWidget(self.previousPageButton)

        self.pageLabel = QLabel(LetterDialog)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setMinimumSize(QSize(56, 0))
        self.pageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pageLabel.setText(u"\u2013")

        self.pageRow.addWidget(self.pageLabel)

        self.nextPageButton = QPushButton(LetterDialog)
        self.nextPageButton.setObjectName(u"nextPageButton")
        self.nextPageButton.setAutoDefault(False)

        self.pageRow.addWidget(self.nextPageButton)


        self.mainLayout.addLayout(self.pageRow)

        self.previewScroll = QScrollArea(LetterDialog)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setMinimumSize(QSize(480, 360))
        self.previewScroll.setWidgetResizable(True)
        self.previewImage = QLabel()
        self.previewImage.setObjectName(u"previewImage")
        self.previewImage.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.previewImage.setText(u"")
        self.previewScroll.setWidget(self.previewImage)

        self.mainLayout.addWidget(self.previewScroll)

        self.messageLabel = QLabel(LetterDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printButton = QPushButton(LetterDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(LetterDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(LetterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.offerLabel.setBuddy(self.offerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.offerEdit)
        QWidget.setTabOrder(self.offerEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.previousPageButton)
        QWidget.setTabOrder(self.previousPageButton, self.nextPageButton)

        self.retranslateUi(LetterDialog)

        QMetaObject.connectSlotsByName(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog):
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"\u624b\u7d19\u306e\u5370\u5237", None))
        self.templateLabel.setText(QCoreApplication.translate("LetterDialog", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8(&T)", None))
        self.offerLabel.setText(QCoreApplication.translate("LetterDialog", u"\u7279\u5178\u30b3\u30fc\u30c9(&O)", None))
        self.pageTitle.setText(QCoreApplication.translate("LetterDialog", u"\u5370\u5237\u30a4\u30e1\u30fc\u30b8", None))
        self.previousPageButton.setText(QCoreApplication.translate("LetterDialog", u"\u524d\u306e\u30da\u30fc\u30b8", None))
        self.nextPageButton.setText(QCoreApplication.translate("LetterDialog", u"\u6b21\u306e\u30da\u30fc\u30b8", None))
        self.printButton.setText(QCoreApplication.translate("LetterDialog", u"\u5370\u5237(&P)\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("LetterDialog", u"PDF\u306b\u4fdd\u5b58(&S)\u2026", None))
    # retranslateUi

