#include "world/sandboxdirectory.h"

#include "world/prng.h"

#include <array>
#include <QSet>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

constexpr std::array kGivenNames
    = { "Adele"_L1,  "Alex"_L1,    "Allan"_L1, "Anna"_L1,   "Andrew"_L1, "Ben"_L1,     "Bianca"_L1, "Carlos"_L1,
        "Chloe"_L1,  "Daniel"_L1,  "Diego"_L1, "Emily"_L1,  "Emma"_L1,   "Grady"_L1,   "Hana"_L1,   "Henrik"_L1,
        "Isaiah"_L1, "Johanna"_L1, "Joni"_L1,  "Kenji"_L1,  "Lee"_L1,    "Lidia"_L1,   "Lynne"_L1,  "Megan"_L1,
        "Miriam"_L1, "Nestor"_L1,  "Noah"_L1,  "Olivia"_L1, "Patti"_L1,  "Pradeep"_L1, "Priya"_L1,  "Raul"_L1,
        "Sofia"_L1,  "Tomas"_L1,   "Wei"_L1,   "Yara"_L1,   "Zoe"_L1 };
constexpr std::array kSurnames
    = { "Vance"_L1,   "Wilber"_L1, "Brown"_L1,   "Sherman"_L1, "Gonzalez"_L1, "Fischer"_L1, "Holt"_L1,   "Mathis"_L1,
        "Howard"_L1,  "Bowen"_L1,  "Johnson"_L1, "Wilkins"_L1, "Adams"_L1,    "Cole"_L1,    "Kim"_L1,    "Nakamura"_L1,
        "Schmidt"_L1, "Rossi"_L1,  "Dubois"_L1,  "Novak"_L1,   "Patel"_L1,    "Singh"_L1,   "Garcia"_L1, "Ivanova"_L1,
        "Okafor"_L1,  "Silva"_L1,  "Chen"_L1,    "Berg"_L1,    "Larsen"_L1,   "Anand"_L1 };
constexpr std::array kJobTitles = { "Cloud Architect"_L1, "Developer"_L1,           "Senior Developer"_L1,
                                    "Consultant"_L1,      "Data Engineer"_L1,       "FinOps Analyst"_L1,
                                    "Project Manager"_L1, "Solution Specialist"_L1, "DevOps Engineer"_L1,
                                    "Sales Engineer"_L1 };
constexpr std::array kOffices = { "Seattle"_L1, "London"_L1, "Munich"_L1, "Tokyo"_L1, "Dublin"_L1, "Remote"_L1 };
constexpr std::array kFreeMailDomains = { "gmail.com"_L1, "outlook.com"_L1, "hotmail.com"_L1, "yahoo.com"_L1 };
constexpr std::array kGuestDomains = { "fabrikam.com"_L1, "gmail.com"_L1, "northwindtraders.com"_L1, "outlook.com"_L1 };

} // namespace

SandboxDirectory::SandboxDirectory(quint64 seed, int userCount, const QString &tenantDomain, const QString &customDomain, QDate today)
{
    m_users.reserve(userCount);
    QSet<QString> aliases;
    for (int i = 0; i < userCount; ++i) {
        Prng rng = streamFor(seed, Domain::User, { static_cast<quint64>(i) });
        SandboxUser u;
        u.objectId = rng.guid();
        u.givenName = rng.pick(kGivenNames);
        u.surname = rng.pick(kSurnames);
        u.displayName = u.givenName + u' ' + u.surname;
        QString alias = u.givenName.toLower() + u'.' + u.surname.toLower();
        for (int n = 2; aliases.contains(alias); ++n)
            alias = u.givenName.toLower() + u'.' + u.surname.toLower() + QString::number(n);
        aliases.insert(alias);
        u.mailNickname = alias;
        u.officeLocation = rng.pick(kOffices);
        u.preferredLanguage = u"en-US"_s;
        u.createdDateTime
            = QDateTime(today.addDays(-rng.range(30, 2000)), QTime(0, 0), Qt::UTC).addSecs(rng.range(0, 86399));
        u.userType = u"Member"_s;
        u.jobTitle = rng.pick(kJobTitles);
        u.userPrincipalName = alias + u'@' + tenantDomain;
        u.mail = alias + u'@' + customDomain;
        if (i == 0) {
            u.jobTitle = u"Partner Admin"_s; // the signed-in MAICPP partner admin
        } else if (i % 17 == 5) {
            const QLatin1StringView home = rng.pick(kGuestDomains);
            u.userType = u"Guest"_s;
            u.mail = alias + u'@' + home;
            u.userPrincipalName = alias + u'_' + home + u"#EXT#@"_s + tenantDomain;
            u.mailNickname = alias + u'_' + home + u"#EXT#"_s;
            u.jobTitle.clear();
        } else if (i % 19 == 7) {
            u.mail = alias + QString::number(rng.range(10, 99)) + u'@' + rng.pick(kFreeMailDomains);
        }
        if (i != 0 && i % 23 == 11)
            u.accountEnabled = false;
        m_users.append(u);
        index(m_users.size() - 1);
    }
}

void SandboxDirectory::index(qsizetype position)
{
    const SandboxUser &u = m_users[position];
    m_byId.insert(u.objectId.toLower(), position);
    m_byUpn.insert(u.userPrincipalName.toLower(), position);
}

const SandboxUser *SandboxDirectory::find(QStringView idOrUpn) const
{
    const QString key = idOrUpn.toString().toLower();
    if (const auto it = m_byId.constFind(key); it != m_byId.constEnd())
        return &m_users[it.value()];
    if (const auto it = m_byUpn.constFind(key); it != m_byUpn.constEnd())
        return &m_users[it.value()];
    return nullptr;
}

bool SandboxDirectory::containsUpn(QStringView upn) const
{
    return m_byUpn.contains(upn.toString().toLower());
}

bool SandboxDirectory::add(const SandboxUser &user)
{
    if (m_byId.contains(user.objectId.toLower()) || containsUpn(user.userPrincipalName))
        return false;
    m_users.append(user);
    index(m_users.size() - 1);
    return true;
}

} // namespace CreditDesk::Sandbox
