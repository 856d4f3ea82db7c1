#include "demo/demoposts.h"

#include "demo/demotexts.h"
#include "storage/postrepository.h"

#include <QMap>
#include <algorithm>

namespace vigie {
namespace demo {

namespace {

constexpr int kDaysBack = 28;
constexpr int kDaysAhead = 14;
constexpr int kCorporate = -1;

struct TimeSlot
{
    int hour;
    int minute;
};
// Community teams publish in office hours; sleep content goes out at bedtime.
const TimeSlot kDaySlots[] = {{8, 30},  {9, 0},  {10, 0},  {11, 0},  {12, 15},
                              {13, 30}, {14, 0}, {16, 30}, {17, 45}, {18, 30}};
const TimeSlot kEveningSlots[] = {{12, 15}, {18, 30}, {19, 30}, {20, 30}, {21, 0}};
const TimeSlot kProfessionalSlots[] = {{8, 0}, {9, 0}, {12, 30}, {14, 0}};

struct PlannedPost
{
    Post post;
    QDateTime createdAt;
};

// Hands out the ideas of each brand in a shuffled order, so repeats are as far apart as possible.
class IdeaQueue
{
public:
    explicit IdeaQueue(DemoRandom &rng)
    {
        const auto ideas = postIdeas();
        for (int i = 0; i < int(ideas.size()); ++i)
            m_queues[ideas[size_t(i)].brand] << i;
        for (auto &queue : m_queues)
            rng.shuffle(queue);
    }
    const PostIdea &next(int brand)
    {
        const QList<int> &queue = m_queues[brand];
        const int index = queue.at(m_served[brand]++ % queue.size());
        return postIdeas()[size_t(index)];
    }

private:
    QMap<int, QList<int>> m_queues;
    QMap<int, int> m_served;
};

QList<AccountIndex> channelsFor(const PostIdea &idea, DemoRandom &rng)
{
    QList<AccountIndex> result;
    const auto maybe = [&](AccountIndex account, double p) {
        if (rng.chance(p))
            result << account;
    };
    switch (idea.brand) {
    case Helidol:
        if (idea.french) {
            result << FacebookHelidol;
            maybe(XHelidol, 0.8);
            maybe(MastodonCorporate, 0.25);
            maybe(BlueskyCorporate, 0.3);
        } else {
            result << MastodonCorporate << BlueskyCorporate;
            maybe(XHelidol, 0.5);
        }
        break;
    case Noctelia:
        if (idea.french) {
            result << FacebookNoctelia;
            maybe(InstagramNoctelia, 0.85);
            maybe(BlueskyCorporate, 0.3);
        } else {
            result << InstagramNoctelia << BlueskyCorporate;
            maybe(MastodonCorporate, 0.5);
        }
        break;
    case Helicard: // prescription-only: professionals only
        result << LinkedInCorporate;
        maybe(SermoCardiology, 0.6);
        break;
    default:
        result << LinkedInCorporate;
        maybe(MastodonCorporate, 0.6);
        maybe(BlueskyCorporate, 0.6);
        maybe(XHelidol, 0.2);
        break;
    }
    return result;
}

// Cuts text at the last sentence end that fits limit, or at a word with an ellipsis.
QString cutToFit(const QString &text, int limit)
{
    for (int i = limit - 1; i > limit / 3; --i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) &&
            (i + 1 == text.size() || text.at(i + 1).isSpace()))
            return text.left(i + 1);
    }
    const int space = text.lastIndexOf(QLatin1Char(' '), limit - 2);
    return text.left(space > 0 ? space : limit - 1) + QChar(0x2026);
}

// A variant's own text where the network needs one; empty = the post's text.
QString variantText(const PostIdea &idea, const Account &account)
{
    const QString body = QString::fromUtf8(idea.body);
    const int limit = account.network == Network::X ? 280 : account.network == Network::Bluesky ? 300 : 0;
    if (limit > 0 && body.size() > limit)
        return idea.shortBody ? QString::fromUtf8(idea.shortBody) : cutToFit(body, limit);
    if (account.network == Network::X && idea.shortBody) // X gets the punchier version anyway
        return QString::fromUtf8(idea.shortBody);
    if (account.network == Network::Instagram)
        return body + QStringLiteral("\n\n") +
               instagramHashtags(idea.brand >= 0 ? BrandIndex(idea.brand) : Helidol);
    return {};
}

PostState futureState(int daysAhead, DemoRandom &rng)
{
    static const PostState states[] = {PostState::Scheduled, PostState::Approved, PostState::InReview,
                                       PostState::ChangesRequested, PostState::Draft};
    if (daysAhead <= 2)
        return states[rng.weighted({0.75, 0.2, 0.05, 0, 0})];
    if (daysAhead <= 7)
        return states[rng.weighted({0.4, 0.25, 0.2, 0.1, 0.05})];
    return states[rng.weighted({0.1, 0.15, 0.25, 0.15, 0.35})];
}

// Past posts: published, except where the network refused (Failed) or timed out (Unconfirmed).
void settlePastPost(PlannedPost &planned, const DemoWorld &world, DemoRandom &rng)
{
    Post &post = planned.post;
    // The Instagram variants due since its token expired could not be published.
    const QDate brokenSince = world.today.addDays(-kInstagramExpiredDaysAgo);
    for (auto &variant : post.variants)
        variant.state = PostState::Published;
    for (auto &variant : post.variants) {
        const bool instagram = variant.accountId == world.account(InstagramNoctelia).id;
        if (instagram && post.scheduledAt >= world.at(brokenSince, 0, 0))
            variant.state = PostState::Failed;
        else if (variant.accountId == world.account(XHelidol).id && rng.chance(0.06))
            variant.state = PostState::Unconfirmed;
        else if (variant.accountId == world.account(LinkedInCorporate).id && rng.chance(0.04))
            variant.state = PostState::Failed;
    }
    post.state = PostState::Published;
    for (const auto &variant : post.variants) {
        if (variant.state == PostState::Failed)
            post.state = PostState::Failed;
        else if (variant.state == PostState::Unconfirmed && post.state != PostState::Failed)
            post.state = PostState::Unconfirmed;
    }
}

void setAllStates(Post &post, PostState state)
{
    post.state = state;
    for (auto &variant : post.variants)
        variant.state = state;
}

// The demo must show every state; when the dice left one out, the nearest fitting post takes it.
void ensureEveryState(QList<PlannedPost> &posts, const DemoWorld &world)
{
    const auto count = [&](PostState state) {
        return std::count_if(posts.cbegin(), posts.cend(),
                             [&](const auto &p) { return p.post.state == state; });
    };
    // Past failures: the most recent published posts take them.
    for (PostState missing : {PostState::Failed, PostState::Unconfirmed}) {
        if (count(missing) > 0)
            continue;
        for (qsizetype i = posts.size() - 1; i >= 0; --i) {
            Post &post = posts[i].post;
            if (post.state != PostState::Published || post.scheduledAt >= world.now)
                continue;
            post.state = missing;
            post.variants.last().state = missing;
            break;
        }
    }
    // Upcoming states: taken from the most common upcoming state.
    for (PostState missing : {PostState::Scheduled, PostState::Approved, PostState::InReview,
                              PostState::ChangesRequested, PostState::Draft}) {
        if (count(missing) > 0)
            continue;
        PostState donor = PostState::Scheduled;
        for (PostState s :
             {PostState::Approved, PostState::InReview, PostState::ChangesRequested, PostState::Draft}) {
            if (count(s) > count(donor))
                donor = s;
        }
        for (qsizetype i = posts.size() - 1; i >= 0; --i) {
            if (posts[i].post.state == donor && posts[i].post.scheduledAt > world.now) {
                setAllStates(posts[i].post, missing);
                break;
            }
        }
    }
}

QDateTime creationTime(const QDateTime &scheduledAt, const DemoWorld &world, DemoRandom &rng)
{
    // Planned one to ten days ahead, in office hours, and never after "now".
    QDate day = scheduledAt.isValid() ? scheduledAt.toTimeZone(world.zone).date().addDays(-rng.between(1, 10))
                                      : world.today.addDays(-rng.between(0, 12));
    day = std::min(day, world.today.addDays(-1));
    return world.at(day, rng.between(9, 17), rng.between(0, 59), rng.between(0, 59));
}

PlannedPost planPost(const PostIdea &idea, const QDateTime &at, const DemoWorld &world, DemoRandom &rng)
{
    PlannedPost planned;
    Post &post = planned.post;
    post.workspaceId = world.workspace.id;
    post.brandId = idea.brand >= 0 ? world.brand(BrandIndex(idea.brand)).id : 0;
    post.body = QString::fromUtf8(idea.body);
    post.scheduledAt = at;
    for (AccountIndex index : channelsFor(idea, rng)) {
        PostVariant variant;
        variant.accountId = world.account(index).id;
        variant.body = variantText(idea, world.account(index));
        post.variants << variant;
    }
    planned.createdAt = creationTime(at, world, rng);
    return planned;
}

QList<PlannedPost> planCalendar(const DemoWorld &world, DemoRandom &rng)
{
    IdeaQueue ideas(rng);
    QList<PlannedPost> planned;
    for (int offset = -kDaysBack; offset <= kDaysAhead; ++offset) {
        const QDate day = world.today.addDays(offset);
        const int weekday = day.dayOfWeek();
        const bool weekend = weekday >= 6;
        const int count =
            !weekend ? 1 + rng.weighted({0.25, 0.45, 0.30}) : int(rng.chance(weekday == 6 ? 0.5 : 0.15));
        QList<int> usedMinutes;
        QList<PlannedPost> ofTheDay;
        for (int i = 0; i < count; ++i) {
            // Weekends carry consumer brands only; the professional and corporate voices rest.
            const int brand = weekend ? rng.weighted({0.5, 0.5}) : rng.weighted({0.4, 0.32, 0.1, 0.18});
            const int key = brand == 3 ? kCorporate : brand;
            const std::span<const TimeSlot> slotChoices =
                key == Noctelia   ? std::span<const TimeSlot>(kEveningSlots)
                : key == Helicard ? std::span<const TimeSlot>(kProfessionalSlots)
                                  : std::span<const TimeSlot>(kDaySlots);
            const TimeSlot chosen = slotChoices[size_t(rng.below(int(slotChoices.size())))];
            int minutes = chosen.hour * 60 + chosen.minute;
            while (usedMinutes.contains(minutes))
                minutes += 20;
            usedMinutes << minutes;
            // The post going out right now: the demo shows one in the middle of publishing.
            if (offset == 0 && minutes > 11 * 60 + 20 && minutes <= 12 * 60)
                continue;
            const PostIdea &idea = ideas.next(key);
            ofTheDay << planPost(idea, world.at(day, minutes / 60, minutes % 60), world, rng);
        }
        if (offset == 0)
            ofTheDay << planPost(ideas.next(Helidol), world.now.addSecs(-5 * 60), world, rng);
        std::sort(ofTheDay.begin(), ofTheDay.end(),
                  [](const auto &a, const auto &b) { return a.post.scheduledAt < b.post.scheduledAt; });
        planned << ofTheDay;
    }

    for (auto &p : planned) {
        const qint64 secsFromNow = world.now.secsTo(p.post.scheduledAt);
        if (secsFromNow < -40 * 60) {
            settlePastPost(p, world, rng);
        } else if (secsFromNow <= 0) {
            setAllStates(p.post, PostState::Publishing);
            p.post.variants.first().state = PostState::Published; // the first network already answered
        } else {
            const int daysAhead = int(world.today.daysTo(p.post.scheduledAt.toTimeZone(world.zone).date()));
            setAllStates(p.post, futureState(daysAhead, rng));
        }
    }
    ensureEveryState(planned, world);
    return planned;
}

QList<PlannedPost> planDrafts(const DemoWorld &world, DemoRandom &rng)
{
    QList<PlannedPost> drafts;
    for (const DraftIdea &idea : draftIdeas()) {
        PlannedPost planned;
        Post &post = planned.post;
        post.workspaceId = world.workspace.id;
        post.brandId = idea.brand >= 0 ? world.brand(BrandIndex(idea.brand)).id : 0;
        post.body = QString::fromUtf8(idea.body);
        post.state = PostState::Draft;
        // Some drafts already know where they will go; others are only an idea.
        if (rng.chance(0.6)) {
            const AccountIndex channel = idea.brand == Noctelia  ? FacebookNoctelia
                                         : idea.brand == Helidol ? FacebookHelidol
                                                                 : LinkedInCorporate;
            PostVariant variant;
            variant.accountId = world.account(channel).id;
            variant.state = PostState::Draft;
            post.variants << variant;
        }
        planned.createdAt = creationTime({}, world, rng);
        drafts << planned;
    }
    return drafts;
}

// The Sermo post of the previous weekday morning, approved and due, that nobody has posted yet:
// Tools › Manual posts due and `vigie manual due` show what a manual channel asks of a person.
// (The previous day: the demo's "now" is noon, the computer's clock may be earlier.) Built
// without the random streams, so the rest of the demo is the same with or without it.
PlannedPost manualPostAwaitingHands(const DemoWorld &world)
{
    QDate day = world.today.addDays(-1);
    while (day.dayOfWeek() >= 6) // the professional voices rest at weekends
        day = day.addDays(-1);
    PlannedPost planned;
    Post &post = planned.post;
    post.workspaceId = world.workspace.id;
    post.brandId = world.brand(Helicard).id;
    post.body = QStringLiteral(
        "Rencontre en ligne avec l'équipe médicale des Laboratoires Hélianthe mardi prochain à 18 h : prise "
        "en charge "
        "de l'hypertension artérielle du patient de plus de 75 ans, place des bêtabloquants et adaptation "
        "posologique. Vos questions de pratique sont les bienvenues en commentaire.");
    post.scheduledAt = world.at(day, 9, 30);
    post.state = PostState::Scheduled;
    PostVariant sermo;
    sermo.accountId = world.account(SermoCardiology).id;
    sermo.state = PostState::Scheduled;
    post.variants << sermo;
    planned.createdAt = world.at(day.addDays(-3), 10, 15);
    return planned;
}

} // namespace

Status createPosts(Database &db, FixedClock &clock, DemoWorld &world, DemoRandom &rng, const QString &actor)
{
    PostRepository repo(db, clock);
    QList<PlannedPost> all = planCalendar(world, rng) + planDrafts(world, rng);
    all << manualPostAwaitingHands(world);
    int serial = 0;
    for (auto &planned : all) {
        for (auto &variant : planned.post.variants) {
            if (variant.state != PostState::Published)
                continue;
            const Account *account = nullptr;
            for (const auto &a : world.accounts) {
                if (a.id == variant.accountId)
                    account = &a;
            }
            const RemoteRef ref = postRemoteRef(rng, *account, ++serial);
            variant.remoteId = ref.id;
            variant.remoteUrl = ref.url;
            if (!ref.id.isEmpty())
                world.published << PublishedVariant{variant.accountId, ref.id, planned.post.scheduledAt};
        }
        clock.set(planned.createdAt);
        planned.post.author = QString::fromUtf8(kDemoAuthor);
        if (auto st = repo.create(planned.post, actor); !st)
            return st;
    }
    return Status::success();
}

} // namespace demo
} // namespace vigie
