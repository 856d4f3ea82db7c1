#include "ui/analytics/chartexport.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>

namespace vigie {
namespace ui {

void paintChart(QChart *chart, QPainter *painter, const QRectF &target)
{
    // Lay out anything pending (a just-resized chart) before drawing.
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    const QRectF source = chart->mapRectToScene(chart->rect());
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    chart->scene()->render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
}

QImage renderChartImage(QChart *chart, qreal scale)
{
    const QSizeF size = chart->size();
    if (size.isEmpty() || !chart->scene())
        return {};
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image;
}

Status saveChartImage(QChart *chart, const QString &path, qreal scale)
{
    const QImage image = renderChartImage(chart, scale);
    if (image.isNull())
        return Status::failure(
            QCoreApplication::translate("vigie::ChartExport", "The chart has nothing to draw yet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("vigie::ChartExport", "Cannot write %1: %2")
                                   .arg(path, file.errorString()));
    if (!image.save(&file, "PNG") || !file.commit())
        return Status::failure(QCoreApplication::translate("vigie::ChartExport", "Cannot write %1: %2")
                                   .arg(path, file.errorString()));
    return Status::success();
}

QString chartExportFileName(const QString &title, const DateRange &period, const QString &suffix)
{
    QString name = title;
    if (period.isValid()) {
        //: File name part: the chart's first and last day, e.g. "2026-03-01 to 2026-03-31"
        name +=
            QLatin1Char(' ') + QCoreApplication::translate("vigie::ChartExport", "%1 to %2")
                                   .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    }
    // Characters Windows, macOS or a USB stick's FAT refuse, and control characters.
    static const QRegularExpression refused(QStringLiteral("[<>:\"/\\\\|?*\\x00-\\x1f]"));
    name.replace(refused, QStringLiteral("-"));
    name = name.simplified();
    if (name.isEmpty())
        name = QCoreApplication::translate("vigie::ChartExport", "chart");
    return name + QLatin1Char('.') + suffix;
}

} // namespace ui
} // namespace vigie
