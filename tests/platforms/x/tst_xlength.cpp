// The length X counts (twitter-text 3, config v3), row by row: the expected values are those of
// twitter-text's conformance suite (conformance/validate.yml, WeightedTweetsWithDiscountedEmoji-
// CounterTest and UnicodeDirectionalMarkerCounterTest) plus French and URL cases of our own.
#include "xrig.h"

#include "platforms/x/xlength.h"

using namespace vigie::platforms;

class TestXLength : public QObject
{
    Q_OBJECT

private slots:
    void weightedLength_data();
    void weightedLength();
    void urls_data();
    void urls();
    void limitsSayWeighted280();
    void validationUsesTheWeightedLength();
};

void TestXLength::weightedLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    const QString x10 = QStringLiteral("xxxxxxxxxx-");
    QTest::newRow("ascii") << QStringLiteral("This is a test.") << 15;
    QTest::newRow("280 ascii, the limit") << QString(280, QLatin1Char('a')) << 280;
    QTest::newRow("281 ascii, one too many") << QString(281, QLatin1Char('a')) << 281;
    QTest::newRow("285 chars") << QStringLiteral("285 chars-") + x10.repeated(25) << 285;
    QTest::newRow("url in the middle")
        << QStringLiteral("285 chars- http://www.twitter.com/jack ") + x10.repeated(24) << 299;
    QTest::newRow("10 urls") << QStringLiteral("https://www.twitter.com/aloha ").repeated(10) << 240;
    QTest::newRow("url after words") << QStringLiteral("Hi http://test.co") << 26;
    QTest::newRow("just a url") << QStringLiteral("http://test.co") << 23;
    QTest::newRow("url without protocol") << QStringLiteral("test.com") << 23;
    QTest::newRow("several urls") << QStringLiteral(
                                         "Test https://test.com test https://test.com test.com test")
                                  << 86;
    QTest::newRow("long french url counts 23")
        << QStringLiteral("Voir https://ansm.sante.fr/actualites/un-tres-long-chemin-de-page?id=12345 pour "
                          "en savoir plus")
        << 48;
    QTest::newRow("bare country domain is a word") << QStringLiteral("fin.de") << 6;
    QTest::newRow("country domain with a subdomain") << QStringLiteral("ansm.sante.fr") << 23;
    QTest::newRow("country domain with a path") << QStringLiteral("foo.fr/notice") << 23;
    QTest::newRow("t.co") << QStringLiteral("t.co") << 23;
    QTest::newRow("e-mail address is no url") << QStringLiteral("ecrire a contact@example.com") << 28;
    QTest::newRow("64-character label is no domain")
        << QStringLiteral("randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com") << 68;
    QTest::newRow("french, composed")
        << QStringLiteral("Effets ind\u00e9sirables \u00e0 d\u00e9clarer") << 30;
    QTest::newRow("french, decomposed")
        << QStringLiteral("Effets inde\u0301sirables a\u0300 de\u0301clarer") << 30;
    QTest::newRow("\u00c1 composed") << QStringLiteral("\u00c1B") << 2;
    QTest::newRow("\u00c1 decomposed") << QStringLiteral("A\u0301B") << 2;
    QTest::newRow("282 with a decomposed \u00c1")
        << QStringLiteral("282 chars-") + x10.repeated(24) + QStringLiteral("xxxxxA\u0301x") << 281;
    QTest::newRow("hebrew normalised into 3") << QStringLiteral("A\uFB2C") << 4;
    QTest::newRow("chinese") << QStringLiteral("\u6545\u4eba\u897f\u8f9e\u9ec4\u9e64\u697c") << 14;
    QTest::newRow("korean") << QStringLiteral("\uc800\ucc00\uc7ff\ucfff") << 8;
    QTest::newRow("160 cjk") << QString(160, QChar(0x6545)) << 320;
    QTest::newRow("3 latin + 160 cjk") << QStringLiteral("the") + QString(160, QChar(0x6545)) << 323;
    QTest::newRow("outside the bmp") << QString::fromUcs4(U"\U00010000\U0010ffff") << 4;
    QTest::newRow("emoji") << QString::fromUcs4(U"\U0001F637\U0001F47E\U0001F621\U0001F525\U0001F4A9") << 10;
    QTest::newRow("skin tone and zwj")
        << QString::fromUcs4(U"\U0001F64B\U0001F3FD\U0001F468\u200D\U0001F3A4") << 4;
    QTest::newRow("family is one emoji")
        << QString::fromUcs4(U"H\U0001F431\u263A\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466")
        << 7;
    QTest::newRow("140 families")
        << QString::fromUcs4(U"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466").repeated(140)
        << 280;
    QTest::newRow("keycap") << QStringLiteral("1\u20E3") << 2;
    QTest::newRow("keycap with selector") << QStringLiteral("1\uFE0F\u20E3") << 2;
    QTest::newRow("flag") << QString::fromUcs4(U"\U0001F1EB\U0001F1F7") << 2;
    QTest::newRow("unicode 10 emoji")
        << QString::fromUcs4(U"Unicode 10.0 emoji: \U0001F92A; \U0001F9D5; \U0001F9D5\U0001F3FE; "
                             U"\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F")
        << 34;
    QTest::newRow("unicode 9 emoji")
        << QString::fromUcs4(U"Unicode 9.0 emoji: \U0001F920; \U0001F483; \U0001F483\U0001F3FE") << 29;
    QTest::newRow("copyright as text") << QStringLiteral("\u00a9") << 1;
    QTest::newRow("copyright as emoji") << QStringLiteral("\u00a9\uFE0F") << 2;
    QTest::newRow("invalid characters") << QStringLiteral("ABC\u202A\uFFFFABC\uFFFE") << 12;
    QTest::newRow("directional marks around a url")
        << QStringLiteral("\u2066\u202Ahttp://foobar.\u067e\u0627\u06a9\u0633\u062a\u0627\u0646/\u202C\u2069")
        << 31;
}

