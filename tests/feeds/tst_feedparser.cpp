// parseFeed over the feed files in tests/data/feeds: what a person would see of each item.
#include "feeds/feed.h"
#include "feeds/feedtext.h"

#include <QFile>
#include <QTest>

using namespace vigie::feeds;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/tests/data/feeds/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning() << "missing fixture" << name;
    return file.readAll();
}

QDateTime utc(const char *iso)
{
    QDateTime when = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return when.toUTC();
}
} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void documents_data();
    void documents();
    void items_data();
    void items();
    void oddDates_data();
    void oddDates();
    void rfc3339_data();
    void rfc3339();
    void htmlToPlainText_data();
    void htmlToPlainText();
    void truncatedInputNeverCrashes_data();
    void truncatedInputNeverCrashes();
};

void TestFeedParser::documents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("errorPart"); // words the error must contain

    QTest::newRow("RSS 2.0, French health news")
        << "rss2-sante-fr.xml" << true << 3 << QStringLiteral("Le Fil Santé – Actualités") << "fr"
        << "https://www.lefilsante.fr/"
        << "";
    QTest::newRow("Atom 1.0, agency alerts")
        << "atom-agency-alerts.xml" << true << 3
        << QStringLiteral("Agence nationale de sécurité – Informations de sécurité") << "fr"
        << "https://agence-sante.example.fr/informations-de-securite"
        << "";
    QTest::newRow("CDATA and HTML (item without id nor link skipped)")
        << "rss2-cdata-html.xml" << true << 2 << QStringLiteral("Forum Santé Pratique & Bien-être") << "fr"
        << "https://forum.santepratique.fr/"
        << "";
    QTest::newRow("Atom, relative links (entry without id nor alternate skipped)")
        << "atom-relative-links.xml" << true << 2 << "Blog Dormir Mieux"
        << ""
        << "https://dormirmieux.blog/blog/"
        << "";
    QTest::newRow("RSS 1.0 (RDF)") << "rdf-rss1.xml" << true << 1 << "Officine Infos"
                                   << "fr"
                                   << "https://www.officine-infos.fr/"
                                   << "";
    QTest::newRow("empty feed") << "empty-feed.xml" << true << 0 << "Cardio Veille"
                                << "fr"
                                << "https://cardioveille.fr/"
                                << "";
    QTest::newRow("UTF-8 BOM and a blank line first") << "utf8-bom.xml" << true << 1 << "Actu Pharma Hebdo"
                                                      << ""
                                                      << ""
                                                      << "";
    QTest::newRow("ISO-8859-1 declared") << "latin1.xml" << true << 1 << "Douleur Info"
                                         << "fr"
                                         << ""
                                         << "";
    QTest::newRow("malformed XML names the line") << "malformed.xml" << false << 0 << ""
                                                  << ""
                                                  << ""
                                                  << "line 12, column 7: Opening and ending tag mismatch.";
    QTest::newRow("an HTML page is not a feed") << "html-page.html" << false << 0 << ""
                                                << ""
                                                << ""
                                                << "web page";
}

void TestFeedParser::documents()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(int, count);
    QFETCH(QString, title);
    QFETCH(QString, language);
    QFETCH(QString, link);
    QFETCH(QString, errorPart);

    // Where the relative-links feed was read from: its links resolve against this.
    const FeedParseResult result = parseFeed(fixture(file), QUrl("https://dormirmieux.blog/feed.atom"));
    QCOMPARE(result.ok, ok);
    if (!ok) {
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        QVERIFY(result.document.items.isEmpty());
        return;
    }
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.document.items.size(), count);
    QCOMPARE(result.document.title, title);
    QCOMPARE(result.document.language, language);
    if (!link.isEmpty())
        QCOMPARE(result.document.link, link);
}

