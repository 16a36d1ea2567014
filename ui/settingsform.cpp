#include "settingsform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace CreditDesk::SettingsForm {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QLineEdit *addLineRow(QFormLayout *form, const QString &label, const QString &objectName,
                      const QString &accessibleName, const QString &placeholder, QLabel **error)
{
    QWidget *parent = form->parentWidget();
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    form->addRow(label, edit);
    *error = errorLabel(parent, objectName + QStringLiteral("Error"));
    form->addRow(QString(), *error);
    return edit;
}

} // namespace CreditDesk::SettingsForm
