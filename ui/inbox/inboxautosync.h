#pragma once

#include "delivery/syncbackoff.h"
#include "ui/appcontext.h"

#include <QObject>

class QTimer;

namespace vigie {
namespace ui {

class InboxDelivery;
struct AccountSyncResult;

// Syncs the inbox by itself: every few minutes (QSettings "inbox/syncMinutes", default 5, 0 =
// never) each connected account whose turn has come is read, through InboxDelivery so a sync
// never runs twice at once and the window never waits. An account that fails waits longer each
// time (SyncBackoff: up to an hour, never before the network allows); a success, automatic or
// "Sync now", puts it back on the interval. The demo workspace is never synced.
class InboxAutoSync : public QObject
{
    Q_OBJECT

public:
    static inline const QString kSettingsKey = QStringLiteral("inbox/syncMinutes");
    static constexpr int kDefaultMinutes = 5;

    InboxAutoSync(AppContext context, InboxDelivery *delivery, QObject *parent = nullptr);

    // Minutes between syncs as saved (0 = off).
    static int savedMinutes();
    int minutes() const { return m_minutes; }
    // Changes the interval (0 stops) and saves it.
    void setMinutes(int minutes);
    // How often due accounts are looked for; tests make it short.
    void setCheckInterval(int milliseconds);
    bool isActive() const;
    const SyncBackoff &backoff() const { return m_backoff; }

public slots:
    // Syncs the accounts whose turn has come, unless a sync is running.
    void syncDueAccounts();

signals:
    // An automatic round started with this many accounts.
    void roundStarted(int accounts);

private:
    void onSyncFinished(const QList<AccountSyncResult> &results);
    void applyInterval();

    AppContext m_context;
    InboxDelivery *m_delivery;
    QTimer *m_timer;
    SyncBackoff m_backoff;
    int m_minutes = kDefaultMinutes;
};

} // namespace ui
} // namespace vigie
