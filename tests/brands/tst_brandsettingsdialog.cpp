// Tools › Brands and compliance driven like a compliance-minded community manager would: edit
// the safety text, the required reviews and the forbidden claims, manage products (with JSON
// import/export), save, and find it all in the store and the audit log — or nothing at all when
// the input is wrong.
#include "ui/brands/brandlistmodel.h"
#include "ui/brands/brandpages.h"
#include "ui/brands/brandsettingsdialog.h"
#include "ui/brands/membersdialog.h"
#include "ui/brands/productspage.h"
#include "ui/brands/producttablemodel.h"
#include "calendar/calendarfixture.h"
#include "calendar/longlabeltranslator.h"
#include "publishing/productsjson.h"
#include "storage/auditlog.h"
#include "storage/workspacerepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;
using test::child;
using ui::BrandSettingsDialog;
using ui::ProductTableModel;
using Choice = BrandSettingsDialog::UnsavedChoice;
Q_DECLARE_METATYPE(Choice)

namespace {
QList<Product> storedProducts(CalendarFixture &f, Id brandId)
{
    QList<Product> result;
    for (const Product &p : WorkspaceRepository(f.db()).products(f.workspace().id)) {
        if (p.brandId == brandId)
            result << p;
    }
    return result;
}

int brandAuditCount(CalendarFixture &f, Id brandId, const QString &action)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(f.db()).eventsFor("brand", brandId))
        n += e.action == action ? 1 : 0;
    return n;
}

