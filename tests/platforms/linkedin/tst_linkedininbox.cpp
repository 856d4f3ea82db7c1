// Comments on the Page's posts land in the inbox, page after page, and a sync resumes where the
// last one stopped; the manager answers, and deletes what must go.
#include "linkedinrig.h"

using namespace vigie;
using namespace vigie::platforms;
using namespace vigie::platforms::linkedin;

namespace {

struct Synced
{
    Outcome outcome;
    QList<RemoteMessage> messages;
    QString cursor;
    int pages = 0;
};

Synced sync(LinkedInAdapter &adapter, const QString &cursor)
{
    Synced s;
    s.cursor = cursor;
    s.outcome = adapter.syncInbox(cursor, [&s](const InboxPage &page) {
        ++s.pages;
        s.messages += page.messages;
        if (!page.cursorAfter.isEmpty())
            s.cursor = page.cursorAfter;
        return true;
    });
    return s;
}

QStringList texts(const QList<RemoteMessage> &messages)
{
    QStringList t;
    for (const RemoteMessage &m : messages)
        t << m.text;
    return t;
}

} // namespace

class TestLinkedInInbox : public QObject
{
    Q_OBJECT

private slots:
    void commentsAndRepliesArriveThroughEveryPage();
    void syncResumesAfterTheCursor();
    void newCommentOnAnOlderPostArrives();
    void commentsBeyondThePostWindowAreNotRead();
    void stoppedSyncKeepsTheCursor();
    void replyToAPostAndToAComment();
    void fetchThreadOfAPost();
    void deleteAComment();
    void commentsCannotBeHidden();
};

void TestLinkedInInbox::commentsAndRepliesArriveThroughEveryPage()
{
    test::LinkedInRig rig;
    const QString older = rig.server.addPost(QStringLiteral("Post 1"));
    const QString newer = rig.server.addPost(QStringLiteral("Post 2"));
    rig.server.addPost(QStringLiteral("Post 3"));
    QStringList expected;
    QString first;
    for (int i = 0; i < 7; ++i) {
        const QString urn = rig.server.addComment(newer, QStringLiteral("urn:li:person:p%1").arg(i),
                                                  QStringLiteral("Commentaire %1").arg(i));
        if (i == 0)
            first = urn;
        expected << QStringLiteral("Commentaire %1").arg(i);
    }
    const QString answer =
        rig.server.addComment(first, rig.server.organizationUrn(), QStringLiteral("Merci !"));
    rig.server.addComment(older, QStringLiteral("urn:li:person:z"), QStringLiteral("Sur le premier"));

    auto adapter = rig.adapter();
    adapter->setPostPageSize(2);
    adapter->setCommentPageSize(3);
    const Synced s = sync(*adapter, {});
    QVERIFY2(s.outcome.ok(), qPrintable(s.outcome.describe()));
    QCOMPARE(s.messages.size(), 9);
    // oldest post's comments first, then the newer post's, oldest first
    QCOMPARE(s.messages.constFirst().text, QStringLiteral("Sur le premier"));
    QCOMPARE(texts(s.messages.mid(1, 7)), expected);
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/rest/posts")), 2); // 2 + 1 posts
    QCOMPARE(rig.server.requestCount("GET", QStringLiteral("/rest/socialActions/urn:li:share:.*/comments")),
             5); // 1 + 3 + 1

    const RemoteMessage &reply = s.messages.constLast();
    QCOMPARE(reply.remoteId, answer);
    QCOMPARE(reply.parentRemoteId, first);
    QCOMPARE(reply.rootRemoteId, newer);
    QVERIFY(reply.fromAccount);
    const RemoteMessage &comment = s.messages.at(1);
    QCOMPARE(comment.kind, QStringLiteral("comment"));
    QCOMPARE(comment.parentRemoteId, newer);
    QCOMPARE(comment.rootRemoteId, newer);
    QCOMPARE(comment.author.remoteId, QStringLiteral("urn:li:person:p0"));
    QCOMPARE(comment.author.handle, QStringLiteral("p0"));
    QVERIFY(!comment.fromAccount);
    QVERIFY(comment.createdAt.isValid());
    QVERIFY(comment.url.startsWith(QLatin1String("https://www.linkedin.com/feed/update/urn:li:activity:")));
    QCOMPARE(s.cursor, QString::number(rig.server.comments().constLast().createdAt));
}

