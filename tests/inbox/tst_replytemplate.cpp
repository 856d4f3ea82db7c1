// Saved replies with their placeholders filled for one conversation.
#include "inbox/replytemplate.h"

#include <QtTest>

using namespace vigie;

class TestReplyTemplate : public QObject
{
    Q_OBJECT

private:
    static ReplyContext fullContext()
    {
        ReplyContext context;
        context.authorName = QStringLiteral("Élodie Martin");
        context.authorHandle = QStringLiteral("@elodie@piaille.fr");
        context.brand = QStringLiteral("Apaisyl");
        context.product = QStringLiteral("Apaisyl 500");
        context.agent = QStringLiteral("camille.martin");
        return context;
    }

private slots:
    void fill_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("withName"); // false: the author has no display name
        QTest::addColumn<bool>("withProduct");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("unknown");
        QTest::addColumn<QStringList>("unfilled");

        QTest::newRow("no placeholder") << "Merci pour votre message." << true << true
                                        << "Merci pour votre message." << QStringList() << QStringList();
        QTest::newRow("name") << "Bonjour {name}," << true << true << "Bonjour Élodie Martin,"
                              << QStringList() << QStringList();
        QTest::newRow("name falls back to the handle")
            << "Hello {name}!" << false << true << "Hello @elodie@piaille.fr!" << QStringList()
            << QStringList();
        QTest::newRow("every placeholder")
            << "{name} ({handle}) asked {brand} about {product}; {agent} answers." << true << true
            << "Élodie Martin (@elodie@piaille.fr) asked Apaisyl about Apaisyl 500; camille.martin answers."
            << QStringList() << QStringList();
        QTest::newRow("case of the placeholder does not matter")
            << "Bonjour {Name}, {BRAND}" << true << true << "Bonjour Élodie Martin, Apaisyl" << QStringList()
            << QStringList();
        QTest::newRow("same placeholder twice")
            << "{name} {name}" << true << true << "Élodie Martin Élodie Martin" << QStringList()
            << QStringList();
        QTest::newRow("unknown placeholder stays visible and is reported")
            << "Bonjour {prenom}, merci {name}." << true << true << "Bonjour {prenom}, merci Élodie Martin."
            << QStringList{"{prenom}"} << QStringList();
        QTest::newRow("unknown placeholder reported once")
            << "{x} {x} {y}" << true << true << "{x} {x} {y}" << QStringList{"{x}", "{y}"} << QStringList();
        QTest::newRow("no product named: left visible and reported")
            << "Au sujet de {product} :" << true << false << "Au sujet de {product} :" << QStringList()
            << QStringList{"{product}"};
        QTest::newRow("braces that are not placeholders")
            << "Un {} vide, { espace } et {{name}}" << true << true
            << "Un {} vide, { espace } et {Élodie Martin}" << QStringList() << QStringList();
        QTest::newRow("unclosed brace")
            << "Bonjour {name" << true << true << "Bonjour {name" << QStringList() << QStringList();
        QTest::newRow("empty text") << "" << true << true << "" << QStringList() << QStringList();
        QTest::newRow("multi-line") << "Bonjour {name},\n\nL'équipe {brand}" << true << true
                                    << "Bonjour Élodie Martin,\n\nL'équipe Apaisyl" << QStringList()
                                    << QStringList();
    }

    void fill()
    {
        QFETCH(QString, body);
        QFETCH(bool, withName);
        QFETCH(bool, withProduct);
        QFETCH(QString, expected);
        QFETCH(QStringList, unknown);
        QFETCH(QStringList, unfilled);
        ReplyContext context = fullContext();
        if (!withName)
            context.authorName.clear();
        if (!withProduct)
            context.product.clear();
        const FilledReply filled = ReplyTemplate::fill(body, context);
        QCOMPARE(filled.text, expected);
        QCOMPARE(filled.unknown, unknown);
        QCOMPARE(filled.unfilled, unfilled);
        QCOMPARE(filled.complete(), unknown.isEmpty() && unfilled.isEmpty());
        QCOMPARE(ReplyTemplate::describeProblems(filled).isEmpty(), filled.complete());
        for (const QString &placeholder : unknown + unfilled)
            QVERIFY(ReplyTemplate::describeProblems(filled).contains(placeholder));
    }

    void contextComesFromTheMessageAndItsEvidence_data()
    {
        QTest::addColumn<QString>("authorName");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QList<EvidenceSpan>>("evidence");
        QTest::addColumn<QString>("product");

        const QString body =
            QStringLiteral("Depuis que je prends du Doliprane et de l'Apaisyl j'ai des vertiges");
        const EvidenceSpan experience{EvidenceKind::Experience, 0, 18,
                                      QStringLiteral("Depuis que je prends")};
        const EvidenceSpan doliprane{EvidenceKind::Product, 24, 9, QStringLiteral("Doliprane")};
        const EvidenceSpan apaisyl{EvidenceKind::Product, 42, 7, QStringLiteral("Apaisyl")};
        const EvidenceSpan noText{EvidenceKind::Product, 24, 9, QString()};
        QTest::newRow("first product of the evidence")
            << "Élodie" << body << QList<EvidenceSpan>{experience, doliprane, apaisyl} << "Doliprane";
        QTest::newRow("no product in the evidence")
            << "Élodie" << body << QList<EvidenceSpan>{experience} << "";
        QTest::newRow("span without its text is read from the body")
            << "" << body << QList<EvidenceSpan>{noText} << "Doliprane";
    }

    void contextComesFromTheMessageAndItsEvidence()
    {
        QFETCH(QString, authorName);
        QFETCH(QString, body);
        QFETCH(QList<EvidenceSpan>, evidence);
        QFETCH(QString, product);
        Message message;
        message.authorName = authorName;
        message.authorHandle = QStringLiteral("@elodie");
        message.body = body;
        message.evidence = evidence;
        const ReplyContext context =
            ReplyContext::forMessage(message, QStringLiteral("Apaisyl"), QStringLiteral("camille"));
        QCOMPARE(context.product, product);
        QCOMPARE(context.brand, QStringLiteral("Apaisyl"));
        QCOMPARE(context.agent, QStringLiteral("camille"));
        const QString name = ReplyTemplate::fill(QStringLiteral("{name}"), context).text;
        QCOMPARE(name, authorName.isEmpty() ? QStringLiteral("@elodie") : authorName);
    }

    void knownPlaceholdersAreFilled()
    {
        const ReplyContext context = fullContext();
        for (const QString &placeholder : ReplyTemplate::knownPlaceholders())
            QVERIFY2(ReplyTemplate::fill(placeholder, context).complete(), qPrintable(placeholder));
    }
};

QTEST_GUILESS_MAIN(TestReplyTemplate)
#include "tst_replytemplate.moc"
