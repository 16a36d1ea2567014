#pragma once

#include <QString>
#include <QStringView>

namespace CreditDesk {

/// \a text made safe to print on a terminal: service-supplied names, descriptions and error
/// messages must not be able to move the cursor, set the window title, recolour the screen or
/// reorder what is shown. Removes
/// - escape sequences: CSI (`ESC [` … final byte, or U+009B), OSC/DCS/SOS/PM/APC strings
///   (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or their C1 forms, up to BEL or ST; to the
///   end when unterminated) and two- or three-character escapes (`ESC c`, `ESC ( B`);
/// - every other C0 and C1 control and DEL; tab, line feed, vertical tab, form feed and
///   carriage return become a space, so words stay apart on the one line of a table cell;
/// - the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069.
/// Everything else (any printable text, in any script) is kept as it is.
QString terminalSafe(QStringView text);

} // namespace CreditDesk
