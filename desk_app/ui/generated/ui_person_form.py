# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        self.mainLayout = QVBoxLayout(PersonForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.groupGeneral = QGroupBox(PersonForm)
        self.groupGeneral.setObjectName(u"groupGeneral")
        self.groupGeneralLayout = QFormLayout(self.groupGeneral)
        self.groupGeneralLayout.setObjectName(u"groupGeneralLayout")
        self.iinLabel = QLabel(self.groupGeneral)
        self.iinLabel.setObjectName(u"iinLabel")

        self.groupGeneralLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.iinLabel)

        self.iinEdit = QLineEdit(self.groupGeneral)
        self.iinEdit.setObjectName(u"iinEdit")
        self.iinEdit.setMaxLength(12)

        self.groupGeneralLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.iinEdit)

        self.surnameLabel = QLabel(self.groupGeneral)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.groupGeneralLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surnameEdit = QLineEdit(self.groupGeneral)
        self.surnameEdit.setObjectName(u"surnameEdit")

        self.groupGeneralLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.nameLabel = QLabel(self.groupGeneral)
        self.nameLabel.setObjectName(u"nameLabel")

        self.groupGeneralLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.groupGeneral)
        self.nameEdit.setObjectName(u"nameEdit")

        self.groupGeneralLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.patronymicLabel = QLabel(self.groupGeneral)
        self.patronymicLabel.setObjectName(u"patronymicLabel")

        self.groupGeneralLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.patronymicLabel)

        self.patronymicEdit = QLineEdit(self.groupGeneral)
        self.patronymicEdit.setObjectName(u"patronymicEdit")

        self.groupGeneralLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.patronymicEdit)

        self.birthDateLabel = QLabel(self.groupGeneral)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.groupGeneralLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QDateEdit(self.groupGeneral)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setDisplayFormat(u"dd.MM.yyyy")
        self.birthDateEdit.setCalendarPopup(True)

        self.groupGeneralLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.sexLabel = QLabel(self.groupGeneral)
        self.sexLabel.setObjectName(u"sexLabel")

        self.groupGeneralLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.groupGeneral)
        self.sexCombo.setObjectName(u"sexCombo")

        self.groupGeneralLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.addressLabel = QLabel(self.groupGeneral)
        self.addressLabel.setObjectName(u"addressLabel")

        self.groupGeneralLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.groupGeneral)
        self.addressEdit.setObjectName(u"addressEdit")

        self.groupGeneralLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.groupGeneral)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.groupGeneralLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.groupGeneral)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.groupGeneralLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.mainLayout.addWidget(self.groupGeneral)

        self.groupUnemployed = QGroupBox(PersonForm)
        self.groupUnemployed.setObjectName(u"groupUnemployed")
        self.groupUnemployedLayout = QFormLayout(self.groupUnemployed)
        self.groupUnemployedLayout.setObjectName(u"groupUnemployedLayout")
        self.educationLabel = QLabel(self.groupUnemployed)
        self.educationLabel.setObjectName(u"educationLabel")

        self.groupUnemployedLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationEdit = QLineEdit(self.groupUnemployed)
        self.educationEdit.setObjectName(u"educationEdit")

        self.groupUnemployedLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.educationEdit)

        self.professionLabel = QLabel(self.groupUnemployed)
        self.professionLabel.setObjectName(u"professionLabel")

        self.groupUnemployedLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.professionLabel)

        self.professionEdit = QLineEdit(self.groupUnemployed)
        self.professionEdit.setObjectName(u"professionEdit")

        self.groupUnemployedLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.professionEdit)

        self.lastEmploymentLabel = QLabel(self.groupUnemployed)
        self.lastEmploymentLabel.setObjectName(u"lastEmploymentLabel")

        self.groupUnemployedLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastEmploymentLabel)

        self.lastEmploymentEdit = QLineEdit(self.groupUnemployed)
        self.lastEmploymentEdit.setObjectName(u"lastEmploymentEdit")

        self.groupUnemployedLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastEmploymentEdit)


        self.mainLayout.addWidget(self.groupUnemployed)

        self.groupDisability = QGroupBox(PersonForm)
        self.groupDisability.setObjectName(u"groupDisability")
        self.groupDisabilityLayout = QFormLayout(self.groupDisability)
        self.groupDisabilityLayout.setObjectName(u"groupDisabilityLayout")
        self.disabilityGroupLabel = QLabel(self.groupDisability)
        self.disabilityGroupLabel.setObjectName(u"disabilityGroupLabel")

        self.groupDisabilityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.disabilityGroupLabel)

        self.disabilityGroupCombo = QComboBox(self.groupDisability)
        self.disabilityGroupCombo.setObjectName(u"disabilityGroupCombo")

        self.groupDisabilityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.disabilityGroupCombo)

        self.disabilityCauseLabel = QLabel(self.groupDisability)
        self.disabilityCauseLabel.setObjectName(u"disabilityCauseLabel")

        self.groupDisabilityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.disabilityCauseLabel)

        self.disabilityCauseCombo = QComboBox(self.groupDisability)
        self.disabilityCauseCombo.setObjectName(u"disabilityCauseCombo")

        self.groupDisabilityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.disabilityCauseCombo)

        self.employerLabel = QLabel(self.groupDisability)
        self.employerLabel.setObjectName(u"employerLabel")

        self.groupDisabilityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerEdit = QLineEdit(self.groupDisability)
        self.employerEdit.setObjectName(u"employerEdit")

        self.groupDisabilityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.employerEdit)

        self.rehabItemsLabel = QLabel(self.groupDisability)
        self.rehabItemsLabel.setObjectName(u"rehabItemsLabel")

        self.groupDisabilityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rehabItemsLabel)

        self.rehabItemsEdit = QPlainTextEdit(self.groupDisability)
        self.rehabItemsEdit.setObjectName(u"rehabItemsEdit")
        self.rehabItemsEdit.setTabChangesFocus(True)
        self.rehabItemsEdit.setMaximumSize(QSize(16777215, 60))

        self.groupDisabilityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rehabItemsEdit)

        self.contraindicationsLabel = QLabel(self.groupDisability)
        self.contraindicationsLabel.setObjectName(u"contraindicationsLabel")

        self.groupDisabilityLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contraindicationsLabel)

        self.contraindicationsEdit = QPlainTextEdit(self.groupDisability)
        self.contraindicationsEdit.setObjectName(u"contraindicationsEdit")
        self.contraindicationsEdit.setTabChangesFocus(True)
        self.contraindicationsEdit.setMaximumSize(QSize(16777215, 60))

        self.groupDisabilityLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contraindicationsEdit)


        self.mainLayout.addWidget(self.groupDisability)

        self.groupNuclear = QGroupBox(PersonForm)
        self.groupNuclear.setObjectName(u"groupNuclear")
        self.groupNuclearLayout = QFormLayout(self.groupNuclear)
        self.groupNuclearLayout.setObjectName(u"groupNuclearLayout")
        self.compensationPaidLabel = QLabel(self.groupNuclear)
        self.compensationPaidLabel.setObjectName(u"compensationPaidLabel")

        self.groupNuclearLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.compensationPaidLabel)

        self.compensationPaidEdit = QLineEdit(self.groupNuclear)
        self.compensationPaidEdit.setObjectName(u"compensationPaidEdit")

        self.groupNuclearLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.compensationPaidEdit)

        self.periodsTable = QTableWidget(self.groupNuclear)
        if (self.periodsTable.columnCount() < 5):
            self.periodsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.periodsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.periodsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.periodsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.periodsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.periodsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.periodsTable.setObjectName(u"periodsTable")
        self.periodsTable.setColumnCount(5)
        self.periodsTable.setTabKeyNavigation(False)

        self.groupNuclearLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.periodsTable)

        self.periodButtons = QHBoxLayout()
        self.periodButtons.setObjectName(u"periodButtons")
        self.addPeriodButton = QPushButton(self.groupNuclear)
        self.addPeriodButton.setObjectName(u"addPeriodButton")

        self.periodButtons.addWidget(self.addPeriodButton)

        self.removePeriodButton = QPushButton(self.groupNuclear)
        self.removePeriodButton.setObjectName(u"removePeriodButton")

        self.periodButtons.addWidget(self.removePeriodButton)


        self.groupNuclearLayout.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.periodButtons)


        self.mainLayout.addWidget(self.groupNuclear)

