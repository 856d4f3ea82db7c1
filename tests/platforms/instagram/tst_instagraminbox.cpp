// The Instagram inbox: comments and replies on the account's recent media, page after page, and
// a cursor that lets a later sync find only what is new, even on an older media.
#include "instagramrig.h"

#include <QSet>

using namespace vigie;
using namespace vigie::platforms;
using vigie::test::InstagramRig;

namespace {

struct Sync
{
    Outcome outcome;
    QList<RemoteMessage> messages;
    QString cursor; // the last cursorAfter handed over
    int pages = 0;
};

Sync sync(instagram::InstagramAdapter &adapter, const QString &cursor, int stopAfterPages = -1)
{
    Sync s;
    s.cursor = cursor;
    s.outcome = adapter.syncInbox(cursor, [&](const InboxPage &page) {
        if (stopAfterPages >= 0 && s.pages >= stopAfterPages)
            return false;
        ++s.pages;
        s.messages << page.messages;
        if (!page.cursorAfter.isEmpty())
            s.cursor = page.cursorAfter;
        return true;
    });
    return s;
}

QSet<QString> idsOf(const QList<RemoteMessage> &messages)
{
    QSet<QString> ids;
    for (const auto &m : messages)
        ids.insert(m.remoteId);
    return ids;
}

} // namespace

class InstagramInboxTest : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryCommentOfTheRecentMediaPageByPage();
    void resumesWithOnlyWhatIsNew();
    void stoppedSyncResumesWithoutLoss();
    void readsRepliesBeyondTheNestedOnes();
    void leavesMediaOutsideTheWindow();
    void failureMidwayKeepsWhatWasStored();
    void fetchesTheThreadOfAReply();
    void fetchesTheCommentsOfAMedia();
};

void InstagramInboxTest::readsEveryCommentOfTheRecentMediaPageByPage()
{
    InstagramRig rig;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
    QStringList media;
    for (int i = 0; i < 12; ++i)
        media << rig.server.addMedia(QStringLiteral("Post %1").arg(i), start.addSecs(i * 3600));
    QStringList expected;
    for (int i = 0; i < 12; i += 2)
        for (int c = 0; c < 7; ++c)
            expected << rig.server.addComment(media[i], QStringLiteral("fan_%1").arg(c),
                                              QStringLiteral("Commentaire %1").arg(c),
                                              start.addSecs(i * 3600 + 60 + c));
    const QString question = rig.server.addComment(
        media[3], QStringLiteral("marie.d"), QStringLiteral("Effets secondaires ?"), start.addSecs(4 * 3600));
    const QString answer =
        rig.server.addComment(media[3], rig.server.username(), QStringLiteral("Écrivez-nous en privé."),
                              start.addSecs(4 * 3600 + 30), question);
    expected << question << answer;

    auto adapter = rig.adapter();
    adapter->setPageSize(5); // the media list and the comments come in several pages
    const Sync s = sync(*adapter, {});
    QVERIFY2(s.outcome.ok(), qPrintable(s.outcome.describe()));
    QCOMPARE(s.messages.size(), expected.size());
    QCOMPARE(idsOf(s.messages), QSet<QString>(expected.cbegin(), expected.cend()));
    QVERIFY(rig.server.requestCount("GET", QStringLiteral("/v21\\.0/%1/media").arg(rig.server.userId())) >=
            3);
    QVERIFY(rig.server.requestCount("GET", QStringLiteral("/v21\\.0/%1/comments").arg(media[0])) >= 2);

    for (const RemoteMessage &m : s.messages) {
        QCOMPARE(m.kind, QStringLiteral("comment"));
        QVERIFY(media.contains(m.rootRemoteId));
        QVERIFY(m.createdAt.isValid());
        QVERIFY(m.url.startsWith(QLatin1String("https://www.instagram.com/p/")));
        if (m.remoteId == answer) {
            QCOMPARE(m.parentRemoteId, question);
            QVERIFY(m.fromAccount);
        } else {
            QCOMPARE(m.parentRemoteId, m.rootRemoteId);
            QVERIFY(!m.fromAccount);
        }
    }
    const auto q = std::find_if(s.messages.cbegin(), s.messages.cend(),
                                [&](const auto &m) { return m.remoteId == question; });
    QCOMPARE(q->author.handle, QStringLiteral("marie.d"));
    QCOMPARE(q->text, QStringLiteral("Effets secondaires ?"));
    QVERIFY(!s.cursor.isEmpty());
}

