// The editing session behind the composer, issue 4: the brand's safety text appended and
// counted, compliance findings (claims, prescription-only names, missing safety text), what
// blocks saving or submitting, thread/poll/media round trip, autosave and restore, series.
#include "composertestdata.h"
#include "publishing/autosave.h"
#include "publishing/posteditor.h"
#include "storage/postrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;

namespace {
QStringList codes(const QList<ComplianceFinding> &findings, bool errors)
{
    QStringList result;
    for (const ComplianceFinding &f : findings) {
        if (f.isError() == errors)
            result << f.code;
    }
    return result;
}
} // namespace

class TestComposerEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void safetyTextIsAppendedAndCounted_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("withSafety");
        QTest::addColumn<int>("count"); // of the text the channel publishes
        const int safety = PostEditor::characterCount(test::auroraSafetyText());
        QTest::newRow("appended after a blank line") << "Bougez !" << true << 8 + 2 + safety;
        QTest::newRow("not twice when already written")
            << QStringLiteral("Bougez !\n\n") + test::auroraSafetyText() << true << 8 + 2 + safety;
        QTest::newRow("brand without safety text") << "Bougez !" << false << 8;
    }
    void safetyTextIsAppendedAndCounted()
    {
        QFETCH(QString, body);
        QFETCH(bool, withSafety);
        QFETCH(int, count);
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f, {}, withSafety));
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, body, {f.auroraMastodon.id});
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(id));
        const QString published = editor.effectiveText(f.auroraMastodon.id);
        QCOMPARE(PostEditor::characterCount(published), count);
        if (withSafety)
            QVERIFY(published.endsWith(test::auroraSafetyText()));
        QCOMPARE(editor.authorText(f.auroraMastodon.id), body); // what the author wrote, unchanged
        QVERIFY(editor.save(QStringLiteral("camille")));
        QCOMPARE(f.storedBody(id), body); // appended when published, never stored in the text
    }

    void complianceFindings_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("professionalChannel");
        QTest::addColumn<bool>("withSafety");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QString>("named"); // what the message must name
        QTest::newRow("nothing wrong")
            << "Bougez 30 minutes par jour." << false << true << QStringList() << "";
        QTest::newRow("forbidden claim, French, other case and no accent")
            << "Ce sirop GUERIT la toux." << false << true << QStringList{"forbidden_claim"} << "GUERIT";
        QTest::newRow("forbidden claim, English, mixed case")
            << "Tested: No Side Effects at all." << false << true << QStringList{"forbidden_claim"}
            << "No Side Effects";
        QTest::newRow("forbidden claim spread over lines")
            << "Un traitement sans effets\nsecondaires." << false << true << QStringList{"forbidden_claim"}
            << "sans effets";
        QTest::newRow("a word merely containing a claim")
            << "Curieux ? Lisez." << false << true << QStringList() << "";
        QTest::newRow("prescription-only product on a public channel")
            << "Parlez de Cardiolax à votre médecin." << false << true << QStringList{"prescription_product"}
            << "Cardiolax";
        QTest::newRow("its INN, in capitals, on a public channel")
            << "Le BISOPROLOL et le coeur." << false << true << QStringList{"prescription_product"}
            << "Cardiolax";
        QTest::newRow("prescription-only product for professionals only")
            << "Cardiolax : nouvelles données." << true << true << QStringList() << "";
        QTest::newRow("missing safety text")
            << "Bougez !" << false << false << QStringList{"missing_safety_text"} << "Aurora";
    }
    void complianceFindings()
    {
        QFETCH(QString, body);
        QFETCH(bool, professionalChannel);
        QFETCH(bool, withSafety);
        QFETCH(QStringList, errors);
        QFETCH(QString, named);
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f, {}, withSafety));
        const Account channel = professionalChannel ? test::addProfessionalChannel(f) : f.auroraMastodon;
        QVERIFY(channel.id);
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, body, {channel.id});
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(id));
        const auto findings = editor.findings();
        QCOMPARE(codes(findings, true), errors);
        if (!named.isEmpty())
            QVERIFY2(ComplianceChecker::errorText(findings).contains(named),
                     qPrintable(ComplianceChecker::errorText(findings)));
        // A draft with errors may be saved; submitting it is refused, naming the problem.
        QVERIFY(editor.problems().isEmpty());
        QCOMPARE(editor.submitProblems().isEmpty(), errors.isEmpty());
        // The phrase is found where the composer underlines it.
        const auto marked = editor.blockedPhrases(body);
        QCOMPARE(marked.isEmpty(),
                 errors.isEmpty() || errors == QStringList{"missing_safety_text"} || professionalChannel);
    }

    void complianceErrorsBlockSavingPastTheDraftStage()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f));
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Scheduled, QStringLiteral("Conseil"),
                                {f.auroraMastodon.id});
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(id));
        editor.setBody(QStringLiteral("Un remède miracle"));
        const Status st = editor.save(QStringLiteral("camille"));
        QVERIFY(!st);
        QVERIFY2(st.error().contains(QStringLiteral("miracle")), qPrintable(st.error()));
        QCOMPARE(f.storedBody(id), QStringLiteral("Conseil"));
    }

    void mediaWithoutDescriptionIsAWarning()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f));
        QTemporaryDir dir;
        const QString image = test::writeImage(dir.path());
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(0));
        editor.setBody(QStringLiteral("Affiche"));
        editor.setChannel(f.auroraMastodon.id, true);
        QVERIFY(editor.addMedia(image));
        QCOMPARE(codes(editor.findings(), false), QStringList{"missing_alt_text"});
        QVERIFY(editor.submitProblems().isEmpty()); // a warning, not a block
        QVERIFY(!editor.addMedia(dir.path() + QStringLiteral("/absent.png")));
        QCOMPARE(editor.extras().media.size(), 1);
    }

    void extrasRoundTrip()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f));
        QTemporaryDir dir;
        const QString image = test::writeImage(dir.path());
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(0));
        editor.setBody(QStringLiteral("1/ Trois conseils"));
        editor.setChannel(f.auroraMastodon.id, true);
        PostExtras extras;
        extras.threadParts = {QStringLiteral("2/ Marchez"), QStringLiteral("3/ Dormez")};
        extras.firstComment = QStringLiteral("Sources : HAS 2025");
        extras.poll.options = {QStringLiteral("Oui"), QStringLiteral("Non"), QStringLiteral("Parfois")};
        extras.poll.durationSeconds = 3 * 24 * 3600;
        extras.poll.multipleChoice = true;
        editor.setExtras(extras);
        QVERIFY(editor.addMedia(image, QStringLiteral("Une affiche verte")));
        QVERIFY(editor.isModified());
        QVERIFY(editor.save(QStringLiteral("camille")));

        QFile file(image);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        PostEditor reopened(f.db(), f.clock(), f.workspace());
        QVERIFY(reopened.load(editor.postId()));
        QCOMPARE(reopened.extras().threadParts, extras.threadParts);
        QCOMPARE(reopened.extras().firstComment, extras.firstComment);
        QCOMPARE(reopened.extras().poll, extras.poll);
        QCOMPARE(reopened.extras().media.size(), 1);
        QCOMPARE(reopened.extras().media[0].altText, QStringLiteral("Une affiche verte"));
        QCOMPARE(reopened.extras().media[0].sha256, sha);
        QVERIFY(!reopened.isModified());

        // An empty thread part or a one-answer poll is said, not saved.
        PostExtras broken = reopened.extras();
        broken.threadParts << QStringLiteral("  ");
        broken.poll.options = {QStringLiteral("Oui")};
        reopened.setExtras(broken);
        QCOMPARE(reopened.problems().size(), 2);
        QVERIFY(!reopened.save(QStringLiteral("camille")));
    }

    void autosaveRestoresAndSavingClearsIt_data()
    {
        QTest::addColumn<bool>("newPost");
        QTest::newRow("existing post") << false;
        QTest::newRow("new post") << true;
    }
    void autosaveRestoresAndSavingClearsIt()
    {
        QFETCH(bool, newPost);
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = newPost ? 0
                              : f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Avant"),
                                          {f.auroraMastodon.id});
        ComposerAutosave autosave(f.db(), f.clock(), f.workspace().id);
        {
            PostEditor editor(f.db(), f.clock(), f.workspace());
            QVERIFY(editor.load(id));
            QVERIFY(autosave.store(editor)); // nothing changed: nothing kept
            QVERIFY(!autosave.pending(id));
            editor.setBody(QStringLiteral("Texte en cours"));
            editor.setChannel(f.auroraBluesky.id, true);
            editor.setChannelText(f.auroraBluesky.id, {false, QStringLiteral("Version courte")});
            PostExtras extras;
            extras.firstComment = QStringLiteral("Commentaire");
            editor.setExtras(extras);
            QVERIFY(autosave.store(editor));
        } // the editor is gone, as after a crash
        const auto pending = autosave.pending(id);
        QVERIFY(pending);
        QCOMPARE(pending->savedAt, CalendarFixture::now());
        QCOMPARE(newPost ? f.postCount() : 1, newPost ? 0 : 1);
        if (!newPost)
            QCOMPARE(f.storedBody(id), QStringLiteral("Avant")); // the post itself is untouched

        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(id));
        editor.restoreEdits(pending->edits);
        QVERIFY(editor.isModified());
        QCOMPARE(editor.body(), QStringLiteral("Texte en cours"));
        QCOMPARE(editor.authorText(f.auroraBluesky.id), QStringLiteral("Version courte"));
        QCOMPARE(editor.extras().firstComment, QStringLiteral("Commentaire"));
        QVERIFY(editor.save(QStringLiteral("camille")));
        QVERIFY(!autosave.pending(id));
        QVERIFY(!autosave.pending(editor.postId()));
        QCOMPARE(f.storedBody(editor.postId()), QStringLiteral("Texte en cours"));
    }

    void restoredMessageSaysWhen()
    {
        const QDateTime now = CalendarFixture::now(); // 09:00 in Paris
        QCOMPARE(
            ComposerAutosave::restoredMessage(now.addSecs(-18 * 60), now, QStringLiteral("Europe/Paris")),
            QStringLiteral("Restored unsaved text from 08:42."));
        QVERIFY(ComposerAutosave::restoredMessage(now.addDays(-2), now, QStringLiteral("Europe/Paris"))
                    .contains(QStringLiteral("14/11/2026")));
    }

    void repeatingNewPostCreatesTheSeries()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        PostEditor editor(f.db(), f.clock(), f.workspace());
        QVERIFY(editor.load(0));
        editor.setBody(QStringLiteral("Conseil de la semaine"));
        editor.setChannel(f.auroraMastodon.id, true);
        Recurrence weekly;
        weekly.frequency = Recurrence::Frequency::Weekly;
        weekly.count = 3;
        editor.setRecurrence(weekly);
        QVERIFY(!editor.problems().isEmpty()); // needs the first date
        editor.setScheduledAt(QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(editor.save(QStringLiteral("camille")));
        QCOMPARE(f.postCount(), 3);
        const auto first = PostRepository(f.db()).post(editor.postId());
        QCOMPARE(first->seriesId, editor.postId());
    }
};

QTEST_GUILESS_MAIN(TestComposerEditor)
#include "tst_composereditor.moc"
