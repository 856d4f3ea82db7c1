#pragma once

#include "listening/daterange.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QDateEdit;
class QLabel;

namespace vigie {
namespace ui {

// The period picker above the charts: preset buttons (last 7, 30, 90 days, 12 months) and From /
// To date fields with calendar pop-ups. A From after To is corrected (the other end moves) and
// the bar says so.
class DateRangeBar : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeBar(const QDate &today, QWidget *parent = nullptr);

    DateRange range() const;
    void setRange(const DateRange &range);
    void selectPreset(RangePreset preset);
    // Moves "today" (the last day that can be picked). A chosen preset moves with it, announcing
    // the new range: returns whether it did.
    bool setToday(const QDate &today);
    QAbstractButton *presetButton(RangePreset preset) const;
    // Shown after the line: e.g. how many mentions the period holds.
    void setSummary(const QString &text);

signals:
    void rangeChanged(const DateRange &range);

private:
    void onFromChanged();
    void onToChanged();
    void showNotice(const QString &text);
    void checkMatchingPreset();
    void announce();

    QDate m_today;
    QButtonGroup *m_presets;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QLabel *m_notice;
};

} // namespace ui
} // namespace vigie