void InstagramInboxTest::resumesWithOnlyWhatIsNew()
{
    InstagramRig rig;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-5);
    QStringList media;
    for (int i = 0; i < 6; ++i) {
        media << rig.server.addMedia(QStringLiteral("Post %1").arg(i), start.addSecs(i * 3600));
        rig.server.addComment(media[i], QStringLiteral("fan"), QStringLiteral("Bravo"),
                              start.addSecs(i * 3600 + 60));
    }
    const Sync first = sync(*rig.adapter(), {});
    QCOMPARE(first.messages.size(), 6);

    // Nothing new: nothing handed over, no comments read.
    rig.server.clearRequests();
    const Sync idle = sync(*rig.adapter(), first.cursor);
    QVERIFY(idle.outcome.ok());
    QCOMPARE(idle.messages.size(), 0);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/v21\\.0/\\d+/comments")), 0);

    // A new comment on the OLDEST media and a reply on the newest arrive, and only they.
    const QString late =
        rig.server.addComment(media[0], QStringLiteral("retard"), QStringLiteral("Je découvre ce post"));
    const QString top = rig.server.addComment(media[5], QStringLiteral("fan2"), QStringLiteral("Question"));
    const QString reply =
        rig.server.addComment(media[5], QStringLiteral("fan3"), QStringLiteral("Moi aussi"), {}, top);
    rig.server.clearRequests();
    const Sync next = sync(*rig.adapter(), idle.cursor);
    QVERIFY(next.outcome.ok());
    QCOMPARE(idsOf(next.messages), (QSet<QString>{late, top, reply}));
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/v21\\.0/\\d+/comments")),
             2); // the two changed media
}

void InstagramInboxTest::stoppedSyncResumesWithoutLoss()
{
    InstagramRig rig;
    QStringList all;
    for (int i = 0; i < 5; ++i) {
        const QString m = rig.server.addMedia(QStringLiteral("Post %1").arg(i),
                                              QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1)));
        for (int c = 0; c < 3; ++c)
            all << rig.server.addComment(m, QStringLiteral("u%1").arg(c), QStringLiteral("c%1").arg(c));
    }
    const Sync cut = sync(*rig.adapter(), {}, 2); // the store failed after two pages
    QVERIFY(!cut.outcome.ok());
    QCOMPARE(cut.messages.size(), 6);
    const Sync rest = sync(*rig.adapter(), cut.cursor);
    QVERIFY(rest.outcome.ok());
    QSet<QString> seen = idsOf(cut.messages);
    seen.unite(idsOf(rest.messages));
    QCOMPARE(seen, QSet<QString>(all.cbegin(), all.cend()));
    QCOMPARE(rest.messages.size(), 9); // the stored media are not handed over again
}

void InstagramInboxTest::readsRepliesBeyondTheNestedOnes()
{
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString top = rig.server.addComment(media, QStringLiteral("marie.d"), QStringLiteral("Débat"),
                                              QDateTime::currentDateTimeUtc().addSecs(-7200));
    for (int i = 0; i < 30; ++i)
        rig.server.addComment(media, QStringLiteral("p%1").arg(i), QStringLiteral("r%1").arg(i),
                              QDateTime::currentDateTimeUtc().addSecs(-3600 + i), top);
    const Sync s = sync(*rig.adapter(), {});
    QVERIFY(s.outcome.ok());
    QCOMPARE(s.messages.size(), 31);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/v21\\.0/%1/replies").arg(top)), 1);
}

