#pragma once

#include <QDate>
#include <QString>
#include <QUrl>
#include <QStringList>

namespace CreditDesk::Sandbox {

/// Size of the generated world. Defaults are small enough for a quick start; the benchmarks
/// raise them to 10,000 lots / 100,000 events / 5,000 users.
struct SandboxScale
{
    int billingAccounts = 2;    ///< MCA billing accounts (plus one EA and one MPA account)
    int billingProfiles = 3;    ///< per MCA billing account
    int customers = 3;          ///< MPA customers
    int lotsPerProfile = 8;
    int eventsPerLot = 10;
    int users = 60;
    int subscriptions = 3;
    int benefitCredits = 12;    ///< seeded partner benefit credits for the ledger
    int pageSize = 50;          ///< items per page before a nextLink is emitted
    /// A third of the billing-profile lots (not JPY profiles) are credits in another currency
    /// than their profile's billing currency (EUR for USD, USD otherwise), billed at a rate of
    /// 1.25; half of those mislabel creditCurrency as the billing currency while their amounts
    /// say otherwise. Their events stay in the billing currency.
    bool mixedCurrencies = false;
};

/// Fault knobs, all off by default. "every N" counts requests to ARM and Graph (not Entra ID).
struct SandboxFaults
{
    int latencyMs = 0;               ///< added to every response
    int throttleEvery = 0;           ///< every Nth request answers 429 with x-ms-ratelimit-microsoft.consumption-retry-after
    int throttleRetryAfterSeconds = 1;
    int unavailableEvery = 0;        ///< every Nth request answers 503 with Retry-After
    int unavailableRetryAfterSeconds = 1;
    double serverErrorRate = 0.0;    ///< probability of a 500 (deterministic per seed)
    double malformedRate = 0.0;      ///< probability of a syntactically broken JSON body
    double truncatedRate = 0.0;      ///< probability of a body cut short (Content-Length larger than sent)
    double dropRate = 0.0;           ///< probability of closing the connection without a response
    // A hostile service, for proving where the client sends its bearer token:
    QUrl nextLinkOrigin;             ///< ARM/Graph nextLinks name this origin instead of the sandbox's
    bool nextLinkLoop = false;       ///< every nextLink names the page it is on (an endless list)
    QUrl redirectOrigin;             ///< every ARM/Graph request answers 302 to the same path on this origin
    /// Billing account ids whose lots listings (the account's, its profiles' and customers')
    /// answer 404 NotFound: one scope fails while the others read.
    QStringList lotsNotFoundAccounts;
    /// Billing account ids whose lots listings answer 400 "not supported for this agreement
    /// type", as for an EA account without commitments: a note, not a failure.
    QStringList lotsNotOfferedAccounts;
};

/// https instead of http. Either PEM files, or a self-signed certificate for 127.0.0.1 and
/// localhost generated into dataDir (a temporary directory without one) for clients to trust.
struct SandboxTls
{
    QString certificateFile;
    QString keyFile;
    bool generate = false;

    bool enabled() const { return generate || !certificateFile.isEmpty(); }
};

struct SandboxOptions
{
    quint16 port = 0;          ///< 0 picks a free port
    quint64 seed = 1;
    QString dataDir;           ///< empty: state is kept in memory only
    bool autoApprove = false;  ///< device codes are approved as soon as they are issued
    QDate today;               ///< invalid: the current UTC date; data is generated around it
    int accessTokenLifetimeSeconds = 3600;
    int deviceCodeIntervalSeconds = 5;    ///< polling interval announced for device codes (tests use 1)
    int deviceCodeLifetimeSeconds = 900;  ///< expires_in of a device code (tests use a short one)
    SandboxScale scale;
    SandboxFaults faults;
    SandboxTls tls;
};

} // namespace CreditDesk::Sandbox
