#include "ui/inbox/conversationdelegate.h"

#include "core/types.h"
#include "inbox/conversationlistmodel.h"
#include "ui/inbox/timelabels.h"
#include "ui/widgets/networkicon.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace vigie {
namespace ui {

namespace {
constexpr int kPadding = 8;
constexpr int kDotGutter = 14; // room for the unread dot left of the icon
constexpr int kIconSize = 24;
constexpr int kGap = 8;
constexpr int kLineGap = 3;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

// The first two lines of text at width, the second one elided when more follows.
QStringList twoLines(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    QTextLine first = layout.createLine();
    if (first.isValid()) {
        first.setLineWidth(width);
        lines << text.mid(first.textStart(), first.textLength()).trimmed();
        const QString rest = text.mid(first.textStart() + first.textLength()).trimmed();
        if (!rest.isEmpty())
            lines << QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
    }
    layout.endLayout();
    return lines;
}

QColor statusColor(ThreadStatus status)
{
    switch (status) {
    case ThreadStatus::Open:
        return QColor(0x25, 0x63, 0xeb);
    case ThreadStatus::Pending:
        return QColor(0xb4, 0x53, 0x09);
    case ThreadStatus::Done:
        return QColor(0x15, 0x80, 0x3d);
    case ThreadStatus::Unknown:
        break;
    }
    return QColor(0x6b, 0x72, 0x80);
}
} // namespace

int badgeHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 4;
}

int badgeWidth(const QString &text, const QFont &font)
{
    return QFontMetrics(font).horizontalAdvance(text) + 12;
}

int paintBadge(QPainter *painter, const QPoint &topLeft, const QString &text, const QFont &font,
               const QColor &fill, const QColor &textColor)
{
    const QRect rect(topLeft, QSize(badgeWidth(text, font), badgeHeight(font)));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter->setFont(font);
    painter->setPen(textColor);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
    return rect.width();
}

ConversationDelegate::ConversationDelegate(const Clock &clock, QTimeZone zone, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock)
    , m_zone(std::move(zone))
{}

QString ConversationDelegate::adverseEventBadgeText()
{
    return tr("Possible adverse event");
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = kPadding + QFontMetrics(bold).height() + kLineGap +
                       2 * QFontMetrics(option.font).lineSpacing() + kLineGap +
                       badgeHeight(smallFont(option.font)) + kPadding;
    return {kPadding * 2 + kDotGutter + kIconSize + kGap + 200, height};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = textColor;
    mutedColor.setAlphaF(0.65f);

    const bool read = index.data(ConversationListModel::ReadRole).toBool();
    const auto network = static_cast<Network>(index.data(ConversationListModel::NetworkRole).toInt());
    const auto status = static_cast<ThreadStatus>(index.data(ConversationListModel::StatusRole).toInt());
    const QRect r = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont authorFont = opt.font;
    authorFont.setBold(!read);
    const QFontMetrics authorMetrics(authorFont);
    const int firstLineCenter = r.top() + authorMetrics.height() / 2;

    if (!read) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? textColor : QColor(0x25, 0x63, 0xeb));
        painter->drawEllipse(QPointF(r.left() + 4, firstLineCenter), 4, 4);
    }
    const QRect iconRect(r.left() + kDotGutter, r.top(), kIconSize, kIconSize);
    networkIcon(network).paint(painter, iconRect);

    const int textLeft = iconRect.right() + 1 + kGap;
    const int textWidth = r.right() - textLeft;

    // Line 1: author, time on the right.
    const QFont small = smallFont(opt.font);
    const QString time = conversationTimeLabel(
        index.data(ConversationListModel::LastMessageAtRole).toDateTime(), m_clock.now(), m_zone);
    painter->setFont(small);
    painter->setPen(read ? mutedColor : textColor);
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
    const QRect timeRect(r.right() - timeWidth, r.top(), timeWidth, authorMetrics.height());
    painter->drawText(timeRect, Qt::AlignRight | Qt::AlignVCenter, time);

    painter->setFont(authorFont);
    painter->setPen(textColor);
    const QRect authorRect(textLeft, r.top(), qMax(0, timeRect.left() - kGap - textLeft),
                           authorMetrics.height());
    painter->drawText(authorRect, Qt::AlignLeft | Qt::AlignVCenter,
                      authorMetrics.elidedText(index.data(ConversationListModel::LastAuthorRole).toString(),
                                               Qt::ElideRight, authorRect.width()));

    // Lines 2 and 3: the last message.
    painter->setFont(opt.font);
    painter->setPen(read ? mutedColor : textColor);
    const QFontMetrics bodyMetrics(opt.font);
    int y = r.top() + authorMetrics.height() + kLineGap;
    const auto lines =
        twoLines(index.data(ConversationListModel::SnippetRole).toString(), opt.font, textWidth);
    for (const QString &line : lines) {
        painter->drawText(QRect(textLeft, y, textWidth, bodyMetrics.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += bodyMetrics.lineSpacing();
    }

    // Line 4: adverse-event badge, account and message count; the status on the right.
    y = r.top() + authorMetrics.height() + kLineGap + 2 * bodyMetrics.lineSpacing() + kLineGap;
    int x = textLeft;
    const QString statusText = threadStatusDisplayName(status);
    QColor statusFill = statusColor(status);
    statusFill.setAlphaF(0.14f);
    const int statusWidth = badgeWidth(statusText, small);
    paintBadge(painter, QPoint(r.right() - statusWidth, y), statusText, small, statusFill,
               selected ? textColor : statusColor(status));
    if (index.data(ConversationListModel::AdverseEventRole).toBool()) {
        x += paintBadge(painter, QPoint(x, y), adverseEventBadgeText(), small, QColor(0xc6, 0x28, 0x28),
                        Qt::white) +
             kGap;
    }
    const int count = index.data(ConversationListModel::MessageCountRole).toInt();
    const QString details = tr("%1 · %n message(s)", nullptr, count)
                                .arg(index.data(ConversationListModel::AccountHandleRole).toString());
    const QRect detailRect(x, y, qMax(0, r.right() - statusWidth - kGap - x), badgeHeight(small));
    painter->setFont(small);
    painter->setPen(mutedColor);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(details, Qt::ElideRight, detailRect.width()));

    // A hairline between rows.
    painter->setPen(palette.color(QPalette::Midlight));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    painter->restore();
}

} // namespace ui
} // namespace vigie
