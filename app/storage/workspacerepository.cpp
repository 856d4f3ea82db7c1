#include "storage/workspacerepository.h"

#include "storage/auditlog.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace vigie {

namespace {
Workspace readWorkspace(const SqlQuery &q)
{
    Workspace ws;
    ws.id = q.value(0).toLongLong();
    ws.name = q.value(1).toString();
    ws.timezone = q.value(2).toString();
    ws.isDemo = q.value(3).toBool();
    return ws;
}

Account readAccount(const SqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.workspaceId = q.value(1).toLongLong();
    a.brandId = q.value(2).toLongLong();
    a.network = networkFromKey(q.value(3).toString());
    a.handle = q.value(4).toString();
    a.displayName = q.value(5).toString();
    a.baseUrl = q.value(6).toString();
    a.status = accountStatusFromKey(q.value(7).toString());
    a.isPublic = q.value(8).toBool();
    a.remoteUserId = q.value(9).toString();
    a.secretKey = q.value(10).toString();
    a.maxLength = q.value(11).toInt();
    a.rateLimitedUntil = fromDbTime(q.value(12));
    a.statusDetail = q.value(13).toString();
    a.tokenExpiresAt = fromDbTime(q.value(14));
    return a;
}

const QString kAccountColumns = QStringLiteral(
    "id, workspace_id, COALESCE(brand_id, 0), network, handle, display_name, base_url, status, "
    "is_public, remote_user_id, secret_key, max_length, rate_limited_until, status_detail, token_expires_at");
} // namespace

Status WorkspaceRepository::addWorkspace(Workspace &workspace)
{
    if (workspace.name.trimmed().isEmpty())
        return Status::failure(tr("A workspace needs a name."));
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO workspaces (name, timezone, is_demo, created_at) VALUES (?, ?, ?, ?)"));
    if (auto st = q.exec(workspace.name, workspace.timezone, workspace.isDemo ? 1 : 0,
                         m_clock.now().toSecsSinceEpoch());
        !st)
        return st;
    workspace.id = q.lastInsertId();
    return Status::success();
}

std::optional<Workspace> WorkspaceRepository::primaryWorkspace() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, name, timezone, is_demo FROM workspaces ORDER BY id LIMIT 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readWorkspace(q);
}

std::optional<Workspace> WorkspaceRepository::workspace(Id id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, timezone, is_demo FROM workspaces WHERE id = ?"));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    return readWorkspace(q);
}

namespace {
QString rolesText(const QList<ReviewRole> &roles)
{
    QStringList keys;
    for (ReviewRole role : roles)
        keys << reviewRoleKey(role);
    return keys.join(QLatin1Char(','));
}

QList<ReviewRole> rolesFromText(const QString &text)
{
    QList<ReviewRole> roles;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const ReviewRole role = reviewRoleFromKey(key);
        if (role != ReviewRole::Unknown && !roles.contains(role))
            roles << role;
    }
    return roles;
}

QStringList claimsFromText(const QString &text)
{
    QStringList claims;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            claims << line.trimmed();
    }
    return claims;
}

const QString kBrandColumns = QStringLiteral(
    "id, workspace_id, name, color, is_competitor, safety_text, required_reviews, forbidden_claims");

Brand readBrand(const SqlQuery &q)
{
    Brand b;
    b.id = q.value(0).toLongLong();
    b.workspaceId = q.value(1).toLongLong();
    b.name = q.value(2).toString();
    b.color = q.value(3).toString();
    b.isCompetitor = q.value(4).toBool();
    b.safetyText = q.value(5).toString();
    b.requiredReviews = rolesFromText(q.value(6).toString());
    b.forbiddenClaims = claimsFromText(q.value(7).toString());
    return b;
}
} // namespace

QString reviewRolesText(const QList<ReviewRole> &roles)
{
    return rolesText(roles);
}

QList<ReviewRole> reviewRolesFromText(const QString &text)
{
    return rolesFromText(text);
}

