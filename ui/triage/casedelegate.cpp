#include "ui/triage/casedelegate.h"

#include "pharmacovigilance/casequeuemodel.h"
#include "ui/widgets/networkicon.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace vigie {
namespace ui {

namespace {
constexpr int kMargin = 8;
constexpr int kTextLines = 2;
} // namespace

QColor CaseDelegate::urgencyColor(CaseUrgency urgency, const QPalette &palette)
{
    switch (urgency) {
    case CaseUrgency::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case CaseUrgency::DueSoon:
        return QColor(0xc7, 0x7c, 0x00);
    case CaseUrgency::OnTime:
    case CaseUrgency::Closed:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QSize CaseDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.lineSpacing();
    return {300, kMargin * 2 + line * (1 + kTextLines) + 4};
}

void CaseDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm(option.font);
    const auto urgency = CaseUrgency(index.data(CaseQueueModel::UrgencyRole).toInt());

    painter->save();
    // First line: the deadline in its colour, then network and author.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QString deadline = index.data(CaseQueueModel::DeadlineTextRole).toString();
    const QColor deadlineColor =
        selected && urgency != CaseUrgency::Overdue && urgency != CaseUrgency::DueSoon
            ? textColor
            : urgencyColor(urgency, palette);
    QRect line(area.left(), area.top(), area.width(), fm.lineSpacing());
    if (urgency == CaseUrgency::Overdue || urgency == CaseUrgency::DueSoon) {
        // A filled badge: the colour must read even on a selected row.
        const int w = QFontMetrics(bold).horizontalAdvance(deadline) + 10;
        painter->setPen(Qt::NoPen);
        painter->setBrush(deadlineColor);
        painter->drawRoundedRect(QRect(line.left(), line.top(), w, line.height()), 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(QRect(line.left() + 5, line.top(), w - 10, line.height()), Qt::AlignVCenter,
                          deadline);
        line.setLeft(line.left() + w + 8);
    } else {
        painter->setPen(deadlineColor);
        painter->drawText(line, Qt::AlignVCenter, deadline);
        line.setLeft(line.left() + QFontMetrics(bold).horizontalAdvance(deadline) + 8);
    }
    const auto network = Network(index.data(CaseQueueModel::NetworkRole).toInt());
    const QIcon icon = networkIcon(network);
    if (!icon.isNull()) {
        const int s = fm.height();
        icon.paint(painter, QRect(line.left(), line.top() + (line.height() - s) / 2, s, s));
        line.setLeft(line.left() + s + 4);
    }
    painter->setFont(option.font);
    painter->setPen(textColor);
    const QString who =
        QStringLiteral("%1 \u00b7 %2")
            .arg(networkDisplayName(network), index.data(CaseQueueModel::AuthorRole).toString());
    painter->drawText(line, Qt::AlignVCenter, fm.elidedText(who, Qt::ElideRight, line.width()));

    // Then the text, highlighted, clipped to two lines.
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(textColor.name()));
    doc.setHtml(QStringLiteral("<body>%1</body>").arg(index.data(CaseQueueModel::TextHtmlRole).toString()));
    doc.setTextWidth(area.width());
    const QRect textRect(area.left(), line.bottom() + 4, area.width(), fm.lineSpacing() * kTextLines);
    painter->translate(textRect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), textRect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, textColor);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace ui
} // namespace vigie
