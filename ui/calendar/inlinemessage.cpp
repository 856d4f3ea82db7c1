#include "ui/calendar/inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace vigie {
namespace ui {

InlineMessage::InlineMessage(Kind kind, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window,
                 kind == Kind::Warning ? QColor(0xfe, 0xf3, 0xc7) : QColor(0xdb, 0xea, 0xfe));
    pal.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x37));
    setPalette(pal);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *icon = new QLabel(this);
    const auto standard =
        kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    icon->setPixmap(style()->standardIcon(standard).pixmap(16, 16));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    if (kind == Kind::Warning) {
        auto *close = new QToolButton(this);
        close->setAutoRaise(true);
        close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        close->setToolTip(tr("Dismiss"));
        connect(close, &QToolButton::clicked, this, &QWidget::hide);
        layout->addWidget(close);
    }
}

void InlineMessage::showMessage(const QString &text)
{
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

QString InlineMessage::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace ui
} // namespace vigie
