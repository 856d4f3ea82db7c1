#include "corpus.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QTimeZone>
#include <QtMath>
#include <array>

namespace vigie {
namespace bench {

namespace {

constexpr qint64 kDaySecs = 24 * 3600;
constexpr int kOpenThreads = 16;  // conversations in progress at once, interleaved in the stream
constexpr int kMaxThreadSize = 9; // 1..9 messages, about 5 on average
constexpr int kAccountsPerBrand[] = {7, 7, 6};

struct BrandSeed
{
    const char *name;
    const char *slug;
    const char *color;
    bool competitor;
    std::array<const char *, 3> products;
    const char *inn;
};

// Fictional brands. The third product of Dermaclair is prescription-only.
constexpr BrandSeed kBrands[] = {
    {"Solvane",
     "solvane",
     "#2f6f9f",
     false,
     {"Solvane Rhume", "Solvane Gorge", "Solvane Allergie"},
     "paracétamol"},
    {"Dermaclair",
     "dermaclair",
     "#c0504d",
     false,
     {"Dermaclair Crème", "Dermaclair Apaisant", "Dermaclair Rx"},
     "tacrolimus"},
    {"Nuvia Kids",
     "nuviakids",
     "#4f9a5b",
     false,
     {"Nuvia Sirop", "Nuvia Vitamine D", "Nuvia Nez"},
     "cholécalciférol"},
    {"Medixa", "medixa", "#8a6d3b", true, {"Medixa Flash", "Medixa Nuit", "Medixa Derm"}, "ibuprofène"},
};

constexpr Network kAccountNetworks[] = {Network::Mastodon, Network::Bluesky,   Network::X,
                                        Network::Facebook, Network::Instagram, Network::LinkedIn};
constexpr const char *kAccountSuffixes[] = {"", "_fr", "_en", "_care", "_pro", "_news", "_team"};

QString baseUrlFor(Network network)
{
    switch (network) {
    case Network::Mastodon:
        return QStringLiteral("https://mastodon.social");
    case Network::Bluesky:
        return QStringLiteral("https://bsky.social");
    default:
        return QString();
    }
}

// Mention networks with their share of the listening volume (per thousand).
constexpr Network kMentionNetworks[] = {Network::X,        Network::Facebook, Network::Instagram,
                                        Network::Mastodon, Network::Bluesky,  Network::LinkedIn,
                                        Network::Feed,     Network::Manual};
constexpr int kMentionNetworkShare[] = {300, 180, 160, 90, 90, 40, 100, 40};
constexpr int kBrandShare[] = {350, 250, 150, 250}; // per thousand; the competitor is the last brand

int pickWeighted(QRandomGenerator &rng, const int *weights, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    int roll = int(rng.bounded(quint32(total)));
    for (int i = 0; i < count; ++i) {
        if (roll < weights[i])
            return i;
        roll -= weights[i];
    }
    return count - 1;
}

Tone customerTone(QRandomGenerator &rng)
{
    const quint32 roll = rng.bounded(1000);
    if (roll < 30)
        return Tone::AdverseEvent;
    if (roll < 280)
        return Tone::Positive;
    if (roll < 450)
        return Tone::Negative;
    return Tone::Neutral;
}

Sentiment sentimentOf(Tone tone)
{
    switch (tone) {
    case Tone::Positive:
        return Sentiment::Positive;
    case Tone::Negative:
    case Tone::AdverseEvent:
        return Sentiment::Negative;
    case Tone::Neutral:
    case Tone::BrandReply:
        break;
    }
    return Sentiment::Neutral;
}

Language randomLanguage(QRandomGenerator &rng)
{
    return rng.bounded(100) < 60 ? Language::French : Language::English;
}

} // namespace

Status seedWorkspace(Database &db, CorpusCast *cast)
{
    WorkspaceRepository repo(db);
    Transaction tx(db);
    cast->workspace = Workspace{};
    cast->workspace.name = QStringLiteral("Benchmark workspace");
    if (auto st = repo.addWorkspace(cast->workspace); !st)
        return st;
    int brandIndex = 0;
    for (const BrandSeed &seed : kBrands) {
        Brand brand;
        brand.workspaceId = cast->workspace.id;
        brand.name = QString::fromUtf8(seed.name);
        brand.color = QString::fromLatin1(seed.color);
        brand.isCompetitor = seed.competitor;
        if (auto st = repo.addBrand(brand); !st)
            return st;
        cast->brands << brand;
        for (int i = 0; i < int(seed.products.size()); ++i) {
            Product product;
            product.brandId = brand.id;
            product.name = QString::fromUtf8(seed.products[i]);
            product.inn = QString::fromUtf8(seed.inn);
            product.prescriptionOnly = i == 2 && brandIndex == 1;
            if (auto st = repo.addProduct(product); !st)
                return st;
            cast->products << product;
        }
        if (!seed.competitor) {
            for (int k = 0; k < kAccountsPerBrand[brandIndex]; ++k) {
                Account account;
                account.workspaceId = cast->workspace.id;
                account.brandId = brand.id;
                account.network = kAccountNetworks[(brandIndex * 7 + k) % 6];
                account.handle = QString::fromLatin1(seed.slug) + QString::fromLatin1(kAccountSuffixes[k]);
                account.displayName = brand.name;
                account.baseUrl = baseUrlFor(account.network);
                if (auto st = repo.addAccount(account); !st)
                    return st;
                cast->accounts << account;
            }
        }
        ++brandIndex;
    }
    return tx.commit();
}

Status applyTeamWork(Database &db, TeamWork *work)
{
    work->members = {QStringLiteral("Hugo Lambert"), QStringLiteral("Camille Roux"),
                     QStringLiteral("Inès Haddad"), QStringLiteral("Paul Meyer"),
                     QStringLiteral("Sarah Cohen")};
    work->tags = {QStringLiteral("rupture"),   QStringLiteral("prix"),   QStringLiteral("notice"),
                  QStringLiteral("livraison"), QStringLiteral("presse"), QStringLiteral("remboursement"),
                  QStringLiteral("vip"),       QStringLiteral("suivi")};
    auto caseOf = [](const QString &index, const QStringList &values) {
        QString sql = QStringLiteral("CASE ") + index;
        for (int i = 0; i < values.size(); ++i)
            sql += QStringLiteral(" WHEN %1 THEN '%2'").arg(i).arg(values.at(i));
        return sql + QStringLiteral(" END");
    };
    Transaction tx(db);
    const QStringList statements = {
        QStringLiteral("UPDATE threads SET assignee = %1 WHERE (id * 7919) % 100 < 40")
            .arg(caseOf(QStringLiteral("(id * 31) % 5"), work->members)),
        QStringLiteral("INSERT INTO thread_tags (thread_id, tag) SELECT id, %1 FROM threads "
                       "WHERE (id * 104729) % 100 < 25")
            .arg(caseOf(QStringLiteral("(id / 7) % 8"), work->tags)),
        QStringLiteral("INSERT OR IGNORE INTO thread_tags (thread_id, tag) SELECT id, 'urgent' FROM threads "
                       "WHERE (id * 13) % 100 < 5"),
    };
    for (const QString &sql : statements) {
        SqlQuery q(db, sql);
        if (auto st = q.exec(); !st)
            return st;
    }
    if (auto st = tx.commit(); !st)
        return st;
    SqlQuery shares(db, QStringLiteral("SELECT count(*), sum(assignee <> ''), sum(assignee = ?), "
                                       "(SELECT count(DISTINCT thread_id) FROM thread_tags), "
                                       "(SELECT count(*) FROM thread_tags WHERE tag = ?) FROM threads"));
    if (auto st = shares.exec(work->members.first(), work->tags.first()); !st || !shares.next())
        return Status::failure(QStringLiteral("cannot count the assigned and tagged conversations"));
    const double threads = qMax(1.0, shares.value(0).toDouble());
    work->assignedShare = shares.value(1).toDouble() / threads;
    work->memberShare = shares.value(2).toDouble() / threads;
    work->taggedShare = shares.value(3).toDouble() / threads;
    work->tagShare = shares.value(4).toDouble() / threads;
    return Status::success();
}

MessageStream::MessageStream(const CorpusOptions &options, const CorpusCast &cast)
    : m_options(options)
    , m_cast(cast)
    , m_rng(options.seed)
{
    m_begin = options.end.toSecsSinceEpoch() - 365 * kDaySecs;
    m_span = 363 * kDaySecs; // threads started late in the year still end before `end`
}

MessageStream::OpenThread MessageStream::startThread()
{
    OpenThread thread;
    thread.accountIndex = int(m_rng.bounded(quint32(m_cast.accounts.size())));
    thread.productIndex = int(m_rng.bounded(3));
    thread.language = randomLanguage(m_rng);
    thread.remaining = int(qMin<qint64>(1 + m_rng.bounded(kMaxThreadSize), m_options.messages - m_allocated));
    m_allocated += thread.remaining;
    thread.lastAt = m_begin +
                    m_span * (m_allocated - thread.remaining) / qMax<qint64>(1, m_options.messages) +
                    m_rng.bounded(2 * 3600);
    return thread;
}

IncomingMessage MessageStream::emitFrom(OpenThread &thread)
{
    const Account &account = m_cast.accounts.at(thread.accountIndex);
    const Brand *brand = nullptr;
    for (const Brand &b : m_cast.brands) {
        if (b.id == account.brandId)
            brand = &b;
    }
    const int brandIndex = int(brand - m_cast.brands.constData());
    const QString &product = m_cast.products.at(brandIndex * 3 + thread.productIndex).name;

    IncomingMessage incoming;
    Message &m = incoming.message;
    m.accountId = account.id;
    m.remoteId = QLatin1Char('m') + QString::number(m_emitted + 1, 36);
    const bool first = thread.ordinal == 0;
    if (first) {
        thread.ordinal = ++m_threads;
        thread.rootRemoteId = m.remoteId;
    } else {
        thread.lastAt += 60 + m_rng.bounded(4 * 3600);
        m.parentRemoteId = thread.lastRemoteId;
    }
    const bool brandReply = !first && m_rng.bounded(100) < 35;
    const Tone tone = brandReply ? Tone::BrandReply : customerTone(m_rng);
    if (brandReply) {
        m.direction = MessageDirection::Outgoing;
        m.kind = QStringLiteral("reply");
        m.authorHandle = account.handle;
        m.authorName = account.displayName;
        m.deliveryState = QStringLiteral("sent");
    } else {
        const quint32 kind = m_rng.bounded(10);
        m.kind = first ? (kind < 2   ? QStringLiteral("dm")
                          : kind < 4 ? QStringLiteral("mention")
                                     : QStringLiteral("comment"))
                       : QStringLiteral("comment");
        const Person person = randomPerson(m_rng, thread.language);
        m.authorHandle = person.handle;
        m.authorName = person.name;
    }
    m.body = composeText(m_rng, thread.language, tone, product, brand->name);
    m.language = languageCode(thread.language);
    m.sentiment = sentimentOf(tone);
    m.adverseEvent = tone == Tone::AdverseEvent;
    if (m.adverseEvent)
        m.evidence = adverseEvidence(thread.language, m.body, product);
    m.createdAt = QDateTime::fromSecsSinceEpoch(thread.lastAt, QTimeZone::utc());
    incoming.rootRemoteId = thread.rootRemoteId;
    incoming.brandId = account.brandId;
    thread.lastRemoteId = m.remoteId;
    --thread.remaining;
    ++m_emitted;
    return incoming;
}

QList<IncomingMessage> MessageStream::next(int count, QList<qint64> *threadOrdinals)
{
    QList<IncomingMessage> batch;
    batch.reserve(count);
    if (threadOrdinals)
        threadOrdinals->clear();
    while (batch.size() < count && !atEnd()) {
        while (m_open.size() < kOpenThreads && m_allocated < m_options.messages)
            m_open << startThread();
        const int index = int(m_rng.bounded(quint32(m_open.size())));
        batch << emitFrom(m_open[index]);
        if (threadOrdinals)
            *threadOrdinals << m_open[index].ordinal;
        if (m_open[index].remaining == 0)
            m_open.removeAt(index);
    }
    return batch;
}

MentionStream::MentionStream(const CorpusOptions &options, const CorpusCast &cast)
    : m_options(options)
    , m_cast(cast)
    , m_rng(options.seed ^ 0x5eed1u)
{
    m_begin = options.end.toSecsSinceEpoch() - 365 * kDaySecs;
    m_span = 365 * kDaySecs - 3600;
}

QList<Mention> MentionStream::next(int count)
{
    static const QString sources[] = {QStringLiteral("search: "), QStringLiteral("#"),
                                      QStringLiteral("Forum Santé Magazine"), QStringLiteral("Doctissimo")};
    QList<Mention> batch;
    batch.reserve(count);
    while (batch.size() < count && !atEnd()) {
        Mention m;
        const int brandIndex = pickWeighted(m_rng, kBrandShare, 4);
        const Brand &brand = m_cast.brands.at(brandIndex);
        const Product &product = m_cast.products.at(brandIndex * 3 + int(m_rng.bounded(3)));
        m.workspaceId = m_cast.workspace.id;
        m.brandId = brand.id;
        m.productId = product.id; // listening searches are per product, so every mention names one
        m.network = kMentionNetworks[pickWeighted(m_rng, kMentionNetworkShare, 8)];
        const quint32 sourceKind = m_rng.bounded(4);
        m.source = sourceKind == 0   ? sources[0] + product.name
                   : sourceKind == 1 ? sources[1] + brand.name.toLower().remove(QLatin1Char(' '))
                                     : sources[sourceKind];
        m.remoteId = QStringLiteral("mn") + QString::number(m_emitted + 1, 36);
        const Language language = randomLanguage(m_rng);
        const Person author = randomPerson(m_rng, language);
        m.author = author.handle;
        const quint32 roll = m_rng.bounded(1000);
        const Tone tone = roll < 20    ? Tone::AdverseEvent
                          : roll < 320 ? Tone::Positive
                          : roll < 520 ? Tone::Negative
                                       : Tone::Neutral;
        m.body = composeText(m_rng, language, tone, product.name, brand.name);
        m.language = languageCode(language);
        m.sentiment = sentimentOf(tone);
        m.adverseEvent = tone == Tone::AdverseEvent;
        m.url = QStringLiteral("https://social.example/%1/%2").arg(author.handle, m.remoteId);
        m.reach = qRound64(qPow(10.0, 1.0 + 4.0 * m_rng.generateDouble()));
        const qint64 at =
            m_begin + m_span * m_emitted / qMax<qint64>(1, m_options.mentions) + m_rng.bounded(600);
        m.createdAt = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc());
        batch << m;
        ++m_emitted;
    }
    return batch;
}

} // namespace bench
} // namespace vigie
