#include "ui/widgets/importpreview.h"

#include <QHeaderView>
#include <QTableWidget>

namespace vigie {
namespace ui {

QTableWidget *createImportPreviewTable(const QStringList &headers, const QList<int> &stretchColumns,
                                       QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QStringLiteral("previewTable"));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    for (int column = 0; column < headers.size(); ++column)
        table->horizontalHeader()->setSectionResizeMode(
            column, stretchColumns.contains(column) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    return table;
}

} // namespace ui
} // namespace vigie
