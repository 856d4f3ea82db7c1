#pragma once

#include "core/clock.h"
#include "core/types.h"
#include "delivery/publishsummary.h"
#include "support/testsupport.h"

#include <QHash>
#include <QTimeZone>

namespace vigie {
namespace test {

// A temporary store with one brand (with safety text, no review required unless asked) and
// accounts pointing at the fake servers the test runs, plus helpers to plan scheduled posts.
class PublisherFixture
{
public:
    static QDateTime start() { return QDateTime(QDate(2026, 11, 16), QTime(8, 0), QTimeZone::utc()); }

    PublisherFixture();
    bool ok() const { return m_ok; }
    Database &db() { return m_store.db(); }
    QString dbPath() const { return m_store.path(); }
    QString dir() const { return m_store.dir(); }
    FixedClock &clock() { return m_clock; }
    Workspace workspace;
    Brand brand;
    static QString safetyText() { return QStringLiteral("Notice: ask your pharmacist."); }

    // An account of the workspace on a fake server; its credentials are what access() hands out.
    Account addAccount(Network network, const QString &serverUrl, const QString &handle,
                       const QString &remoteUserId, const platforms::Credentials &credentials);
    // A post scheduled at `at` (default: start) with one Scheduled variant per account.
    Id addScheduledPost(const QString &body, const QList<Id> &accounts, const QDateTime &at = {},
                        const PostExtras &extras = {});
    // Credentials from the fixture, adapters from the registry (no keychain).
    PublishAccess access() const;

    QString variantState(Id variantId);
    QList<PostVariant> variants();
    int auditCount(const QString &action);

private:
    TempStore m_store;
    FixedClock m_clock{start()};
    QHash<Id, platforms::Credentials> m_credentials;
    bool m_ok = false;
};

} // namespace test
} // namespace vigie
