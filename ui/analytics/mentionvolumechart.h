#pragma once

#include "listening/mentionselection.h"
#include "ui/analytics/analyticschartview.h"

class QDateTimeAxis;
class QLineSeries;
class QVXYModelMapper;

namespace vigie {
class MentionVolumeModel;
}

namespace vigie {
namespace ui {

class EmptyChartNotice;

// "Mentions per day by brand": one solid line per brand column of the model and, behind it, a
// thin dashed line of the same colour for the previous period (the same days shifted back, drawn
// on the same X so the two can be compared day for day), each bound to the model by a
// QVXYModelMapper. Per-brand comparison was chosen over one total line: a total would squash the
// brand lines at the bottom of the axis, and "is my brand up on last month?" is the question.
// One legend entry, "Previous period", stands for every dashed line. Clicking a line lists the
// mentions of that brand on the nearest day. Lines are new objects after every model reset.
class MentionVolumeChart : public AnalyticsChartView
{
    Q_OBJECT

public:
    explicit MentionVolumeChart(MentionVolumeModel *model, QWidget *parent = nullptr);
    ~MentionVolumeChart() override;

    const QAbstractItemModel *exportModel() const override;
    QList<QLineSeries *> brandSeries() const;
    QList<QLineSeries *> previousSeries() const;
    bool isShowingEmptyNotice() const;

signals:
    void mentionsRequested(const vigie::MentionSelection &selection);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Line
    {
        QLineSeries *series;
        QVXYModelMapper *mapper;
        int column;
    };
    void rebuildLines();
    Line addLine(int column, bool previous, bool markers);
    void scaleDateAxis();
    void requestMentions(int column, const QPointF &point);

    MentionVolumeModel *m_model;
    QDateTimeAxis *m_dayAxis;
    QValueAxis *m_countAxis;
    QLineSeries *m_previousLegend = nullptr; // no points: only its legend entry shows
    QList<Line> m_lines;
    QList<Line> m_previousLines;
    EmptyChartNotice *m_notice;
};

} // namespace ui
} // namespace vigie
