#include "ui/listeninghub.h"

#include "crisis/crisismonitor.h"
#include "listening/mentionselection.h"
#include "storage/workspacerepository.h"
#include "ui/analytics/analyticspane.h"
#include "ui/analytics/crisisbanner.h"
#include "ui/listening/crisisnotifier.h"
#include "ui/listening/listeningautosync.h"

#include <QLocale>

namespace vigie {
namespace ui {

ListeningHub::ListeningHub(const AppContext &context, AnalyticsPane *analytics, CrisisBanner *banner,
                           QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_analytics(analytics)
    , m_banner(banner)
    , m_autoSync(new ListeningAutoSync(context, this))
    , m_notifier(new CrisisNotifier(this, tray))
{
    connect(m_autoSync, &ListeningAutoSync::collectionFinished, this, &ListeningHub::onCollectionFinished);
    connect(m_autoSync, &ListeningAutoSync::mentionsCollected, m_analytics, &AnalyticsPane::reload);
    connect(m_autoSync, &ListeningAutoSync::collectionStarted, this,
            [this] { emit statusMessage(tr("Collecting mentions…")); });
    connect(m_banner, &CrisisBanner::showMentionsRequested, this, &ListeningHub::showMentions);
    connect(m_notifier, &CrisisNotifier::showMentionsRequested, this, &ListeningHub::showMentions);
}

void ListeningHub::start()
{
    evaluateCrisis();
    m_autoSync->start();
}

void ListeningHub::evaluateCrisis()
{
    if (!m_context.db)
        return;
    CrisisMonitor monitor(*m_context.db, *m_context.clock);
    const QDate today = monitor.today(m_context.workspace);
    Status st = Status::success();
    const auto raised = monitor.evaluate(m_context.workspace, today, CrisisMonitor::kRecentDays, &st);
    if (!st)
        emit statusMessage(tr("Crisis alerts could not be checked: %1").arg(st.error()));
    if (!raised.isEmpty())
        m_notifier->notifyRaised(raised, today);
    m_banner->refresh();
}

void ListeningHub::onCollectionFinished(const collect::CollectReport &report)
{
    evaluateCrisis();
    if (!report.storeError.isEmpty()) {
        emit statusMessage(tr("Mentions could not be collected: %1").arg(report.storeError));
        return;
    }
    const int failures = report.failures();
    QString message = tr("Mentions collected: %1 new.").arg(QLocale().toString(report.newMentions()));
    if (failures > 0) {
        // Name the first failing source; the set-up dialog lists every feed's last error.
        for (const collect::CollectSource &source : report.sources) {
            if (source.state == collect::CollectSource::State::Failed) {
                message += QLatin1Char(' ') + tr("%n source(s) failed, including %1: %2", nullptr, failures)
                                                  .arg(source.name, source.error);
                break;
            }
        }
    }
    emit statusMessage(message);
}

void ListeningHub::showMentions(qint64 brandId, const QDate &day)
{
    MentionSelection selection;
    selection.filter.brandIds = {brandId};
    selection.filter.from = day;
    selection.filter.to = day;
    const auto brand = m_context.db ? WorkspaceRepository(*m_context.db).brand(brandId) : std::nullopt;
    selection.title =
        tr("%1, %2").arg(brand ? brand->name : QString(), QLocale().toString(day, QLocale::LongFormat));
    emit mentionsShown();
    m_analytics->showMentions(selection);
}

} // namespace ui
} // namespace vigie
