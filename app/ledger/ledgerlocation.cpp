#include "ledger/ledgerlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CreditDesk::LedgerLocation", text);
}

/// \a uri with a password (between "//user:" and "@", or a password= parameter) blanked,
/// for messages.
QString redacted(const QString &uri)
{
    static const QRegularExpression userInfo(u"^([^/]*//[^/@:]*):[^/@]*@"_s);
    static const QRegularExpression parameter(u"([?&]password=)[^&#]*"_s, QRegularExpression::CaseInsensitiveOption);
    QString shown = uri;
    shown.replace(userInfo, u"\\1:***@"_s);
    shown.replace(parameter, u"\\1***"_s);
    return shown;
}

Error invalid(const QString &uri, const QString &why)
{
    return Error(tr("The ledger location %1 is not usable: %2. Expected "
                    "postgresql://user@host:port/database?sslmode=verify-full (the password goes in ~/.pgpass, "
                    "PGPASSWORD or the secret store), or a path to an SQLite file.")
                     .arg(redacted(uri), why),
                 QString(LedgerLocation::InvalidLocationCode));
}

const QSet<QString> &knownParameters()
{
    static const QSet<QString> known { u"host"_s,   u"port"_s,    u"user"_s,   u"sslmode"_s,
                                       u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s,
                                       u"connect_timeout"_s, u"application_name"_s };
    return known;
}

} // namespace

LedgerLocation LedgerLocation::sqlite(const QString &file)
{
    LedgerLocation l;
    l.kind = Kind::Sqlite;
    l.sqliteFile = file;
    return l;
}

Result<LedgerLocation> LedgerLocation::fromPostgresUri(const QString &uri)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return invalid(uri, tr("it is not a valid URI"));
    if (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1)
        return invalid(uri, tr("the scheme must be postgresql://"));
    if (!url.password().isEmpty())
        return invalid(uri, tr("it contains a password, which would end up in settings, logs or the process list"));
    LedgerLocation l;
    l.kind = Kind::Postgres;
    l.host = url.host();
    l.port = url.port(5432);
    l.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    l.userName = url.userName(QUrl::FullyDecoded);
    if (!url.fragment().isEmpty())
        return invalid(uri, tr("it has a #fragment"));
    QStringList options;
    bool sslModeGiven = false;
    QSet<QString> seen;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == "password"_L1)
            return invalid(uri, tr("it contains a password, which would end up in settings, logs or the process "
                                   "list"));
        if (!knownParameters().contains(key))
            return invalid(uri, tr("the parameter \"%1\" is not known").arg(key));
        if (seen.contains(key))
            return invalid(uri, tr("the parameter \"%1\" is given twice").arg(key));
        seen.insert(key);
        if (value.isEmpty() || value.contains(u' ') || value.contains(u';') || value.contains(u'\''))
            return invalid(uri, tr("the parameter \"%1\" has an empty or unsafe value").arg(key));
        if (key == "host"_L1) {
            if (!l.host.isEmpty())
                return invalid(uri, tr("the host is given twice"));
            l.host = value;
        } else if (key == "port"_L1) {
            bool ok = false;
            l.port = value.toInt(&ok);
            if (!ok)
                return invalid(uri, tr("the port is not a number"));
        } else if (key == "user"_L1) {
            l.userName = value;
        } else {
            if (key == "sslmode"_L1) {
                static const QStringList modes { u"disable"_s, u"allow"_s, u"prefer"_s,
                                                 u"require"_s, u"verify-ca"_s, u"verify-full"_s };
                if (!modes.contains(value))
                    return invalid(uri, tr("sslmode must be one of %1").arg(modes.join(u", "_s)));
                sslModeGiven = true;
            }
            options << QString(key + u'=' + value);
        }
    }
    if (l.port <= 0 || l.port > 65535)
        return invalid(uri, tr("the port must be between 1 and 65535"));
    if (l.databaseName.isEmpty() || l.databaseName.contains(u'/'))
        return invalid(uri, tr("it names no database (…/database)"));
    if (!sslModeGiven && !l.isLoopback())
        options << u"sslmode=verify-full"_s; // a server elsewhere: encrypted, and the right one
    l.connectOptions = options.join(u';');
    return l;
}

bool LedgerLocation::isLoopback() const
{
    if (kind == Kind::Sqlite || host.isEmpty() || host.startsWith(u'/') || host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<LedgerLocation> LedgerLocation::parse(const QString &pathOrUri)
{
    const QString text = pathOrUri.trimmed();
    if (text.startsWith("postgres"_L1, Qt::CaseInsensitive))
        return fromPostgresUri(text);
    static const QRegularExpression otherScheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    if (otherScheme.match(text).hasMatch())
        return invalid(text, tr("only postgresql:// URIs and SQLite file paths are supported"));
    if (text.isEmpty())
        return invalid(text, tr("it is empty"));
    return sqlite(text);
}

Result<LedgerLocation> LedgerLocation::configured(const QSettings &settings)
{
    const QString location = settings.value(u"ledger/location"_s).toString().trimmed();
    if (location.isEmpty())
        return sqlite(defaultSqliteFile());
    return parse(location);
}

QString LedgerLocation::defaultSqliteFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/ledger.sqlite"_s;
}

QString LedgerLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return QDir::toNativeSeparators(sqliteFile);
    const QString server = host.startsWith(u'/') ? u"?host=%1"_s.arg(host) : QString();
    const QString authority = host.startsWith(u'/') ? QString() : host;
    return u"postgresql://%1@%2:%3/%4%5"_s.arg(userName, authority).arg(port).arg(databaseName, server);
}

QString LedgerLocation::secretKey() const
{
    return kind == Kind::Postgres ? u"ledger-password/"_s + displayName() : QString();
}

} // namespace CreditDesk
