#include "graph/graphquery.h"

#include <array>
#include <QJsonArray>
#include <utility>

using namespace Qt::StringLiterals;

namespace CreditDesk::Sandbox::Graph {

namespace {

struct Property
{
    QLatin1StringView name;
    bool searchable;
    bool filterable;
};

constexpr std::array kProperties = {
    Property { "id"_L1, false, true },
    Property { "displayName"_L1, true, true },
    Property { "givenName"_L1, true, true },
    Property { "surname"_L1, true, true },
    Property { "mail"_L1, true, true },
    Property { "userPrincipalName"_L1, true, true },
    Property { "jobTitle"_L1, true, true },
    Property { "mailNickname"_L1, true, true },
    Property { "userType"_L1, false, true },
    Property { "accountEnabled"_L1, false, true },
    Property { "officeLocation"_L1, true, true },
    Property { "preferredLanguage"_L1, false, true },
    Property { "businessPhones"_L1, false, false },
    Property { "mobilePhone"_L1, false, false },
    Property { "createdDateTime"_L1, false, false },
};

constexpr std::array kDefaultSelect = {
    "businessPhones"_L1, "displayName"_L1,       "givenName"_L1, "jobTitle"_L1,          "mail"_L1, "mobilePhone"_L1,
    "officeLocation"_L1, "preferredLanguage"_L1, "surname"_L1,   "userPrincipalName"_L1, "id"_L1
};

const Property *findProperty(QStringView name)
{
    for (const Property &p : kProperties) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QString textOf(const SandboxUser &u, QStringView property)
{
    if (property == u"id")
        return u.objectId;
    if (property == u"displayName")
        return u.displayName;
    if (property == u"givenName")
        return u.givenName;
    if (property == u"surname")
        return u.surname;
    if (property == u"mail")
        return u.mail;
    if (property == u"userPrincipalName")
        return u.userPrincipalName;
    if (property == u"jobTitle")
        return u.jobTitle;
    if (property == u"mailNickname")
        return u.mailNickname;
    if (property == u"userType")
        return u.userType;
    if (property == u"accountEnabled")
        return u.accountEnabled ? u"true"_s : u"false"_s;
    if (property == u"officeLocation")
        return u.officeLocation;
    if (property == u"preferredLanguage")
        return u.preferredLanguage;
    return {};
}

/// Graph's $search matches the start of any word of the property (words split at spaces and
/// the punctuation of addresses), case-insensitively.
bool searchHit(const QString &text, const QString &prefix)
{
    if (text.startsWith(prefix, Qt::CaseInsensitive))
        return true;
    qsizetype wordStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool boundary = i == text.size() || text.at(i).isSpace() || text.at(i) == u'.' || text.at(i) == u'_'
            || text.at(i) == u'@' || text.at(i) == u'-' || text.at(i) == u'#';
        if (!boundary)
            continue;
        if (QStringView(text).mid(wordStart, i - wordStart).startsWith(prefix, Qt::CaseInsensitive))
            return true;
        wordStart = i + 1;
    }
    return false;
}

QueryError badRequest(const QString &message)
{
    return { u"Request_BadRequest"_s, message };
}

QueryError unsupported(const QString &message)
{
    return { u"Request_UnsupportedQuery"_s, message };
}

std::variant<Expression, QueryError> parseSearch(const QString &text)
{
    Expression expression { {} };
    qsizetype i = 0;
    bool expectTerm = true;
    while (true) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i >= text.size())
            break;
        if (expectTerm) {
            if (text.at(i) != u'"')
                return badRequest(u"Syntax error: $search terms must be quoted, e.g. \"displayName:an\"."_s);
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0)
                return badRequest(u"Syntax error: unterminated quote in $search."_s);
            const QString term = text.mid(i + 1, close - i - 1);
            const qsizetype colon = term.indexOf(u':');
            const Property *property = colon > 0 ? findProperty(QStringView(term).left(colon)) : nullptr;
            if (!property || !property->searchable)
                return badRequest(u"Invalid $search term '"_s + term
                                  + u"': use \"property:value\" with a searchable property."_s);
            expression.last().append(
                Clause { Clause::Kind::SearchPrefix, property->name, term.mid(colon + 1).trimmed() });
            i = close + 1;
            expectTerm = false;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QString op = text.mid(i, end - i).toUpper();
        if (op == u"OR"_s)
            expression.append(QList<Clause>());
        else if (op != u"AND"_s)
            return badRequest(u"Syntax error: expected OR or AND in $search, found '"_s + op + u"'."_s);
        i = end;
        expectTerm = true;
    }
    if (expectTerm && !expression.constFirst().isEmpty())
        return badRequest(u"Syntax error: $search ends with an operator."_s);
    if (expression.constFirst().isEmpty())
        return badRequest(u"Syntax error: $search is empty."_s);
    return expression;
}

