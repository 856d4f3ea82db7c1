#pragma once

// An in-memory network for the delivery tests: a Publisher that can look for its own posts
// (findsPublished) and a NativeScheduler, with fault injection. The publisher makes a new
// adapter per job in a worker thread; they all share one FakeNetwork (guarded by its mutex).
// No HTTP: what is tested here is what the delivery layer does with each outcome.
#include "delivery/publishsummary.h"
#include "platforms/adapter.h"

#include <QMutex>
#include <QMutexLocker>

namespace vigie {
namespace test {

struct FakeNetwork
{
    struct Online
    {
        QString id;
        QString text;
        QString inReplyTo;
        QDateTime createdAt;
        int mediaCount = 0;
    };
    struct Scheduled
    {
        QString id;
        platforms::OutgoingPost post;
        QDateTime at;
        bool cancelled = false;
        bool removedOnNetwork = false; // someone deleted it on the network
    };

    explicit FakeNetwork(const Clock &clock, Network network = Network::X)
        : clock(clock)
        , network(network)
    {}

    const Clock &clock;
    Network network;
    mutable QMutex mutex;

    // Publisher
    bool finds = true;
    QList<Online> online;
    int publishCalls = 0;
    int findCalls = 0;
    QList<QDateTime> findSince;
    // Faults, consumed in order: for publish call number n (1-based), what happens.
    enum class Fault { None, CreateThenLoseAnswer, LoseBeforeCreate, Transient };
    QHash<int, Fault> publishFaults;
    QList<platforms::Outcome> findFailures; // the next find calls fail with these

    // NativeScheduler
    bool native = false;
    qint64 minLead = 10 * 60;
    qint64 maxLead = 30 * 24 * 3600;
    QList<Scheduled> scheduled;
    int scheduleCalls = 0;
    int rescheduleCalls = 0;
    int cancelCalls = 0;
    int stateCalls = 0;
    int failCancels = 0; // the next N cancels answer 503
    bool late = false;   // scheduledState says "not yet" even after its time
    int nextId = 1;

    int liveScheduled() const
    {
        QMutexLocker lock(&mutex);
        return int(std::count_if(scheduled.cbegin(), scheduled.cend(),
                                 [](const Scheduled &s) { return !s.cancelled && !s.removedOnNetwork; }));
    }
    int onlineCount() const
    {
        QMutexLocker lock(&mutex);
        return int(online.size());
    }
};

class FakeAdapter : public platforms::Adapter, public platforms::Publisher, public platforms::NativeScheduler
{
public:
    explicit FakeAdapter(FakeNetwork &net)
        : m_net(net)
    {}

    Network network() const override { return m_net.network; }
    platforms::Capabilities capabilities() const override { return platforms::Capability::Text; }
    platforms::Limits limits() const override { return {}; }
    platforms::Result<platforms::AccountProfile> signIn() override
    {
        return platforms::Result<platforms::AccountProfile>::success({});
    }
    platforms::Credentials credentials() const override { return {}; }
    bool credentialsChanged() const override { return false; }
    platforms::Publisher *publisher() override { return this; }
    platforms::NativeScheduler *nativeScheduler() override { return m_net.native ? this : nullptr; }

    // Publisher
    platforms::Result<platforms::PublishedPost> publish(const platforms::OutgoingPost &post) override
    {
        using namespace platforms;
        QMutexLocker lock(&m_net.mutex);
        const int call = ++m_net.publishCalls;
        const FakeNetwork::Fault fault = m_net.publishFaults.value(call, FakeNetwork::Fault::None);
        if (fault == FakeNetwork::Fault::Transient)
            return Result<PublishedPost>::failure(
                Outcome::failure(OutcomeKind::Transient, "Service Unavailable", 503));
        if (fault == FakeNetwork::Fault::LoseBeforeCreate)
            return Result<PublishedPost>::failure(Outcome::failure(OutcomeKind::Unconfirmed, "timed out"));
        const FakeNetwork::Online created = create(post);
        if (fault == FakeNetwork::Fault::CreateThenLoseAnswer)
            return Result<PublishedPost>::failure(Outcome::failure(OutcomeKind::Unconfirmed, "timed out"));
        return Result<PublishedPost>::success({created.id, urlOf(created.id), created.createdAt});
    }
    bool findsPublished() const override { return m_net.finds; }
    platforms::Result<platforms::PublishedPost> findPublished(const platforms::OutgoingPost &post,
                                                              const QDateTime &since) override
    {
        using namespace platforms;
        QMutexLocker lock(&m_net.mutex);
        ++m_net.findCalls;
        m_net.findSince << since;
        if (!m_net.findFailures.isEmpty())
            return Result<PublishedPost>::failure(m_net.findFailures.takeFirst());
        for (const FakeNetwork::Online &o : m_net.online)
            if (o.text == post.text && o.inReplyTo == post.inReplyToRemoteId && o.createdAt >= since)
                return Result<PublishedPost>::success({o.id, urlOf(o.id), o.createdAt});
        return Result<PublishedPost>::success({});
    }

