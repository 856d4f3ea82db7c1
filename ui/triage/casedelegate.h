#pragma once

#include "pharmacovigilance/caseassessment.h"

#include <QStyledItemDelegate>

namespace vigie {
namespace ui {

// One case in the queue: the deadline (red when overdue, amber when three days or fewer are
// left), network and author on the first line, then two lines of the text with the evidence
// highlighted.
class CaseDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor urgencyColor(CaseUrgency urgency, const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ui
} // namespace vigie
