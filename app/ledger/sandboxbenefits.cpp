#include "ledger/sandboxbenefits.h"

#include "azure/armclient.h"
#include "ledger/ledgerrows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace CreditDesk::SandboxBenefits {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxBenefits", text);
}

QDate utcDate(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC().date() : QDate::fromString(value.toString(), Qt::ISODate);
}

PartnerUser userOf(const QJsonObject &o, QLatin1StringView id, QLatin1StringView upn, QLatin1StringView name)
{
    return { o.value(id).toString(), o.value(upn).toString(), o.value(name).toString() };
}

} // namespace

QUrl documentUrl(const QUrl &sandboxBaseUrl)
{
    return sandboxBaseUrl.resolved(QUrl(u"/sandbox/benefit-credits"_s));
}

Result<QList<PartnerCredit>> parseDocument(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error(tr("The sandbox's benefit credits are not valid JSON: %1").arg(parseError.errorString()));
    const QJsonArray items = doc.object().value("credits"_L1).toArray();
    QList<PartnerCredit> credits;
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        PartnerCredit c;
        c.id = o.value("creditId"_L1).toString();
        const auto type = LedgerRows::typeFromKey(o.value("creditType"_L1).toString());
        const QString currency = o.value("currency"_L1).toString().trimmed();
        const auto amount = Money::fromJson(o.value("amount"_L1), currency);
        if (c.id.isEmpty() || !type || currency.isEmpty() || !amount)
            return Error(tr("A sandbox benefit credit lacks its id, type, amount or currency."));
        c.type = *type;
        c.amount = *amount;
        c.programName = o.value("programName"_L1).toString();
        c.startDate = utcDate(o.value("startDate"_L1));
        c.endDate = utcDate(o.value("endDate"_L1));
        c.activationDate = utcDate(o.value("activationDate"_L1));
        c.status = LedgerRows::statusFromKey(o.value("status"_L1).toString()).value_or(PartnerCredit::Status::NotRedeemed);
        c.assignedUser = userOf(o, "assignedUserId"_L1, "assignedUserPrincipalName"_L1, "assignedUserDisplayName"_L1);
        c.subscriptionId = o.value("subscriptionId"_L1).toString();
        const QJsonArray history = o.value("history"_L1).toArray();
        int counted = 0;
        for (const QJsonValue &h : history) {
            const QJsonObject e = h.toObject();
            AssignmentEvent event;
            event.timestamp = QDateTime::fromString(e.value("timestamp"_L1).toString(), Qt::ISODate).toUTC();
            event.action = e.value("action"_L1).toString() == "remove"_L1 ? AssignmentEvent::Action::Remove
                                                                         : AssignmentEvent::Action::Assign;
            event.user = userOf(e, "userId"_L1, "userPrincipalName"_L1, "userDisplayName"_L1);
            event.performedBy = e.value("performedBy"_L1).toString();
            event.countsAsReassignment = e.value("countsAsReassignment"_L1).toBool();
            if (event.action == AssignmentEvent::Action::Assign && event.countsAsReassignment)
                ++counted;
            c.history.append(std::move(event));
        }
        // A count beyond the recorded history happened before the record started.
        c.reassignmentsBeforeLedger = qMax(0, o.value("reassignmentsUsed"_L1).toInt() - counted);
        if (c.type == PartnerCredit::Type::Bulk)
            c.reassignmentsBeforeLedger = 0;
        credits.append(std::move(c));
    }
    return credits;
}

void seedLedger(ArmClient *arm, const QUrl &sandboxBaseUrl, Ledger *ledger, QObject *context,
                std::function<void(Result<LedgerImportSummary>)> done)
{
    const ArmOperation operation { tr("read the sandbox's benefit credits"), sandboxBaseUrl.toDisplayString() };
    QPointer<Ledger> target(ledger);
    arm->get(documentUrl(sandboxBaseUrl), operation, context,
             [target, done = std::move(done)](Result<ArmClient::Reply> reply) {
                 if (!reply)
                     return done(reply.error());
                 auto credits = parseDocument(reply->body);
                 if (!credits)
                     return done(credits.error());
                 if (!target)
                     return done(Error(tr("The benefits ledger was closed.")));
                 done(target->importCredits(*credits, Ledger::ImportMode::AddMissing));
             });
}

} // namespace CreditDesk::SandboxBenefits
