#include "ui/accounts/accountconnector.h"

#include "storage/workspacerepository.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>

namespace vigie {
namespace ui {

using namespace platforms;

AccountConnector::AccountConnector(AppContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_timeout(HttpTransport::defaultTimeout())
{}

QString AccountConnector::noKeychainMessage()
{
    return tr("No system keychain is available. Vigie keeps account passwords and tokens only there, so "
              "nothing was saved: start GNOME Keyring or KWallet, then connect the account again.");
}

void AccountConnector::connectAccount(const AccountDraft &draft)
{
    verifyInWorker(draft, 0);
}

void AccountConnector::reconnectAccount(Id accountId, const Credentials &credentials)
{
    const auto account = m_context.db ? WorkspaceRepository(*m_context.db).account(accountId) : std::nullopt;
    if (!account) {
        ++m_attempt;
        m_busy = true;
        fail(tr("This account no longer exists."));
        return;
    }
    AccountDraft draft;
    draft.workspaceId = account->workspaceId;
    draft.brandId = account->brandId;
    draft.network = account->network;
    draft.serverUrl = account->baseUrl;
    draft.handle = account->handle;
    draft.remoteUserId = account->remoteUserId; // LinkedIn signs in to its organization
    draft.credentials = credentials;
    draft.isPublic = account->isPublic;
    verifyInWorker(draft, accountId);
}

void AccountConnector::cancel()
{
    ++m_attempt; // the running check's answer no longer matches
    m_busy = false;
}

void AccountConnector::fail(const QString &message)
{
    // Always after returning, so callers see the same order whether or not a worker ran.
    const quint64 attempt = m_attempt;
    QMetaObject::invokeMethod(
        this,
        [this, attempt, message] {
            if (attempt != m_attempt)
                return;
            m_busy = false;
            emit failed(message);
        },
        Qt::QueuedConnection);
}

void AccountConnector::verifyInWorker(const AccountDraft &draft, Id reconnectId)
{
    const quint64 attempt = ++m_attempt;
    m_busy = true;
    if (!m_context.secrets || !m_context.db) {
        // Checked before any network call: a secret that cannot be kept must not be asked for.
        fail(noKeychainMessage());
        return;
    }
    const Clock *clock = m_context.clock;
    const auto timeout = m_timeout;
    QPointer<AccountConnector> guard(this);
    QThread *thread = QThread::create([=] {
        // Everything network-side lives in this thread; the store and the keychain stay in the window's.
        QNetworkAccessManager manager;
        HttpTransport http(manager, QUrl(), timeout);
        AccountService::Verified verified;
        const Status st = AccountService::verify(draft, http, &verified, *clock);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [=] {
                if (guard)
                    guard->onVerified(attempt, st, draft, reconnectId, verified);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void AccountConnector::onVerified(quint64 attempt, const Status &verifiedStatus, const AccountDraft &draft,
                                  Id reconnectId, const AccountService::Verified &verified)
{
    if (attempt != m_attempt)
        return; // cancelled, or replaced by a newer attempt
    m_busy = false;
    if (!verifiedStatus) {
        emit failed(verifiedStatus.error());
        return;
    }
    AccountService service(*m_context.db, *m_context.secrets, *m_context.clock);
    if (reconnectId != 0) {
        if (const Status st = service.storeReconnected(reconnectId, verified); !st) {
            emit failed(st.error());
            return;
        }
        emit reconnected(reconnectId);
        return;
    }
    Account account;
    if (const Status st = service.store(draft, verified, &account); !st) {
        emit failed(tr("Nothing was saved. %1").arg(st.error()));
        return;
    }
    emit connected(account);
}

} // namespace ui
} // namespace vigie
