#include "ui/analytics/analyticschartview.h"

#include "listening/analyticsroles.h"
#include "listening/csvexport.h"
#include "ui/analytics/chartexport.h"
#include "ui/analytics/chartscales.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QValueAxis>

namespace vigie {
namespace ui {

namespace {

// Where the last chart export went, for the next file dialog (for as long as the app runs).
QString &lastExportDirectory()
{
    static QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return directory;
}

} // namespace

AnalyticsChartView::AnalyticsChartView(const QString &title, QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    QChart *c = chart();
    c->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    c->setTitleFont(titleFont);
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setFont(font());
    createExportActions();
}

void AnalyticsChartView::createExportActions()
{
    m_saveImageAction = new QAction(tr("Save image (PNG)…"), this);
    m_saveImageAction->setObjectName(QStringLiteral("saveChartImageAction"));
    m_saveImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveDataAction = new QAction(tr("Save data (CSV)…"), this);
    m_saveDataAction->setObjectName(QStringLiteral("saveChartDataAction"));
    m_saveDataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    for (QAction *action : {m_saveImageAction, m_saveDataAction}) {
        // Several charts share a pane: the shortcut saves the one that has focus.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setShortcutVisibleInContextMenu(true);
        addAction(action);
    }
    connect(m_saveImageAction, &QAction::triggered, this, &AnalyticsChartView::saveImageAs);
    connect(m_saveDataAction, &QAction::triggered, this, &AnalyticsChartView::saveDataAs);

    auto *menu = new QMenu(this);
    menu->addAction(m_saveImageAction);
    menu->addAction(m_saveDataAction);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("chartExportButton"));
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_exportButton->setToolTip(tr("Save this chart as an image or its data as CSV"));
    m_exportButton->setAccessibleName(tr("Save chart"));
    m_exportButton->setAutoRaise(true);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setMenu(menu);
    m_exportButton->setCursor(Qt::ArrowCursor);
}

QString AnalyticsChartView::title() const
{
    return chart()->title();
}

DateRange AnalyticsChartView::period() const
{
    if (m_period.isValid())
        return m_period;
    const QAbstractItemModel *model = exportModel();
    if (!model || model->rowCount() == 0)
        return {};
    const DateRange fromRows{model->headerData(0, Qt::Vertical, PeriodStartRole).toDate(),
                             model->headerData(model->rowCount() - 1, Qt::Vertical, PeriodEndRole).toDate()};
    return fromRows.isValid() ? fromRows : DateRange{};
}

QImage AnalyticsChartView::renderImage(qreal scale) const
{
    return renderChartImage(chart(), scale);
}

Status AnalyticsChartView::saveImage(const QString &path, qreal scale) const
{
    return saveChartImage(chart(), path, scale);
}

Status AnalyticsChartView::saveData(const QString &path) const
{
    const QAbstractItemModel *model = exportModel();
    if (!model)
        return Status::failure(tr("This chart has no data to save."));
    return writeModelCsv(*model, path);
}

QString AnalyticsChartView::suggestedFileName(const QString &suffix) const
{
    return chartExportFileName(title(), period(), suffix);
}

QString AnalyticsChartView::askForFile(const QString &caption, const QString &suffix, const QString &filter)
{
    const QString suggested = QDir(lastExportDirectory()).filePath(suggestedFileName(suffix));
    QString path = QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    lastExportDirectory() = QFileInfo(path).absolutePath();
    return path;
}

void AnalyticsChartView::saveImageAs()
{
    const QString path = askForFile(tr("Save chart image"), QStringLiteral("png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const Status st = saveImage(path); !st)
        showFailure(tr("The chart image was not saved."), st);
}

void AnalyticsChartView::saveDataAs()
{
    if (!exportModel()) {
        showFailure(tr("The chart data was not saved."),
                    Status::failure(tr("This chart has no data to save.")));
        return;
    }
    const QString path =
        askForFile(tr("Save chart data"), QStringLiteral("csv"), tr("CSV files for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status st = saveData(path); !st)
        showFailure(tr("The chart data was not saved."), st);
}

void AnalyticsChartView::showFailure(const QString &what, const Status &status)
{
    QMessageBox::warning(this, tr("Save chart"), what + QLatin1Char('\n') + status.error());
}

void AnalyticsChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    const QSize button = m_exportButton->sizeHint();
    m_exportButton->setGeometry(width() - button.width() - 2, 2, button.width(), button.height());
    m_exportButton->raise();
}

void AnalyticsChartView::contextMenuEvent(QContextMenuEvent *event)
{
    // Items in the chart (a point, a slice) may offer their own menu first.
    event->ignore();
    QChartView::contextMenuEvent(event);
    if (event->isAccepted())
        return;
    QMenu menu(this);
    menu.addAction(m_saveImageAction);
    menu.addAction(m_saveDataAction);
    menu.exec(event->globalPos());
    event->accept();
}

void AnalyticsChartView::styleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsFont(font());
    axis->setTitleFont(font());
}

QValueAxis *AnalyticsChartView::makeCountAxis() const
{
    auto *axis = new QValueAxis;
    styleAxis(axis);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
    return axis;
}

void AnalyticsChartView::scaleCountAxis(QValueAxis *axis, qint64 largest, int maxIntervals)
{
    const CountScale scale = countScale(largest, maxIntervals);
    axis->setRange(0, qreal(scale.max));
    axis->setTickCount(scale.tickCount);
}

int AnalyticsChartView::labelsThatFit(const QString &sample, int minimumGap) const
{
    // The view's width less the value axis and margins: the plot area itself is only laid out
    // later, and a stale one would thin labels for the previous size.
    const int plotWidth = width() - 90;
    const int labelWidth = QFontMetrics(font()).horizontalAdvance(sample) + minimumGap;
    return qMax(2, plotWidth / qMax(1, labelWidth));
}

} // namespace ui
} // namespace vigie