void TestLinkedInInbox::syncResumesAfterTheCursor()
{
    test::LinkedInRig rig;
    const QString post = rig.server.addPost(QStringLiteral("Post"));
    rig.server.addComment(post, QStringLiteral("urn:li:person:a"), QStringLiteral("Avant"));
    auto adapter = rig.adapter();
    const Synced first = sync(*adapter, {});
    QCOMPARE(first.messages.size(), 1);
    rig.server.addComment(post, QStringLiteral("urn:li:person:b"), QStringLiteral("Après"));
    const Synced second = sync(*adapter, first.cursor);
    QVERIFY(second.outcome.ok());
    // the comment at the cursor's millisecond comes again (the store drops it), the new one too
    QCOMPARE(texts(second.messages), QStringList({QStringLiteral("Avant"), QStringLiteral("Après")}));
    const Synced third = sync(*adapter, second.cursor);
    QCOMPARE(texts(third.messages), QStringList({QStringLiteral("Après")}));
    QCOMPARE(third.cursor, second.cursor);
}

void TestLinkedInInbox::newCommentOnAnOlderPostArrives()
{
    test::LinkedInRig rig;
    const QString old = rig.server.addPost(QStringLiteral("Ancien"));
    const QString recent = rig.server.addPost(QStringLiteral("Récent"));
    rig.server.addComment(recent, QStringLiteral("urn:li:person:a"), QStringLiteral("Sur le récent"));
    auto adapter = rig.adapter();
    const Synced first = sync(*adapter, {});
    rig.server.addComment(old, QStringLiteral("urn:li:person:b"), QStringLiteral("Sur l'ancien"));
    const Synced second = sync(*adapter, first.cursor);
    const QStringList arrived = texts(second.messages);
    QVERIFY(arrived.contains(QStringLiteral("Sur l'ancien")));
    QCOMPARE(second.messages.at(arrived.indexOf(QStringLiteral("Sur l'ancien"))).rootRemoteId, old);
}

void TestLinkedInInbox::commentsBeyondThePostWindowAreNotRead()
{
    test::LinkedInRig rig;
    const QString oldest = rig.server.addPost(QStringLiteral("1"));
    rig.server.addPost(QStringLiteral("2"));
    rig.server.addPost(QStringLiteral("3"));
    rig.server.addComment(oldest, QStringLiteral("urn:li:person:a"), QStringLiteral("Trop ancien"));
    auto adapter = rig.adapter();
    adapter->setInboxPostWindow(2);
    const Synced s = sync(*adapter, {});
    QVERIFY(s.outcome.ok());
    QVERIFY(s.messages.isEmpty());
    QCOMPARE(s.pages, 1); // one empty page carrying the cursor
}

void TestLinkedInInbox::stoppedSyncKeepsTheCursor()
{
    test::LinkedInRig rig;
    const QString a = rig.server.addPost(QStringLiteral("A"));
    const QString b = rig.server.addPost(QStringLiteral("B"));
    rig.server.addComment(a, QStringLiteral("urn:li:person:a"), QStringLiteral("a"));
    rig.server.addComment(b, QStringLiteral("urn:li:person:b"), QStringLiteral("b"));
    auto adapter = rig.adapter();
    QString stored = QStringLiteral("1");
    const Outcome outcome = adapter->syncInbox(stored, [&stored](const InboxPage &page) {
        if (!page.cursorAfter.isEmpty())
            stored = page.cursorAfter;
        return false; // the store failed
    });
    QVERIFY(!outcome.ok());
    QCOMPARE(stored, QStringLiteral("1"));
}

