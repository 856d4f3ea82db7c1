#pragma once

#include "core/status.h"
#include "listening/daterange.h"
#include "ui/appcontext.h"

#include <QObject>

class QWidget;

namespace vigie {
namespace ui {

// The window's "Export report (PDF)…": asks where to save, writes the report for a period with
// a progress dialog (shown when it takes more than a moment, cancellable) and says what went
// wrong in a message box. Wire the analytics pane's reportRequested(DateRange) to exportReport.
class AnalyticsReportExporter : public QObject
{
    Q_OBJECT

public:
    // dialogParent owns the dialogs and this object.
    AnalyticsReportExporter(AppContext context, QWidget *dialogParent);

    // "Brand listening report 2026-03-01 to 2026-03-31.pdf"
    static QString suggestedFileName(const DateRange &range);

public slots:
    void exportReport(const DateRange &range);

public:
    // The same without the file dialog (and without a message box on failure).
    Status exportReportTo(const DateRange &range, const QString &path);

signals:
    // The report was written: the window may say so in its status bar.
    void reportWritten(const QString &path);

private:
    AppContext m_context;
    QWidget *m_dialogParent;
    bool m_cancelled = false;
};

} // namespace ui
} // namespace vigie
