#pragma once

#include "ui/analytics/analyticschartview.h"

class QPieSeries;
class QVPieModelMapper;

namespace vigie {
class ShareOfVoiceModel;
}

namespace vigie {
namespace ui {

// "Share of voice": a donut with one slice per brand (QVPieModelMapper: labels from the model's
// chart-label column, values from its mentions column), in the brands' colours.
class ShareOfVoiceChart : public AnalyticsChartView
{
    Q_OBJECT

public:
    explicit ShareOfVoiceChart(ShareOfVoiceModel *model, QWidget *parent = nullptr);
    ~ShareOfVoiceChart() override;

    QPieSeries *series() const { return m_series; }

private:
    void syncWithModel();

    ShareOfVoiceModel *m_model;
    QPieSeries *m_series;
    QVPieModelMapper *m_mapper;
};

} // namespace ui
} // namespace vigie
