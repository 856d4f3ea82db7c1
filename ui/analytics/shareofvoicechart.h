#pragma once

#include "listening/mentionselection.h"
#include "ui/analytics/analyticschartview.h"

class QPieSeries;
class QVPieModelMapper;

namespace vigie {
class ShareOfVoiceModel;
}

namespace vigie {
namespace ui {

class EmptyChartNotice;

// "Share of voice": a donut with one slice per brand (QVPieModelMapper: labels from the model's
// chart-label column, values from its mentions column), in the brands' colours. Clicking a slice
// lists that brand's mentions of the period.
class ShareOfVoiceChart : public AnalyticsChartView
{
    Q_OBJECT

public:
    explicit ShareOfVoiceChart(ShareOfVoiceModel *model, QWidget *parent = nullptr);
    ~ShareOfVoiceChart() override;

    const QAbstractItemModel *exportModel() const override;
    QPieSeries *series() const { return m_series; }
    bool isShowingEmptyNotice() const;

signals:
    void mentionsRequested(const vigie::MentionSelection &selection);

private:
    void syncWithModel();

    ShareOfVoiceModel *m_model;
    QPieSeries *m_series;
    QVPieModelMapper *m_mapper;
    EmptyChartNotice *m_notice;
};

} // namespace ui
} // namespace vigie
