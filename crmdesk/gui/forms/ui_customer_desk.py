# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_desk.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CustomerDesk(object):
    def setupUi(self, CustomerDesk):
        if not CustomerDesk.objectName():
            CustomerDesk.setObjectName(u"CustomerDesk")
        CustomerDesk.resize(1100, 520)
        self.deskLayout = QVBoxLayout(CustomerDesk)
        self.deskLayout.setObjectName(u"deskLayout")
        self.deskLayout.setContentsMargins(0, 0, 0, 0)
        self.deskStack = QStackedWidget(CustomerDesk)
        self.deskStack.setObjectName(u"deskStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.deskStack.addWidget(self.emptyPage)
        self.cardPage = QWidget()
        self.cardPage.setObjectName(u"cardPage")
        self.cardPageLayout = QVBoxLayout(self.cardPage)
        self.cardPageLayout.setObjectName(u"cardPageLayout")
        self.cardPageLayout.setContentsMargins(0, 0, 0, 0)
        self.deskSplitter = QSplitter(self.cardPage)
        self.deskSplitter.setObjectName(u"deskSplitter")
        self.deskSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.deskSplitter.setChildrenCollapsible(False)
        self.cardPanel = QWidget(self.deskSplitter)
        self.cardPanel.setObjectName(u"cardPanel")
        self.cardLayout = QVBoxLayout(self.cardPanel)
        self.cardLayout.setSpacing(6)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(0, 0, 6, 0)
        self.presenceLabel = QLabel(self.cardPanel)
        self.presenceLabel.setObjectName(u"presenceLabel")
        self.presenceLabel.setText(u"\u4f0a\u85e4\u3055\u3093\u3082\u3053\u306e\u304a\u5ba2\u69d8\u3092\u8868\u793a\u4e2d\u3067\u3059\u3002")
        self.presenceLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.presenceLabel)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.nameLabel = QLabel(self.cardPanel)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"\u5c71\u7530 \u82b1\u5b50 \u69d8")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.nameLabel)

        self.kanaLabel = QLabel(self.cardPanel)
        self.kanaLabel.setObjectName(u"kanaLabel")
        self.kanaLabel.setText(u"\u30e4\u30de\u30c0 \u30cf\u30ca\u30b3")

        self.headerLayout.addWidget(self.kanaLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.callTimerLabel = QLabel(self.cardPanel)
        self.callTimerLabel.setObjectName(u"callTimerLabel")
        self.callTimerLabel.setText(u"00:00")

        self.headerLayout.addWidget(self.callTimerLabel)


        self.cardLayout.addLayout(self.headerLayout)

        self.badgesLayout = QHBoxLayout()
        self.badgesLayout.setSpacing(6)
        self.badgesLayout.setObjectName(u"badgesLayout")
        self.badgeDoNotCall = QLabel(self.cardPanel)
        self.badgeDoNotCall.setObjectName(u"badgeDoNotCall")

        self.badgesLayout.addWidget(self.badgeDoNotCall)

        self.badgeDoNotMail = QLabel(self.cardPanel)
        self.badgeDoNotMail.setObjectName(u"badgeDoNotMail")

        self.badgesLayout.addWidget(self.badgeDoNotMail)

        self.badgeReturnedMail = QLabel(self.cardPanel)
        self.badgeReturnedMail.setObjectName(u"badgeReturnedMail")

        self.badgesLayout.addWidget(self.badgeReturnedMail)

        self.badgeVip = QLabel(self.cardPanel)
        self.badgeVip.setObjectName(u"badgeVip")
        self.badgeVip.setText(u"VIP")

        self.badgesLayout.addWidget(self.badgeVip)

        self.badgeComplaints = QLabel(self.cardPanel)
        self.badgeComplaints.setObjectName(u"badgeComplaints")
        self.badgeComplaints.setText(u"\u672a\u89e3\u6c7a\u30af\u30ec\u30fc\u30e0 1\u4ef6")

        self.badgesLayout.addWidget(self.badgeComplaints)

        self.badgesSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.badgesLayout.addItem(self.badgesSpacer)


        self.cardLayout.addLayout(self.badgesLayout)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailsForm.setHorizontalSpacing(12)
        self.detailsForm.setVerticalSpacing(3)
        self.codeCaption = QLabel(self.cardPanel)
        self.codeCaption.setObjectName(u"codeCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeValue = QLabel(self.cardPanel)
        self.codeValue.setObjectName(u"codeValue")
        self.codeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeValue)

        self.ageCaption = QLabel(self.cardPanel)
        self.ageCaption.setObjectName(u"ageCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ageCaption)

        self.ageValue = QLabel(self.cardPanel)
        self.ageValue.setObjectName(u"ageValue")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ageValue)

        self.addressCaption = QLabel(self.cardPanel)
        self.addressCaption.setObjectName(u"addressCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.cardPanel)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.phonesCaption = QLabel(self.cardPanel)
        self.phonesCaption.setObjectName(u"phonesCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phonesCaption)

        self.phonesValue = QLabel(self.cardPanel)
        self.phonesValue.setObjectName(u"phonesValue")
        self.phonesValue.setWordWrap(True)
        self.phonesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phonesValue)

        self.emailCaption = QLabel(self.cardPanel)
        self.emailCaption.setObjectName(u"emailCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValue = QLabel(self.cardPanel)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.rankCaption = QLabel(self.cardPanel)
        self.rankCaption.setObjectName(u"rankCaption")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rankCaption)

        self.rankValue = QLabel(self.cardPanel)
        self.rankValue.setObjectName(u"rankValue")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rankValue)


        self.cardLayout.addLayout(self.detailsForm)

        self.subscriptionsTitle = QLabel(self.cardPanel)
        self.subscriptionsTitle.setObjectName(u"subscriptionsTitle")

        self.cardLayout.addWidget(self.subscriptionsTitle)

        self.subscriptionsView = QTableView(self.cardPanel)
        self.subscriptionsView.setObjectName(u"subscriptionsView")
        self.subscriptionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subscriptionsView.setTabKeyNavigation(False)
        self.subscriptionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subscriptionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subscriptionsView.setWordWrap(False)
        self.subscriptionsView.horizontalHeader().setHighlightSections(False)
        self.subscriptionsView.verticalHeader().setVisible(False)

        self.cardLayout.addWidget(self.subscriptionsView)

        self.deskSplitter.addWidget(self.cardPanel)
        self.timelinePanel = QWidget(self.deskSplitter)
        self.timelinePanel.setObjectName(u"timelinePanel")
        self.timelineLayout = QVBoxLayout(self.timelinePanel)
        self.timelineLayout.setSpacing(4)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(6, 0, 0, 0)
        self.timelineBar = QHBoxLayout()
        self.timelineBar.setObjectName(u"timelineBar")
        self.timelineTitle = QLabel(self.timelinePanel)
        self.timelineTitle.setObjectName(u"timelineTitle")

        self.timelineBar.addWidget(self.timelineTitle)

        self.timelineSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timelineBar.addItem(self.timelineSpacer)

        self.timelineCountLabel = QLabel(self.timelinePanel)
        self.timelineCountLabel.setObjectName(u"timelineCountLabel")

        self.timelineBar.addWidget(self.timelineCountLabel)

        self.kindFilterLabel = QLabel(self.timelinePanel)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.timelineBar.addWidget(self.kindFilterLabel)

        self.kindFilterCombo = QComboBox(self.timelinePanel)
        self.kindFilterCombo.setObjectName(u"kindFilterCombo")
        self.kindFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.timelineBar.addWidget(self.kindFilterCombo)


        self.timelineLayout.addLayout(self.timelineBar)

        self.timelineView = QTableView(self.timelinePanel)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineView.setTabKeyNavigation(False)
        self.timelineView.setAlternatingRowColors(True)
        self.timelineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineView.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timelineView.setWordWrap(False)
        self.timelineView.horizontalHeader().setHighlightSections(False)
        self.timelineView.horizontalHeader().setStretchLastSection(True)
        self.timelineView.verticalHeader().setVisible(False)

        self.timelineLayout.addWidget(self.timelineView)

        self.deskSplitter.addWidget(self.timelinePanel)

        self.cardPageLayout.addWidget(self.deskSplitter)

        self.deskStack.addWidget(self.cardPage)

        self.deskLayout.addWidget(self.deskStack)

#if QT_CONFIG(shortcut)
        self.subscriptionsTitle.setBuddy(self.subscriptionsView)
        self.timelineTitle.setBuddy(self.timelineView)
        self.kindFilterLabel.setBuddy(self.kindFilterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subscriptionsView, self.kindFilterCombo)
        QWidget.setTabOrder(self.kindFilterCombo, self.timelineView)

        self.retranslateUi(CustomerDesk)

        self.deskStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CustomerDesk)
    # setupUi

    def retranslateUi(self, CustomerDesk):
        self.emptyLabel.setText(QCoreApplication.translate("CustomerDesk", u"\u304a\u5ba2\u69d8\u3092\u691c\u7d22\u3057\u3066 Enter \u3067\u958b\u304d\u307e\u3059\uff08F2 \u3067\u691c\u7d22\u6b04\u3078\u3001F1 \u3067\u30b7\u30e7\u30fc\u30c8\u30ab\u30c3\u30c8\u4e00\u89a7\uff09\u3002", None))
