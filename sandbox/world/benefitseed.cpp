#include "world/benefitseed.h"

#include "server/jsonwriter.h"
#include "world/prng.h"

#include <array>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

struct Program
{
    QLatin1StringView name;
    qint64 amount; ///< major units
};

constexpr std::array kMonthlyPrograms
    = { Program { "Visual Studio Enterprise"_L1, 150 }, Program { "Action Pack"_L1, 100 },
        Program { "Solutions Partner for Infrastructure"_L1, 150 } };
constexpr std::array kBulkPrograms = { Program { "Solutions Partner for Infrastructure"_L1, 4000 },
                                       Program { "Solutions Partner for Data & AI"_L1, 4000 },
                                       Program { "Solutions Partner for Digital & App Innovation"_L1, 3500 } };

constexpr std::array kFreeMail = { "gmail.com"_L1, "outlook.com"_L1, "hotmail.com"_L1, "live.com"_L1,
                                   "yahoo.com"_L1, "msn.com"_L1,     "icloud.com"_L1,  "aol.com"_L1 };

bool assignable(const SandboxUser &u)
{
    if (!u.accountEnabled || u.userType != u"Member"_s)
        return false;
    const QString domain = u.mail.section(u'@', 1).toLower();
    for (QLatin1StringView free : kFreeMail) {
        if (domain == free)
            return false;
    }
    return !domain.isEmpty();
}

/// What the i-th credit should demonstrate.
struct Shape
{
    bool monthly = true;
    QLatin1StringView status = "notRedeemed"_L1;
    int reassignments = 0;
    bool trailingRemove = false;
    bool bulkHolder = false; ///< assign the user who holds the bulk credit
    bool expired = false;
};

Shape shapeFor(int i, Prng &rng)
{
    switch (i) {
    case 0:
        return { true, "redeemed"_L1, 5, false, false, false };
    case 1:
        return { true, "assigned"_L1, 4, false, false, false };
    case 2:
        return { false, "redeemed"_L1, 0, false, true, false };
    case 3:
        return { true, "notRedeemed"_L1, 0, false, false, false };
    case 4:
        return { false, "notRedeemed"_L1, 0, false, false, false };
    case 5:
        return { true, "expired"_L1, 0, false, false, true };
    case 6:
        return { true, "notRedeemed"_L1, 2, true, false, false };
    case 7:
        return { true, "assigned"_L1, 0, false, true, false };
    default:
        break;
    }
    if (rng.chance(0.3))
        return rng.chance(0.5) ? Shape { false, "notRedeemed"_L1, 0, false, false, false }
                               : Shape { false, "expired"_L1, 0, false, false, true };
    static constexpr std::array kStates = { "notRedeemed"_L1, "assigned"_L1, "redeemed"_L1 };
    const QLatin1StringView status = rng.pick(kStates);
    return { true, status, status == "notRedeemed"_L1 ? 0 : static_cast<int>(rng.range(0, 3)), false, false, false };
}

} // namespace

BenefitSeed::BenefitSeed(quint64 seed, int count, const SandboxDirectory &directory, QDate today,
                         const QString &sponsorshipSubscriptionId)
{
    QList<qsizetype> eligible;
    for (qsizetype u = 1; u < directory.users().size(); ++u) {
        if (assignable(directory.users()[u]))
            eligible.append(u);
    }
    const auto todayDay = static_cast<qint32>(today.toJulianDay());
    const qsizetype bulkHolder = eligible.isEmpty() ? -1 : eligible.constFirst();

    for (int i = 0; i < count; ++i) {
        Prng rng = streamFor(seed, Domain::BenefitCredit, { static_cast<quint64>(i) });
        Shape shape = shapeFor(i, rng);
        if (eligible.isEmpty() && shape.status != "notRedeemed"_L1 && !shape.expired)
            shape = Shape { shape.monthly }; // nobody can be assigned in a tiny directory

        BenefitCreditRecord c;
        c.monthly = shape.monthly;
        const Program &program = shape.monthly ? kMonthlyPrograms[static_cast<size_t>(i) % kMonthlyPrograms.size()]
                                               : kBulkPrograms[static_cast<size_t>(i) % kBulkPrograms.size()];
        c.programName = program.name;
        c.currency = i % 5 == 4 ? u"EUR"_s : u"USD"_s;
        c.amount = program.amount * 100;
        c.status = shape.status;
        const qint32 span = 50 + shape.reassignments * 35 + static_cast<qint32>(rng.range(0, 60));
        c.startDay = shape.expired ? todayDay - static_cast<qint32>(rng.range(400, 500)) : todayDay - span;
        c.endDay = c.startDay + 365;
        c.creditId = QStringLiteral("PBC-%1-%2")
                         .arg(QDate::fromJulianDay(c.startDay).year())
                         .arg(i + 1, 6, 10, QLatin1Char('0'));

        const bool everAssigned = shape.status != "notRedeemed"_L1 || shape.reassignments > 0 || shape.trailingRemove
            || (shape.expired && shape.monthly);
        if (everAssigned && !eligible.isEmpty()) {
            qint32 t = c.startDay + static_cast<qint32>(rng.range(1, 20));
            c.activationDay = t;
            qsizetype current = shape.bulkHolder ? bulkHolder : rng.pick(eligible);
            c.history.append({ t, static_cast<int>(rng.range(28800, 64800)), true, current, false });
            for (int r = 0; r < shape.reassignments; ++r) {
                t += static_cast<qint32>(rng.range(7, 30));
                if (rng.chance(0.3)) { // removed first; the next assignment is the reassignment
                    c.history.append({ t, static_cast<int>(rng.range(28800, 64800)), false, current, false });
                    t += static_cast<qint32>(rng.range(1, 5));
                }
                qsizetype next = rng.pick(eligible);
                for (int tries = 0; next == current && eligible.size() > 1 && tries < 8; ++tries)
                    next = rng.pick(eligible);
                current = next;
                c.history.append({ t, static_cast<int>(rng.range(28800, 64800)), true, current, true });
                ++c.reassignmentsUsed;
            }
            if (shape.trailingRemove) {
                t += static_cast<qint32>(rng.range(5, 30));
                c.history.append({ t, static_cast<int>(rng.range(28800, 64800)), false, current, false });
            } else {
                c.assignedUser = current;
            }
        }
        if (c.status == "redeemed"_L1)
            c.subscriptionId = i == 0 && !sponsorshipSubscriptionId.isEmpty() ? sponsorshipSubscriptionId : rng.guid();
        m_credits.append(c);
    }
}

