# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 420)
        self.verticalLayout = QVBoxLayout(SettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.officeNameEditLabel = QLabel(SettingsDialog)
        self.officeNameEditLabel.setObjectName(u"officeNameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameEditLabel)

        self.officeNameEdit = QLineEdit(SettingsDialog)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.districtEditLabel = QLabel(SettingsDialog)
        self.districtEditLabel.setObjectName(u"districtEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.districtEditLabel)

        self.districtEdit = QLineEdit(SettingsDialog)
        self.districtEdit.setObjectName(u"districtEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.languageComboLabel = QLabel(SettingsDialog)
        self.languageComboLabel.setObjectName(u"languageComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageComboLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.idleSpinLabel = QLabel(SettingsDialog)
        self.idleSpinLabel.setObjectName(u"idleSpinLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idleSpinLabel)

        self.idleSpin = QSpinBox(SettingsDialog)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMaximum(240)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.scannerPortEditLabel = QLabel(SettingsDialog)
        self.scannerPortEditLabel.setObjectName(u"scannerPortEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scannerPortEditLabel)

        self.scannerPortEdit = QComboBox(SettingsDialog)
        self.scannerPortEdit.setObjectName(u"scannerPortEdit")
        self.scannerPortEdit.setEditable(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scannerPortEdit)

        self.scannerBaudSpinLabel = QLabel(SettingsDialog)
        self.scannerBaudSpinLabel.setObjectName(u"scannerBaudSpinLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scannerBaudSpinLabel)

        self.scannerBaudSpin = QSpinBox(SettingsDialog)
        self.scannerBaudSpin.setObjectName(u"scannerBaudSpin")
        self.scannerBaudSpin.setMinimum(1200)
        self.scannerBaudSpin.setMaximum(921600)
        self.scannerBaudSpin.setValue(9600)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scannerBaudSpin)

        self.scannerSuffixComboLabel = QLabel(SettingsDialog)
        self.scannerSuffixComboLabel.setObjectName(u"scannerSuffixComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.scannerSuffixComboLabel)

        self.scannerSuffixCombo = QComboBox(SettingsDialog)
        self.scannerSuffixCombo.setObjectName(u"scannerSuffixCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.scannerSuffixCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.profileGroup = QGroupBox(SettingsDialog)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileLayout = QVBoxLayout(self.profileGroup)
        self.profileLayout.setObjectName(u"profileLayout")
        self.role_center_inspector = QCheckBox(self.profileGroup)
        self.role_center_inspector.setObjectName(u"role_center_inspector")

        self.profileLayout.addWidget(self.role_center_inspector)

        self.role_dispatch_inspector = QCheckBox(self.profileGroup)
        self.role_dispatch_inspector.setObjectName(u"role_dispatch_inspector")

        self.profileLayout.addWidget(self.role_dispatch_inspector)

        self.role_office_clerk = QCheckBox(self.profileGroup)
        self.role_office_clerk.setObjectName(u"role_office_clerk")

        self.profileLayout.addWidget(self.role_office_clerk)

        self.role_head = QCheckBox(self.profileGroup)
        self.role_head.setObjectName(u"role_head")

        self.profileLayout.addWidget(self.role_head)

        self.role_executor = QCheckBox(self.profileGroup)
        self.role_executor.setObjectName(u"role_executor")

        self.profileLayout.addWidget(self.role_executor)

        self.role_center_head = QCheckBox(self.profileGroup)
        self.role_center_head.setObjectName(u"role_center_head")

        self.profileLayout.addWidget(self.role_center_head)


        self.verticalLayout.addWidget(self.profileGroup)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.officeNameEditLabel.setBuddy(self.officeNameEdit)
        self.districtEditLabel.setBuddy(self.districtEdit)
        self.languageComboLabel.setBuddy(self.languageCombo)
        self.idleSpinLabel.setBuddy(self.idleSpin)
        self.scannerPortEditLabel.setBuddy(self.scannerPortEdit)
        self.scannerBaudSpinLabel.setBuddy(self.scannerBaudSpin)
        self.scannerSuffixComboLabel.setBuddy(self.scannerSuffixCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u0411\u0430\u043f\u0442\u0430\u0443\u043b\u0430\u0440", None))
        self.officeNameEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u041c\u0435\u043a\u0435\u043c\u0435 \u0430\u0442\u0430\u0443\u044b:", None))
        self.districtEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0410\u0443\u0434\u0430\u043d:", None))
        self.languageComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0422\u0456\u043b:", None))
        self.idleSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0411\u043e\u0441 \u0442\u04b1\u0440\u0441\u0430 \u0431\u04b1\u0493\u0430\u0442\u0442\u0430\u0443:", None))
        self.idleSpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"\u0431\u04b1\u0493\u0430\u0442\u0442\u0430\u043b\u043c\u0430\u0439\u0434\u044b", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u043c\u0438\u043d", None))
        self.scannerPortEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0421\u043a\u0430\u043d\u0435\u0440 \u043f\u043e\u0440\u0442\u044b:", None))
#if QT_CONFIG(tooltip)
        self.scannerPortEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u0411\u043e\u0441 \u2014 \u0442\u0435\u043a \u043f\u0435\u0440\u043d\u0435\u0442\u0430\u049b\u0442\u0430 \u0441\u043a\u0430\u043d\u0435\u0440\u0456; auto \u2014 \u0431\u0456\u0440\u0456\u043d\u0448\u0456 USB \u043f\u043e\u0440\u0442; \u043d\u0435\u043c\u0435\u0441\u0435 /dev/ttyACM0, COM3", None))
#endif // QT_CONFIG(tooltip)
        self.scannerBaudSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0416\u044b\u043b\u0434\u0430\u043c\u0434\u044b\u0493\u044b (\u0431\u043e\u0434):", None))
        self.scannerSuffixComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u041a\u043e\u0434 \u0441\u043e\u04a3\u044b\u043d\u0434\u0430\u0493\u044b \u0442\u0430\u04a3\u0431\u0430:", None))
        self.profileGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u041e\u0441\u044b \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0434\u0435\u0433\u0456 \u0431\u0435\u0442\u0442\u0435\u0440 (\u0436\u04b1\u043c\u044b\u0441 \u043e\u0440\u043d\u044b)", None))
        self.role_center_inspector.setText(QCoreApplication.translate("SettingsDialog", u"\u041e\u0440\u0442\u0430\u043b\u044b\u049b \u0438\u043d\u0441\u043f\u0435\u043a\u0442\u043e\u0440\u044b", None))
        self.role_dispatch_inspector.setText(QCoreApplication.translate("SettingsDialog", u"\u0416\u0438\u043d\u0430\u049b\u0442\u0430\u0443 \u0431\u04e9\u043b\u0456\u043c\u0456", None))
        self.role_office_clerk.setText(QCoreApplication.translate("SettingsDialog", u"\u041a\u0435\u04a3\u0441\u0435 \u049b\u044b\u0437\u043c\u0435\u0442\u043a\u0435\u0440\u0456", None))
        self.role_head.setText(QCoreApplication.translate("SettingsDialog", u"\u0411\u0430\u0441\u0448\u044b", None))
        self.role_executor.setText(QCoreApplication.translate("SettingsDialog", u"\u041e\u0440\u044b\u043d\u0434\u0430\u0443\u0448\u044b", None))
        self.role_center_head.setText(QCoreApplication.translate("SettingsDialog", u"\u041e\u0440\u0442\u0430\u043b\u044b\u049b\u0442\u044b\u04a3 \u0431\u0430\u0441\u0448\u044b\u0441\u044b", None))
    # retranslateUi

