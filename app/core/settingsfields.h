#pragma once

#include <QRegularExpression>
#include <QSettings>
#include <QString>

/// What the small settings types (PartnerSettings, SignInSettings, AzureSettings) share.
namespace CreditDesk::SettingsFields {

/// Writes \a value under \a key, or removes the key when the value is the default, so a later
/// release's new default reaches everyone who never chose otherwise.
inline void setOrRemove(QSettings &settings, QLatin1StringView key, const QVariant &value, bool isDefault)
{
    if (isDefault)
        settings.remove(key);
    else
        settings.setValue(key, value);
}

/// A DNS name such as contoso.onmicrosoft.com (letters, digits, hyphens; a TLD of letters).
inline bool isDomainName(const QString &text)
{
    static const QRegularExpression domain(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"),
        QRegularExpression::CaseInsensitiveOption);
    return domain.match(text).hasMatch();
}

} // namespace CreditDesk::SettingsFields