void TestLinkedInInbox::replyToAPostAndToAComment()
{
    test::LinkedInRig rig;
    const QString post = rig.server.addPost(QStringLiteral("Post"));
    const QString question = rig.server.addComment(post, QStringLiteral("urn:li:person:q"),
                                                   QStringLiteral("Effets secondaires ?"));
    auto adapter = rig.adapter();
    OutgoingPost answer;
    answer.text = QStringLiteral("Parlez-en à votre pharmacien (ou appelez-nous).");
    const auto reply = adapter->reply(question, answer);
    QVERIFY2(reply.ok(), qPrintable(reply.outcome.describe()));
    const fakes::FakeLinkedInComment stored = rig.server.comments().constLast();
    QCOMPARE(stored.parentComment, question);
    QCOMPARE(stored.text, answer.text);
    QCOMPARE(reply.value.remoteId, stored.urn());
    const QJsonObject body = rig.server.requests().constLast().json().toObject();
    QCOMPARE(body.value("actor").toString(), rig.server.organizationUrn());
    QCOMPARE(body.value("parentComment").toString(), question);
    QCOMPARE(body.value("object").toString(), stored.object);

    const auto onPost = adapter->reply(post, answer);
    QVERIFY(onPost.ok());
    QVERIFY(rig.server.comments().constLast().parentComment.isEmpty());

    const auto nowhere = adapter->reply(QStringLiteral("12345"), answer);
    QCOMPARE(nowhere.outcome.kind, OutcomeKind::Validation);
}

void TestLinkedInInbox::fetchThreadOfAPost()
{
    test::LinkedInRig rig;
    const QString post = rig.server.addPost(QStringLiteral("Vaccin \\(rappel\\) {hashtag|\\#|grippe}"));
    const QString c = rig.server.addComment(post, QStringLiteral("urn:li:person:a"), QStringLiteral("Où ?"));
    rig.server.addComment(c, rig.server.organizationUrn(), QStringLiteral("En pharmacie."));
    const auto thread = rig.adapter()->fetchThread(post);
    QVERIFY2(thread.ok(), qPrintable(thread.outcome.describe()));
    QCOMPARE(thread.value.size(), 3);
    QCOMPARE(thread.value.constFirst().text, QStringLiteral("Vaccin (rappel) #grippe"));
    QVERIFY(thread.value.constFirst().fromAccount);
    QCOMPARE(thread.value.at(2).parentRemoteId, c);

    const auto sub = rig.adapter()->fetchThread(c);
    QVERIFY2(sub.ok(), qPrintable(sub.outcome.describe()));
    QCOMPARE(texts(sub.value), QStringList({QStringLiteral("Où ?"), QStringLiteral("En pharmacie.")}));
}

void TestLinkedInInbox::deleteAComment()
{
    test::LinkedInRig rig;
    const QString post = rig.server.addPost(QStringLiteral("Post"));
    const QString spam =
        rig.server.addComment(post, QStringLiteral("urn:li:person:s"), QStringLiteral("Achetez…"));
    auto adapter = rig.adapter();
    const Outcome deleted = adapter->deleteComment(spam);
    QVERIFY2(deleted.ok(), qPrintable(deleted.describe()));
    QVERIFY(!rig.server.hasComment(spam));
    QCOMPARE(rig.server.requests().constLast().param("actor"), rig.server.organizationUrn());
    const Outcome again = adapter->deleteComment(spam);
    QCOMPARE(again.kind, OutcomeKind::Permanent);
    QCOMPARE(again.httpStatus, 404);
    QCOMPARE(adapter->deleteComment(post).kind, OutcomeKind::Validation); // a post is not a comment
}

void TestLinkedInInbox::commentsCannotBeHidden()
{
    test::LinkedInRig rig;
    auto adapter = rig.adapter();
    QVERIFY(!adapter->capabilities().testFlag(Capability::HideComment));
    QVERIFY(adapter->capabilities().testFlag(Capability::DeleteComment));
    QCOMPARE(adapter->hideComment(QStringLiteral("urn:li:comment:(urn:li:activity:1,2)")).kind,
             OutcomeKind::Permanent);
    QVERIFY(rig.server.requests().isEmpty());
}

QTEST_MAIN(TestLinkedInInbox)
#include "tst_linkedininbox.moc"
