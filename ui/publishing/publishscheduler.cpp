#include "ui/publishing/publishscheduler.h"

#include "delivery/nativeschedulesync.h"
#include "delivery/publishaccess.h"
#include "delivery/scheduledpublisher.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/publishledger.h"
#include "storage/workspacerepository.h"

#include <QHash>
#include <QPointer>
#include <QThread>
#include <optional>

namespace vigie {
namespace ui {

using namespace platforms;

namespace {
constexpr int kIntervalMs = 30 * 1000;
constexpr int kLeaseSeconds = 600;
} // namespace

PublishScheduler::PublishScheduler(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<PublishSummary>();
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PublishScheduler::publishDue);
}

PublishScheduler::~PublishScheduler()
{
    // A run in progress finishes its current network call (bounded by the HTTP timeout) so
    // that no claim is left behind by the window closing.
    if (m_thread)
        m_thread->wait();
}

void PublishScheduler::start()
{
    if (m_context.demo || !m_context.db)
        return;
    m_timer.start();
    QMetaObject::invokeMethod(this, &PublishScheduler::publishDue, Qt::QueuedConnection);
}

void PublishScheduler::publishDue()
{
    if (m_running || m_context.demo || !m_context.db)
        return;
    const QDateTime now = m_context.clock->now();
    PublishLedger ledger(*m_context.db, *m_context.clock);
    // Nothing due, nothing stale and no native schedule to place or keep in step: no keychain
    // read, no thread.
    if (ledger.dueVariants(now, 1).isEmpty() && ledger.staleClaims(now, kLeaseSeconds).isEmpty() &&
        !NativeScheduleSync::anyAccountMayHaveWork(*m_context.db, now, networkSchedulesNatively))
        return;
    // The keychain is read here, in the GUI thread, as every account job does.
    std::optional<AccountService> service;
    if (m_context.secrets)
        service.emplace(*m_context.db, *m_context.secrets, *m_context.clock);
    PublishAccess access = preloadedAccess(
        service ? &*service : nullptr, WorkspaceRepository(*m_context.db).accounts(m_context.workspace.id),
        tr("No system keychain is available."));

    m_running = true;
    const QString dbPath = m_context.db->path();
    const Clock *clock = m_context.clock;
    const QString actor = m_context.actor.isEmpty() ? QStringLiteral("publisher") : m_context.actor;
    QPointer<PublishScheduler> self(this);
    m_thread = QThread::create([=] {
        PublishSummary summary;
        Database db;
        if (auto st = db.openSqlite(dbPath); !st) {
            summary.storeError = st.error();
        } else {
            ScheduledPublisher publisher(db, access, *clock);
            ScheduledPublisher::Options options;
            options.actor = actor;
            options.leaseSeconds = kLeaseSeconds;
            summary = publisher.run(options);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, summary] {
                if (self)
                    self->finishRun(summary);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

void PublishScheduler::finishRun(const PublishSummary &summary)
{
    m_running = false;
    if (m_context.secrets) {
        AccountService service(*m_context.db, *m_context.secrets, *m_context.clock);
        finishAccountJobs(service, summary);
    }
    for (const PublishReport &r : summary.variants) {
        if (r.state == PostState::Failed)
            emit variantFailed(r.postId, r.channel, r.error);
        else if (r.state == PostState::Unconfirmed)
            emit variantUnconfirmed(r.postId, r.channel, r.error);
    }
    emit publishingFinished(summary);
}

} // namespace ui
} // namespace vigie
