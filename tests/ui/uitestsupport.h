#pragma once

// What the GUI tests share: a pinned environment, the sandbox on a real port, a main window
// over a workspace and a SQLite ledger, and the seams (MessageBox, FileChooser) answered
// around the action that asks. Keyboard helpers send keys to the widget that has the focus,
// as a person at the keyboard would.

#include "filechooser.h"
#include "ledger/ledger.h"
#include "ledgerpages.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "server/sandboxhost.h"
#include "services/workspace.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace CreditDesk::UiTest {

using namespace Qt::StringLiterals;

/// Call first in initTestCase(): settings and caches in the test location, English dates and
/// numbers, no answer left over from another test.
inline void pinEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MessageBox::reset();
    FileChooser::reset();
}

/// The sandbox on a free port, keeping its state in \a dataDir, approving device codes at once
/// unless \a approve is false (then a sign-in waits until cancelled).
inline std::unique_ptr<Sandbox::SandboxHost> startSandbox(Sandbox::SandboxOptions options, const QString &dataDir,
                                                          bool approve = true)
{
    options.autoApprove = approve;
    options.deviceCodeIntervalSeconds = 1;
    options.dataDir = dataDir;
    auto host = std::make_unique<Sandbox::SandboxHost>();
    QString error;
    if (!host->start(options, &error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return nullptr;
    }
    return host;
}

/// Makes \a window the active window and waits until it is. (QTest::qWaitForWindowActive is
/// satisfied at once by a dialog whose parent window is active, before the dialog has the keys.)
inline bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

/// A main window over its own workspace, shown, with \a ledger handed over (when given).
struct WindowFixture
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;

    bool open(Ledger *ledger = nullptr, std::unique_ptr<Workspace> ws = std::make_unique<Workspace>())
    {
        workspace = std::move(ws);
        window = std::make_unique<MainWindow>(workspace.get());
        window->show();
        if (!activate(window.get()))
            return false;
        if (ledger)
            window->ledgerPages()->setLedger(ledger);
        return true;
    }
    void close()
    {
        window.reset();
        workspace.reset();
    }
    QAction *action(const QString &objectName) const { return window->findChild<QAction *>(objectName); }
};

/// A SQLite ledger in \a dir, numbered so each test gets a fresh one.
inline std::unique_ptr<Ledger> openLedger(const QTemporaryDir &dir, int number, const QDate &today = {})
{
    auto ledger = std::make_unique<Ledger>();
    if (!ledger->open(LedgerLocation::sqlite(dir.filePath(u"ledger%1.sqlite"_s.arg(number)))).ok())
        return nullptr;
    if (today.isValid())
        ledger->setToday(today);
    return ledger;
}

/// Answers the next message box with \a answer while \a trigger runs. Returns the box that
/// was asked (empty objectName when none was).
inline MessageBox::Message answerMessage(MessageBox::Answer answer, const std::function<void()> &trigger)
{
    MessageBox::reset();
    MessageBox::setNextAnswer(answer);
    trigger();
    const MessageBox::Message asked = MessageBox::lastMessage();
    MessageBox::reset(); // an answer no box took must not answer a later one
    return asked;
}

/// Answers the next file request with \a fileName (empty: cancel) while \a trigger runs.
/// Returns what was asked (empty caption when nothing was).
inline FileChooser::Request answerFile(const QString &fileName, const std::function<void()> &trigger)
{
    FileChooser::reset();
    FileChooser::setNextFileName(fileName);
    trigger();
    const FileChooser::Request asked = FileChooser::lastRequest();
    FileChooser::reset();
    return asked;
}

/// Presses \a key where the focus is; falls back to \a window when nothing has it (offscreen
/// platforms may report no focus before the first activation).
inline void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window, key, modifiers);
}

/// Tabs through \a window until \a wanted has the focus; false after a full round without it.
inline bool tabTo(QWidget *window, QWidget *wanted)
{
    for (int i = 0; i < 200 && QApplication::focusWidget() != wanted; ++i)
        press(window, Qt::Key_Tab);
    return QApplication::focusWidget() == wanted;
}

/// The top-level widget of type T that is visible now (a window-modal dialog, a wizard).
template<typename T> T *visibleTopLevel(const QString &objectName = {})
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *typed = qobject_cast<T *>(widget);
        if (typed && typed->isVisible() && (objectName.isEmpty() || typed->objectName() == objectName))
            return typed;
    }
    return nullptr;
}

} // namespace CreditDesk::UiTest
