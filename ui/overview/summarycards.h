#pragma once

#include "services/overview.h"

#include <QFrame>
#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace CreditDesk {

/// One figure on the Overview: a caption and the amount; what it counts is its tooltip.
class SummaryCard : public QFrame
{
    Q_OBJECT
public:
    /// The accent: what the left edge says at a glance.
    enum class Accent { Neutral, Balance, AtRisk, Lost };

    explicit SummaryCard(QWidget *parent = nullptr);
    void setFigure(const QString &caption, const QString &value, const QString &note, Accent accent);
    QString caption() const;
    QString value() const;
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    Accent m_accent = Accent::Neutral;
    bool m_styling = false;
    QLabel *m_caption;
    QLabel *m_value;
    QString m_note;
};

/// The Overview's summary cards: one row per currency (remaining, expiring within 30/60/90
/// days, predicted to expire unused, already lost). The rows wrap to two lines of three cards
/// when the page is too narrow for six.
class SummaryCards : public QWidget
{
    Q_OBJECT
public:
    /// The cards of one currency, in this order.
    enum Figure { Remaining, Expiring30, Expiring60, Expiring90, PredictedUnused, AlreadyLost, FigureCount };
    Q_ENUM(Figure)

    explicit SummaryCards(QWidget *parent = nullptr);

    void setCards(const QList<CurrencyCards> &cards, int horizonDays);
    /// The card of \a figure for \a currency, or null.
    SummaryCard *card(const QString &currency, Figure figure) const;
    QStringList currencies() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Row
    {
        QString currency;
        QLabel *label = nullptr;
        QList<SummaryCard *> cards;
    };
    int cardWidth() const;
    int columnsFor(int width) const;
    void placeRows();

    QGridLayout *m_grid;
    QList<Row> m_rows;
    int m_columns = FigureCount;
};

} // namespace CreditDesk
