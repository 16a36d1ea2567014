#include "messagebox.h"

#include <QAbstractButton>
#include <QHash>
#include <QPushButton>

#include <optional>

namespace CreditDesk {

namespace {
// GUI-thread only, like every widget: no lock.
std::optional<MessageBox::Answer> nextAnswer;
MessageBox::Message lastShown;

QMessageBox::ButtonRole roleOf(MessageBox::Answer answer)
{
    switch (answer) {
    case MessageBox::Record:
        return QMessageBox::AcceptRole;
    case MessageBox::Discard:
    case MessageBox::Delete:
        return QMessageBox::DestructiveRole;
    case MessageBox::Later:
        return QMessageBox::RejectRole;
    case MessageBox::Back:
    case MessageBox::NoAnswer:
    case MessageBox::Ok:
    case MessageBox::Cancel:
        break;
    }
    return QMessageBox::NoRole;
}

QPushButton *addChoice(QMessageBox *box, const MessageBox::Choice &choice)
{
    if (choice.answer == MessageBox::Ok && choice.text.isEmpty())
        return box->addButton(QMessageBox::Ok);
    if (choice.answer == MessageBox::Cancel && choice.text.isEmpty())
        return box->addButton(QMessageBox::Cancel);
    return box->addButton(choice.text, roleOf(choice.answer));
}

/// Takes the pending test answer, if any, after noting \a message as the last one.
std::optional<MessageBox::Answer> takeTestAnswer(const MessageBox::Message &message)
{
    lastShown = message;
    std::optional<MessageBox::Answer> answer = nextAnswer;
    nextAnswer.reset();
    return answer;
}
} // namespace

void MessageBox::ask(QWidget *parent, const Message &message, QObject *context, Answered answered)
{
    if (const auto answer = takeTestAnswer(message)) {
        if (answered)
            answered(*answer);
        return;
    }
    auto *box = new QMessageBox(message.icon, message.title, message.text, QMessageBox::NoButton, parent);
    box->setObjectName(message.objectName);
    box->setTextFormat(message.textFormat);
    box->setInformativeText(message.informativeText);
    QHash<QAbstractButton *, Answer> answers;
    for (const Choice &choice : message.choices) {
        QPushButton *button = addChoice(box, choice);
        answers.insert(button, choice.answer);
        if (choice.answer == message.defaultAnswer)
            box->setDefaultButton(button);
        if (choice.answer == message.escapeAnswer)
            box->setEscapeButton(button);
    }
    const Answer escape = message.escapeAnswer;
    QObject::connect(box, &QDialog::finished, box, &QObject::deleteLater);
    QObject::connect(box, &QDialog::finished, context ? context : box,
                     [box, answers, escape, done = std::move(answered)] {
                         if (done)
                             done(answers.value(box->clickedButton(), escape));
                     });
    box->open();
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &objectName)
{
    Message message;
    message.icon = QMessageBox::Warning;
    message.objectName = objectName;
    message.title = title;
    message.text = text;
    message.choices = {{Ok, {}}};
    message.defaultAnswer = Ok;
    if (takeTestAnswer(message))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QObject::connect(box, &QDialog::finished, box, &QObject::deleteLater);
    box->open();
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text, std::function<void()> closed)
{
    Message message;
    message.icon = QMessageBox::Critical;
    message.objectName = QStringLiteral("criticalMessage");
    message.title = title;
    message.text = text;
    message.choices = {{Ok, {}}};
    message.defaultAnswer = Ok;
    ask(parent, message, nullptr, [done = std::move(closed)](Answer) {
        if (done)
            done();
    });
}

void MessageBox::setNextAnswer(Answer answer)
{
    nextAnswer = answer;
}

MessageBox::Message MessageBox::lastMessage()
{
    return lastShown;
}

void MessageBox::reset()
{
    nextAnswer.reset();
    lastShown = {};
}

} // namespace CreditDesk