void InstagramInboxTest::leavesMediaOutsideTheWindow()
{
    InstagramRig rig;
    const QString old =
        rig.server.addMedia(QStringLiteral("Vieux"), QDateTime::currentDateTimeUtc().addDays(-30));
    rig.server.addComment(old, QStringLiteral("a"), QStringLiteral("ancien"));
    for (int i = 0; i < 3; ++i)
        rig.server.addMedia(QStringLiteral("Récent %1").arg(i), QDateTime::currentDateTimeUtc().addDays(-i));
    auto adapter = rig.adapter();
    adapter->setInboxMediaWindow(3);
    const Sync s = sync(*adapter, {});
    QVERIFY(s.outcome.ok());
    QCOMPARE(s.messages.size(), 0);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/v21\\.0/%1/comments").arg(old)), 0);
}

void InstagramInboxTest::failureMidwayKeepsWhatWasStored()
{
    InstagramRig rig;
    QStringList media;
    for (int i = 0; i < 3; ++i) {
        media << rig.server.addMedia(QStringLiteral("P%1").arg(i),
                                     QDateTime::currentDateTimeUtc().addSecs(-600 * (3 - i)));
        rig.server.addComment(media[i], QStringLiteral("u"), QStringLiteral("c%1").arg(i));
    }
    // Newest first: media[2] is read, then media[1] fails.
    rig.server.injectFault(
        "GET", QStringLiteral("/v21\\.0/%1/comments").arg(media[1]),
        test::fault(
            fakes::FaultKind::Status, 500,
            R"({"error":{"message":"An unknown error occurred","type":"OAuthException","code":1,"fbtrace_id":"x"}})"));
    const Sync broken = sync(*rig.adapter(), {});
    QCOMPARE(broken.outcome.kind, OutcomeKind::Transient);
    QCOMPARE(broken.messages.size(), 1);
    const Sync again = sync(*rig.adapter(), broken.cursor);
    QVERIFY(again.outcome.ok());
    QCOMPARE(again.messages.size(), 2);
}

void InstagramInboxTest::fetchesTheThreadOfAReply()
{
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString top = rig.server.addComment(media, QStringLiteral("marie.d"), QStringLiteral("Question"),
                                              QDateTime::currentDateTimeUtc().addSecs(-300));
    const QString r1 = rig.server.addComment(media, rig.server.username(), QStringLiteral("Réponse"),
                                             QDateTime::currentDateTimeUtc().addSecs(-200), top);
    const QString r2 = rig.server.addComment(media, QStringLiteral("marie.d"), QStringLiteral("Merci"),
                                             QDateTime::currentDateTimeUtc().addSecs(-100), top);
    const auto thread = rig.adapter()->fetchThread(r1);
    QVERIFY2(thread.ok(), qPrintable(thread.outcome.describe()));
    QCOMPARE(thread.value.size(), 3);
    QCOMPARE(thread.value[0].remoteId, top);
    QCOMPARE(thread.value[0].parentRemoteId, media);
    QCOMPARE(thread.value[1].remoteId, r1);
    QVERIFY(thread.value[1].fromAccount);
    QCOMPARE(thread.value[2].remoteId, r2);
    QCOMPARE(thread.value[2].parentRemoteId, top);
    QCOMPARE(thread.value[2].rootRemoteId, media);
}

void InstagramInboxTest::fetchesTheCommentsOfAMedia()
{
    InstagramRig rig;
    const QString media = rig.server.addMedia(QStringLiteral("Post"));
    const QString c = rig.server.addComment(media, QStringLiteral("a"), QStringLiteral("un"));
    rig.server.addComment(media, QStringLiteral("b"), QStringLiteral("deux"), {}, c);
    const auto thread = rig.adapter()->fetchThread(media);
    QVERIFY2(thread.ok(), qPrintable(thread.outcome.describe()));
    QCOMPARE(thread.value.size(), 2);
    QCOMPARE(thread.value[1].parentRemoteId, c);
    QCOMPARE(rig.adapter()->fetchThread(QStringLiteral("17858999999999999")).outcome.kind,
             OutcomeKind::Permanent);
}

QTEST_GUILESS_MAIN(InstagramInboxTest)
#include "tst_instagraminbox.moc"
