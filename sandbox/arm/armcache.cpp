#include "arm/armcache.h"

#include "server/jsonwriter.h"

namespace CreditDesk::Sandbox::Arm {

namespace {

QByteArray accountIdBytes(const BillingWorld &world, int account)
{
    return "/providers/Microsoft.Billing/billingAccounts/" + jsonEscaped(world.accounts()[account].name);
}

} // namespace

Cache::Cache(const BillingWorld &world)
{
    m_profiles.reserve(world.profiles().size());
    for (const BillingProfileRecord &p : world.profiles()) {
        const BillingAccountRecord &account = world.accounts()[p.account];
        m_profiles.append({ accountIdBytes(world, p.account) + "/billingProfiles/" + jsonEscaped(p.name),
                            jsonEscaped(p.displayName), jsonEscaped(p.currency), jsonEscaped(account.name),
                            jsonEscaped(account.displayName) });
    }

    QList<QByteArray> customerIds;
    for (const CustomerRecord &c : world.customers())
        customerIds.append(accountIdBytes(world, c.account) + "/customers/" + jsonEscaped(c.name));
    QList<QByteArray> accountIds;
    for (int a = 0; a < world.accounts().size(); ++a)
        accountIds.append(accountIdBytes(world, a));

    const QList<LotRecord> &lots = world.lots();
    m_lotIds.reserve(lots.size());
    m_lotNames.reserve(lots.size());
    for (qsizetype i = 0; i < lots.size(); ++i) {
        const LotRecord &lot = lots[i];
        // G + purchase date (yyyyMMdd) + 12 digits, like live lot ids (G20200108392660012345).
        QByteArray name;
        name.reserve(21);
        name.append('G');
        int year = 0, month = 0, day = 0;
        QDate::fromJulianDay(lot.purchasedDay).getDate(&year, &month, &day);
        appendDigits(name, static_cast<quint64>(year), 4);
        appendDigits(name, static_cast<quint64>(month), 2);
        appendDigits(name, static_cast<quint64>(day), 2);
        appendDigits(name, lot.nameBits % 1000000000000ULL, 12);

        const QByteArray *owner = nullptr;
        switch (lot.ownerKind) {
        case LotOwner::BillingProfile:
            owner = &m_profiles[lot.owner].id;
            break;
        case LotOwner::Customer:
            owner = &customerIds[lot.owner];
            break;
        case LotOwner::BillingAccount:
            owner = &accountIds[lot.owner];
            break;
        }
        m_lotIds.append(*owner + "/providers/Microsoft.Consumption/lots/" + name);
        m_lotNames.append(name);
    }
}

} // namespace CreditDesk::Sandbox::Arm
