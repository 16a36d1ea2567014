#include "assignment/temporarypassword.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <string_view>

namespace CreditDesk {

QString generateTemporaryPassword(int length)
{
    static constexpr std::array<std::string_view, 4> Classes { "ABCDEFGHJKLMNPQRSTUVWXYZ",
                                                                "abcdefghijkmnopqrstuvwxyz", "23456789",
                                                                "!#$%&*+-=?@" };
    length = qMax(length, int(Classes.size()) + 4);
    QRandomGenerator *random = QRandomGenerator::system();
    QString password;
    password.reserve(length);
    for (int i = 0; i < length; ++i) {
        // The first characters take one of each class, the rest any class.
        const std::string_view chars = Classes.at(i < int(Classes.size()) ? i : random->bounded(int(Classes.size())));
        password.append(QLatin1Char(chars.at(random->bounded(int(chars.size())))));
    }
    // Fisher-Yates, so the guaranteed characters are not always first.
    for (int i = length - 1; i > 0; --i)
        std::swap(password[i], password[random->bounded(i + 1)]);
    return password;
}

} // namespace CreditDesk
