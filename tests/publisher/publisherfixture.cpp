#include "publisherfixture.h"

#include "accounts/accountservice.h"
#include "storage/postrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

namespace vigie {
namespace test {

PublisherFixture::PublisherFixture()
{
    if (!m_store.ok())
        return;
    WorkspaceRepository repo(db());
    workspace.name = QStringLiteral("Publisher tests");
    if (!repo.addWorkspace(workspace))
        return;
    brand = Brand::named(workspace.id, QStringLiteral("Aurora"), QStringLiteral("#2f6f9f"));
    brand.safetyText = safetyText();
    m_ok = bool(repo.addBrand(brand));
}

Account PublisherFixture::addAccount(Network network, const QString &serverUrl, const QString &handle,
                                     const QString &remoteUserId, const platforms::Credentials &credentials)
{
    Account a;
    a.workspaceId = workspace.id;
    a.brandId = brand.id;
    a.network = network;
    a.handle = handle;
    a.displayName = handle;
    a.baseUrl = serverUrl;
    a.remoteUserId = remoteUserId;
    a.secretKey = QStringLiteral("test-%1").arg(handle);
    if (!WorkspaceRepository(db()).addAccount(a))
        return {};
    m_credentials.insert(a.id, credentials);
    return a;
}

Id PublisherFixture::addScheduledPost(const QString &body, const QList<Id> &accounts, const QDateTime &at,
                                      const PostExtras &extras)
{
    Post p;
    p.workspaceId = workspace.id;
    p.brandId = brand.id;
    p.body = body;
    p.state = PostState::Scheduled;
    p.scheduledAt = at.isValid() ? at : start();
    p.extras = extras;
    p.author = QStringLiteral("camille");
    for (const Id account : accounts) {
        PostVariant v = PostVariant::forAccount(account);
        v.state = PostState::Scheduled;
        p.variants.append(v);
    }
    if (!PostRepository(db(), m_clock).create(p, QStringLiteral("camille")))
        return 0;
    return p.id;
}

PublishAccess PublisherFixture::access() const
{
    PublishAccess access;
    const auto credentials = m_credentials;
    access.loadCredentials = [credentials](const Account &account, platforms::Credentials *c) {
        if (!credentials.contains(account.id))
            return Status::failure(QStringLiteral("no credentials for account %1").arg(account.id));
        *c = credentials.value(account.id);
        return Status::success();
    };
    access.makeAdapter = [](const Account &account, const platforms::Credentials &c,
                            platforms::HttpTransport &http,
                            const Clock &clock) { return makeAdapter(account, c, http, clock); };
    return access;
}

QString PublisherFixture::variantState(Id variantId)
{
    SqlQuery q(db(), QStringLiteral("SELECT state FROM post_variants WHERE id = ?"));
    if (!q.exec(variantId) || !q.next())
        return {};
    return q.value(0).toString();
}

QList<PostVariant> PublisherFixture::variants()
{
    QList<PostVariant> list;
    for (const Post &p : PostRepository(db(), m_clock)
                             .scheduledBetween(workspace.id, start().addYears(-1), start().addYears(1)))
        list += p.variants;
    return list;
}

int PublisherFixture::auditCount(const QString &action)
{
    SqlQuery q(db(), QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"));
    if (!q.exec(action) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace test
} // namespace vigie
