#include "reminderpresenter.h"

#include "core/logging.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace CreditDesk {

ReminderPresenter::ReminderPresenter(QWidget *bannerParent, QObject *parent) : QObject(parent)
{
    auto *banner = new QFrame(bannerParent);
    banner->setObjectName(u"reminderBanner"_s);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setStyleSheet(u"#reminderBanner { background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; }"_s);
    banner->setAccessibleName(tr("Credit reminders"));
    banner->hide();
    m_banner = banner;
    auto *layout = new QHBoxLayout(banner);
    m_bannerText = new QLabel(banner);
    m_bannerText->setObjectName(u"reminderText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *showButton = new QPushButton(tr("Show in &Overview"), banner);
    showButton->setObjectName(u"showRemindersButton"_s);
    showButton->setToolTip(tr("Open the Overview at the credit that expires first"));
    auto *dismissButton = new QPushButton(tr("Dis&miss"), banner);
    dismissButton->setObjectName(u"dismissRemindersButton"_s);
    dismissButton->setToolTip(tr("Hide these reminders; each one is shown only once"));
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(showButton, 0, Qt::AlignTop);
    layout->addWidget(dismissButton, 0, Qt::AlignTop);
    connect(showButton, &QPushButton::clicked, this, [this] { Q_EMIT showRequested(m_notice.lotIds); });
    connect(dismissButton, &QPushButton::clicked, m_banner, &QWidget::hide);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/creditdesk.svg"_s), this);
        m_tray->setToolTip(tr("CreditDesk"));
        m_trayMenu = new QMenu;
        connect(m_trayMenu->addAction(tr("&Show CreditDesk")), &QAction::triggered, this,
                &ReminderPresenter::showWindowRequested);
        connect(m_trayMenu->addAction(tr("&Refresh")), &QAction::triggered, this, &ReminderPresenter::refreshRequested);
        m_trayMenu->addSeparator();
        connect(m_trayMenu->addAction(tr("&Quit")), &QAction::triggered, this, &ReminderPresenter::quitRequested);
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

ReminderPresenter::~ReminderPresenter()
{
    delete m_trayMenu; // a context menu has no parent widget
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
    m_bannerText->setText(u"<b>%1</b><ul style=\"margin: 0\">%2</ul>"_s.arg(notice.title.toHtmlEscaped(), items.join(QString())));
    m_banner->show();
}

} // namespace CreditDesk
