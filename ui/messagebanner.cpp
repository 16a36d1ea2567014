#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace CreditDesk {

namespace {
QString styleOf(MessageBanner::Level level)
{
    switch (level) {
    case MessageBanner::Level::Information:
        return u"background: #eef4fc; border: 1px solid #9cb9e0;"_s;
    case MessageBanner::Level::Warning:
        break;
    }
    return u"background: #fff4e5; border: 1px solid #e0a040;"_s;
}
} // namespace

MessageBanner::MessageBanner(const QString &objectName, Level level, QWidget *parent)
    : QFrame(parent)
    , m_layout(new QHBoxLayout(this))
    , m_text(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    // Keyed on the name so the frame's children (labels, buttons) keep their own look.
    setStyleSheet(u"#%1 { %2 border-radius: 4px; }"_s.arg(objectName, styleOf(level)));
    m_text->setWordWrap(true);
    m_layout->addWidget(m_text, 1);
    hide();
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::addWidget(QWidget *widget)
{
    widget->setParent(this);
    m_layout->insertWidget(m_layout->indexOf(m_text) + 1 + m_widgets++, widget);
}

QPushButton *MessageBanner::addAction(const QString &text, const QString &objectName, std::function<void()> triggered)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    if (triggered)
        connect(button, &QPushButton::clicked, this, std::move(triggered));
    // Actions stay together, before the close button.
    const int index = m_close ? m_layout->indexOf(m_close) : m_layout->count();
    m_layout->insertWidget(index, button, 0, Qt::AlignTop);
    return button;
}

QPushButton *MessageBanner::setCloseButton(const QString &text, const QString &objectName)
{
    if (!m_close) {
        m_close = new QPushButton(this);
        m_layout->addWidget(m_close, 0, Qt::AlignTop);
        connect(m_close, &QPushButton::clicked, this, [this] {
            hide();
            Q_EMIT closed();
        });
    }
    m_close->setText(text);
    m_close->setObjectName(objectName);
    return m_close;
}

} // namespace CreditDesk
