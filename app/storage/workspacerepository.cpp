#include "storage/workspacerepository.h"

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
    return a;
}

const QString kAccountColumns = QStringLiteral(
    "id, workspace_id, COALESCE(brand_id, 0), network, handle, display_name, base_url, status, "
    "is_public, remote_user_id, secret_key, max_length, rate_limited_until, status_detail");
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

Status WorkspaceRepository::addBrand(Brand &brand)
{
    if (brand.name.trimmed().isEmpty())
        return Status::failure(tr("A brand needs a name."));
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO brands (workspace_id, name, color, is_competitor, safety_text) "
                              "VALUES (?, ?, ?, ?, ?)"));
    if (auto st =
            q.exec(brand.workspaceId, brand.name, brand.color, brand.isCompetitor ? 1 : 0, brand.safetyText);
        !st)
        return st;
    brand.id = q.lastInsertId();
    return Status::success();
}

QList<Brand> WorkspaceRepository::brands(Id workspaceId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, workspace_id, name, color, is_competitor, safety_text FROM brands "
                              "WHERE workspace_id = ? ORDER BY is_competitor, name"));
    QList<Brand> result;
    if (!q.exec(workspaceId))
        return result;
    while (q.next()) {
        Brand b;
        b.id = q.value(0).toLongLong();
        b.workspaceId = q.value(1).toLongLong();
        b.name = q.value(2).toString();
        b.color = q.value(3).toString();
        b.isCompetitor = q.value(4).toBool();
        b.safetyText = q.value(5).toString();
        result << b;
    }
    return result;
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
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO accounts (workspace_id, brand_id, network, handle, display_name, "
                              "base_url, status, is_public, created_at, remote_user_id, secret_key, "
                              "max_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto st = q.execWith(
            {account.workspaceId, toDbId(account.brandId), networkKey(account.network), account.handle,
             account.displayName, account.baseUrl, accountStatusKey(account.status), account.isPublic ? 1 : 0,
             m_clock.now().toSecsSinceEpoch(), account.remoteUserId, account.secretKey, account.maxLength});
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
