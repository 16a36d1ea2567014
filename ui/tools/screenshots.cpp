// creditdesk-screenshots: the real application on the sandbox (`creditdesk --sandbox`), driven
// page by page, each window grabbed to a PNG. Used by `./scripts/dev screenshots` for the visual
// review (issue 16) and README's pictures; never by ctest.
//
//   creditdesk-screenshots OUTDIR [WIDTHxHEIGHT]
//
// Writes OUTDIR/<size>-<name>.png for every page of the main window, every Settings tab, and the
// assignment wizard's pages (on the table's first credit) as far as Next goes without typing,
// then quits. Exit code 0 when every picture was written.

#include "assignmentwizard.h"
#include "ledgerpages.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "startup.h"
#include "tablepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMetaEnum>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace CreditDesk;
using namespace Qt::StringLiterals;

namespace {

class Photographer : public QObject
{
public:
    Photographer(QDir out, QSize size) : m_out(std::move(out)), m_size(size) {}

    void start()
    {
        // The sandbox signs in and loads on its own; wait until the lots are in and nothing loads.
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll] {
            MainWindow *window = mainWindow();
            if (!window || window->lotsView()->model()->rowCount() == 0
                || window->findChild<QProgressBar *>(u"refreshProgress"_s)->isVisible()) {
                if (++m_polls > 240) { // two minutes
                    std::fprintf(stderr, "the sandbox did not load in time\n");
                    QCoreApplication::exit(1);
                }
                return;
            }
            poll->stop();
            QTimer::singleShot(1500, this, [this, window] { photograph(window); }); // charts settle
        });
        poll->start(500);
    }

private:
    static MainWindow *mainWindow()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
                return window;
        }
        return nullptr;
    }

    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString file = m_out.filePath(u"%1x%2-%3.png"_s.arg(m_size.width()).arg(m_size.height()).arg(name));
        if (!widget->grab().save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            m_failed = true;
            return;
        }
        std::printf("%s\n", qPrintable(file));
    }

    void photograph(MainWindow *window)
    {
        window->resize(m_size);
        const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
        for (int i = 0; i < pages.keyCount(); ++i) {
            window->showPage(MainWindow::Page(pages.value(i)));
            QCoreApplication::processEvents();
            save(window, QString::fromLatin1(pages.key(i)));
        }

        SettingsDialog settings(window);
        settings.show();
        for (int tab = 0; tab < settings.tabs()->count(); ++tab) {
            settings.tabs()->setCurrentIndex(tab);
            save(&settings, u"settings-%1"_s.arg(settings.tabs()->widget(tab)->objectName()));
        }
        settings.reject();

        window->showPage(MainWindow::PartnerCreditsPage);
        // The first credit in the table, as an admin would click it: the wizard starts on it.
        QTableView *credits = window->ledgerPages()->creditsPage()->view();
        if (credits->model()->rowCount() > 0)
            credits->selectRow(0);
        if (AssignmentWizard *wizard = window->ledgerPages()->startAssignment()) {
            QSet<int> seen;
            while (!seen.contains(wizard->currentId())) {
                seen.insert(wizard->currentId());
                QCoreApplication::processEvents();
                save(wizard, u"wizard-%1"_s.arg(wizard->currentPage()->objectName()));
                QAbstractButton *next = wizard->button(QWizard::NextButton);
                if (!next->isVisible() || !next->isEnabled())
                    break;
                next->click();
            }
            wizard->reject();
        }
        QCoreApplication::exit(m_failed ? 1 : 0);
    }

    QDir m_out;
    QSize m_size;
    int m_polls = 0;
    bool m_failed = false;
};

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: creditdesk-screenshots OUTDIR [WIDTHxHEIGHT]\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const QStringList size = QString::fromLatin1(argc > 2 ? argv[2] : "1280x800").split(u'x');
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());
    if (!windowSize.isValid() || !QDir().mkpath(outDir)) {
        std::fprintf(stderr, "usage: creditdesk-screenshots OUTDIR [WIDTHxHEIGHT]\n");
        return 2;
    }
    // The application reads its own arguments: hand it exactly what `creditdesk --sandbox` gets.
    char sandbox[] = "--sandbox";
    char *appArgv[] = {argv[0], sandbox, nullptr};
    int appArgc = 2;
    QApplication app(appArgc, appArgv);
    QApplication::setApplicationName(u"CreditDesk-Screenshots"_s);
    QApplication::setOrganizationName(u"CreditDesk"_s);
    Photographer photographer(QDir(outDir), windowSize);
    QTimer::singleShot(0, &photographer, &Photographer::start);
    return runApplication(app);
}
