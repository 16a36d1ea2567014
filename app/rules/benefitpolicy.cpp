#include "rules/benefitpolicy.h"

#include "rules/partnersettings.h"

#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QStringList normalizedDomains(const QStringList &domains)
{
    QStringList out;
    for (const QString &d : domains) {
        QString domain = d.trimmed().toLower();
        while (domain.startsWith(u'.') || domain.startsWith(u'@'))
            domain.remove(0, 1);
        if (!domain.isEmpty() && !out.contains(domain))
            out.append(domain);
    }
    return out;
}
} // namespace

QStringList BenefitPolicy::builtInFreeEmailDomains()
{
    static const QStringList domains = [] {
        QFile file(u":/creditdesk/rules/freeemaildomains.txt"_s);
        QStringList lines;
        if (!file.open(QIODevice::ReadOnly))
            return lines;
        const QStringList all = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : all) {
            if (!line.trimmed().startsWith(u'#'))
                lines.append(line);
        }
        return normalizedDomains(lines);
    }();
    return domains;
}

QUrl BenefitPolicy::defaultRedemptionUrl()
{
    return QUrl(u"https://www.microsoftazuresponsorships.com/"_s);
}

BenefitPolicy BenefitPolicy::fromSettings(const QSettings &settings)
{
    BenefitPolicy policy;
    bool ok = false;
    const int cap = settings.value(PartnerSettings::CapKey).toInt(&ok);
    if (ok && cap >= 0)
        policy.reassignmentCap = cap;
    const int months = settings.value(PartnerSettings::ValidityKey).toInt(&ok);
    if (ok && months > 0)
        policy.monthlyValidityMonths = months;
    const PartnerSettings partner = PartnerSettings::load(settings);
    policy.freeEmailDomains = normalizedDomains(policy.freeEmailDomains + partner.extraFreeEmailDomains);
    if (!partner.monthlyRedemptionUrl.isEmpty())
        policy.monthlyRedemptionUrl = partner.monthlyRedemptionUrl;
    if (!partner.yearlyRedemptionUrl.isEmpty())
        policy.yearlyRedemptionUrl = partner.yearlyRedemptionUrl;
    return policy;
}

} // namespace CreditDesk
