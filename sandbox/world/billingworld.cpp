#include "world/billingworld.h"

#include "world/lotgenerator.h"
#include "world/prng.h"

#include <array>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

constexpr std::array kCurrencies = { "USD"_L1, "EUR"_L1, "GBP"_L1, "JPY"_L1 };
constexpr std::array kAccountSuffixes
    = { "Ltd"_L1, "Holdings"_L1, "Europe GmbH"_L1, "Americas Inc"_L1, "Asia Pacific Pte"_L1, "Labs"_L1 };
constexpr std::array kTeams = { "Operations"_L1, "EMEA"_L1,          "Research"_L1, "Engineering"_L1, "APAC"_L1,
                                "Marketing"_L1,  "Data Platform"_L1, "Finance"_L1,  "Retail"_L1,      "Security"_L1 };
constexpr std::array kCustomers
    = { "Northwind Traders"_L1, "Adventure Works"_L1,  "Tailspin Toys"_L1,  "Wide World Importers"_L1,
        "Fourth Coffee"_L1,     "Alpine Ski House"_L1, "Coho Winery"_L1,    "Lamna Healthcare"_L1,
        "Relecloud"_L1,         "Trey Research"_L1,    "Woodgrove Bank"_L1, "Margie's Travel"_L1 };

QString code(Prng &rng, int length)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString s(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        s[i] = QLatin1Char(kAlphabet[rng.range(0, 35)]);
    return s;
}

/// MCA-shaped billing account id: <guid>:<guid>_<yyyy-mm-dd>.
QString mcaAccountName(Prng &rng, QDate today)
{
    const QString first = rng.guid();
    const QString second = rng.guid();
    const QDate signedOn = today.addDays(-rng.range(400, 2500));
    return first + u':' + second + u'_' + signedOn.toString(Qt::ISODate);
}

/// Adds a numbered suffix once a name list is exhausted, so display names stay unique.
QString nth(QLatin1StringView base, qsizetype index, qsizetype listSize)
{
    const qsizetype round = index / listSize;
    return round == 0 ? QString(base) : QString(base) + u' ' + QString::number(round + 1);
}

int decimalsOf(QLatin1StringView currency)
{
    return currency == "JPY"_L1 ? 0 : 2;
}

} // namespace

BillingWorld::BillingWorld(quint64 seed, const SandboxScale &scale, QDate today, const QString &organization)
    : m_seed(seed), m_mixedCurrencies(scale.mixedCurrencies), m_today(today), m_organization(organization)
{
    // The last invoice closed on the first of the month; in the first week of a month the
    // invoice for the previous month is not out yet.
    m_cutoff = QDate(today.year(), today.month(), 1);
    if (today.day() < 8)
        m_cutoff = m_cutoff.addMonths(-1);

    const qsizetype profiles = qsizetype(scale.billingAccounts) * scale.billingProfiles;
    m_lots.reserve(profiles * scale.lotsPerProfile + qsizetype(scale.customers) * scale.lotsPerProfile + 2);
    m_events.reserve(profiles * scale.lotsPerProfile * scale.eventsPerLot);
    for (int i = 0; i < scale.billingAccounts; ++i)
        addMcaAccount(i, scale);
    addEaAccount();
    addMpaAccount(scale);
}

