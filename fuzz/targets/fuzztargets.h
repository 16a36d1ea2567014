#pragma once

// The fuzz targets of CreditDesk, one function per target, shared by the libFuzzer executables
// (fuzz/, clang, CREDITDESK_FUZZ=ON) and the plain regression runner that replays the committed
// corpora under ctest (tests/fuzz/tst_fuzzcorpora.cpp, the normal g++ build): one definition of
// each target, two ways to drive it.
//
// A target takes arbitrary bytes, runs one parser (or a family of parsers) on them and checks
// invariants that must hold for *any* input (see each target's comment). It must never crash;
// an invariant that does not hold calls the failure handler (abort by default, which libFuzzer
// reports as a crash; the regression runner installs one that throws so QTest names the file).

#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

namespace CreditDesk::Fuzz {

using TargetFunction = int (*)(const uint8_t *data, size_t size);

struct Target
{
    const char *name; ///< also the folder under fuzz/corpus/ and fuzz/regressions/
    TargetFunction run;
};

/// Every target, in the order scripts/dev fuzz runs them.
const QList<Target> &targets();

/// Called with a description when an invariant does not hold. Empty: print and abort().
void setFailureHandler(std::function<void(const QString &)> handler);
/// Reports a broken invariant (through the handler) unless \a condition holds.
void check(bool condition, const char *what);
void check(bool condition, const QString &what);

// The targets (see fuzztargets.cpp for what each checks).
int armPages(const uint8_t *data, size_t size);
int armCredits(const uint8_t *data, size_t size);
int jsonReader(const uint8_t *data, size_t size);
int moneyDecimal(const uint8_t *data, size_t size);
int dateTime(const uint8_t *data, size_t size);
int ledgerCsv(const uint8_t *data, size_t size);
int tokenResponse(const uint8_t *data, size_t size);

} // namespace CreditDesk::Fuzz
