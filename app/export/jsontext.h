#pragma once

#include <QString>
#include <QStringView>

namespace CreditDesk {

/// A JSON string literal (with quotes) for text, escaped per RFC 8259. Used where documents are
/// written by hand so that amounts can be exact decimal numbers, which QJsonDocument (doubles
/// only) cannot promise.
QString jsonString(QStringView text);

} // namespace CreditDesk
