#include "assignment/assignmenttexts.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QString userPhrase(const AssignmentFacts &facts)
{
    const QString address = facts.userPrincipalName;
    if (facts.userDisplayName.isEmpty())
        return address;
    return u"%1 (%2)"_s.arg(facts.userDisplayName, address);
}

QString firstName(const AssignmentFacts &facts)
{
    const QString name = facts.userDisplayName.section(u' ', 0, 0, QString::SectionSkipEmpty);
    return name.isEmpty() ? facts.userPrincipalName.section(u'@', 0, 0) : name;
}
} // namespace

QString AssignmentTexts::amountPhrase(const AssignmentFacts &facts, const QLocale &locale)
{
    const QString money = formatMoney(facts.amount, locale);
    //: a monthly partner credit's amount, e.g. "$100.00/month"
    return facts.monthly ? tr("%1/month").arg(money)
                         //: a bulk (yearly) partner credit's amount, e.g. "$1,200.00 (bulk)"
                         : tr("%1 (bulk)").arg(money);
}

QString AssignmentTexts::reviewSentence(const AssignmentFacts &facts, const QLocale &locale)
{
    QString sentence = tr("Assign %1 to %2.").arg(amountPhrase(facts, locale), userPhrase(facts));
    if (!facts.monthly) {
        sentence += u' ' + tr("Bulk credits cannot be reassigned: this user keeps it until it ends.");
        return sentence;
    }
    const int cap = facts.reassignmentCap;
    if (facts.reassignmentNumber <= 0) {
        sentence += u' '
            + tr("This is the credit's first assignment, which is not a reassignment; %n of %1 will remain.", nullptr,
                 cap)
                  .arg(cap);
    } else {
        const int left = qMax(0, cap - facts.reassignmentNumber);
        sentence += u' '
            //: %1 = which reassignment this is, %2 = the cap (5), %n = how many remain after it
            + tr("This is reassignment %1 of %2; %n will remain.", nullptr, left)
                  .arg(facts.reassignmentNumber)
                  .arg(cap);
    }
    return sentence;
}

QString AssignmentTexts::emailSubject(const AssignmentFacts &facts)
{
    if (facts.programName.isEmpty())
        return tr("Your Azure credit is ready to activate");
    return tr("Your Azure credit from %1 is ready to activate").arg(facts.programName);
}

QString AssignmentTexts::emailBody(const AssignmentFacts &facts, const QLocale &locale)
{
    QStringList paragraphs;
    paragraphs << tr("Hello %1,").arg(firstName(facts));
    paragraphs << tr("I have assigned you a partner Azure credit of %1. Microsoft will send you an email to "
                     "activate it; you can also start from this link:")
                      .arg(amountPhrase(facts, locale))
            + u"\n"_s + facts.redemptionUrl.toString();
    paragraphs << tr("Sign in as %1 and redeem the credit on a new Azure subscription: it cannot be added to an "
                     "existing subscription.")
                      .arg(facts.userPrincipalName);
    if (facts.monthly) {
        QString validity = tr("Each month's credit lapses if it is not used that month. The credit is valid for %n "
                              "months from activation; after that, the subscription must be converted to "
                              "pay-as-you-go or it stops.",
                              nullptr, facts.validityMonths);
        paragraphs << validity;
    } else if (facts.endDate.isValid()) {
        paragraphs << tr("The credit can be used any time until %1 (UTC).")
                          .arg(locale.toString(facts.endDate, QLocale::LongFormat));
    }
    QString closing = tr("Thank you,");
    if (!facts.performedByName.isEmpty())
        closing += u"\n"_s + facts.performedByName;
    paragraphs << closing;
    return paragraphs.join(u"\n\n"_s);
}

QUrl AssignmentTexts::mailtoUrl(const AssignmentFacts &facts, const QLocale &locale)
{
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(facts.userMail.isEmpty() ? facts.userPrincipalName : facts.userMail);
    QUrlQuery query;
    // Percent-encode every reserved character so mail clients do not cut the body at '&'.
    auto encode = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    query.addQueryItem(u"subject"_s, encode(emailSubject(facts)));
    query.addQueryItem(u"body"_s, encode(emailBody(facts, locale)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString AssignmentTexts::removalQuestion(const PartnerCredit &credit, int reassignmentsUsed, int reassignmentCap,
                                         const QLocale &locale)
{
    AssignmentFacts facts;
    facts.amount = credit.amount;
    facts.monthly = credit.type == PartnerCredit::Type::Monthly;
    facts.userDisplayName = credit.assignedUser.displayName;
    facts.userPrincipalName = credit.assignedUser.userPrincipalName;
    QString text = tr("Remove %1 from the %2 credit?").arg(userPhrase(facts), amountPhrase(facts, locale));
    const int next = reassignmentsUsed + 1;
    if (next > reassignmentCap) {
        text += u' ' + tr("Removing uses no reassignment, but all %1 are used: the credit cannot be assigned again.")
                           .arg(reassignmentCap);
    } else {
        //: %1 = the next reassignment's number, %2 = the cap (5)
        text += u' ' + tr("Removing uses no reassignment; the next assignment will be reassignment %1 of %2.")
                           .arg(next)
                           .arg(reassignmentCap);
    }
    return text;
}

} // namespace CreditDesk
