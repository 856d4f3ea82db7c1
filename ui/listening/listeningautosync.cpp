#include "ui/listening/listeningautosync.h"

#include "accounts/accountservice.h"
#include "delivery/publishaccess.h"
#include "listening/listeningsettings.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>
#include <optional>

namespace vigie {
namespace ui {

using namespace platforms;

ListeningAutoSync::ListeningAutoSync(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<collect::CollectReport>();
    connect(&m_timer, &QTimer::timeout, this, &ListeningAutoSync::collectNow);
}

ListeningAutoSync::~ListeningAutoSync()
{
    // A run in progress ends within its network timeouts; its result is dropped.
    if (m_thread)
        m_thread->wait();
}

void ListeningAutoSync::start()
{
    reloadSettings();
}

void ListeningAutoSync::reloadSettings()
{
    if (m_context.db)
        m_minutes = loadListeningSettings(*m_context.db, m_context.workspace.id).collectMinutes;
    applyInterval();
}

void ListeningAutoSync::setIntervalForTesting(int milliseconds)
{
    m_testInterval = milliseconds;
    applyInterval();
}

void ListeningAutoSync::applyInterval()
{
    const int interval = m_testInterval > 0 ? m_testInterval : m_minutes * 60 * 1000;
    if (interval > 0 && !m_context.demo && m_context.db)
        m_timer.start(interval);
    else
        m_timer.stop();
}

void ListeningAutoSync::collectNow()
{
    if (m_thread || m_context.demo || !m_context.db)
        return;
    // The keychain is read here, in the GUI thread, as every account job does.
    QList<Account> accounts;
    for (const Account &account : WorkspaceRepository(*m_context.db).accounts(m_context.workspace.id)) {
        if (account.status != AccountStatus::Disconnected && !account.secretKey.isEmpty())
            accounts << account;
    }
    std::optional<AccountService> service;
    if (m_context.secrets)
        service.emplace(*m_context.db, *m_context.secrets, *m_context.clock);
    PublishAccess access =
        preloadedAccess(service ? &*service : nullptr, accounts, tr("No system keychain is available."));

    const QString dbPath = m_context.db->path();
    const Clock *clock = m_context.clock;
    const Id workspaceId = m_context.workspace.id;
    const collect::ListeningCollector::Options options = m_options;
    QPointer<ListeningAutoSync> self(this);
    m_thread = QThread::create([=] {
        collect::CollectReport report;
        Database db;
        if (auto st = db.openSqlite(dbPath); !st) {
            report.storeError = st.error();
        } else {
            QNetworkAccessManager manager;
            collect::ListeningCollector collector(db, access, manager, *clock);
            report = collector.collect(workspaceId, options);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, report] {
                if (self)
                    self->finishRun(report);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    emit collectionStarted();
}

void ListeningAutoSync::finishRun(const collect::CollectReport &report)
{
    // The worker has handed its result over: wait for the thread to end so that the next run
    // (or the destructor) never sees a thread that is finishing.
    if (m_thread) {
        m_thread->wait();
        m_thread = nullptr; // deleted by its finished() connection
    }
    if (m_context.secrets) {
        AccountService service(*m_context.db, *m_context.secrets, *m_context.clock);
        for (const PublishAccountJob &job : report.accounts)
            service.finishJob(job.account, job.before, job.after, job.lastOutcome);
    }
    emit collectionFinished(report);
    if (report.newMentions() > 0)
        emit mentionsCollected(report.newMentions());
}

} // namespace ui
} // namespace vigie
