// Compliance checks: forbidden claims, prescription-only products on public channels, safety text.
#include "publishing/compliance.h"

#include <QTest>

using namespace vigie;

namespace {
Brand brand(
    const QString &safety = QStringLiteral("Lire attentivement la notice. Avis de pharmacovigilance : "
                                           "signalement-sante.gouv.fr"))
{
    Brand b = Brand::named(1, QStringLiteral("Dolizen"), QStringLiteral("#2f6f9f"));
    b.id = 1;
    b.safetyText = safety;
    b.forbiddenClaims = defaultForbiddenClaims();
    return b;
}

QList<Product> products()
{
    Product otc;
    otc.id = 1;
    otc.brandId = 1;
    otc.name = QStringLiteral("Dolizen 500");
    otc.inn = QStringLiteral("paracétamol");
    Product rx;
    rx.id = 2;
    rx.brandId = 1;
    rx.name = QStringLiteral("Tramazen LP");
    rx.aliases = {QStringLiteral("tramazen")};
    rx.inn = QStringLiteral("tramadol");
    rx.prescriptionOnly = true;
    return {otc, rx};
}

QList<Account> accounts()
{
    Account mastodon;
    mastodon.id = 10;
    mastodon.network = Network::Mastodon;
    mastodon.handle = QStringLiteral("@dolizen@piaille.fr");
    Account sermo;
    sermo.id = 11;
    sermo.network = Network::Bluesky;
    sermo.handle = QStringLiteral("pro.dolizen.fr");
    sermo.isPublic = false; // an audience of health professionals
    return {mastodon, sermo};
}

Post postOn(const QString &text, Id accountId = 10)
{
    Post p;
    p.brandId = 1;
    p.body = text;
    p.variants = {PostVariant::forAccount(accountId)};
    return p;
}

QStringList codes(const QList<ComplianceFinding> &findings, bool errorsOnly = true)
{
    QStringList list;
    for (const auto &f : findings) {
        if (!errorsOnly || f.isError())
            list << f.code;
    }
    return list;
}
} // namespace

