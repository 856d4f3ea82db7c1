// Bluesky length counting, facet detection (UTF-8 byte offsets) and record keys, checked
// against hand-worked cases and against what the official client computes for the same texts
// (tests/data/bluesky/facets-reference.json, made by make-facets-reference.mjs).
#include "platforms/bluesky/blueskyrichtext.h"
#include "platforms/bluesky/blueskysession.h"
#include "platforms/bluesky/blueskytid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigie;
using namespace vigie::platforms::bluesky;

namespace {

QString kindName(FacetKind kind)
{
    switch (kind) {
    case FacetKind::Mention:
        return "mention";
    case FacetKind::Link:
        return "link";
    case FacetKind::Tag:
        return "tag";
    }
    return {};
}

// "kind byteStart-byteEnd value" per facet, for readable comparisons.
QStringList describe(const QList<Facet> &facets)
{
    QStringList out;
    for (const Facet &f : facets)
        out << QString("%1 %2-%3 %4").arg(kindName(f.kind)).arg(f.byteStart).arg(f.byteEnd).arg(f.value);
    return out;
}

// The text a facet covers, cut from the UTF-8 bytes as a server or another client would.
QString covered(const QString &text, const Facet &facet)
{
    return QString::fromUtf8(text.toUtf8().mid(facet.byteStart, facet.byteEnd - facet.byteStart));
}

} // namespace

class TestBlueskyRichText : public QObject
{
    Q_OBJECT

private slots:
    void countsGraphemes_data();
    void countsGraphemes();
    void limitIsThreeHundredGraphemesNotCodeUnits();
    void facetByteOffsets_data();
    void facetByteOffsets();
    void matchesOfficialClient();
    void tidEncodesLikeOfficialLibrary();
    void newTidIsValidAndIncreasing();
    void idempotencyKeyGivesStableRecordKey();
    void jwtExpiryIsRead();
};

void TestBlueskyRichText::countsGraphemes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("graphemes");
    QTest::newRow("ascii") << "Bonjour" << 7;
    QTest::newRow("accents precomposed") << "café éèà" << 8;
    QTest::newRow("accents combining") << "cafe\u0301" << 4;
    QTest::newRow("family ZWJ sequence") << "👨‍👩‍👧‍👦" << 1;
    QTest::newRow("rainbow flag ZWJ") << "🏳️‍🌈" << 1;
    QTest::newRow("technologist with skin tone") << "👩🏽‍💻" << 1;
    QTest::newRow("country flag") << "🇫🇷🇧🇪" << 2;
    QTest::newRow("skin tone modifier") << "👍🏽" << 1;
    QTest::newRow("CJK") << "日本語のテキスト" << 8;
    QTest::newRow("url counts as typed") << "https://example.com/a" << 21;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("CRLF is one") << "a\r\nb" << 3;
}

void TestBlueskyRichText::countsGraphemes()
{
    QFETCH(QString, text);
    QFETCH(int, graphemes);
    QCOMPARE(countLength(text), graphemes);
}

void TestBlueskyRichText::limitIsThreeHundredGraphemesNotCodeUnits()
{
    // 300 family emoji are 300 graphemes but 3,300 UTF-16 units: within the limit.
    const QString families = QString("👨‍👩‍👧‍👦").repeated(300);
    QCOMPARE(countLength(families), 300);
    QVERIFY(families.size() > 3000);
    QCOMPARE(countLength(families + "!"), 301);
}

void TestBlueskyRichText::facetByteOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "kind byteStart-byteEnd value"
    QTest::addColumn<QStringList>("coveredTexts");

    QTest::newRow("accents before a mention")
        << "Café ☕ avec @marie.test et #santé" << QStringList{"mention 15-26 marie.test", "tag 30-37 santé"}
        << QStringList{"@marie.test", "#santé"};
    QTest::newRow("emoji ZWJ before tag and link")
        << "Famille 👨‍👩‍👧‍👦 #famille https://example.com/a?b=c."
        << QStringList{"tag 34-42 famille", "link 43-68 https://example.com/a?b=c"}
        << QStringList{"#famille", "https://example.com/a?b=c"};
    QTest::newRow("CJK tag and mention")
        << "日本語のテキスト #日本 @bob.test" << QStringList{"tag 25-32 日本", "mention 33-42 bob.test"}
        << QStringList{"#日本", "@bob.test"};
    QTest::newRow("bare domain becomes https")
        << "example.com est un lien, example.notatld non" << QStringList{"link 0-11 https://example.com"}
        << QStringList{"example.com"};
    QTest::newRow("trailing period and parenthesis")
        << "Voir https://exemple.fr/page), et (https://x.org/a_(b))"
        << QStringList{"link 5-28 https://exemple.fr/page", "link 35-55 https://x.org/a_(b))"}
        << QStringList{"https://exemple.fr/page", "https://x.org/a_(b))"};
    QTest::newRow("not handles") << "@nothandle et @x.y.invalidtld et email foo@bar.com" << QStringList{}
                                 << QStringList{};
    QTest::newRow("tags need a letter")
        << "#123 #abc123 #é" << QStringList{"tag 5-12 abc123", "tag 13-16 é"} << QStringList{"#abc123", "#é"};
    QTest::newRow("tag punctuation stripped")
        << "#fin!!! et #a-b_c." << QStringList{"tag 0-4 fin", "tag 11-17 a-b_c"}
        << QStringList{"#fin", "#a-b_c"};
    QTest::newRow("full-width hash") << "＃全角 #タグ" << QStringList{"tag 0-9 全角", "tag 10-17 タグ"}
                                     << QStringList{"＃全角", "#タグ"};
    QTest::newRow("cashtags") << "$AAPL et $5 et $msft." << QStringList{"tag 0-5 $AAPL", "tag 15-20 $MSFT"}
                              << QStringList{"$AAPL", "$msft"};
    QTest::newRow("mention after no-break space")
        << "nbsp\u00a0@nb.test" << QStringList{"mention 6-14 nb.test"} << QStringList{"@nb.test"};
    QTest::newRow("mention trailing dot")
        << "merci @lab-pharma.fr." << QStringList{"mention 6-20 lab-pharma.fr"}
        << QStringList{"@lab-pharma.fr"};
}

