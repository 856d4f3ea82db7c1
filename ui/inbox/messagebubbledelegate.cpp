#include "ui/inbox/messagebubbledelegate.h"

#include "inbox/searchhighlight.h"
#include "inbox/threadmessagesmodel.h"
#include "ui/inbox/conversationdelegate.h"
#include "ui/inbox/searchhitdelegate.h"
#include "ui/inbox/timelabels.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

namespace vigie {
namespace ui {

namespace {
constexpr int kMargin = 10;       // between the view's edge and a bubble
constexpr int kBubblePadding = 9; // between a bubble's edge and its text
constexpr int kSpacing = 4;
constexpr double kMaxBubbleShare = 0.78; // a bubble never spans the whole width: who spoke stays clear
const QColor kAlertRed(0xc6, 0x28, 0x28);

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
int layoutText(QTextLayout *layout, int maxWidth)
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

bool isFlagged(const QModelIndex &index)
{
    return index.data(ThreadMessagesModel::AdverseEventRole).toBool() &&
           !index.data(ThreadMessagesModel::OutgoingRole).toBool();
}

QList<EvidenceSpan> evidenceOf(const QModelIndex &index)
{
    QList<EvidenceSpan> spans;
    for (const QVariant &v : index.data(ThreadMessagesModel::EvidenceRole).toList()) {
        const QVariantMap map = v.toMap();
        spans << EvidenceSpan{static_cast<EvidenceKind>(map.value(QStringLiteral("kind")).toInt()),
                              map.value(QStringLiteral("start")).toInt(),
                              map.value(QStringLiteral("length")).toInt(),
                              map.value(QStringLiteral("text")).toString()};
    }
    return spans;
}
} // namespace

MessageBubbleDelegate::MessageBubbleDelegate(const Clock &clock, QTimeZone zone, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock)
    , m_zone(std::move(zone))
{}

QString MessageBubbleDelegate::retryLinkText()
{
    return tr("Retry");
}

QString MessageBubbleDelegate::adverseBannerText()
{
    return tr("Possible adverse event \u2013 sent to the pharmacovigilance queue");
}

QString MessageBubbleDelegate::openCaseLinkText()
{
    return tr("Open the case");
}

QColor MessageBubbleDelegate::evidenceColor(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Product:
        return QColor(0xbf, 0xdb, 0xfe); // blue
    case EvidenceKind::Symptom:
        return QColor(0xfe, 0xca, 0xca); // red
    case EvidenceKind::Experience:
        return QColor(0xe9, 0xd5, 0xff); // violet: never confused with the search's yellow
    }
    return QColor(0xe5, 0xe7, 0xeb);
}

QString MessageBubbleDelegate::evidenceKindName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Product:
        return tr("product");
    case EvidenceKind::Symptom:
        return tr("symptom or side effect");
    case EvidenceKind::Experience:
        return tr("someone telling what happened");
    }
    return {};
}

QString MessageBubbleDelegate::moderationText(const QString &moderation, Network network)
{
    if (moderation == QLatin1String("hidden"))
        return tr("Hidden on %1").arg(networkDisplayName(network));
    if (moderation == QLatin1String("deleted"))
        return tr("Deleted on %1").arg(networkDisplayName(network));
    return {};
}

QList<QTextLayout::FormatRange> MessageBubbleDelegate::textFormats(const QModelIndex &index,
                                                                   const QString &body) const
{
    QList<QTextLayout::FormatRange> formats;
    for (const EvidenceSpan &span : evidenceOf(index)) {
        if (span.start < 0 || span.length <= 0 || span.start + span.length > body.size())
            continue; // evidence from another version of the text: never paint beside the words
        QTextLayout::FormatRange range;
        range.start = span.start;
        range.length = span.length;
        range.format.setBackground(evidenceColor(span.kind));
        range.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        range.format.setUnderlineColor(evidenceColor(span.kind).darker(160));
        formats << range;
    }
    for (const TextRange &match : searchMatchRanges(body, m_searchTerms)) {
        QTextLayout::FormatRange range;
        range.start = match.start;
        range.length = match.length;
        range.format.setBackground(SearchHitDelegate::matchColor());
        range.format.setFontWeight(QFont::DemiBold);
        formats << range;
    }
    if (index.data(ThreadMessagesModel::ModerationRole).toString() == QLatin1String("deleted")) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = int(body.size());
        range.format.setFontStrikeOut(true);
        formats << range;
    }
    return formats;
}

