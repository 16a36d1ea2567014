#include "overview/overviewstatus.h"

#include "core/displayformat.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace CreditDesk {

OverviewStatus::OverviewStatus(QWidget *parent)
    : QFrame(parent),
      m_title(new QLabel(this)),
      m_text(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_action(new QPushButton(this))
{
    setObjectName(u"overviewStatus"_s);
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(u"overviewStatusTitle"_s);
    m_text->setObjectName(u"overviewStatusText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(u"overviewProgress"_s);
    m_progress->setAccessibleName(tr("Billing scopes loaded"));
    m_action->setObjectName(u"overviewRetry"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_action, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_text, 1, 0);
    layout->addWidget(m_progress, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    connect(m_action, &QPushButton::clicked, this, &OverviewStatus::refreshRequested);
    hide();
}

void OverviewStatus::setState(const OverviewLoadState &state, bool hasCredits)
{
    const bool failed = !state.refreshing && (state.lastRefreshIncomplete || !state.failures.isEmpty());
    const QString offline = state.offlineAsOf.isValid() ? DisplayFormat::utcDateTime(state.offlineAsOf) : QString();
    QString title;
    QString text;
    QString action;
    if (state.refreshing) {
        m_kind = Kind::Loading;
        title = hasCredits ? tr("Refreshing the credits…") : tr("Loading your credits…");
        if (!offline.isEmpty())
            text = tr("Until it finishes, this is the offline copy from %1.").arg(offline);
        else if (hasCredits)
            text = tr("The figures grow as billing scopes arrive; they are complete when the refresh ends.");
        else
            text = tr("Reading every billing account, billing profile and customer you can see.");
    } else if (failed) {
        m_kind = Kind::Error;
        if (state.failures.isEmpty())
            title = tr("The last refresh did not finish");
        else if (state.failures.size() == 1)
            title = tr("A billing scope could not be read");
        else
            title = tr("%n billing scopes could not be read", nullptr, int(state.failures.size()));
        QStringList lines = state.failures.mid(0, 3);
        if (state.failures.size() > 3)
            lines.append(tr("…and %n more.", nullptr, int(state.failures.size() - 3)));
        if (!offline.isEmpty())
            lines.append(tr("Shown instead: the offline copy from %1.").arg(offline));
        else if (hasCredits)
            lines.append(tr("The figures below leave out what could not be read."));
        text = lines.join(u'\n');
        action = tr("Retr&y");
    } else if (!offline.isEmpty()) {
        m_kind = Kind::Offline;
        title = tr("Offline copy from %1").arg(offline);
        text = tr("These are the figures of the last successful refresh; they are replaced when a refresh succeeds.");
        action = tr("Refresh no&w");
    } else if (!hasCredits) {
        m_kind = Kind::Empty;
        title = tr("No Azure credits found");
        text = tr("This account sees no credit lots. Credits can take up to 24 hours to appear after they are "
                  "granted, and reading them needs a billing reader role on the billing account or profile. "
                  "Partner benefit credits are kept on the Partner credits page.");
        action = tr("Refresh no&w");
    } else {
        m_kind = Kind::None;
    }
    if (!state.signedIn && !action.isEmpty()) {
        action.clear();
        text += u'\n' + tr("Sign in to refresh them.");
    }
    m_large = !hasCredits;
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    m_progress->setVisible(state.refreshing);
    m_progress->setRange(0, qMax(state.scopesTotal, 0)); // 0..0: busy until the total is known
    m_progress->setValue(state.scopesDone);
    m_progress->setFormat(state.scopesTotal > 0 ? tr("%1 of %2 billing scopes").arg(state.scopesDone).arg(state.scopesTotal)
                                                : QString());
    setAccessibleName(title);
    setAccessibleDescription(text);
    applyStyle();
    setVisible(m_kind != Kind::None);
}

void OverviewStatus::changeEvent(QEvent *event)
{
    // The style sheet itself changes the palette: only a change from outside restyles.
    if (!m_styling && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        applyStyle();
    QFrame::changeEvent(event);
}

void OverviewStatus::applyStyle()
{
    // Tinted from the theme's palette (not the one this sheet puts into the widget's) so dark
    // themes keep their contrast; errors and the offline copy carry the risk colours' hues,
    // loading and "nothing yet" stay neutral.
    const QPalette theme = QApplication::palette(this);
    const QColor base = theme.color(QPalette::Base);
    QColor tint = theme.color(QPalette::AlternateBase);
    if (m_kind == Kind::Error)
        tint = QColor(0xd3, 0x2f, 0x2f);
    else if (m_kind == Kind::Offline)
        tint = QColor(0xf5, 0x7c, 0x00);
    QColor background = base;
    if (m_kind == Kind::Error || m_kind == Kind::Offline) {
        const qreal alpha = 0.12;
        background = QColor::fromRgbF(base.redF() * (1 - alpha) + tint.redF() * alpha,
                                      base.greenF() * (1 - alpha) + tint.greenF() * alpha,
                                      base.blueF() * (1 - alpha) + tint.blueF() * alpha);
    } else {
        background = tint;
    }
    const int padding = m_large ? 24 : 6;
    const QString sheet = (u"QFrame#overviewStatus { background: %1; border: 1px solid %2; border-left: 4px solid %2;"
                  " border-radius: 4px; padding: %3px; }"_s
                      .arg(background.name(), (m_kind == Kind::Error || m_kind == Kind::Offline)
                                                  ? tint.name()
                                                  : theme.color(QPalette::Mid).name())
                      .arg(padding));
    if (sheet != styleSheet()) {
        m_styling = true;
        setStyleSheet(sheet);
        m_styling = false;
    }
    QFont font = m_title->font();
    font.setPointSizeF(QFrame::font().pointSizeF() * (m_large ? 1.4 : 1.0));
    m_title->setFont(font);
}

} // namespace CreditDesk
