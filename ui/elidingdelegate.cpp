#include "elidingdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace CreditDesk {

ElidingDelegate::ElidingDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ElidingDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_middleElided.contains(index.column()))
        option->textElideMode = Qt::ElideMiddle;
}

QString ElidingDelegate::cutText(const QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QStyle *style = view ? view->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, view);
    // The style pads the text on both sides (QCommonStyle uses PM_FocusFrameHMargin + 1).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    if (item.text.isEmpty() || item.fontMetrics.horizontalAdvance(item.text) <= textRect.width() - 2 * margin)
        return {};
    return item.text;
}

bool ElidingDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = cutText(view, option, index);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), text, view ? view->viewport() : nullptr, option.rect);
    return true;
}

} // namespace CreditDesk
