#include "ledger/ledgeropener.h"

#include "auth/secretstore.h"
#include "core/logging.h"
#include "ledger/ledger.h"

namespace CreditDesk {

LedgerOpener::LedgerOpener(Ledger *ledger, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_secrets(secrets)
{
}

void LedgerOpener::open(const LedgerLocation &location)
{
    m_busy = true;
    if (location.kind != LedgerLocation::Kind::Postgres || !location.password.isEmpty() || !m_secrets) {
        openNow(location);
        return;
    }
    m_secrets->read(location.secretKey(), this, [this, location](Result<std::optional<QString>> saved) {
        LedgerLocation withPassword = location;
        if (!saved) {
            // Without a readable store libpq may still find the password (PGPASSWORD, ~/.pgpass).
            qCWarning(lcLedger) << "the ledger's saved password could not be read:" << saved.error().message;
            Q_EMIT noted(tr("The saved password of the benefits ledger could not be read: %1")
                             .arg(saved.error().message));
        } else if (saved->has_value()) {
            withPassword.password = **saved;
        }
        openNow(withPassword);
    });
}

void LedgerOpener::openWithPassword(LedgerLocation location, const QString &password, bool remember)
{
    m_busy = true;
    location.password = password;
    if (!m_ledger) {
        openNow(location);
        return;
    }
    const Status opened = m_ledger->open(location);
    if (!opened || !remember || !m_secrets || location.kind != LedgerLocation::Kind::Postgres) {
        m_busy = false;
        Q_EMIT finished(opened);
        return;
    }
    m_secrets->write(location.secretKey(), password, this, [this](Status saved) {
        if (!saved) {
            Q_EMIT noted(tr("The password works but could not be saved in the system's secret store, so "
                            "CreditDesk will ask for it again next time: %1")
                             .arg(saved.error().message));
        }
        m_busy = false;
        Q_EMIT finished(Status());
    });
}

void LedgerOpener::forgetPassword(const LedgerLocation &location)
{
    if (!m_secrets || location.kind != LedgerLocation::Kind::Postgres)
        return;
    m_secrets->remove(location.secretKey(), this, [this](Status removed) {
        if (!removed)
            Q_EMIT noted(tr("The saved password could not be removed: %1").arg(removed.error().message));
    });
}

void LedgerOpener::openNow(const LedgerLocation &location)
{
    Status opened = m_ledger ? m_ledger->open(location)
                             : Status(Error(tr("The benefits ledger is gone."), QString(Ledger::NotOpenCode)));
    m_busy = false;
    Q_EMIT finished(opened);
}

} // namespace CreditDesk
