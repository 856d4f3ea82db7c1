#include "delivery/publishrecovery.h"

#include "storage/database.h"
#include "storage/publishledger.h"

#include <QMutex>
#include <QRandomGenerator>
#include <cstring>

namespace vigie {

namespace {
const char kTidAlphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
// Mastodon keeps an Idempotency-Key for one hour; leave room for a slow request.
constexpr qint64 kMastodonKeySeconds = 55 * 60;

bool decodeTid(const QString &key, quint64 *value)
{
    if (key.size() != 13)
        return false;
    quint64 v = 0;
    for (const QChar c : key) {
        const char *at = c.unicode() < 128 ? std::strchr(kTidAlphabet, char(c.unicode())) : nullptr;
        if (!at || !*at)
            return false;
        v = (v << 5) | quint64(at - kTidAlphabet);
    }
    *value = v;
    return (v >> 63) == 0; // the top bit of a TID is always 0
}

QString encodeTid(quint64 v)
{
    QString tid(13, QLatin1Char('2'));
    for (int i = 12; i >= 0; --i) {
        tid[i] = QLatin1Char(kTidAlphabet[v & 31]);
        v >>= 5;
    }
    return tid;
}
} // namespace

QString newPublishKey(const Clock &clock)
{
    static QMutex mutex;
    static qint64 last = 0;
    const qint64 now = clock.now().toMSecsSinceEpoch() * 1000 + QRandomGenerator::global()->bounded(1000);
    qint64 micros = 0;
    {
        QMutexLocker lock(&mutex);
        last = qMax(now, last + 2);
        micros = last;
    }
    // Room for the derived keys of a long thread before the clock id wraps into the next
    // microsecond (which the next key never uses: it is 2 µs later).
    const quint64 clockId = QRandomGenerator::global()->bounded(1024 - 64);
    return encodeTid(((quint64(micros) & ((quint64(1) << 53) - 1)) << 10) | clockId);
}

bool resendsIdempotently(Network network, const QDateTime &firstClaimedAt, const QDateTime &now)
{
    switch (network) {
    case Network::Bluesky:
        return true;
    case Network::Mastodon:
        return firstClaimedAt.isValid() && firstClaimedAt.secsTo(now) < kMastodonKeySeconds;
    case Network::X:
    case Network::Facebook:
    case Network::Instagram:
    case Network::LinkedIn:
        // No key, but their publishers look among the account's posts before every retry
        // (Publisher::findsPublished): the resend finds the post instead of doubling it.
        return true;
    default:
        return false;
    }
}

QString derivedIdempotencyKey(const QString &key, int index)
{
    if (index == 0)
        return key;
    quint64 value = 0;
    if (decodeTid(key, &value))
        return encodeTid((value + quint64(index)) & ~(quint64(1) << 63));
    return key + QLatin1Char('-') + QString::number(index);
}

Status ClaimRecovery::recover(int leaseSeconds, const QString &actor, QList<PublishReport> *unconfirmed,
                              int *resent)
{
    PublishLedger ledger(m_db, m_clock);
    const QDateTime now = m_clock.now();
    *resent = 0;
    for (const StaleClaim &claim : ledger.staleClaims(now, leaseSeconds)) {
        const QDateTime first = QDateTime::fromSecsSinceEpoch(
            claim.progress.value(QLatin1String("first_claimed_at")).toInteger(), Qt::UTC);
        const bool resend = resendsIdempotently(claim.network, first, now);
        const QString reason =
            resend ? QString()
                   : tr("Vigie stopped while publishing on %1 and cannot tell whether the post went out. "
                        "Check the account on the network, then mark it published or failed.")
                         .arg(networkDisplayName(claim.network));
        bool recovered = false;
        if (auto st = ledger.recoverClaim(claim, resend, reason, actor, &recovered); !st)
            return st;
        if (!recovered)
            continue;
        if (resend) {
            ++*resent;
        } else if (unconfirmed) {
            PublishReport r;
            r.variantId = claim.variantId;
            r.postId = claim.postId;
            r.accountId = claim.accountId;
            r.channel = networkDisplayName(claim.network);
            r.state = PostState::Unconfirmed;
            r.error = reason;
            unconfirmed->append(r);
        }
    }
    return Status::success();
}

} // namespace vigie
