#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace CreditDesk::Sandbox::Arm {

/// The `$filter` subset the sandbox understands for Consumption lists: equality clauses joined
/// by `and`, e.g. `status eq 'active' AND source eq 'consumptioncommitment'`. Property names
/// and values compare case-insensitively, as the service does.
class EqualityFilter
{
public:
    /// Parses `text`; on failure returns nullopt and sets `error` to a message for a 400.
    static std::optional<EqualityFilter> parse(const QString &text, const QStringList &allowedProperties,
                                               QString *error);

    bool isEmpty() const { return m_clauses.isEmpty(); }
    /// The wanted value (lower case) for a property, or a null string if not filtered.
    QString valueFor(const QString &property) const;
    /// True if `actual` satisfies the clause on `property` (or there is none).
    bool accepts(const QString &property, const QString &actual) const;

private:
    QList<std::pair<QString, QString>> m_clauses; ///< lower-case property → lower-case value
};

} // namespace CreditDesk::Sandbox::Arm
