#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <optional>

namespace vigie {

class Database;

// Workspaces with their brands, products and connected accounts.
class WorkspaceRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceRepository)

public:
    // clock stamps created_at (the demo generator passes a fixed one so its output is reproducible).
    explicit WorkspaceRepository(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    Status addWorkspace(Workspace &workspace);
    // The workspace the window opens: the first one created.
    std::optional<Workspace> primaryWorkspace() const;
    std::optional<Workspace> workspace(Id id) const;

    // An empty list of forbidden claims is filled with the defaults.
    Status addBrand(Brand &brand);
    // Name, colour, safety text, required reviews and forbidden claims; audit-logged.
    Status updateBrand(const Brand &brand, const QString &actor);
    std::optional<Brand> brand(Id id) const;
    QList<Brand> brands(Id workspaceId) const;
    // Makes the brand's products exactly these (id 0 = new), in one transaction; audit-logged.
    Status replaceProducts(Id brandId, const QList<Product> &products, const QString &actor);

    Status addProduct(Product &product);
    QList<Product> products(Id workspaceId) const; // every brand's

    Status addAccount(Account &account);
    QList<Account> accounts(Id workspaceId) const;
    std::optional<Account> account(Id id) const;
    // Status after a network answer; rateLimitedUntil only for RateLimited, detail in words.
    Status updateAccountStatus(Id accountId, AccountStatus status, const QDateTime &rateLimitedUntil = {},
                               const QString &detail = {});
    // Handle, display name, remote id, length limit and keychain entry name, as signed in.
    Status updateAccountProfile(const Account &account);
    // When the account's access token stops working (invalid = never / unknown); not a secret.
    Status updateAccountTokenExpiry(Id accountId, const QDateTime &expiresAt);
    // Deletes the account with its inbox and sync cursors (its keychain entry is the caller's).
    Status removeAccount(Id accountId);

private:
    Database &m_db;
    const Clock &m_clock;
};

// "medical,legal" <-> roles, as stored.
QString reviewRolesText(const QList<ReviewRole> &roles);
QList<ReviewRole> reviewRolesFromText(const QString &text);

} // namespace vigie
