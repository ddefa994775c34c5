# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retention_report_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_RetentionReportDialog(object):
    def setupUi(self, RetentionReportDialog):
        if not RetentionReportDialog.objectName():
            RetentionReportDialog.setObjectName(u"RetentionReportDialog")
        RetentionReportDialog.resize(900, 520)
        self.mainLayout = QVBoxLayout(RetentionReportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.sinceLabel = QLabel(RetentionReportDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.topRow.addWidget(self.sinceLabel)

        self.sinceEdit = QDateEdit(RetentionReportDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.sinceEdit.setCalendarPopup(True)

        self.topRow.addWidget(self.sinceEdit)

        self.refreshButton = QPushButton(RetentionReportDialog)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.topRow)

        self.tabs = QTabWidget(RetentionReportDialog)
        self.tabs.setObjectName(u"tabs")
        self.byScriptView = QTableView()
        self.byScriptView.setObjectName(u"byScriptView")
        self.tabs.addTab(self.byScriptView, "")
        self.byReasonView = QTableView()
        self.byReasonView.setObjectName(u"byReasonView")
        self.tabs.addTab(self.byReasonView, "")
        self.byOperatorView = QTableView()
        self.byOperatorView.setObjectName(u"byOperatorView")
        self.tabs.addTab(self.byOperatorView, "")
        self.byPeriodView = QTableView()
        self.byPeriodView.setObjectName(u"byPeriodView")
        self.tabs.addTab(self.byPeriodView, "")

        self.mainLayout.addWidget(self.tabs)

        self.noteLabel = QLabel(RetentionReportDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(RetentionReportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RetentionReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sinceLabel.setBuddy(self.sinceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sinceEdit, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.tabs)

        self.retranslateUi(RetentionReportDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RetentionReportDialog)
    # setupUi

    def retranslateUi(self, RetentionReportDialog):
        RetentionReportDialog.setWindowTitle(QCoreApplication.translate("RetentionReportDialog", u"\u5f15\u304d\u6b62\u3081\u306e\u52b9\u679c", None))
        self.sinceLabel.setText(QCoreApplication.translate("RetentionReportDialog", u"\u958b\u59cb\u65e5(&F)", None))
        self.refreshButton.setText(QCoreApplication.translate("RetentionReportDialog", u"\u96c6\u8a08(&G)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.byScriptView), QCoreApplication.translate("RetentionReportDialog", u"\u30c8\u30fc\u30af\u5225", None))
        self.tabs.setTabText(self.tabs.indexOf(self.byReasonView), QCoreApplication.translate("RetentionReportDialog", u"\u7406\u7531\u5225", None))
        self.tabs.setTabText(self.tabs.indexOf(self.byOperatorView), QCoreApplication.translate("RetentionReportDialog", u"\u30aa\u30da\u30ec\u30fc\u30bf\u30fc\u5225", None))
        self.tabs.setTabText(self.tabs.indexOf(self.byPeriodView), QCoreApplication.translate("RetentionReportDialog", u"\u6708\u5225", None))
        self.noteLabel.setText(QCoreApplication.translate("RetentionReportDialog", u"\u5f15\u304d\u6b62\u3081\u7387\u306e\u5e45\u306f Wilson \u306e95%\u4fe1\u983c\u533a\u9593\u3002\u4ef6\u6570\u304c\u5c11\u306a\u3044\u884c\u306f\u5e45\u304c\u5e83\u304f\u3001\u5dee\u3092\u8aad\u307f\u53d6\u308c\u307e\u305b\u3093\u3002", None))
    # retranslateUi