void TestBlueskyRichText::facetByteOffsets()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, coveredTexts);
    const QList<Facet> facets = detectFacets(text);
    QCOMPARE(describe(facets), expected);
    QStringList cut;
    for (const Facet &facet : facets)
        cut << covered(text, facet);
    QCOMPARE(cut, coveredTexts);
}

void TestBlueskyRichText::matchesOfficialClient()
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/tests/data/bluesky/facets-reference.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
    QVERIFY(cases.size() >= 20);
    for (const QJsonValue &value : cases) {
        const QJsonObject reference = value.toObject();
        const QString text = reference.value("text").toString();
        QStringList expected;
        for (const QJsonValue &f : reference.value("facets").toArray()) {
            const QJsonObject facet = f.toObject();
            expected << QString("%1 %2-%3 %4")
                            .arg(facet.value("kind").toString())
                            .arg(facet.value("byteStart").toInt())
                            .arg(facet.value("byteEnd").toInt())
                            .arg(facet.value("value").toString());
        }
        const QStringList actual = describe(detectFacets(text));
        if (actual != expected)
            qWarning().noquote() << "text:" << text;
        QCOMPARE(actual, expected);
        QCOMPARE(countLength(text), reference.value("graphemes").toInt());
    }
}

void TestBlueskyRichText::tidEncodesLikeOfficialLibrary()
{
    // Values from @atproto/common-web's TID.fromTime(timestamp, clockid).
    QCOMPARE(encodeTid(1710403200000000, 0), QString("3knnd5mlc2222"));
    QCOMPARE(encodeTid(1710403200000000, 1023), QString("3knnd5mlc22zz"));
    QCOMPARE(encodeTid(1672531200000000, 42), QString("3jl7442uk223e"));
    QCOMPARE(tidMicroseconds("3knnd5mlc22zz"), qint64(1710403200000000));
    QVERIFY(isValidTid("3knnd5mlc2222"));
    QVERIFY(!isValidTid("3knnd5mlc222"));  // 12 characters
    QVERIFY(!isValidTid("kknnd5mlc2222")); // top bit set
    QVERIFY(!isValidTid("3knnd5mlc2221")); // '1' is not in the alphabet
    QVERIFY(!isValidTid("3KNND5MLC2222"));
}

void TestBlueskyRichText::newTidIsValidAndIncreasing()
{
    FixedClock clock(QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC));
    QString previous;
    for (int i = 0; i < 50; ++i) {
        const QString tid = newTid(clock); // the clock stands still: keys must still differ
        QVERIFY2(isValidTid(tid), qPrintable(tid));
        QVERIFY(tid > previous);
        previous = tid;
    }
    QVERIFY(qAbs(tidMicroseconds(previous) / 1000 - clock.now().toMSecsSinceEpoch()) < 1000);
}

void TestBlueskyRichText::idempotencyKeyGivesStableRecordKey()
{
    FixedClock clock(QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC));
    const QString key = newTid(clock);
    QCOMPARE(tidFromIdempotencyKey(key, clock), key); // a TID key is the record key

    const QString part2 = tidFromIdempotencyKey(key + "-part2", clock);
    const QString part3 = tidFromIdempotencyKey(key + "-part3", clock);
    QVERIFY(isValidTid(part2) && isValidTid(part3));
    QCOMPARE(tidFromIdempotencyKey(key + "-part2", clock), part2); // same key, same record key
    QVERIFY(part2 != part3 && part2 != key);
    QVERIFY(tidMicroseconds(part2) > tidMicroseconds(key));
    QVERIFY(tidMicroseconds(part2) <= tidMicroseconds(key) + 1000000);

    const QString uuid = "5f0c7b8e-3c1d-4a7e-9b2f-1d2e3f4a5b6c";
    const QString fromUuid = tidFromIdempotencyKey(uuid, clock);
    QVERIFY(isValidTid(fromUuid));
    QCOMPARE(tidFromIdempotencyKey(uuid, clock), fromUuid);
    QVERIFY(tidFromIdempotencyKey(uuid + "x", clock) != fromUuid);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(tidMicroseconds(fromUuid) / 1000, Qt::UTC);
    QVERIFY(when >= QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(when < QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));

    QVERIFY(isValidTid(tidFromIdempotencyKey(QString(), clock)));
}

void TestBlueskyRichText::jwtExpiryIsRead()
{
    // {"alg":"HS256"} . {"sub":"did:plc:x","exp":1741948200} . signature
    const QString jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOngiLCJleHAiOjE3NDE5NDgyMDB9.c2ln";
    QCOMPARE(jwtExpiry(jwt), QDateTime::fromSecsSinceEpoch(1741948200, Qt::UTC));
    QVERIFY(!jwtExpiry("not-a-jwt").isValid());
    QVERIFY(!jwtExpiry("a.%%%.c").isValid());
    QVERIFY(!jwtExpiry("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").isValid()); // no exp
}

QTEST_GUILESS_MAIN(TestBlueskyRichText)
#include "tst_blueskyrichtext.moc"
