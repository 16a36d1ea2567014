#include "desktop/desktopsettings.h"

#include "core/settingsfields.h"

#include <QSettings>

namespace CreditDesk {

namespace {
constexpr QLatin1StringView KeepRunningKey("desktop/keepRunningInTray");
constexpr QLatin1StringView StartAtLoginKey("desktop/startAtLogin");
constexpr QLatin1StringView TrayExplainedKey("desktop/trayExplained");
} // namespace

DesktopSettings DesktopSettings::load(const QSettings &settings)
{
    const DesktopSettings defaults;
    DesktopSettings loaded;
    loaded.keepRunningInTray = settings.value(KeepRunningKey, defaults.keepRunningInTray).toBool();
    loaded.startAtLogin = settings.value(StartAtLoginKey, defaults.startAtLogin).toBool();
    return loaded;
}

void DesktopSettings::save(QSettings &settings) const
{
    using SettingsFields::setOrRemove;
    const DesktopSettings defaults;
    setOrRemove(settings, KeepRunningKey, keepRunningInTray, keepRunningInTray == defaults.keepRunningInTray);
    setOrRemove(settings, StartAtLoginKey, startAtLogin, startAtLogin == defaults.startAtLogin);
}

bool DesktopSettings::trayExplained(const QSettings &settings)
{
    return settings.value(TrayExplainedKey, false).toBool();
}

void DesktopSettings::setTrayExplained(QSettings &settings)
{
    settings.setValue(TrayExplainedKey, true);
}

} // namespace CreditDesk
