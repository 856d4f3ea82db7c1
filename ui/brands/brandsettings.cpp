#include "ui/brands/brandsettings.h"

#include "publishing/productsjson.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QSet>

namespace vigie {
namespace ui {

namespace {

bool sameBrandFields(const Brand &a, const Brand &b)
{
    return a.name == b.name && a.color == b.color && a.safetyText == b.safetyText &&
           a.requiredReviews == b.requiredReviews && a.forbiddenClaims == b.forbiddenClaims;
}

bool sameProducts(const QList<Product> &a, const QList<Product> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const Product &x = a.at(i);
        const Product &y = b.at(i);
        if (x.id != y.id || x.name != y.name || x.aliases != y.aliases || x.inn != y.inn ||
            x.prescriptionOnly != y.prescriptionOnly)
            return false;
    }
    return true;
}

} // namespace

bool BrandSettings::sameAs(const BrandSettings &other) const
{
    return sameBrandFields(brand, other.brand) && sameProducts(products, other.products);
}

BrandSettingsStore::BrandSettingsStore(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

std::optional<BrandSettings> BrandSettingsStore::load(Id brandId) const
{
    WorkspaceRepository repository(m_db);
    const auto brand = repository.brand(brandId);
    if (!brand)
        return std::nullopt;
    BrandSettings settings;
    settings.brand = *brand;
    for (const Product &p : repository.products(brand->workspaceId)) {
        if (p.brandId == brandId)
            settings.products << p;
    }
    return settings;
}

Status BrandSettingsStore::check(const BrandSettings &edited)
{
    if (edited.brand.name.trimmed().isEmpty())
        return Status::failure(tr("The brand needs a name."));
    return ProductsJson::check(edited.products);
}

Status BrandSettingsStore::save(const BrandSettings &before, const BrandSettings &edited) const
{
    if (auto st = check(edited); !st)
        return st;
    WorkspaceRepository repository(m_db);
    // One change: the two repository calls join this transaction, so either both land or neither.
    Transaction tx(m_db);
    if (!sameProducts(before.products, edited.products)) {
        if (auto st = repository.replaceProducts(edited.brand.id, edited.products, m_actor); !st)
            return st;
    }
    if (!sameBrandFields(before.brand, edited.brand)) {
        Brand brand = edited.brand;
        brand.name = brand.name.trimmed();
        if (auto st = repository.updateBrand(brand, m_actor); !st)
            return st;
    }
    return tx.commit();
}

QStringList BrandSettingsStore::cleanClaims(const QStringList &claims)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &claim : claims) {
        const QString trimmed = claim.simplified();
        if (trimmed.isEmpty())
            continue;
        // Only exact repeats go: the defaults themselves hold spellings the matcher treats alike
        // ("100 % efficace", "100% efficace"), and a stored list must read back unchanged.
        if (seen.contains(trimmed))
            continue;
        seen.insert(trimmed);
        result << trimmed;
    }
    return result;
}

} // namespace ui
} // namespace vigie