Status WorkspaceRepository::addBrand(Brand &brand)
{
    if (brand.name.trimmed().isEmpty())
        return Status::failure(tr("A brand needs a name."));
    // A new brand starts with the default forbidden claims; the user edits them from there.
    if (brand.forbiddenClaims.isEmpty())
        brand.forbiddenClaims = defaultForbiddenClaims();
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO brands (workspace_id, name, color, is_competitor, safety_text, "
                              "required_reviews, forbidden_claims) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (auto st =
            q.exec(brand.workspaceId, brand.name, brand.color, brand.isCompetitor ? 1 : 0, brand.safetyText,
                   rolesText(brand.requiredReviews), brand.forbiddenClaims.join(QLatin1Char('\n')));
        !st)
        return st;
    brand.id = q.lastInsertId();
    return Status::success();
}

Status WorkspaceRepository::updateBrand(const Brand &brand, const QString &actor)
{
    if (brand.name.trimmed().isEmpty())
        return Status::failure(tr("A brand needs a name."));
    Transaction tx(m_db);
    SqlQuery q(m_db,
               QStringLiteral("UPDATE brands SET name = ?, color = ?, is_competitor = ?, safety_text = ?, "
                              "required_reviews = ?, forbidden_claims = ? WHERE id = ?"));
    if (auto st =
            q.exec(brand.name.trimmed(), brand.color, brand.isCompetitor ? 1 : 0, brand.safetyText,
                   rolesText(brand.requiredReviews), brand.forbiddenClaims.join(QLatin1Char('\n')), brand.id);
        !st)
        return st;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("This brand no longer exists."));
    AuditLog audit(m_db);
    if (auto st = audit.append(
            brand.workspaceId, actor, QStringLiteral("brand.updated"), QStringLiteral("brand"), brand.id,
            {{QStringLiteral("required_reviews"), rolesText(brand.requiredReviews)},
             {QStringLiteral("safety_text"), brand.safetyText},
             {QStringLiteral("forbidden_claims"), brand.forbiddenClaims.join(QLatin1Char('\n'))}},
            m_clock.now());
        !st)
        return st;
    return tx.commit();
}

std::optional<Brand> WorkspaceRepository::brand(Id id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM brands WHERE id = ?").arg(kBrandColumns));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    return readBrand(q);
}

QList<Brand> WorkspaceRepository::brands(Id workspaceId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM brands WHERE workspace_id = ? ORDER BY is_competitor, name")
                   .arg(kBrandColumns));
    QList<Brand> result;
    if (!q.exec(workspaceId))
        return result;
    while (q.next())
        result << readBrand(q);
    return result;
}

Status WorkspaceRepository::replaceProducts(Id brandId, const QList<Product> &products, const QString &actor)
{
    const auto owner = brand(brandId);
    if (!owner)
        return Status::failure(tr("This brand no longer exists."));
    for (const Product &p : products) {
        if (p.name.trimmed().isEmpty())
            return Status::failure(tr("A product needs a name."));
    }
    Transaction tx(m_db);
    // Kept rows keep their ids (mentions and aggregates point at them); others are removed.
    QList<Id> kept;
    SqlQuery update(
        m_db, QStringLiteral("UPDATE products SET name = ?, aliases = ?, inn = ?, prescription_only = ? "
                             "WHERE id = ? AND brand_id = ?"));
    for (const Product &p : products) {
        if (p.id == 0)
            continue;
        if (auto st = update.execWith({p.name.trimmed(), p.aliases.join(QLatin1Char('\n')), p.inn.trimmed(),
                                       p.prescriptionOnly ? 1 : 0, p.id, brandId});
            !st)
            return st;
        kept << p.id;
    }
    QStringList keptIds{QStringLiteral("0")};
    for (Id id : kept)
        keptIds << QString::number(id);
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM products WHERE brand_id = ? AND id NOT IN (%1)")
                              .arg(keptIds.join(QLatin1Char(','))));
    if (auto st = remove.exec(brandId); !st)
        return st;
    for (Product p : products) {
        if (p.id != 0)
            continue;
        p.brandId = brandId;
        if (auto st = addProduct(p); !st)
            return Status::failure(tr("Two products of this brand are named “%1”.").arg(p.name));
    }
    QStringList names;
    for (const Product &p : products)
        names << p.name + (p.prescriptionOnly ? QStringLiteral(" (Rx)") : QString());
    AuditLog audit(m_db);
    if (auto st = audit.append(
            owner->workspaceId, actor, QStringLiteral("brand.products_changed"), QStringLiteral("brand"),
            brandId, {{QStringLiteral("products"), names.join(QStringLiteral(", "))}}, m_clock.now());
        !st)
        return st;
    return tx.commit();
}

