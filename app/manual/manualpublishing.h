#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <optional>

namespace vigie {

class Database;

// A post a person must publish by hand in a community without an API, now that its time came.
struct ManualDuePost
{
    Id variantId = 0;
    Id postId = 0;
    Id accountId = 0;
    Id brandId = 0;
    QString community;     // the account's name as the person knows it ("Sermo – Cardiologie France")
    QString communityUrl;  // the account's base URL; empty when none was given
    QString text;          // exactly what to post: the channel's text, then the brand's safety text
    QStringList followUps; // thread parts, then the first comment: to post as replies, in order
    QStringList mediaPaths;
    QDateTime scheduledAt;
    QDateTime announcedAt; // when a person was first told; invalid = not yet
    QString blocker;       // why it may not go out (approval voided, media changed…); empty = it may
};

// Manual channels at their due time: what to post where, who was already told, and the
// person's "it is online, here is its address". Core only (no widgets): the window's notifier,
// `vigie manual due` and `vigie manual published` share it.
class ManualPublishing
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ManualPublishing)

public:
    ManualPublishing(Database &db, const Clock &clock = SystemClock::instance(),
                     QString actor = QStringLiteral("manual"));

    // Every manual variant due now, oldest first (PublishLedger::dueManualVariants), with its text.
    QList<ManualDuePost> due(int limit = 500) const;
    // The due ones nobody was told about yet, now marked announced (progress "announced_at",
    // audit-logged): a person is notified once, across restarts, not every minute.
    QList<ManualDuePost> takeUnannounced(int limit = 500);
    // One variant, due or not; nullopt when it is not a manual channel's or no longer exists.
    std::optional<ManualDuePost> post(Id variantId) const;

    // The person published it: url must be an http(s) address with a host. Refused (nothing
    // changed) when it is not, or when the variant is not waiting (already published…).
    Status markPublished(Id variantId, const QString &url);
    // Why url cannot be the published post's address, in words; empty when it can.
    static QString urlProblem(const QString &url);

private:
    std::optional<ManualDuePost> describe(Id variantId, Id postId) const;
    Status markAnnounced(const ManualDuePost &post);

    Database &m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace vigie
