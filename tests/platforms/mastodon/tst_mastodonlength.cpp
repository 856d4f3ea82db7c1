// Mastodon counts a status as its StatusLengthValidator does: grapheme clusters, every URL
// with a protocol as 23, "@user@domain" as "@user", the content warning included. Expected
// values are worked out by hand from those rules (see each row's name).
#include "platforms/mastodon/mastodonadapter.h"
#include "platforms/mastodon/mastodonjson.h"

#include <QTest>

using namespace vigie::platforms;

class TestMastodonLength : public QObject
{
    Q_OBJECT

private slots:
    void countsAsTheServer_data();
    void countsAsTheServer();
    void countsTheContentWarning();
    void urlWeightComesFromTheInstance();
    void defaultsFollowMastodon();
    void instanceConfigurationReplacesDefaults();
};

void TestMastodonLength::countsAsTheServer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces only count nothing (Ruby blank?)") << QStringLiteral("   ") << 0;
    QTest::newRow("plain") << QStringLiteral("Bonjour") << 7;
    QTest::newRow("precomposed accents") << QStringLiteral("Crème brûlée à la française") << 27;
    QTest::newRow("combining accents: 3 letters, 6 code points")
        << QStringLiteral("e\u0301e\u0301e\u0301") << 3;
    QTest::newRow("emoji") << QStringLiteral("👍") << 1;
    QTest::newRow("emoji with skin tone") << QStringLiteral("👍🏽") << 1;
    QTest::newRow("ZWJ family: 1 grapheme, 7 code points")
        << QStringLiteral("👨‍👩‍👧‍👦") << 1;
    QTest::newRow("ZWJ rainbow flag") << QStringLiteral("🏳️‍🌈") << 1;
    QTest::newRow("regional flag") << QStringLiteral("🇫🇷") << 1;
    QTest::newRow("emoji in a sentence") << QStringLiteral("Merci 🙏🏼 !") << 9;
    QTest::newRow("CJK") << QStringLiteral("你好世界") << 4;
    QTest::newRow("kana") << QStringLiteral("こんにちは") << 5;
    QTest::newRow("long URL counts 23: 5 + 23 + 6")
        << QStringLiteral("Voir https://example.com/une/tres/longue/adresse?x=1&y=2 merci") << 34;
    QTest::newRow("short URL still counts 23") << QStringLiteral("https://a.co") << 23;
    QTest::newRow("two URLs: 23 + 1 + 23") << QStringLiteral("https://a.fr/x http://b.org") << 47;
    QTest::newRow("trailing period is not the URL's: 6 + 23 + 1")
        << QStringLiteral("Lien: https://example.com/page.") << 30;
    QTest::newRow("balanced parentheses are: 6 + 23 + 1")
        << QStringLiteral("(voir https://fr.wikipedia.org/wiki/Paris_(France))") << 30;
    QTest::newRow("URL with an emoji path") << QStringLiteral("https://example.com/🐪/camel") << 23;
    QTest::newRow("IDN URL: 6 + 23 + 5") << QStringLiteral("besøk https://grå.org/ idag") << 34;
    QTest::newRow("no protocol: counted as typed") << QStringLiteral("example.com") << 11;
    QTest::newRow("letter before the protocol: not a URL") << QStringLiteral("xhttps://example.com") << 20;
    QTest::newRow("remote mention counts as @user") << QStringLiteral("@marie@piaille.fr bonjour") << 14;
    QTest::newRow("local mention as typed") << QStringLiteral("@marie bonjour") << 14;
    QTest::newRow("IDN remote mention") << QStringLiteral("@arnt@grå.org hi") << 8;
    QTest::newRow("e-mail address is not a mention") << QStringLiteral("mail: marie@piaille.fr") << 22;
    QTest::newRow("mention inside a URL stays the URL")
        << QStringLiteral("https://mastodon.social/@marie@piaille.fr") << 23;
    QTest::newRow("everything: 8 + 6 + 1 + 1 + 1 + 23")
        << QStringLiteral("Bonjour @marie@piaille.fr 👋 https://example.org/santé") << 40;
}

void TestMastodonLength::countsAsTheServer()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(mastodon::countLength(text, mastodon::defaultLimits()), expected);
}

void TestMastodonLength::countsTheContentWarning()
{
    const Limits limits = mastodon::defaultLimits();
    QCOMPARE(mastodon::countStatusLength(QStringLiteral("Bonjour"), QStringLiteral("CW: santé"), limits), 16);
    QCOMPARE(mastodon::countStatusLength(QStringLiteral("https://example.org/x"), QStringLiteral("⚠️"),
                                         limits),
             24);
}

void TestMastodonLength::urlWeightComesFromTheInstance()
{
    Limits limits = mastodon::defaultLimits();
    limits.urlLength = 30;
    QCOMPARE(mastodon::countLength(QStringLiteral("https://a.co"), limits), 30);
    QCOMPARE(mastodon::countableText(QStringLiteral("@bob@example.com look https://example.com"), 23),
             QStringLiteral("@bob look xxxxxxxxxxxxxxxxxxxxxxx"));
}

void TestMastodonLength::defaultsFollowMastodon()
{
    const Limits limits = mastodon::defaultLimits();
    QCOMPARE(limits.maxLength, 500);
    QCOMPARE(limits.urlLength, 23);
    QCOMPARE(limits.maxMedia, 4);
    QCOMPARE(limits.maxImageBytes, 16 * 1024 * 1024);
    QCOMPARE(limits.maxPollOptions, 4);
    QCOMPARE(limits.lengthRule, LengthRule::Graphemes);
    const Capabilities caps = mastodon::capabilities();
    QVERIFY(caps.testFlag(Capability::Polls));
    QVERIFY(caps.testFlag(Capability::ContentWarning));
    QVERIFY(caps.testFlag(Capability::AltText));
    QVERIFY(!caps.testFlag(Capability::HideComment)); // Mastodon has no hiding
}

void TestMastodonLength::instanceConfigurationReplacesDefaults()
{
    QJsonObject instance{
        {QStringLiteral("domain"), QStringLiteral("piaille.fr")},
        {QStringLiteral("configuration"),
         QJsonObject{{QStringLiteral("statuses"), QJsonObject{{QStringLiteral("max_characters"), 5000},
                                                              {QStringLiteral("max_media_attachments"), 16}}},
                     {QStringLiteral("polls"), QJsonObject{{QStringLiteral("max_options"), 8}}}}}};
    const Limits limits = mastodon::limitsFromInstance(instance, mastodon::defaultLimits());
    QCOMPARE(limits.maxLength, 5000);
    QCOMPARE(limits.maxMedia, 16);
    QCOMPARE(limits.maxPollOptions, 8);
    QCOMPARE(limits.urlLength, 23); // not said: the default stays
    QCOMPARE(mastodon::instanceDomainOf(instance), QStringLiteral("piaille.fr"));
    // Pleroma's own key.
    QCOMPARE(mastodon::limitsFromInstance(QJsonObject{{QStringLiteral("max_toot_chars"), 5000}},
                                          mastodon::defaultLimits())
                 .maxLength,
             5000);
}

QTEST_GUILESS_MAIN(TestMastodonLength)
#include "tst_mastodonlength.moc"
