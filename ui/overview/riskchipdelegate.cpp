#include "overview/riskchipdelegate.h"

#include "charts/forecastchartview.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace CreditDesk {

namespace {
constexpr int HorizontalPadding = 10;
constexpr int VerticalMargin = 3;

/// White or near-black, whichever reads better on \a background (WCAG relative luminance).
QColor textOn(const QColor &background)
{
    const auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const qreal luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                            + 0.0722 * channel(background.blueF());
    return luminance > 0.35 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}
} // namespace

RiskChipDelegate::RiskChipDelegate(int levelRole, QObject *parent) : QStyledItemDelegate(parent), m_levelRole(levelRole) { }

void RiskChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear(); // the selection and focus frame, without the text
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QColor fill = riskColor(Forecast::RiskLevel(index.data(m_levelRole).toInt()));
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 2 * HorizontalPadding;
    const int height = qMin(option.rect.height() - 2 * VerticalMargin, metrics.height() + 4);
    const QRect chip(option.rect.left() + 6, option.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chip, height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(textOn(fill));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize RiskChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont bold = option.font;
    bold.setBold(true);
    const int chipWidth = QFontMetrics(bold).horizontalAdvance(index.data().toString()) + 2 * HorizontalPadding + 12;
    size.setWidth(qMax(size.width(), chipWidth));
    size.setHeight(qMax(size.height(), QFontMetrics(option.font).height() + 4 + 2 * VerticalMargin));
    return size;
}

} // namespace CreditDesk
