#include "ui/report/analyticsreport.h"

#include "cli/mentionstats.h"
#include "listening/analyticscontroller.h"
#include "ui/analytics/analyticschartview.h"
#include "ui/analytics/chartexport.h"
#include "ui/report/reportcharts.h"
#include "ui/report/reportsummary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <memory>
#include <vector>

namespace vigie {
namespace ui {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF's coordinates
constexpr int kChartsPerPage = 2;
// Charts are laid out at this size in pixels (fonts, ticks, legend) then scaled to the page's
// width as vectors: about 8 pt text in print.
constexpr QSize kChartLayoutSize(760, 500);

qreal mm(qreal millimetres)
{
    return millimetres * kResolution / 25.4;
}

QFont reportFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No ligatures: words stay searchable and copyable as typed ("fi" stays two letters).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Draws text wrapped in width at y; returns the height used.
qreal drawParagraph(QPainter &painter, const QFont &font, qreal y, qreal width, const QString &text,
                    const QColor &color = Qt::black)
{
    painter.setFont(font);
    painter.setPen(color);
    const QRectF room(0, y, width, 1e6);
    const QRectF used = painter.boundingRect(room, Qt::TextWordWrap, text);
    painter.drawText(room, Qt::TextWordWrap, text);
    return used.height();
}

qreal paragraphHeight(QPaintDevice *device, const QFont &font, qreal width, const QString &text)
{
    return QFontMetricsF(font, device)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
        .height();
}

// A chart made for the report: laid out at kChartLayoutSize without ever showing on screen.
std::unique_ptr<AnalyticsChartView> preparedChart(const ReportChart &entry, AnalyticsController &controller)
{
    std::unique_ptr<AnalyticsChartView> view(entry.make(controller));
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(kChartLayoutSize);
    view->show(); // delivers the resize: charts lay out their axes for this width
    QCoreApplication::sendPostedEvents();
    return view;
}

} // namespace

AnalyticsReport::AnalyticsReport(Database &db, ReportRequest request)
    : m_db(db)
    , m_request(std::move(request))
{}

Status AnalyticsReport::write(const QString &path, const Progress &progress)
{
    m_pageCount = 0;
    const DateRange range = m_request.range;
    if (!range.isValid())
        return Status::failure(tr("The report needs a period whose first day is not after its last."));
    const MentionStats stats = loadMentionStats(m_db, m_request.workspace, range);
    AnalyticsController controller(m_db, m_request.workspace);
    controller.load(range);
    std::vector<std::unique_ptr<AnalyticsChartView>> charts;
    if (controller.hasMentions()) { // empty charts say nothing: the first page says it instead
        for (const ReportChart &entry : reportCharts())
            charts.push_back(preparedChart(entry, controller));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QLocale locale;
    const QString periodText = tr("%1 to %2")
                                   .arg(locale.toString(range.from, QLocale::LongFormat),
                                        locale.toString(range.to, QLocale::LongFormat));
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    writer.setTitle(tr("Brand listening report: %1, %2").arg(m_request.workspace.name, periodText));
    writer.setCreator(QStringLiteral("Vigie"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(tr("Cannot write %1: the PDF could not be started.").arg(path));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);

    const qreal width = writer.width();
    const qreal footerHeight = mm(8);
    const qreal contentHeight = writer.height() - footerHeight;

    // First page head: title, workspace, period.
    const QFont titleFont = reportFont(18, true);
    const QFont headingFont = reportFont(12, true);
    const QFont bodyFont = reportFont(10);
    const QFont smallFont = reportFont(8);
    const QString title = tr("Brand listening report");
    const QStringList facts{
        tr("Workspace: %1").arg(m_request.workspace.name),
        tr("Period: %1").arg(periodText),
        tr("Days in the %1 time zone. Created on %2.")
            .arg(m_request.workspace.timezone, locale.toString(m_request.createdAt, QLocale::ShortFormat)),
    };
    const QString heading = tr("Summary by brand");
    const QString emptyNote = tr("No mentions in this period: there are no charts to show.");
    ReportTable table = ReportSummary::table(stats);
    table.layout(&writer, reportFont(9), width);
    const QString notes = ReportSummary::notes(stats);

    qreal headHeight = paragraphHeight(&writer, titleFont, width, title) + mm(3);
    for (const QString &fact : facts)
        headHeight += paragraphHeight(&writer, bodyFont, width, fact) + mm(1);
    headHeight += mm(6) + paragraphHeight(&writer, headingFont, width, heading) + mm(2);
    qreal tailHeight = mm(3) + paragraphHeight(&writer, smallFont, width, notes);
    if (charts.empty())
        tailHeight += mm(6) + paragraphHeight(&writer, bodyFont, width, emptyNote);

    // Lay the table out over as many pages as it needs, then the charts: the footer needs the
    // page count before the first page is drawn.
    struct TablePart
    {
        int first;
        int count;
    };
    QList<TablePart> tableParts;
    for (int first = 0; first < table.rowCount() || tableParts.isEmpty();) {
        const qreal room = contentHeight - (tableParts.isEmpty() ? headHeight : 0) - tailHeight;
        const int count = table.rowCount() == 0 ? 0 : table.rowsThatFit(first, room);
        tableParts << TablePart{first, count};
        first += count;
        if (count == 0)
            break;
    }
    const int chartPages = int((charts.size() + kChartsPerPage - 1) / kChartsPerPage);
    const int totalPages = int(tableParts.size()) + chartPages;

    int page = 0;
    const auto finishPage = [&]() -> bool {
        ++page;
        painter.setFont(smallFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, writer.height() - footerHeight * 0.7, width, footerHeight * 0.7);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                         tr("%1 — brand listening, %2").arg(m_request.workspace.name, periodText));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(page).arg(totalPages));
        if (progress && !progress(page, totalPages))
            return false;
        if (page < totalPages)
            writer.newPage();
        return true;
    };
    const auto cancelled = [&] {
        painter.end();
        return Status::failure(tr("The report was cancelled."));
    };

    for (int part = 0; part < tableParts.size(); ++part) {
        qreal y = 0;
        if (part == 0) {
            y += drawParagraph(painter, titleFont, y, width, title) + mm(3);
            for (const QString &fact : facts)
                y += drawParagraph(painter, bodyFont, y, width, fact) + mm(1);
            y += mm(6);
            y += drawParagraph(painter, headingFont, y, width, heading) + mm(2);
        }
        const TablePart &rows = tableParts.at(part);
        table.paint(&painter, QPointF(0, y), rows.first, rows.count);
        y += table.height(rows.first, rows.count);
        if (part == tableParts.size() - 1) {
            y += mm(3);
            y += drawParagraph(painter, smallFont, y, width, notes, QColor(0x33, 0x33, 0x33));
            if (charts.empty())
                drawParagraph(painter, bodyFont, y + mm(6), width, emptyNote);
        }
        if (!finishPage())
            return cancelled();
    }

    const qreal slotGap = mm(6);
    const qreal slotHeight = (contentHeight - slotGap * (kChartsPerPage - 1)) / kChartsPerPage;
    for (size_t i = 0; i < charts.size(); ++i) {
        const int slot = int(i % kChartsPerPage);
        const QRectF target(0, slot * (slotHeight + slotGap), width, slotHeight);
        paintChart(charts.at(i)->chart(), &painter, target);
        if ((slot == kChartsPerPage - 1 || i + 1 == charts.size()) && !finishPage())
            return cancelled();
    }
    if (!painter.end())
        return Status::failure(tr("Cannot write %1: the PDF could not be finished.").arg(path));
    if (file.error() != QFileDevice::NoError || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    m_pageCount = totalPages;
    return Status::success();
}

} // namespace ui
} // namespace vigie
