// The accounts list as the dialog shows it: every column, the status in words as time passes.
#include "ui/accounts/accountlistmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace vigie;
using ui::AccountListModel;

class TestAccountListModel : public QObject
{
    Q_OBJECT

    // Noon UTC on a fixed day; statuses are read against it.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc())};

    Account account(Id id, AccountStatus status = AccountStatus::Connected) const
    {
        Account a;
        a.id = id;
        a.workspaceId = 1;
        a.brandId = 7;
        a.network = Network::Mastodon;
        a.handle = QStringLiteral("aurora@piaille.fr");
        a.displayName = QStringLiteral("Aurora Santé");
        a.baseUrl = QStringLiteral("https://piaille.fr");
        a.status = status;
        return a;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qputenv("TZ", "Europe/Paris"); // "local time" below is Paris time
    }

    void passesTheModelTester()
    {
        AccountListModel model(m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts({account(1), account(2, AccountStatus::NeedsReconnect)},
                          {{7, QStringLiteral("Aurora")}});
        model.refreshStatuses();
        model.setAccounts({}, {});
        model.setAccounts({account(3)}, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(AccountListModel::ColumnCount));
    }

    void showsEveryColumnInWords()
    {
        AccountListModel model(m_clock);
        Account noBrand = account(2);
        noBrand.brandId = 0;
        noBrand.network = Network::Bluesky;
        noBrand.handle = QStringLiteral("aurora.test");
        noBrand.baseUrl = QStringLiteral("http://127.0.0.1:2583");
        model.setAccounts({account(1), noBrand}, {{7, QStringLiteral("Aurora")}});
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, AccountListModel::HandleColumn), QStringLiteral("aurora@piaille.fr"));
        QCOMPARE(text(0, AccountListModel::DisplayNameColumn), QStringLiteral("Aurora Santé"));
        QCOMPARE(text(0, AccountListModel::BrandColumn), QStringLiteral("Aurora"));
        QCOMPARE(text(0, AccountListModel::ServerColumn), QStringLiteral("piaille.fr"));
        QCOMPARE(text(0, AccountListModel::StatusColumn), QStringLiteral("Connected"));
        QCOMPARE(text(1, AccountListModel::BrandColumn), QStringLiteral("No brand"));
        QCOMPARE(text(1, AccountListModel::ServerColumn), QStringLiteral("127.0.0.1:2583"));
        QVERIFY(
            !model.index(0, AccountListModel::HandleColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(1, 0).data(AccountListModel::NetworkRole).toInt(), int(Network::Bluesky));
        QCOMPARE(model.index(1, 0).data(AccountListModel::AccountIdRole).toLongLong(), Id(2));
        QCOMPARE(model.headerData(AccountListModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);
    }

    void statusInWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QDateTime>("rateLimitedUntil");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonContains");
        const QDateTime now = m_clock.now();
        QTest::newRow("connected") << int(AccountStatus::Connected) << QDateTime() << QString() << "Connected"
                                   << "";
        QTest::newRow("needs reconnect, with the reason")
            << int(AccountStatus::NeedsReconnect) << QDateTime()
            << QStringLiteral("The network no longer accepts this account's sign-in.") << "Needs reconnect"
            << "no longer accepts";
        QTest::newRow("needs reconnect, no reason stored")
            << int(AccountStatus::NeedsReconnect) << QDateTime() << QString() << "Needs reconnect"
            << "Reconnect";
        // 13:35 UTC is 14:35 in Paris in November (noon UTC is 13:00 there).
        QTest::newRow("rate limited, local time") << int(AccountStatus::RateLimited) << now.addSecs(95 * 60)
                                                  << QString() << "Rate limited until 14:35"
                                                  << "slow down";
        QTest::newRow("rate limit passed: connected again")
            << int(AccountStatus::RateLimited) << now.addSecs(-60) << QString() << "Connected"
            << "";
        QTest::newRow("rate limited until tomorrow") << int(AccountStatus::RateLimited) << now.addDays(1)
                                                     << QString() << "Rate limited until 27/11/2026 13:00"
                                                     << "slow down";
        QTest::newRow("disconnected")
            << int(AccountStatus::Disconnected) << QDateTime() << QString() << "Disconnected"
            << "Reconnect it";
    }
    void statusInWords()
    {
        QFETCH(int, status);
        QFETCH(QDateTime, rateLimitedUntil);
        QFETCH(QString, detail);
        QFETCH(QString, text);
        QFETCH(QString, reasonContains);
        Account a = account(1, AccountStatus(status));
        a.rateLimitedUntil = rateLimitedUntil;
        a.statusDetail = detail;
        AccountListModel model(m_clock);
        model.setAccounts({a}, {});
        const QModelIndex statusIndex = model.index(0, AccountListModel::StatusColumn);
        QCOMPARE(statusIndex.data().toString(), text);
        const QString reason = statusIndex.data(AccountListModel::StatusReasonRole).toString();
        if (reasonContains.isEmpty())
            QVERIFY2(reason.isEmpty(), qPrintable(reason));
        else
            QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
        // The tooltip carries the reason too, for a pointer resting on the cell.
        QVERIFY(statusIndex.data(Qt::ToolTipRole).toString().startsWith(text));
    }

    void aRateLimitEndsAsTheClockMoves()
    {
        Account a = account(1, AccountStatus::RateLimited);
        a.rateLimitedUntil = m_clock.now().addSecs(10 * 60);
        AccountListModel model(m_clock);
        model.setAccounts({a}, {});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(0, AccountListModel::StatusColumn).data().toString(),
                 QStringLiteral("Rate limited until 13:10")); // 12:10 UTC in Paris
        const QDateTime before = m_clock.now();
        m_clock.advanceSecs(11 * 60);
        model.refreshStatuses();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, AccountListModel::StatusColumn).data().toString(),
                 QStringLiteral("Connected"));
        QCOMPARE(model.index(0, 0).data(AccountListModel::StatusRole).toInt(), int(AccountStatus::Connected));
        m_clock.set(before);
    }
};

QTEST_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
