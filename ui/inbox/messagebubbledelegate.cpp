#include "ui/inbox/messagebubbledelegate.h"

#include "inbox/threadmessagesmodel.h"
#include "ui/inbox/conversationdelegate.h"
#include "ui/inbox/timelabels.h"

#include <QAbstractItemView>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>

namespace vigie {
namespace ui {

namespace {
constexpr int kMargin = 10;       // between the view's edge and a bubble
constexpr int kBubblePadding = 9; // between a bubble's edge and its text
constexpr int kSpacing = 4;
constexpr double kMaxBubbleShare = 0.78; // a bubble never spans the whole width: who spoke stays clear

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

int viewWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

// Lays text out at most maxWidth wide; returns the width of the longest line.
int layoutBody(QTextLayout *layout, int maxWidth)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    qreal widest = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(maxWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout->endLayout();
    return qCeil(widest);
}

DeliveryState deliveryState(const QModelIndex &index)
{
    return static_cast<DeliveryState>(index.data(ThreadMessagesModel::DeliveryStateRole).toInt());
}

QString deliveryText(const QModelIndex &index)
{
    if (!index.data(ThreadMessagesModel::OutgoingRole).toBool())
        return {};
    return deliveryStateDisplayName(deliveryState(index));
}

bool offersRetry(const QModelIndex &index)
{
    return index.data(ThreadMessagesModel::OutgoingRole).toBool() &&
           deliveryState(index) == DeliveryState::Failed;
}
} // namespace

MessageBubbleDelegate::MessageBubbleDelegate(const Clock &clock, QTimeZone zone, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock)
    , m_zone(std::move(zone))
{}

MessageBubbleDelegate::Geometry MessageBubbleDelegate::layout(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index,
                                                              QTextLayout *text) const
{
    Geometry g;
    const int width = qMax(120, viewWidth(option));
    const int maxBubble = qMax(80, int((width - 2 * kMargin) * kMaxBubbleShare));
    text->setText(index.data(ThreadMessagesModel::BodyRole).toString());
    text->setFont(option.font);
    const int textWidth = layoutBody(text, maxBubble - 2 * kBubblePadding);
    const int textHeight = qCeil(text->boundingRect().height());
    const QFont small = smallFont(option.font);
    const int smallHeight = badgeHeight(small);
    const bool outgoing = index.data(ThreadMessagesModel::OutgoingRole).toBool();

    const int top = option.rect.top() + kSpacing;
    g.header = QRect(option.rect.left() + kMargin, top, width - 2 * kMargin, smallHeight);
    const int bubbleWidth = qMax(textWidth, 24) + 2 * kBubblePadding;
    const int bubbleLeft =
        outgoing ? option.rect.left() + width - kMargin - bubbleWidth : option.rect.left() + kMargin;
    g.bubble =
        QRect(bubbleLeft, g.header.bottom() + 1 + kSpacing, bubbleWidth, textHeight + 2 * kBubblePadding);
    g.text = g.bubble.adjusted(kBubblePadding, kBubblePadding, -kBubblePadding, -kBubblePadding);
    int bottom = g.bubble.bottom() + 1;
    if (!deliveryText(index).isEmpty()) {
        g.footer = QRect(g.header.left(), bottom + kSpacing, g.header.width(), smallHeight);
        bottom = g.footer.bottom() + 1;
    }
    g.height = bottom + 2 * kSpacing - option.rect.top();
    return g;
}

QSize MessageBubbleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect.moveTo(0, 0);
    QTextLayout text;
    const Geometry g = layout(opt, index, &text);
    return {viewWidth(option), g.height};
}

void MessageBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QTextLayout text;
    const Geometry g = layout(option, index, &text);
    const bool outgoing = index.data(ThreadMessagesModel::OutgoingRole).toBool();
    const bool adverse = index.data(ThreadMessagesModel::AdverseEventRole).toBool();
    const QPalette &palette = option.palette;
    const QFont small = smallFont(option.font);
    QColor muted = palette.color(QPalette::Text);
    muted.setAlphaF(0.65f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Header: author · time, on the bubble's side; the adverse-event badge next to it.
    const QString author = index.data(ThreadMessagesModel::AuthorRole).toString();
    const QString time =
        messageTimeLabel(index.data(ThreadMessagesModel::CreatedAtRole).toDateTime(), m_clock.now(), m_zone);
    const QString header = time.isEmpty() ? author : tr("%1 · %2").arg(author, time);
    const QString badge = adverse ? ConversationDelegate::adverseEventBadgeText() : QString();
    const int adverseBadgeWidth = adverse ? badgeWidth(badge, small) + kSpacing * 2 : 0;
    painter->setFont(small);
    painter->setPen(muted);
    const QFontMetrics smallMetrics(small);
    const QString elided =
        smallMetrics.elidedText(header, Qt::ElideRight, g.header.width() - adverseBadgeWidth);
    const int headerWidth = smallMetrics.horizontalAdvance(elided);
    QRect headerText = g.header;
    if (outgoing)
        headerText.setLeft(g.header.right() - headerWidth - adverseBadgeWidth);
    headerText.setWidth(headerWidth + 1);
    painter->drawText(headerText, Qt::AlignLeft | Qt::AlignVCenter, elided);
    if (adverse)
        paintBadge(painter, QPoint(headerText.right() + kSpacing * 2, g.header.top()), badge, small,
                   QColor(0xc6, 0x28, 0x28), Qt::white);

    // The bubble.
    const QColor fill = outgoing ? QColor(0xdb, 0xea, 0xfe) : QColor(0xf1, 0xf3, 0xf5);
    painter->setBrush(fill);
    painter->setPen(adverse ? QPen(QColor(0xc6, 0x28, 0x28), 1.6) : QPen(fill.darker(108), 1));
    painter->drawRoundedRect(QRectF(g.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    painter->setPen(QColor(0x1f, 0x29, 0x37)); // bubbles are light in every palette
    text.draw(painter, g.text.topLeft());

    // Footer: where our reply is ("Queued" until an account sends it), with "Retry" when it failed.
    const QString delivery = deliveryText(index);
    if (!delivery.isEmpty()) {
        const DeliveryState state = deliveryState(index);
        const QColor color = state == DeliveryState::Failed ? QColor(0xc6, 0x28, 0x28)
                             : state == DeliveryState::Queued || state == DeliveryState::Unconfirmed
                                 ? QColor(0xb4, 0x53, 0x09)
                                 : muted;
        painter->setFont(small);
        QRect stateRect = g.footer;
        if (offersRetry(index)) {
            const QRect link = retryRect(option, index);
            QFont underlined = small;
            underlined.setUnderline(true);
            painter->setFont(underlined);
            painter->setPen(palette.color(QPalette::Link));
            painter->drawText(link, Qt::AlignRight | Qt::AlignVCenter, retryLinkText());
            painter->setFont(small);
            stateRect.setRight(link.left() - 1);
            painter->setPen(color);
            painter->drawText(stateRect, Qt::AlignRight | Qt::AlignVCenter, tr("%1 · ").arg(delivery));
        } else {
            painter->setPen(color);
            painter->drawText(stateRect, Qt::AlignRight | Qt::AlignVCenter, delivery);
        }
    }
    painter->restore();
}

QString MessageBubbleDelegate::retryLinkText()
{
    return tr("Retry");
}

QRect MessageBubbleDelegate::retryRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!offersRetry(index))
        return {};
    QTextLayout text;
    const Geometry g = layout(option, index, &text);
    const QFontMetrics metrics(smallFont(option.font));
    const int width = metrics.horizontalAdvance(retryLinkText()) + 2;
    return QRect(g.footer.right() - width + 1, g.footer.top(), width, g.footer.height());
}

bool MessageBubbleDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                        const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            retryRect(option, index).contains(mouse->position().toPoint())) {
            emit retryRequested(index.data(ThreadMessagesModel::MessageIdRole).toLongLong());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace ui
} // namespace vigie