#if QT_CONFIG(tooltip)
        self.callTimerLabel.setToolTip(QCoreApplication.translate("CustomerDesk", u"\u304a\u5ba2\u69d8\u306e\u30ab\u30fc\u30c9\u3092\u958b\u3044\u3066\u304b\u3089\u306e\u901a\u8a71\u6642\u9593\u3002\u901a\u8a71\u8a18\u9332\u306e\u6642\u9593\u306b\u4f7f\u308f\u308c\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.badgeDoNotCall.setToolTip(QCoreApplication.translate("CustomerDesk", u"\u304a\u5ba2\u69d8\u306f\u96fb\u8a71\u3092\u5e0c\u671b\u3055\u308c\u3066\u3044\u307e\u305b\u3093\u3002\u3053\u3061\u3089\u304b\u3089\u96fb\u8a71\u3057\u306a\u3044\u3067\u304f\u3060\u3055\u3044\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.badgeDoNotCall.setText(QCoreApplication.translate("CustomerDesk", u"\u96fb\u8a71\u4e0d\u53ef", None))
#if QT_CONFIG(tooltip)
        self.badgeDoNotMail.setToolTip(QCoreApplication.translate("CustomerDesk", u"\u304a\u5ba2\u69d8\u306f DM \u3092\u5e0c\u671b\u3055\u308c\u3066\u3044\u307e\u305b\u3093\u3002\u90f5\u9001\u7269\u3092\u9001\u3089\u306a\u3044\u3067\u304f\u3060\u3055\u3044\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.badgeDoNotMail.setText(QCoreApplication.translate("CustomerDesk", u"DM\u4e0d\u8981", None))
#if QT_CONFIG(tooltip)
        self.badgeReturnedMail.setToolTip(QCoreApplication.translate("CustomerDesk", u"\u90f5\u4fbf\u304c\u623b\u3063\u3066\u304d\u307e\u3057\u305f\u3002\u4f4f\u6240\u3092\u78ba\u8a8d\u3059\u308b\u307e\u3067\u90f5\u9001\u3057\u306a\u3044\u3067\u304f\u3060\u3055\u3044\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.badgeReturnedMail.setText(QCoreApplication.translate("CustomerDesk", u"\u5b9b\u6240\u4e0d\u660e", None))
#if QT_CONFIG(tooltip)
        self.badgeVip.setToolTip(QCoreApplication.translate("CustomerDesk", u"\u512a\u826f\u9867\u5ba2\u3067\u3059\u3002\u500b\u5225\u306b\u4e01\u5be7\u306a\u5bfe\u5fdc\u3092\u304a\u9858\u3044\u3057\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.badgeComplaints.setToolTip(QCoreApplication.translate("CustomerDesk", u"\u672a\u89e3\u6c7a\u306e\u30af\u30ec\u30fc\u30e0\u304c\u3042\u308a\u307e\u3059\u3002\u30bf\u30a4\u30e0\u30e9\u30a4\u30f3\u3067\u78ba\u8a8d\u3057\u3066\u304f\u3060\u3055\u3044\uff08Ctrl+Shift+K \u3067\u958b\u304f\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.codeCaption.setText(QCoreApplication.translate("CustomerDesk", u"\u9867\u5ba2\u756a\u53f7", None))
        self.ageCaption.setText(QCoreApplication.translate("CustomerDesk", u"\u5e74\u9f62\u30fb\u6027\u5225", None))
        self.addressCaption.setText(QCoreApplication.translate("CustomerDesk", u"\u4f4f\u6240", None))
        self.phonesCaption.setText(QCoreApplication.translate("CustomerDesk", u"\u96fb\u8a71\u756a\u53f7", None))
        self.emailCaption.setText(QCoreApplication.translate("CustomerDesk", u"\u30e1\u30fc\u30eb", None))
        self.rankCaption.setText(QCoreApplication.translate("CustomerDesk", u"\u30e9\u30f3\u30af", None))
        self.subscriptionsTitle.setText(QCoreApplication.translate("CustomerDesk", u"\u5b9a\u671f\u8cfc\u5165(&U)", None))
        self.timelineTitle.setText(QCoreApplication.translate("CustomerDesk", u"\u30bf\u30a4\u30e0\u30e9\u30a4\u30f3(&L)", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("CustomerDesk", u"\u7a2e\u5225", None))
#if QT_CONFIG(tooltip)
        self.kindFilterCombo.setToolTip(QCoreApplication.translate("CustomerDesk", u"\u8868\u793a\u3059\u308b\u7a2e\u5225\uff08Ctrl+1\u301cCtrl+9\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.timelineView.setToolTip(QCoreApplication.translate("CustomerDesk", u"Enter \u3067\u660e\u7d30\u3092\u958b\u304d\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

