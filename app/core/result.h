#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace CreditDesk {

/// An error as a value: a message a person can act on, plus details kept for support.
struct Error
{
    Error() = default;
    Error(QString message_, QString code_ = {}, int httpStatus_ = 0, QString requestId_ = {})
        : message(std::move(message_)), code(std::move(code_)), httpStatus(httpStatus_), requestId(std::move(requestId_))
    {
    }

    QString message;   ///< translated, user-facing; names the operation and the scope
    QString code;      ///< machine code from the service (e.g. "TooManyRequests", "400"), may be empty
    int httpStatus = 0;
    QString requestId; ///< x-ms-request-id, when the service sent one
};

/// Result<T>: either a value or an Error. Small on purpose; std::expected arrives with C++23.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result<void> equivalent.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_ok(false) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace CreditDesk

Q_DECLARE_METATYPE(CreditDesk::Error)
