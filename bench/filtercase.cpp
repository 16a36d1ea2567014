// `filter`: 100,000 events in EventTableModel behind EventFilterProxy and a QTableView
// (offscreen) — the Transactions table at the SPEC's scale; `filter_lots`: 100,000 lots behind
// LotFilterProxy. A 6-character query is typed one key at a time; each keystroke is timed from
// setting the filter until the proxy has been updated and the view has processed events and
// repainted.
#include "benchcommon.h"

#include "filters/creditfilter.h"
#include "filters/creditfilterproxy.h"
#include "models/eventtablemodel.h"
#include "models/lottablemodel.h"
#include "services/creditdiscovery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace CreditDesk::Bench {

namespace {

double repaintAfter(QTableView &view, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Types \a query one key at a time into the proxy's filter (as the search field does after
/// its debounce), then clears it; round 0 warms up. Returns the per-keystroke times.
struct Typing
{
    QList<double> keystrokes;
    QList<double> clears;
    int shown = 0;
};

Typing typeQuery(QTableView &view, CreditFilterProxy &proxy, const QString &query, int rounds)
{
    Typing typing;
    for (int round = 0; round < rounds + 1; ++round) {
        CreditFilter filter;
        for (int i = 1; i <= query.size(); ++i) {
            const double ms = repaintAfter(view, [&] {
                filter.setText(query.left(i));
                proxy.setFilter(filter);
            });
            if (round > 0)
                typing.keystrokes.append(ms);
        }
        typing.shown = proxy.rowCount();
        const double ms = repaintAfter(view, [&] { proxy.setFilter(CreditFilter()); });
        if (round > 0)
            typing.clears.append(ms);
    }
    return typing;
}

void showTable(QTableView &view, QAbstractItemModel *proxy, int sortColumn)
{
    view.setModel(proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(sortColumn, Qt::AscendingOrder);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
}

/// What a person types: the start of a billing profile's name, which narrows the rows step by
/// step (the worst case keeps many rows; an id would drop to one at once).
QString scopeQuery(const QAbstractItemModel &model, int column)
{
    QString text;
    for (int row = model.rowCount() / 2; row < model.rowCount() && text.size() < 6; ++row)
        text = model.data(model.index(row, column)).toString();
    return text.left(6);
}

void printTyping(const QString &name, const Typing &typing, int rows, const QString &query, const QString &proxy)
{
    const Stats c = statsOf(typing.clears);
    printCase(name, typing.keystrokes,
              { { u"rows"_s, rows },
                { u"query"_s, query },
                { u"rows_shown_after_query"_s, typing.shown },
                { u"keystrokes"_s, int(typing.keystrokes.size()) },
                { u"max_ms"_s, std::round(statsOf(typing.keystrokes).max * 10) / 10 },
                { u"clear_median_ms"_s, std::round(c.median * 10) / 10 },
                { u"proxy"_s, proxy },
                { u"target"_s, u"p95 < 16 ms"_s },
                { u"met"_s, statsOf(typing.keystrokes).p95 < 16.0 } });
}

/// 100,000 events (the Transactions table at SPEC scale: 10 profiles x 1,000 lots x 10 events),
/// or as many as the sandbox was started with.
int filterEvents(const QString &name, SignedInSandbox &sandbox, int rounds, int expectedRows)
{
    QList<CreditEvent> events;
    {
        CreditDiscovery discovery(sandbox.api.get());
        discovery.setKinds(CreditDiscovery::Kind::Events);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        discovery.setEventsWindow(today.addYears(-10), today.addYears(1));
        QObject context;
        bool finished = false;
        QObject::connect(&discovery, &CreditDiscovery::eventsArrived, &context,
                         [&events](const QList<CreditEvent> &page) { events.append(page); });
        QObject::connect(&discovery, &CreditDiscovery::finished, &context, [&finished] { finished = true; });
        discovery.start();
        waitFor([&finished] { return finished; }, 600'000);
    }
    sandbox.stop();
    EventTableModel model;
    model.setEvents(events);
    events.clear();
    EventFilterProxy proxy(&model);
    QTableView view;
    showTable(view, &proxy, EventTableModel::DateColumn);
    const QString query = scopeQuery(model, EventTableModel::BillingProfileColumn);
    printTyping(name, typeQuery(view, proxy, query, rounds), model.rowCount(), query, u"EventFilterProxy"_s);
    return model.rowCount() >= expectedRows ? 0 : 2;
}

/// 100,000 lots: ten times the SPEC's lot count, the heaviest rows the app has.
int filterLots(SignedInSandbox &sandbox, int rounds)
{
    QHash<QString, QString> names;
    const QList<Lot> lots = discoverLots(sandbox, &names);
    sandbox.stop();
    LotTableModel model;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        model.setScopeName(it.key(), it.value());
    model.upsert(lots);
    LotFilterProxy proxy(&model);
    QTableView view;
    showTable(view, &proxy, LotTableModel::ExpirationDateColumn);
    const QString query = scopeQuery(model, LotTableModel::ScopeColumn);
    printTyping(u"filter_lots"_s, typeQuery(view, proxy, query, rounds), model.rowCount(), query, u"LotFilterProxy"_s);
    return model.rowCount() >= 100'000 ? 0 : 2;
}

} // namespace

int filterEventsCase(const QString &name, int lotsPerProfile, int rounds)
{
    SignedInSandbox sandbox;
    QString error;
    // Fetched once from the sandbox (not timed) so the rows are realistic.
    if (!sandbox.start({ lotsPerProfile, 10, 5000 }, &error)) {
        std::fprintf(stderr, "filter: %s\n", qPrintable(error));
        return 1;
    }
    return filterEvents(name, sandbox, rounds, lotsPerProfile * 10 * 10);
}

int runFilter(int argc, char **argv, bool lots)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = qMax(1, QCoreApplication::arguments().value(3, u"5"_s).toInt());
    if (!lots)
        return filterEventsCase(u"filter"_s, 1000, rounds);
    SignedInSandbox sandbox;
    QString error;
    if (!sandbox.start({ 10'000, 0, 5000 }, &error)) {
        std::fprintf(stderr, "filter: %s\n", qPrintable(error));
        return 1;
    }
    return filterLots(sandbox, rounds);
}

} // namespace CreditDesk::Bench
