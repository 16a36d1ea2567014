#pragma once

class QSettings;

namespace CreditDesk {

/// How CreditDesk lives on the desktop (group "desktop"), edited in Settings › General:
/// whether closing the window leaves it running in the system tray, so reminders still fire,
/// and whether it starts when the user logs in (LoginStart writes the platform's entry).
struct DesktopSettings
{
    bool keepRunningInTray = true;
    bool startAtLogin = false;

    static DesktopSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// The first close to the tray explains itself once; this remembers that it did.
    static bool trayExplained(const QSettings &settings);
    static void setTrayExplained(QSettings &settings);

    friend bool operator==(const DesktopSettings &, const DesktopSettings &) = default;
};

} // namespace CreditDesk
