#include "rules/benefitpolicy.h"

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
    const int cap = settings.value(u"benefits/reassignmentCap"_s).toInt(&ok);
    if (ok && cap >= 0)
        policy.reassignmentCap = cap;
    const int months = settings.value(u"benefits/monthlyValidityMonths"_s).toInt(&ok);
    if (ok && months > 0)
        policy.monthlyValidityMonths = months;
    const QStringList extra = settings.value(u"benefits/extraFreeEmailDomains"_s).toStringList();
    policy.freeEmailDomains = normalizedDomains(policy.freeEmailDomains + extra);
    const QUrl monthly(settings.value(u"benefits/monthlyRedemptionUrl"_s).toString());
    if (monthly.isValid() && !monthly.scheme().isEmpty())
        policy.monthlyRedemptionUrl = monthly;
    const QUrl yearly(settings.value(u"benefits/yearlyRedemptionUrl"_s).toString());
    if (yearly.isValid() && !yearly.scheme().isEmpty())
        policy.yearlyRedemptionUrl = yearly;
    return policy;
}

} // namespace CreditDesk
