#include "ui/calendar/statelegend.h"

#include "core/poststate.h"
#include "ui/calendar/chippainter.h"

#include <QEvent>
#include <QPainter>

namespace vigie {
namespace ui {

namespace {
constexpr int kColumns = 1; // one column keeps the side panel narrow (French names are long)
int rowHeight(const QFontMetrics &fm)
{
    return fm.height() + 4;
}
} // namespace

StateLegend::StateLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stateLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize StateLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    const QList<PostState> states = allPostStates();
    int widest = 0;
    for (PostState state : states)
        widest = qMax(widest, fm.horizontalAdvance(postStateDisplayName(state)));
    const int rows = int((states.size() + kColumns - 1) / kColumns);
    return QSize(kColumns * (widest + fm.height() + 12), rows * rowHeight(fm));
}

void StateLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics fm(font());
    const QList<PostState> states = allPostStates();
    const int rows = int((states.size() + kColumns - 1) / kColumns);
    const int columnWidth = width() / kColumns;
    const int marker = qMin(fm.height() - 2, 14);
    painter.setPen(palette().color(QPalette::WindowText));
    for (qsizetype i = 0; i < states.size(); ++i) {
        const int column = int(i) / rows;
        const int row = int(i) % rows;
        const QRect cell(column * columnWidth, row * rowHeight(fm), columnWidth, rowHeight(fm));
        paintStateMarker(painter,
                         QRectF(cell.left(), cell.top() + (cell.height() - marker) / 2.0, marker, marker),
                         states[i]);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect text = cell.adjusted(marker + 4, 0, -2, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(postStateDisplayName(states[i]), Qt::ElideRight, text.width()));
    }
}

void StateLegend::changeEvent(QEvent *event)
{
    // State names are translated: a language change changes the size.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace ui
} // namespace vigie
