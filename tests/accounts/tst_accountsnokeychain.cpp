// No system keychain at all (no D-Bus session bus behind the address): connecting an account
// says so plainly and stores nothing, neither the account nor its secret anywhere else.
// Deliberately NOT run under the keyring wrapper.
#include "networkfixture.h"
#include "storage/workspacerepository.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/accounts/connectaccountdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace vigie;
using test::child;
using test::NetworkFixture;
using ui::AccountsDialog;
using ui::ConnectAccountDialog;

namespace {
void fillMastodon(ConnectAccountDialog *connect, NetworkFixture &f)
{
    connect->selectNetwork(Network::Mastodon);
    child<QLineEdit>(connect, "instanceEdit")->setText(f.mastodon.url().toString());
    child<QRadioButton>(connect, "tokenRadio")->setChecked(true);
    child<QLineEdit>(connect, "tokenEdit")->setText(f.mastodon.token());
}
} // namespace

class TestAccountsNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Also when run by hand: the session bus leads nowhere, so no keychain can answer.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vigie-no-session-bus");
        qputenv("VIGIE_HTTP_TIMEOUT", "5");
    }

    void anUnreachableKeychainStoresNothing()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        AccountsDialog dialog(f.context());
        dialog.show();
        ConnectAccountDialog *connect = dialog.openConnectDialog();
        fillMastodon(connect, f);
        QTest::mouseClick(child<QPushButton>(connect, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!connect->isBusy(), 15000);
        // The network accepted the token; the keychain could not take it, so nothing was kept.
        QVERIFY2(connect->errorText().startsWith(
                     QStringLiteral("Nothing was saved. No system keychain is available")),
                 qPrintable(connect->errorText()));
        QVERIFY(connect->errorText().contains(QStringLiteral("GNOME Keyring or KWallet")));
        QVERIFY(WorkspaceRepository(f.db()).accounts(f.workspace.id).isEmpty());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!f.databaseBytes().contains(f.mastodon.token().toUtf8()));
        test::saveScreenshot(connect, QStringLiteral("accounts-no-keychain"));
    }

    void noKeychainAtAllSaysSoBeforeAskingAnything()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        AccountsDialog dialog(f.context(/*withKeychain=*/false));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, "keychainWarning")->isVisible());
        test::saveScreenshot(&dialog, QStringLiteral("accounts-no-keychain-warning"));
        ConnectAccountDialog *connect = dialog.openConnectDialog();
        QVERIFY(child<QLabel>(connect, "keychainWarning")->isVisible());
        fillMastodon(connect, f);
        f.mastodon.clearRequests();
        QTest::mouseClick(child<QPushButton>(connect, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY(!connect->isBusy());
        QVERIFY2(connect->errorText().startsWith(QStringLiteral("No system keychain is available")),
                 qPrintable(connect->errorText()));
        QVERIFY(f.mastodon.requests().isEmpty()); // the token never left the window
        QVERIFY(WorkspaceRepository(f.db()).accounts(f.workspace.id).isEmpty());
    }
};

QTEST_MAIN(TestAccountsNoKeychain)
#include "tst_accountsnokeychain.moc"