void TestFeedParser::items_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDateTime>("published");
    QTest::addColumn<QString>("language");

    QTest::newRow("RSS: escaped HTML, dc:creator, offset date")
        << "rss2-sante-fr.xml" << 0 << "https://www.lefilsante.fr/?p=48211"
        << QStringLiteral("Paracétamol : pourquoi Hélidol ne doit pas dépasser 3 g par jour")
        << "https://www.lefilsante.fr/2025/06/03/paracetamol-helidol-dose/"
        << QStringLiteral(
               "Les pharmaciens rappellent la dose maximale de paracétamol & les risques pour le foie.")
        << "Claire Moreau" << utc("2025-06-03T06:30:00Z") << "fr";
    QTest::newRow("RSS: numeric entity, author email with name")
        << "rss2-sante-fr.xml" << 1 << "https://www.lefilsante.fr/2025/06/02/melatonine-spray/"
        << QStringLiteral("Sommeil : la mélatonine en spray séduit les jeunes actifs")
        << "https://www.lefilsante.fr/2025/06/02/melatonine-spray/"
        << QStringLiteral("Noctélia Flash et ses concurrents : ce qu\u2019en disent les médecins du sommeil.")
        << "Julien Petit" << utc("2025-06-02T17:05:00Z") << "fr";
    QTest::newRow("RSS: no guid → link; empty description → content:encoded")
        << "rss2-sante-fr.xml" << 2 << "https://www.lefilsante.fr/2025/06/01/betabloquants-sport/"
        << QStringLiteral("Bêtabloquants et sport : ce qu'il faut savoir")
        << "https://www.lefilsante.fr/2025/06/01/betabloquants-sport/"
        << QStringLiteral("Le bisoprolol ralentit le c\u0153ur : parlez-en à votre cardiologue.") << ""
        << utc("2025-06-01T05:00:00Z") << "fr";
    QTest::newRow("Atom: html title and summary, xml:base link, published over updated")
        << "atom-agency-alerts.xml" << 0 << "tag:agence-sante.example.fr,2025:alerte-1842"
        << QStringLiteral("Rappel de lots : Hélicard 5 mg, comprimés")
        << "https://agence-sante.example.fr/informations-de-securite/rappel-helicard-5mg"
        << QStringLiteral("Par mesure de précaution, deux lots de bisoprolol sont rappelés.")
        << "Direction de la surveillance" << utc("2025-06-03T08:00:00Z") << "fr";
    QTest::newRow("Atom: xhtml content, link without rel, entry xml:lang, milliseconds")
        << "atom-agency-alerts.xml" << 1 << "https://www.ema.example.eu/en/news/melatonin-sprays-review"
        << "EMA starts review of melatonin sprays"
        << "https://www.ema.example.eu/en/news/melatonin-sprays-review"
        << "The review covers melatonin oral sprays. No action is needed."
        << "" << utc("2025-06-02T16:45:30.250Z") << "en";
    QTest::newRow("CDATA: script, style, comment dropped; entities decoded")
        << "rss2-cdata-html.xml" << 0 << "https://forum.santepratique.fr/t/vertiges-helidol-ibu/9921"
        << QStringLiteral("Vertiges depuis Hélidol Ibu ?")
        << "https://forum.santepratique.fr/t/vertiges-helidol-ibu/9921"
        << QStringLiteral(
               "Bonjour, depuis que je prends Hélidol Ibu j\u2019ai des vertiges\u2026 Âge : 34 ans "
               "Dose : 400 mg Quelqu'un a eu ça ? 2 < 3 \u2192 fin.")
        << "" << utc("2025-06-04T21:14:09Z") << "fr";
    QTest::newRow("double-escaped entities; guid not a permalink gives no link")
        << "rss2-cdata-html.xml" << 1 << "forum-post-9934" << QStringLiteral("Re: Mélatonine & enfants") << ""
        << QStringLiteral("Mon pédiatre déconseille Noctélia avant 12 ans.") << ""
        << utc("2025-06-04T22:40:00Z") << "fr";
    QTest::newRow("Atom: nested xml:base")
        << "atom-relative-links.xml" << 0 << "https://dormirmieux.blog/2025/06/dix-conseils"
        << QStringLiteral("Dix conseils pour s'endormir")
        << "https://dormirmieux.blog/blog/2025/06/dix-conseils" << QStringLiteral("Sans écran, sans café.")
        << "" << utc("2025-06-01T08:00:00Z") << "";
    QTest::newRow("Atom: no id → the resolved link")
        << "atom-relative-links.xml" << 1 << "https://dormirmieux.blog/archives/sans-id"
        << "Une entrée sans identifiant"
        << "https://dormirmieux.blog/archives/sans-id"
        << ""
        << "" << utc("2025-05-30T08:00:00Z") << "";
    QTest::newRow("RSS 1.0: rdf:about, dc:date, dc:creator")
        << "rdf-rss1.xml" << 0 << "https://www.officine-infos.fr/a/3310"
        << QStringLiteral("Ruptures de stock : l'ibuprofène sous tension")
        << "https://www.officine-infos.fr/a/3310"
        << QStringLiteral("Les grossistes signalent des tensions sur l'ibuprofène 400 mg.")
        << QStringLiteral("Marc Lefèvre") << utc("2025-06-03T04:45:00Z") << "fr";
    QTest::newRow("BOM: accents intact")
        << "utf8-bom.xml" << 0 << "bom-1" << QStringLiteral("Hélidol : nouvelle boîte") << ""
        << ""
        << "" << utc("2025-06-03T08:00:00Z") << "";
    QTest::newRow("ISO-8859-1: accents decoded")
        << "latin1.xml" << 0 << "latin1-1" << QStringLiteral("Migraine et paracétamol : les pièges") << ""
        << QStringLiteral("Ne dépassez pas la dose.") << "" << QDateTime() << "fr";
}

