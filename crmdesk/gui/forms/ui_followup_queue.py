# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_queue.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateTimeEdit, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_FollowUpQueue(object):
    def setupUi(self, FollowUpQueue):
        if not FollowUpQueue.objectName():
            FollowUpQueue.setObjectName(u"FollowUpQueue")
        FollowUpQueue.resize(420, 720)
        self.mainLayout = QVBoxLayout(FollowUpQueue)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(4, 4, 4, 4)
        self.queueSplitter = QSplitter(FollowUpQueue)
        self.queueSplitter.setObjectName(u"queueSplitter")
        self.queueSplitter.setOrientation(Qt.Orientation.Vertical)
        self.queueSplitter.setChildrenCollapsible(False)
        self.listsPane = QWidget(self.queueSplitter)
        self.listsPane.setObjectName(u"listsPane")
        self.listsLayout = QVBoxLayout(self.listsPane)
        self.listsLayout.setObjectName(u"listsLayout")
        self.listsLayout.setContentsMargins(0, 0, 0, 0)
        self.nextRow = QHBoxLayout()
        self.nextRow.setObjectName(u"nextRow")
        self.nextButton = QPushButton(self.listsPane)
        self.nextButton.setObjectName(u"nextButton")

        self.nextRow.addWidget(self.nextButton)

        self.countLabel = QLabel(self.listsPane)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.nextRow.addWidget(self.countLabel)


        self.listsLayout.addLayout(self.nextRow)

        self.queueTabs = QTabWidget(self.listsPane)
        self.queueTabs.setObjectName(u"queueTabs")
        self.mineTab = QWidget()
        self.mineTab.setObjectName(u"mineTab")
        self.mineLayout = QVBoxLayout(self.mineTab)
        self.mineLayout.setObjectName(u"mineLayout")
        self.mineLayout.setContentsMargins(0, 0, 0, 0)
        self.mineView = QTableView(self.mineTab)
        self.mineView.setObjectName(u"mineView")
        self.mineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mineView.setTabKeyNavigation(False)
        self.mineView.setAlternatingRowColors(True)
        self.mineView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mineView.setWordWrap(False)
        self.mineView.verticalHeader().setVisible(False)

        self.mineLayout.addWidget(self.mineView)

        self.queueTabs.addTab(self.mineTab, "")
        self.sharedTab = QWidget()
        self.sharedTab.setObjectName(u"sharedTab")
        self.sharedLayout = QVBoxLayout(self.sharedTab)
        self.sharedLayout.setObjectName(u"sharedLayout")
        self.sharedLayout.setContentsMargins(0, 0, 0, 0)
        self.sharedView = QTableView(self.sharedTab)
        self.sharedView.setObjectName(u"sharedView")
        self.sharedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sharedView.setTabKeyNavigation(False)
        self.sharedView.setAlternatingRowColors(True)
        self.sharedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sharedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sharedView.setWordWrap(False)
        self.sharedView.verticalHeader().setVisible(False)

        self.sharedLayout.addWidget(self.sharedView)

        self.queueTabs.addTab(self.sharedTab, "")

        self.listsLayout.addWidget(self.queueTabs)

        self.queueSplitter.addWidget(self.listsPane)
        self.callBox = QGroupBox(self.queueSplitter)
        self.callBox.setObjectName(u"callBox")
        self.callLayout = QVBoxLayout(self.callBox)
        self.callLayout.setObjectName(u"callLayout")
        self.ruleLabel = QLabel(self.callBox)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"")
        self.ruleLabel.setWordWrap(True)

        self.callLayout.addWidget(self.ruleLabel)

        self.whyLabel = QLabel(self.callBox)
        self.whyLabel.setObjectName(u"whyLabel")
        self.whyLabel.setText(u"")
        self.whyLabel.setWordWrap(True)

        self.callLayout.addWidget(self.whyLabel)

        self.expiryLabel = QLabel(self.callBox)
        self.expiryLabel.setObjectName(u"expiryLabel")
        self.expiryLabel.setText(u"")
        self.expiryLabel.setWordWrap(True)

        self.callLayout.addWidget(self.expiryLabel)

        self.scriptTitle = QLabel(self.callBox)
        self.scriptTitle.setObjectName(u"scriptTitle")

        self.callLayout.addWidget(self.scriptTitle)

        self.scriptView = QPlainTextEdit(self.callBox)
        self.scriptView.setObjectName(u"scriptView")
        self.scriptView.setReadOnly(True)
        self.scriptView.setTabChangesFocus(True)
        self.scriptView.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.callLayout.addWidget(self.scriptView)

        self.resultForm = QFormLayout()
        self.resultForm.setObjectName(u"resultForm")
        self.noteLabel = QLabel(self.callBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.resultForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.callBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.resultForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.callBackLabel = QLabel(self.callBox)
        self.callBackLabel.setObjectName(u"callBackLabel")

        self.resultForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.callBackLabel)

        self.callBackEdit = QDateTimeEdit(self.callBox)
        self.callBackEdit.setObjectName(u"callBackEdit")
        self.callBackEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.callBackEdit.setCalendarPopup(True)

        self.resultForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.callBackEdit)


        self.callLayout.addLayout(self.resultForm)

        self.resultGrid = QGridLayout()
        self.resultGrid.setObjectName(u"resultGrid")
        self.reachedButton = QPushButton(self.callBox)
        self.reachedButton.setObjectName(u"reachedButton")

        self.resultGrid.addWidget(self.reachedButton, 0, 0, 1, 1)

        self.noAnswerButton = QPushButton(self.callBox)
        self.noAnswerButton.setObjectName(u"noAnswerButton")

        self.resultGrid.addWidget(self.noAnswerButton, 0, 1, 1, 1)

        self.callBackButton = QPushButton(self.callBox)
        self.callBackButton.setObjectName(u"callBackButton")

        self.resultGrid.addWidget(self.callBackButton, 0, 2, 1, 1)

        self.orderedButton = QPushButton(self.callBox)
        self.orderedButton.setObjectName(u"orderedButton")

        self.resultGrid.addWidget(self.orderedButton, 1, 0, 1, 1)

        self.declinedButton = QPushButton(self.callBox)
        self.declinedButton.setObjectName(u"declinedButton")

        self.resultGrid.addWidget(self.declinedButton, 1, 1, 1, 1)

        self.wrongNumberButton = QPushButton(self.callBox)
        self.wrongNumberButton.setObjectName(u"wrongNumberButton")

        self.resultGrid.addWidget(self.wrongNumberButton, 1, 2, 1, 1)

        self.doNotCallButton = QPushButton(self.callBox)
        self.doNotCallButton.setObjectName(u"doNotCallButton")

        self.resultGrid.addWidget(self.doNotCallButton, 2, 0, 1, 2)

        self.releaseButton = QPushButton(self.callBox)
        self.releaseButton.setObjectName(u"releaseButton")

        self.resultGrid.addWidget(self.releaseButton, 2, 2, 1, 1)


        self.callLayout.addLayout(self.resultGrid)

        self.errorLabel = QLabel(self.callBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.callLayout.addWidget(self.errorLabel)

        self.queueSplitter.addWidget(self.callBox)

        self.mainLayout.addWidget(self.queueSplitter)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.callBackLabel.setBuddy(self.callBackEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpQueue)

        self.queueTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FollowUpQueue)
    # setupUi

    def retranslateUi(self, FollowUpQueue):
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("FollowUpQueue", u"\u3044\u3061\u3070\u3093\u4e0a\u306e\u30d5\u30a9\u30ed\u30fc\u3092\u53d6\u308a\u51fa\u3057\u3066\u3001\u304a\u5ba2\u69d8\u306e\u753b\u9762\u3092\u958b\u304d\u307e\u3059\uff08F8\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("FollowUpQueue", u"\u6b21\u306e\u30d5\u30a9\u30ed\u30fc (F8)", None))
        self.queueTabs.setTabText(self.queueTabs.indexOf(self.mineTab), QCoreApplication.translate("FollowUpQueue", u"\u81ea\u5206\u306e\u62c5\u5f53", None))
        self.queueTabs.setTabText(self.queueTabs.indexOf(self.sharedTab), QCoreApplication.translate("FollowUpQueue", u"\u5171\u6709\u30ad\u30e5\u30fc", None))
        self.callBox.setTitle(QCoreApplication.translate("FollowUpQueue", u"\u901a\u8a71\u4e2d\u306e\u30d5\u30a9\u30ed\u30fc", None))
        self.scriptTitle.setText(QCoreApplication.translate("FollowUpQueue", u"\u30c8\u30fc\u30af", None))
        self.noteLabel.setText(QCoreApplication.translate("FollowUpQueue", u"\u30e1\u30e2(&O)", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("FollowUpQueue", u"\u901a\u8a71\u306e\u8981\u70b9\uff08\u7d50\u679c\u3068\u4e00\u7dd2\u306b\u8a18\u9332\u3055\u308c\u307e\u3059\uff09", None))
        self.callBackLabel.setText(QCoreApplication.translate("FollowUpQueue", u"\u304b\u3051\u76f4\u3059\u65e5\u6642(&W)", None))
        self.reachedButton.setText(QCoreApplication.translate("FollowUpQueue", u"\u8a71\u305b\u305f (Alt+1)", None))
        self.noAnswerButton.setText(QCoreApplication.translate("FollowUpQueue", u"\u4e0d\u5728 (Alt+2)", None))
        self.callBackButton.setText(QCoreApplication.translate("FollowUpQueue", u"\u304b\u3051\u76f4\u3057 (Alt+3)", None))
        self.orderedButton.setText(QCoreApplication.translate("FollowUpQueue", u"\u6ce8\u6587\u3044\u305f\u3060\u3044\u305f (Alt+4)", None))
        self.declinedButton.setText(QCoreApplication.translate("FollowUpQueue", u"\u304a\u65ad\u308a (Alt+5)", None))
        self.wrongNumberButton.setText(QCoreApplication.translate("FollowUpQueue", u"\u756a\u53f7\u9055\u3044 (Alt+6)", None))
        self.doNotCallButton.setText(QCoreApplication.translate("FollowUpQueue", u"\u96fb\u8a71\u3057\u306a\u3044\u3067\u307b\u3057\u3044 (Alt+7)", None))
#if QT_CONFIG(tooltip)
        self.releaseButton.setToolTip(QCoreApplication.translate("FollowUpQueue", u"\u304b\u3051\u305a\u306b\u30ad\u30e5\u30fc\u3078\u623b\u3057\u307e\u3059\uff08Esc\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.releaseButton.setText(QCoreApplication.translate("FollowUpQueue", u"\u623b\u3059 (Esc)", None))
        pass
    # retranslateUi

