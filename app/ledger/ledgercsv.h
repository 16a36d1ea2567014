#pragma once

#include "core/result.h"
#include "domain/partnercredit.h"
#include "ledger/ledger.h"
#include "rules/benefitpolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace CreditDesk {

/// One refused CSV row: the file's line number (1 = the header) and why.
struct CsvRowError
{
    int line = 0;
    QString message;
};

/// The ledger's CSV template (README "Benefits ledger CSV"): a header row with these columns
/// in any order (unknown columns are refused, optional ones may be left out):
/// id, type, program, amount, currency, startDate, endDate, activationDate, status,
/// assignedUserId, assignedUpn, assignedDisplayName, subscriptionId, reassignmentsUsed.
/// Export writes all of them (plus cutoffDate and reassignmentsLeft, ignored on import).
namespace LedgerCsv {

QStringList columns();
/// RFC 4180, formula-safe (CsvWriter), with a header row.
QByteArray write(const QList<PartnerCredit> &credits, const BenefitPolicy &policy);

struct Parsed
{
    QList<PartnerCredit> credits;
    QList<int> lines; ///< the line each credit came from
    QList<CsvRowError> errors; ///< empty when every row is valid
};
/// Validates row by row (types, dates yyyy-MM-dd, amount, status, bulk without
/// reassignments, the cap, duplicate ids, one bulk credit per user within the file).
Parsed parse(const QByteArray &csv, const BenefitPolicy &policy);

/// Reads \a path, validates every row against the file and the ledger, and imports all rows
/// in one transaction, or nothing: Error::message lists each bad row with its line number.
Result<LedgerImportSummary> importFile(Ledger &ledger, const QString &path);
/// Writes every credit of the ledger to \a path (atomically).
Status exportFile(const Ledger &ledger, const QString &path);

} // namespace LedgerCsv

} // namespace CreditDesk
