#include "demo/demoinbox.h"

#include "classify/messageclassification.h"
#include "demo/demotexts.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace vigie {
namespace demo {

namespace {

constexpr int kDaysBack = 42;

struct AccountProfile
{
    double share;        // of the conversations
    double frenchShare;  // of its conversations written in French
    double mentionShare; // conversations that start with a mention rather than a comment
    double directShare;  // private conversations
};

// Indexed by AccountIndex: Facebook pages are busy and French, Mastodon and Bluesky more
// international, Sermo is French professionals only.
const AccountProfile kProfiles[] = {
    {0.07, 0.40, 0.40, 0.10}, {0.09, 0.45, 0.35, 0.10}, {0.16, 0.55, 0.35, 0.12}, {0.22, 0.85, 0.05, 0.15},
    {0.15, 0.85, 0.05, 0.15}, {0.14, 0.55, 0.15, 0.15}, {0.07, 0.70, 0.15, 0.15}, {0.05, 1.00, 0.00, 0.00},
};
static_assert(std::size(kProfiles) == AccountCount);

// Hours people write at (Paris time): evenings are busiest.
const double kHourWeights[] = {0.3, 0.15, 0.1, 0.05, 0.05, 0.1, 0.3, 0.8, 1.2, 1.3, 1.2, 1.1,
                               1.3, 1.4,  1.1, 1.0,  1.0,  1.1, 1.3, 1.6, 1.8, 1.9, 1.5, 0.8};

enum class Speaker { Author, Brand, Community };

struct PlannedThread
{
    AccountIndex account = FacebookHelidol;
    InboxTopic topic = InboxTopic::Chat;
    bool brandReplied = false;
    bool lastFromBrand = false;
    QDateTime lastAt;
    QString rootRemoteId;
    QList<IncomingMessage> messages;
};

class ThreadWriter
{
public:
    ThreadWriter(const DemoWorld &world, DemoRandom &rng)
        : m_world(world)
        , m_rng(rng)
    {}

    PlannedThread write();

private:
    BrandIndex brandFor(AccountIndex account);
    InboxTopic topicFor(BrandIndex brand, bool crisis);
    QDateTime rootTime(AccountIndex account, BrandIndex brand);
    QString decorate(QString text, bool french, Sentiment mood, const DemoProduct &product);
    Message incoming(const Person &author, const QString &text, bool french, Sentiment sentiment,
                     bool adverse);
    QString parentPostFor(Id accountId, const QDateTime &at) const;

