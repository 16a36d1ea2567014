#pragma once

#include "core/result.h"
#include "domain/partnercredit.h"
#include "ledger/ledger.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <functional>

class QObject;

namespace CreditDesk {

class ArmClient;

/// The sandbox's seeded partner benefit credits (GET {sandbox}/sandbox/benefit-credits, the
/// document described in sandbox/world/dataset.h), turned into ledger credits.
namespace SandboxBenefits {

QUrl documentUrl(const QUrl &sandboxBaseUrl);
/// Lenient on optional fields; a credit without id, type or currency is an error.
Result<QList<PartnerCredit>> parseDocument(const QByteArray &json);

/// Fetches the document over \a arm (bearer token, retries) and adds the credits the ledger
/// does not have yet (ImportMode::AddMissing): idempotent, and local assignments survive a
/// restart. \a done runs on \a context's thread.
void seedLedger(ArmClient *arm, const QUrl &sandboxBaseUrl, Ledger *ledger, QObject *context,
                std::function<void(Result<LedgerImportSummary>)> done);

} // namespace SandboxBenefits

} // namespace CreditDesk
