#include "transactionsfilters.h"

#include "tablepage.h"

#include "filters/creditfilter.h"
#include "models/eventtablemodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QString lotName(const QString &lotId)
{
    return lotId.mid(lotId.lastIndexOf(u'/') + 1);
}
} // namespace

TransactionsFilters::TransactionsFilters(TablePage *page, CreditFilter *filter, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_filter(filter)
{
    page->addQuickFilter(Last30Days, tr("Last 30 days"), tr("Transactions of the last 30 days (UTC), today included"));
    page->addQuickFilter(Last90Days, tr("Last 90 days"), tr("Transactions of the last 90 days (UTC), today included"));
    connect(page, &TablePage::quickFilterChanged, this, [this](int days) {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        if (m_filter->setTransactionsFrom(days > 0 ? today.addDays(-(days - 1)) : QDate()))
            Q_EMIT changed();
    });

    QToolBar *bar = page->filterBar();
    bar->addSeparator();
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(u"eventsKindFilter"_s);
    m_kind->setAccessibleName(tr("Event type"));
    m_kind->setToolTip(tr("Show one kind of event"));
    m_kind->addItem(tr("All types"), int(EventKind::Any));
    m_kind->addItem(tr("Charges"), int(EventKind::Charges));
    m_kind->addItem(tr("New credit"), int(EventKind::NewCredit));
    m_kind->addItem(tr("Expired or canceled"), int(EventKind::Expiry));
    m_kind->addItem(tr("Adjustments and other"), int(EventKind::Adjustments));
    bar->addWidget(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filter->setEventKind(EventKind(m_kind->currentData().toInt())))
            Q_EMIT changed();
    });

    m_lot = new QToolButton(bar);
    m_lot->setObjectName(u"eventsLotFilter"_s);
    m_lot->setText(tr("This lot"));
    m_lot->setToolTip(tr("Show only the transactions of the selected row's lot"));
    m_lot->setAccessibleName(tr("Only this lot"));
    m_lot->setCheckable(true);
    m_lot->setAutoRaise(true);
    m_lot->setFocusPolicy(Qt::StrongFocus);
    m_lot->setEnabled(false);
    bar->addWidget(m_lot);
    connect(page, &TablePage::currentChanged, this, [this](const QModelIndex &index) {
        m_lot->setEnabled(m_lot->isChecked() || index.isValid());
    });
    connect(m_lot, &QToolButton::clicked, this, [this](bool checked) {
        showLot(checked ? m_page->view()->currentIndex().data(EventTableModel::LotIdRole).toString() : QString());
    });
}

void TransactionsFilters::showLot(const QString &lotId)
{
    const bool on = !lotId.isEmpty();
    m_lot->setChecked(on);
    m_lot->setEnabled(on || m_page->view()->currentIndex().isValid());
    m_lot->setText(on ? tr("Lot: %1").arg(lotName(lotId)) : tr("This lot"));
    m_lot->setToolTip(on ? tr("Showing only the transactions of lot %1; click to show every lot").arg(lotId)
                         : tr("Show only the transactions of the selected row's lot"));
    if (m_filter->setLotId(on ? std::optional<QString>(lotId) : std::nullopt))
        Q_EMIT changed();
}

} // namespace CreditDesk
