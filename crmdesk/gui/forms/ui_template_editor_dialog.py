# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_editor_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_TemplateEditorDialog(object):
    def setupUi(self, TemplateEditorDialog):
        if not TemplateEditorDialog.objectName():
            TemplateEditorDialog.setObjectName(u"TemplateEditorDialog")
        TemplateEditorDialog.resize(1280, 860)
        self.mainLayout = QVBoxLayout(TemplateEditorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(TemplateEditorDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.templateList = QListWidget(self.splitter)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setMaximumSize(QSize(320, 16777215))
        self.splitter.addWidget(self.templateList)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.versionLabel = QLabel(self.editorPane)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"")
        self.versionLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.versionLabel)

        self.sourceEdit = QPlainTextEdit(self.editorPane)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.sourceEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.sourceEdit)

        self.placeholdersLabel = QLabel(self.editorPane)
        self.placeholdersLabel.setObjectName(u"placeholdersLabel")
        self.placeholdersLabel.setText(u"")
        self.placeholdersLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.placeholdersLabel)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteLabel = QLabel(self.editorPane)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.editorPane)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.editorLayout.addLayout(self.noteForm)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveButton = QPushButton(self.editorPane)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.saveRow.addWidget(self.saveButton)

        self.revertButton = QPushButton(self.editorPane)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setAutoDefault(False)

        self.saveRow.addWidget(self.revertButton)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)


        self.editorLayout.addLayout(self.saveRow)

        self.editorLayout.setStretch(1, 1)
        self.splitter.addWidget(self.editorPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.customerRow = QHBoxLayout()
        self.customerRow.setObjectName(u"customerRow")
        self.customerLabel = QLabel(self.previewPane)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setWordWrap(True)

        self.customerRow.addWidget(self.customerLabel)

        self.customerEdit = QLineEdit(self.previewPane)
        self.customerEdit.setObjectName(u"customerEdit")
        self.customerEdit.setMaxLength(20)

        self.customerRow.addWidget(self.customerEdit)

        self.previewButton = QPushButton(self.previewPane)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.customerRow.addWidget(self.previewButton)


        self.previewLayout.addLayout(self.customerRow)

        self.previewStatus = QLabel(self.previewPane)
        self.previewStatus.setObjectName(u"previewStatus")
        self.previewStatus.setText(u"")
        self.previewStatus.setWordWrap(True)

        self.previewLayout.addWidget(self.previewStatus)

        self.pageRow = QHBoxLayout()
        self.pageRow.setObjectName(u"pageRow")
        self.pageTitle = QLabel(self.previewPane)
        self.pageTitle.setObjectName(u"pageTitle")
        self.pageTitle.setWordWrap(True)

        self.pageRow.addWidget(self.pageTitle)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageRow.addItem(self.pageSpacer)

        self.previousPageButton = QPushButton(self.previewPane)
        self.previousPageButton.setObjectName(u"previousPageButton")
        self.previousPageButton.setAutoDefault(False)

        self.pageRow.addWidget(self.previousPageButton)

        self.pageLabel = QLabel(self.previewPane)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setMinimumSize(QSize(56, 0))
        self.pageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pageLabel.setText(u"\u2013")

        self.pageRow.addWidget(self.pageLabel)

        self.nextPageButton = QPushButton(self.previewPane)
        self.nextPageButton.setObjectName(u"nextPageButton")
        self.nextPageButton.setAutoDefault(False)

        self.pageRow.addWidget(self.nextPageButton)


        self.previewLayout.addLayout(self.pageRow)

        self.previewScroll = QScrollArea(self.previewPane)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setMinimumSize(QSize(480, 360))
        self.previewScroll.setWidgetResizable(True)
        self.previewImage = QLabel()
        self.previewImage.setObjectName(u"previewImage")
        self.previewImage.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.previewImage.setText(u"")
        self.previewScroll.setWidget(self.previewImage)

        self.previewLayout.addWidget(self.previewScroll)

        self.previewLayout.setStretch(3, 1)
        self.splitter.addWidget(self.previewPane)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(TemplateEditorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TemplateEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.customerLabel.setBuddy(self.customerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateList, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.customerEdit)
        QWidget.setTabOrder(self.customerEdit, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.previousPageButton)
        QWidget.setTabOrder(self.previousPageButton, self.nextPageButton)

        self.retranslateUi(TemplateEditorDialog)

        QMetaObject.connectSlotsByName(TemplateEditorDialog)
    # setupUi

    def retranslateUi(self, TemplateEditorDialog):
        TemplateEditorDialog.setWindowTitle(QCoreApplication.translate("TemplateEditorDialog", u"\u624b\u7d19\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8\u306e\u7de8\u96c6", None))
        self.noteLabel.setText(QCoreApplication.translate("TemplateEditorDialog", u"\u5909\u66f4\u306e\u8aac\u660e(&N)", None))
        self.saveButton.setText(QCoreApplication.translate("TemplateEditorDialog", u"\u4fdd\u5b58(&S)", None))
        self.revertButton.setText(QCoreApplication.translate("TemplateEditorDialog", u"\u51fa\u8377\u6642\u306e\u5185\u5bb9\u306b\u623b\u3059(&O)", None))
        self.customerLabel.setText(QCoreApplication.translate("TemplateEditorDialog", u"\u304a\u5ba2\u69d8\u756a\u53f7(&U)", None))
        self.previewButton.setText(QCoreApplication.translate("TemplateEditorDialog", u"\u30d7\u30ec\u30d3\u30e5\u30fc(&V)", None))
        self.pageTitle.setText(QCoreApplication.translate("TemplateEditorDialog", u"\u5370\u5237\u30a4\u30e1\u30fc\u30b8", None))
        self.previousPageButton.setText(QCoreApplication.translate("TemplateEditorDialog", u"\u524d\u306e\u30da\u30fc\u30b8", None))
        self.nextPageButton.setText(QCoreApplication.translate("TemplateEditorDialog", u"\u6b21\u306e\u30da\u30fc\u30b8", None))
    # retranslateUi

