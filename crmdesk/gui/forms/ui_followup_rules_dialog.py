# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_rules_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_FollowUpRulesDialog(object):
    def setupUi(self, FollowUpRulesDialog):
        if not FollowUpRulesDialog.objectName():
            FollowUpRulesDialog.setObjectName(u"FollowUpRulesDialog")
        FollowUpRulesDialog.resize(980, 640)
        self.mainLayout = QVBoxLayout(FollowUpRulesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.helpLabel = QLabel(FollowUpRulesDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.helpLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.rulesList = QListWidget(FollowUpRulesDialog)
        self.rulesList.setObjectName(u"rulesList")
        self.rulesList.setMaximumSize(QSize(300, 16777215))

        self.bodyLayout.addWidget(self.rulesList)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.codeTitle = QLabel(FollowUpRulesDialog)
        self.codeTitle.setObjectName(u"codeTitle")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeTitle)

        self.codeValue = QLabel(FollowUpRulesDialog)
        self.codeValue.setObjectName(u"codeValue")
        self.codeValue.setText(u"")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeValue)

        self.labelTitle = QLabel(FollowUpRulesDialog)
        self.labelTitle.setObjectName(u"labelTitle")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labelTitle)

        self.labelEdit = QLineEdit(FollowUpRulesDialog)
        self.labelEdit.setObjectName(u"labelEdit")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.whomTitle = QLabel(FollowUpRulesDialog)
        self.whomTitle.setObjectName(u"whomTitle")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whomTitle)

        self.whomValue = QLabel(FollowUpRulesDialog)
        self.whomValue.setObjectName(u"whomValue")
        self.whomValue.setText(u"")
        self.whomValue.setWordWrap(True)

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whomValue)

        self.whomParamsTitle = QLabel(FollowUpRulesDialog)
        self.whomParamsTitle.setObjectName(u"whomParamsTitle")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.whomParamsTitle)

        self.whomEdit = QLineEdit(FollowUpRulesDialog)
        self.whomEdit.setObjectName(u"whomEdit")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.whomEdit)

        self.channelTitle = QLabel(FollowUpRulesDialog)
        self.channelTitle.setObjectName(u"channelTitle")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channelTitle)

        self.channelCombo = QComboBox(FollowUpRulesDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.priorityTitle = QLabel(FollowUpRulesDialog)
        self.priorityTitle.setObjectName(u"priorityTitle")

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.priorityTitle)

        self.prioritySpin = QSpinBox(FollowUpRulesDialog)
        self.prioritySpin.setObjectName(u"prioritySpin")
        self.prioritySpin.setMaximum(100)

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.prioritySpin)

        self.coolDownTitle = QLabel(FollowUpRulesDialog)
        self.coolDownTitle.setObjectName(u"coolDownTitle")

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.coolDownTitle)

        self.coolDownSpin = QSpinBox(FollowUpRulesDialog)
        self.coolDownSpin.setObjectName(u"coolDownSpin")
        self.coolDownSpin.setMaximum(365)

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.coolDownSpin)

        self.scriptTitle = QLabel(FollowUpRulesDialog)
        self.scriptTitle.setObjectName(u"scriptTitle")

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.scriptTitle)

        self.scriptEdit = QLineEdit(FollowUpRulesDialog)
        self.scriptEdit.setObjectName(u"scriptEdit")

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.scriptEdit)

        self.scriptTextTitle = QLabel(FollowUpRulesDialog)
        self.scriptTextTitle.setObjectName(u"scriptTextTitle")

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.scriptTextTitle)

        self.scriptTextEdit = QPlainTextEdit(FollowUpRulesDialog)
        self.scriptTextEdit.setObjectName(u"scriptTextEdit")
        self.scriptTextEdit.setTabChangesFocus(True)

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.scriptTextEdit)

        self.activeCheck = QCheckBox(FollowUpRulesDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.fieldsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.letterIfNoCallCheck = QCheckBox(FollowUpRulesDialog)
        self.letterIfNoCallCheck.setObjectName(u"letterIfNoCallCheck")

        self.fieldsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.letterIfNoCallCheck)

        self.letterAfterNoAnswerCheck = QCheckBox(FollowUpRulesDialog)
        self.letterAfterNoAnswerCheck.setObjectName(u"letterAfterNoAnswerCheck")

        self.fieldsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.letterAfterNoAnswerCheck)

        self.closeOnOrderCheck = QCheckBox(FollowUpRulesDialog)
        self.closeOnOrderCheck.setObjectName(u"closeOnOrderCheck")

        self.fieldsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.closeOnOrderCheck)


        self.bodyLayout.addLayout(self.fieldsForm)


        self.mainLayout.addLayout(self.bodyLayout)

        self.errorLabel = QLabel(FollowUpRulesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.conflictBar = QWidget(FollowUpRulesDialog)
        self.conflictBar.setObjectName(u"conflictBar")
        self.conflictLayout = QHBoxLayout(self.conflictBar)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLayout.setContentsMargins(0, 0, 0, 0)
        self.reloadRulesButton = QPushButton(self.conflictBar)
        self.reloadRulesButton.setObjectName(u"reloadRulesButton")

        self.conflictLayout.addWidget(self.reloadRulesButton)

        self.overwriteButton = QPushButton(self.conflictBar)
        self.overwriteButton.setObjectName(u"overwriteButton")

        self.conflictLayout.addWidget(self.overwriteButton)

        self.conflictSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictLayout.addItem(self.conflictSpacer)


        self.mainLayout.addWidget(self.conflictBar)

        self.buttonBox = QDialogButtonBox(FollowUpRulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.labelTitle.setBuddy(self.labelEdit)
        self.whomParamsTitle.setBuddy(self.whomEdit)
        self.channelTitle.setBuddy(self.channelCombo)
        self.priorityTitle.setBuddy(self.prioritySpin)
        self.coolDownTitle.setBuddy(self.coolDownSpin)
        self.scriptTitle.setBuddy(self.scriptEdit)
        self.scriptTextTitle.setBuddy(self.scriptTextEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpRulesDialog)

        QMetaObject.connectSlotsByName(FollowUpRulesDialog)
    # setupUi

    def retranslateUi(self, FollowUpRulesDialog):
        FollowUpRulesDialog.setWindowTitle(QCoreApplication.translate("FollowUpRulesDialog", u"\u30d5\u30a9\u30ed\u30fc\u30eb\u30fc\u30eb\u306e\u7de8\u96c6", None))
        self.helpLabel.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u30eb\u30fc\u30eb\u3092\u9078\u3093\u3067\u9805\u76ee\u3092\u76f4\u3057\u3001\u300c\u4fdd\u5b58\u300d\u3092\u62bc\u3057\u3066\u304f\u3060\u3055\u3044\u3002\u4fdd\u5b58\u306f\u5168\u30eb\u30fc\u30eb\u307e\u3068\u3081\u3066\u78ba\u8a8d\u3055\u308c\u3001\u8a18\u9332\uff08\u76e3\u67fb\u30ed\u30b0\uff09\u306b\u6b8b\u308a\u307e\u3059\u3002\u5bfe\u8c61\u8005\u306e\u7a2e\u985e\u306f\u5909\u3048\u3089\u308c\u307e\u305b\u3093\uff08\u6761\u4ef6\u306e\u5024\u306f\u5909\u3048\u3089\u308c\u307e\u3059\uff09\u3002", None))
        self.codeTitle.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u30b3\u30fc\u30c9", None))
        self.labelTitle.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u540d\u524d(&N)", None))
        self.whomTitle.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u5bfe\u8c61\u8005", None))
        self.whomParamsTitle.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u6761\u4ef6(&R)", None))
#if QT_CONFIG(tooltip)
        self.whomEdit.setToolTip(QCoreApplication.translate("FollowUpRulesDialog", u"\u5bfe\u8c61\u8005\u306e\u6761\u4ef6\u3092\u300c\u540d\u524d = \u5024\u300d\u3067\u3001\u30ab\u30f3\u30de\u533a\u5207\u308a\u3067\u5165\u529b\u3057\u307e\u3059\uff08\u4f8b: tier = 1\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.channelTitle.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u624b\u6bb5(&H)", None))
        self.priorityTitle.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u512a\u5148\u5ea6(&P)", None))
#if QT_CONFIG(tooltip)
        self.prioritySpin.setToolTip(QCoreApplication.translate("FollowUpRulesDialog", u"\u5927\u304d\u3044\u307b\u3069\u5148\u306b\u304b\u3051\u307e\u3059\uff08\u6298\u308a\u8fd4\u3057 50\u3001\u30af\u30ec\u30fc\u30e0\u5f8c\u78ba\u8a8d 80\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.coolDownTitle.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u9023\u7d61\u5f8c\u306e\u9593\u9694\uff08\u65e5\uff09(&D)", None))
#if QT_CONFIG(tooltip)
        self.coolDownSpin.setToolTip(QCoreApplication.translate("FollowUpRulesDialog", u"\u3053\u306e\u65e5\u6570\u4ee5\u5185\u306b\u96fb\u8a71\u3084DM\u304c\u3042\u3063\u305f\u304a\u5ba2\u69d8\u306b\u306f\u4f5c\u308a\u307e\u305b\u3093\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.scriptTitle.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u5f15\u304d\u6b62\u3081\u30c8\u30fc\u30af(&S)", None))
        self.scriptEdit.setPlaceholderText(QCoreApplication.translate("FollowUpRulesDialog", u"\u30c8\u30fc\u30af\u306e\u30b3\u30fc\u30c9\uff08\u7a7a\u6b04\u306a\u3089\u4e0b\u306e\u30c8\u30fc\u30af\u6587\u3092\u8868\u793a\uff09", None))
        self.scriptTextTitle.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u30c8\u30fc\u30af\u6587(&T)", None))
        self.activeCheck.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u3053\u306e\u30eb\u30fc\u30eb\u3092\u4f7f\u3046(&A)", None))
        self.letterIfNoCallCheck.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u96fb\u8a71\u4e0d\u53ef\u306e\u304a\u5ba2\u69d8\u306b\u306f\u624b\u7d19\u306b\u3059\u308b", None))
        self.letterAfterNoAnswerCheck.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u4e0d\u5728\u304c\u4e0a\u9650\u56de\u6570\u7d9a\u3044\u305f\u3089\u624b\u7d19\u306b\u3059\u308b", None))
        self.closeOnOrderCheck.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u6ce8\u6587\u304c\u3042\u308c\u3070\u81ea\u52d5\u3067\u9589\u3058\u308b", None))
#if QT_CONFIG(tooltip)
        self.reloadRulesButton.setToolTip(QCoreApplication.translate("FollowUpRulesDialog", u"\u3082\u3046\u4e00\u4eba\u306eSV\u304c\u4fdd\u5b58\u3057\u305f\u30eb\u30fc\u30eb\u3092\u8aad\u307f\u8fbc\u307f\u307e\u3059\u3002\u3053\u306e\u753b\u9762\u3067\u306e\u5909\u66f4\u306f\u7834\u68c4\u3055\u308c\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.reloadRulesButton.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u4fdd\u5b58\u3055\u308c\u305f\u30eb\u30fc\u30eb\u3092\u8aad\u307f\u8fbc\u3080(&R)", None))
#if QT_CONFIG(tooltip)
        self.overwriteButton.setToolTip(QCoreApplication.translate("FollowUpRulesDialog", u"\u3053\u306e\u753b\u9762\u306e\u5185\u5bb9\u3067\u3001\u3082\u3046\u4e00\u4eba\u306eSV\u304c\u4fdd\u5b58\u3057\u305f\u30eb\u30fc\u30eb\u3092\u7f6e\u304d\u63db\u3048\u307e\u3059\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.overwriteButton.setText(QCoreApplication.translate("FollowUpRulesDialog", u"\u81ea\u5206\u306e\u5185\u5bb9\u3067\u4e0a\u66f8\u304d\u4fdd\u5b58(&O)", None))
    # retranslateUi

