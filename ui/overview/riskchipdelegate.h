#pragma once

#include <QStyledItemDelegate>

namespace CreditDesk {

/// Paints a risk rating as a chip: the level's name on a rounded badge in riskColor(), the
/// colour the chart uses for it, so the table and the chart read alike. The text stays, so the
/// rating never depends on telling colours apart. Reads the level from \a levelRole.
class RiskChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RiskChipDelegate(int levelRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_levelRole;
};

} // namespace CreditDesk
