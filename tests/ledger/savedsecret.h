#pragma once

// What the secret store holds under a key, waited for: the ledger-password tests (core, dialog,
// settings page) all ask it after each step.
#include "auth/secretstore.h"

#include <QTest>

#include <optional>

namespace CreditDesk::Testing {

constexpr int SecretWaitMs = 10'000;

/// The saved text, nullopt when nothing is saved, a marker text when the store cannot be read.
inline std::optional<QString> savedSecret(SecretStore &store, const QString &key, QObject *context)
{
    std::optional<Result<std::optional<QString>>> read;
    store.read(key, context, [&](Result<std::optional<QString>> r) { read = r; });
    if (!QTest::qWaitFor([&] { return read.has_value(); }, SecretWaitMs) || !read->ok())
        return QStringLiteral("<the secret store could not be read>");
    return read->value();
}

/// Removes \a key and waits; false when the store did not answer.
[[nodiscard]] inline bool removeSecret(SecretStore &store, const QString &key, QObject *context)
{
    bool done = false;
    store.remove(key, context, [&](Status) { done = true; });
    return QTest::qWaitFor([&] { return done; }, SecretWaitMs);
}

} // namespace CreditDesk::Testing
