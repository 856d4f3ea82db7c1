#pragma once

#include "core/clock.h"

#include <QStyledItemDelegate>
#include <QTimeZone>

namespace vigie {
namespace ui {

// Paints one conversation of the inbox list: unread dot, network icon, author and time, two
// lines of the last message, then an adverse-event badge, the account and the status. Every
// row has the same height so a list of a million rows lays out without measuring each.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ConversationDelegate(const Clock &clock, QTimeZone zone, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString adverseEventBadgeText();

private:
    const Clock &m_clock;
    QTimeZone m_zone;
};

// Draws a small rounded label ("badge") and returns its width; used by the inbox delegates.
int paintBadge(QPainter *painter, const QPoint &topLeft, const QString &text, const QFont &font,
               const QColor &fill, const QColor &textColor);
int badgeHeight(const QFont &font);
int badgeWidth(const QString &text, const QFont &font);

} // namespace ui
} // namespace vigie
