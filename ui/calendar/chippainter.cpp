#include "ui/calendar/chippainter.h"

#include "ui/widgets/networkicon.h"

#include <QFontMetrics>
#include <QIconEngine>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace vigie {
namespace ui {

namespace {
struct MarkerLook
{
    QColor color;
    QChar glyph;
    bool hollow = false;
    bool half = false; // half-filled: on its way (in review)
};

MarkerLook markerLook(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return {QColor(0x6b, 0x72, 0x80), QChar(), true};
    case PostState::InReview:
        return {QColor(0xd9, 0x77, 0x06), QChar(), true, true};
    case PostState::ChangesRequested:
        return {QColor(0xc2, 0x41, 0x0c), QLatin1Char('!')};
    case PostState::Approved:
        return {QColor(0x15, 0x80, 0x3d), QChar(0x2713), true}; // ✓ outlined: approved, not yet out
    case PostState::Scheduled:
        return {QColor(0x1d, 0x4e, 0xd8), QChar()};
    case PostState::Publishing:
        return {QColor(0x1d, 0x4e, 0xd8), QChar(0x2191)}; // ↑
    case PostState::Published:
        return {QColor(0x15, 0x80, 0x3d), QChar(0x2713)};
    case PostState::Failed:
        return {QColor(0xdc, 0x26, 0x26), QLatin1Char('!')};
    case PostState::Unconfirmed:
        return {QColor(0xea, 0x58, 0x0c), QLatin1Char('?')};
    case PostState::Unknown:
        break;
    }
    return {QColor(0x9c, 0xa3, 0xaf), QLatin1Char('?')};
}
// Draws the marker at whatever size a view asks, crisp on high-DPI screens.
class StateIconEngine : public QIconEngine
{
public:
    explicit StateIconEngine(PostState state)
        : m_state(state)
    {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        paintStateMarker(*painter, QRectF(rect), m_state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }
    QIconEngine *clone() const override { return new StateIconEngine(m_state); }

private:
    PostState m_state;
};
} // namespace

QIcon stateIcon(PostState state)
{
    return QIcon(new StateIconEngine(state));
}

void paintRepeatMark(QPainter &painter, const QRectF &rect, const QColor &color)
{
    // Three quarters of a circle with an arrow head: the usual "repeats" sign.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle =
        rect.adjusted(rect.width() * 0.18, rect.height() * 0.18, -rect.width() * 0.18, -rect.height() * 0.18);
    const qreal pen = qMax(1.2, rect.width() / 9.0);
    painter.setPen(QPen(color, pen, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(circle, 30 * 16, 280 * 16);
    const QPointF tip(circle.right(), circle.center().y() - circle.height() * 0.08);
    const qreal head = circle.width() * 0.38;
    QPainterPath arrow;
    arrow.moveTo(tip + QPointF(-head * 0.55, -head * 0.75));
    arrow.lineTo(tip + QPointF(head * 0.15, 0));
    arrow.lineTo(tip + QPointF(head * 0.75, -head * 0.6));
    painter.drawPath(arrow);
    painter.restore();
}

int chipHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 6;
}

void paintStateMarker(QPainter &painter, const QRectF &rect, PostState state)
{
    const MarkerLook look = markerLook(state);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle = rect.adjusted(1, 1, -1, -1);
    if (look.hollow) {
        painter.setPen(QPen(look.color, 1.5));
        painter.setBrush(Qt::white);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(look.color);
    }
    painter.drawEllipse(circle);
    if (look.half) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(look.color);
        painter.drawPie(circle, 90 * 16, 180 * 16);
    }
    if (!look.glyph.isNull()) {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(circle.height() * 0.8)));
        painter.setFont(font);
        painter.setPen(look.hollow ? look.color : QColor(Qt::white));
        painter.drawText(circle, Qt::AlignCenter, QString(look.glyph));
    }
    painter.restore();
}

