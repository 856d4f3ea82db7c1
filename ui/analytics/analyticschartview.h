#pragma once

#include <QChartView>

class QAbstractAxis;
class QAbstractItemModel;
class QValueAxis;

namespace vigie {
namespace ui {

// The look every analytics chart shares: titled, antialiased, no animation (charts reload
// whole when the period changes), legend below, tight margins.
class AnalyticsChartView : public QChartView
{
    Q_OBJECT

public:
    explicit AnalyticsChartView(const QString &title, QWidget *parent = nullptr);

    // The model the chart draws, for "Save data (CSV)": every chart overrides it.
    virtual const QAbstractItemModel *exportModel() const { return nullptr; }

protected:
    // Sets a count axis from 0 to a round number above largest, with whole-number ticks.
    static void scaleCountAxis(QValueAxis *axis, qint64 largest, int maxIntervals = 5);
    QValueAxis *makeCountAxis() const;
    // Axes take the widget's font so labels match the rest of the window (and can be measured).
    void styleAxis(QAbstractAxis *axis) const;
    // Roughly how many labels as wide as sample fit along the plot's width.
    int labelsThatFit(const QString &sample, int minimumGap = 16) const;
};

} // namespace ui
} // namespace vigie
