#include "export/terminaltext.h"

namespace CreditDesk {

namespace {
constexpr char16_t Bel = 0x07;
constexpr char16_t Esc = 0x1b;
constexpr char16_t C1Dcs = 0x90;
constexpr char16_t C1Sos = 0x98;
constexpr char16_t C1Csi = 0x9b;
constexpr char16_t C1St = 0x9c;
constexpr char16_t C1Osc = 0x9d;
constexpr char16_t C1Pm = 0x9e;
constexpr char16_t C1Apc = 0x9f;

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool isSpaceControl(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == 0x0b || c == 0x0c || c == u'\r';
}

/// Index of the last character of a control string (OSC, DCS, …) whose body starts at \a from:
/// its terminator BEL, ST (U+009C) or the backslash of `ESC \`; the last index when unterminated.
qsizetype endOfControlString(QStringView text, qsizetype from)
{
    for (qsizetype j = from; j < text.size(); ++j) {
        const char16_t c = text[j].unicode();
        if (c == Bel || c == C1St)
            return j;
        if (c == Esc && j + 1 < text.size() && text[j + 1] == u'\\')
            return j + 1;
    }
    return text.size() - 1;
}

/// Index of the last character of a CSI sequence whose parameters start at \a from: parameter
/// and intermediate bytes (0x20–0x3F), then one final byte (0x40–0x7E). Without a final byte
/// the sequence ends before the first character that cannot belong to it.
qsizetype endOfCsi(QStringView text, qsizetype from)
{
    qsizetype j = from;
    while (j < text.size() && text[j].unicode() >= 0x20 && text[j].unicode() <= 0x3f)
        ++j;
    if (j < text.size() && text[j].unicode() >= 0x40 && text[j].unicode() <= 0x7e)
        return j;
    return j - 1;
}

/// Index of the last character of an escape sequence starting with ESC at \a at.
qsizetype endOfEscape(QStringView text, qsizetype at)
{
    if (at + 1 >= text.size())
        return at;
    const char16_t next = text[at + 1].unicode();
    switch (next) {
    case u'[': return endOfCsi(text, at + 2);
    case u']':
    case u'P':
    case u'X':
    case u'^':
    case u'_': return endOfControlString(text, at + 2);
    default: break;
    }
    if (next >= 0x20 && next <= 0x2f) { // intermediates, then one final byte: ESC ( B
        qsizetype j = at + 1;
        while (j < text.size() && text[j].unicode() >= 0x20 && text[j].unicode() <= 0x2f)
            ++j;
        return j < text.size() && text[j].unicode() >= 0x30 && text[j].unicode() <= 0x7e ? j : j - 1;
    }
    if (next >= 0x30 && next <= 0x7e) // ESC 7, ESC c, ESC M, …
        return at + 1;
    return at; // a lone ESC: dropped, what follows is looked at on its own
}
} // namespace

QString terminalSafe(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == Esc) {
            i = endOfEscape(text, i);
        } else if (c == C1Csi) {
            i = endOfCsi(text, i + 1);
        } else if (c == C1Osc || c == C1Dcs || c == C1Sos || c == C1Pm || c == C1Apc) {
            i = endOfControlString(text, i + 1);
        } else if (isSpaceControl(c)) {
            out += u' ';
        } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c)) {
            continue;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace CreditDesk