class TestCompliance : public QObject
{
    Q_OBJECT

private slots:
    void phraseMatching_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("found"); // as written in text, empty = not found
        QTest::newRow("accents and case") << "Ce baume GUERIT les brûlures"
                                          << "guérit"
                                          << "GUERIT";
        QTest::newRow("accented text, plain phrase") << "Il guérit vite"
                                                     << "guerit"
                                                     << "guérit";
        QTest::newRow("space before percent") << "100 % efficace dès 15 min"
                                              << "100% efficace"
                                              << "100 % efficace";
        QTest::newRow("no-break space") << "efficace à 100\u00a0%"
                                        << "efficace à 100 %"
                                        << "efficace à 100\u00a0%";
        QTest::newRow("runs of white space") << "Sans  effets\nsecondaires !"
                                             << "sans effets secondaires"
                                             << "Sans  effets\nsecondaires";
        QTest::newRow("hyphen as space") << "It is side effect free"
                                         << "side-effect free"
                                         << "side effect free";
        QTest::newRow("not inside a word") << "Séance de manucure"
                                           << "cure"
                                           << "";
        QTest::newRow("plural is another word") << "Les guérites du château"
                                                << "guérit"
                                                << "";
        QTest::newRow("english") << "This cream has NO side effects"
                                 << "no side effects"
                                 << "NO side effects";
        QTest::newRow("ligature") << "Un cœur miraculeux"
                                  << "coeur"
                                  << "cœur";
        QTest::newRow("curly apostrophe") << "C’est sans danger"
                                          << "c'est sans danger"
                                          << "C’est sans danger";
        QTest::newRow("after emoji") << "😀miracle"
                                     << "miracle"
                                     << "miracle";
    }
    void phraseMatching()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(QString, found);
        const auto matches = PhraseMatcher::find(text, phrase);
        if (found.isEmpty()) {
            QVERIFY2(matches.isEmpty(),
                     qPrintable(text.mid(matches.value(0).start, matches.value(0).length)));
            return;
        }
        QCOMPARE(matches.size(), 1);
        QCOMPARE(text.mid(matches.first().start, matches.first().length), found);
    }

    void findings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Id>("account");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("clean") << "Pensez à bien vous hydrater cet été." << Id(10) << QStringList();
        QTest::newRow("french claim")
            << "Dolizen 500 soulage et guérit en une nuit" << Id(10) << QStringList{"forbidden_claim"};
        QTest::newRow("english claim")
            << "Completely safe for the whole family" << Id(10) << QStringList{"forbidden_claim"};
        QTest::newRow("two claims") << "Miracle : sans danger !" << Id(10)
                                    << QStringList{"forbidden_claim", "forbidden_claim"};
        QTest::newRow("rx brand name on public")
            << "Parlez de Tramazen LP à votre médecin" << Id(10) << QStringList{"prescription_product"};
        QTest::newRow("rx alias, other case")
            << "TRAMAZEN en pharmacie" << Id(10) << QStringList{"prescription_product"};
        QTest::newRow("rx inn on public")
            << "Le tramadol et la conduite" << Id(10) << QStringList{"prescription_product"};
        QTest::newRow("rx on professional channel")
            << "Nouvelles données sur le tramadol" << Id(11) << QStringList();
        QTest::newRow("otc product on public")
            << "Dolizen 500 : le paracétamol bien dosé" << Id(10) << QStringList();
    }
    void findings()
    {
        QFETCH(QString, text);
        QFETCH(Id, account);
        QFETCH(QStringList, errors);
        const ComplianceChecker checker(brand(), products(), accounts());
        const auto found = checker.check(postOn(text, account));
        QCOMPARE(codes(found), errors);
        QCOMPARE(ComplianceChecker::hasErrors(found), !errors.isEmpty());
    }

    void messagesNameWhatWasFound()
    {
        const ComplianceChecker checker(brand(), products(), accounts());
        const auto found = checker.check(postOn(QStringLiteral("Le TRAMADOL sans danger")));
        const QString text = ComplianceChecker::errorText(found);
        QVERIFY2(text.contains(QStringLiteral("“sans danger” is a forbidden claim for Dolizen")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Tramazen LP is a prescription-only medicine")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“TRAMADOL”")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2001/83/EC")));
    }

    void missingSafetyTextBlocks()
    {
        const ComplianceChecker checker(brand(QString()), products(), accounts());
        QCOMPARE(codes(checker.check(postOn(QStringLiteral("Bel été à tous")))),
                 QStringList{"missing_safety_text"});
    }

    void everyPartIsChecked()
    {
        const ComplianceChecker checker(brand(), products(), accounts());
        Post p = postOn(QStringLiteral("Quiz santé du lundi"));
        p.extras.threadParts = {QStringLiteral("Partie 2 : rien à signaler")};
        p.extras.firstComment = QStringLiteral("Et c'est 100% efficace");
        p.extras.poll.options = {QStringLiteral("Vrai"), QStringLiteral("Faux, c'est un miracle")};
        p.extras.media = {PostMedia{QStringLiteral("/tmp/a.png"), QString(), QString()}};
        const auto found = checker.check(p);
        QCOMPARE(codes(found), (QStringList{"forbidden_claim", "forbidden_claim"}));
        QVERIFY(codes(found, false).contains(QStringLiteral("missing_alt_text")));
    }

    void channelOwnTextIsCheckedOnItsOwn()
    {
        const ComplianceChecker checker(brand(), products(), accounts());
        Post p = postOn(QStringLiteral("Nouvelles données"), 11);
        PostVariant pro = p.variants.first();
        PostVariant pub = PostVariant::forAccount(10);
        pub.body = QStringLiteral("Tramazen LP arrive");
        pro.body = QStringLiteral("Tramazen LP : données de phase III");
        p.variants = {pro, pub};
        const auto found = checker.check(p);
        QCOMPARE(codes(found), QStringList{"prescription_product"});
        QCOMPARE(found.first().accountId, Id(10));
        QVERIFY(found.first().message.contains(QStringLiteral("@dolizen@piaille.fr")));
    }

    void safetyTextIsNotCheckedButCounted()
    {
        // The brand's own mandatory text may name what the rules forbid authors to claim.
        const ComplianceChecker checker(brand(QStringLiteral("Ne guérit pas : voir la notice.")), products(),
                                        accounts());
        QVERIFY(codes(checker.check(postOn(QStringLiteral("Bonne semaine")))).isEmpty());
        QCOMPARE(withSafetyText(QStringLiteral("Bonne semaine"), QStringLiteral("Voir la notice.")),
                 QStringLiteral("Bonne semaine\n\nVoir la notice."));
        QCOMPARE(withSafetyText(QStringLiteral("Bonne semaine\nVoir la notice."),
                                QStringLiteral("Voir la notice.")),
                 QStringLiteral("Bonne semaine\nVoir la notice."));
    }

    void highlightsBlockedPhrases()
    {
        const ComplianceChecker checker(brand(), products(), accounts());
        const QString text = QStringLiteral("Tramazen, miracle !");
        QCOMPARE(checker.blockedPhrases(text, true).size(), 2);
        QCOMPARE(checker.blockedPhrases(text, false).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "tst_compliance.moc"