    // NativeScheduler
    qint64 minimumLeadSeconds() const override { return m_net.minLead; }
    qint64 maximumLeadSeconds() const override { return m_net.maxLead; }
    platforms::Result<platforms::PublishedPost> schedule(const platforms::OutgoingPost &post,
                                                         const QDateTime &at) override
    {
        using namespace platforms;
        QMutexLocker lock(&m_net.mutex);
        ++m_net.scheduleCalls;
        const QDateTime now = m_net.clock.now();
        if (at < now.addSecs(m_net.minLead) || at > now.addSecs(m_net.maxLead))
            return Result<PublishedPost>::failure(
                Outcome::validation("scheduled_publish_time", "time outside the allowed window", 400));
        FakeNetwork::Scheduled s;
        s.id = QStringLiteral("page_%1").arg(m_net.nextId++);
        s.post = post;
        s.at = at;
        m_net.scheduled << s;
        return Result<PublishedPost>::success({s.id, {}, {}});
    }
    platforms::Outcome reschedule(const QString &remoteId, const QDateTime &at) override
    {
        using namespace platforms;
        QMutexLocker lock(&m_net.mutex);
        ++m_net.rescheduleCalls;
        FakeNetwork::Scheduled *s = find(remoteId);
        if (!s || s->cancelled || s->removedOnNetwork)
            return Outcome::failure(OutcomeKind::Permanent, "Unsupported get request", 404);
        s->at = at;
        return Outcome::success();
    }
    platforms::Outcome cancel(const QString &remoteId) override
    {
        using namespace platforms;
        QMutexLocker lock(&m_net.mutex);
        ++m_net.cancelCalls;
        if (m_net.failCancels > 0) {
            --m_net.failCancels;
            return Outcome::failure(OutcomeKind::Transient, "Service Unavailable", 503);
        }
        if (FakeNetwork::Scheduled *s = find(remoteId))
            s->cancelled = true;
        return Outcome::success(); // already gone counts as cancelled
    }
    platforms::Result<platforms::PublishedPost> scheduledState(const QString &remoteId) override
    {
        using namespace platforms;
        QMutexLocker lock(&m_net.mutex);
        ++m_net.stateCalls;
        FakeNetwork::Scheduled *s = find(remoteId);
        if (!s || s->cancelled || s->removedOnNetwork)
            return Result<PublishedPost>::failure(
                Outcome::failure(OutcomeKind::Permanent, "Unsupported get request", 404));
        if (m_net.late || m_net.clock.now() < s->at)
            return Result<PublishedPost>::success({s->id, {}, {}});
        return Result<PublishedPost>::success({s->id, urlOf(s->id), s->at});
    }

    static QString urlOf(const QString &id) { return QStringLiteral("https://network.test/posts/") + id; }

private:
    FakeNetwork::Online create(const platforms::OutgoingPost &post)
    {
        FakeNetwork::Online o;
        o.id = QStringLiteral("post_%1").arg(m_net.nextId++);
        o.text = post.text;
        o.inReplyTo = post.inReplyToRemoteId;
        o.createdAt = m_net.clock.now();
        o.mediaCount = int(post.media.size());
        m_net.online << o;
        return o;
    }
    FakeNetwork::Scheduled *find(const QString &id)
    {
        for (FakeNetwork::Scheduled &s : m_net.scheduled)
            if (s.id == id)
                return &s;
        return nullptr;
    }

    FakeNetwork &m_net;
};

// Every account gets an adapter on net; credentials are not needed.
inline PublishAccess fakeAccess(FakeNetwork &net)
{
    PublishAccess access;
    access.loadCredentials = [](const Account &, platforms::Credentials *c) {
        c->accessToken = QStringLiteral("token");
        return Status::success();
    };
    access.makeAdapter = [&net](const Account &, const platforms::Credentials &, platforms::HttpTransport &,
                                const Clock &) -> std::unique_ptr<platforms::Adapter> {
        return std::make_unique<FakeAdapter>(net);
    };
    return access;
}

} // namespace test
} // namespace vigie