void TestFeedParser::items()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const FeedParseResult result = parseFeed(fixture(file), QUrl("https://dormirmieux.blog/feed.atom"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(index < result.document.items.size());
    const FeedItem &item = result.document.items.at(index);
    QTEST(item.id, "id");
    QTEST(item.title, "title");
    QTEST(item.link, "link");
    QTEST(item.summary, "summary");
    QTEST(item.author, "author");
    QFETCH(QDateTime, published);
    QCOMPARE(item.published.isValid(), published.isValid());
    if (published.isValid()) {
        QCOMPARE(item.published, published);
        QCOMPARE(item.published.timeSpec(), Qt::UTC);
    }
    QTEST(item.language, "language");
}

void TestFeedParser::oddDates_data()
{
    QTest::addColumn<QString>("guid");
    QTest::addColumn<QDateTime>("expected"); // invalid: unreadable
    const QDateTime morning = utc("2025-06-02T08:30:00Z");
    for (const char *guid : {"gmt", "offset", "est", "ut", "noseconds", "noweekday", "shortyear", "fullmonth",
                             "cest", "colonoffset", "iso", "nozone"})
        QTest::newRow(guid) << QString::fromLatin1(guid) << morning;
    QTest::newRow("garbage") << "garbage" << QDateTime();
    QTest::newRow("31 February") << "badday" << QDateTime();
}

void TestFeedParser::oddDates()
{
    QFETCH(QString, guid);
    QFETCH(QDateTime, expected);
    const FeedParseResult result = parseFeed(fixture("rss2-odd-dates.xml"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const auto it = std::find_if(result.document.items.cbegin(), result.document.items.cend(),
                                 [&](const FeedItem &item) { return item.id == guid; });
    QVERIFY(it != result.document.items.cend());
    QCOMPARE(it->published.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(it->published, expected);
}

void TestFeedParser::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("Z") << "2025-06-02T08:30:00Z" << utc("2025-06-02T08:30:00Z");
    QTest::newRow("lower case") << "2025-06-02t08:30:00z" << utc("2025-06-02T08:30:00Z");
    QTest::newRow("negative offset") << "2025-06-02T03:30:00-05:00" << utc("2025-06-02T08:30:00Z");
    QTest::newRow("fraction") << "2025-06-02T08:30:00.123456+00:00" << utc("2025-06-02T08:30:00.123Z");
    QTest::newRow("space separator") << "2025-06-02 10:30:00+02:00" << utc("2025-06-02T08:30:00Z");
    QTest::newRow("date only") << "2025-06-02" << utc("2025-06-02T00:00:00Z");
    QTest::newRow("hour 25") << "2025-06-02T25:00:00Z" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TestFeedParser::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseRfc3339Date(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestFeedParser::htmlToPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs do not run together") << "<p>un</p><p>deux</p>"
                                                    << "un deux";
    QTest::newRow("inline tags keep words whole") << "Dolip<b>rane</b>, <a href='x'>lien</a>."
                                                  << "Doliprane, lien.";
    QTest::newRow("named and numeric entities")
        << "caf&eacute; &#233;t&#xE9; &amp;&lt;&gt; &euro;" << QStringLiteral("café été &<> €");
    QTest::newRow("unknown entity kept") << "&madeup; x"
                                         << "&madeup; x";
    QTest::newRow("a lone < is text") << "a < b et c > d"
                                      << "a < b et c > d";
    QTest::newRow("script and style gone") << "<script>alert('x')</script>ok<style>p{}</style>"
                                           << "ok";
    QTest::newRow("nbsp folded") << QStringLiteral("400\u00a0mg&nbsp;; fin") << "400 mg ; fin";
    QTest::newRow("control character reference") << "a&#0;b&#x1;c"
                                                 << "a b c";
}

void TestFeedParser::htmlToPlainText()
{
    QFETCH(QString, html);
    QTEST(vigie::feeds::htmlToPlainText(html), "text");
}

void TestFeedParser::truncatedInputNeverCrashes_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"rss2-sante-fr.xml", "atom-agency-alerts.xml", "rss2-cdata-html.xml", "rdf-rss1.xml", "latin1.xml"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestFeedParser::truncatedInputNeverCrashes()
{
    QFETCH(QString, file);
    const QByteArray xml = fixture(file);
    // Every cut of a feed (a connection dropped mid-body) gives an error sentence, never items.
    for (qsizetype cut = 0; cut < xml.size() - 16; cut += 7) {
        const FeedParseResult result = parseFeed(xml.left(cut));
        QVERIFY2(!result.ok, qPrintable(QStringLiteral("cut at %1 read as a feed").arg(cut)));
        QVERIFY(!result.error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