void BillingWorld::addMcaAccount(int index, const SandboxScale &scale)
{
    Prng rng = streamFor(m_seed, Domain::BillingAccount, { static_cast<quint64>(index) });
    BillingAccountRecord account;
    account.name = mcaAccountName(rng, m_today);
    account.displayName = m_organization + u' '
        + nth(kAccountSuffixes[static_cast<size_t>(index) % kAccountSuffixes.size()], index,
              static_cast<qsizetype>(kAccountSuffixes.size()));
    account.agreement = ArmAgreementType::MicrosoftCustomerAgreement;
    const int accountIndex = static_cast<int>(m_accounts.size());
    account.lots.begin = account.lots.end = m_lots.size();
    account.events.begin = account.events.end = m_events.size();

    const LotGenerator generator(m_seed, m_today, m_cutoff);
    const int profileCount = scale.billingProfiles + (index == 0 ? 1 : 0);
    for (int p = 0; p < profileCount; ++p) {
        const auto global = static_cast<int>(m_profiles.size());
        Prng prng = streamFor(m_seed, Domain::BillingProfile, { static_cast<quint64>(global) });
        const bool withoutCredits = p == scale.billingProfiles; // the extra profile of account 0
        BillingProfileRecord profile;
        profile.name = code(prng, 4) + u'-' + code(prng, 4) + u'-' + code(prng, 3) + u'-' + code(prng, 3);
        // Currencies cycle over the credit-bearing profiles of all MCA accounts, so every
        // currency appears (and some repeat) even with few profiles per account.
        const int ordinal = index * scale.billingProfiles + p;
        const QLatin1StringView currency
            = withoutCredits ? "USD"_L1 : kCurrencies[static_cast<size_t>(ordinal) % kCurrencies.size()];
        profile.currency = currency;
        profile.decimals = decimalsOf(currency);
        profile.displayName = withoutCredits ? QString(m_organization + u" Dev/Test"_s)
                                             : QString(m_organization + u' '
                                                       + nth(kTeams[static_cast<size_t>(global) % kTeams.size()],
                                                             global, static_cast<qsizetype>(kTeams.size())));
        profile.systemId
            = code(prng, 4) + u'-' + code(prng, 4) + u'-' + code(prng, 3) + u'-' + code(prng, 4) + u'-' + code(prng, 3);
        profile.poNumber = u"PO"_s + QString::number(prng.range(100000, 999999));
        profile.invoiceDay = 5;
        profile.negativeCharges = ordinal % 2 == 1;
        profile.account = accountIndex;
        profile.lots.begin = m_lots.size();
        profile.events.begin = m_events.size();
        if (!withoutCredits) {
            const LotGenerator::Owner owner { LotOwner::BillingProfile, global, profile.decimals,
                                              SourceMix::BillingProfile };
            profile.totals = generator.generate(owner, scale.lotsPerProfile,
                                                qint64(scale.lotsPerProfile) * scale.eventsPerLot, m_lots, &m_events);
        }
        profile.lots.end = m_lots.size();
        profile.events.end = m_events.size();
        account.profiles.append(global);
        m_profiles.append(profile);
    }
    account.lots.end = m_lots.size();
    account.events.end = m_events.size();
    m_accounts.append(account);
}

void BillingWorld::addEaAccount()
{
    Prng rng = streamFor(m_seed, Domain::BillingAccount, { 1000 });
    BillingAccountRecord account;
    account.name = QString::number(rng.range(10000000, 99999999));
    account.displayName = m_organization + u" Enterprise Enrollment"_s;
    account.agreement = ArmAgreementType::EnterpriseAgreement;
    const auto accountIndex = static_cast<int>(m_accounts.size());
    account.lots.begin = m_lots.size();
    const LotGenerator generator(m_seed, m_today, m_cutoff);
    generator.generate({ LotOwner::BillingAccount, accountIndex, 2, SourceMix::Commitment }, 2, 0, m_lots, nullptr);
    account.lots.end = m_lots.size();
    account.events.begin = account.events.end = m_events.size();
    m_accounts.append(account);
}