    const DemoWorld &m_world;
    DemoRandom &m_rng;
    int m_serial = 0;
};

BrandIndex ThreadWriter::brandFor(AccountIndex account)
{
    const Id brandId = m_world.account(account).brandId;
    if (brandId > 0)
        return m_world.brandOf(brandId);
    if (account == LinkedInCorporate)
        return std::array{Helidol, Noctelia, Helicard}[size_t(m_rng.weighted({0.4, 0.3, 0.3}))];
    return m_rng.chance(0.55) ? Helidol : Noctelia;
}

InboxTopic ThreadWriter::topicFor(BrandIndex brand, bool crisis)
{
    if (brand == Helicard)
        return m_rng.chance(0.15) ? InboxTopic::ProfessionalAdverse : InboxTopic::ProfessionalTalk;
    if (crisis && brand == Helidol && m_rng.chance(0.6))
        return InboxTopic::Crisis;
    static const InboxTopic topics[] = {InboxTopic::Question,        InboxTopic::Praise,
                                        InboxTopic::Complaint,       InboxTopic::AdverseEvent,
                                        InboxTopic::EffectNoAdverse, InboxTopic::Chat};
    return topics[m_rng.weighted({0.26, 0.2, 0.13, 0.12, 0.08, 0.21})];
}

QDateTime ThreadWriter::rootTime(AccountIndex account, BrandIndex brand)
{
    int daysAgo = 0;
    if (brand == Helidol && m_rng.chance(0.08)) {
        daysAgo = kCrisisStartDaysAgo - m_rng.below(kCrisisDays); // the rumour brings people to the page
    } else {
        // Slightly busier recently: the accounts are growing.
        std::array<double, kDaysBack> weights{};
        for (int d = 0; d < kDaysBack; ++d)
            weights[size_t(d)] = d == 0 ? 0.5 : 1.0 + 0.5 * (kDaysBack - d) / kDaysBack;
        daysAgo = m_rng.weighted(weights);
    }
    // Nothing has arrived from Instagram since its token expired.
    if (account == InstagramNoctelia && daysAgo <= kInstagramExpiredDaysAgo)
        daysAgo += kInstagramExpiredDaysAgo + 1;
    const QDate day = m_world.today.addDays(-daysAgo);
    const bool professional = account == SermoCardiology;
    // Today only the morning has happened yet: a time after "now" is drawn again.
    for (;;) {
        const int hour = professional ? m_rng.between(8, 19) : m_rng.weighted(kHourWeights);
        const QDateTime at = m_world.at(day, hour, m_rng.below(60), m_rng.below(60));
        if (at < m_world.now.addSecs(-15 * 60))
            return at;
    }
}

QString ThreadWriter::decorate(QString text, bool french, Sentiment mood, const DemoProduct &product)
{
    if (m_rng.chance(0.12))
        text = hastyTyping(text);
    if (m_rng.chance(0.2))
        text = withTrailingEmoji(m_rng, text, mood, product.area, french);
    return text;
}

Message ThreadWriter::incoming(const Person &author, const QString &text, bool french, Sentiment sentiment,
                               bool adverse)
{
    Message m;
    m.direction = MessageDirection::Incoming;
    m.authorHandle = author.handle;
    m.authorName = author.name;
    m.body = text;
    m.language = french ? QStringLiteral("fr") : QStringLiteral("en");
    m.sentiment = sentiment;
    m.adverseEvent = adverse;
    return m;
}

QString ThreadWriter::parentPostFor(Id accountId, const QDateTime &at) const
{
    // Comments land under the account's latest post before them.
    QString parent;
    QDateTime best;
    for (const auto &p : m_world.published) {
        if (p.accountId == accountId && p.at < at && (!best.isValid() || p.at > best)) {
            best = p.at;
            parent = p.remoteId;
        }
    }
    return parent;
}

Sentiment sentimentOf(InboxTopic topic, DemoRandom &rng)
{
    switch (topic) {
    case InboxTopic::Praise:
        return Sentiment::Positive;
    case InboxTopic::Complaint:
    case InboxTopic::AdverseEvent:
    case InboxTopic::ProfessionalAdverse:
        return Sentiment::Negative;
    case InboxTopic::Crisis:
        return rng.chance(0.7) ? Sentiment::Negative : Sentiment::Neutral;
    case InboxTopic::Chat:
        return rng.chance(0.25) ? Sentiment::Positive : Sentiment::Neutral;
    case InboxTopic::Question:
    case InboxTopic::EffectNoAdverse:
    case InboxTopic::ProfessionalTalk:
        break;
    }
    return Sentiment::Neutral;
}

double replyChance(InboxTopic topic)
{
    switch (topic) {
    case InboxTopic::AdverseEvent:
    case InboxTopic::ProfessionalAdverse:
    case InboxTopic::Crisis:
        return 0.85;
    case InboxTopic::Question:
    case InboxTopic::EffectNoAdverse:
        return 0.7;
    case InboxTopic::Complaint:
        return 0.6;
    case InboxTopic::Praise:
        return 0.4;
    case InboxTopic::ProfessionalTalk:
        return 0.3;
    case InboxTopic::Chat:
        break;
    }
    return 0.15;
}

// The community team answers in office hours (weekdays 8–19, a Saturday-morning watch): a reply
// due outside them waits for the next opening and goes out some time in that morning.
QDateTime officeHours(const QDateTime &at, const DemoWorld &world, DemoRandom &rng)
{
    const auto opening = [](const QDate &day) { return day.dayOfWeek() == 6 ? 10 : 8; };
    const auto closing = [](const QDate &day) {
        return day.dayOfWeek() == 6 ? 13 : day.dayOfWeek() == 7 ? 0 : 19;
    };
    const QDateTime local = at.toTimeZone(world.zone);
    QDate day = local.date();
    const int hour = local.time().hour();
    if (hour >= opening(day) && hour < closing(day))
        return at;
    if (hour >= opening(day))
        day = day.addDays(1);
    while (closing(day) == 0)
        day = day.addDays(1);
    const int latest = std::min(opening(day) + 3, closing(day) - 1);
    return world.at(day, rng.between(opening(day), latest), rng.below(60), rng.below(60));
}

// Who speaks after the opening message. Private conversations are a question and an answer; in
// public, the team answers early, the author thanks it, and others join in.
QList<Speaker> planSpeakers(DemoRandom &rng, bool direct, int replies, bool brandWillReply)
{
    QList<Speaker> speakers;
    if (direct) {
        if (brandWillReply) {
            speakers << Speaker::Brand;
            if (rng.chance(0.6))
                speakers << Speaker::Author;
        } else if (rng.chance(0.4)) {
            speakers << Speaker::Author;
        }
        return speakers;
    }
    const int brandAt = brandWillReply && replies > 0 ? rng.below(std::min(replies, 3)) : -1;
    Speaker last = Speaker::Author;
    for (int i = 0; i < replies; ++i) {
        Speaker next = Speaker::Community;
        if (i == brandAt)
            next = Speaker::Brand;
        else if (last == Speaker::Brand && rng.chance(0.7))
            next = Speaker::Author;
        else if (last != Speaker::Author && rng.chance(0.2))
            next = Speaker::Author;
        speakers << next;
        last = next;
    }
    return speakers;
}

PlannedThread ThreadWriter::write()
{
    PlannedThread thread;
    const auto shares = [] {
        std::array<double, AccountCount> s{};
        for (int i = 0; i < AccountCount; ++i)
            s[size_t(i)] = kProfiles[i].share;
        return s;
    }();
    thread.account = AccountIndex(m_rng.weighted(shares));
    const AccountProfile &profile = kProfiles[thread.account];
    const Account &account = m_world.account(thread.account);
    const BrandIndex brand = brandFor(thread.account);
    const QDateTime start = rootTime(thread.account, brand);
    const bool crisis = m_world.inCrisis(start.toTimeZone(m_world.zone).date());
    thread.topic = topicFor(brand, crisis);
    const bool professional = brand == Helicard;
    const bool french = professional || m_rng.chance(profile.frenchShare);
    const double kindDraw = m_rng.unit();
    const bool direct = !professional && kindDraw < profile.directShare;
    const bool mention = !direct && kindDraw < profile.directShare + profile.mentionShare;
    const DemoProduct &product = thread.topic == InboxTopic::Crisis ? m_world.products.at(kCrisisProduct)
                                                                    : m_world.pickProduct(m_rng, brand);
    const DemoProduct *other = m_world.counterpart(m_rng, product);
    Slots values;
    values.product = spokenName(m_rng, product);
    values.counterpart = other ? spokenName(m_rng, *other) : QStringLiteral("le générique");
    values.brand = m_world.brand(brand).name;
    values.account = account.handle;

    Person author = thread.account == SermoCardiology ? makeProfessional(m_rng)
                                                      : makePerson(m_rng, french, account.network);
    if (professional && thread.account != SermoCardiology)
        author.name = QStringLiteral("Dr ") + author.name; // doctors on LinkedIn use their real names
    values.name = author.firstName;
    const bool adverseRoot =
        thread.topic == InboxTopic::AdverseEvent || thread.topic == InboxTopic::ProfessionalAdverse;
    QString text =
        fillSlots(pickPhrase(m_rng, inboxOpening(thread.topic, direct), french, product.area), values);
    const Sentiment rootMood = sentimentOf(thread.topic, m_rng);
    if (!professional)
        text = decorate(text, french, rootMood, product);
    if (mention && account.network != Network::Facebook && !text.contains(account.handle))
        text = (account.handle.startsWith(QLatin1Char('@')) ? account.handle
                                                            : QLatin1Char('@') + account.handle) +
               QLatin1Char(' ') + text;
    Message root = incoming(author, text, french, rootMood, adverseRoot);
    root.accountId = account.id;
    root.kind = direct    ? QStringLiteral("dm")
                : mention ? QStringLiteral("mention")
                          : QStringLiteral("comment");
    root.remoteId = messageRemoteId(m_rng, account.network, ++m_serial);
    root.createdAt = start;
    if (!direct && !mention)
        root.parentRemoteId = parentPostFor(account.id, start);
    thread.rootRemoteId = root.remoteId;
    const Id brandId = m_world.brand(brand).id;
    thread.messages << IncomingMessage{root, root.remoteId, brandId};

    const int replies = m_rng.weighted({0.25, 0.2, 0.2, 0.13, 0.08, 0.06, 0.04, 0.02, 0.02});
    const bool brandWillReply = m_rng.chance(replyChance(thread.topic));
    const QString manager = QString::fromUtf8(communityManagers()[size_t(m_rng.below(3))]);
    QSet<QString> said{text};
    // A phrase nobody in this conversation has used yet (people do not repeat themselves word for word).
    const auto fresh = [&](const Bank &bank, bool inFrench) {
        QString phrase;
        for (int attempt = 0; attempt < 6; ++attempt) {
            phrase = fillSlots(pickPhrase(m_rng, bank, inFrench, product.area), values);
            if (!said.contains(phrase))
                break;
        }
        said.insert(phrase);
        return phrase;
    };
    QDateTime at = start;
    Speaker last = Speaker::Author;
    for (Speaker next : planSpeakers(m_rng, direct, replies, brandWillReply)) {
        at = next == Speaker::Brand ? officeHours(at.addSecs(60 * m_rng.between(15, 300)), m_world, m_rng)
                                    : at.addSecs(60 * m_rng.between(2, 600));
        if (at >= m_world.now.addSecs(-2 * 60))
            break;

        Message m;
        if (next == Speaker::Brand) {
            m.direction = MessageDirection::Outgoing;
            m.authorHandle = account.handle;
            m.authorName = manager;
            m.body = fresh(brandReply(thread.topic), french);
            m.language = root.language;
            m.sentiment = thread.topic == InboxTopic::Praise ? Sentiment::Positive : Sentiment::Neutral;
            m.deliveryState = QStringLiteral("sent");
            thread.brandReplied = true;
        } else if (next == Speaker::Author) {
            const Sentiment mood = thread.brandReplied ? Sentiment::Positive : Sentiment::Neutral;
            m = incoming(author,
                         decorate(fresh(authorFollowUp(thread.brandReplied), french), french, mood, product),
                         french, mood, false);
        } else {
            const bool replyFrench = professional || (m_rng.chance(0.9) ? french : !french);
            Person other = thread.account == SermoCardiology
                               ? makeProfessional(m_rng)
                               : makePerson(m_rng, replyFrench, account.network);
            if (professional && thread.account != SermoCardiology)
                other.name = QStringLiteral("Dr ") + other.name;
            // Others who had the same reaction are adverse events too.
            const bool adverse = !professional && m_rng.chance(adverseRoot ? 0.45 : 0.02);
            const Sentiment mood = adverse ? Sentiment::Negative : Sentiment::Neutral;
            QString reply = fresh(communityReply(thread.topic, adverse), replyFrench);
            if (!professional)
                reply = decorate(reply, replyFrench, mood, product);
            m = incoming(other, reply, replyFrench, mood, adverse);
        }
        m.accountId = account.id;
        m.kind = direct ? QStringLiteral("dm") : QStringLiteral("reply");
        m.remoteId = messageRemoteId(m_rng, account.network, ++m_serial);
        m.parentRemoteId =
            next == Speaker::Community ? root.remoteId : thread.messages.last().message.remoteId;
        m.createdAt = at;
        thread.messages << IncomingMessage{m, root.remoteId, brandId};
        last = next;
    }
    thread.lastFromBrand = last == Speaker::Brand && thread.messages.size() > 1;
    thread.lastAt = thread.messages.last().message.createdAt;
    return thread;
}

// What the team has done with a conversation by "now", from its age and who spoke last.
ThreadStatus statusOf(const PlannedThread &thread, const DemoWorld &world, DemoRandom &rng)
{
    const qint64 ageHours = thread.lastAt.secsTo(world.now) / 3600;
    const bool adverse =
        thread.topic == InboxTopic::AdverseEvent || thread.topic == InboxTopic::ProfessionalAdverse;
    if (adverse) {
        // Unanswered side effects stay open (the demo shows them flagged); answered ones wait on
        // pharmacovigilance before they are closed.
        if (!thread.brandReplied)
            return ThreadStatus::Open;
        return ageHours > 72 && rng.chance(0.55) ? ThreadStatus::Done : ThreadStatus::Pending;
    }
    if (thread.lastFromBrand) {
        if (ageHours > 24)
            return rng.chance(0.85) ? ThreadStatus::Done : ThreadStatus::Pending;
        return rng.chance(0.5) ? ThreadStatus::Pending : ThreadStatus::Open;
    }
    if (thread.brandReplied)
        return ageHours > 72 && rng.chance(0.6) ? ThreadStatus::Done : ThreadStatus::Open;
    if (ageHours > 120) {
        const bool nothingToAnswer = thread.topic == InboxTopic::Praise || thread.topic == InboxTopic::Chat;
        return rng.chance(nothingToAnswer ? 0.75 : 0.45) ? ThreadStatus::Done : ThreadStatus::Open;
    }
    return ThreadStatus::Open;
}

Status ingestInOrder(InboxRepository &repo, FixedClock &clock, const QList<PlannedThread> &threads,
                     const DemoWorld &world, const classify::Classifier &classifier,
                     const std::function<void(int)> &progress)
{
    // Messages arrive in time order, an hour's worth per sync, as a real sync would store them.
    QList<const IncomingMessage *> ordered;
    for (const auto &thread : threads) {
        for (const auto &m : thread.messages)
            ordered << &m;
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto *a, const auto *b) {
        return a->message.createdAt < b->message.createdAt;
    });
    QList<IncomingMessage> batch;
    qint64 batchHour = -1;
    const auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return Status::success();
        clock.set(std::min(batch.last().message.createdAt.addSecs(45), world.now));
        Status st = repo.ingest(batch);
        batch.clear();
        return st;
    };
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const qint64 hour = ordered[i]->message.createdAt.toSecsSinceEpoch() / 3600;
        if (hour != batchHour) {
            if (auto st = flush(); !st)
                return st;
            batchHour = hour;
        }
        batch << *ordered[i];
        // What the generator meant is replaced by what Vigie's classifier reads, as a real sync
        // would store it: flags, evidence to highlight and sentiment are the product's own.
        classify::classifyIncoming(batch.last().message, &classifier);
        if (progress && i % 200 == 0)
            progress(int(70 * i / ordered.size()));
    }
    return flush();
}

} // namespace

