#include "ui/composer/compliancelist.h"

#include <QStyle>

namespace vigie {
namespace ui {

ComplianceList::ComplianceList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("complianceList"));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setMaximumHeight(120);
    hide();
}

void ComplianceList::setFindings(const QList<ComplianceFinding> &findings)
{
    clear();
    m_errors = m_warnings = 0;
    QList<ComplianceFinding> ordered;
    for (const ComplianceFinding &f : findings) {
        if (f.isError())
            ordered << f;
    }
    for (const ComplianceFinding &f : findings) {
        if (!f.isError())
            ordered << f;
    }
    for (const ComplianceFinding &f : std::as_const(ordered)) {
        const bool error = f.isError();
        (error ? m_errors : m_warnings)++;
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            f.message, this);
        item->setData(Qt::UserRole, f.code);
        item->setData(Qt::UserRole + 1, error);
        item->setToolTip(error ? tr("Blocks submitting, scheduling and publishing")
                               : tr("Shown to the reviewers"));
        if (error)
            item->setForeground(QColor(0xb9, 0x1c, 0x1c));
    }
    setVisible(!ordered.isEmpty());
}

} // namespace ui
} // namespace vigie
