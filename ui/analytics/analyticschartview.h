#pragma once

#include "core/status.h"
#include "listening/daterange.h"
#include "ui/analytics/chartexport.h"

#include <QChartView>

class QAbstractAxis;
class QAbstractItemModel;
class QAction;
class QToolButton;
class QValueAxis;

namespace vigie {
namespace ui {

// The look every analytics chart shares: titled, antialiased, no animation (charts reload
// whole when the period changes), legend below, tight margins. Every chart can be saved as a
// PNG image and its data as CSV: a small button in its top-right corner, the context menu, or
// Ctrl+S / Ctrl+Shift+S while the chart has focus.
class AnalyticsChartView : public QChartView
{
    Q_OBJECT

public:
    explicit AnalyticsChartView(const QString &title, QWidget *parent = nullptr);

    // The model the chart draws, for "Save data (CSV)": every chart overrides it.
    virtual const QAbstractItemModel *exportModel() const { return nullptr; }

    QString title() const;
    // The period shown, for the file names offered. Charts whose model rows are periods find it
    // themselves; the pane sets it for the others (share of voice, top products…).
    void setPeriod(const DateRange &period) { m_period = period; }
    DateRange period() const;

    // The chart drawn at scale times its size (never a screen grab: nothing clipped, no button).
    QImage renderImage(qreal scale = kChartImageScale) const;
    // Write the image / the data to path, atomically; the message says why not.
    Status saveImage(const QString &path, qreal scale = kChartImageScale) const;
    Status saveData(const QString &path) const;
    // "<title> <from> to <to>.<suffix>"
    QString suggestedFileName(const QString &suffix) const;

    QAction *saveImageAction() const { return m_saveImageAction; }
    QAction *saveDataAction() const { return m_saveDataAction; }

public slots:
    // Ask where, then save; a failure is shown in a message box.
    void saveImageAs();
    void saveDataAs();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

    // Sets a count axis from 0 to a round number above largest, with whole-number ticks.
    static void scaleCountAxis(QValueAxis *axis, qint64 largest, int maxIntervals = 5);
    QValueAxis *makeCountAxis() const;
    // Axes take the widget's font so labels match the rest of the window (and can be measured).
    void styleAxis(QAbstractAxis *axis) const;
    // Roughly how many labels as wide as sample fit along the plot's width.
    int labelsThatFit(const QString &sample, int minimumGap = 16) const;

private:
    void createExportActions();
    QString askForFile(const QString &caption, const QString &suffix, const QString &filter);
    void showFailure(const QString &what, const Status &status);

    DateRange m_period;
    QAction *m_saveImageAction = nullptr;
    QAction *m_saveDataAction = nullptr;
    QToolButton *m_exportButton = nullptr;
};

} // namespace ui
} // namespace vigie
