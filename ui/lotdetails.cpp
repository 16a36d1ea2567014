#include "lotdetails.h"

#include "core/displayformat.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QString moneyText(const std::optional<Money> &money, const QLocale &locale)
{
    return money ? formatMoney(*money, locale) : QString();
}

QString dateText(const QDateTime &dateTime, const QLocale &locale)
{
    return DisplayFormat::utcDate(dateTime, locale);
}
} // namespace

LotDetails::LotDetails(EventsOfLot eventsOfLot, QWidget *parent)
    : QWidget(parent)
    , m_eventsOfLot(std::move(eventsOfLot))
{
    setObjectName(u"lotDetails"_s);
    auto *layout = new QVBoxLayout(this);
    m_fields = new QLabel(this);
    m_fields->setObjectName(u"lotDetailsFields"_s);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fields->setWordWrap(true);
    m_fields->setAccessibleName(tr("Lot details"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 2);

    m_copyId = new QPushButton(tr("Copy lot &id"), this);
    m_copyId->setObjectName(u"copyLotIdButton"_s);
    m_copyId->setEnabled(false);
    connect(m_copyId, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_lotId); });
    layout->addWidget(m_copyId, 0, Qt::AlignLeft);

    auto *eventsTitle = new QLabel(tr("Balance events of this lot"), this);
    layout->addWidget(eventsTitle);
    m_events = new QTableWidget(0, 4, this);
    m_events->setObjectName(u"lotEvents"_s);
    m_events->setAccessibleName(tr("Balance events of this lot"));
    m_events->setHorizontalHeaderLabels({tr("Date (UTC)"), tr("Type"), tr("Amount"), tr("Balance after")});
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_events, 3);
    clear();
}

void LotDetails::clear()
{
    m_lotId.clear();
    m_fields->setText(tr("Select a lot to see its details."));
    m_events->setRowCount(0);
    m_copyId->setEnabled(false);
}

void LotDetails::showLot(const Lot &lot, const QString &scopeName)
{
    const QLocale locale;
    m_lotId = lot.id;
    m_copyId->setEnabled(true);
    const QList<std::pair<QString, QString>> rows{
        {tr("Lot"), lot.name},
        {tr("Billing scope"), scopeName},
        {tr("Source"), lot.sourceRaw},
        {tr("Status"), lot.statusRaw},
        {tr("Original amount"), moneyText(lot.originalAmount, locale)},
        {tr("Balance (last invoice)"), moneyText(lot.closedBalance, locale)},
        {tr("Used (commitments)"), moneyText(lot.usedAmount, locale)},
        {tr("Estimated"), lot.isEstimatedBalance ? tr("Yes, may still change") : tr("No")},
        {tr("Start (UTC)"), dateText(lot.startDate, locale)},
        {tr("Expires (UTC)"), dateText(lot.expirationDate, locale)},
        {tr("Purchased (UTC)"), dateText(lot.purchasedDate, locale)},
        {tr("PO number"), lot.poNumber},
        {tr("Credit currency"), lot.creditCurrency},
        {tr("Billing currency"), lot.billingCurrency},
        {tr("Organization type"), lot.organizationType},
        {tr("Reseller"), lot.reseller.description},
        {tr("Billing account"), lot.billingAccountId},
        {tr("Billing profile"), lot.billingProfileId},
        {tr("Customer"), lot.customerId},
        {tr("Id"), lot.id},
    };
    QString html = u"<table cellspacing=\"4\">"_s;
    for (const auto &[label, value] : rows) {
        if (value.isEmpty())
            continue;
        html += u"<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                              value.toHtmlEscaped());
    }
    html += u"</table>"_s;
    m_fields->setText(html);

    const QList<CreditEvent> events = m_eventsOfLot ? m_eventsOfLot(lot) : QList<CreditEvent>();
    m_events->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const CreditEvent &event = events.at(row);
        std::optional<Money> amount = event.charges ? event.charges
                                      : event.newCredit ? event.newCredit
                                      : event.creditExpired ? event.creditExpired
                                                            : event.adjustments;
        const QStringList cells{DisplayFormat::utcDate(event.transactionDate, locale), event.eventTypeRaw, moneyText(amount, locale), moneyText(event.closedBalance, locale)};
        for (int column = 0; column < cells.size(); ++column)
            m_events->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace CreditDesk
