#pragma once

#include "cli/mentionstats.h"
#include "ui/report/reporttable.h"

#include <QCoreApplication>

namespace vigie {
namespace ui {

// The report's summary table: one row per brand (own brands first, competitors marked) and a
// bold "All brands" row, with figures written the interface language's way.
class ReportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummary)

public:
    static ReportTable table(const MentionStats &stats);
    // What the columns mean, printed under the table.
    static QString notes(const MentionStats &stats);

    static QString percent(double value);
    // "+12.5%", "−3.0%", "new" (none before), "—" (none before or now).
    static QString change(qint64 previous, qint64 current);
};

} // namespace ui
} // namespace vigie
