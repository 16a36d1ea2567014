#pragma once

#include <initializer_list>
#include <iterator>
#include <QString>
#include <QtGlobal>

namespace CreditDesk::Sandbox {

/// SplitMix64: tiny, fast and fully specified, so the generated world is byte-identical on
/// every platform and Qt version (QRandomGenerator's seeded sequence is not a documented
/// contract). Each entity gets its own stream derived from (seed, domain, index), so raising
/// one scale knob never reshuffles unrelated data.
class Prng
{
public:
    explicit Prng(quint64 seed) : m_state(seed) { }

    /// A stream for one entity: mixes the seed with a domain tag and any number of indices.
    static Prng stream(quint64 seed, quint64 domain, std::initializer_list<quint64> indices = {})
    {
        quint64 h = mix(seed ^ 0x9E3779B97F4A7C15ULL) ^ mix(domain + 0x632BE59BD9B4E019ULL);
        for (quint64 i : indices)
            h = mix(h ^ mix(i + 0xD6E8FEB86659FD93ULL));
        return Prng(h);
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }

    /// Uniform integer in [lo, hi] (inclusive). The modulo bias is irrelevant for test data.
    qint64 range(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = static_cast<quint64>(hi - lo) + 1;
        return lo + static_cast<qint64>(next() % span);
    }

    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

    template<typename Container> const auto &pick(const Container &c)
    {
        return c[static_cast<qsizetype>(range(0, static_cast<qint64>(std::size(c)) - 1))];
    }

    /// A random (version 4 shaped) GUID in lower case, e.g. 3f2a0c1e-8b7d-4e21-9c55-0a1b2c3d4e5f.
    QString guid()
    {
        const quint64 a = next();
        const quint64 b = next();
        return formatGuid(a, b);
    }

    /// Writes 36 characters of GUID text (lower-case hex, version 4 / RFC 4122 variant bits).
    static void writeGuid(char *out, quint64 a, quint64 b)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        a = (a & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
        b = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
        int at = 0;
        for (int nibble = 0; nibble < 32; ++nibble) {
            if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
                out[at++] = '-';
            const quint64 word = nibble < 16 ? a : b;
            out[at++] = kHex[(word >> (60 - 4 * (nibble % 16))) & 0xF];
        }
    }

    static QString formatGuid(quint64 a, quint64 b)
    {
        char text[36];
        writeGuid(text, a, b);
        return QString::fromLatin1(text, 36);
    }

    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    quint64 m_state;
};

/// Domain tags for Prng::stream, one per kind of generated entity.
enum class Domain : quint64 {
    Tenant = 1,
    BillingAccount,
    BillingProfile,
    Customer,
    Lot,
    LotEvents,
    EventName,
    Invoice,
    EaBalance,
    Subscription,
    ResourceCredit,
    CreditTransaction,
    User,
    BenefitCredit,
    CreatedUser,
};

inline Prng streamFor(quint64 seed, Domain domain, std::initializer_list<quint64> indices = {})
{
    return Prng::stream(seed, static_cast<quint64>(domain), indices);
}

} // namespace CreditDesk::Sandbox
