#pragma once

#include "core/status.h"
#include "core/types.h"
#include "listening/daterange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

namespace vigie {
class Database;
}

namespace vigie {
namespace ui {

// What the PDF report covers.
struct ReportRequest
{
    Workspace workspace;
    DateRange range;
    QDateTime createdAt = QDateTime::currentDateTime(); // printed on the first page
};

// The analytics report as a PDF (QPdfWriter, A4): the workspace and period on the first page,
// a summary table per brand (mentions, change against the previous period of the same length,
// share of voice, positive and negative shares, possible adverse events), then every chart of
// reportCharts() drawn as vectors, two per page, with page numbers. In the interface language:
// text through tr(), dates and numbers in QLocale(). Needs a QApplication (charts are widgets).
class AnalyticsReport
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsReport)

public:
    // Told after each page (done of total); returning false stops and writes nothing.
    using Progress = std::function<bool(int done, int total)>;

    AnalyticsReport(Database &db, ReportRequest request);

    // Writes the report to path atomically: a complete PDF or nothing (an existing file stays).
    Status write(const QString &path, const Progress &progress = {});
    // Pages of the last report written.
    int pageCount() const { return m_pageCount; }

private:
    Database &m_db;
    ReportRequest m_request;
    int m_pageCount = 0;
};

} // namespace ui
} // namespace vigie