Status createInbox(Database &db, FixedClock &clock, const DemoWorld &world, DemoRandom &rng, int messageCount,
                   const QString &actor, const std::function<void(int)> &progress)
{
    ThreadWriter writer(world, rng);
    QList<PlannedThread> threads;
    int total = 0;
    while (total < messageCount) {
        PlannedThread thread = writer.write();
        const int room = messageCount - total;
        if (thread.messages.size() > room) { // the last conversation is cut to the exact count
            thread.messages.resize(room);
            thread.lastAt = thread.messages.last().message.createdAt;
            thread.lastFromBrand = thread.messages.last().message.direction == MessageDirection::Outgoing;
            thread.brandReplied =
                std::any_of(thread.messages.cbegin(), thread.messages.cend(),
                            [](const auto &m) { return m.message.direction == MessageDirection::Outgoing; });
        }
        total += int(thread.messages.size());
        threads << thread;
    }

    InboxRepository repo(db, clock);
    const classify::Classifier classifier(
        classify::ProductTerms::fromProducts(WorkspaceRepository(db).products(world.workspace.id)));
    if (auto st = ingestInOrder(repo, clock, threads, world, classifier, progress); !st)
        return st;

    QHash<QPair<Id, QString>, Id> threadIds;
    SqlQuery q(db, QStringLiteral("SELECT t.id, t.account_id, t.root_remote_id FROM threads t "
                                  "JOIN accounts a ON a.id = t.account_id WHERE a.workspace_id = ?"));
    if (auto st = q.exec(world.workspace.id); !st)
        return st;
    while (q.next())
        threadIds.insert({q.value(1).toLongLong(), q.value(2).toString()}, q.value(0).toLongLong());

    for (qsizetype i = 0; i < threads.size(); ++i) {
        const PlannedThread &thread = threads.at(i);
        const Id threadId = threadIds.value({world.account(thread.account).id, thread.rootRemoteId});
        if (!threadId)
            return Status::failure(
                QCoreApplication::translate("vigie::demo", "A generated conversation was not stored."));
        const ThreadStatus status = statusOf(thread, world, rng);
        const qint64 ageHours = thread.lastAt.secsTo(world.now) / 3600;
        // Answered or handled conversations were read; fresh ones mostly wait for someone.
        const bool read =
            status != ThreadStatus::Open || thread.lastFromBrand || rng.chance(ageHours > 48 ? 0.65 : 0.15);
        if (status != ThreadStatus::Open) {
            clock.set(std::min(thread.lastAt.addSecs(60 * rng.between(10, 480)), world.now.addSecs(-60)));
            if (auto st = repo.setStatus(threadId, status, actor); !st)
                return st;
        }
        if (read) {
            if (auto st = repo.setRead(threadId, true); !st)
                return st;
        }
        if (progress && i % 50 == 0)
            progress(70 + int(30 * i / threads.size()));
    }
    return Status::success();
}

} // namespace demo
} // namespace vigie
