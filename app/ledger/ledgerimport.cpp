// Importing partner credits (CSV, sandbox seeding): all or nothing, never changing who a
// credit is assigned to.
#include "ledger/ledger_p.h"

#include "core/logging.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace CreditDesk {

using namespace LedgerErrors;

Result<LedgerImportSummary> Ledger::importCredits(const QList<PartnerCredit> &incoming, ImportMode mode)
{
    if (!isOpen())
        return notOpen();
    for (const PartnerCredit &c : incoming) {
        if (Status s = validate(c); !s)
            return s.error();
    }
    Result<LedgerImportSummary> imported = write([&](LedgerRows::WriteTransaction &tx) -> Result<LedgerImportSummary> {
        LedgerImportSummary summary;
        QStringList conflicts;
        for (const PartnerCredit &c : incoming) {
            auto existing = LedgerRows::loadCredit(database(), c.id);
            if (!existing)
                return existing.error();
            if (!existing->has_value()) {
                if (Status s = LedgerRows::insertCredit(database(), c); !s)
                    return s.error();
                ++summary.added;
                continue;
            }
            if (mode == ImportMode::AddMissing) {
                ++summary.unchanged;
                continue;
            }
            const PartnerUser &held = (*existing)->assignedUser;
            if (!held.isEmpty()
                && held.userPrincipalName.compare(c.assignedUser.userPrincipalName, Qt::CaseInsensitive) != 0) {
                conflicts << tr("%1 is assigned to %2 in the ledger, the file says %3")
                                 .arg(c.id, held.userPrincipalName,
                                      c.assignedUser.isEmpty() ? tr("nobody") : c.assignedUser.userPrincipalName);
                continue;
            }
            PartnerCredit merged = c;
            merged.history = (*existing)->history; // the ledger's own record stays
            if (merged == **existing) {
                ++summary.unchanged;
                continue;
            }
            if (Status s = LedgerRows::updateCreditRow(database(), merged); !s)
                return s.error();
            ++summary.updated;
        }
        if (!conflicts.isEmpty()) {
            return Error(tr("Nothing was imported: the file would change who %n credit(s) are assigned to. Record "
                            "such changes with Assign… or Remove user, or correct the file. %1.",
                            nullptr, int(conflicts.size()))
                             .arg(conflicts.join(u"; "_s)),
                         QString(ImportConflictCode));
        }
        if (summary.added == 0 && summary.updated == 0)
            tx.rollback(); // nothing to tell other windows about
        return summary;
    });
    if (imported && (imported->added > 0 || imported->updated > 0))
        qCInfo(lcLedger) << "ledger import:" << imported->added << "added," << imported->updated << "updated";
    return imported;
}

} // namespace CreditDesk
