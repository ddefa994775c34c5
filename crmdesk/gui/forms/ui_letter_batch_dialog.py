# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_batch_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_LetterBatchDialog(object):
    def setupUi(self, LetterBatchDialog):
        if not LetterBatchDialog.objectName():
            LetterBatchDialog.setObjectName(u"LetterBatchDialog")
        LetterBatchDialog.resize(1180, 760)
        self.mainLayout = QVBoxLayout(LetterBatchDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.requestRow = QHBoxLayout()
        self.requestRow.setObjectName(u"requestRow")
        self.requestForm = QFormLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.kindLabel = QLabel(LetterBatchDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(LetterBatchDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.segmentLabel = QLabel(LetterBatchDialog)
        self.segmentLabel.setObjectName(u"segmentLabel")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.segmentLabel)

        self.segmentCombo = QComboBox(LetterBatchDialog)
        self.segmentCombo.setObjectName(u"segmentCombo")
        self.segmentCombo.setMinimumContentsLength(28)

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.segmentCombo)

        self.templateLabel = QLabel(LetterBatchDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(LetterBatchDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.templateCombo)


        self.requestRow.addLayout(self.requestForm)

        self.optionsForm = QFormLayout()
        self.optionsForm.setObjectName(u"optionsForm")
        self.todayLabel = QLabel(LetterBatchDialog)
        self.todayLabel.setObjectName(u"todayLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.todayLabel)

        self.todayEdit = QDateEdit(LetterBatchDialog)
        self.todayEdit.setObjectName(u"todayEdit")
        self.todayEdit.setCalendarPopup(True)
        self.todayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.todayEdit)

        self.limitLabel = QLabel(LetterBatchDialog)
        self.limitLabel.setObjectName(u"limitLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.limitLabel)

        self.limitSpin = QSpinBox(LetterBatchDialog)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMaximum(10000000)
        self.limitSpin.setSingleStep(100)

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.limitSpin)

        self.offerLabel = QLabel(LetterBatchDialog)
        self.offerLabel.setObjectName(u"offerLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.offerLabel)

        self.offerEdit = QLineEdit(LetterBatchDialog)
        self.offerEdit.setObjectName(u"offerEdit")
        self.offerEdit.setMaxLength(20)

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offerEdit)


        self.requestRow.addLayout(self.optionsForm)

        self.previewColumn = QVBoxLayout()
        self.previewColumn.setObjectName(u"previewColumn")
        self.previewButton = QPushButton(LetterBatchDialog)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.previewColumn.addWidget(self.previewButton)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previewColumn.addItem(self.previewSpacer)


        self.requestRow.addLayout(self.previewColumn)


        self.mainLayout.addLayout(self.requestRow)

        self.summaryLabel = QLabel(LetterBatchDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(LetterBatchDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.exclusionsPane = QWidget(self.splitter)
        self.exclusionsPane.setObjectName(u"exclusionsPane")
        self.exclusionsLayout = QVBoxLayout(self.exclusionsPane)
        self.exclusionsLayout.setObjectName(u"exclusionsLayout")
        self.exclusionsLayout.setContentsMargins(0, 0, 0, 0)
        self.exclusionsTitle = QLabel(self.exclusionsPane)
        self.exclusionsTitle.setObjectName(u"exclusionsTitle")

        self.exclusionsLayout.addWidget(self.exclusionsTitle)

        self.exclusionsView = QTableView(self.exclusionsPane)
        self.exclusionsView.setObjectName(u"exclusionsView")
        self.exclusionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exclusionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exclusionsView.setTabKeyNavigation(False)
        self.exclusionsView.verticalHeader().setVisible(False)

        self.exclusionsLayout.addWidget(self.exclusionsView)

        self.splitter.addWidget(self.exclusionsPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.pageRow = QHBoxLayout()
        self.pageRow.setObjectName(u"pageRow")
        self.pageTitle = QLabel(self.previewPane)
        self.pageTitle.setObjectName(u"pageTitle")

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
        self.previewScroll.setWidgetResizable(True)
        self.previewScroll.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.previewImage = QLabel()
        self.previewImage.setObjectName(u"previewImage")
        self.previewImage.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.previewImage.setText(u"")
        self.previewScroll.setWidget(self.previewImage)

        self.previewLayout.addWidget(self.previewScroll)

        self.splitter.addWidget(self.previewPane)

        self.mainLayout.addWidget(self.splitter)

        self.outputBox = QGroupBox(LetterBatchDialog)
        self.outputBox.setObjectName(u"outputBox")
        self.outputLayout = QHBoxLayout(self.outputBox)
        self.outputLayout.setObjectName(u"outputLayout")
        self.pdfRadio = QRadioButton(self.outputBox)
        self.pdfRadio.setObjectName(u"pdfRadio")
        self.pdfRadio.setChecked(True)

        self.outputLayout.addWidget(self.pdfRadio)

        self.printerRadio = QRadioButton(self.outputBox)
        self.printerRadio.setObjectName(u"printerRadio")

        self.outputLayout.addWidget(self.printerRadio)

        self.mailingListCheck = QCheckBox(self.outputBox)
        self.mailingListCheck.setObjectName(u"mailingListCheck")

        self.outputLayout.addWidget(self.mailingListCheck)

        self.encodingCombo = QComboBox(self.outputBox)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.outputLayout.addWidget(self.encodingCombo)

        self.outputSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outputLayout.addItem(self.outputSpacer)

        self.runButton = QPushButton(self.outputBox)
        self.runButton.setObjectName(u"runButton")
        self.runButton.setAutoDefault(False)

        self.outputLayout.addWidget(self.runButton)


        self.mainLayout.addWidget(self.outputBox)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressBar = QProgressBar(LetterBatchDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressRow.addWidget(self.progressBar)

        self.cancelRunButton = QPushButton(LetterBatchDialog)
        self.cancelRunButton.setObjectName(u"cancelRunButton")
        self.cancelRunButton.setAutoDefault(False)

        self.progressRow.addWidget(self.cancelRunButton)


        self.mainLayout.addLayout(self.progressRow)

        self.messageLabel = QLabel(LetterBatchDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(LetterBatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.segmentLabel.setBuddy(self.segmentCombo)
        self.templateLabel.setBuddy(self.templateCombo)
        self.todayLabel.setBuddy(self.todayEdit)
        self.limitLabel.setBuddy(self.limitSpin)
        self.offerLabel.setBuddy(self.offerEdit)
        self.exclusionsTitle.setBuddy(self.exclusionsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.segmentCombo)
        QWidget.setTabOrder(self.segmentCombo, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.todayEdit)
        QWidget.setTabOrder(self.todayEdit, self.limitSpin)
        QWidget.setTabOrder(self.limitSpin, self.offerEdit)
        QWidget.setTabOrder(self.offerEdit, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.exclusionsView)
        QWidget.setTabOrder(self.exclusionsView, self.previousPageButton)
        QWidget.setTabOrder(self.previousPageButton, self.nextPageButton)
        QWidget.setTabOrder(self.nextPageButton, self.pdfRadio)
        QWidget.setTabOrder(self.pdfRadio, self.printerRadio)
        QWidget.setTabOrder(self.printerRadio, self.mailingListCheck)
        QWidget.setTabOrder(self.mailingListCheck, self.encodingCombo)
        QWidget.setTabOrder(self.encodingCombo, self.runButton)
        QWidget.setTabOrder(self.runButton, self.cancelRunButton)

        self.retranslateUi(LetterBatchDialog)

        QMetaObject.connectSlotsByName(LetterBatchDialog)
    # setupUi

    def retranslateUi(self, LetterBatchDialog):
        LetterBatchDialog.setWindowTitle(QCoreApplication.translate("LetterBatchDialog", u"DM\u30fb\u624b\u7d19\u306e\u4e00\u62ec\u5370\u5237", None))
        self.kindLabel.setText(QCoreApplication.translate("LetterBatchDialog", u"\u66f8\u985e\u306e\u7a2e\u985e(&K)", None))
        self.segmentLabel.setText(QCoreApplication.translate("LetterBatchDialog", u"\u30bb\u30b0\u30e1\u30f3\u30c8(&S)", None))
        self.templateLabel.setText(QCoreApplication.translate("LetterBatchDialog", u"\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8(&T)", None))
        self.todayLabel.setText(QCoreApplication.translate("LetterBatchDialog", u"\u57fa\u6e96\u65e5(&D)", None))
        self.limitLabel.setText(QCoreApplication.translate("LetterBatchDialog", u"\u4ef6\u6570\u306e\u4e0a\u9650(&L)", None))
        self.limitSpin.setSpecialValueText(QCoreApplication.translate("LetterBatchDialog", u"\u4e0a\u9650\u306a\u3057", None))
        self.offerLabel.setText(QCoreApplication.translate("LetterBatchDialog", u"\u7279\u5178\u30b3\u30fc\u30c9(&O)", None))
        self.previewButton.setText(QCoreApplication.translate("LetterBatchDialog", u"\u5019\u88dc\u3092\u78ba\u8a8d(&P)", None))
        self.summaryLabel.setText(QCoreApplication.translate("LetterBatchDialog", u"\u6761\u4ef6\u3092\u9078\u3093\u3067\u300c\u5019\u88dc\u3092\u78ba\u8a8d\u300d\u3092\u62bc\u3059\u3068\u3001\u9001\u4ed8\u3059\u308b\u4eba\u6570\u3068\u3001\u9001\u4ed8\u3057\u306a\u3044\u304a\u5ba2\u69d8\u3068\u305d\u306e\u7406\u7531\u304c\u8868\u793a\u3055\u308c\u307e\u3059\u3002", None))
        self.exclusionsTitle.setText(QCoreApplication.translate("LetterBatchDialog", u"\u9001\u4ed8\u3057\u306a\u3044\u304a\u5ba2\u69d8(&X)", None))
        self.pageTitle.setText(QCoreApplication.translate("LetterBatchDialog", u"\u5370\u5237\u30a4\u30e1\u30fc\u30b8\uff08\u6700\u521d\u306e\u6570\u30da\u30fc\u30b8\uff09", None))
        self.previousPageButton.setText(QCoreApplication.translate("LetterBatchDialog", u"\u524d\u306e\u30da\u30fc\u30b8", None))
        self.nextPageButton.setText(QCoreApplication.translate("LetterBatchDialog", u"\u6b21\u306e\u30da\u30fc\u30b8", None))
        self.outputBox.setTitle(QCoreApplication.translate("LetterBatchDialog", u"\u51fa\u529b", None))
        self.pdfRadio.setText(QCoreApplication.translate("LetterBatchDialog", u"PDF\u306b\u4fdd\u5b58(&F)", None))
        self.printerRadio.setText(QCoreApplication.translate("LetterBatchDialog", u"\u30d7\u30ea\u30f3\u30bf\u30fc\u3067\u5370\u5237(&R)", None))
        self.mailingListCheck.setText(QCoreApplication.translate("LetterBatchDialog", u"\u5b9b\u540d\u30ea\u30b9\u30c8CSV\u3082\u4fdd\u5b58(&M)", None))
        self.runButton.setText(QCoreApplication.translate("LetterBatchDialog", u"\u5b9f\u884c(&E)\u2026", None))
        self.cancelRunButton.setText(QCoreApplication.translate("LetterBatchDialog", u"\u4e2d\u6b62(&C)", None))
    # retranslateUi

