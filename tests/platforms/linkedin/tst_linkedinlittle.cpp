// LinkedIn's little text: what Vigie writes in a post's commentary for what a manager typed,
// and what it reads back. One unescaped reserved character and LinkedIn cuts the post there.
#include "platforms/linkedin/linkedinadapter.h"
#include "platforms/linkedin/linkedinlittle.h"

#include <QTest>

using namespace vigie::platforms;
using namespace vigie::platforms::linkedin;

class TestLinkedInLittle : public QObject
{
    Q_OBJECT

private slots:
    void escapesEveryReservedCharacter_data();
    void escapesEveryReservedCharacter();
    void hashtagsCanBeWrittenAsText();
    void readsLinkedInsCommentaryBack_data();
    void readsLinkedInsCommentaryBack();
    void lengthCountsCodePointsOfWhatWasTyped_data();
    void lengthCountsCodePointsOfWhatWasTyped();
    void tokenExpiryWarning_data();
    void tokenExpiryWarning();
};

void TestLinkedInLittle::escapesEveryReservedCharacter_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("little");
    QTest::newRow("plain") << "Bonjour à tous"
                           << "Bonjour à tous";
    QTest::newRow("parentheses") << "Le paracétamol (Doliprane) soulage."
                                 << "Le paracétamol \\(Doliprane\\) soulage.";
    QTest::newRow("every reserved") << "| { } @ [ ] ( ) < > \\ * _ ~"
                                    << "\\| \\{ \\} \\@ \\[ \\] \\( \\) \\< \\> \\\\ \\* \\_ \\~";
    QTest::newRow("at sign") << "Écrivez à pv@labo.fr"
                             << "Écrivez à pv\\@labo.fr";
    QTest::newRow("backslash path") << "C:\\dossier\\notice"
                                    << "C:\\\\dossier\\\\notice";
    QTest::newRow("hashtag") << "#pharmacovigilance et #santé"
                             << "{hashtag|\\#|pharmacovigilance} et {hashtag|\\#|santé}";
    QTest::newRow("hashtag with underscore") << "#mon_tag"
                                             << "{hashtag|\\#|mon\\_tag}";
    QTest::newRow("hashtag in brackets") << "(#vaccin)"
                                         << "\\({hashtag|\\#|vaccin}\\)";
    QTest::newRow("number is no hashtag") << "Le #1 en France"
                                          << "Le \\#1 en France";
    QTest::newRow("url fragment is no hashtag") << "https://labo.fr/notice#effets"
                                                << "https://labo.fr/notice\\#effets";
    QTest::newRow("lone hash") << "# seul"
                               << "\\# seul";
    QTest::newRow("emoji ends a tag") << "#été☀️ 💊"
                                      << "{hashtag|\\#|été}☀️ 💊";
    QTest::newRow("markdown-like") << "*gras* _italique_ ~barré~"
                                   << "\\*gras\\* \\_italique\\_ \\~barré\\~";
    QTest::newRow("angle brackets") << "<10 mg> ou >5"
                                    << "\\<10 mg\\> ou \\>5";
    QTest::newRow("newlines kept") << "Ligne 1\nLigne 2 (suite)"
                                   << "Ligne 1\nLigne 2 \\(suite\\)";
}

void TestLinkedInLittle::escapesEveryReservedCharacter()
{
    QFETCH(QString, typed);
    QFETCH(QString, little);
    QCOMPARE(escapeLittleText(typed), little);
    // and it reads back as typed
    QCOMPARE(unescapeLittleText(little), typed);
}

void TestLinkedInLittle::hashtagsCanBeWrittenAsText()
{
    QCOMPARE(escapeLittleText(QStringLiteral("#vaccin (rappel)"), LittleHashtags::Escape),
             QStringLiteral("\\#vaccin \\(rappel\\)"));
}

void TestLinkedInLittle::readsLinkedInsCommentaryBack_data()
{
    QTest::addColumn<QString>("little");
    QTest::addColumn<QString>("shown");
    QTest::newRow("mention") << "Merci @[DevTestCo](urn:li:organization:2414183) !"
                             << "Merci DevTestCo !";
    QTest::newRow("bare hashtag from another client") << "Bravo #équipe"
                                                      << "Bravo #équipe";
    QTest::newRow("escaped") << "Dose \\(5 mg\\)"
                             << "Dose (5 mg)";
    QTest::newRow("unterminated template kept") << "{hashtag|\\#|abc"
                                                << "{hashtag|#|abc";
    QTest::newRow("trailing backslash") << "fin\\"
                                        << "fin\\";
}

void TestLinkedInLittle::readsLinkedInsCommentaryBack()
{
    QFETCH(QString, little);
    QFETCH(QString, shown);
    QCOMPARE(unescapeLittleText(little), shown);
}

void TestLinkedInLittle::lengthCountsCodePointsOfWhatWasTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::newRow("accents") << "éàü" << 3;
    QTest::newRow("emoji is one") << "💊" << 1;
    QTest::newRow("reserved counts once") << "(a)" << 3;
}

void TestLinkedInLittle::lengthCountsCodePointsOfWhatWasTyped()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(countLength(text), length);
    QCOMPARE(defaultLimits().maxLength, 3000);
}

void TestLinkedInLittle::tokenExpiryWarning_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("warn");
    QTest::newRow("fresh 60-day token") << qint64(60) * 86400 << 60 << false;
    QTest::newRow("a week and an hour") << qint64(7) * 86400 + 3600 << 7 << false;
    QTest::newRow("six days") << qint64(6) * 86400 + 10 << 6 << true;
    QTest::newRow("three hours") << qint64(3) * 3600 << 0 << true;
    QTest::newRow("expired yesterday") << qint64(-86400) << -1 << true;
}

void TestLinkedInLittle::tokenExpiryWarning()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(int, days);
    QFETCH(bool, warn);
    const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    Credentials c;
    c.accessToken = QStringLiteral("t");
    c.accessExpiresAt = now.addSecs(secondsLeft);
    QCOMPARE(daysUntilTokenExpiry(c, now), std::optional<int>(days));
    QCOMPARE(tokenNeedsWarning(c, now), warn);
    QVERIFY(!tokenNeedsWarning(Credentials{}, now)); // no expiry known: nothing to say
}

QTEST_GUILESS_MAIN(TestLinkedInLittle)
#include "tst_linkedinlittle.moc"
