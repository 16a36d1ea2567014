#pragma once

#include <QIcon>
#include <QString>

class QPalette;

namespace CreditDesk::ActionIcons {

/// The toolbar's icon \a name (resources/icons/actions/<name>.svg), drawn in the palette's
/// button-text colour so it reads on a light and a dark theme alike, and its disabled form in
/// the disabled text colour. Rendered from the SVG at 1× and 2× of each size, so it is sharp at
/// QT_SCALE_FACTOR=2. A null icon when the resource is missing.
QIcon icon(const QString &name, const QPalette &palette);

} // namespace CreditDesk::ActionIcons
