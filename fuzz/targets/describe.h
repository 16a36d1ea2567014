#pragma once

#include <QByteArray>
#include <QString>

/// Everything CreditDesk reads from one response body, as text: the result of every ARM and
/// Graph parser (lots, events, credit summary, EA balance, billing scopes, subscriptions,
/// BillingBenefits credits and transactions, users, domains) and of the error-body reader, field
/// by field, or the error code a parser refused the body with. Two readings of the same body
/// are equal exactly when their descriptions are; fuzz/golden/ holds the expected descriptions of
/// every committed input (tests/fuzz/tst_parserdifferential.cpp).
namespace CreditDesk::Fuzz {

QString describeResponses(const QByteArray &json);

} // namespace CreditDesk::Fuzz
