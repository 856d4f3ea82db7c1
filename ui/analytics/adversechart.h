#pragma once

#include "listening/mentionselection.h"
#include "ui/analytics/analyticschartview.h"

class QBarCategoryAxis;
class QStackedBarSeries;

namespace vigie {
class AdverseMentionsModel;
}

namespace vigie {
namespace ui {

class EmptyChartNotice;

// "Possible adverse events mentioned": per period, bars stacked by brand in the brands' colours,
// one bar set per brand column of the model, rebuilt on every reset. Clicking a segment lists
// those mentions.
class AdverseChart : public AnalyticsChartView
{
    Q_OBJECT

public:
    explicit AdverseChart(AdverseMentionsModel *model, QWidget *parent = nullptr);
    ~AdverseChart() override;

    const QAbstractItemModel *exportModel() const override;
    QStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *periodAxis() const { return m_periodAxis; }
    bool isShowingEmptyNotice() const;

signals:
    void mentionsRequested(const vigie::MentionSelection &selection);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void syncWithModel();
    void labelPeriods();

    AdverseMentionsModel *m_model;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_periodAxis;
    QValueAxis *m_countAxis;
    EmptyChartNotice *m_notice;
};

} // namespace ui
} // namespace vigie
