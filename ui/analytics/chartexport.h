#pragma once

#include "core/status.h"
#include "listening/daterange.h"

#include <QImage>

class QChart;
class QPainter;
class QRectF;

namespace vigie {
namespace ui {

// How much larger than on screen a chart is drawn for "Save image (PNG)": sharp on a slide or
// a high-density screen.
inline constexpr qreal kChartImageScale = 2.0;

// Draws chart (its scene: title, plot, legend; never the widgets over it, never clipped by the
// window) into target, scaled to fit. Vector output where painter's device is vector (PDF).
void paintChart(QChart *chart, QPainter *painter, const QRectF &target);

// The chart as an image scale times its current size, on white.
QImage renderChartImage(QChart *chart, qreal scale = kChartImageScale);

// Writes renderChartImage(chart) as PNG to path atomically: complete or untouched.
Status saveChartImage(QChart *chart, const QString &path, qreal scale = kChartImageScale);

// "Mentions per day by brand 2026-03-01 to 2026-03-31.png": the title and period, without the
// characters file systems refuse. period may be invalid (no dates then).
QString chartExportFileName(const QString &title, const DateRange &period, const QString &suffix);

} // namespace ui
} // namespace vigie
