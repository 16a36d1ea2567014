#include "overview/summarycards.h"

#include "charts/forecastchartview.h"
#include "core/displayformat.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
/// The narrowest a card gets; wider when its amount needs it (SummaryCards::cardWidth()).
constexpr int CardMinimumWidth = 120;
constexpr int CurrencyColumnWidth = 40;
} // namespace

SummaryCard::SummaryCard(QWidget *parent) : QFrame(parent), m_caption(new QLabel(this)), m_value(new QLabel(this))
{
    setObjectName(u"summaryCard"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_caption->setObjectName(u"cardCaption"_s);
    m_value->setObjectName(u"cardValue"_s);
    m_caption->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    big.setBold(true);
    m_value->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(7, 4, 4, 4);
    layout->setSpacing(1);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addStretch(1);
    applyStyle();
}

void SummaryCard::setFigure(const QString &caption, const QString &value, const QString &note, Accent accent)
{
    m_caption->setText(caption);
    m_value->setText(value);
    // What the figure counts is one hover (or the screen reader's description) away, so a row
    // of six stays two lines tall.
    m_note = note;
    setToolTip(note);
    if (accent != m_accent) {
        m_accent = accent;
        applyStyle();
    }
}

QString SummaryCard::caption() const { return m_caption->text(); }
QString SummaryCard::value() const { return m_value->text(); }
QString SummaryCard::note() const { return m_note; }

void SummaryCard::changeEvent(QEvent *event)
{
    // The style sheet itself changes the palette: only a change from outside restyles.
    if (!m_styling && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        applyStyle();
    QFrame::changeEvent(event);
}

void SummaryCard::applyStyle()
{
    // The theme's colours, not the ones this widget's own sheet has put into its palette.
    const QPalette theme = QApplication::palette(this);
    QColor edge = theme.color(QPalette::Mid);
    switch (m_accent) {
    case Accent::Neutral: break;
    case Accent::Balance: edge = theme.color(QPalette::Highlight); break;
    case Accent::AtRisk: edge = riskColor(Forecast::RiskLevel::High); break;
    case Accent::Lost: edge = riskColor(Forecast::RiskLevel::Loss); break;
    }
    const QString sheet = (u"QFrame#summaryCard { background: %1; border: 1px solid %2; border-left: 3px solid %3;"
                  " border-radius: 4px; } QLabel#cardCaption { color: %4; }"_s
                      .arg(theme.color(QPalette::Base).name(), theme.color(QPalette::Mid).name(), edge.name(),
                           theme.color(QPalette::PlaceholderText).name()));
    if (sheet != styleSheet()) {
        m_styling = true;
        setStyleSheet(sheet);
        m_styling = false;
    }
}

SummaryCards::SummaryCards(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(u"summaryCards"_s);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(8);
}

void SummaryCards::setCards(const QList<CurrencyCards> &cards, int horizonDays)
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.label;
        qDeleteAll(row.cards);
    }
    m_rows.clear();
    const QLocale locale;
    for (const CurrencyCards &figures : cards) {
        Row row;
        row.currency = figures.currency;
        row.label = new QLabel(figures.currency, this);
        row.label->setObjectName(u"cardCurrency"_s);
        QFont font = row.label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        row.label->setFont(font);
        row.label->setMinimumWidth(CurrencyColumnWidth);
        row.label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        const auto money = [&](const Money &amount) {
            return figures.reliable ? formatMoney(amount, locale) : tr("—");
        };
        struct Spec
        {
            QString caption;
            Money amount;
            QString note;
            SummaryCard::Accent accent;
        };
        const Spec specs[FigureCount] = {
            {tr("Remaining"), figures.remaining, tr("Balance usable today"), SummaryCard::Accent::Balance},
            {tr("Expiring ≤ 30 days"), figures.expiring[0], tr("Today's balance of credit expiring within 30 days"),
             SummaryCard::Accent::Neutral},
            {tr("Expiring ≤ 60 days"), figures.expiring[1], tr("Today's balance of credit expiring within 60 days"),
             SummaryCard::Accent::Neutral},
            {tr("Expiring ≤ 90 days"), figures.expiring[2], tr("Today's balance of credit expiring within 90 days"),
             SummaryCard::Accent::Neutral},
            {tr("Predicted unused"), figures.predictedUnused,
             tr("Predicted to expire unused within the next %1 days if consumption keeps its current rate")
                 .arg(horizonDays),
             figures.predictedUnused.isPositive() ? SummaryCard::Accent::AtRisk : SummaryCard::Accent::Neutral},
            {tr("Already lost"), figures.alreadyLost, tr("Balance left on credit that has already expired"),
             figures.alreadyLost.isPositive() ? SummaryCard::Accent::Lost : SummaryCard::Accent::Neutral},
        };
        for (int figure = 0; figure < FigureCount; ++figure) {
            const Spec &spec = specs[figure];
            auto *card = new SummaryCard(this);
            const QString note = figures.reliable ? spec.note : tr("Too large to add up, so not shown");
            card->setFigure(spec.caption, money(spec.amount), note, spec.accent);
            //: A summary card's accessible name: currency, then what it counts, e.g. "USD: Remaining".
            card->setAccessibleName(tr("%1: %2").arg(figures.currency, spec.caption));
            //: A summary card read aloud after its name: the amount, then what it counts.
            card->setAccessibleDescription(tr("%1. %2").arg(money(spec.amount), note));
            row.cards.append(card);
        }
        m_rows.append(row);
    }
    m_columns = columnsFor(width());
    placeRows();
}

SummaryCard *SummaryCards::card(const QString &currency, Figure figure) const
{
    for (const Row &row : m_rows) {
        if (row.currency == currency)
            return row.cards.value(figure);
    }
    return nullptr;
}

QStringList SummaryCards::currencies() const
{
    QStringList codes;
    for (const Row &row : m_rows)
        codes.append(row.currency);
    return codes;
}

int SummaryCards::cardWidth() const
{
    int widest = CardMinimumWidth;
    for (const Row &row : m_rows) {
        for (const SummaryCard *card : row.cards)
            widest = qMax(widest, card->minimumSizeHint().width());
    }
    return widest;
}

int SummaryCards::columnsFor(int width) const
{
    const int spacing = m_grid->horizontalSpacing();
    const int available = width - CurrencyColumnWidth - spacing;
    const int fits = available / (cardWidth() + spacing);
    if (fits >= FigureCount)
        return FigureCount;
    return fits >= 3 ? 3 : 2;
}

void SummaryCards::placeRows()
{
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // the widgets stay; only their places are redone
    int line = 0;
    for (const Row &row : std::as_const(m_rows)) {
        const int lines = (FigureCount + m_columns - 1) / m_columns;
        m_grid->addWidget(row.label, line, 0, lines, 1);
        for (int figure = 0; figure < row.cards.size(); ++figure)
            m_grid->addWidget(row.cards.at(figure), line + figure / m_columns, 1 + figure % m_columns);
        line += lines;
    }
    for (int column = 1; column <= FigureCount; ++column)
        m_grid->setColumnStretch(column, column <= m_columns ? 1 : 0);
}

void SummaryCards::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = columnsFor(event->size().width());
    if (columns != m_columns) {
        m_columns = columns;
        placeRows();
    }
}

} // namespace CreditDesk