/// Tokens of the $filter subset: identifiers, 'strings', ( ) and commas.
struct FilterToken
{
    enum class Type : quint8 { Word, String, Open, Close, Comma, End } type = Type::End;
    QString text;
};

std::variant<QList<FilterToken>, QueryError> tokenizeFilter(const QString &text)
{
    QList<FilterToken> tokens;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(' || c == u')' || c == u',') {
            tokens.append({ c == u'('       ? FilterToken::Type::Open
                                : c == u')' ? FilterToken::Type::Close
                                            : FilterToken::Type::Comma,
                            {} });
            ++i;
        } else if (c == u'\'') {
            QString value;
            for (++i; i < text.size(); ++i) {
                if (text.at(i) == u'\'') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'\'') {
                        value += u'\'';
                        ++i;
                        continue;
                    }
                    break;
                }
                value += text.at(i);
            }
            if (i >= text.size())
                return badRequest(u"Syntax error: unterminated string literal in $filter."_s);
            ++i;
            tokens.append({ FilterToken::Type::String, value });
        } else {
            const qsizetype start = i;
            while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_' || text.at(i) == u'/'))
                ++i;
            if (i == start)
                return badRequest(u"Syntax error at position "_s + QString::number(i) + u" in $filter."_s);
            tokens.append({ FilterToken::Type::Word, text.mid(start, i - start) });
        }
    }
    tokens.append({ FilterToken::Type::End, {} });
    return tokens;
}

std::variant<Expression, QueryError> parseFilter(const QString &text)
{
    auto tokenized = tokenizeFilter(text);
    if (auto *e = std::get_if<QueryError>(&tokenized))
        return *e;
    const QList<FilterToken> tokens = std::get<QList<FilterToken>>(tokenized);
    qsizetype pos = 0;
    const auto is = [&](FilterToken::Type type) { return tokens[pos].type == type; };
    const auto word = [&](QLatin1StringView w) {
        return is(FilterToken::Type::Word) && tokens[pos].text.compare(w, Qt::CaseInsensitive) == 0;
    };
    const auto property = [&]() -> const Property * {
        if (!is(FilterToken::Type::Word))
            return nullptr;
        const Property *p = findProperty(tokens[pos].text);
        return p && p->filterable ? p : nullptr;
    };

    Expression expression { {} };
    while (true) {
        Clause clause;
        if (word("startswith"_L1)) {
            ++pos;
            if (!is(FilterToken::Type::Open))
                return badRequest(u"Syntax error: expected '(' after startswith."_s);
            ++pos;
            const Property *p = property();
            if (!p)
                return badRequest(u"Invalid filter clause: unsupported property in startswith."_s);
            ++pos;
            if (!is(FilterToken::Type::Comma))
                return badRequest(u"Syntax error: expected ',' in startswith."_s);
            ++pos;
            if (!is(FilterToken::Type::String))
                return badRequest(u"Syntax error: startswith needs a quoted string."_s);
            clause = { Clause::Kind::StartsWith, p->name, tokens[pos].text.toLower() };
            ++pos;
            if (!is(FilterToken::Type::Close))
                return badRequest(u"Syntax error: expected ')' after startswith arguments."_s);
            ++pos;
        } else if (word("endswith"_L1) || word("contains"_L1) || word("not"_L1) || is(FilterToken::Type::Open)) {
            return unsupported(u"Unsupported Query."_s);
        } else {
            const Property *p = property();
            if (!p)
                return badRequest(u"Invalid filter clause: property '"_s + tokens[pos].text + u"' is not supported."_s);
            ++pos;
            if (!word("eq"_L1))
                return unsupported(u"Unsupported or invalid query filter clause specified for property '"_s + p->name
                                   + u"' of resource 'User'."_s);
            ++pos;
            if (is(FilterToken::Type::String)) {
                clause = { Clause::Kind::Equals, p->name, tokens[pos].text.toLower() };
            } else if (word("true"_L1) || word("false"_L1)) {
                clause = { Clause::Kind::Equals, p->name, tokens[pos].text.toLower() };
            } else {
                return badRequest(u"Syntax error: expected a literal after 'eq'."_s);
            }
            ++pos;
        }
        expression.last().append(std::move(clause));
        if (is(FilterToken::Type::End))
            return expression;
        if (word("or"_L1))
            expression.append(QList<Clause>());
        else if (!word("and"_L1))
            return badRequest(u"Syntax error: expected 'and' or 'or' in $filter."_s);
        ++pos;
    }
}

bool eventual(const Request &request)
{
    return request.header(QByteArrayLiteral("consistencylevel")).trimmed().compare("eventual", Qt::CaseInsensitive)
        == 0;
}

} // namespace

