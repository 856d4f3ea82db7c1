#include "ui/inbox/searchhitdelegate.h"

#include "core/types.h"
#include "inbox/messagesearchmodel.h"
#include "ui/inbox/conversationdelegate.h"
#include "ui/inbox/timelabels.h"
#include "ui/widgets/networkicon.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace vigie {
namespace ui {

namespace {
constexpr int kPadding = 8;
constexpr int kIconSize = 20;
constexpr int kGap = 8;
constexpr int kLineGap = 3;
constexpr int kLeadIn = 40; // characters kept before a match that would fall out of sight

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}
} // namespace

SearchHitDelegate::SearchHitDelegate(const Clock &clock, QTimeZone zone, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock)
    , m_zone(std::move(zone))
{}

QColor SearchHitDelegate::matchColor()
{
    return QColor(0xfd, 0xe0, 0x47); // a marker yellow, readable under dark text
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = kPadding + QFontMetrics(bold).height() + kLineGap +
                       2 * QFontMetrics(option.font).lineSpacing() + kPadding;
    return {kPadding * 2 + kIconSize + kGap + 200, height};
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
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
    const QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = textColor;
    muted.setAlphaF(0.65f);
    const QRect r = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const auto network = static_cast<Network>(index.data(MessageSearchModel::NetworkRole).toInt());

    painter->save();
    networkIcon(network).paint(painter, QRect(r.left(), r.top(), kIconSize, kIconSize));
    const int left = r.left() + kIconSize + kGap;
    const int width = r.right() - left;

    // Line 1: author · account, the adverse badge, the time on the right.
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFont small = smallFont(opt.font);
    const QString time = conversationTimeLabel(index.data(MessageSearchModel::CreatedAtRole).toDateTime(),
                                               m_clock.now(), m_zone);
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(QRect(r.right() - timeWidth, r.top(), timeWidth, boldMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);
    int right = r.right() - timeWidth - kGap;
    if (index.data(MessageSearchModel::AdverseEventRole).toBool()) {
        const QString badge = ConversationDelegate::adverseEventBadgeText();
        const int w = badgeWidth(badge, small);
        if (right - w > left + 80) {
            paintBadge(painter, QPoint(right - w, r.top() + (boldMetrics.height() - badgeHeight(small)) / 2),
                       badge, small, QColor(0xc6, 0x28, 0x28), Qt::white);
            right -= w + kGap;
        }
    }
    const QString author = index.data(MessageSearchModel::AuthorRole).toString();
    const QString account = index.data(MessageSearchModel::AccountHandleRole).toString();
    painter->setFont(bold);
    painter->setPen(textColor);
    const QString authorText = boldMetrics.elidedText(author, Qt::ElideRight, qMax(0, right - left));
    painter->drawText(QRect(left, r.top(), right - left, boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, authorText);
    const int authorWidth = boldMetrics.horizontalAdvance(authorText);
    painter->setFont(small);
    painter->setPen(muted);
    const int accountLeft = left + authorWidth + kGap;
    if (right - accountLeft > 30)
        painter->drawText(
            QRect(accountLeft, r.top(), right - accountLeft, boldMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(tr("to %1").arg(account), Qt::ElideRight, right - accountLeft));

    // Lines 2 and 3: the message, matches highlighted, starting near the first match.
    QString body = index.data(MessageSearchModel::BodyRole).toString();
    QList<QTextLayout::FormatRange> formats;
    int shift = 0;
    const QVariantList highlights = index.data(MessageSearchModel::HighlightsRole).toList();
    if (!highlights.isEmpty()) {
        const int firstMatch = highlights.first().toPoint().x();
        // Roughly what two lines hold; past that, cut the start so the match shows.
        const int twoLines = 2 * width / qMax(1, QFontMetrics(opt.font).averageCharWidth());
        if (firstMatch > twoLines - 20 && firstMatch > kLeadIn) {
            int cut = firstMatch - kLeadIn;
            while (cut < firstMatch && !body.at(cut).isSpace())
                ++cut;
            shift = cut - 1; // the ellipsis takes one character's place
            body = QChar(0x2026) + body.mid(cut);
        }
    }
    for (const QVariant &v : highlights) {
        const QPoint range = v.toPoint();
        const int start = range.x() - shift;
        if (start < 0 || start >= body.size())
            continue;
        QTextLayout::FormatRange format;
        format.start = start;
        format.length = range.y();
        format.format.setBackground(matchColor());
        format.format.setForeground(QColor(0x1f, 0x29, 0x37));
        format.format.setFontWeight(QFont::DemiBold);
        formats << format;
    }
    // Line breaks become spaces so two lines show as much text as they can.
    for (QChar &c : body) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    QTextLayout layout(body, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    const int top = r.top() + boldMetrics.height() + kLineGap;
    qreal y = 0;
    int lines = 0;
    bool more = false;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        if (lines == 2) {
            line.setLineWidth(width); // laid out below the clip: only says more text follows
            line.setPosition(QPointF(0, y));
            more = true;
            break;
        }
        line.setLineWidth(width - (lines == 1 ? QFontMetrics(opt.font).horizontalAdvance(QChar(0x2026)) : 0));
        line.setPosition(QPointF(0, y));
        y += line.height();
        ++lines;
    }
    layout.endLayout();
    painter->setPen(textColor);
    painter->setClipRect(QRect(left, top, width, int(y) + 1));
    layout.draw(painter, QPointF(left, top));
    if (more && layout.lineCount() >= 2) {
        const QTextLine last = layout.lineAt(1);
        painter->setFont(opt.font);
        painter->drawText(QPointF(left + last.naturalTextWidth(), top + last.y() + last.ascent()),
                          QString(QChar(0x2026)));
    }
    painter->setClipping(false);
    painter->setPen(opt.palette.color(QPalette::Midlight));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    painter->restore();
}

} // namespace ui
} // namespace vigie
