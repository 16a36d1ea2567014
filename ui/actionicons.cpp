#include "actionicons.h"

#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace CreditDesk::ActionIcons {

namespace {
// The SVGs are drawn in this placeholder colour, replaced by the theme's.
constexpr char Placeholder[] = "#000000";

QPixmap render(const QByteArray &svg, int size, qreal ratio)
{
    QSvgRenderer renderer(svg);
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        renderer.render(&painter);
    }
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}
} // namespace

QIcon icon(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    const QByteArray source = file.readAll();
    QByteArray normal = source;
    normal.replace(Placeholder, palette.color(QPalette::Active, QPalette::ButtonText).name().toLatin1());
    QByteArray disabled = source;
    disabled.replace(Placeholder, palette.color(QPalette::Disabled, QPalette::ButtonText).name().toLatin1());
    QIcon result;
    for (const int size : {16, 22, 24, 32, 48}) {
        for (const qreal ratio : {1.0, 2.0}) {
            result.addPixmap(render(normal, size, ratio), QIcon::Normal);
            result.addPixmap(render(disabled, size, ratio), QIcon::Disabled);
        }
    }
    return result;
}

} // namespace CreditDesk::ActionIcons
