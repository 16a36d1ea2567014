// `filter`: 100,000 lots in LotTableModel behind LotFilterProxy and a QTableView (offscreen).
// A 6-character query is typed one key at a time; each keystroke is timed from setting the
// filter until the proxy has been updated and the view has processed events and repainted.
#include "benchcommon.h"

#include "filters/creditfilter.h"
#include "filters/creditfilterproxy.h"
#include "models/lottablemodel.h"

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

} // namespace

int runFilter(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = qMax(1, QCoreApplication::arguments().value(3, u"5"_s).toInt());

    SignedInSandbox sandbox;
    QString error;
    // 10 profiles x 10,000 lots, fetched once (not timed) so the rows are realistic.
    if (!sandbox.start({ 10'000, 0, 5000 }, &error)) {
        std::fprintf(stderr, "filter: %s\n", qPrintable(error));
        return 1;
    }
    QHash<QString, QString> names;
    const QList<Lot> lots = discoverLots(sandbox, &names);
    sandbox.stop();

    LotTableModel model;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        model.setScopeName(it.key(), it.value());
    model.upsert(lots);
    LotFilterProxy proxy(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(LotTableModel::ExpirationDateColumn, Qt::AscendingOrder);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    view.viewport()->repaint();

    // What a person types: the start of a billing profile's name, which narrows the rows
    // step by step (the worst case keeps many rows; a lot id would drop to one at once).
    QString scopeText;
    for (int row = model.rowCount() / 2; row < model.rowCount() && scopeText.size() < 6; ++row)
        scopeText = model.data(model.index(row, LotTableModel::ScopeColumn)).toString();
    const QString query = scopeText.left(6);
    QList<double> keystrokes;
    QList<double> clears;
    int shown = 0;
    for (int round = 0; round < rounds + 1; ++round) { // round 0 warms up
        CreditFilter filter;
        for (int i = 1; i <= query.size(); ++i) {
            const double ms = repaintAfter(view, [&] {
                filter.setText(query.left(i));
                proxy.setFilter(filter);
            });
            if (round > 0)
                keystrokes.append(ms);
        }
        shown = proxy.rowCount();
        const double ms = repaintAfter(view, [&] { proxy.setFilter(CreditFilter()); });
        if (round > 0)
            clears.append(ms);
    }
    const Stats c = statsOf(clears);
    printCase(u"filter"_s, keystrokes,
              { { u"rows"_s, model.rowCount() },
                { u"query"_s, query },
                { u"rows_shown_after_query"_s, shown },
                { u"keystrokes"_s, int(keystrokes.size()) },
                { u"max_ms"_s, std::round(statsOf(keystrokes).max * 10) / 10 },
                { u"clear_median_ms"_s, std::round(c.median * 10) / 10 },
                { u"proxy"_s, u"LotFilterProxy"_s },
                { u"target"_s, u"p95 < 16 ms"_s },
                { u"met"_s, statsOf(keystrokes).p95 < 16.0 } });
    return 0;
}

} // namespace CreditDesk::Bench
