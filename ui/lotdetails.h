#pragma once

#include "domain/creditevent.h"
#include "domain/lot.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace CreditDesk {

/// The details pane of the lots page: every field of the selected lot, the balance events
/// that belong to it, and a button to copy its id.
class LotDetails : public QWidget
{
    Q_OBJECT
public:
    /// eventsOfLot returns the events that belong to a lot (the pane does not own any data).
    using EventsOfLot = std::function<QList<CreditEvent>(const Lot &)>;

    LotDetails(EventsOfLot eventsOfLot, QWidget *parent = nullptr);

    void showLot(const Lot &lot, const QString &scopeName);
    void clear();
    QString shownLotId() const { return m_lotId; }

private:
    EventsOfLot m_eventsOfLot;
    QString m_lotId;
    QLabel *m_fields;
    QTableWidget *m_events;
    QPushButton *m_copyId;
};

} // namespace CreditDesk
