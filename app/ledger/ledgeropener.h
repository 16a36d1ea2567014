#pragma once

#include "core/result.h"
#include "ledger/ledgerlocation.h"

#include <QObject>
#include <QPointer>

namespace CreditDesk {

class Ledger;
class SecretStore;

/// Opens the benefits ledger, finding the password a team's PostgreSQL server wants.
///
/// The password is never part of the ledger's location (settings, command lines, logs). It
/// comes, in this order, from the OS secret store (saved there by a previous openWithPassword()
/// or `creditdesk-cli ledger-password`), then from libpq's own PGPASSWORD or ~/.pgpass. When
/// the server still refuses, finished() reports Ledger::PasswordCode and the caller asks the
/// person and calls openWithPassword(). A password is saved only after the server accepted it,
/// so a typo never replaces a good one.
class LedgerOpener : public QObject
{
    Q_OBJECT
public:
    LedgerOpener(Ledger *ledger, SecretStore *secrets, QObject *parent = nullptr);

    /// SQLite files open at once; a PostgreSQL location without a password first reads the
    /// saved one (a secret store that cannot be read is noted, not fatal).
    void open(const LedgerLocation &location);
    /// Opens with a password the person typed; with \a remember, a password the server accepted
    /// is saved in the secret store for the next start (a failure to save is noted).
    void openWithPassword(LedgerLocation location, const QString &password, bool remember);
    /// Removes the saved password of \a location (no error when none is saved).
    void forgetPassword(const LedgerLocation &location);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The ledger is open (ok) or not (the error; Ledger::PasswordCode means: ask for one).
    void finished(const CreditDesk::Status &status);
    /// Something the person should know that did not stop the ledger from opening, e.g. the
    /// password could not be saved and is used for this session only.
    void noted(const QString &text);

private:
    void openNow(const LedgerLocation &location);

    QPointer<Ledger> m_ledger;
    QPointer<SecretStore> m_secrets;
    bool m_busy = false;
};

} // namespace CreditDesk
