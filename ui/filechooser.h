#pragma once

#include <QFileDialog>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace CreditDesk {

/// Every "save as" and "open" file question of the UI goes through here. The dialog opens
/// window-modal and returns at once (no nested event loop); the chosen file comes to a
/// callback. Tests answer the next request with setNextFileName() and read what was asked
/// with lastRequest().
class FileChooser
{
public:
    struct Request
    {
        bool save = false;
        QString caption;
        QString suggested; ///< the proposed file (save) or directory (open)
        QString filter;
    };
    /// Runs with the chosen file, or an empty string when the person cancelled.
    using Chosen = std::function<void(const QString &fileName)>;

    /// Asks where to save, proposing \a suggested. \a chosen runs once, while \a context lives.
    static void save(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                     QObject *context, Chosen chosen, QFileDialog::Options options = {});
    /// Asks for an existing file to read, starting in \a directory.
    static void open(QWidget *parent, const QString &caption, const QString &directory, const QString &filter,
                     QObject *context, Chosen chosen);

    /// Test hook: the next request shows nothing and is answered with \a fileName before the
    /// call returns (an empty name cancels).
    static void setNextFileName(const QString &fileName);
    /// Test hook: the last request made.
    static Request lastRequest();
    /// Test hook: forgets lastRequest() and any pending answer.
    static void reset();
};

} // namespace CreditDesk
