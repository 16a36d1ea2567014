#pragma once

// Shared by the files that implement Ledger (ledger.cpp, ledgerassignments.cpp,
// ledgerimport.cpp): the errors they all return and the one way a change is written.

#include "ledger/ledger.h"
#include "ledger/ledgerrows.h"

namespace CreditDesk::LedgerErrors {

Error notOpen();
Error creditNotFound(const QString &id);
Error refusal(const RuleVerdict &verdict);
/// The fields every stored credit needs (InvalidCode naming each problem).
Status validate(const PartnerCredit &credit);

} // namespace CreditDesk::LedgerErrors

namespace CreditDesk {

template<typename Change>
auto Ledger::write(Change &&change) -> std::invoke_result_t<Change &, LedgerRows::WriteTransaction &>
{
    using Outcome = std::invoke_result_t<Change &, LedgerRows::WriteTransaction &>;
    if (!isOpen())
        return LedgerErrors::notOpen();
    LedgerRows::WriteTransaction tx(database());
    if (Status s = tx.begin(); !s)
        return s.error();
    Outcome outcome = change(tx);
    // A refusal leaves with the transaction rolled back (by its destructor); a change that
    // rolled back itself had nothing to tell other windows.
    if (!outcome || !tx.isOpen())
        return outcome;
    if (Status s = tx.commit(); !s)
        return s.error();
    noteOwnWrite();
    return outcome;
}

} // namespace CreditDesk
