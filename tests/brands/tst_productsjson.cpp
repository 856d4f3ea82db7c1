// The products file shared by Brands and compliance (Import/Export JSON…) and
// `vigie classify --products`: what it reads, what it writes, and the words it uses to refuse a
// file a person got wrong.
#include "publishing/productsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(vigie::Product)

using namespace vigie;

namespace {
Product product(const QString &name, const QStringList &aliases, const QString &inn, bool rx)
{
    Product p;
    p.name = name;
    p.aliases = aliases;
    p.inn = inn;
    p.prescriptionOnly = rx;
    return p;
}

bool same(const QList<Product> &a, const QList<Product> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].aliases != b[i].aliases || a[i].inn != b[i].inn ||
            a[i].prescriptionOnly != b[i].prescriptionOnly)
            return false;
    }
    return true;
}
} // namespace

class TestProductsJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QList<Product>>("products");
        QTest::newRow("none") << QList<Product>{};
        QTest::newRow("one, no alias") << QList<Product>{product("Doliprane", {}, "paracétamol", false)};
        QTest::newRow("several, accents, Rx")
            << QList<Product>{product("Zyrtéc", {"Zyr", "Cétirizine Z"}, "cétirizine", false),
                              product("Aurovax", {"AVX"}, "", true),
                              product("Ménopause+ «forte»", {"M+ \"forte\""}, "estradiol", true)};
    }
    void roundTrip()
    {
        QFETCH(QList<Product>, products);
        QList<Product> read;
        const Status st = ProductsJson::read(ProductsJson::write(products), read);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QVERIFY(same(read, products));
    }

    void roundTripThroughAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("products.json");
        const QList<Product> products{product("Aurovax", {"AVX", "Auro"}, "aurovaxine", true)};
        QVERIFY(ProductsJson::writeFile(path, products).ok());
        QList<Product> read;
        QVERIFY(ProductsJson::readFile(path, read).ok());
        QVERIFY(same(read, products));
    }

    // The exact keys the issue names, so `vigie classify --products` reads an export.
    void writesTheDocumentedKeys()
    {
        const QByteArray json = ProductsJson::write({product("Aurovax", {"AVX"}, "aurovaxine", true)});
        const QJsonObject first = QJsonDocument::fromJson(json).array().at(0).toObject();
        QCOMPARE(first.value("name").toString(), QString("Aurovax"));
        QCOMPARE(first.value("aliases").toArray(), QJsonArray{"AVX"});
        QCOMPARE(first.value("inn").toString(), QString("aurovaxine"));
        QCOMPARE(first.value("prescription_only").toBool(), true);
        QCOMPARE(first.keys().size(), 4);
    }

    void optionalKeysHaveDefaults()
    {
        QList<Product> read;
        QVERIFY(ProductsJson::read("[{\"name\": \"  Doliprane \", \"future_key\": 3}]", read).ok());
        QCOMPARE(read.size(), 1);
        QCOMPARE(read[0].name, QString("Doliprane"));
        QVERIFY(read[0].aliases.isEmpty());
        QVERIFY(read[0].inn.isEmpty());
        QVERIFY(!read[0].prescriptionOnly);
    }

    void malformedFilesAreRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errorMentions");
        QTest::newRow("empty file") << QByteArray() << QStringList{"not valid JSON", "line 1"};
        QTest::newRow("syntax error on line 3")
            << QByteArray("[\n  {\"name\": \"A\"},\n  {\"name\" \"B\"}\n]")
            << QStringList{"line 3", "column"};
        QTest::newRow("object, not array")
            << QByteArray("{\"name\": \"Doliprane\"}") << QStringList{"JSON array of products"};
        QTest::newRow("entry is a string") << QByteArray("[\"Doliprane\"]") << QStringList{"Product 1"};
        QTest::newRow("missing name")
            << QByteArray("[{\"name\": \"A\"}, {\"inn\": \"x\"}]") << QStringList{"Product 2", "“name”"};
        QTest::newRow("blank name") << QByteArray("[{\"name\": \"  \"}]")
                                    << QStringList{"Product 1", "“name”"};
        QTest::newRow("name is a number") << QByteArray("[{\"name\": 12}]") << QStringList{"Product 1"};
        QTest::newRow("aliases is a string") << QByteArray("[{\"name\": \"Zyrtec\", \"aliases\": \"Zyr\"}]")
                                             << QStringList{"Product 1 (“Zyrtec”)", "“aliases”"};
        QTest::newRow("alias is a number")
            << QByteArray("[{\"name\": \"Zyrtec\", \"aliases\": [\"Zyr\", 3]}]")
            << QStringList{"“Zyrtec”", "alias"};
        QTest::newRow("inn is a list")
            << QByteArray("[{\"name\": \"Zyrtec\", \"inn\": [\"a\"]}]") << QStringList{"“inn”"};
        QTest::newRow("prescription_only as text")
            << QByteArray("[{\"name\": \"Aurovax\", \"prescription_only\": \"yes\"}]")
            << QStringList{"“Aurovax”", "true or false"};
        QTest::newRow("same name twice, case and accents")
            << QByteArray("[{\"name\": \"Zyrtéc\"}, {\"name\": \"ZYRTEC\"}]")
            << QStringList{"ZYRTEC", "twice"};
    }
    void malformedFilesAreRefusedInWords()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, errorMentions);
        QList<Product> products{product("Kept", {}, "", false)};
        const Status st = ProductsJson::read(json, products);
        QVERIFY(!st.ok());
        for (const QString &mention : errorMentions)
            QVERIFY2(st.error().contains(mention), qPrintable(st.error()));
        // A refused file changes nothing.
        QCOMPARE(products.size(), 1);
        QCOMPARE(products[0].name, QString("Kept"));
    }

    void aMissingFileIsNamed()
    {
        QList<Product> products;
        const Status st = ProductsJson::readFile("/nonexistent/products.json", products);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().contains("/nonexistent/products.json"), qPrintable(st.error()));
    }
};

QTEST_GUILESS_MAIN(TestProductsJson)
#include "tst_productsjson.moc"
