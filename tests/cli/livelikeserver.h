#pragma once

// A minimal server that answers like the live ARM service rather than the spec's examples:
// US-style dates, display-string sources, padded currencies, a 204 and a string error code.
// It proves the CLI reads "any server that answers like ARM".

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CreditDesk::Testing {

class LiveLikeArm
{
public:
    quint16 start()
    {
        using namespace Qt::StringLiterals;
        m_server.route(u"/providers/Microsoft.Billing/billingAccounts"_s, [this](const QHttpServerRequest &request) {
            if (!authorized(request))
                return unauthorized();
            const QJsonObject account{
                {u"id"_s, u"/providers/Microsoft.Billing/billingAccounts/acc:1_2020-01-01"_s},
                {u"name"_s, u"acc:1_2020-01-01"_s},
                {u"properties"_s, QJsonObject{{u"displayName"_s, u"Live Partner"_s},
                                              {u"agreementType"_s, u"MicrosoftCustomerAgreement"_s}}}};
            return QHttpServerResponse(QJsonObject{{u"value"_s, QJsonArray{account}}});
        });
        m_server.route(u"/providers/Microsoft.Billing/billingAccounts/<arg>/billingProfiles"_s,
                       [this](const QString &, const QHttpServerRequest &request) {
                           if (!authorized(request))
                               return unauthorized();
                           QJsonArray profiles;
                           for (const QString &name : {u"BP-ONE"_s, u"BP-EMPTY"_s, u"BP-BROKEN"_s}) {
                               profiles.append(QJsonObject{{u"id"_s, QString(u"/x/billingProfiles/"_s + name)},
                                                           {u"name"_s, name},
                                                           {u"properties"_s, QJsonObject{{u"displayName"_s, name}}}});
                           }
                           return QHttpServerResponse(QJsonObject{{u"value"_s, profiles}});
                       });
        m_server.route(u"/providers/Microsoft.Billing/billingAccounts/<arg>/billingProfiles/<arg>/providers/Microsoft.Consumption/lots"_s,
                       [this](const QString &, const QString &profile, const QHttpServerRequest &request) {
                           if (!authorized(request))
                               return unauthorized();
                           if (profile == u"BP-EMPTY"_s)
                               return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
                           if (profile == u"BP-BROKEN"_s && m_brokenProfileFails) {
                               const QString message = m_hostileText
                                   ? u"Invalid billing profile.\x1b]0;pwned\x07\x1b[2J (Request ID: 1234-abcd)"_s
                                   : u"Invalid billing profile. (Request ID: 1234-abcd)"_s;
                               return QHttpServerResponse(
                                   QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"400"_s},
                                                                        {u"message"_s, message}}}},
                                   QHttpServerResponder::StatusCode::BadRequest);
                           }
                           if (profile == u"BP-BROKEN"_s)
                               return QHttpServerResponse(QJsonObject{{u"value"_s, QJsonArray{}}});
                           const QJsonObject lot{
                               {u"id"_s, u"/providers/Microsoft.Billing/billingAccounts/acc:1_2020-01-01/billingProfiles/BP-ONE/providers/Microsoft.Consumption/lots/L1"_s},
                               {u"name"_s, u"L1"_s},
                               {u"type"_s, u"Microsoft.Consumption/lots"_s},
                               {u"eTag"_s, QJsonValue::Null},
                               {u"properties"_s,
                                QJsonObject{{u"originalAmount"_s, QJsonObject{{u"currency"_s, u"USD  "_s}, {u"value"_s, 5000.0}}},
                                            {u"closedBalance"_s, QJsonObject{{u"currency"_s, u"USD  "_s}, {u"value"_s, 60.9}}},
                                            {u"source"_s, m_hostileText ? hostileSource() : u"Azure Promotional Credit"_s},
                                            {u"startDate"_s, u"09/18/2025 21:47:31"_s},
                                            {u"expirationDate"_s, u"10/11/2027"_s},
                                            {u"status"_s, u"Active"_s},
                                            {u"creditCurrency"_s, u"USD  "_s}}}};
                           return QHttpServerResponse(QJsonObject{{u"value"_s, QJsonArray{lot}}});
                       });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    void setBrokenProfileFails(bool fails) { m_brokenProfileFails = fails; }
    /// Service text with terminal escapes: an OSC title change, colours, a bidi override, a tab.
    void setHostileText(bool hostile) { m_hostileText = hostile; }
    static QString hostileSource()
    {
        return QStringLiteral("Azure\x1b[31m Promotional\u202e Credit\x1b]0;pwned\x07\x1b[0m\tX");
    }
    static QString token() { return QStringLiteral("live-like-token"); }

private:
    static bool authorized(const QHttpServerRequest &request)
    {
        return request.value("Authorization") == "Bearer " + token().toLatin1();
    }
    static QHttpServerResponse unauthorized()
    {
        using namespace Qt::StringLiterals;
        return QHttpServerResponse(
            QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"InvalidAuthenticationToken"_s},
                                                 {u"message"_s, u"The access token is invalid."_s}}}},
            QHttpServerResponder::StatusCode::Unauthorized);
    }

    QHttpServer m_server;
    bool m_brokenProfileFails = false;
    bool m_hostileText = false;
};

} // namespace CreditDesk::Testing
