#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace CreditDesk {

/// An inline message above a page, with the actions that resolve it: the text, optional
/// widgets and action buttons, and a close button. Hidden until show(); the close button hides
/// it and emits closed(). Used for what must not interrupt with a dialog: failed scopes with
/// Retry, the device code, notices, reminders.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Information, Warning };

    /// \a objectName is set here because the banner's style is keyed on it.
    MessageBanner(const QString &objectName, Level level, QWidget *parent = nullptr);

    /// The text's label, to name it or set its format and interaction.
    QLabel *textLabel() const { return m_text; }
    void setText(const QString &text);
    QString text() const;

    /// A widget shown after the text (for instance a value to copy).
    void addWidget(QWidget *widget);
    /// An action button after the text and widgets; \a triggered (may be empty) runs on click.
    QPushButton *addAction(const QString &text, const QString &objectName, std::function<void()> triggered = {});
    /// The button that hides the banner; closed() follows.
    QPushButton *setCloseButton(const QString &text, const QString &objectName);

Q_SIGNALS:
    /// The person closed the banner with its close button.
    void closed();

private:
    QHBoxLayout *m_layout;
    QLabel *m_text;
    QPushButton *m_close = nullptr;
    int m_widgets = 0; ///< added with addWidget(), between the text and the buttons
};

} // namespace CreditDesk
