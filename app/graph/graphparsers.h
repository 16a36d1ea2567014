#pragma once

#include "azure/armparsers.h"
#include "core/result.h"
#include "domain/directory.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

/// Parsers for Microsoft Graph bodies (users, organization). Same rules as the ARM parsers:
/// a body that is not JSON or not the expected shape is an Error; inside a good body rows are
/// read leniently and unusable rows (no id) are skipped and counted.
namespace CreditDesk {

/// `GET /v1.0/users` page: `{ "value": [...], "@odata.nextLink": "..." }`.
Result<Page<DirectoryUser>> parseUsersPage(const QByteArray &json);
/// One user, e.g. the 201 answer of `POST /v1.0/users`.
Result<DirectoryUser> parseUser(const QByteArray &json);
/// `GET /v1.0/organization`: the verified domains of every organization in `value`.
Result<QList<VerifiedDomain>> parseVerifiedDomains(const QByteArray &json);

/// The body of `POST /v1.0/users`. mailNickname falls back to the UPN's local part.
QJsonObject newUserJson(const NewDirectoryUser &user);

} // namespace CreditDesk
