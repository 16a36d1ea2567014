#include "server/optionsparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox {

namespace {

// One numeric option: its name, what it sets and its allowed range.
struct IntOption
{
    QString name;
    QString description;
    int *target;
    int minimum;
    int maximum;
};

struct RateOption
{
    QString name;
    QString description;
    double *target;
};

} // namespace

ParsedCommandLine parseSandboxCommandLine(const QStringList &arguments)
{
    ParsedCommandLine result;
    SandboxOptions &o = result.options;
    const auto error = [&result](const QString &message) {
        result.action = ParsedCommandLine::Action::Error;
        result.text = message;
        return result;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local emulation of Microsoft Entra ID, Azure Resource Manager (Billing, Consumption, "
        "BillingBenefits) and Microsoft Graph for CreditDesk. Listens on 127.0.0.1 only."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port on 127.0.0.1; 0 picks a free one (default 0)."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generated data set (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Directory for persistent state (signing key, refresh tokens, created users) and "
                       "benefit-credits.json. Without it everything is kept in memory."_s, u"DIR"_s);
    const QCommandLineOption autoApproveOption(u"auto-approve"_s,
                                               u"Approve device codes as soon as they are issued."_s);
    const QCommandLineOption todayOption(u"today"_s, u"Date the data set is generated around (default: today, UTC)."_s,
                                         u"YYYY-MM-DD"_s);
    const QCommandLineOption nextLinkOriginOption(
        u"next-link-origin"_s, u"Fault: ARM and Graph nextLinks name this origin (e.g. http://127.0.0.1:9) instead of the sandbox."_s,
        u"URL"_s);
    const QCommandLineOption nextLinkLoopOption(u"next-link-loop"_s,
                                                u"Fault: every nextLink names the page it is on (an endless list)."_s);
    const QCommandLineOption redirectOriginOption(
        u"redirect-origin"_s, u"Fault: every ARM and Graph request answers 302 to the same path on this origin."_s, u"URL"_s);
    const QCommandLineOption mixedCurrenciesOption(
        u"mixed-currencies"_s, u"A third of the lots are credits in another currency than their billing profile's, "
                               "half of those with a creditCurrency that names the billing currency."_s);
    const QCommandLineOption tlsOption(
        u"tls"_s, u"Serve https with a self-signed certificate for 127.0.0.1 and localhost, generated with openssl "
                  "into --data-dir (or a temporary directory) and printed as 'tls certificate: PATH'; clients trust "
                  "that file (SSL_CERT_FILE, REQUESTS_CA_BUNDLE)."_s);
    const QCommandLineOption tlsCertOption(u"tls-cert"_s, u"Serve https with this PEM certificate (needs --tls-key)."_s,
                                           u"FILE"_s);
    const QCommandLineOption tlsKeyOption(u"tls-key"_s, u"The unencrypted PEM private key of --tls-cert."_s, u"FILE"_s);
    parser.addOptions({portOption, seedOption, dataDirOption, autoApproveOption, todayOption, nextLinkOriginOption,
                       nextLinkLoopOption, redirectOriginOption, mixedCurrenciesOption, tlsOption, tlsCertOption,
                       tlsKeyOption});

    constexpr int IntMax = std::numeric_limits<int>::max();
    const QList<IntOption> intOptions{
        {u"token-lifetime"_s, u"Access token lifetime in seconds (default 3600)."_s,
         &o.accessTokenLifetimeSeconds, 1, 86400},
        {u"device-code-interval"_s, u"Device code polling interval in seconds (default 5)."_s,
         &o.deviceCodeIntervalSeconds, 1, 60},
        {u"device-code-lifetime"_s, u"Device code lifetime in seconds (default 900)."_s,
         &o.deviceCodeLifetimeSeconds, 1, 86400},
        {u"billing-accounts"_s, u"MCA billing accounts (default 2)."_s, &o.scale.billingAccounts, 0, 1000},
        {u"billing-profiles"_s, u"Billing profiles per MCA account (default 3)."_s, &o.scale.billingProfiles, 0,
         1000},
        {u"customers"_s, u"MPA customers (default 3)."_s, &o.scale.customers, 0, 10000},
        {u"lots-per-profile"_s, u"Credit lots per billing profile (default 8)."_s, &o.scale.lotsPerProfile, 0,
         100000},
        {u"events-per-lot"_s, u"Balance events per lot (default 10)."_s, &o.scale.eventsPerLot, 0, 100000},
        {u"users"_s, u"Directory users (default 60)."_s, &o.scale.users, 1, 1000000},
        {u"subscriptions"_s, u"Azure subscriptions (default 3)."_s, &o.scale.subscriptions, 0, 10000},
        {u"benefit-credits"_s, u"Seeded partner benefit credits (default 12)."_s, &o.scale.benefitCredits, 0,
         100000},
        {u"page-size"_s, u"Items per page before a nextLink (default 50)."_s, &o.scale.pageSize, 1, 10000},
        {u"latency-ms"_s, u"Delay added to every ARM and Graph response (default 0)."_s, &o.faults.latencyMs, 0,
         600000},
        {u"throttle-every"_s, u"Every Nth ARM/Graph request answers 429 (default 0 = never)."_s,
         &o.faults.throttleEvery, 0, IntMax},
        {u"throttle-retry-after"_s, u"Seconds announced by a 429 (default 1)."_s,
         &o.faults.throttleRetryAfterSeconds, 0, 3600},
        {u"unavailable-every"_s, u"Every Nth ARM/Graph request answers 503 (default 0 = never)."_s,
         &o.faults.unavailableEvery, 0, IntMax},
        {u"unavailable-retry-after"_s, u"Seconds announced by a 503 (default 1)."_s,
         &o.faults.unavailableRetryAfterSeconds, 0, 3600},
    };
    const QList<RateOption> rateOptions{
        {u"server-error-rate"_s, u"Probability 0..1 of a 500 (default 0)."_s, &o.faults.serverErrorRate},
        {u"malformed-rate"_s, u"Probability 0..1 of a broken JSON body (default 0)."_s, &o.faults.malformedRate},
        {u"truncated-rate"_s, u"Probability 0..1 of a body cut short (default 0)."_s, &o.faults.truncatedRate},
        {u"drop-rate"_s, u"Probability 0..1 of closing the connection without an answer (default 0)."_s,
         &o.faults.dropRate},
    };
    const QCommandLineOption lotsNotFoundOption(
        u"lots-not-found"_s, u"Lots listings of this billing account answer 404 NotFound (repeatable)."_s, u"ACCOUNT"_s);
    const QCommandLineOption lotsNotOfferedOption(
        u"lots-not-offered"_s,
        u"Lots listings of this billing account answer 400 'not supported for this agreement type' (repeatable)."_s,
        u"ACCOUNT"_s);
    parser.addOptions({lotsNotFoundOption, lotsNotOfferedOption});
    for (const IntOption &option : intOptions)
        parser.addOption(QCommandLineOption(option.name, option.description, u"N"_s));
    for (const RateOption &option : rateOptions)
        parser.addOption(QCommandLineOption(option.name, option.description, u"RATE"_s));

    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (parser.isSet(helpOption)) {
        result.action = ParsedCommandLine::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = ParsedCommandLine::Action::ShowVersion;
        result.text = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return error(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return error(u"--port must be a number from 0 to 65535, not '%1'"_s.arg(parser.value(portOption)));
    o.port = quint16(port);
    o.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return error(u"--seed must be a non-negative integer, not '%1'"_s.arg(parser.value(seedOption)));
    o.dataDir = parser.value(dataDirOption);
    o.autoApprove = parser.isSet(autoApproveOption);
    o.faults.nextLinkLoop = parser.isSet(nextLinkLoopOption);
    o.tls.generate = parser.isSet(tlsOption);
    o.tls.certificateFile = parser.value(tlsCertOption);
    o.tls.keyFile = parser.value(tlsKeyOption);
    if (o.tls.certificateFile.isEmpty() != o.tls.keyFile.isEmpty())
        return error(u"--tls-cert and --tls-key go together"_s);
    if (o.tls.generate && !o.tls.certificateFile.isEmpty())
        return error(u"--tls generates a certificate; leave it out when giving --tls-cert and --tls-key"_s);
    o.scale.mixedCurrencies = parser.isSet(mixedCurrenciesOption);
    for (const auto &[option, target] : {std::pair{&nextLinkOriginOption, &o.faults.nextLinkOrigin},
                                         std::pair{&redirectOriginOption, &o.faults.redirectOrigin}}) {
        if (!parser.isSet(*option))
            continue;
        const QUrl url(parser.value(*option), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty())
            return error(u"--%1 must be an origin like http://127.0.0.1:8080, not '%2'"_s.arg(option->names().constFirst(), parser.value(*option)));
        *target = url;
    }
    if (parser.isSet(todayOption)) {
        o.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!o.today.isValid())
            return error(u"--today must be a date like 2025-01-31, not '%1'"_s.arg(parser.value(todayOption)));
    }
    for (const IntOption &option : intOptions) {
        if (!parser.isSet(option.name))
            continue;
        const QString text = parser.value(option.name);
        const int value = text.toInt(&ok);
        if (!ok || value < option.minimum || value > option.maximum) {
            return error(u"--%1 must be a whole number from %2 to %3, not '%4'"_s.arg(
                option.name, QString::number(option.minimum), QString::number(option.maximum), text));
        }
        *option.target = value;
    }
    o.faults.lotsNotFoundAccounts = parser.values(lotsNotFoundOption);
    o.faults.lotsNotOfferedAccounts = parser.values(lotsNotOfferedOption);
    double rateSum = 0;
    for (const RateOption &option : rateOptions) {
        if (!parser.isSet(option.name))
            continue;
        const QString text = parser.value(option.name);
        const double value = text.toDouble(&ok);
        if (!ok || !(value >= 0.0 && value <= 1.0))
            return error(u"--%1 must be a number from 0 to 1, not '%2'"_s.arg(option.name, text));
        *option.target = value;
        rateSum += value;
    }
    // The rates share one draw per request, so together they cannot exceed certainty.
    if (rateSum > 1.0 + 1e-9)
        return error(u"the fault rates add up to %1; together they must not exceed 1"_s.arg(rateSum));
    return result;
}

} // namespace CreditDesk::Sandbox
