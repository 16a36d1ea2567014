#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace CreditDesk {

/// Every message box of the UI goes through here. A box opens window-modal over its parent
/// and returns at once (no nested event loop); the answer comes to a callback. Tests answer
/// the next box with setNextAnswer() instead of hunting for a modal window, and read what it
/// said with lastMessage().
class MessageBox
{
public:
    /// What the person chose. Ok and Cancel are the platform's standard buttons; the others
    /// carry the caller's label and a role that places them as the platform expects.
    enum Answer { NoAnswer, Ok, Cancel, Record, Discard, Later, Back, Delete };

    struct Choice
    {
        Answer answer = NoAnswer;
        QString text; ///< empty for Ok and Cancel: the platform's label
    };

    struct Message
    {
        QMessageBox::Icon icon = QMessageBox::Question;
        QString objectName; ///< test API, like every interactive widget's
        QString title;
        QString text;
        QString informativeText;
        Qt::TextFormat textFormat = Qt::AutoText;
        QList<Choice> choices;
        Answer defaultAnswer = NoAnswer;
        /// The answer of Escape and of closing the window; NoAnswer lets Qt pick the cancel-like
        /// button (and a box closed without one answers NoAnswer).
        Answer escapeAnswer = NoAnswer;
    };

    using Answered = std::function<void(Answer)>;

    /// Shows \a message over \a parent and returns before it is answered. \a answered runs
    /// once, while \a context lives, with the choice. With a test answer pending, nothing is
    /// shown and \a answered runs before this returns.
    static void ask(QWidget *parent, const Message &message, QObject *context, Answered answered);
    /// A warning with OK that nothing waits for; its text is selectable so it can be copied.
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &objectName = {});
    /// As warning(), with the critical icon; \a closed (may be empty) runs once it is closed.
    static void critical(QWidget *parent, const QString &title, const QString &text,
                         std::function<void()> closed = {});

    /// Test hook: the next box is not shown and gives \a answer (a warning just consumes it).
    static void setNextAnswer(Answer answer);
    /// Test hook: the last box asked or shown, answered by a person or by setNextAnswer().
    static Message lastMessage();
    /// Test hook: forgets lastMessage() and any pending answer.
    static void reset();
};

} // namespace CreditDesk