#if QT_CONFIG(shortcut)
        self.iinLabel.setBuddy(self.iinEdit)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.patronymicLabel.setBuddy(self.patronymicEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.educationLabel.setBuddy(self.educationEdit)
        self.professionLabel.setBuddy(self.professionEdit)
        self.lastEmploymentLabel.setBuddy(self.lastEmploymentEdit)
        self.disabilityGroupLabel.setBuddy(self.disabilityGroupCombo)
        self.disabilityCauseLabel.setBuddy(self.disabilityCauseCombo)
        self.employerLabel.setBuddy(self.employerEdit)
        self.rehabItemsLabel.setBuddy(self.rehabItemsEdit)
        self.contraindicationsLabel.setBuddy(self.contraindicationsEdit)
        self.compensationPaidLabel.setBuddy(self.compensationPaidEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.iinEdit, self.surnameEdit)
        QWidget.setTabOrder(self.surnameEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.patronymicEdit)
        QWidget.setTabOrder(self.patronymicEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.educationEdit)
        QWidget.setTabOrder(self.educationEdit, self.professionEdit)
        QWidget.setTabOrder(self.professionEdit, self.lastEmploymentEdit)
        QWidget.setTabOrder(self.lastEmploymentEdit, self.disabilityGroupCombo)
        QWidget.setTabOrder(self.disabilityGroupCombo, self.disabilityCauseCombo)
        QWidget.setTabOrder(self.disabilityCauseCombo, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.rehabItemsEdit)
        QWidget.setTabOrder(self.rehabItemsEdit, self.contraindicationsEdit)
        QWidget.setTabOrder(self.contraindicationsEdit, self.compensationPaidEdit)
        QWidget.setTabOrder(self.compensationPaidEdit, self.periodsTable)
        QWidget.setTabOrder(self.periodsTable, self.addPeriodButton)
        QWidget.setTabOrder(self.addPeriodButton, self.removePeriodButton)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        PersonForm.setWindowTitle(QCoreApplication.translate("PersonForm", u"\u0414\u0435\u0440\u0431\u0435\u0441 \u0435\u0441\u0435\u043f\u043a\u0435 \u0430\u043b\u0443 \u043a\u0430\u0440\u0442\u043e\u0447\u043a\u0430\u0441\u044b", None))
        self.groupGeneral.setTitle(QCoreApplication.translate("PersonForm", u"\u0416\u0435\u043a\u0435 \u0434\u0435\u0440\u0435\u043a\u0442\u0435\u0440", None))
        self.iinLabel.setText(QCoreApplication.translate("PersonForm", u"&\u0416\u0421\u041d", None))
        self.surnameLabel.setText(QCoreApplication.translate("PersonForm", u"\u0422\u0435&\u0433\u0456", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonForm", u"&\u0410\u0442\u044b", None))
        self.patronymicLabel.setText(QCoreApplication.translate("PersonForm", u"&\u04d8\u043a\u0435\u0441\u0456\u043d\u0456\u04a3 \u0430\u0442\u044b", None))
        self.birthDateLabel.setText(QCoreApplication.translate("PersonForm", u"\u0422\u0443&\u0493\u0430\u043d \u043a\u04af\u043d\u0456", None))
        self.sexLabel.setText(QCoreApplication.translate("PersonForm", u"\u0416\u044b\u043d&\u044b\u0441\u044b", None))
        self.addressLabel.setText(QCoreApplication.translate("PersonForm", u"\u041c\u0435\u043a&\u0435\u043d\u0436\u0430\u0439\u044b", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonForm", u"\u0422\u0435\u043b\u0435&\u0444\u043e\u043d", None))
        self.groupUnemployed.setTitle(QCoreApplication.translate("PersonForm", u"\u0416\u04b1\u043c\u044b\u0441\u0441\u044b\u0437 \u0430\u0437\u0430\u043c\u0430\u0442 (1-\u049b\u044b\u0437\u043c\u0435\u0442)", None))
        self.educationLabel.setText(QCoreApplication.translate("PersonForm", u"\u0411\u0456\u043b\u0456\u043c\u0456", None))
        self.professionLabel.setText(QCoreApplication.translate("PersonForm", u"\u041c\u0430\u043c\u0430\u043d\u0434\u044b\u0493\u044b", None))
        self.lastEmploymentLabel.setText(QCoreApplication.translate("PersonForm", u"\u0421\u043e\u04a3\u0493\u044b \u0436\u04b1\u043c\u044b\u0441 \u043e\u0440\u043d\u044b", None))
        self.groupDisability.setTitle(QCoreApplication.translate("PersonForm", u"\u041c\u04af\u0433\u0435\u0434\u0435\u043a (3, 4-\u049b\u044b\u0437\u043c\u0435\u0442\u0442\u0435\u0440)", None))
        self.disabilityGroupLabel.setText(QCoreApplication.translate("PersonForm", u"\u041c\u04af\u0433\u0435\u0434\u0435\u043a\u0442\u0456\u043a \u0442\u043e\u0431\u044b", None))
        self.disabilityCauseLabel.setText(QCoreApplication.translate("PersonForm", u"\u041c\u04af\u0433\u0435\u0434\u0435\u043a\u0442\u0456\u043a \u0441\u0435\u0431\u0435\u0431\u0456", None))
        self.employerLabel.setText(QCoreApplication.translate("PersonForm", u"\u0416\u04b1\u043c\u044b\u0441 \u0431\u0435\u0440\u0443\u0448\u0456", None))
        self.rehabItemsLabel.setText(QCoreApplication.translate("PersonForm", u"\u041e\u04a3\u0430\u043b\u0442\u0443 \u049b\u04b1\u0440\u0430\u043b\u0434\u0430\u0440\u044b", None))
        self.contraindicationsLabel.setText(QCoreApplication.translate("PersonForm", u"\u049a\u0430\u0440\u0441\u044b \u043a\u04e9\u0440\u0441\u0435\u0442\u0456\u043b\u0456\u043c\u0434\u0435\u0440", None))
        self.groupNuclear.setTitle(QCoreApplication.translate("PersonForm", u"\u042f\u0434\u0440\u043e\u043b\u044b\u049b \u0441\u044b\u043d\u0430\u049b\u0442\u0430\u0440\u0434\u0430\u043d \u0437\u0430\u0440\u0434\u0430\u043f \u0448\u0435\u043a\u043a\u0435\u043d (2-\u049b\u044b\u0437\u043c\u0435\u0442)", None))
        self.compensationPaidLabel.setText(QCoreApplication.translate("PersonForm", u"\u04e8\u0442\u0435\u043c\u0430\u049b\u044b \u0442\u04e9\u043b\u0435\u043d\u0433\u0435\u043d \u043a\u04af\u043d", None))
        self.compensationPaidEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"\u0416\u0416\u0416\u0416-\u0410\u0410-\u041a\u041a", None))
        ___qtablewidgetitem = self.periodsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PersonForm", u"\u0422\u04af\u0440\u0456", None))
        ___qtablewidgetitem1 = self.periodsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PersonForm", u"\u0410\u0439\u043c\u0430\u049b", None))
        ___qtablewidgetitem2 = self.periodsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PersonForm", u"\u0415\u043b\u0434\u0456 \u043c\u0435\u043a\u0435\u043d", None))
        ___qtablewidgetitem3 = self.periodsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PersonForm", u"\u0411\u0430\u0441\u0442\u0430\u043b\u0443\u044b", None))
        ___qtablewidgetitem4 = self.periodsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PersonForm", u"\u0410\u044f\u049b\u0442\u0430\u043b\u0443\u044b", None))
        self.addPeriodButton.setText(QCoreApplication.translate("PersonForm", u"\u041a\u0435\u0437\u0435\u04a3 \u049b\u043e\u0441\u0443", None))
        self.removePeriodButton.setText(QCoreApplication.translate("PersonForm", u"\u041a\u0435\u0437\u0435\u04a3\u0434\u0456 \u04e9\u0448\u0456\u0440\u0443", None))
    # retranslateUi

