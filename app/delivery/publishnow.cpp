#include "delivery/publishnow.h"

#include "storage/database.h"
#include "storage/publishledger.h"

#include <QRandomGenerator>

namespace vigie {

using namespace platforms;

QString PublishNow::newIdempotencyKey() const
{
    // TID: 53 bits of microseconds since the epoch and 10 bits of clock id, in base32-sortable.
    static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    const quint64 micros =
        quint64(m_clock.now().toMSecsSinceEpoch()) * 1000 + QRandomGenerator::global()->bounded(1000);
    const quint64 value =
        ((micros & ((quint64(1) << 53) - 1)) << 10) | QRandomGenerator::global()->bounded(1024);
    QString tid(13, QLatin1Char('2'));
    quint64 v = value;
    for (int i = 12; i >= 0; --i) {
        tid[i] = QLatin1Char(alphabet[v & 31]);
        v >>= 5;
    }
    return tid;
}

Result<PublishedPost> PublishNow::publishVariant(Id variantId, OutgoingPost content, Adapter &adapter,
                                                 const QString &actor)
{
    PublishLedger ledger(m_db, m_clock);
    Publisher *publisher = adapter.publisher();
    if (!publisher)
        return Result<PublishedPost>::failure(
            Outcome::failure(OutcomeKind::Permanent, tr("Vigie cannot publish on this network.")));
    PostVariant claimed;
    if (auto st = ledger.claim(variantId, newIdempotencyKey(), actor, &claimed); !st)
        return Result<PublishedPost>::failure(Outcome::failure(OutcomeKind::Permanent, st.error()));
    content.idempotencyKey = claimed.idempotencyKey;
    auto result = publisher->publish(content);
    Status recorded = Status::success();
    if (result.ok()) {
        recorded = ledger.finish(variantId, PostState::Published, result.value.remoteId, result.value.url, {},
                                 actor);
    } else {
        const PostState state =
            result.outcome.kind == OutcomeKind::Unconfirmed ? PostState::Unconfirmed : PostState::Failed;
        recorded = ledger.finish(variantId, state, {}, {}, result.outcome.describe(), actor);
    }
    if (!recorded && result.ok()) {
        // Published on the network but not recorded: say so loudly rather than let it be posted again.
        result.outcome = Outcome::failure(OutcomeKind::Unconfirmed,
                                          tr("Published as %1, but Vigie’s database could not record it: %2")
                                              .arg(result.value.url, recorded.error()));
    }
    return result;
}

} // namespace vigie
