#pragma once

#include <QObject>

class QComboBox;
class QToolButton;

namespace CreditDesk {

class CreditFilter;
class TablePage;

/// The Transactions page's quick filters: a period (last 30 or 90 days, UTC), the kind of
/// event, and "this lot". They only set fields of the page's CreditFilter; the proxy decides.
class TransactionsFilters : public QObject
{
    Q_OBJECT
public:
    /// Quick filter ids on the page: the period's length in days (0 is "All").
    enum Period { AllPeriods = 0, Last30Days = 30, Last90Days = 90 };

    TransactionsFilters(TablePage *page, CreditFilter *filter, QObject *parent = nullptr);

    /// Only the events of \a lotId (an ARM id or a lot name); the lot toggle shows its name.
    /// An empty id shows every lot again.
    void showLot(const QString &lotId);

Q_SIGNALS:
    /// The filter changed: apply it.
    void changed();

private:
    TablePage *m_page;
    CreditFilter *m_filter;
    QComboBox *m_kind;
    QToolButton *m_lot;
};

} // namespace CreditDesk
