#pragma once

// A signed-in sandbox with Graph, and a benefits ledger seeded with the sandbox's partner
// credits: what the assignment wizard works on, over real HTTP.

#include "azuretestutil.h"
#include "graph/graphapi.h"
#include "ledger/ledger.h"
#include "ledger/sandboxbenefits.h"

#include <QTemporaryDir>

namespace CreditDesk::Testing {

inline Sandbox::SandboxOptions assignmentWorld()
{
    Sandbox::SandboxOptions options = smallWorld();
    options.scale.users = 60;
    options.scale.pageSize = 5;
    return options;
}

struct LedgerFixture
{
    AzureFixture azure;
    QTemporaryDir ledgerDir;
    Ledger ledger;
    std::unique_ptr<GraphApi> graph;

    bool start()
    {
        if (!azure.start(assignmentWorld()) || !ledgerDir.isValid())
            return false;
        graph = std::make_unique<GraphApi>(azure.graph.get());
        if (Status opened = ledger.open(LedgerLocation::sqlite(ledgerDir.filePath(u"ledger.sqlite"_s))); !opened) {
            qWarning("ledger: %s", qPrintable(opened.error().message));
            return false;
        }
        QObject context;
        Outcome<Result<LedgerImportSummary>> seeded;
        SandboxBenefits::seedLedger(azure.arm.get(), azure.sandbox.host.baseUrl(), &ledger, &context,
                                    seeded.callback());
        if (!seeded.wait() || !seeded.value->ok()) {
            qWarning("seeding failed: %s", seeded.value ? failure(*seeded.value).constData() : "timeout");
            return false;
        }
        return true;
    }

    QList<PartnerCredit> credits() const
    {
        Result<QList<PartnerCredit>> all = ledger.credits();
        return all ? all.value() : QList<PartnerCredit>();
    }

    /// The first credit that \a pick accepts; an empty credit when none.
    template<typename Pick> PartnerCredit creditWhere(Pick pick) const
    {
        for (const PartnerCredit &credit : credits()) {
            if (pick(credit))
                return credit;
        }
        return {};
    }

    /// Every directory user (plain paging through GraphApi, all pages).
    QList<DirectoryUser> allUsers()
    {
        QList<DirectoryUser> users;
        QObject context;
        Outcome<Result<GraphApi::UserPage>> page;
        graph->searchUsers({}, 999, &context, page.callback());
        while (page.wait() && page.value->ok()) {
            users.append(page.value->value().items);
            const QUrl next = page.value->value().nextLink;
            if (next.isEmpty())
                break;
            page.value.reset();
            graph->nextUsers(next, &context, page.callback());
        }
        return users;
    }
};

inline bool isFreeMail(const QString &address)
{
    static const QStringList free { u"gmail.com"_s, u"outlook.com"_s, u"hotmail.com"_s, u"yahoo.com"_s };
    return free.contains(address.section(u'@', -1).toLower());
}

/// An enabled member on a company domain who holds no credit in \a credits.
inline std::optional<DirectoryUser> freeMember(const QList<DirectoryUser> &users, const QList<PartnerCredit> &credits,
                                               int skip = 0)
{
    for (const DirectoryUser &user : users) {
        if (user.isGuest() || !user.accountEnabled || isFreeMail(user.mail) || isFreeMail(user.userPrincipalName))
            continue;
        const bool holds = std::any_of(credits.cbegin(), credits.cend(), [&](const PartnerCredit &c) {
            return c.assignedUser.userPrincipalName.compare(user.userPrincipalName, Qt::CaseInsensitive) == 0;
        });
        if (!holds && skip-- == 0)
            return user;
    }
    return std::nullopt;
}

} // namespace CreditDesk::Testing
