#pragma once

#include "core/clock.h"
#include "core/types.h"
#include "support/testsupport.h"

#include <QTimeZone>

namespace vigie {
namespace test {

// A temporary store with a workspace in Paris, a brand with safety text and a product the
// classifier knows, a manual channel (Sermo) and a Mastodon account; "now" is fixed.
class ManualFixture
{
public:
    // Monday 16 November 2026, 09:00 UTC (10:00 in Paris).
    static QDateTime start() { return QDateTime(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::utc()); }
    static QString safetyText() { return QStringLiteral("Hélicard est un médicament. Lisez la notice."); }

    ManualFixture();
    bool ok() const { return m_ok; }
    Database &db() { return m_store.db(); }
    QString path() const { return m_store.path(); }
    QString dir() const { return m_store.dir(); }
    FixedClock &clock() { return m_clock; }

    Workspace workspace;
    Brand brand;
    Account sermo;    // Network::Manual
    Account mastodon; // a network with an API

    // A post scheduled at `at` with one Scheduled variant per account (body = channel text when set).
    Id addScheduledPost(const QString &body, const QList<Id> &accounts, const QDateTime &at,
                        const PostExtras &extras = {}, const QString &channelText = {});
    QList<PostVariant> variantsOf(Id postId);
    QString variantState(Id variantId);
    QString variantUrl(Id variantId);
    int count(const QString &sql);
    QString writeFile(const QString &name, const QByteArray &content);

private:
    TempStore m_store;
    FixedClock m_clock{start()};
    bool m_ok = false;
};

} // namespace test
} // namespace vigie
