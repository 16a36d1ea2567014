#pragma once

// Walks a window's widget tree the way Qt's shortcut map sees Alt+letter mnemonics, and names
// every letter two controls claim at once (Alt then moves the focus between them instead of
// acting). Pages of a QStackedWidget (and so of a QTabWidget) and of a QWizard are separate
// scopes, since only one is shown at a time; what surrounds them (tab titles, dialog and wizard
// buttons) must not clash with any page.

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStringList>
#include <QTabBar>
#include <QWizard>
#include <QWizardPage>

namespace MnemonicWalker {

inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

struct Walk
{
    QStringList clashes;
    int claimed = 0; ///< mnemonics seen, so a test can tell an empty walk from a clean one

    using Scope = QHash<QChar, QString>;

    void claim(Scope &scope, const QString &text, const QWidget *owner)
    {
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            return;
        ++claimed;
        QString who = QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(owner->metaObject()->className()), text);
        if (!owner->objectName().isEmpty())
            who += QStringLiteral(" (%1)").arg(owner->objectName());
        const auto existing = scope.constFind(key);
        if (existing != scope.cend())
            clashes.append(QStringLiteral("Alt+%1: %2 and %3").arg(key.toUpper(), existing.value(), who));
        else
            scope.insert(key, who);
    }

    void claimOwn(Scope &scope, QWidget *widget)
    {
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            claim(scope, button->text(), widget);
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy()) // a label grabs its mnemonic only when it has a buddy
                claim(scope, label->text(), widget);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            claim(scope, group->title(), widget);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                claim(scope, tabs->tabText(i), widget);
        } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : menus->actions())
                claim(scope, action->text(), widget);
        }
    }

    /// Claims everything shown around the pages first, then checks each page against it.
    void walkRegion(QWidget *region, const Scope &inherited)
    {
        Scope scope = inherited;
        QList<QWidget *> pages;
        collect(region, scope, pages);
        for (QWidget *page : std::as_const(pages))
            walkRegion(page, scope);
    }

    void collect(QWidget *parent, Scope &scope, QList<QWidget *> &pages)
    {
        const bool isStack = qobject_cast<QStackedWidget *>(parent) != nullptr;
        const bool isWizard = qobject_cast<QWizard *>(parent) != nullptr;
        for (QObject *child : parent->children()) {
            auto *widget = qobject_cast<QWidget *>(child);
            if (!widget || widget->isWindow())
                continue;
            if (isStack || qobject_cast<QWizardPage *>(widget)) {
                pages.append(widget);
                continue;
            }
            // A wizard shows Next or Finish, Commit or not, depending on the page: every button it
            // may show counts, hidden or not.
            if (widget->isHidden() && !(isWizard && qobject_cast<QAbstractButton *>(widget)))
                continue;
            claimOwn(scope, widget);
            collect(widget, scope, pages);
        }
    }
};

/// Walks \a window: every clash, described for a failure message, and how many mnemonics it saw.
inline Walk walk(QWidget *window)
{
    Walk result;
    result.walkRegion(window, {});
    return result;
}

inline QStringList clashesIn(QWidget *window)
{
    return walk(window).clashes;
}

} // namespace MnemonicWalker
