#pragma once

#include <QDateTime>
#include <QFrame>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;

namespace CreditDesk {

/// Where the Overview's figures stand: what the workspace is doing and what it has shown.
struct OverviewLoadState
{
    bool refreshing = false;
    int scopesDone = 0;
    int scopesTotal = 0;    ///< 0: not known yet
    QDateTime offlineAsOf;  ///< valid while the figures are the offline copy
    QStringList failures;   ///< "scope: message" of the last (or current) refresh
    bool lastRefreshIncomplete = false; ///< the last refresh ended early (failed or cancelled)
    bool signedIn = true;   ///< false: the figures cannot be refreshed until someone signs in
};

/// The Overview's designed states, one panel: loading (with progress), the offline copy (with
/// its date), an error (inline, with Retry) and no credits at all (what to do). With credits
/// to show it is a one-line strip above them; without, it stands in for the whole page.
class OverviewStatus : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { None, Loading, Offline, Error, Empty };
    Q_ENUM(Kind)

    explicit OverviewStatus(QWidget *parent = nullptr);

    /// Shows what \a state means, given whether there are credits to show; hidden when the
    /// figures are live and complete.
    void setState(const OverviewLoadState &state, bool hasCredits);
    Kind kind() const { return m_kind; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *textLabel() const { return m_text; }
    QPushButton *actionButton() const { return m_action; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    /// Retry / Refresh now.
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    Kind m_kind = Kind::None;
    bool m_large = false;
    bool m_styling = false;
    QLabel *m_title;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_action;
};

} // namespace CreditDesk