void BillingWorld::addMpaAccount(const SandboxScale &scale)
{
    Prng rng = streamFor(m_seed, Domain::BillingAccount, { 2000 });
    BillingAccountRecord account;
    account.name = mcaAccountName(rng, m_today);
    account.displayName = m_organization + u" Cloud Solution Provider"_s;
    account.agreement = ArmAgreementType::MicrosoftPartnerAgreement;
    const auto accountIndex = static_cast<int>(m_accounts.size());

    // The partner's own billing profile carries no credit lots; credits live on customers.
    BillingProfileRecord profile;
    Prng prng = streamFor(m_seed, Domain::BillingProfile, { 5000 });
    profile.name = code(prng, 4) + u'-' + code(prng, 4) + u'-' + code(prng, 3) + u'-' + code(prng, 3);
    profile.displayName = m_organization + u" Partner Billing"_s;
    profile.currency = u"USD"_s;
    profile.systemId
        = code(prng, 4) + u'-' + code(prng, 4) + u'-' + code(prng, 3) + u'-' + code(prng, 4) + u'-' + code(prng, 3);
    profile.poNumber = u"PO"_s + QString::number(prng.range(100000, 999999));
    profile.account = accountIndex;
    profile.lots.begin = profile.lots.end = m_lots.size();
    profile.events.begin = profile.events.end = m_events.size();
    account.profiles.append(static_cast<int>(m_profiles.size()));
    m_profiles.append(profile);

    // Customers hold fewer credits than a billing profile: a quarter, at least two.
    const int lotsPerCustomer
        = scale.lotsPerProfile <= 0 ? 0 : qMin(scale.lotsPerProfile, qMax(2, scale.lotsPerProfile / 4));
    const LotGenerator generator(m_seed, m_today, m_cutoff);
    account.lots.begin = m_lots.size();
    for (int c = 0; c < scale.customers; ++c) {
        Prng crng = streamFor(m_seed, Domain::Customer, { static_cast<quint64>(c) });
        CustomerRecord customer;
        customer.name = crng.guid();
        customer.displayName
            = nth(kCustomers[static_cast<size_t>(c) % kCustomers.size()], c, static_cast<qsizetype>(kCustomers.size()));
        customer.currency = c % 3 == 2 ? u"EUR"_s : u"USD"_s;
        customer.account = accountIndex;
        customer.lots.begin = m_lots.size();
        const auto customerIndex = static_cast<int>(m_customers.size());
        generator.generate({ LotOwner::Customer, customerIndex, 2, SourceMix::Customer }, lotsPerCustomer, 0, m_lots,
                           nullptr);
        customer.lots.end = m_lots.size();
        account.customers.append(customerIndex);
        m_customers.append(customer);
    }
    account.lots.end = m_lots.size();
    account.events.begin = account.events.end = m_events.size();
    m_accounts.append(account);
}

int BillingWorld::findAccount(QStringView name) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

