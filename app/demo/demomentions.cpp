#include "demo/demomentions.h"

#include "classify/classifier.h"
#include "demo/demotexts.h"
#include "storage/mentionrepository.h"
#include "storage/workspacerepository.h"

#include <QCoreApplication>
#include <QtMath>
#include <algorithm>
#include <array>

namespace vigie {
namespace demo {

namespace {

constexpr int kDays = 365;
constexpr int kBatchSize = 4000;
constexpr double kAdverseShare = 0.021;

// Extra volume on each day of the crisis and of the campaign, in ordinary days' worth.
constexpr std::array<double, kCrisisDays> kCrisisBurst = {2.2, 3.5, 2.0, 1.0};
constexpr std::array<double, kCampaignDays> kCampaignPeak = {1.0, 1.8, 1.4, 0.9, 0.5};

// Paris hours people post at.
const double kHourWeights[] = {0.3, 0.2, 0.1, 0.05, 0.05, 0.1, 0.4, 0.9, 1.2, 1.2, 1.1, 1.1,
                               1.3, 1.3, 1.1, 1.0,  1.0,  1.1, 1.3, 1.5, 1.6, 1.6, 1.2, 0.7};

enum class Kind { Ordinary, Crisis, Campaign };

struct DayPlan
{
    QDate day;
    double ordinary = 0;
    double crisis = 0;
    double campaign = 0;
    int count = 0;
    double total() const { return ordinary + crisis + campaign; }
};

QDate lastSunday(int year, int month)
{
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    while (d.dayOfWeek() != 7)
        d = d.addDays(-1);
    return d;
}

// Days around a clock change: people talk about sleep.
bool nearClockChange(const QDate &day)
{
    for (int month : {3, 10}) {
        const qint64 delta = lastSunday(day.year(), month).daysTo(day);
        if (delta >= -2 && delta <= 4)
            return true;
    }
    return false;
}

std::array<double, BrandCount> brandWeights(const QDate &day, double progressOfYear)
{
    // Pain relief follows the winter viruses; the competitor is slowly gaining ground.
    const double winter = qCos(2 * M_PI * (day.dayOfYear() - 20) / 365.25);
    return {0.36 * (1 + 0.3 * winter), 0.24 * (nearClockChange(day) ? 1.6 : 1.0), 0.06,
            0.34 * (0.9 + 0.2 * progressOfYear)};
}

// Splits count over the days in proportion to their weight, exactly (largest remainders).
void allocate(QList<DayPlan> &days, int count)
{
    double total = 0;
    for (const auto &d : days)
        total += d.total();
    QList<QPair<double, int>> remainders;
    int assigned = 0;
    for (int i = 0; i < days.size(); ++i) {
        const double exact = count * days[i].total() / total;
        days[i].count = int(exact);
        assigned += days[i].count;
        remainders << qMakePair(exact - days[i].count, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; assigned < count; ++i, ++assigned)
        ++days[remainders[i % remainders.size()].second].count;
}

QList<DayPlan> planDays(const DemoWorld &world, DemoRandom &rng, int count)
{
    QList<DayPlan> days;
    const QDate first = world.today.addDays(-(kDays - 1));
    for (int i = 0; i < kDays; ++i) {
        DayPlan plan;
        plan.day = first.addDays(i);
        const int weekday = plan.day.dayOfWeek();
        const double week = weekday == 6 ? 0.65 : weekday == 7 ? 0.55 : 1.0 + 0.03 * (3 - qAbs(weekday - 3));
        const double trend = 0.8 + 0.35 * i / (kDays - 1);
        plan.ordinary = week * trend * (0.85 + 0.3 * rng.unit());
        if (plan.day == world.today)
            plan.ordinary *= 0.4; // only the morning has happened yet
        const qint64 daysAgo = plan.day.daysTo(world.today);
        const qint64 crisisDay = kCrisisStartDaysAgo - daysAgo;
        if (crisisDay >= 0 && crisisDay < kCrisisDays)
            plan.crisis = kCrisisBurst[size_t(crisisDay)];
        const qint64 campaignDay = kCampaignStartDaysAgo - daysAgo;
        if (campaignDay >= 0 && campaignDay < kCampaignDays)
            plan.campaign = kCampaignPeak[size_t(campaignDay)];
        days << plan;
    }
    allocate(days, count);
    return days;
}

Network pickNetwork(DemoRandom &rng, Kind kind, BrandIndex brand)
{
    static const Network networks[] = {Network::X,       Network::Facebook, Network::Instagram,
                                       Network::Bluesky, Network::Mastodon, Network::LinkedIn,
                                       Network::Feed};
    if (kind == Kind::Crisis)
        return networks[rng.weighted({0.4, 0.25, 0.1, 0.1, 0.0, 0.0, 0.15})];
    if (kind == Kind::Campaign)
        return networks[rng.weighted({0.2, 0.2, 0.45, 0.15, 0.0, 0.0, 0.0})];
    if (brand == Helicard) // a prescription medicine is discussed by professionals and the press
        return networks[rng.weighted({0.2, 0.0, 0.0, 0.05, 0.0, 0.3, 0.45})];
    return networks[rng.weighted({0.27, 0.16, 0.13, 0.1, 0.07, 0.05, 0.22})];
}

Area areaOf(BrandIndex brand, DemoRandom &rng)
{
    switch (brand) {
    case Helidol:
        return Area::Pain;
    case Noctelia:
        return Area::Sleep;
    case Helicard:
        return Area::Cardio;
    default:
        return rng.chance(0.65) ? Area::Pain : Area::Sleep;
    }
}

qint64 reachOn(Network network, DemoRandom &rng)
{
    // Most authors are small, a few are large: powers of ten drawn with a skew to the low end.
    double low = 1.3, high = 4.3;
    switch (network) {
    case Network::X:
        low = 1.5, high = 5.0;
        break;
    case Network::Facebook:
        low = 1.7, high = 4.0;
        break;
    case Network::Instagram:
        low = 2.0, high = 5.0;
        break;
    case Network::Mastodon:
        low = 1.0, high = 3.5;
        break;
    case Network::LinkedIn:
        low = 2.0, high = 4.3;
        break;
    case Network::Feed:
        low = 3.0, high = 5.3;
        break;
    default:
        break;
    }
    const double u = rng.unit();
    return qint64(qPow(10.0, low + (high - low) * u * u));
}

QString slug(const QString &text)
{
    QString result;
    for (QChar c : hastyTyping(text)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result += c;
        else if (!result.endsWith(QLatin1Char('-')))
            result += QLatin1Char('-');
        if (result.size() >= 60)
            break;
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result;
}

class MentionWriter
{
public:
    MentionWriter(const DemoWorld &world, DemoRandom &rng)
        : m_world(world)
        , m_rng(rng)
    {}

    Mention write(const DayPlan &plan);

private:
    const DemoWorld &m_world;
    DemoRandom &m_rng;
    int m_serial = 0;
};

Mention MentionWriter::write(const DayPlan &plan)
{
    const Kind kind = Kind(m_rng.weighted({plan.ordinary, plan.crisis, plan.campaign}));
    const double progressOfYear = double(m_world.today.addDays(-(kDays - 1)).daysTo(plan.day)) / (kDays - 1);
    const auto brandShares = brandWeights(plan.day, progressOfYear);
    const BrandIndex brand = kind == Kind::Crisis     ? Helidol
                             : kind == Kind::Campaign ? Noctelia
                                                      : BrandIndex(m_rng.weighted(brandShares));
    const DemoProduct *product = nullptr;
    if (kind == Kind::Crisis)
        product = &m_world.products.at(kCrisisProduct);
    else if (m_rng.chance(0.85))
        product = &m_world.pickProduct(m_rng, brand);
    const Area area = product ? product->area : areaOf(brand, m_rng);
    const Network network = pickNetwork(m_rng, kind, brand);

    Mention m;
    m.workspaceId = m_world.workspace.id;
    m.brandId = m_world.brand(brand).id;
    m.productId = product ? product->product.id : 0;
    m.network = network;
    const bool french = m_rng.chance(network == Network::Feed ? 0.85 : 0.75);
    m.language = french ? QStringLiteral("fr") : QStringLiteral("en");

    MentionTone tone = MentionTone::Neutral;
    if (kind == Kind::Crisis) {
        tone = MentionTone::Crisis;
        m.sentiment = m_rng.chance(0.75) ? Sentiment::Negative : Sentiment::Neutral;
    } else if (kind == Kind::Campaign) {
        tone = MentionTone::Campaign;
        m.sentiment = m_rng.chance(0.85) ? Sentiment::Positive : Sentiment::Neutral;
    } else if (m_rng.chance(kAdverseShare)) {
        tone = MentionTone::Adverse;
        m.sentiment = Sentiment::Negative;
        m.adverseEvent = true;
    } else {
        const bool competitor = brand == Orvalis;
        static const MentionTone tones[] = {MentionTone::Positive, MentionTone::Neutral,
                                            MentionTone::Negative};
        // The press is mostly factual; people are not.
        tone = tones[network == Network::Feed ? m_rng.weighted({0.2, 0.6, 0.2})
                     : competitor             ? m_rng.weighted({0.27, 0.5, 0.23})
                                              : m_rng.weighted({0.31, 0.48, 0.21})];
        m.sentiment = tone == MentionTone::Positive   ? Sentiment::Positive
                      : tone == MentionTone::Negative ? Sentiment::Negative
                                                      : Sentiment::Neutral;
    }

    // News and forums read as headlines, except forum posts about side effects.
    const bool headline = network == Network::Feed && !m.adverseEvent && kind != Kind::Campaign;
    // Journalists spell names properly; people type them as they come.
    const auto nameOf = [&](const DemoProduct &p) {
        return headline ? p.product.aliases.value(0, p.product.name) : spokenName(m_rng, p);
    };
    Slots values;
    values.brand = m_world.brand(brand).name;
    values.product = product ? nameOf(*product) : values.brand;
    const DemoProduct *other = product ? m_world.counterpart(m_rng, *product) : nullptr;
    values.counterpart =
        other ? nameOf(*other) : (french ? QStringLiteral("le générique") : QStringLiteral("the generic"));
    const int serial = ++m_serial;
    const Bank &bank = headline ? feedHeadlines(m.sentiment) : mentionBank(tone);
    // A mention filed under a product names it; one that only names the brand is filed under the brand.
    QString text = pickPhrase(m_rng, bank, french, area, product && kind != Kind::Campaign ? "{p}" : nullptr);
    if (!text.contains(QLatin1String("{p}")))
        m.productId = 0;
    if (!headline && m_rng.chance(0.2))
        text = withOpener(m_rng, text, french);
    m.body = fillSlots(text, values);
    if (network == Network::Feed) {
        m.source = feedTitle(m_rng, french, area);
        m.author = m.source;
        m.url = QStringLiteral("https://www.%1.%2/articles/%3-%4")
                    .arg(slug(m.source), french ? QStringLiteral("fr") : QStringLiteral("com"), slug(m.body))
                    .arg(serial);
        m.remoteId = m.url;
    } else {
        if (m_rng.chance(0.1))
            m.body = hastyTyping(m.body);
        if (m_rng.chance(0.35))
            m.body = withTrailingEmoji(m_rng, m.body, m.sentiment, area, french);
        const Person author = makePerson(m_rng, french, network);
        const bool realNames = network == Network::Facebook || network == Network::LinkedIn;
        m.author = realNames ? author.name : author.handle;
        m.source = kind == Kind::Campaign
                       ? QStringLiteral("#NuitsSereines")
                       : QLatin1Char('"') + (product ? product->product.aliases.value(0) : values.brand) +
                             QLatin1Char('"');
        m.remoteId = messageRemoteId(m_rng, network, serial);
        const QString account =
            author.handle.startsWith(QLatin1Char('@')) ? author.handle.mid(1) : author.handle;
        switch (network) {
        case Network::X:
            m.url = QStringLiteral("https://x.com/%1/status/%2").arg(account, m.remoteId);
            break;
        case Network::Mastodon:
            m.url = QStringLiteral("https://%1/@%2/%3")
                        .arg(account.section(QLatin1Char('@'), 1), account.section(QLatin1Char('@'), 0, 0),
                             m.remoteId);
            break;
        case Network::Bluesky:
            m.url = QStringLiteral("https://bsky.app/profile/%1/post/%2")
                        .arg(account, m.remoteId.section(QLatin1Char('/'), -1));
            break;
        case Network::Facebook:
            m.url = QStringLiteral("https://www.facebook.com/%1/posts/%2")
                        .arg(account, m.remoteId.section(QLatin1Char('_'), -1));
            break;
        case Network::Instagram:
            m.url = QStringLiteral("https://www.instagram.com/p/%1/").arg(instagramShortcode(m_rng, serial));
            break;
        case Network::LinkedIn:
            m.url = QStringLiteral("https://www.linkedin.com/feed/update/%1/").arg(m.remoteId);
            break;
        default:
            break;
        }
    }
    m.reach = reachOn(network, m_rng);
    const int hour = m_rng.weighted(kHourWeights);
    m.createdAt = m_world.at(plan.day, hour, m_rng.below(60), m_rng.below(60));
    return m;
}

// A possible adverse event carries what Vigie's classifier reads in it, as a collected one
// would: the triage pane highlights the evidence. The generator's flag stays (the demo means it);
// products and language follow the text. No random draw here: the store stays the same per seed.
void addClassifierReading(Mention &m, const classify::Classifier &classifier)
{
    const classify::Classification read = classifier.classify(m.body);
    m.evidence = read.evidence;
    QList<Id> products;
    for (const Id id : read.productIds)
        if (id > 0 && !products.contains(id))
            products << id;
    if (!products.isEmpty()) {
        m.productIds = products;
        m.productId = products.constFirst();
    }
    if (!read.language.isEmpty())
        m.language = read.language;
}

} // namespace

Status createMentions(Database &db, const DemoWorld &world, DemoRandom &rng, int count,
                      const std::function<void(int)> &progress)
{
    const QList<DayPlan> days = planDays(world, rng, count);
    MentionWriter writer(world, rng);
    MentionRepository repo(db);
    const classify::Classifier classifier(
        classify::ProductTerms::fromProducts(WorkspaceRepository(db).products(world.workspace.id)));
    QList<Mention> batch;
    batch.reserve(kBatchSize + 200);
    int written = 0;
    for (int i = 0; i < days.size(); ++i) {
        QList<Mention> ofTheDay;
        for (int k = 0; k < days[i].count; ++k) {
            ofTheDay << writer.write(days[i]);
            if (ofTheDay.last().adverseEvent)
                addClassifierReading(ofTheDay.last(), classifier);
        }
        // Today only the morning has happened yet.
        if (days[i].day == world.today) {
            for (auto &m : ofTheDay) {
                if (m.createdAt >= world.now)
                    m.createdAt = world.now.addSecs(-qint64(rng.between(60, 5 * 3600)));
            }
        }
        // Vigie collected each a few minutes after it was written: day 0 of its case, if any.
        for (auto &m : ofTheDay)
            m.receivedAt = std::min(m.createdAt.addSecs(300), world.now);
        std::stable_sort(ofTheDay.begin(), ofTheDay.end(),
                         [](const Mention &a, const Mention &b) { return a.createdAt < b.createdAt; });
        batch << ofTheDay;
        if (batch.size() >= kBatchSize || i + 1 == days.size()) {
            int inserted = 0;
            if (auto st = repo.insert(batch, &inserted); !st)
                return st;
            if (inserted != batch.size())
                return Status::failure(QCoreApplication::translate(
                    "vigie::demo", "Some generated mentions were not stored (duplicate ids)."));
            written += inserted;
            batch.clear();
            if (progress)
                progress(int(100LL * written / std::max(count, 1)));
        }
    }
    return Status::success();
}

} // namespace demo
} // namespace vigie
