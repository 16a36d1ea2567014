#pragma once

#include "domain/creditevent.h"
#include "domain/creditsummary.h"
#include "domain/lot.h"

#include <QHash>
#include <QString>

class QSqlQuery;

// Row encoding of the offline cache tables (schema v2). Column lists and the bind/read
// functions are kept side by side so their order cannot drift apart.
namespace CreditDesk::CacheRows {

/// Shares repeated short strings (currencies) between rows read from the cache.
using Interner = QHash<QString, QString>;

QString lotColumns();
QString eventColumns();
QString summaryColumns();
/// "INSERT INTO <table> (<columns>) VALUES (?, ...)".
QString insertSql(const QString &table, const QString &columns);

void bindLot(QSqlQuery &q, const Lot &lot);
void bindEvent(QSqlQuery &q, const CreditEvent &event);
void bindSummary(QSqlQuery &q, const QString &billingProfileKey, const CreditSummary &summary);

Lot readLot(const QSqlQuery &q, Interner &interner);
CreditEvent readEvent(const QSqlQuery &q, Interner &interner);
std::pair<QString, CreditSummary> readSummary(const QSqlQuery &q, Interner &interner);

} // namespace CreditDesk::CacheRows
