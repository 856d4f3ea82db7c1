#pragma once

#include "core/clock.h"
#include "core/types.h"

#include <QStyledItemDelegate>
#include <QTimeZone>

class QTextLayout;

namespace vigie {
namespace ui {

// Paints one message of a conversation as a bubble: incoming on the left, our replies on the
// right with their delivery state ("Queued", "Sent", "Not sent · Retry"); a possible adverse
// event gets a red edge and a badge. Heights follow the wrapped text at the view's current width.
class MessageBubbleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MessageBubbleDelegate(const Clock &clock, QTimeZone zone, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where "Retry" is drawn under a failed reply (empty for any other message).
    QRect retryRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static QString retryLinkText();

signals:
    void retryRequested(vigie::Id messageId);

private:
    struct Geometry
    {
        QRect header; // author and time, above the bubble
        QRect bubble;
        QRect text;
        QRect footer; // delivery state, below our replies
        int height = 0;
    };
    Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index, QTextLayout *text) const;

    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace ui
} // namespace vigie