std::variant<QStringList, QueryError> parseSelect(const Request &request)
{
    QStringList select;
    const QString text = request.query.queryItemValue(u"$select"_s, QUrl::FullyDecoded);
    if (text.trimmed().isEmpty())
        return select;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const Property *p = findProperty(part.trimmed());
        if (!p) {
            return badRequest(u"Parsing OData Select and Expand failed: Could not find a property named '"_s
                              + part.trimmed() + u"' on type 'microsoft.graph.user'."_s);
        }
        if (!select.contains(p->name))
            select.append(p->name);
    }
    return select;
}

std::variant<UserQuery, QueryError> parseUserQuery(const Request &request)
{
    UserQuery query;
    const QUrlQuery &q = request.query;
    if (q.hasQueryItem(u"$search"_s)) {
        if (!eventual(request)) {
            return unsupported(
                u"Request with $search query parameter only works through MSGraph with a special request "
                u"header: 'ConsistencyLevel: eventual'"_s);
        }
        auto search = parseSearch(q.queryItemValue(u"$search"_s, QUrl::FullyDecoded));
        if (auto *e = std::get_if<QueryError>(&search))
            return *e;
        query.search = std::get<Expression>(search);
    }
    if (q.hasQueryItem(u"$filter"_s)) {
        auto filter = parseFilter(q.queryItemValue(u"$filter"_s, QUrl::FullyDecoded));
        if (auto *e = std::get_if<QueryError>(&filter))
            return *e;
        query.filter = std::get<Expression>(filter);
    }
    auto select = parseSelect(request);
    if (auto *e = std::get_if<QueryError>(&select))
        return *e;
    query.select = std::get<QStringList>(select);
    if (q.hasQueryItem(u"$top"_s)) {
        const QString top = q.queryItemValue(u"$top"_s, QUrl::FullyDecoded);
        bool ok = false;
        query.top = top.toInt(&ok);
        if (!ok || query.top < 1 || query.top > 999)
            return badRequest(u"Invalid page size specified: '"_s + top + u"'. Must be between 1 and 999 inclusive."_s);
    }
    if (q.hasQueryItem(u"$count"_s)) {
        const QString count = q.queryItemValue(u"$count"_s, QUrl::FullyDecoded).toLower();
        if (count != u"true"_s && count != u"false"_s)
            return badRequest(u"Invalid value for $count: '"_s + count + u"'."_s);
        query.count = count == u"true"_s;
        if (query.count && !eventual(request))
            return badRequest(u"$count is not currently supported."_s);
    }
    if (q.hasQueryItem(u"$orderby"_s)) {
        const QStringList parts = q.queryItemValue(u"$orderby"_s, QUrl::FullyDecoded).simplified().split(u' ');
        const Property *p = findProperty(parts.value(0));
        const QString direction = parts.value(1).toLower();
        if (!p || (p->name != "displayName"_L1 && p->name != "userPrincipalName"_L1) || parts.size() > 2
            || (!direction.isEmpty() && direction != u"asc"_s && direction != u"desc"_s)) {
            return unsupported(u"Sorting not supported for '"_s + parts.join(u' ') + u"'."_s);
        }
        query.orderBy = p->name;
        query.descending = direction == u"desc"_s;
    }
    return query;
}

bool matches(const Expression &expression, const SandboxUser &user)
{
    if (expression.isEmpty())
        return true;
    for (const QList<Clause> &group : expression) {
        bool all = true;
        for (const Clause &clause : group) {
            const QString text = textOf(user, clause.property);
            switch (clause.kind) {
            case Clause::Kind::SearchPrefix:
                all = searchHit(text, clause.value);
                break;
            case Clause::Kind::StartsWith:
                all = text.startsWith(clause.value, Qt::CaseInsensitive);
                break;
            case Clause::Kind::Equals:
                all = text.compare(clause.value, Qt::CaseInsensitive) == 0;
                break;
            }
            if (!all)
                break;
        }
        if (all)
            return true;
    }
    return false;
}

QJsonObject userJson(const SandboxUser &user, const QStringList &select)
{
    QJsonObject o;
    const auto put = [&](QStringView property) {
        const QString key = property.toString();
        if (property == u"businessPhones") {
            o.insert(key, QJsonArray());
        } else if (property == u"mobilePhone") {
            o.insert(key, QJsonValue::Null);
        } else if (property == u"accountEnabled") {
            o.insert(key, user.accountEnabled);
        } else if (property == u"createdDateTime") {
            o.insert(key,
                     user.createdDateTime.isValid() ? QJsonValue(user.createdDateTime.toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null));
        } else {
            const QString text = textOf(user, property);
            o.insert(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
        }
    };
    if (select.isEmpty()) {
        for (QLatin1StringView p : kDefaultSelect)
            put(QString(p));
    } else {
        for (const QString &p : select)
            put(p);
    }
    return o;
}

} // namespace CreditDesk::Sandbox::Graph
