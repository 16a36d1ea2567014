#pragma once

#include "azure/armparsers.h"

#include <QByteArray>
#include <QStringList>

/// A plain reading of lots and events pages: QJsonDocument and the lenient tree readers of
/// jsonreaders.h, field by field as streamrows.h documents them. It is slow (a whole tree per
/// page) and exists only as the reference the streaming parsers are compared with
/// (tests/fuzz/tst_parserdifferential.cpp).
namespace CreditDesk::Fuzz {

Result<Page<Lot>> referenceLotsPage(const QByteArray &json);
Result<Page<CreditEvent>> referenceEventsPage(const QByteArray &json);

/// Field-by-field differences between a streamed and a reference result, as readable lines
/// ("row 2 closedBalance: 12.30 USD vs 12.3 USD"); empty when they agree (or both reject with
/// the same error code).
QStringList compareLotPages(const Result<Page<Lot>> &streamed, const Result<Page<Lot>> &reference);
QStringList compareEventPages(const Result<Page<CreditEvent>> &streamed,
                              const Result<Page<CreditEvent>> &reference);

} // namespace CreditDesk::Fuzz
