#pragma once

#include "ledger/ledgerlocation.h"
#include "ledgerpassworddialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace CreditDesk {

class LedgerOpener;
class MainWindow;

/// Opens the configured ledger after the main window is up, asking for the server's password
/// when none was found or it was refused (the window keeps working meanwhile), and reports a
/// ledger that cannot be opened in the window's notice banner rather than a blocking box.
class LedgerPrompt : public QObject
{
    Q_OBJECT
public:
    using Attach = std::function<void()>;
    /// \a attach runs once the ledger is open.
    LedgerPrompt(LedgerOpener *opener, MainWindow *window, Attach attach, QObject *parent = nullptr);

    void open(const LedgerLocation &location);

    /// The dialog asking for the password while it is shown (tests drive it).
    LedgerPasswordDialog *passwordDialog() const { return m_dialog; }

private:
    void askForPassword(const QString &reason);

    QPointer<LedgerOpener> m_opener;
    QPointer<MainWindow> m_window;
    QPointer<LedgerPasswordDialog> m_dialog;
    Attach m_attach;
    LedgerLocation m_location;
};

} // namespace CreditDesk
