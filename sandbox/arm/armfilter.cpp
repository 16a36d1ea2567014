#include "arm/armfilter.h"

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::Arm {

namespace {

/// A minimal tokenizer: words, and single-quoted strings with '' as an escaped quote.
class Tokens
{
public:
    explicit Tokens(const QString &text) : m_text(text) { }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    QString word()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && m_text.at(m_pos) != u'\'')
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    std::optional<QString> quoted()
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != u'\'')
            return std::nullopt;
        QString value;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            if (m_text.at(m_pos) == u'\'') {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\'') {
                    value += u'\'';
                    ++m_pos;
                    continue;
                }
                ++m_pos;
                return value;
            }
            value += m_text.at(m_pos);
        }
        return std::nullopt; // unterminated
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<EqualityFilter> EqualityFilter::parse(const QString &text, const QStringList &allowedProperties,
                                                    QString *error)
{
    EqualityFilter filter;
    Tokens tokens(text);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (tokens.atEnd())
        return filter;
    while (true) {
        const QString property = tokens.word().toLower();
        bool known = false;
        for (const QString &allowed : allowedProperties)
            known = known || allowed.compare(property, Qt::CaseInsensitive) == 0;
        if (!known) {
            return fail(u"Invalid $filter: property '"_s + property + u"' is not supported. Supported properties: "_s
                        + allowedProperties.join(u", "_s) + u'.');
        }
        const QString op = tokens.word().toLower();
        if (op != u"eq"_s)
            return fail(u"Invalid $filter: operator '"_s + op + u"' is not supported here; use 'eq'."_s);
        const std::optional<QString> value = tokens.quoted();
        if (!value)
            return fail(u"Invalid $filter: expected a quoted value after '"_s + property + u" eq'."_s);
        filter.m_clauses.append({ property, value->toLower() });
        if (tokens.atEnd())
            return filter;
        const QString joiner = tokens.word().toLower();
        if (joiner != u"and"_s)
            return fail(u"Invalid $filter: '"_s + joiner
                        + u"' is not supported; clauses can only be combined with 'and'."_s);
    }
}

QString EqualityFilter::valueFor(const QString &property) const
{
    for (const auto &[name, value] : m_clauses) {
        if (name == property)
            return value;
    }
    return {};
}

bool EqualityFilter::accepts(const QString &property, const QString &actual) const
{
    for (const auto &[name, value] : m_clauses) {
        if (name == property && actual.compare(value, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace CreditDesk::Sandbox::Arm