MessageBubbleDelegate::Geometry MessageBubbleDelegate::layout(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index, QTextLayout *text,
                                                              QTextLayout *banner) const
{
    Geometry g;
    const int width = qMax(120, viewWidth(option));
    const int maxBubble = qMax(80, int((width - 2 * kMargin) * kMaxBubbleShare));
    const int maxText = maxBubble - 2 * kBubblePadding;
    const QString body = index.data(ThreadMessagesModel::BodyRole).toString();
    text->setText(body);
    text->setFont(option.font);
    text->setFormats(textFormats(index, body)); // before the layout: setting formats drops the lines
    int contentWidth = layoutText(text, maxText);
    const int textHeight = qCeil(text->boundingRect().height());
    const QFont small = smallFont(option.font);
    const int smallHeight = badgeHeight(small);
    const bool outgoing = index.data(ThreadMessagesModel::OutgoingRole).toBool();

    int bannerHeight = 0;
    int bannerTextHeight = 0;
    if (isFlagged(index)) {
        QFont bold = small;
        bold.setBold(true);
        banner->setText(adverseBannerText());
        banner->setFont(bold);
        contentWidth = qMax(contentWidth, layoutText(banner, maxText));
        const int linkWidth = QFontMetrics(small).horizontalAdvance(openCaseLinkText()) + 4;
        contentWidth = qMax(contentWidth, qMin(maxText, linkWidth));
        bannerTextHeight = qCeil(banner->boundingRect().height());
        bannerHeight = bannerTextHeight + kSpacing + QFontMetrics(small).height() + kBubblePadding;
    }

    const int top = option.rect.top() + kSpacing;
    g.header = QRect(option.rect.left() + kMargin, top, width - 2 * kMargin, smallHeight);
    const int bubbleWidth = qMax(contentWidth, 24) + 2 * kBubblePadding;
    const int bubbleLeft =
        outgoing ? option.rect.left() + width - kMargin - bubbleWidth : option.rect.left() + kMargin;
    g.bubble = QRect(bubbleLeft, g.header.bottom() + 1 + kSpacing, bubbleWidth,
                     bannerHeight + textHeight + 2 * kBubblePadding);
    if (bannerHeight > 0) {
        g.banner =
            QRect(g.bubble.left(), g.bubble.top(), g.bubble.width(), bannerHeight + kBubblePadding / 2);
        const QFontMetrics smallMetrics(small);
        const int linkWidth = smallMetrics.horizontalAdvance(openCaseLinkText()) + 4;
        g.bannerLink = QRect(g.bubble.left() + kBubblePadding,
                             g.bubble.top() + kBubblePadding + bannerTextHeight + kSpacing, linkWidth,
                             smallMetrics.height());
    }
    g.text = QRect(g.bubble.left() + kBubblePadding, g.bubble.top() + kBubblePadding + bannerHeight,
                   g.bubble.width() - 2 * kBubblePadding, textHeight);
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
    QTextLayout banner;
    const Geometry g = layout(opt, index, &text, &banner);
    return {viewWidth(option), g.height};
}

void MessageBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QTextLayout text;
    QTextLayout banner;
    const Geometry g = layout(option, index, &text, &banner);
    const bool outgoing = index.data(ThreadMessagesModel::OutgoingRole).toBool();
    const bool adverse = index.data(ThreadMessagesModel::AdverseEventRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QString moderation = index.data(ThreadMessagesModel::ModerationRole).toString();
    const QPalette &palette = option.palette;
    const QFont small = smallFont(option.font);
    QColor muted = palette.color(QPalette::Text);
    muted.setAlphaF(0.65f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Header: author · time, on the bubble's side; the adverse-event and moderation badges next to it.
    const QString author = index.data(ThreadMessagesModel::AuthorRole).toString();
    const QString time =
        messageTimeLabel(index.data(ThreadMessagesModel::CreatedAtRole).toDateTime(), m_clock.now(), m_zone);
    const QString header = time.isEmpty() ? author : tr("%1 · %2").arg(author, time);
    const QString badge = adverse ? ConversationDelegate::adverseEventBadgeText() : QString();
    const QString moderationBadge = moderationText(moderation, m_network);
    const int badgesWidth =
        (adverse ? badgeWidth(badge, small) + kSpacing * 2 : 0) +
        (moderationBadge.isEmpty() ? 0 : badgeWidth(moderationBadge, small) + kSpacing * 2);
    painter->setFont(small);
    painter->setPen(muted);
    const QFontMetrics smallMetrics(small);
    const QString elided =
        smallMetrics.elidedText(header, Qt::ElideRight, qMax(40, g.header.width() - badgesWidth));
    const int headerWidth = smallMetrics.horizontalAdvance(elided);
    QRect headerText = g.header;
    if (outgoing)
        headerText.setLeft(g.header.right() - headerWidth - badgesWidth);
    headerText.setWidth(headerWidth + 1);
    painter->drawText(headerText, Qt::AlignLeft | Qt::AlignVCenter, elided);
    int x = headerText.right() + kSpacing * 2;
    if (adverse)
        x +=
            paintBadge(painter, QPoint(x, g.header.top()), badge, small, kAlertRed, Qt::white) + kSpacing * 2;
    if (!moderationBadge.isEmpty())
        paintBadge(painter, QPoint(x, g.header.top()), moderationBadge, small, QColor(0x4b, 0x55, 0x63),
                   Qt::white);

    // The bubble; the selected one (hide/delete act on it) gets the highlight colour as its edge.
    const QColor fill = moderation.isEmpty()
                            ? (outgoing ? QColor(0xdb, 0xea, 0xfe) : QColor(0xf1, 0xf3, 0xf5))
                            : QColor(0xe5, 0xe7, 0xeb);
    painter->setBrush(fill);
    QPen edge = adverse ? QPen(kAlertRed, 1.6) : QPen(fill.darker(108), 1);
    if (selected)
        edge = QPen(palette.color(QPalette::Highlight), 2.2);
    if (!moderation.isEmpty())
        edge.setStyle(Qt::DashLine);
    painter->setPen(edge);
    painter->drawRoundedRect(QRectF(g.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);

    if (g.banner.isValid()) {
        // The adverse-event strip: rounded on top like the bubble, straight where the text starts.
        QPainterPath strip;
        const QRectF b = QRectF(g.banner).adjusted(1.2, 1.2, -1.2, 0);
        strip.addRoundedRect(b, 9, 9);
        QPainterPath square;
        square.addRect(b.adjusted(0, b.height() / 2, 0, 0));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xfd, 0xec, 0xea));
        painter->drawPath(strip.united(square));
        painter->setPen(QColor(0x8a, 0x1c, 0x1c));
        banner.draw(painter, QPointF(g.bubble.left() + kBubblePadding, g.bubble.top() + kBubblePadding));
        QFont underlined = small;
        underlined.setUnderline(true);
        painter->setFont(underlined);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(g.bannerLink, Qt::AlignLeft | Qt::AlignVCenter, openCaseLinkText());
    }

    // The text was laid out with its evidence and search matches marked (see textFormats).
    painter->setPen(moderation.isEmpty() ? QColor(0x1f, 0x29, 0x37) : QColor(0x4b, 0x55, 0x63));
    text.draw(painter, g.text.topLeft());

    // Footer: where our reply is ("Queued" until an account sends it), with "Retry" when it failed.
    const QString delivery = deliveryText(index);
    if (!delivery.isEmpty()) {
        const DeliveryState state = deliveryState(index);
        const QColor color = state == DeliveryState::Failed ? kAlertRed
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

QRect MessageBubbleDelegate::retryRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!offersRetry(index))
        return {};
    QTextLayout text;
    QTextLayout banner;
    const Geometry g = layout(option, index, &text, &banner);
    const QFontMetrics metrics(smallFont(option.font));
    const int width = metrics.horizontalAdvance(retryLinkText()) + 2;
    return QRect(g.footer.right() - width + 1, g.footer.top(), width, g.footer.height());
}

QRect MessageBubbleDelegate::openCaseRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isFlagged(index))
        return {};
    QTextLayout text;
    QTextLayout banner;
    return layout(option, index, &text, &banner).bannerLink;
}

QString MessageBubbleDelegate::toolTipAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                         const QPoint &pos) const
{
    const QList<EvidenceSpan> spans = evidenceOf(index);
    QTextLayout text;
    QTextLayout banner;
    const Geometry g = layout(option, index, &text, &banner);
    if (g.bannerLink.contains(pos))
        return tr("Open this message's case in the triage queue");
    if (spans.isEmpty() || !g.text.contains(pos))
        return {};
    const QPointF local = pos - g.text.topLeft();
    for (int i = 0; i < text.lineCount(); ++i) {
        const QTextLine line = text.lineAt(i);
        if (local.y() < line.y() || local.y() >= line.y() + line.height())
            continue;
        if (local.x() > line.naturalTextWidth())
            return {};
        const int cursor = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        for (const EvidenceSpan &span : spans) {
            if (cursor >= span.start && cursor < span.start + span.length) {
                const QString words = text.text().mid(span.start, span.length);
                return tr("Possible adverse event: %1 \u201c%2\u201d")
                    .arg(evidenceKindName(span.kind), words);
            }
        }
        return {};
    }
    return {};
}

bool MessageBubbleDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString tip = toolTipAt(option, index, event->pos());
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true; // no message-wide tooltip: the bubble already shows everything
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool MessageBubbleDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                        const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = mouse->position().toPoint();
        if (mouse->button() == Qt::LeftButton && retryRect(option, index).contains(pos)) {
            emit retryRequested(index.data(ThreadMessagesModel::MessageIdRole).toLongLong());
            return true;
        }
        if (mouse->button() == Qt::LeftButton && openCaseRect(option, index).contains(pos)) {
            emit openCaseRequested(index.data(ThreadMessagesModel::MessageIdRole).toLongLong());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace ui
} // namespace vigie