Status WorkspaceRepository::addProduct(Product &product)
{
    if (product.name.trimmed().isEmpty())
        return Status::failure(tr("A product needs a name."));
    SqlQuery q(m_db, QStringLiteral("INSERT INTO products (brand_id, name, aliases, inn, prescription_only) "
                                    "VALUES (?, ?, ?, ?, ?)"));
    if (auto st = q.exec(product.brandId, product.name, product.aliases.join(QLatin1Char('\n')), product.inn,
                         product.prescriptionOnly ? 1 : 0);
        !st)
        return st;
    product.id = q.lastInsertId();
    return Status::success();
}

QList<Product> WorkspaceRepository::products(Id workspaceId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT p.id, p.brand_id, p.name, p.aliases, p.inn, p.prescription_only "
                                    "FROM products p JOIN brands b ON b.id = p.brand_id "
                                    "WHERE b.workspace_id = ? ORDER BY p.name"));
    QList<Product> result;
    if (!q.exec(workspaceId))
        return result;
    while (q.next()) {
        Product p;
        p.id = q.value(0).toLongLong();
        p.brandId = q.value(1).toLongLong();
        p.name = q.value(2).toString();
        p.aliases = q.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        p.inn = q.value(4).toString();
        p.prescriptionOnly = q.value(5).toBool();
        result << p;
    }
    return result;
}

Status WorkspaceRepository::addAccount(Account &account)
{
    if (account.handle.trimmed().isEmpty())
        return Status::failure(tr("An account needs a handle."));
    SqlQuery q(
        m_db, QStringLiteral("INSERT INTO accounts (workspace_id, brand_id, network, handle, display_name, "
                             "base_url, status, is_public, created_at, remote_user_id, secret_key, "
                             "max_length, token_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto st = q.execWith({account.workspaceId, toDbId(account.brandId), networkKey(account.network),
                              account.handle, account.displayName, account.baseUrl,
                              accountStatusKey(account.status), account.isPublic ? 1 : 0,
                              m_clock.now().toSecsSinceEpoch(), account.remoteUserId, account.secretKey,
                              account.maxLength, toDbTime(account.tokenExpiresAt)});
        !st) {
        if (st.error().contains(QLatin1String("UNIQUE")))
            return Status::failure(tr("This account is already connected in this workspace."));
        return st;
    }
    account.id = q.lastInsertId();
    return Status::success();
}

QList<Account> WorkspaceRepository::accounts(Id workspaceId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM accounts WHERE workspace_id = ? ORDER BY network, handle")
                         .arg(kAccountColumns));
    QList<Account> result;
    if (!q.exec(workspaceId))
        return result;
    while (q.next())
        result << readAccount(q);
    return result;
}

std::optional<Account> WorkspaceRepository::account(Id id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kAccountColumns));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    return readAccount(q);
}

Status WorkspaceRepository::updateAccountStatus(Id accountId, AccountStatus status,
                                                const QDateTime &rateLimitedUntil, const QString &detail)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE accounts SET status = ?, rate_limited_until = ?, status_detail = ? "
                              "WHERE id = ?"));
    const QVariant until =
        rateLimitedUntil.isValid() ? QVariant(rateLimitedUntil.toSecsSinceEpoch()) : QVariant();
    return q.execWith({accountStatusKey(status), until, detail, accountId});
}

Status WorkspaceRepository::updateAccountProfile(const Account &account)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE accounts SET handle = ?, display_name = ?, remote_user_id = ?, "
                                    "max_length = ?, secret_key = ? WHERE id = ?"));
    return q.execWith({account.handle, account.displayName, account.remoteUserId, account.maxLength,
                       account.secretKey, account.id});
}

Status WorkspaceRepository::updateAccountTokenExpiry(Id accountId, const QDateTime &expiresAt)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE accounts SET token_expires_at = ? WHERE id = ?"));
    return q.exec(toDbTime(expiresAt), accountId);
}

Status WorkspaceRepository::removeAccount(Id accountId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    if (auto st = q.exec(accountId); !st)
        return st;
    if (q.numRowsAffected() < 1)
        return Status::failure(tr("There is no account %1.").arg(accountId));
    return Status::success();
}

} // namespace vigie
