#include "jobs/accountjob.h"

#include "accounts/accountservice.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>

namespace vigie {
namespace ui {

using namespace platforms;

namespace {
void finishNow(QObject *receiver, std::function<void(const AccountJobResult &)> done, AccountJobResult result)
{
    // Always asynchronous, so callers see the same order whether the job ran or not.
    QMetaObject::invokeMethod(
        receiver, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}
} // namespace

void runAccountJob(const AppContext &context, Id accountId, AccountWork work, QObject *receiver,
                   std::function<void(const AccountJobResult &)> done)
{
    const auto account = WorkspaceRepository(*context.db).account(accountId);
    if (!account) {
        finishNow(receiver, std::move(done),
                  {{},
                   QCoreApplication::translate("vigie::ui::AccountJob", "This account no longer exists."),
                   {},
                   {}});
        return;
    }
    if (!context.secrets) {
        finishNow(receiver, std::move(done),
                  {{},
                   QCoreApplication::translate("vigie::ui::AccountJob", "No system keychain is available."),
                   {},
                   {}});
        return;
    }
    AccountService service(*context.db, *context.secrets, *context.clock);
    Credentials credentials;
    if (auto st = service.loadCredentials(*account, &credentials); !st) {
        finishNow(receiver, std::move(done), {{}, st.error(), {}, {}});
        return;
    }
    const QString dbPath = context.db->path();
    const Clock *clock = context.clock;
    QPointer<QObject> guard(receiver);
    Database *db = context.db;
    SecretStore *secrets = context.secrets;
    QThread *thread = QThread::create([=, work = std::move(work), done = std::move(done)]() mutable {
        AccountJobResult result;
        Database workerDb;
        if (auto st = workerDb.openSqlite(dbPath); !st) {
            result.error = st.error();
        } else {
            QNetworkAccessManager manager;
            HttpTransport http(manager, QUrl(account->baseUrl));
            auto adapter = makeAdapter(*account, credentials, http, *clock);
            if (!adapter) {
                result.error =
                    QCoreApplication::translate("vigie::ui::AccountJob", "Vigie cannot talk to %1 yet.")
                        .arg(networkDisplayName(account->network));
            } else {
                result = work(*adapter, workerDb, *account);
                result.credentialsAfter = adapter->credentials();
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [=, done = std::move(done)] {
                if (result.error.isEmpty()) {
                    AccountService after(*db, *secrets, *clock);
                    after.finishJob(*account, credentials, result.credentialsAfter, result.outcome);
                }
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace ui
} // namespace vigie
