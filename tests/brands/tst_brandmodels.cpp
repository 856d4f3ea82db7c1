// The models behind Brands and compliance and Members, checked by QAbstractItemModelTester
// while they change, and for what a person sees in each cell.
#include "ui/brands/brandlistmodel.h"
#include "ui/brands/membertablemodel.h"
#include "ui/brands/producttablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QtTest>

using namespace vigie;
using ui::BrandListModel;
using ui::MemberTableModel;
using ui::ProductTableModel;

namespace {
Brand brand(Id id, const QString &name, bool competitor)
{
    Brand b;
    b.id = id;
    b.name = name;
    b.isCompetitor = competitor;
    b.color = competitor ? "#6b7280" : "#0f766e";
    return b;
}
} // namespace

class TestBrandModels : public QObject
{
    Q_OBJECT

private slots:
    void brandListPutsOwnBrandsFirstAndMarksCompetitors()
    {
        BrandListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBrands({brand(1, "Rival", true), brand(2, "Aurora", false), brand(3, "Zéphyr", false)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), QString("Aurora"));
        QCOMPARE(model.index(1).data().toString(), QString("Zéphyr"));
        QCOMPARE(model.index(2).data().toString(), QString("Rival (competitor)"));
        QCOMPARE(model.index(2).data(BrandListModel::IsCompetitorRole).toBool(), true);
        QCOMPARE(model.index(0).data(Qt::DecorationRole).value<QColor>(), QColor("#0f766e"));

        Brand renamed = brand(3, "Zéphyr Santé", false);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateBrand(renamed);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1).data().toString(), QString("Zéphyr Santé"));
        QCOMPARE(model.rowOf(3), 1);
        QCOMPARE(model.rowOf(99), -1);
    }

    void productTableEditsEveryColumn()
    {
        ProductTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Product kept;
        kept.id = 7;
        kept.name = "Aurovax";
        kept.aliases = {"AVX", "Auro"};
        kept.inn = "aurovaxine";
        kept.prescriptionOnly = true;
        model.setProducts({kept});
        QCOMPARE(model.index(0, ProductTableModel::AliasesColumn).data().toString(), QString("AVX, Auro"));
        QCOMPARE(model.index(0, ProductTableModel::PrescriptionColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QVERIFY(model.flags(model.index(0, ProductTableModel::PrescriptionColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(model.index(0, ProductTableModel::NameColumn)) & Qt::ItemIsEditable);

        const int row = model.appendProduct();
        QCOMPARE(row, 1);
        QVERIFY(model.setData(model.index(row, ProductTableModel::NameColumn), "  Doliprane "));
        QVERIFY(model.setData(model.index(row, ProductTableModel::AliasesColumn), "Doli, , Dolip ,"));
        QVERIFY(model.setData(model.index(row, ProductTableModel::InnColumn), "paracétamol"));
        QVERIFY(model.setData(model.index(row, ProductTableModel::PrescriptionColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(row, ProductTableModel::PrescriptionColumn), true, Qt::EditRole));

        const QList<Product> products = model.products();
        QCOMPARE(products.size(), 2);
        QCOMPARE(products[0].id, Id(7));
        QCOMPARE(products[1].id, Id(0));
        QCOMPARE(products[1].name, QString("Doliprane"));
        QCOMPARE(products[1].aliases, QStringList({"Doli", "Dolip"}));
        QCOMPARE(products[1].inn, QString("paracétamol"));
        QVERIFY(products[1].prescriptionOnly);

        QVERIFY(model.removeRows(0, 1));
        QVERIFY(!model.removeRows(3, 1));
        QCOMPARE(model.products().size(), 1);
        QCOMPARE(model.products()[0].name, QString("Doliprane"));
    }

    void memberTableTicksRolesInAFixedOrder()
    {
        MemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Member camille;
        camille.id = 4;
        camille.name = "Camille";
        model.setMembers({camille});
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QString("Medical reviewer"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QString("Regulatory reviewer"));

        QSignalSpy edited(&model, &MemberTableModel::memberEdited);
        QVERIFY(model.setData(model.index(0, 3), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(0, 1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.memberAt(0)->roles, QList<ReviewRole>({ReviewRole::Medical, ReviewRole::Regulatory}));
        QVERIFY(model.setData(model.index(0, 3), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.memberAt(0)->roles, QList<ReviewRole>({ReviewRole::Medical}));
        QCOMPARE(model.index(0, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(0, 2).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QVERIFY(model.setData(model.index(0, 0), " Camille Martin "));
        QVERIFY(!model.setData(model.index(0, 0), "Camille Martin")); // no change, nothing to store
        QCOMPARE(model.memberAt(0)->name, QString("Camille Martin"));
        QCOMPARE(edited.size(), 4);
    }
};

QTEST_MAIN(TestBrandModels)
#include "tst_brandmodels.moc"
