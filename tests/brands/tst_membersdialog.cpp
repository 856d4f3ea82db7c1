// The workspace's members and the reviews each may sign: add, tick roles, rename in place,
// remove — each stored at once with an audit entry, and refused in words when wrong.
#include "ui/brands/membersdialog.h"
#include "ui/brands/membertablemodel.h"
#include "calendar/calendarfixture.h"
#include "calendar/longlabeltranslator.h"
#include "storage/approvalrepository.h"
#include "storage/auditlog.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;
using test::child;
using ui::MembersDialog;
using ui::MemberTableModel;

namespace {
int auditCount(CalendarFixture &f, const QString &action)
{
    SqlQuery q(f.db(), "SELECT COUNT(*) FROM audit_events WHERE action = ?");
    return q.exec(action) && q.next() ? q.value(0).toInt() : -1;
}

void addMember(MembersDialog &dialog, const QString &name)
{
    auto *edit = child<QLineEdit>(&dialog, "newMemberEdit");
    edit->setText(name); // keyClicks only types ASCII

    QTest::keyClick(edit, Qt::Key_Return);
}
} // namespace

class TestMembersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void membersAndTheirRolesAreStored()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        MembersDialog dialog(f.appContext());
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, "membersEmptyNote")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "membersEmptyNote")->text().contains("anyone may sign any review"));

        addMember(dialog, "Dr Martin");
        addMember(dialog, "Maître Leroy");
        QCOMPARE(dialog.model()->rowCount(), 2);
        QVERIFY(!child<QLabel>(&dialog, "membersEmptyNote")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "newMemberEdit")->text().isEmpty());

        // Ticking the checkboxes, as a click on the cell does.
        MemberTableModel *model = dialog.model();
        const int martin = 0;
        QVERIFY(model->setData(model->index(martin, 1), Qt::Checked, Qt::CheckStateRole)); // medical
        QTest::qWait(0);
        const int leroy = model->rowOf(MemberRepository(f.db()).member(f.workspace().id, "Maître Leroy")->id);
        QVERIFY(model->setData(model->index(leroy, 2), Qt::Checked, Qt::CheckStateRole)); // legal
        QTest::qWait(0);
        QVERIFY(model->setData(model->index(leroy, 3), Qt::Checked, Qt::CheckStateRole)); // regulatory
        QTest::qWait(0);

        MemberRepository members(f.db());
        QCOMPARE(members.member(f.workspace().id, "Dr Martin")->roles,
                 QList<ReviewRole>{ReviewRole::Medical});
        QCOMPARE(members.member(f.workspace().id, "Maître Leroy")->roles,
                 QList<ReviewRole>({ReviewRole::Legal, ReviewRole::Regulatory}));
        QCOMPARE(auditCount(f, "member.saved"), 5); // two added, three roles ticked
        QVERIFY(AuditLog(f.db()).verify().intact);
        test::saveScreenshot(&dialog, "brands-members-en");
    }

    void renamingAndBadNamesAreRefusedInWords()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        MembersDialog dialog(f.appContext());
        addMember(dialog, "Dr Martin");
        addMember(dialog, "Camille");
        addMember(dialog, "camille ");
        QVERIFY2(dialog.messageText().contains("already a member"), qPrintable(dialog.messageText()));
        addMember(dialog, "   ");
        QVERIFY2(dialog.messageText().contains("name first"), qPrintable(dialog.messageText()));
        QCOMPARE(dialog.model()->rowCount(), 2);

        MemberTableModel *model = dialog.model();
        const int martin = model->rowOf(MemberRepository(f.db()).member(f.workspace().id, "Dr Martin")->id);
        QVERIFY(model->setData(model->index(martin, 0), "Camille"));
        QTest::qWait(0);
        QVERIFY2(dialog.messageText().startsWith("Not saved:"), qPrintable(dialog.messageText()));
        QVERIFY(MemberRepository(f.db()).member(f.workspace().id, "Dr Martin"));
        QCOMPARE(model->index(martin, 0).data().toString(), QString("Dr Martin")); // shown as stored

        QVERIFY(model->setData(model->index(martin, 0), "Dr Anne Martin"));
        QTest::qWait(0);
        QVERIFY(MemberRepository(f.db()).member(f.workspace().id, "Dr Anne Martin"));
        QVERIFY(!MemberRepository(f.db()).member(f.workspace().id, "Dr Martin"));
    }

    void removingAsksFirst()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        MembersDialog dialog(f.appContext());
        addMember(dialog, "Dr Martin");
        bool answer = false;
        QStringList asked;
        dialog.setRemovePrompt([&](QWidget *, const QString &name) {
            asked << name;
            return answer;
        });
        dialog.table()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeMemberButton"), Qt::LeftButton);
        QCOMPARE(asked, QStringList{"Dr Martin"});
        QCOMPARE(MemberRepository(f.db()).members(f.workspace().id).size(), 1);
        answer = true;
        QTest::mouseClick(child<QPushButton>(&dialog, "removeMemberButton"), Qt::LeftButton);
        QVERIFY(MemberRepository(f.db()).members(f.workspace().id).isEmpty());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(auditCount(f, "member.removed"), 1);
        QCOMPARE(dialog.messageText(), QString("Removed Dr Martin."));
    }

    void longLabelsScreenshot()
    {
        test::LongLabelTranslator translator;
        QCoreApplication::installTranslator(&translator);
        {
            CalendarFixture f;
            QVERIFY(f.ok());
            MembersDialog dialog(f.appContext());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            addMember(dialog, "Dr Martin");
            QTest::qWait(20);
            test::saveScreenshot(&dialog, "brands-members-long");
            for (auto *button : dialog.findChildren<QAbstractButton *>()) {
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMembersDialog)
#include "tst_membersdialog.moc"