void addProductRow(BrandSettingsDialog &dialog, const QString &name, const QString &aliases = {},
                   const QString &inn = {}, bool rx = false)
{
    ProductTableModel *model = dialog.productsPage()->model();
    const int row = model->appendProduct();
    model->setData(model->index(row, ProductTableModel::NameColumn), name);
    model->setData(model->index(row, ProductTableModel::AliasesColumn), aliases);
    model->setData(model->index(row, ProductTableModel::InnColumn), inn);
    model->setData(model->index(row, ProductTableModel::PrescriptionColumn), rx ? Qt::Checked : Qt::Unchecked,
                   Qt::CheckStateRole);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

class TestBrandSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void opensOnTheFirstOwnBrandWithItsDefaults()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        BrandSettingsDialog dialog(f.appContext());
        QCOMPARE(dialog.currentBrandId(), f.aurora.id);
        QCOMPARE(child<QLineEdit>(&dialog, "brandNameEdit")->text(), QString("Aurora"));
        QCOMPARE(dialog.claimsPage()->claims(), defaultForbiddenClaims());
        QCOMPARE(
            dialog.reviewsPage()->explanation(),
            QString("No review required: posts of this brand are scheduled directly, without approval."));
        QCOMPARE(child<QPushButton>(&dialog, "closeButton")->text(), QString("Close"));
        QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
        QVERIFY(!dialog.hasUnsavedChanges());
    }

    void safetyTextReviewsAndAClaimAreSavedWithAnAuditEntry()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        BrandSettingsDialog dialog(f.appContext());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        dialog.tabs()->setCurrentIndex(BrandSettingsDialog::SafetyTextTab);
        auto *safety = child<QPlainTextEdit>(&dialog, "safetyTextEdit");
        safety->setFocus();
        QTest::keyClicks(safety, "Lire la notice.");
        // 15 characters plus the blank line before them.
        // Plural forms come from vigie_en.ts ("%n character(s)"), so only the number is checked.
        QVERIFY2(dialog.safetyTextPage()->lengthNote().startsWith("Adds 17 character"),
                 qPrintable(dialog.safetyTextPage()->lengthNote()));
        QCOMPARE(child<QPushButton>(&dialog, "closeButton")->text(), QString("Cancel"));

        dialog.tabs()->setCurrentIndex(BrandSettingsDialog::ReviewsTab);
        // Clicked on the box itself (the widget spans the whole row, its label does not).
        for (const char *name : {"review_medical", "review_regulatory"}) {
            auto *box = child<QCheckBox>(&dialog, name);
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        }
        QVERIFY2(dialog.reviewsPage()->explanation().contains(
                     "(medical, regulatory) before they can be scheduled"),
                 qPrintable(dialog.reviewsPage()->explanation()));

        dialog.tabs()->setCurrentIndex(BrandSettingsDialog::ClaimsTab);
        auto *newClaim = child<QLineEdit>(&dialog, "newClaimEdit");
        newClaim->setText("efficacité prouvée"); // keyClicks only types ASCII
        QTest::keyClick(newClaim, Qt::Key_Return);
        // The same phrase in capitals without accents is already there.
        QTest::keyClicks(newClaim, "SANS DANGER");
        QTest::keyClick(newClaim, Qt::Key_Return);
        QVERIFY2(child<QLabel>(&dialog, "claimsNote")->text().contains("already in the list"),
                 qPrintable(child<QLabel>(&dialog, "claimsNote")->text()));

        auto *save = child<QPushButton>(&dialog, "saveButton");
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(!dialog.hasUnsavedChanges(), qPrintable(dialog.messageText()));
        QCOMPARE(dialog.messageText(), QString("Saved “Aurora”."));

        const Brand stored = *WorkspaceRepository(f.db()).brand(f.aurora.id);
        QCOMPARE(stored.safetyText, QString("Lire la notice."));
        QCOMPARE(stored.requiredReviews, QList<ReviewRole>({ReviewRole::Medical, ReviewRole::Regulatory}));
        QCOMPARE(stored.forbiddenClaims, defaultForbiddenClaims() << "efficacité prouvée");
        QCOMPARE(brandAuditCount(f, f.aurora.id, "brand.updated"), 1);
        QCOMPARE(brandAuditCount(f, f.aurora.id, "brand.products_changed"), 0); // products untouched
        const AuditEvent event = AuditLog(f.db()).eventsFor("brand", f.aurora.id).last();
        QCOMPARE(event.actor, QString("camille"));
        QVERIFY(event.detail.contains("medical,regulatory"));
        QVERIFY(AuditLog(f.db()).verify().intact);
    }

    void claimsCanBeEditedInPlaceRemovedAndRestored()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        BrandSettingsDialog dialog(f.appContext());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.tabs()->setCurrentIndex(BrandSettingsDialog::ClaimsTab);
        auto *list = child<QListView>(&dialog, "claimsList");
        QAbstractItemModel *model = list->model();
        QVERIFY(model->setData(model->index(0, 0), "guérit toujours"));
        list->selectAll();
        QTest::mouseClick(child<QPushButton>(&dialog, "removeClaimButton"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(dialog.hasUnsavedChanges());
        QTest::mouseClick(child<QPushButton>(&dialog, "restoreClaimsButton"), Qt::LeftButton);
        QCOMPARE(dialog.claimsPage()->claims(), defaultForbiddenClaims());
        QVERIFY(!dialog.hasUnsavedChanges()); // back to what is stored
        QVERIFY(model->setData(model->index(1, 0), "guérit toujours"));
        QVERIFY(dialog.save());
        QCOMPARE(WorkspaceRepository(f.db()).brand(f.aurora.id)->forbiddenClaims.at(1),
                 QString("guérit toujours"));
    }

    void badInputIsRefusedInWordsAndWritesNothing_data()
    {
        QTest::addColumn<QString>("brandName");
        QTest::addColumn<QStringList>("productNames");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("empty brand name") << "  " << QStringList{"Aurovax"} << "needs a name";
        QTest::newRow("duplicate product")
            << "Aurora" << QStringList{"Aurovax", "Doliprane", "AUROVAX"} << "“AUROVAX” is listed twice";
        QTest::newRow("duplicate product, accents") << "Aurora" << QStringList{"Zyrtéc", "Zyrtec"} << "twice";
        QTest::newRow("product without a name")
            << "Aurora" << QStringList{"Aurovax", ""} << "Product 2 has no name";
    }
    void badInputIsRefusedInWordsAndWritesNothing()
    {
        QFETCH(QString, brandName);
        QFETCH(QStringList, productNames);
        QFETCH(QString, errorMentions);
        CalendarFixture f;
        QVERIFY(f.ok());
        BrandSettingsDialog dialog(f.appContext());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = child<QLineEdit>(&dialog, "brandNameEdit");
        name->selectAll();
        QTest::keyClicks(name, brandName);
        child<QPlainTextEdit>(&dialog, "safetyTextEdit")->setPlainText("Lire la notice.");
        for (const QString &product : productNames)
            addProductRow(dialog, product);

        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY2(dialog.messageText().contains(errorMentions), qPrintable(dialog.messageText()));
        QVERIFY(dialog.messageText().startsWith("Not saved:"));
        QVERIFY(dialog.hasUnsavedChanges()); // the edits are still there to fix
        const Brand stored = *WorkspaceRepository(f.db()).brand(f.aurora.id);
        QCOMPARE(stored.name, QString("Aurora"));
        QVERIFY(stored.safetyText.isEmpty());
        QVERIFY(storedProducts(f, f.aurora.id).isEmpty());
        QVERIFY(AuditLog(f.db()).eventsFor("brand", f.aurora.id).isEmpty());
    }

    void productsAreSavedAndKeepTheirIdentity()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        BrandSettingsDialog dialog(f.appContext());
        QTest::mouseClick(child<QPushButton>(&dialog, "addProductButton"), Qt::LeftButton);
        ProductTableModel *model = dialog.productsPage()->model();
        QCOMPARE(model->rowCount(), 1);
        model->setData(model->index(0, ProductTableModel::NameColumn), "Aurovax");
        model->setData(model->index(0, ProductTableModel::AliasesColumn), "AVX, Auro");
        model->setData(model->index(0, ProductTableModel::InnColumn), "aurovaxine");
        model->setData(model->index(0, ProductTableModel::PrescriptionColumn), Qt::Checked,
                       Qt::CheckStateRole);
        QVERIFY2(dialog.save(), qPrintable(dialog.messageText()));
        QList<Product> stored = storedProducts(f, f.aurora.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].aliases, QStringList({"AVX", "Auro"}));
        QVERIFY(stored[0].prescriptionOnly);
        QCOMPARE(brandAuditCount(f, f.aurora.id, "brand.products_changed"), 1);
        QCOMPARE(brandAuditCount(f, f.aurora.id, "brand.updated"), 0); // the brand row is untouched
        const Id id = stored[0].id;

        model->setData(model->index(0, ProductTableModel::InnColumn), "aurovaxine sodique");
        QVERIFY(dialog.save());
        stored = storedProducts(f, f.aurora.id);
        QCOMPARE(stored[0].id, id);
        QCOMPARE(stored[0].inn, QString("aurovaxine sodique"));
    }

    void importJsonFillsTheTableAndSaveStoresIt()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QTemporaryDir dir;
        const QString bad = dir.filePath("bad.json");
        const QString good = dir.filePath("products.json");
        writeFile(bad, "[{\"name\": \"Aurovax\", \"prescription_only\": \"oui\"}]");
        writeFile(good, "[{\"name\": \"Aurovax\", \"aliases\": [\"AVX\"], \"inn\": \"aurovaxine\", "
                        "\"prescription_only\": true},\n {\"name\": \"Aurodol\"}]");
        BrandSettingsDialog dialog(f.appContext());
        QString chosen = bad;
        dialog.productsPage()->setImportFileChooser([&chosen](QWidget *) { return chosen; });

        QTest::mouseClick(child<QPushButton>(&dialog, "importProductsButton"), Qt::LeftButton);
        QVERIFY2(dialog.productsPage()->messageText().contains("Nothing imported"),
                 qPrintable(dialog.productsPage()->messageText()));
        QVERIFY(dialog.productsPage()->messageText().contains("true or false"));
        QCOMPARE(dialog.productsPage()->model()->rowCount(), 0);
        QVERIFY(!dialog.hasUnsavedChanges());

        chosen = good;
        QTest::mouseClick(child<QPushButton>(&dialog, "importProductsButton"), Qt::LeftButton);
        QVERIFY2(dialog.productsPage()->messageText().startsWith("Imported 2 product"),
                 qPrintable(dialog.productsPage()->messageText()));
        QCOMPARE(dialog.productsPage()->model()->rowCount(), 2);
        QVERIFY(storedProducts(f, f.aurora.id).isEmpty()); // not stored before Save
        QVERIFY(dialog.save());
        QList<Product> stored = storedProducts(f, f.aurora.id);
        std::sort(stored.begin(), stored.end(),
                  [](const Product &a, const Product &b) { return a.name > b.name; });
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].name, QString("Aurovax"));
        QVERIFY(stored[0].prescriptionOnly);
        QCOMPARE(stored[0].aliases, QStringList{"AVX"});

        // Importing again keeps the products that are still there (same id) and drops the others.
        writeFile(good, "[{\"name\": \"AUROVAX\", \"inn\": \"aurovaxine\", \"prescription_only\": true}]");
        QTest::mouseClick(child<QPushButton>(&dialog, "importProductsButton"), Qt::LeftButton);
        QVERIFY(dialog.save());
        const QList<Product> again = storedProducts(f, f.aurora.id);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].id, stored[0].id);
    }

    void exportJsonWritesWhatTheTableShows()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath("export.json");
        BrandSettingsDialog dialog(f.appContext());
        dialog.productsPage()->setExportFileChooser([&path](QWidget *) { return path; });
        addProductRow(dialog, "Aurovax", "AVX", "aurovaxine", true);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportProductsButton"), Qt::LeftButton);
        QVERIFY2(dialog.productsPage()->messageText().startsWith("Exported 1 product"),
                 qPrintable(dialog.productsPage()->messageText()));
        QList<Product> read;
        QVERIFY(ProductsJson::readFile(path, read).ok());
        QCOMPARE(read.size(), 1);
        QCOMPARE(read[0].inn, QString("aurovaxine"));
        QVERIFY(read[0].prescriptionOnly);

        addProductRow(dialog, "aurovax");
        QFile::remove(path);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportProductsButton"), Qt::LeftButton);
        QVERIFY(dialog.productsPage()->messageText().startsWith("Nothing exported"));
        QVERIFY(!QFile::exists(path));
    }

    void switchingBrandAsksAboutUnsavedChanges_data()
    {
        QTest::addColumn<Choice>("answer");
        QTest::addColumn<bool>("switched");
        QTest::addColumn<QString>("storedSafetyText");
        QTest::newRow("stay") << Choice::Stay << false << QString();
        QTest::newRow("discard") << Choice::Discard << true << QString();
        QTest::newRow("save") << Choice::Save << true << QString("Lire la notice.");
    }
    void switchingBrandAsksAboutUnsavedChanges()
    {
        QFETCH(Choice, answer);
        QFETCH(bool, switched);
        QFETCH(QString, storedSafetyText);
        CalendarFixture f;
        QVERIFY(f.ok());
        BrandSettingsDialog dialog(f.appContext());
        QStringList asked;
        dialog.setUnsavedPrompt([&](QWidget *, const QString &brand) {
            asked << brand;
            return answer;
        });
        child<QPlainTextEdit>(&dialog, "safetyTextEdit")->setPlainText("Lire la notice.");
        auto *list = child<QListView>(&dialog, "brandList");
        list->setCurrentIndex(dialog.brandModel()->index(dialog.brandModel()->rowOf(f.zephyr.id)));
        QCOMPARE(asked, QStringList{"Aurora"});
        QCOMPARE(dialog.currentBrandId(), switched ? f.zephyr.id : f.aurora.id);
        QCOMPARE(list->currentIndex().row(), dialog.brandModel()->rowOf(dialog.currentBrandId()));
        QCOMPARE(WorkspaceRepository(f.db()).brand(f.aurora.id)->safetyText, storedSafetyText);
        if (!switched)
            QCOMPARE(child<QPlainTextEdit>(&dialog, "safetyTextEdit")->toPlainText(),
                     QString("Lire la notice."));
    }

    void cancelDiscardsAndClosingAsks()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        BrandSettingsDialog dialog(f.appContext());
        int asked = 0;
        dialog.setUnsavedPrompt([&](QWidget *, const QString &) {
            ++asked;
            return Choice::Stay;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QPlainTextEdit>(&dialog, "safetyTextEdit")->setPlainText("Lire la notice.");
        dialog.close(); // the window's close button
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(dialog.isVisible());

        QTest::mouseClick(child<QPushButton>(&dialog, "closeButton"), Qt::LeftButton); // "Cancel"
        QCOMPARE(asked, 2);
        QVERIFY(!dialog.isVisible());
        QVERIFY(WorkspaceRepository(f.db()).brand(f.aurora.id)->safetyText.isEmpty());
        QVERIFY(AuditLog(f.db()).eventsFor("brand", f.aurora.id).isEmpty());
    }

    void aCompetitorHasOnlyNameColourAndProducts()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        BrandSettingsDialog dialog(f.appContext());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectBrand(f.competitor.id));
        QVERIFY(!dialog.tabs()->isTabVisible(BrandSettingsDialog::SafetyTextTab));
        QVERIFY(!dialog.tabs()->isTabVisible(BrandSettingsDialog::ReviewsTab));
        QVERIFY(!dialog.tabs()->isTabVisible(BrandSettingsDialog::ClaimsTab));
        QCOMPARE(dialog.tabs()->currentIndex(), int(BrandSettingsDialog::ProductsTab));
        QVERIFY(child<QLabel>(&dialog, "competitorNote")->isVisible());
        addProductRow(dialog, "Rivalex");
        auto *name = child<QLineEdit>(&dialog, "brandNameEdit");
        name->selectAll();
        QTest::keyClicks(name, "Concurrent SA");
        QVERIFY(dialog.save());
        const Brand stored = *WorkspaceRepository(f.db()).brand(f.competitor.id);
        QCOMPARE(stored.name, QString("Concurrent SA"));
        QCOMPARE(stored.forbiddenClaims, f.competitor.forbiddenClaims); // untouched
        QCOMPARE(storedProducts(f, f.competitor.id).size(), 1);
        QCOMPARE(dialog.brandModel()->index(2).data().toString(), QString("Concurrent SA (competitor)"));

        QVERIFY(dialog.selectBrand(f.aurora.id));
        QVERIFY(dialog.tabs()->isTabVisible(BrandSettingsDialog::SafetyTextTab));
        QVERIFY(!child<QLabel>(&dialog, "competitorNote")->isVisible());
    }

    void theReviewsTabOpensMembers()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        BrandSettingsDialog dialog(f.appContext());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.tabs()->setCurrentIndex(BrandSettingsDialog::ReviewsTab);
        QTest::mouseClick(child<QPushButton>(&dialog, "membersButton"), Qt::LeftButton);
        auto *members = dialog.findChild<ui::MembersDialog *>();
        QVERIFY(members);
        QVERIFY(QTest::qWaitForWindowExposed(members));
        members->close();
    }

    void screenshotsOfEveryTab_data()
    {
        QTest::addColumn<bool>("longLabels");
        QTest::newRow("en") << false;
        QTest::newRow("long labels, as French") << true;
    }
    void screenshotsOfEveryTab()
    {
        QFETCH(bool, longLabels);
        test::LongLabelTranslator translator;
        if (longLabels)
            QCoreApplication::installTranslator(&translator);
        CalendarFixture f;
        QVERIFY(f.ok());
        {
            Brand aurora = f.aurora;
            aurora.safetyText = "Ceci est un médicament. Lire attentivement la notice. Déclarez tout effet "
                                "indésirable sur signalement-sante.gouv.fr. Information produit : "
                                "https://aurora.example/rcp";
            aurora.requiredReviews = {ReviewRole::Medical, ReviewRole::Legal};
            QVERIFY(WorkspaceRepository(f.db()).updateBrand(aurora, "camille").ok());
            Product rx;
            rx.name = "Aurovax";
            rx.aliases = {"AVX", "Auro"};
            rx.inn = "aurovaxine";
            rx.prescriptionOnly = true;
            Product otc;
            otc.name = "Aurodol";
            otc.inn = "paracétamol";
            QVERIFY(WorkspaceRepository(f.db()).replaceProducts(aurora.id, {rx, otc}, "camille").ok());
        }
        const QString suffix = longLabels ? "-long" : "-en";
        BrandSettingsDialog dialog(f.appContext());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const char *names[] = {"safety", "reviews", "claims", "products"};
        for (int tab = 0; tab < 4; ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            QTest::qWait(20);
            test::saveScreenshot(&dialog, QString("brands-%1%2").arg(names[tab], suffix));
            for (auto *button : dialog.findChildren<QAbstractButton *>()) {
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            }
            for (auto *label : dialog.findChildren<QLabel *>()) {
                if (label->isVisible() && !label->wordWrap())
                    QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            }
        }
        QVERIFY(dialog.selectBrand(f.competitor.id));
        QTest::qWait(20);
        test::saveScreenshot(&dialog, QString("brands-competitor%1").arg(suffix));
        ui::MembersDialog *members = dialog.openMembersDialog();
        QVERIFY(QTest::qWaitForWindowExposed(members));
        test::saveScreenshot(members, QString("brands-members-empty%1").arg(suffix));
        members->close();
        if (longLabels)
            QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestBrandSettingsDialog)
#include "tst_brandsettingsdialog.moc"
