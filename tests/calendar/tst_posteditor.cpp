// The editing session behind the composer: what counts as a change, what blocks saving, and
// what is stored (variants per channel, own texts, remote ids kept).
#include "calendarfixture.h"
#include "publishing/posteditor.h"
#include "storage/postrepository.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

class TestPostEditor : public QObject
{
    Q_OBJECT

private slots:
    void editsAreTrackedAndSaved()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Avant"),
                                {f.auroraMastodon.id});
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(id));
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.channels(), QList<Id>{f.auroraMastodon.id});
        // Competitors are never offered; own brands are.
        QCOMPARE(editor.ownBrands().size(), 2);

        editor.setBody(QStringLiteral("Après"));
        QVERIFY(editor.isModified());
        editor.setBody(QStringLiteral("Avant"));
        QVERIFY(!editor.isModified()); // typing back the original is no change

        editor.setBody(QStringLiteral("Pensez à vous faire vacciner."));
        editor.setBrandId(f.zephyr.id);
        editor.setChannel(f.zephyrLinkedIn.id, true);
        editor.setChannelText(f.zephyrLinkedIn.id, {false, QStringLiteral("Version LinkedIn, plus longue.")});
        editor.setScheduledAt(QDateTime(QDate(2026, 11, 21), QTime(16, 0), QTimeZone::utc()));
        QVERIFY(editor.isModified());
        QCOMPARE(editor.effectiveText(f.auroraMastodon.id), QStringLiteral("Pensez à vous faire vacciner."));
        QCOMPARE(editor.effectiveText(f.zephyrLinkedIn.id), QStringLiteral("Version LinkedIn, plus longue."));
        QVERIFY(editor.save(QStringLiteral("camille")));
        QVERIFY(!editor.isModified());

        const auto stored = PostRepository(f.db()).post(id);
        QCOMPARE(stored->body, QStringLiteral("Pensez à vous faire vacciner."));
        QCOMPARE(stored->brandId, f.zephyr.id);
        QCOMPARE(stored->scheduledAt, QDateTime(QDate(2026, 11, 21), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(stored->variants.size(), 2);
        QCOMPARE(stored->variants[0].accountId, f.auroraMastodon.id);
        QVERIFY(stored->variants[0].body.isEmpty()); // inherits the main text
        QCOMPARE(stored->variants[1].accountId, f.zephyrLinkedIn.id);
        QCOMPARE(stored->variants[1].body, QStringLiteral("Version LinkedIn, plus longue."));
        QCOMPARE(f.auditCount(id, QStringLiteral("post.edited")), 1);
    }

    void newPostIsCreatedOnFirstSave()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(0));
        QCOMPARE(editor.postId(), 0);
        QCOMPARE(editor.brandId(), f.aurora.id);
        editor.setBody(QStringLiteral("Nouvelle idée"));
        QVERIFY(editor.save(QStringLiteral("camille")));
        QVERIFY(editor.postId() != 0);
        QCOMPARE(f.storedBody(editor.postId()), QStringLiteral("Nouvelle idée"));
        QVERIFY(!f.storedSchedule(editor.postId()).isValid());
    }

    void problemsBlockSavingWithoutWriting()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Scheduled, QStringLiteral("Texte"),
                                {f.auroraMastodon.id});
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(id));
        editor.setChannelText(f.auroraMastodon.id, {false, QStringLiteral("  ")});
        editor.setScheduledAt({});
        editor.setBrandId(f.competitor.id);
        const QStringList problems = editor.problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("@aurora@sante.social")));
        const Status st = editor.save(QStringLiteral("camille"));
        QVERIFY(!st);
        QVERIFY(st.error().contains(QStringLiteral("give it a date")));
        QCOMPARE(f.storedSchedule(id), QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(f.auditCount(id, QStringLiteral("post.edited")), 0);
    }

    void publishedPostCannotBeEdited()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 10}, {9, 0}, PostState::Published, QStringLiteral("Publié"));
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(id));
        QVERIFY(!editor.isEditable());
        QVERIFY(editor.lockedReason().contains(QStringLiteral("published")));
        editor.setBody(QStringLiteral("Changé"));
        QVERIFY(!editor.save(QStringLiteral("camille")));
        QCOMPARE(f.storedBody(id), QStringLiteral("Publié"));
    }

    void keptChannelsKeepTheirRemoteIds()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Failed, QStringLiteral("Texte"),
                                {f.auroraMastodon.id, f.auroraBluesky.id});
        SqlQuery mark(f.db(),
                      QStringLiteral("UPDATE post_variants SET remote_id = 'abc', state = 'published' "
                                     "WHERE post_id = ? AND account_id = ?"));
        QVERIFY(mark.exec(id, f.auroraMastodon.id));
        // Past the draft stage compliance errors block saving: Aurora gets its safety text.
        f.aurora.safetyText = QStringLiteral("Lire la notice.");
        QVERIFY(WorkspaceRepository(f.db()).updateBrand(f.aurora, QStringLiteral("fixture")));
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(id));
        editor.setChannel(f.auroraBluesky.id, false);
        editor.setBody(QStringLiteral("Texte corrigé"));
        QVERIFY(editor.save(QStringLiteral("camille")));
        const auto stored = PostRepository(f.db()).post(id);
        QCOMPARE(stored->variants.size(), 1);
        QCOMPARE(stored->variants[0].remoteId, QStringLiteral("abc"));
        QCOMPARE(stored->variants[0].state, PostState::Published);
    }

    void missingPostFailsToLoad()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        PostEditor editor(f.db(), f.clock(), f.workspace());
        const Status st = editor.load(999);
        QVERIFY(!st);
        QVERIFY(st.error().contains(QStringLiteral("no longer exists")));
    }

    void characterCountCountsCharactersNotBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("accents") << QStringLiteral("Santé été") << 9;
        QTest::newRow("emoji outside the BMP") << QString::fromUtf8("\xF0\x9F\x92\x8A ok") << 4;
    }
    void characterCountCountsCharactersNotBytes()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(PostEditor::characterCount(text), count);
    }
};

QTEST_GUILESS_MAIN(TestPostEditor)
#include "tst_posteditor.moc"