void TestXLength::weightedLength()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(x::countLength(text), expected);
}

void TestXLength::urls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("trailing dot left out") << QStringLiteral("Lisez https://example.com/notice.")
                                           << QStringList{QStringLiteral("https://example.com/notice")};
    QTest::newRow("balanced parentheses kept")
        << QStringLiteral("(voir https://fr.wikipedia.org/wiki/Parac\u00e9tamol_(m\u00e9dicament))")
        << QStringList{QStringLiteral("https://fr.wikipedia.org/wiki/Parac\u00e9tamol_(m\u00e9dicament)")};
    QTest::newRow("query") << QStringLiteral("https://example.com/a?b=c&d=e, merci")
                           << QStringList{QStringLiteral("https://example.com/a?b=c&d=e")};
    QTest::newRow("unknown top-level domain") << QStringLiteral("fichier.docxx") << QStringList{};
    QTest::newRow("mention is no url") << QStringLiteral("@example.com") << QStringList{};
    QTest::newRow("ipv4 with protocol") << QStringLiteral("http://192.168.0.1/index.html")
                                        << QStringList{QStringLiteral("http://192.168.0.1/index.html")};
}

void TestXLength::urls()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const x::UrlRange &range : x::findUrls(text))
        found << text.mid(range.start, range.end - range.start);
    QCOMPARE(found, expected);
}

void TestXLength::limitsSayWeighted280()
{
    const Limits limits = x::defaultLimits();
    QCOMPARE(limits.maxLength, 280);
    QCOMPARE(limits.lengthRule, LengthRule::Weighted);
    QCOMPARE(limits.urlLength, 23);
    QCOMPARE(limits.maxMedia, 4);
    QCOMPARE(limits.maxPollOptions, 4);
    QVERIFY(x::capabilities().testFlag(Capability::HideComment));
    QVERIFY(!x::capabilities().testFlag(Capability::NativeScheduling));
}

void TestXLength::validationUsesTheWeightedLength()
{
    OutgoingPost post;
    post.text = QString(140, QChar(0x6545)); // 140 CJK characters: 280
    QVERIFY(x::XAdapter::validate(post).ok());
    post.text += QLatin1Char('a');
    const Outcome tooLong = x::XAdapter::validate(post);
    QCOMPARE(tooLong.kind, OutcomeKind::Validation);
    QCOMPARE(tooLong.field, QStringLiteral("text"));
    QVERIFY(tooLong.serverMessage.contains(QStringLiteral("281")));
}

QTEST_GUILESS_MAIN(TestXLength)
#include "tst_xlength.moc"
