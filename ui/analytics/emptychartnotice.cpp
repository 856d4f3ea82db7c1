#include "ui/analytics/emptychartnotice.h"

#include <QAbstractAxis>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>

namespace vigie {
namespace ui {

EmptyChartNotice::EmptyChartNotice(QChartView *view, const QString &text)
    : QObject(view)
    , m_view(view)
    , m_label(new QLabel(text, view))
{
    m_label->setObjectName(QStringLiteral("chartEmptyNotice"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->hide();
    view->installEventFilter(this);
}

void EmptyChartNotice::setLegendWanted(bool wanted)
{
    m_legendWanted = wanted;
    m_view->chart()->legend()->setVisible(wanted && !m_empty);
}

void EmptyChartNotice::setEmpty(bool empty)
{
    m_empty = empty;
    for (QAbstractAxis *axis : m_view->chart()->axes())
        axis->setVisible(!empty);
    m_view->chart()->legend()->setVisible(m_legendWanted && !empty);
    m_label->setVisible(empty);
    place();
}

bool EmptyChartNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        place();
    return QObject::eventFilter(watched, event);
}

void EmptyChartNotice::place()
{
    // Below the title, across the width with a margin, vertically in the middle.
    const QRect area = m_view->rect().adjusted(24, 40, -24, -24);
    m_label->setGeometry(area);
}

} // namespace ui
} // namespace vigie
