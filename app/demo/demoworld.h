#pragma once

// Internal to the demo generator: what its steps share. Not part of the public API.
#include "core/types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QTimeZone>
#include <span>

namespace vigie {
namespace demo {

// Brands in the order the catalogue creates them; world.brands is indexed by these.
enum BrandIndex { Helidol, Noctelia, Helicard, Orvalis, BrandCount };
// Accounts in the order the catalogue creates them; world.accounts is indexed by these.
enum AccountIndex {
    MastodonCorporate,
    BlueskyCorporate,
    XHelidol,
    FacebookHelidol,
    FacebookNoctelia,
    InstagramNoctelia,
    LinkedInCorporate,
    SermoCardiology,
    AccountCount
};

// The story the data tells: a false rumour of a batch recall of Hélidol Ibu (world.products at
// kCrisisProduct) a month ago, and the #NuitsSereines campaign for Noctélia four months ago.
constexpr int kCrisisProduct = 2;
constexpr int kCrisisStartDaysAgo = 33;
constexpr int kCrisisDays = 4;
constexpr int kCampaignStartDaysAgo = 130;
constexpr int kCampaignDays = 5;
// The Instagram account needs reconnecting: its token expired this many days ago.
constexpr int kInstagramExpiredDaysAgo = 4;
// The community manager who writes the demo's posts, and the reviewers who sign them.
constexpr char kDemoAuthor[] = "Camille Durand";

// The therapeutic area of a product: phrase banks are written per area so a sleep aid is never
// praised for curing a migraine. Consumer = Pain or Sleep: what patients say about medicines they
// buy themselves, never about a prescription-only one.
enum class Area { Any, Pain, Sleep, Cardio, Consumer };

struct DemoProduct
{
    Product product;
    BrandIndex brand = Helidol;
    Area area = Area::Any;
    double share = 1.0;     // weight among its brand's products in comments and mentions
    QStringList spokenName; // how people actually write it (short forms, missing accents)
};

// A published post variant the inbox can attach comments to.
struct PublishedVariant
{
    Id accountId = 0;
    QString remoteId;
    QDateTime at;
};

// Every random draw of the generator goes through one of these, seeded from DemoOptions::seed:
// the same seed gives the same workspace.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_rng(seed)
    {}

    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive
    double unit() { return m_rng.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    // Index drawn with probability proportional to weights[i].
    int weighted(std::span<const double> weights);
    int weighted(std::initializer_list<double> weights)
    {
        return weighted(std::span<const double>(weights.begin(), weights.size()));
    }
    template<typename T> const T &pick(const QList<T> &items) { return items.at(below(int(items.size()))); }
    template<typename T> void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, below(int(i + 1)));
    }
    // A digit string of the given length (remote ids that look like the network's).
    QString digits(int length);

private:
    QRandomGenerator m_rng;
};

struct DemoWorld
{
    Workspace workspace;
    QList<Brand> brands;         // indexed by BrandIndex
    QList<DemoProduct> products; // own brands' first, then the competitor's
    QList<Account> accounts;     // indexed by AccountIndex
    QDate today;
    QTimeZone zone;
    QDateTime now; // today at noon in the workspace's timezone: the demo's "now"
    QList<PublishedVariant> published;

    const Brand &brand(BrandIndex index) const { return brands.at(index); }
    const Account &account(AccountIndex index) const { return accounts.at(index); }
    // A time on day at hh:mm in the workspace's timezone.
    QDateTime at(const QDate &day, int hour, int minute, int second = 0) const;
    QList<const DemoProduct *> productsOf(BrandIndex brand) const;
    // A product of brand drawn by share.
    const DemoProduct &pickProduct(DemoRandom &rng, BrandIndex brand) const;
    // The other side's product in the same area (competitor for own brands and vice versa).
    const DemoProduct *counterpart(DemoRandom &rng, const DemoProduct &product) const;
    BrandIndex brandOf(Id brandId) const;
    bool inCrisis(const QDate &day) const
    {
        const qint64 ago = day.daysTo(today);
        return ago <= kCrisisStartDaysAgo && ago > kCrisisStartDaysAgo - kCrisisDays;
    }
};

// Where a published post lives on its network.
struct RemoteRef
{
    QString id;
    QString url;
};
// serial makes ids unique within the generated workspace; the rest looks like the network's ids.
RemoteRef postRemoteRef(DemoRandom &rng, const Account &account, int serial);
QString messageRemoteId(DemoRandom &rng, Network network, int serial);
QString instagramShortcode(DemoRandom &rng, int serial); // the "C…" in instagram.com/p/C…/

// Fills {p} (product as people write it), {c} (the other side's product), {b} (brand),
// {n} (first name) and {a} (account handle) in a template.
struct Slots
{
    QString product;
    QString counterpart;
    QString brand;
    QString name;
    QString account;
};
QString fillSlots(QString text, const Slots &values);
// How a product name appears in a message: mostly its short form, sometimes without accents.
QString spokenName(DemoRandom &rng, const DemoProduct &product);
// Lower-case, accent-free text typed in a hurry ("helidol c top").
QString hastyTyping(const QString &text);

} // namespace demo
} // namespace vigie