int BillingWorld::findProfile(int account, QStringView name) const
{
    if (account < 0 || account >= m_accounts.size())
        return -1;
    for (int p : m_accounts[account].profiles) {
        if (m_profiles[p].name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return -1;
}

int BillingWorld::findCustomer(int account, QStringView name) const
{
    if (account < 0 || account >= m_accounts.size())
        return -1;
    for (int c : m_accounts[account].customers) {
        if (m_customers[c].name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

QString BillingWorld::lotName(qsizetype lot) const
{
    const LotRecord &l = m_lots[lot];
    const QDate purchased = QDate::fromJulianDay(l.purchasedDay);
    return u'G' + purchased.toString(u"yyyyMMdd")
        + QStringLiteral("%1").arg(l.nameBits % 1000000000000ULL, 12, 10, QLatin1Char('0'));
}

std::pair<quint64, quint64> BillingWorld::eventGuidBits(qsizetype event) const
{
    const EventRecord &e = m_events[event];
    Prng rng = streamFor(m_seed, Domain::EventName, { static_cast<quint64>(e.lot), e.sequence });
    const quint64 a = rng.next();
    return { a, rng.next() };
}

QString BillingWorld::eventName(qsizetype event) const
{
    const auto [a, b] = eventGuidBits(event);
    return Prng::formatGuid(a, b);
}

quint64 BillingWorld::invoiceDigits(int profile, QDate day) const
{
    Prng rng = streamFor(m_seed, Domain::Invoice,
                         { static_cast<quint64>(profile), static_cast<quint64>(day.year() * 12 + day.month()) });
    return rng.next() % 1000000000ULL;
}

QString BillingWorld::invoiceNumber(int profile, QDate day) const
{
    return QStringLiteral("G%1").arg(invoiceDigits(profile, day), 9, 10, QLatin1Char('0'));
}

QString BillingWorld::lotCurrency(const LotRecord &lot) const
{
    const QString billing = billingCurrency(lot);
    if (m_mixedCurrencies && lot.ownerKind == LotOwner::BillingProfile && billing != u"JPY"_s && lot.nameBits % 3 == 0)
        return billing == u"USD"_s ? u"EUR"_s : u"USD"_s;
    return billing;
}

bool BillingWorld::mislabelsCreditCurrency(const LotRecord &lot) const
{
    return lotCurrency(lot) != billingCurrency(lot) && (lot.nameBits / 3) % 2 == 1;
}

QString BillingWorld::billingCurrency(const LotRecord &lot) const
{
    switch (lot.ownerKind) {
    case LotOwner::BillingProfile:
        return m_profiles[lot.owner].currency;
    case LotOwner::Customer:
        return m_customers[lot.owner].currency;
    case LotOwner::BillingAccount:
        break;
    }
    return u"USD"_s;
}

int BillingWorld::lotDecimals(const LotRecord &lot) const
{
    switch (lot.ownerKind) {
    case LotOwner::BillingProfile:
        return m_profiles[lot.owner].decimals;
    case LotOwner::Customer:
        return m_customers[lot.owner].decimals;
    case LotOwner::BillingAccount:
        break;
    }
    return 2;
}

EaBalanceRecord BillingWorld::eaBalance(int account, int year, int month) const
{
    Prng rng = streamFor(m_seed, Domain::EaBalance,
                         { static_cast<quint64>(account), static_cast<quint64>(year * 12 + month) });
    EaBalanceRecord b;
    b.beginningBalance = rng.range(200000000, 500000000);
    b.promoPurchase = rng.chance(0.25) ? rng.range(1000000, 5000000) : 0;
    b.newPurchases = b.promoPurchase;
    b.promoCredit = rng.range(0, 500000);
    b.sieCredit = rng.chance(0.3) ? rng.range(10000, 200000) : 0;
    b.adjustments = b.promoCredit + b.sieCredit;
    b.utilized = rng.range(20000000, 60000000);
    b.chargesBilledSeparately = rng.range(0, 500000);
    b.azureMarketplaceServiceCharges = rng.range(0, 200000);
    b.totalUsage = b.utilized + b.chargesBilledSeparately;
    b.endingBalance = b.beginningBalance + b.newPurchases + b.adjustments - b.utilized;
    return b;
}

qsizetype BillingWorld::mcaLotCount() const
{
    qsizetype n = 0;
    for (const BillingAccountRecord &a : m_accounts) {
        if (a.agreement == ArmAgreementType::MicrosoftCustomerAgreement)
            n += a.lots.size();
    }
    return n;
}

QLatin1StringView lotSourceText(ArmLotSource source)
{
    switch (source) {
    case ArmLotSource::PromotionalCredit:
        return "PromotionalCredit"_L1;
    case ArmLotSource::PurchasedCredit:
        return "PurchasedCredit"_L1;
    case ArmLotSource::ConsumptionCommitment:
        return "ConsumptionCommitment"_L1;
    case ArmLotSource::AzurePromotionalCredit:
        return "Azure Promotional Credit"_L1;
    }
    return "PromotionalCredit"_L1;
}

QLatin1StringView lotStatusText(ArmLotStatus status)
{
    switch (status) {
    case ArmLotStatus::None:
        return "None"_L1;
    case ArmLotStatus::Active:
        return "Active"_L1;
    case ArmLotStatus::Inactive:
        return "Inactive"_L1;
    case ArmLotStatus::Expired:
        return "Expired"_L1;
    case ArmLotStatus::Complete:
        return "Complete"_L1;
    case ArmLotStatus::Canceled:
        return "Canceled"_L1;
    }
    return "None"_L1;
}

QLatin1StringView eventTypeText(EventType type)
{
    switch (type) {
    case EventType::NewCredit:
        return "NewCredit"_L1;
    case EventType::SettledCharges:
        return "SettledCharges"_L1;
    case EventType::PendingCharges:
        return "PendingCharges"_L1;
    case EventType::SettledAdjustment:
        return "SettledCharges"_L1;
    case EventType::PendingAdjustments:
        return "PendingAdjustments"_L1;
    case EventType::CreditExpired:
        return "CreditExpired"_L1;
    case EventType::CanceledCredit:
        return "CanceledCredit"_L1;
    }
    return "UnKnown"_L1;
}

QLatin1StringView agreementTypeText(ArmAgreementType type)
{
    switch (type) {
    case ArmAgreementType::MicrosoftCustomerAgreement:
        return "MicrosoftCustomerAgreement"_L1;
    case ArmAgreementType::EnterpriseAgreement:
        return "EnterpriseAgreement"_L1;
    case ArmAgreementType::MicrosoftPartnerAgreement:
        return "MicrosoftPartnerAgreement"_L1;
    }
    return "Other"_L1;
}

} // namespace CreditDesk::Sandbox
