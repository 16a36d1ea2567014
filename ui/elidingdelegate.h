#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace CreditDesk {

/// Paints long ids elided in the middle (both ends of an ARM id or a UPN tell rows apart) and
/// shows the full text of any cell cut short as its tooltip, unless the model has its own.
class ElidingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ElidingDelegate(QObject *parent = nullptr);

    void setMiddleElidedColumns(const QList<int> &columns) { m_middleElided = columns; }
    const QList<int> &middleElidedColumns() const { return m_middleElided; }

    /// The cell's whole text when the view cuts it short at \a option's size, else empty.
    QString cutText(const QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QList<int> m_middleElided;
};

} // namespace CreditDesk
