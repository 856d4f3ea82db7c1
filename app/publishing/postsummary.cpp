#include "publishing/postsummary.h"

#include "storage/workspacerepository.h"

#include <QCoreApplication>

namespace vigie {

namespace {
// Posts without a brand (or whose brand was deleted) get a neutral grey chip.
const QColor kNoBrandColor(0x9c, 0xa3, 0xaf);
} // namespace

QString PostSummary::title() const
{
    const QString firstLine = body.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    return firstLine.isEmpty() ? QCoreApplication::translate("PostSummary", "Empty draft") : firstLine;
}

QString PostSummary::snippet(int length) const
{
    const QString text = body.simplified();
    if (text.isEmpty())
        return title();
    return text.size() <= length ? text : text.left(length).trimmed() + QChar(0x2026);
}

PostSummaryBuilder::PostSummaryBuilder(Database &db, Id workspaceId, const WorkspaceTime &time)
    : m_time(time)
{
    WorkspaceRepository workspaces(db);
    for (const Brand &brand : workspaces.brands(workspaceId)) {
        const QColor color(brand.color);
        m_brands.insert(brand.id, {brand.name, color.isValid() ? color : kNoBrandColor});
    }
    for (const Account &account : workspaces.accounts(workspaceId))
        m_accountNetworks.insert(account.id, account.network);
}

PostSummary PostSummaryBuilder::summarize(const Post &post) const
{
    PostSummary s;
    s.id = post.id;
    s.body = post.body;
    s.brandId = post.brandId;
    const auto brand = m_brands.constFind(post.brandId);
    s.brandName = brand != m_brands.cend() ? brand->name : QString();
    s.brandColor = brand != m_brands.cend() ? brand->color : kNoBrandColor;
    s.state = post.state;
    s.scheduledAt = post.scheduledAt;
    s.localTime = m_time.toLocal(post.scheduledAt);
    s.channelCount = int(post.variants.size());
    for (const PostVariant &variant : post.variants) {
        const Network network = m_accountNetworks.value(variant.accountId, Network::Unknown);
        if (!s.networks.contains(network))
            s.networks << network;
    }
    s.reschedulable = isReschedulable(post.state);
    s.seriesId = post.seriesId;
    s.recurrence = post.recurrence;
    return s;
}

} // namespace vigie
