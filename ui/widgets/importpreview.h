#pragma once

#include <QList>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace vigie {
namespace ui {

// The read-only preview table of a file import (schedule CSV, community comments CSV): one row
// per record, the columns sized to their contents except those in stretchColumns, which share
// the rest of the width. Object name "previewTable", as the import tests find it.
QTableWidget *createImportPreviewTable(const QStringList &headers, const QList<int> &stretchColumns,
                                       QWidget *parent);

} // namespace ui
} // namespace vigie
