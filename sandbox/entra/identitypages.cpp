#include "entra/identitypages.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::IdentityPages {

namespace {

Response page(int status, const QString &title, const QString &bodyHtml)
{
    const QString html = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                         "<title>%1</title>"
                         "<style>body{font-family:sans-serif;max-width:32em;margin:4em auto;padding:0 1em}"
                         "input{font-size:1.2em;letter-spacing:.1em}.error{color:#a4262c}</style>"
                         "</head><body><h1>%1</h1>%2<p><small>CreditDesk Sandbox emulates Microsoft Entra ID "
                         "for local testing; no real account is involved.</small></p></body></html>\n"_s
                             .arg(title.toHtmlEscaped(), bodyHtml);
    Response response;
    response.status = status;
    response.body = html.toUtf8();
    response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    return response;
}

} // namespace

Response deviceLoginForm(const QString &userPrincipalName)
{
    return page(200, u"Enter code"_s,
                u"<p>Enter the code displayed on your app or device to sign in as <b>%1</b>.</p>"
                "<form method=\"post\" action=\"/devicelogin\">"
                "<p><input name=\"user_code\" autofocus autocomplete=\"off\" placeholder=\"Code\" "
                "aria-label=\"Code\"></p>"
                "<p><button type=\"submit\">Continue</button> "
                "<button type=\"submit\" name=\"decline\" value=\"1\">Decline</button></p>"
                "</form>"_s.arg(userPrincipalName.toHtmlEscaped()));
}

Response deviceLoginSignedIn(const QString &userPrincipalName)
{
    return page(200, u"You have signed in to CreditDesk Sandbox"_s,
                u"<p>Signed in as <b>%1</b>. You have signed in to CreditDesk Sandbox on your device. "
                "You may now close this window.</p>"_s.arg(userPrincipalName.toHtmlEscaped()));
}

Response deviceLoginDeclined()
{
    return page(200, u"Sign-in declined"_s,
                u"<p>You declined to sign in to CreditDesk Sandbox on the other device. "
                "You may now close this window.</p>"_s);
}

Response deviceLoginError(const QString &message)
{
    return page(400, u"That code didn't work"_s,
                u"<p class=\"error\">%1</p><p><a href=\"/devicelogin\">Try another code</a></p>"_s.arg(
                    message.toHtmlEscaped()));
}

Response authorizeError(const QString &code, const QString &message)
{
    return page(400, u"Sorry, but we're having trouble signing you in"_s,
                u"<p class=\"error\">%1: %2</p>"_s.arg(code.toHtmlEscaped(), message.toHtmlEscaped()));
}

} // namespace CreditDesk::Sandbox::IdentityPages
