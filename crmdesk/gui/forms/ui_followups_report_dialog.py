# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followups_report_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_FollowUpsReportDialog(object):
    def setupUi(self, FollowUpsReportDialog):
        if not FollowUpsReportDialog.objectName():
            FollowUpsReportDialog.setObjectName(u"FollowUpsReportDialog")
        FollowUpsReportDialog.resize(1040, 620)
        self.mainLayout = QVBoxLayout(FollowUpsReportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.periodLabel = QLabel(FollowUpsReportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.topRow.addWidget(self.periodLabel)

        self.periodSpin = QSpinBox(FollowUpsReportDialog)
        self.periodSpin.setObjectName(u"periodSpin")
        self.periodSpin.setMinimum(1)
        self.periodSpin.setMaximum(365)
        self.periodSpin.setValue(30)

        self.topRow.addWidget(self.periodSpin)

        self.reloadButton = QPushButton(FollowUpsReportDialog)
        self.reloadButton.setObjectName(u"reloadButton")

        self.topRow.addWidget(self.reloadButton)

        self.refreshNowButton = QPushButton(FollowUpsReportDialog)
        self.refreshNowButton.setObjectName(u"refreshNowButton")

        self.topRow.addWidget(self.refreshNowButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.topRow)

        self.summaryLabel = QLabel(FollowUpsReportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(FollowUpsReportDialog)
        self.tabs.setObjectName(u"tabs")
        self.byRuleTab = QWidget()
        self.byRuleTab.setObjectName(u"byRuleTab")
        self.byRuleLayout = QVBoxLayout(self.byRuleTab)
        self.byRuleLayout.setObjectName(u"byRuleLayout")
        self.byRuleView = QTableView(self.byRuleTab)
        self.byRuleView.setObjectName(u"byRuleView")
        self.byRuleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.byRuleView.setAlternatingRowColors(True)
        self.byRuleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.byRuleLayout.addWidget(self.byRuleView)

        self.tabs.addTab(self.byRuleTab, "")
        self.overdueTab = QWidget()
        self.overdueTab.setObjectName(u"overdueTab")
        self.overdueLayout = QVBoxLayout(self.overdueTab)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueView = QTableView(self.overdueTab)
        self.overdueView.setObjectName(u"overdueView")
        self.overdueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueView.setAlternatingRowColors(True)
        self.overdueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.overdueLayout.addWidget(self.overdueView)

        self.tabs.addTab(self.overdueTab, "")
        self.operatorsTab = QWidget()
        self.operatorsTab.setObjectName(u"operatorsTab")
        self.operatorsLayout = QVBoxLayout(self.operatorsTab)
        self.operatorsLayout.setObjectName(u"operatorsLayout")
        self.operatorsView = QTableView(self.operatorsTab)
        self.operatorsView.setObjectName(u"operatorsView")
        self.operatorsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.operatorsView.setAlternatingRowColors(True)
        self.operatorsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.operatorsLayout.addWidget(self.operatorsView)

        self.tabs.addTab(self.operatorsTab, "")
        self.unassignedTab = QWidget()
        self.unassignedTab.setObjectName(u"unassignedTab")
        self.unassignedLayout = QVBoxLayout(self.unassignedTab)
        self.unassignedLayout.setObjectName(u"unassignedLayout")
        self.unassignedHelpLabel = QLabel(self.unassignedTab)
        self.unassignedHelpLabel.setObjectName(u"unassignedHelpLabel")
        self.unassignedHelpLabel.setWordWrap(True)

        self.unassignedLayout.addWidget(self.unassignedHelpLabel)

        self.unassignedView = QTableView(self.unassignedTab)
        self.unassignedView.setObjectName(u"unassignedView")
        self.unassignedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unassignedView.setAlternatingRowColors(True)
        self.unassignedView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unassignedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.unassignedLayout.addWidget(self.unassignedView)

        self.assignRow = QHBoxLayout()
        self.assignRow.setObjectName(u"assignRow")
        self.assigneeLabel = QLabel(self.unassignedTab)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.assignRow.addWidget(self.assigneeLabel)

        self.assigneeCombo = QComboBox(self.unassignedTab)
        self.assigneeCombo.setObjectName(u"assigneeCombo")
        self.assigneeCombo.setMinimumContentsLength(12)

        self.assignRow.addWidget(self.assigneeCombo)

        self.assignButton = QPushButton(self.unassignedTab)
        self.assignButton.setObjectName(u"assignButton")

        self.assignRow.addWidget(self.assignButton)

        self.assignSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assignRow.addItem(self.assignSpacer)


        self.unassignedLayout.addLayout(self.assignRow)

        self.tabs.addTab(self.unassignedTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(FollowUpsReportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FollowUpsReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodSpin)
        self.assigneeLabel.setBuddy(self.assigneeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpsReportDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FollowUpsReportDialog)
    # setupUi

    def retranslateUi(self, FollowUpsReportDialog):
        FollowUpsReportDialog.setWindowTitle(QCoreApplication.translate("FollowUpsReportDialog", u"\u30d5\u30a9\u30ed\u30fc\u306e\u72b6\u6cc1\uff08SV\uff09", None))
        self.periodLabel.setText(QCoreApplication.translate("FollowUpsReportDialog", u"\u96c6\u8a08\u671f\u9593\uff08\u65e5\uff09(&D)", None))
        self.reloadButton.setText(QCoreApplication.translate("FollowUpsReportDialog", u"\u8868\u793a\u3092\u66f4\u65b0(&L)", None))
#if QT_CONFIG(tooltip)
        self.refreshNowButton.setToolTip(QCoreApplication.translate("FollowUpsReportDialog", u"\u30eb\u30fc\u30eb\u3092\u4eca\u3059\u3050\u5b9f\u884c\u3057\u3066\u3001\u65b0\u3057\u3044\u30d5\u30a9\u30ed\u30fc\u3092\u4f5c\u308a\u3001\u4e0d\u8981\u306b\u306a\u3063\u305f\u3082\u306e\u3092\u9589\u3058\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.refreshNowButton.setText(QCoreApplication.translate("FollowUpsReportDialog", u"\u4eca\u3059\u3050\u66f4\u65b0(&U)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.byRuleTab), QCoreApplication.translate("FollowUpsReportDialog", u"\u30eb\u30fc\u30eb\u5225", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overdueTab), QCoreApplication.translate("FollowUpsReportDialog", u"\u671f\u9650\u5207\u308c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.operatorsTab), QCoreApplication.translate("FollowUpsReportDialog", u"\u30aa\u30da\u30ec\u30fc\u30bf\u30fc\u5225", None))
        self.unassignedHelpLabel.setText(QCoreApplication.translate("FollowUpsReportDialog", u"\u512a\u826f\u9867\u5ba2\uff08VIP\uff09\u306e\u500b\u5225\u5bfe\u5fdc\u3067\u3001\u62c5\u5f53\u8005\u304c\u6c7a\u307e\u3063\u3066\u3044\u306a\u3044\u3082\u306e\u3067\u3059\u3002\u62c5\u5f53\u8005\u3092\u6c7a\u3081\u308b\u307e\u3067\u3001\u3069\u306e\u30aa\u30da\u30ec\u30fc\u30bf\u30fc\u306e\u300c\u6b21\u306e\u30d5\u30a9\u30ed\u30fc\u300d\uff08F8\uff09\u306b\u3082\u51fa\u3066\u304d\u307e\u305b\u3093\u3002", None))
        self.assigneeLabel.setText(QCoreApplication.translate("FollowUpsReportDialog", u"\u62c5\u5f53\u8005(&A)", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("FollowUpsReportDialog", u"\u9078\u3093\u3060\u884c\u3092\u3001\u9078\u3093\u3060\u30aa\u30da\u30ec\u30fc\u30bf\u30fc\u306e\u500b\u5225\u5bfe\u5fdc\u306b\u3057\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.assignButton.setText(QCoreApplication.translate("FollowUpsReportDialog", u"\u62c5\u5f53\u306b\u5272\u308a\u5f53\u3066(&S)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unassignedTab), QCoreApplication.translate("FollowUpsReportDialog", u"\u62c5\u5f53\u8005\u672a\u5b9a\u306e\u500b\u5225\u5bfe\u5fdc", None))
    # retranslateUi

