#include "manualfixture.h"

#include "storage/postrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QFile>

namespace vigie {
namespace test {

ManualFixture::ManualFixture()
{
    if (!m_store.ok())
        return;
    WorkspaceRepository repo(db(), m_clock);
    workspace.name = QStringLiteral("Laboratoires Hélianthe");
    workspace.timezone = QStringLiteral("Europe/Paris");
    if (!repo.addWorkspace(workspace))
        return;
    brand = Brand::named(workspace.id, QStringLiteral("Hélicard"), QStringLiteral("#b91c1c"));
    brand.safetyText = safetyText();
    if (!repo.addBrand(brand))
        return;
    Product product;
    product.brandId = brand.id;
    product.name = QStringLiteral("Hélicard 5 mg");
    product.aliases = {QStringLiteral("Hélicard"), QStringLiteral("Helicard")};
    product.inn = QStringLiteral("bisoprolol");
    if (!repo.addProduct(product))
        return;
    sermo.workspaceId = workspace.id;
    sermo.brandId = brand.id;
    sermo.network = Network::Manual;
    sermo.handle = QStringLiteral("sermo-cardio-fr");
    sermo.displayName = QStringLiteral("Sermo – Cardiologie France");
    sermo.baseUrl = QStringLiteral("https://www.sermo.com");
    sermo.isPublic = false;
    if (!repo.addAccount(sermo))
        return;
    mastodon.workspaceId = workspace.id;
    mastodon.brandId = brand.id;
    mastodon.network = Network::Mastodon;
    mastodon.handle = QStringLiteral("@helicard@sante.social");
    mastodon.displayName = QStringLiteral("Hélicard");
    mastodon.baseUrl = QStringLiteral("https://sante.social");
    mastodon.secretKey = QStringLiteral("test-mastodon");
    m_ok = bool(repo.addAccount(mastodon));
}

Id ManualFixture::addScheduledPost(const QString &body, const QList<Id> &accounts, const QDateTime &at,
                                   const PostExtras &extras, const QString &channelText)
{
    Post p;
    p.workspaceId = workspace.id;
    p.brandId = brand.id;
    p.body = body;
    p.state = PostState::Scheduled;
    p.scheduledAt = at;
    p.extras = extras;
    p.author = QStringLiteral("camille");
    for (const Id account : accounts) {
        PostVariant v = PostVariant::forAccount(account);
        v.state = PostState::Scheduled;
        v.body = channelText;
        p.variants.append(v);
    }
    if (!PostRepository(db(), m_clock).create(p, QStringLiteral("camille")))
        return 0;
    return p.id;
}

QList<PostVariant> ManualFixture::variantsOf(Id postId)
{
    const auto post = PostRepository(db(), m_clock).post(postId);
    return post ? post->variants : QList<PostVariant>();
}

QString ManualFixture::variantState(Id variantId)
{
    SqlQuery q(db(), QStringLiteral("SELECT state FROM post_variants WHERE id = ?"));
    return q.exec(variantId) && q.next() ? q.value(0).toString() : QString();
}

QString ManualFixture::variantUrl(Id variantId)
{
    SqlQuery q(db(), QStringLiteral("SELECT remote_url FROM post_variants WHERE id = ?"));
    return q.exec(variantId) && q.next() ? q.value(0).toString() : QString();
}

int ManualFixture::count(const QString &sql)
{
    SqlQuery q(db(), sql);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString ManualFixture::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = dir() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

} // namespace test
} // namespace vigie
