#include "ledgerprompt.h"

#include "ledger/ledger.h"
#include "ledger/ledgeropener.h"
#include "ledgerpassworddialog.h"
#include "mainwindow.h"

namespace CreditDesk {

LedgerPrompt::LedgerPrompt(LedgerOpener *opener, MainWindow *window, Attach attach, QObject *parent)
    : QObject(parent)
    , m_opener(opener)
    , m_window(window)
    , m_attach(std::move(attach))
{
    connect(opener, &LedgerOpener::noted, this, [this](const QString &text) {
        if (m_window)
            m_window->showNotice(text);
    });
    connect(opener, &LedgerOpener::finished, this, [this](const Status &status) {
        if (status) {
            if (m_attach)
                m_attach();
            return;
        }
        if (status.error().code == Ledger::PasswordCode) {
            askForPassword(status.error().message);
            return;
        }
        if (m_window) {
            m_window->showNotice(status.error().message + u' '
                                 + tr("Partner credits cannot be shown or assigned until it opens: check the server, "
                                      "or choose another ledger in Settings › Ledger, then start CreditDesk again."));
        }
    });
}

void LedgerPrompt::open(const LedgerLocation &location)
{
    m_location = location;
    if (m_opener)
        m_opener->open(location);
}

void LedgerPrompt::askForPassword(const QString &reason)
{
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new LedgerPasswordDialog(m_location.displayName(), reason, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (!m_dialog || !m_opener)
            return;
        m_opener->openWithPassword(m_location, m_dialog->password(), m_dialog->remember());
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (m_window) {
            m_window->showNotice(tr("Working without the benefits ledger: partner credits cannot be shown or "
                                    "assigned until CreditDesk is started again with its password."));
        }
    });
    m_dialog->open();
}

} // namespace CreditDesk
