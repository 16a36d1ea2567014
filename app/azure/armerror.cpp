#include "azure/armerror.h"

#include "azure/armresponse_p.h"

#include <QCoreApplication>
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

using ArmResponse::Reader;
using ArmResponse::Value;

// A string's text, trimmed; anything else → empty (messages are never numbers).
QString stringOnly(Reader &r, Value v)
{
    std::string_view s;
    return r.utf8(v, &s) ? Json::decodeUtf8(QByteArrayView(s.data(), qsizetype(s.size()))).trimmed() : QString();
}

// The members of an ARM-style error object (`{code, message, target, details[], innerError}`),
// wherever they stand. Codes arrive as "InvalidApiVersionParameter", "400" or 400.
struct ArmStyle
{
    bool any = false; // code or message present
    QString code;
    QString message;
    QString target;
    QStringList detailMessages;
    QString innerRequestId; // innerError
    QString lowerInnerRequestId; // innererror, used when innerError is not an object
    bool hasInnerError = false;

    void read(Reader &r, std::string_view key, Value v)
    {
        if (key == "code") {
            any = true;
            code = r.text(v);
        } else if (key == "message") {
            any = true;
            message = stringOnly(r, v);
        } else if (key == "target") {
            target = stringOnly(r, v);
        } else if (key == "details") {
            detailMessages.clear();
            r.forEachElement(v, [&](Value d) {
                QString m;
                r.forEachField(d, [&](std::string_view dk, Value dv) {
                    if (dk == "message")
                        m = stringOnly(r, dv);
                    else
                        r.skip(dv);
                });
                detailMessages.append(m);
            });
        } else if (key == "innerError" || key == "innererror") {
            const bool upper = key == "innerError";
            QString requestId;
            QString camelRequestId;
            const bool isObject = r.forEachField(v, [&](std::string_view ik, Value iv) {
                if (ik == "request-id")
                    requestId = stringOnly(r, iv);
                else if (ik == "requestId")
                    camelRequestId = stringOnly(r, iv);
                else
                    r.skip(iv);
            });
            const QString id = requestId.isEmpty() ? camelRequestId : requestId;
            if (upper) {
                hasInnerError = isObject;
                innerRequestId = id;
            } else {
                lowerInnerRequestId = id;
            }
        } else {
            r.skip(v);
        }
    }

    void fill(ServiceErrorBody &out) const
    {
        out.recognized = true;
        out.code = code;
        out.message = message;
        out.target = target;
        for (const QString &m : detailMessages) {
            if (!m.isEmpty() && m != out.message && !out.details.contains(m))
                out.details.append(m);
        }
        out.requestId = hasInnerError ? innerRequestId : lowerInnerRequestId;
    }
};

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
    Reader r(body);
    const bool isObject = r.rootKind() == Reader::Kind::Object;
    ArmStyle error; // the "error" object
    ArmStyle root; // the root itself, when a gateway sends the inner object alone
    enum class ErrorShape { None, Object, Text } shape = ErrorShape::None;
    QString entraCode;
    QString entraDescription;
    QString traceId;
    if (isObject) {
        r.forEachRootField([&](std::string_view key, Value v) {
            if (key == "error") {
                const Reader::Kind kind = r.kind(v);
                shape = kind == Reader::Kind::Object ? ErrorShape::Object
                    : kind == Reader::Kind::String   ? ErrorShape::Text
                                                     : ErrorShape::None;
                error = ArmStyle();
                if (shape == ErrorShape::Object)
                    r.forEachField(v, [&](std::string_view ek, Value ev) { error.read(r, ek, ev); });
                else
                    entraCode = stringOnly(r, v);
            } else if (key == "error_description") {
                std::string_view s;
                entraDescription = r.utf8(v, &s) ? Json::decodeUtf8(QByteArrayView(s.data(), qsizetype(s.size()))) : QString();
            } else if (key == "trace_id") {
                std::string_view s;
                traceId = r.utf8(v, &s) ? Json::decodeUtf8(QByteArrayView(s.data(), qsizetype(s.size()))) : QString();
            } else {
                root.read(r, key, v);
            }
        });
    } else {
        r.skipRoot();
    }
    if (r.finish()) {
        if (shape == ErrorShape::Object) {
            error.fill(out);
        } else if (shape == ErrorShape::Text) {
            out.recognized = true;
            out.code = entraCode;
            out.message = firstLine(entraDescription);
            out.requestId = traceId;
        } else if (isObject && root.any) {
            root.fill(out);
        }
    } else {
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
