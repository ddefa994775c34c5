# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'timeline_entry_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TimelineEntryDialog(object):
    def setupUi(self, TimelineEntryDialog):
        if not TimelineEntryDialog.objectName():
            TimelineEntryDialog.setObjectName(u"TimelineEntryDialog")
        TimelineEntryDialog.resize(560, 400)
        self.mainLayout = QVBoxLayout(TimelineEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(TimelineEntryDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.metaLabel = QLabel(TimelineEntryDialog)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setText(u"")

        self.mainLayout.addWidget(self.metaLabel)

        self.textView = QPlainTextEdit(TimelineEntryDialog)
        self.textView.setObjectName(u"textView")
        self.textView.setReadOnly(True)
        self.textView.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.textView)

        self.buttonBox = QDialogButtonBox(TimelineEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(TimelineEntryDialog)

        QMetaObject.connectSlotsByName(TimelineEntryDialog)
    # setupUi

    def retranslateUi(self, TimelineEntryDialog):
        TimelineEntryDialog.setWindowTitle(QCoreApplication.translate("TimelineEntryDialog", u"\u660e\u7d30", None))
    # retranslateUi

