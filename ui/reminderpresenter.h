#pragma once

#include "forecast/remindernotice.h"

#include <QDateTime>

#include <optional>
#include <QObject>

class QMenu;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace CreditDesk {

class MessageBanner;

/// Shows the reminders the core says are due: as a tray notification when the desktop has a
/// system tray, otherwise as a banner in the main window with "Show" and "Dismiss". What is
/// due, and when to look, is decided in Forecast (remindernotice.h); this only displays it.
class ReminderPresenter : public QObject
{
    Q_OBJECT
public:
    /// \a bannerParent owns the banner widget; put banner() in a layout.
    explicit ReminderPresenter(QWidget *bannerParent, QObject *parent = nullptr);
    ~ReminderPresenter() override;

    QWidget *banner() const;
    /// Null when the desktop has no system tray (the banner is used instead).
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// Whether a presenter built now gets a tray icon. Tests pretend one with
    /// setTrayAvailableForTesting(true), as the offscreen platform has none; nullopt undoes it.
    static bool trayAvailable();
    static void setTrayAvailableForTesting(std::optional<bool> available);

    /// The window was closed to the tray: says so in a tray message the first time only
    /// (remembered in the settings). Returns whether it showed the message.
    bool explainStillRunningOnce();
    /// What was shown last (empty before anything fired).
    const Forecast::ReminderNotice &lastNotice() const { return m_notice; }

    /// Evaluate reminders with the next complete figures (at start and after a refresh).
    void checkAtNextReport();
    /// The figures on screen. \a complete: not a refresh half-way through.
    void setReport(const Forecast::ForecastReport &report, bool complete, const QDate &todayUtc);
    /// The partner credits (bulk and monthly) the reminders also cover, when known.
    void setPartnerCredits(const QList<PartnerCredit> &credits) { m_partnerCredits = credits; }

Q_SIGNALS:
    /// "Show" in the banner or a click on the notification: these lots (soonest first).
    void showRequested(const QStringList &lotIds);
    void showWindowRequested();
    void refreshRequested();
    void quitRequested();

private:
    void evaluate(bool requested);
    void present(const Forecast::ReminderNotice &notice);

    MessageBanner *m_banner = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QTimer *m_recheck = nullptr;
    Forecast::ForecastReport m_report;
    QList<PartnerCredit> m_partnerCredits;
    Forecast::ReminderNotice m_notice;
    QDate m_today;
    QDateTime m_lastCheck;
    bool m_complete = false;
    bool m_requested = false;
};

} // namespace CreditDesk