void paintChip(QPainter &painter, const QRect &rect, const CalendarEntry &entry, const QPalette &palette,
               const ChipOptions &options)
{
    if (rect.width() < 4 || rect.height() < 4)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (options.faded)
        painter.setOpacity(0.35);
    else if (options.ghost)
        painter.setOpacity(0.85);

    // A light tint of the brand colour with a solid bar on the left: readable text on any brand.
    const QColor base = palette.color(QPalette::Base);
    QColor tint = entry.color;
    tint.setAlphaF(0.22f);
    const QRectF body = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(options.selected || options.ghost ? QPen(palette.color(QPalette::Highlight), 2)
                                                     : QPen(entry.color.darker(115), 1));
    painter.setBrush(base);
    painter.drawRoundedRect(body, 3, 3);
    painter.setBrush(tint);
    painter.drawRoundedRect(body, 3, 3);
    painter.setPen(Qt::NoPen);
    painter.setBrush(entry.color);
    painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2);

    const QFontMetrics fm(painter.font());
    const int lineHeight = fm.height();
    const int iconSize = qMin(lineHeight - 2, 14);
    int x = rect.left() + 7;
    const int firstLineTop = rect.top() + (options.twoLines ? 3 : (rect.height() - lineHeight) / 2);
    const int right = rect.right() - 3;

    paintStateMarker(painter, QRectF(x, firstLineTop + (lineHeight - iconSize) / 2.0, iconSize, iconSize),
                     entry.state);
    x += iconSize + 3;
    if (entry.recurring && right - x > 3 * iconSize) {
        paintRepeatMark(painter, QRectF(x, firstLineTop + (lineHeight - iconSize) / 2.0, iconSize, iconSize),
                        palette.color(QPalette::Text));
        x += iconSize + 2;
    }

    painter.setPen(palette.color(QPalette::Text));
    // Network icons overlap like a stack of cards, so three networks take little more room than
    // one. A narrow one-line chip gives up its time (the tooltip and the week view have it)
    // before it gives up its text.
    const int networkCount = int(qMin<qsizetype>(entry.networks.size(), 4));
    const int iconStep = iconSize * 3 / 5;
    const int iconsWidth = networkCount > 0 ? iconSize + (networkCount - 1) * iconStep + 3 : 0;
    QFont bold = painter.font();
    bold.setBold(true);
    const QString time = QLocale().toString(entry.local.time(), QLocale::ShortFormat);
    const int timeWidth = QFontMetrics(bold).horizontalAdvance(time) + 4;
    const int minimumText = 6 * fm.averageCharWidth();
    const bool drawTime =
        options.showTime && (options.twoLines || right - x - timeWidth - iconsWidth >= minimumText);
    if (drawTime && x + timeWidth <= right) {
        const QFont regular = painter.font();
        painter.setFont(bold);
        painter.drawText(QRect(x, firstLineTop, timeWidth, lineHeight), Qt::AlignVCenter, time);
        painter.setFont(regular);
        x += timeWidth;
    }
    if (networkCount > 0 && x + iconsWidth <= right) {
        const int iconTop = firstLineTop + (lineHeight - iconSize) / 2;
        painter.setPen(Qt::NoPen);
        for (int i = 0; i < networkCount; ++i) {
            const QRect icon(x + i * iconStep, iconTop, iconSize, iconSize);
            painter.setBrush(palette.color(QPalette::Base)); // a thin ring separates the cards
            painter.drawRoundedRect(QRectF(icon).adjusted(-1, -1, 1, 1), iconSize * 0.3, iconSize * 0.3);
            networkIcon(entry.networks[i]).paint(&painter, icon);
        }
        painter.setPen(palette.color(QPalette::Text));
        x += iconsWidth;
    }
    x += 2;

    QRect textRect = options.twoLines
                         ? QRect(rect.left() + 7, firstLineTop + lineHeight, right - rect.left() - 7,
                                 rect.bottom() - firstLineTop - lineHeight - 2)
                         : QRect(x, firstLineTop, right - x, lineHeight);
    if (textRect.width() > fm.averageCharWidth() && textRect.height() >= lineHeight) {
        if (options.twoLines) {
            // As many whole lines of the text as fit (drawText clips to the rectangle); a single
            // line is elided so a cut is visible.
            const int lines = textRect.height() / lineHeight;
            textRect.setHeight(lines * lineHeight);
            if (lines == 1)
                painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop,
                                 fm.elidedText(entry.title, Qt::ElideRight, textRect.width()));
            else
                painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, entry.title);
        } else {
            painter.drawText(textRect, Qt::AlignVCenter,
                             fm.elidedText(entry.title, Qt::ElideRight, textRect.width()));
        }
    }
    painter.restore();
}

} // namespace ui
} // namespace vigie
