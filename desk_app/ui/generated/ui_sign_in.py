# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(380, 220)
        self.verticalLayout = QVBoxLayout(SignInDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.promptLabel = QLabel(SignInDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.promptLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.loginLabel = QLabel(SignInDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(SignInDialog)
        self.loginEdit.setObjectName(u"loginEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.pinLabel = QLabel(SignInDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(SignInDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)
        self.pinEdit.setMaxLength(12)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SignInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.pinEdit)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"\u041a\u0435\u04a3\u0441\u0435 \u2014 \u043a\u0456\u0440\u0443", None))
        self.promptLabel.setText(QCoreApplication.translate("SignInDialog", u"\u041b\u043e\u0433\u0438\u043d \u043c\u0435\u043d PIN \u043a\u043e\u0434\u0442\u044b \u0435\u043d\u0433\u0456\u0437\u0456\u04a3\u0456\u0437", None))
        self.loginLabel.setText(QCoreApplication.translate("SignInDialog", u"\u041b\u043e\u0433\u0438\u043d:", None))
        self.pinLabel.setText(QCoreApplication.translate("SignInDialog", u"PIN:", None))
    # retranslateUi

