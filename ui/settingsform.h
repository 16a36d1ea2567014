#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace CreditDesk::SettingsForm {

/// The small wrapped, slightly smaller text under a settings field.
QLabel *hint(const QString &text, QWidget *parent);
/// A red, wrapped, plain-text label for what is wrong with a field; hidden while empty.
QLabel *errorLabel(QWidget *parent, const QString &objectName);
/// Shows \a message in \a label, or hides it when the message is empty.
void showError(QLabel *label, const QString &message);
/// A line edit with an object name, an accessible name, a placeholder and a clear button, added
/// to \a form under \a label (with its mnemonic) and followed by an error label row.
QLineEdit *addLineRow(QFormLayout *form, const QString &label, const QString &objectName,
                      const QString &accessibleName, const QString &placeholder, QLabel **error);

} // namespace CreditDesk::SettingsForm
