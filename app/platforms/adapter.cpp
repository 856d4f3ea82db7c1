#include "platforms/adapter.h"

namespace vigie {
namespace platforms {

Result<QList<PublishedPost>> Publisher::publishThread(const QList<OutgoingPost> &parts)
{
    QList<PublishedPost> published;
    QString previous;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        OutgoingPost part = parts.at(i);
        if (!previous.isEmpty())
            part.inReplyToRemoteId = previous;
        if (!part.idempotencyKey.isEmpty() && i > 0)
            part.idempotencyKey += QStringLiteral("-part%1").arg(i + 1);
        auto result = publish(part);
        if (!result.ok())
            return {result.outcome, published};
        previous = result.value.remoteId;
        published << result.value;
    }
    return Result<QList<PublishedPost>>::success(published);
}

Result<PublishedPost> Publisher::findPublished(const OutgoingPost &, const QDateTime &)
{
    return Result<PublishedPost>::failure(Outcome::failure(
        OutcomeKind::Permanent, QStringLiteral("looking for published posts is not supported")));
}

Outcome Engagement::hideComment(const QString &)
{
    return Outcome::failure(OutcomeKind::Permanent, QStringLiteral("hiding comments is not supported"));
}

Outcome Engagement::deleteComment(const QString &)
{
    return Outcome::failure(OutcomeKind::Permanent, QStringLiteral("deleting comments is not supported"));
}

void logUnknownValue(Network network, const char *field, const QString &value)
{
    qCWarning(lcHttp).noquote() << networkKey(network) << "sent an unknown" << field
                                << "value:" << value.left(80);
}

} // namespace platforms
} // namespace vigie
