#include "demo/democatalog.h"

#include "storage/workspacerepository.h"

namespace vigie {
namespace demo {

namespace {

// Every name here is invented: none is a real medicine or laboratory. The active substances
// (INN) are real, which is what lets the demo talk about doses and side effects plausibly.
const char kLaboratory[] = "Laboratoires Hélianthe";

struct BrandSpec
{
    const char *name;
    const char *color;
    bool competitor;
    const char *safetyText;
    const char *reviews; // MLR reviews its posts need, as stored ("medical,legal")
};

// Indexed by BrandIndex.
const BrandSpec kBrands[] = {
    {"Hélidol", "#e67e22", false,
     "Ceci est un médicament. Lisez attentivement la notice. Ne pas dépasser la dose maximale : "
     "3 g de paracétamol par jour chez l'adulte. Ne pas associer à d'autres médicaments contenant du "
     "paracétamol. Demandez conseil à votre pharmacien. Si les symptômes persistent, consultez votre "
     "médecin.",
     "medical,legal"},
    {"Noctélia", "#6c5ce7", false,
     "Ceci est un médicament. Lisez attentivement la notice. Déconseillé chez l'enfant, la femme enceinte "
     "ou allaitante. Demandez conseil à votre pharmacien. Si les troubles du sommeil persistent plus de "
     "3 semaines, consultez votre médecin.",
     "medical"},
    {"Hélicard", "#16a085", false,
     "Médicament soumis à prescription médicale. Information réservée aux professionnels de santé : "
     "consultez le résumé des caractéristiques du produit (RCP) avant toute prescription. Déclarez tout "
     "effet indésirable sur signalement-sante.gouv.fr.",
     "medical,legal,regulatory"},
    {"Orvalis", "#7f8c8d", true, "", ""},
};

struct ProductSpec
{
    BrandIndex brand;
    Area area;
    const char *name;
    const char *inn;
    const char *aliases; // '|'-separated, as they are searched for in listening
    const char *spoken;  // '|'-separated, as people write them
    double share;
    bool prescriptionOnly;
};

const ProductSpec kProducts[] = {
    {Helidol, Area::Pain, "Hélidol 500 mg", "paracétamol", "Hélidol|Helidol|Hélidol 500",
     "Hélidol|Hélidol|Hélidol 500|helidol", 0.45, false},
    {Helidol, Area::Pain, "Hélidol 1 g", "paracétamol", "Hélidol 1g|Helidol 1g",
     "Hélidol 1g|Hélidol 1 g|helidol 1g", 0.30, false},
    {Helidol, Area::Pain, "Hélidol Ibu 400 mg", "ibuprofène", "Hélidol Ibu|Helidol Ibu|HélidolIbu",
     "Hélidol Ibu|Hélidol Ibu 400|helidol ibu", 0.25, false},
    {Noctelia, Area::Sleep, "Noctélia Mélatonine 1,9 mg", "mélatonine",
     "Noctélia|Noctelia|Noctélia Mélatonine", "Noctélia|Noctélia|noctelia|Noctélia mélatonine", 0.65, false},
    {Noctelia, Area::Sleep, "Noctélia Flash", "mélatonine", "Noctélia Flash|Noctelia Flash|Noctélia spray",
     "Noctélia Flash|Noctélia spray|noctelia flash", 0.35, false},
    {Helicard, Area::Cardio, "Hélicard 5 mg", "bisoprolol", "Hélicard|Helicard|Hélicard 2,5 mg",
     "Hélicard|Hélicard 5 mg|helicard", 1.0, true},
    {Orvalis, Area::Pain, "Orvalis Douleur 500 mg", "paracétamol", "Orvalis|Orvalis Douleur",
     "Orvalis|Orvalis Douleur|orvalis", 0.50, false},
    {Orvalis, Area::Pain, "Orvalis Ibuprofène 200 mg", "ibuprofène", "Orvalis Ibu|Orvalis Ibuprofène",
     "Orvalis Ibu|orvalis ibu", 0.25, false},
    {Orvalis, Area::Sleep, "Orvalis Sommeil", "mélatonine", "Orvalis Nuit|Orvalis Sommeil",
     "Orvalis Sommeil|Orvalis Nuit|orvalis sommeil", 0.25, false},
};

struct AccountSpec
{
    Network network;
    int brand; // BrandIndex, or -1 for the laboratory's corporate accounts
    const char *handle;
    const char *displayName;
    const char *baseUrl;
    AccountStatus status;
    bool isPublic;
};

// Indexed by AccountIndex. The Instagram token has expired: the demo shows what that looks like.
const AccountSpec kAccounts[] = {
    {Network::Mastodon, -1, "@helianthe", "Laboratoires Hélianthe", "https://sante.social",
     AccountStatus::Connected, true},
    {Network::Bluesky, -1, "helianthe-sante.bsky.social", "Hélianthe Santé", "https://bsky.social",
     AccountStatus::Connected, true},
    {Network::X, Helidol, "@Helidol_FR", "Hélidol France", "https://x.com", AccountStatus::Connected, true},
    {Network::Facebook, Helidol, "HelidolFrance", "Hélidol – Douleur & Fièvre", "https://www.facebook.com",
     AccountStatus::Connected, true},
    {Network::Facebook, Noctelia, "NocteliaSommeil", "Noctélia – Bien dormir", "https://www.facebook.com",
     AccountStatus::Connected, true},
    {Network::Instagram, Noctelia, "noctelia.sommeil", "Noctélia", "https://www.instagram.com",
     AccountStatus::NeedsReconnect, true},
    {Network::LinkedIn, -1, "laboratoires-helianthe", "Laboratoires Hélianthe", "https://www.linkedin.com",
     AccountStatus::Connected, true},
    {Network::Manual, Helicard, "Sermo – Cardiologie France", "Communauté Sermo des cardiologues",
     "https://www.sermo.com", AccountStatus::Connected, false},
};

static_assert(std::size(kBrands) == BrandCount);
static_assert(std::size(kAccounts) == AccountCount);

QStringList splitList(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

Status createCatalog(Database &db, const Clock &clock, DemoWorld &world)
{
    WorkspaceRepository repo(db, clock);
    world.workspace.name = QString::fromUtf8(kLaboratory);
    world.workspace.timezone = QStringLiteral("Europe/Paris");
    world.workspace.isDemo = true;
    if (auto st = repo.addWorkspace(world.workspace); !st)
        return st;

    for (const auto &spec : kBrands) {
        Brand brand;
        brand.workspaceId = world.workspace.id;
        brand.name = QString::fromUtf8(spec.name);
        brand.color = QString::fromLatin1(spec.color);
        brand.isCompetitor = spec.competitor;
        brand.safetyText = QString::fromUtf8(spec.safetyText);
        brand.requiredReviews = reviewRolesFromText(QString::fromLatin1(spec.reviews));
        if (auto st = repo.addBrand(brand); !st)
            return st;
        world.brands << brand;
    }

    for (const auto &spec : kProducts) {
        DemoProduct p;
        p.brand = spec.brand;
        p.area = spec.area;
        p.share = spec.share;
        p.spokenName = splitList(spec.spoken);
        p.product.brandId = world.brand(spec.brand).id;
        p.product.name = QString::fromUtf8(spec.name);
        p.product.inn = QString::fromUtf8(spec.inn);
        p.product.aliases = splitList(spec.aliases);
        p.product.prescriptionOnly = spec.prescriptionOnly;
        if (auto st = repo.addProduct(p.product); !st)
            return st;
        world.products << p;
    }

    for (const auto &spec : kAccounts) {
        Account account;
        account.workspaceId = world.workspace.id;
        account.brandId = spec.brand >= 0 ? world.brand(BrandIndex(spec.brand)).id : 0;
        account.network = spec.network;
        account.handle = QString::fromUtf8(spec.handle);
        account.displayName = QString::fromUtf8(spec.displayName);
        account.baseUrl = QString::fromLatin1(spec.baseUrl);
        account.status = spec.status;
        account.isPublic = spec.isPublic;
        if (auto st = repo.addAccount(account); !st)
            return st;
        world.accounts << account;
    }
    return Status::success();
}

} // namespace demo
} // namespace vigie