QJsonDocument BenefitSeed::document(const SandboxDirectory &directory, const QString &tenantId, const QString &tenantDomain,
                                    QDate today) const
{
    const QList<SandboxUser> &users = directory.users();
    const QString admin = users.isEmpty() ? QString() : users.constFirst().userPrincipalName;
    auto dateOrNull = [](qint32 day) {
        return day == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoDateTime(QDate::fromJulianDay(day)));
    };
    auto userField = [&users](qsizetype user, QString SandboxUser::*member) {
        return user < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(users[user].*member);
    };

    QJsonArray credits;
    for (const BenefitCreditRecord &c : m_credits) {
        QJsonArray history;
        for (const BenefitHistoryRecord &h : c.history) {
            history.append(QJsonObject {
                { u"timestamp"_s, isoDateTime(QDate::fromJulianDay(h.day), h.secondsOfDay) },
                { u"action"_s, h.assign ? u"assign"_s : u"remove"_s },
                { u"userId"_s, userField(h.user, &SandboxUser::objectId) },
                { u"userPrincipalName"_s, userField(h.user, &SandboxUser::userPrincipalName) },
                { u"userDisplayName"_s, userField(h.user, &SandboxUser::displayName) },
                { u"performedBy"_s, admin },
                { u"countsAsReassignment"_s, h.countsAsReassignment },
            });
        }
        credits.append(QJsonObject {
            { u"creditId"_s, c.creditId },
            { u"creditType"_s, c.monthly ? u"monthly"_s : u"bulk"_s },
            { u"programName"_s, c.programName },
            { u"amount"_s, static_cast<double>(c.amount) / 100.0 },
            { u"currency"_s, c.currency },
            { u"startDate"_s, isoDateTime(QDate::fromJulianDay(c.startDay)) },
            { u"endDate"_s, isoDateTime(QDate::fromJulianDay(c.endDay)) },
            { u"activationDate"_s, dateOrNull(c.activationDay) },
            { u"status"_s, c.status },
            { u"assignedUserId"_s, userField(c.assignedUser, &SandboxUser::objectId) },
            { u"assignedUserPrincipalName"_s, userField(c.assignedUser, &SandboxUser::userPrincipalName) },
            { u"assignedUserDisplayName"_s, userField(c.assignedUser, &SandboxUser::displayName) },
            { u"assignedUserMail"_s, userField(c.assignedUser, &SandboxUser::mail) },
            { u"subscriptionId"_s,
              c.subscriptionId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.subscriptionId) },
            { u"reassignmentsUsed"_s, c.reassignmentsUsed },
            { u"history"_s, history },
        });
    }
    return QJsonDocument(QJsonObject {
        { u"schemaVersion"_s, 1 },
        { u"source"_s, u"creditdesk-sandbox"_s },
        { u"tenantId"_s, tenantId },
        { u"tenantDomain"_s, tenantDomain },
        { u"asOf"_s, isoDateTime(today) },
        { u"credits"_s, credits },
    });
}

} // namespace CreditDesk::Sandbox
