#include "reminderpresenter.h"

#include "core/logging.h"
#include "desktop/desktopsettings.h"
#include "messagebanner.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
std::optional<bool> trayAvailableOverride;
} // namespace

bool ReminderPresenter::trayAvailable()
{
    return trayAvailableOverride.value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

void ReminderPresenter::setTrayAvailableForTesting(std::optional<bool> available)
{
    trayAvailableOverride = available;
}

ReminderPresenter::ReminderPresenter(QWidget *bannerParent, QObject *parent) : QObject(parent)
{
    m_banner = new MessageBanner(u"reminderBanner"_s, MessageBanner::Level::Warning, bannerParent);
    m_banner->setAccessibleName(tr("Credit reminders"));
    QLabel *text = m_banner->textLabel();
    text->setObjectName(u"reminderText"_s);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->addAction(tr("Show in &Overview"), u"showRemindersButton"_s, [this] { Q_EMIT showRequested(m_notice.lotIds); })
        ->setToolTip(tr("Open the Overview at the credit that expires first"));
    m_banner->setCloseButton(tr("Dis&miss"), u"dismissRemindersButton"_s)
        ->setToolTip(tr("Hide these reminders; each one is shown only once"));

    if (trayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/creditdesk.svg"_s), this);
        m_tray->setToolTip(tr("CreditDesk"));
        m_trayMenu = new QMenu;
        QAction *show = m_trayMenu->addAction(tr("&Show CreditDesk"));
        show->setObjectName(u"trayShowAction"_s);
        connect(show, &QAction::triggered, this, &ReminderPresenter::showWindowRequested);
        QAction *refresh = m_trayMenu->addAction(tr("&Refresh"));
        refresh->setObjectName(u"trayRefreshAction"_s);
        connect(refresh, &QAction::triggered, this, &ReminderPresenter::refreshRequested);
        m_trayMenu->addSeparator();
        QAction *quit = m_trayMenu->addAction(tr("&Quit"));
        quit->setObjectName(u"trayQuitAction"_s);
        connect(quit, &QAction::triggered, this, &ReminderPresenter::quitRequested);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT showRequested(m_notice.lotIds); });
        m_tray->show();
    }

    m_recheck = new QTimer(this);
    m_recheck->setInterval(std::chrono::hours(Forecast::ReminderRecheckHours));
    connect(m_recheck, &QTimer::timeout, this, [this] { evaluate(false); });
    m_recheck->start();
}

QWidget *ReminderPresenter::banner() const
{
    return m_banner;
}

ReminderPresenter::~ReminderPresenter()
{
    delete m_trayMenu; // a context menu has no parent widget
}

bool ReminderPresenter::explainStillRunningOnce()
{
    QSettings settings;
    if (!m_tray || DesktopSettings::trayExplained(settings))
        return false;
    DesktopSettings::setTrayExplained(settings);
    m_tray->showMessage(tr("CreditDesk is still running"),
                        tr("It stays in the system tray to remind you of expiring credits. Choose Quit in the "
                           "tray menu to end it, or turn this off in Settings › General."),
                        QSystemTrayIcon::Information);
    return true;
}

void ReminderPresenter::checkAtNextReport()
{
    m_requested = true;
}

void ReminderPresenter::setReport(const Forecast::ForecastReport &report, bool complete, const QDate &todayUtc)
{
    m_report = report;
    m_complete = complete;
    m_today = todayUtc;
    if (m_requested)
        evaluate(true);
}

void ReminderPresenter::evaluate(bool requested)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!Forecast::reminderCheckDue(requested, m_complete, !m_report.scopes.isEmpty() || !m_partnerCredits.isEmpty(),
                                    m_lastCheck, now))
        return;
    m_requested = false;
    m_lastCheck = now;
    // A wall-clock day may have passed since the figures were built (the app ran overnight).
    const QDate today = requested ? m_today : now.date();
    QSettings settings;
    Forecast::ReminderLog log(settings);
    const Forecast::ReminderSettings chosen = Forecast::ReminderSettings::load(settings);
    const Forecast::ReminderNotice notice =
        Forecast::reminderNotice(Forecast::takeDueRemindersForReport(m_report, m_partnerCredits, today, chosen, log));
    log.forgetBefore(today.addYears(-2));
    if (!notice.isEmpty())
        present(notice);
}

void ReminderPresenter::present(const Forecast::ReminderNotice &notice)
{
    m_notice = notice;
    qCInfo(lcForecast) << "reminders fired:" << notice.reminders.size();
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(notice.title, notice.shortLines().join(u'\n'), QSystemTrayIcon::Warning);
        return;
    }
    QStringList items;
    for (const QString &line : notice.shortLines())
        items.append(u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s);
    m_banner->setText(u"<b>%1</b><ul style=\"margin: 0\">%2</ul>"_s.arg(notice.title.toHtmlEscaped(), items.join(QString())));
    m_banner->show();
}

} // namespace CreditDesk
