#include "ui/report/reportexporter.h"

#include "ui/report/analyticsreport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace vigie {
namespace ui {

AnalyticsReportExporter::AnalyticsReportExporter(AppContext context, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(std::move(context))
    , m_dialogParent(dialogParent)
{}

QString AnalyticsReportExporter::suggestedFileName(const DateRange &range)
{
    return tr("Brand listening report %1 to %2.pdf")
        .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate));
}

void AnalyticsReportExporter::exportReport(const DateRange &range)
{
    if (!range.isValid())
        return;
    static QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export report"),
                                                QDir(directory).filePath(suggestedFileName(range)),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    directory = QFileInfo(path).absolutePath();
    // Cancelling is no failure: nothing to say then.
    if (const Status st = exportReportTo(range, path); !st && !m_cancelled)
        QMessageBox::warning(m_dialogParent, tr("Export report"),
                             tr("The report was not saved.\n%1").arg(st.error()));
}

Status AnalyticsReportExporter::exportReportTo(const DateRange &range, const QString &path)
{
    if (!m_context.db)
        return Status::failure(tr("No workspace is open."));
    QProgressDialog progressDialog(tr("Writing the report…"), tr("Cancel"), 0, 1, m_dialogParent);
    progressDialog.setObjectName(QStringLiteral("reportProgress"));
    progressDialog.setWindowTitle(tr("Export report"));
    progressDialog.setWindowModality(Qt::WindowModal);
    progressDialog.setMinimumDuration(400);
    progressDialog.setValue(0);
    ReportRequest request;
    request.workspace = m_context.workspace;
    request.range = range;
    request.createdAt = m_context.clock->now().toLocalTime();
    AnalyticsReport report(*m_context.db, request);
    m_cancelled = false;
    const Status st = report.write(path, [this, &progressDialog](int done, int total) {
        progressDialog.setMaximum(total);
        progressDialog.setValue(done); // a modal progress dialog processes events here
        m_cancelled = progressDialog.wasCanceled();
        return !m_cancelled;
    });
    progressDialog.reset();
    if (st)
        emit reportWritten(path);
    return st;
}

} // namespace ui
} // namespace vigie
