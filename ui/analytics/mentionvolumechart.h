#pragma once

#include "ui/analytics/analyticschartview.h"

class QDateTimeAxis;
class QLineSeries;
class QVXYModelMapper;

namespace vigie {
class MentionVolumeModel;
}

namespace vigie {
namespace ui {

// "Mentions per day by brand": one line per brand column of the model, each bound to it by a
// QVXYModelMapper (X = the day column, Y = the brand's column), in the brand's colour. The lines
// are new objects after every model reset.
class MentionVolumeChart : public AnalyticsChartView
{
    Q_OBJECT

public:
    explicit MentionVolumeChart(MentionVolumeModel *model, QWidget *parent = nullptr);
    ~MentionVolumeChart() override;

    QList<QLineSeries *> brandSeries() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildLines();
    void scaleDateAxis();

    struct BrandLine
    {
        QLineSeries *series;
        QVXYModelMapper *mapper;
    };
    MentionVolumeModel *m_model;
    QDateTimeAxis *m_dayAxis;
    QValueAxis *m_countAxis;
    QList<BrandLine> m_lines;
};

} // namespace ui
} // namespace vigie
