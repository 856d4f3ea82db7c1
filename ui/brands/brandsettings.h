#pragma once

#include "core/postcontent.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <optional>

namespace vigie {

class Database;

namespace ui {

// Everything Brands and compliance edits for one brand: the brand row and its products.
struct BrandSettings
{
    Brand brand;
    QList<Product> products;

    // True when saving this instead of other would change something a user could see.
    bool sameAs(const BrandSettings &other) const;
};

// Reads, checks and stores one brand's settings. The dialog keeps what was read and what the
// user made of it, and saves only the part that changed, so the audit log records real edits.
class BrandSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(BrandSettingsStore)

public:
    BrandSettingsStore(Database &db, QString actor);

    std::optional<BrandSettings> load(Id brandId) const;
    // Why edited cannot be saved (empty name, a product without a name or listed twice), in
    // words; success when it can.
    static Status check(const BrandSettings &edited);
    // Checks first and writes nothing on refusal; then the brand (updateBrand) if it changed and
    // the products (replaceProducts) if they changed, each in its transaction with its audit entry.
    Status save(const BrandSettings &before, const BrandSettings &edited) const;

    // Claims as a person typed them: spaces simplified, blank entries dropped, exact repeats
    // kept once.
    static QStringList cleanClaims(const QStringList &claims);

private:
    Database &m_db;
    QString m_actor;
};

} // namespace ui
} // namespace vigie
