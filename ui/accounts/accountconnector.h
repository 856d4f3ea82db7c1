#pragma once

#include "accounts/accountservice.h"
#include "ui/appcontext.h"

#include <QObject>
#include <chrono>

namespace vigie {
namespace ui {

// Connects or reconnects one account without freezing the window: the network checks the
// credentials in a worker thread (its own QNetworkAccessManager and transport), then the
// account and its secret are stored here, in the window's thread, through AccountService —
// which stores nothing unless both the network and the system keychain accepted.
class AccountConnector : public QObject
{
    Q_OBJECT

public:
    explicit AccountConnector(AppContext context, QObject *parent = nullptr);

    void connectAccount(const AccountDraft &draft);
    // New credentials for an account that needs reconnecting.
    void reconnectAccount(Id accountId, const platforms::Credentials &credentials);
    // Forgets the attempt under way: whatever its network check answers is ignored and nothing
    // is stored. (The worker ends by itself at the transport's timeout at worst.)
    void cancel();
    bool isBusy() const { return m_busy; }

    // The transport's timeout for the check (tests shorten it); default HttpTransport's.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Why no account can be connected without a keychain, in words.
    static QString noKeychainMessage();

signals:
    void connected(const vigie::Account &account);
    void reconnected(vigie::Id accountId);
    // A sentence for the person: what went wrong and what to do.
    void failed(const QString &message);

private:
    void verifyInWorker(const AccountDraft &draft, Id reconnectId);
    void onVerified(quint64 attempt, const Status &verifiedStatus, const AccountDraft &draft, Id reconnectId,
                    const AccountService::Verified &verified);
    void fail(const QString &message);

    AppContext m_context;
    std::chrono::milliseconds m_timeout;
    quint64 m_attempt = 0;
    bool m_busy = false;
};

} // namespace ui
} // namespace vigie
