#include "azure/armerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {

constexpr qsizetype kMaxPlainTextBody = 300;
constexpr qsizetype kMaxDetails = 3;

// Gives lupdate a context ("ArmErrors") for the free functions below.
struct ArmErrors
{
    Q_DECLARE_TR_FUNCTIONS(ArmErrors)
};

// Codes arrive as "InvalidApiVersionParameter", "400" or 400.
QString codeText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString();
}

QString firstLine(const QString &text)
{
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != u'\r' && text.at(end) != u'\n')
        ++end;
    return text.left(end).trimmed();
}

// Consumption messages end with "(Request ID: 1234abcd-...)".
QString requestIdInText(const QString &text)
{
    static const QRegularExpression re(u"Request ID:\\s*([0-9A-Za-z-]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

void readArmStyle(const QJsonObject &error, ServiceErrorBody &out)
{
    out.recognized = true;
    out.code = codeText(error.value("code"_L1));
    out.message = error.value("message"_L1).toString().trimmed();
    out.target = error.value("target"_L1).toString().trimmed();
    for (const QJsonValue &d : error.value("details"_L1).toArray()) {
        const QString m = d.toObject().value("message"_L1).toString().trimmed();
        if (!m.isEmpty() && m != out.message && !out.details.contains(m))
            out.details.append(m);
    }
    const QJsonObject inner = error.value("innerError"_L1).isObject() ? error.value("innerError"_L1).toObject()
                                                                      : error.value("innererror"_L1).toObject();
    out.requestId = inner.value("request-id"_L1).toString();
    if (out.requestId.isEmpty())
        out.requestId = inner.value("requestId"_L1).toString();
}

QString withoutFinalStop(QString s)
{
    s = s.trimmed();
    while (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

// "Service text (Code)." — the service's own words, with its code for support.
QString serviceDetail(const ServiceErrorBody &b)
{
    QString text = withoutFinalStop(b.message.isEmpty() && !b.details.isEmpty() ? b.details.first() : b.message);
    if (!b.code.isEmpty() && !text.contains(b.code))
        text = text.isEmpty() ? b.code : text + u" ("_s + b.code + u')';
    if (text.isEmpty())
        return QString();
    text += u'.';
    QStringList extra;
    for (const QString &d : b.details) {
        if (extra.size() == kMaxDetails)
            break;
        if (d != b.message && !(b.message.isEmpty() && d == b.details.first()))
            extra.append(withoutFinalStop(d));
    }
    if (!extra.isEmpty())
        text += u' ' + ArmErrors::tr("Details: %1.").arg(extra.join(u"; "_s));
    return text;
}

// What the person can do about it, by status; empty when the service's words say it best.
QString hintFor(int status, const QString &code, const QString &scope)
{
    if (code == "invalid_grant"_L1 || code == "interaction_required"_L1 || status == 401)
        return ArmErrors::tr("the sign-in was not accepted or has expired. Sign in again.");
    if (status == 403) {
        return scope.isEmpty() ? ArmErrors::tr("access was denied; you need a billing reader role (or Reader on the "
                                               "credit resource) to read this.")
                               : ArmErrors::tr("access was denied; you need a billing reader role on %1 (or Reader on "
                                               "the credit resource).")
                                     .arg(scope);
    }
    if (status == 404) {
        return scope.isEmpty() ? ArmErrors::tr("it was not found, or the signed-in account cannot see it.")
                               : ArmErrors::tr("%1 was not found, or the signed-in account cannot see it.").arg(scope);
    }
    if (status == 429)
        return ArmErrors::tr("the service is throttling requests. Wait a few minutes and try again.");
    if (status == 408 || status == 504) {
        return ArmErrors::tr("the service took too long to answer (HTTP %1). Try again later, or ask "
                             "for a shorter date range.")
            .arg(status);
    }
    if (status >= 500)
        return ArmErrors::tr("the service had a problem (HTTP %1). Try again later.").arg(status);
    return QString();
}

} // namespace

ServiceErrorBody parseServiceErrorBody(const QByteArray &body)
{
    ServiceErrorBody out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue error = root.value("error"_L1);
        if (error.isObject()) {
            readArmStyle(error.toObject(), out);
        } else if (error.isString()) {
            out.recognized = true;
            out.code = error.toString().trimmed();
            out.message = firstLine(root.value("error_description"_L1).toString());
            out.requestId = root.value("trace_id"_L1).toString();
        } else if (root.contains("code"_L1) || root.contains("message"_L1)) {
            // Some gateways answer with the inner object alone.
            readArmStyle(root, out);
        }
    } else if (parseError.error != QJsonParseError::NoError) {
        // Gateways and proxies send text or HTML; short plain text is worth showing, markup
        // and broken JSON are not.
        const QString text = QString::fromUtf8(body).simplified();
        const bool looksStructured = text.startsWith(u'<') || text.startsWith(u'{') || text.startsWith(u'[');
        if (!text.isEmpty() && text.size() <= kMaxPlainTextBody && !looksStructured)
            out.message = text;
    }
    if (out.requestId.isEmpty())
        out.requestId = requestIdInText(out.message);
    return out;
}

Error armError(int httpStatus, const QByteArray &body, const QString &operation, const QString &scope,
               const QByteArray &requestId)
{
    const ServiceErrorBody parsed = parseServiceErrorBody(body);

    Error e;
    e.httpStatus = httpStatus;
    e.code = parsed.code;
    e.requestId = requestId.isEmpty() ? parsed.requestId : QString::fromLatin1(requestId).trimmed();

    const QString hint = hintFor(httpStatus, parsed.code, scope);
    const QString detail = serviceDetail(parsed);
    QString reason;
    if (!hint.isEmpty() && !detail.isEmpty())
        reason = hint + u' ' + ArmErrors::tr("The service said: %1").arg(detail);
    else if (!hint.isEmpty())
        reason = hint;
    else if (!detail.isEmpty())
        reason = detail;
    else
        reason = ArmErrors::tr("the service answered with HTTP status %1.").arg(httpStatus);

    if (operation.isEmpty())
        e.message = ArmErrors::tr("The request failed: %1").arg(reason);
    else if (scope.isEmpty())
        e.message = ArmErrors::tr("Could not %1: %2").arg(operation, reason);
    else
        e.message = ArmErrors::tr("Could not %1 for %2: %3").arg(operation, scope, reason);
    return e;
}

} // namespace CreditDesk
