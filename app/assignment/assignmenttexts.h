#pragma once

#include "domain/money.h"
#include "domain/partnercredit.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QUrl>

namespace CreditDesk {

/// What the review sentence and the email to the user say about one planned assignment.
struct AssignmentFacts
{
    Money amount; ///< per month (monthly) or in total (bulk)
    bool monthly = true;
    QString programName;
    QString userDisplayName;
    QString userPrincipalName;
    QString userMail; ///< empty when the user has no mailbox
    /// 0 for the credit's first assignment (which is not a reassignment), else which
    /// reassignment this is (1-based).
    int reassignmentNumber = 0;
    int reassignmentCap = 5;
    QDate endDate; ///< UTC; the credit's end
    /// UTC; monthly credits: the last day of validity counted from activation (invalid when the
    /// credit is not activated yet).
    QDate cutoffDate;
    int validityMonths = 13;
    QUrl redemptionUrl;
    QString performedByName; ///< who signs the email
};

/// The texts of an assignment, translated and formatted for \a locale.
class AssignmentTexts
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentTexts)
public:
    /// "$100.00/month" or "$1,200.00 (bulk)".
    static QString amountPhrase(const AssignmentFacts &facts, const QLocale &locale);
    /// "Assign $100.00/month to Ana Ruiz (ana@contoso.com). This is reassignment 3 of 5; 2 will
    /// remain."
    static QString reviewSentence(const AssignmentFacts &facts, const QLocale &locale);
    static QString emailSubject(const AssignmentFacts &facts);
    static QString emailBody(const AssignmentFacts &facts, const QLocale &locale);
    /// mailto: to the user's mail (else principal name) with the subject and body.
    static QUrl mailtoUrl(const AssignmentFacts &facts, const QLocale &locale);
    /// "Remove Ana Ruiz (ana@contoso.com) from the $100.00/month credit? …" with what it
    /// costs: nothing now, a reassignment at the next assignment.
    static QString removalQuestion(const PartnerCredit &credit, int reassignmentsUsed, int reassignmentCap,
                                   const QLocale &locale);
};

} // namespace CreditDesk
