// Tools › Accounts the way a community manager meets it: connect a Mastodon account with a
// pasted token or through the browser, a Bluesky account with an app password, read statuses in
// words, reconnect, remove. Against the fake servers, with the real system keychain (run inside
// a private D-Bus session with an unlocked gnome-keyring).
#include "calendar/longlabeltranslator.h"
#include "i18n/language.h"
#include "networkfixture.h"
#include "storage/workspacerepository.h"
#include "ui/accounts/accountconnector.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/accounts/connectaccountdialog.h"
#include "ui/inbox/inboxpane.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QtTest>

using namespace vigie;
using test::child;
using test::NetworkFixture;
using ui::AccountListModel;
using ui::AccountsDialog;
using ui::ConnectAccountDialog;

namespace {
QString cell(AccountsDialog &dialog, int row, int column)
{
    return dialog.model()->index(row, column).data().toString();
}

void pasteMastodonToken(ConnectAccountDialog *connect, const QUrl &server, const QString &token)
{
    connect->selectNetwork(Network::Mastodon);
    child<QLineEdit>(connect, "instanceEdit")->setText(server.toString());
    child<QRadioButton>(connect, "tokenRadio")->setChecked(true);
    child<QLineEdit>(connect, "tokenEdit")->setText(token);
}
} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qputenv("VIGIE_HTTP_TIMEOUT", "5");
    }

    void connectsAMastodonAccountWithAPastedToken()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        AccountsDialog dialog(f.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, "noAccountsLabel")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "keychainWarning")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "removeButton")->isEnabled());
        test::saveScreenshot(&dialog, QStringLiteral("accounts-empty"));

        QSignalSpy changed(&dialog, &AccountsDialog::accountsChanged);
        ConnectAccountDialog *connect = dialog.openConnectDialog();
        QVERIFY(QTest::qWaitForWindowExposed(connect));
        // Brands offered: the workspace's own, or none; never a competitor.
        auto *brands = child<QComboBox>(connect, "brandCombo");
        QStringList brandNames;
        for (int i = 0; i < brands->count(); ++i)
            brandNames << brands->itemText(i);
        QCOMPARE(brandNames, (QStringList{"No brand", "Aurora"}));
        QCOMPARE(brands->currentText(), QStringLiteral("Aurora"));
        // The networks come first (the others and the manual channel: tst_connectnetworks).
        auto *networks = child<QListWidget>(connect, "networkList");
        QCOMPARE(networks->item(0)->text(), QStringLiteral("Mastodon"));
        QCOMPARE(networks->item(1)->text(), QStringLiteral("Bluesky"));
        QCOMPARE(child<QLineEdit>(connect, "tokenEdit")->echoMode(), QLineEdit::Password);

        pasteMastodonToken(connect, f.mastodon.url(), f.mastodon.token());
        test::saveScreenshot(connect, QStringLiteral("accounts-connect-mastodon"));
        QTest::mouseClick(child<QPushButton>(connect, "connectButton"), Qt::LeftButton);
        // The check runs in the background: the window shows it is busy and offers to cancel.
        QVERIFY(connect->isBusy());
        QVERIFY(child<QProgressBar>(connect, "busyIndicator")->isVisible());
        QVERIFY(child<QPushButton>(connect, "cancelConnectButton")->isVisible());
        QCOMPARE(child<QLabel>(connect, "busyLabel")->text(),
                 QStringLiteral("Checking the account with Mastodon…"));
        test::saveScreenshot(connect, QStringLiteral("accounts-connect-busy"));

        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, 10000);
        QCOMPARE(changed.count(), 1);
        const QString handle = f.mastodon.ownAccount().acct() + QLatin1Char('@') + f.mastodon.domain();
        QCOMPARE(cell(dialog, 0, AccountListModel::HandleColumn), handle);
        QCOMPARE(cell(dialog, 0, AccountListModel::DisplayNameColumn), QStringLiteral("Vigie Brand"));
        QCOMPARE(cell(dialog, 0, AccountListModel::BrandColumn), QStringLiteral("Aurora"));
        QCOMPARE(cell(dialog, 0, AccountListModel::ServerColumn),
                 QStringLiteral("127.0.0.1:%1").arg(f.mastodon.url().port()));
        QCOMPARE(cell(dialog, 0, AccountListModel::StatusColumn), QStringLiteral("Connected"));
        QCOMPARE(dialog.messageText(), QStringLiteral("%1 on Mastodon is connected.").arg(handle));
        QVERIFY(child<QTableView>(&dialog, "accountTable")->isVisible());

        // The token is in the system keychain, and nowhere in the database files.
        const Account stored = dialog.model()->accounts().first();
        QByteArray secret;
        QVERIFY(f.keychain.read(stored.secretKey, &secret));
        QVERIFY(secret.contains(f.mastodon.token().toUtf8()));
        QVERIFY(!f.databaseBytes().isEmpty());
        QVERIFY(!f.databaseBytes().contains(f.mastodon.token().toUtf8()));
        QCOMPARE(f.account(stored.id).maxLength, 500); // the instance's own limit, for the composer
        test::saveScreenshot(&dialog, QStringLiteral("accounts-one"));
    }

    void connectsABlueskyAccountWithAnAppPassword()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        AccountsDialog dialog(f.context());
        dialog.show();
        ConnectAccountDialog *connect = dialog.openConnectDialog();
        connect->selectNetwork(Network::Bluesky);
        QCOMPARE(child<QLineEdit>(connect, "serviceEdit")->text(), QStringLiteral("https://bsky.social"));
        QCOMPARE(child<QLineEdit>(connect, "appPasswordEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(child<QLabel>(connect, "appPasswordHelp")->text().contains(QStringLiteral("app password")));
        test::saveScreenshot(connect, QStringLiteral("accounts-connect-bluesky"));

        // Nothing typed yet: said inline, nothing asked of the network.
        QTest::mouseClick(child<QPushButton>(connect, "connectButton"), Qt::LeftButton);
        QVERIFY(connect->errorText().contains(QStringLiteral("handle")));
        QVERIFY(!connect->isBusy());

        child<QLineEdit>(connect, "serviceEdit")->setText(f.bluesky.url().toString());
        child<QLineEdit>(connect, "handleEdit")
            ->setText(QStringLiteral("@") + NetworkFixture::kBlueskyHandle);
        child<QLineEdit>(connect, "appPasswordEdit")->setText(NetworkFixture::kBlueskyAppPassword);
        child<QComboBox>(connect, "brandCombo")->setCurrentIndex(0); // no brand
        QTest::mouseClick(child<QPushButton>(connect, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, 10000);
        QCOMPARE(cell(dialog, 0, AccountListModel::HandleColumn), NetworkFixture::kBlueskyHandle);
        QCOMPARE(cell(dialog, 0, AccountListModel::BrandColumn), QStringLiteral("No brand"));
        QCOMPARE(cell(dialog, 0, AccountListModel::DisplayNameColumn), QStringLiteral("Aurora Santé"));
        QVERIFY(!f.databaseBytes().contains(NetworkFixture::kBlueskyAppPassword.toUtf8()));
        QByteArray secret;
        QVERIFY(f.keychain.read(dialog.model()->accounts().first().secretKey, &secret));
        QVERIFY(secret.contains(NetworkFixture::kBlueskyAppPassword.toUtf8()));
    }

    void connectsThroughTheBrowser()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        AccountsDialog dialog(f.context());
        dialog.show();
        ConnectAccountDialog *connect = dialog.openConnectDialog();
        // The "browser" follows the authorization page and its redirect back to Vigie's loopback port.
        QNetworkAccessManager browser;
        QList<QUrl> opened;
        connect->setUrlOpener([&](const QUrl &url) {
            opened << url;
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = browser.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        connect->selectNetwork(Network::Mastodon);
        QVERIFY(child<QRadioButton>(connect, "browserSignInRadio")->isChecked()); // the recommended way
        child<QLineEdit>(connect, "instanceEdit")->setText(f.mastodon.url().toString());
        QTest::mouseClick(child<QPushButton>(connect, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.model()->rowCount(), 1, 10000);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().path(), QStringLiteral("/oauth/authorize"));
        QCOMPARE(f.mastodon.verifiedPkceExchanges(), 1);
        QCOMPARE(cell(dialog, 0, AccountListModel::StatusColumn), QStringLiteral("Connected"));
        // The OAuth client and its token are kept in the keychain, not in the store.
        QByteArray secret;
        QVERIFY(f.keychain.read(dialog.model()->accounts().first().secretKey, &secret));
        const auto credentials = platforms::Credentials::fromJson(secret);
        QVERIFY(!credentials.accessToken.isEmpty());
        QCOMPARE(credentials.clientSecret, f.mastodon.apps().value(0).clientSecret);
        QVERIFY(!f.databaseBytes().contains(credentials.accessToken.toUtf8()));
        QVERIFY(!f.databaseBytes().contains(credentials.clientSecret.toUtf8()));
    }

    void waitingForTheBrowserCanBeCancelled()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        AccountsDialog dialog(f.context());
        dialog.show();
        ConnectAccountDialog *connect = dialog.openConnectDialog();
        QList<QUrl> opened; // the person never approves
        connect->setUrlOpener([&](const QUrl &url) { opened << url; });
        connect->selectNetwork(Network::Mastodon);
        child<QLineEdit>(connect, "instanceEdit")->setText(f.mastodon.url().toString());
        QTest::mouseClick(child<QPushButton>(connect, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(connect->isBusy());
        auto *busy = child<QLabel>(connect, "busyLabel");
        QVERIFY2(busy->text().contains(QStringLiteral("Approve Vigie in the browser")),
                 qPrintable(busy->text()));
        QVERIFY(busy->text().contains(QStringLiteral("/oauth/authorize"))); // a link when no browser opened
        test::saveScreenshot(connect, QStringLiteral("accounts-connect-browser-waiting"));
        QTest::mouseClick(child<QPushButton>(connect, "cancelConnectButton"), Qt::LeftButton);
        QVERIFY(!connect->isBusy());
        QCOMPARE(connect->errorText(), QStringLiteral("Cancelled: nothing was saved."));
        QCOMPARE(dialog.model()->rowCount(), 0);
        // The loopback port Vigie listened on is closed: a late approval reaches nobody.
        QNetworkAccessManager browser;
        const QUrl redirect(
            QUrlQuery(opened.first()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QVERIFY(redirect.isValid() && redirect.port() > 0);
        QNetworkReply *late = browser.get(QNetworkRequest(redirect));
        QTRY_VERIFY(late->isFinished());
        QCOMPARE(late->error(), QNetworkReply::ConnectionRefusedError);
        delete late;
        QTest::qWait(50);
        QCOMPARE(dialog.model()->rowCount(), 0);
    }

    void refusalsAndOutagesAreSaidInWordsAndStoreNothing_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("serverStatus"); // 0 = the server answers normally
        QTest::addColumn<QString>("said");
        QTest::newRow("a wrong token") << "not-the-token" << 0 << "no longer accepts this account's sign-in";
        QTest::newRow("the server fails (500)") << "" << 500 << "temporary problem";
        QTest::newRow("rate limited (429)") << "" << 429 << "slow down";
    }
    void refusalsAndOutagesAreSaidInWordsAndStoreNothing()
    {
        QFETCH(QString, token);
        QFETCH(int, serverStatus);
        QFETCH(QString, said);
        NetworkFixture f;
        QVERIFY(f.ok());
        if (serverStatus != 0) {
            fakes::Fault fault;
            fault.status = serverStatus;
            if (serverStatus == 429)
                fault.headers = {{"Retry-After", "120"}};
            f.mastodon.injectFault("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), fault, 3);
        }
        AccountsDialog dialog(f.context());
        dialog.show();
        ConnectAccountDialog *connect = dialog.openConnectDialog();
        pasteMastodonToken(connect, f.mastodon.url(), token.isEmpty() ? f.mastodon.token() : token);
        QTest::mouseClick(child<QPushButton>(connect, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!connect->isBusy(), 10000);
        QVERIFY2(connect->errorText().contains(said), qPrintable(connect->errorText()));
        QVERIFY(child<QLabel>(connect, "connectError")->isVisible());
        QVERIFY(connect->isVisible()); // stays open to fix it
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(WorkspaceRepository(f.db()).accounts(f.workspace.id).isEmpty());
        test::saveScreenshot(connect, QStringLiteral("accounts-connect-refused"));
    }

    void cancellingForgetsTheAttempt()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        fakes::Fault hang;
        hang.kind = fakes::FaultKind::HangBefore;
        f.mastodon.injectFault("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), hang);
        AccountsDialog dialog(f.context());
        dialog.show();
        ConnectAccountDialog *connect = dialog.openConnectDialog();
        connect->connector()->setTimeout(std::chrono::milliseconds(800));
        pasteMastodonToken(connect, f.mastodon.url(), f.mastodon.token());
        QTest::mouseClick(child<QPushButton>(connect, "connectButton"), Qt::LeftButton);
        QVERIFY(connect->isBusy());
        QTRY_VERIFY(f.mastodon.requestCount("GET", QStringLiteral("/api/v1/accounts/verify_credentials")) >
                    0);
        QTest::mouseClick(child<QPushButton>(connect, "cancelConnectButton"), Qt::LeftButton);
        QVERIFY(!connect->isBusy());
        QCOMPARE(connect->errorText(), QStringLiteral("Cancelled: nothing was saved."));
        QVERIFY(child<QPushButton>(connect, "connectButton")->isEnabled());
        QTest::qWait(1200); // past the transport's timeout: the worker has ended
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(WorkspaceRepository(f.db()).accounts(f.workspace.id).isEmpty());
    }

    void statusesReconnectAndRemove()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        const Account mastodon = f.connectMastodon();
        const Account bluesky = f.connectBluesky();
        QVERIFY(mastodon.id && bluesky.id);
        WorkspaceRepository repo(f.db());
        const QString reason = QStringLiteral("The network no longer accepts this account's sign-in.");
        QVERIFY(repo.updateAccountStatus(mastodon.id, AccountStatus::NeedsReconnect, {}, reason));
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(
            repo.updateAccountStatus(bluesky.id, AccountStatus::RateLimited, until, QStringLiteral("slow")));

        AccountsDialog dialog(f.context());
        dialog.resize(900, 360);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int mastodonRow = dialog.model()->rowOf(mastodon.id);
        const int blueskyRow = dialog.model()->rowOf(bluesky.id);
        QCOMPARE(cell(dialog, mastodonRow, AccountListModel::StatusColumn),
                 QStringLiteral("Needs reconnect"));
        QCOMPARE(cell(dialog, blueskyRow, AccountListModel::StatusColumn),
                 QStringLiteral("Rate limited until %1")
                     .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
        // The selected account's reason, in full, under the list.
        dialog.selectAccount(mastodon.id);
        auto *detail = child<QLabel>(&dialog, "statusDetail");
        QVERIFY(detail->isVisible());
        QVERIFY2(detail->text().contains(reason), qPrintable(detail->text()));
        test::saveScreenshot(&dialog, QStringLiteral("accounts-statuses"));

        // Reconnect with a token: the account is connected again, its row and secret kept.
        ConnectAccountDialog *reconnect = dialog.openReconnectDialog();
        QVERIFY(reconnect);
        QVERIFY(QTest::qWaitForWindowExposed(reconnect));
        QVERIFY(!child<QListWidget>(reconnect, "networkList")->isVisible());
        QVERIFY(child<QLineEdit>(reconnect, "instanceEdit")->isReadOnly());
        test::saveScreenshot(reconnect, QStringLiteral("accounts-reconnect"));
        child<QRadioButton>(reconnect, "tokenRadio")->setChecked(true);
        child<QLineEdit>(reconnect, "tokenEdit")->setText(f.mastodon.token());
        QTest::mouseClick(child<QPushButton>(reconnect, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(dialog, dialog.model()->rowOf(mastodon.id), AccountListModel::StatusColumn),
            QStringLiteral("Connected"), 10000);
        QCOMPARE(f.account(mastodon.id).status, AccountStatus::Connected);
        QCOMPARE(dialog.model()->rowCount(), 2);

        // Remove asks first (and says the inbox goes with it); "no" keeps everything.
        int asked = 0;
        dialog.setRemovePrompt([&](QWidget *, const Account &account) {
            ++asked;
            return account.id == bluesky.id && asked > 1;
        });
        dialog.selectAccount(bluesky.id);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QVERIFY(!repo.account(bluesky.id));
        QByteArray secret;
        const Status gone = f.keychain.read(bluesky.secretKey, &secret);
        QVERIFY(!gone);
        QVERIFY2(gone.error().contains(QStringLiteral("missing")), qPrintable(gone.error()));
        QVERIFY(dialog.messageText().contains(QStringLiteral("was removed")));
    }

    void screenshotsInFrench()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.connectMastodon().id);
        QVERIFY(f.connectBluesky().id);
        QVERIFY(installTranslations(QStringLiteral("fr")));
        {
            AccountsDialog dialog(f.context());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            test::saveScreenshot(&dialog, QStringLiteral("accounts-fr"));
            ConnectAccountDialog *connect = dialog.openConnectDialog();
            QVERIFY(QTest::qWaitForWindowExposed(connect));
            test::saveScreenshot(connect, QStringLiteral("accounts-connect-fr"));
            connect->selectNetwork(Network::Bluesky);
            test::saveScreenshot(connect, QStringLiteral("accounts-connect-bluesky-fr"));
        }
        QVERIFY(installTranslations(QStringLiteral("en")));
    }

    // Every string about a third longer, as French tends to be: nothing is cut off.
    void longLabelsAreNotClipped()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        QVERIFY(f.connectMastodon().id);
        test::LongLabelTranslator translator;
        QCoreApplication::installTranslator(&translator);
        {
            AccountsDialog dialog(f.context());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            ConnectAccountDialog *connect = dialog.openConnectDialog();
            QVERIFY(QTest::qWaitForWindowExposed(connect));
            test::saveScreenshot(&dialog, QStringLiteral("accounts-long-labels"));
            for (const Network network : {Network::Mastodon, Network::Bluesky, Network::X, Network::Facebook,
                                          Network::Instagram, Network::LinkedIn, Network::Manual}) {
                connect->selectNetwork(network);
                QTest::qWait(20);
                test::saveScreenshot(connect,
                                     QStringLiteral("accounts-connect-long-labels-%1").arg(int(network)));
                for (QWidget *window : {static_cast<QWidget *>(&dialog), static_cast<QWidget *>(connect)}) {
                    for (auto *button : window->findChildren<QAbstractButton *>()) {
                        if (button->isVisible())
                            QVERIFY2(button->width() >= button->sizeHint().width(),
                                     qPrintable(button->text()));
                    }
                    for (auto *label : window->findChildren<QLabel *>()) {
                        if (label->isVisible() && !label->wordWrap())
                            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
                    }
                }
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void theMainWindowOpensItFromTheToolsMenu()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        ui::MainWindow window(f.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("accountsAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Accounts…"));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QVERIFY(window.menuBar()->actions().value(2)->menu()->actions().contains(action)); // under Tools
        QVERIFY(!window.findChild<AccountsDialog *>());
        action->trigger();
        auto *dialog = window.findChild<AccountsDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        action->trigger(); // once is enough: the open one comes forward
        QCOMPARE(window.findChildren<AccountsDialog *>().size(), 1);
        // Connecting an account refreshes the panes: the inbox no longer asks to connect one.
        QVERIFY(f.connectMastodon().id);
        emit dialog->accountsChanged();
        QVERIFY(!window.inboxPane()
                     ->findChild<QLabel *>(QStringLiteral("inboxEmptyState"))
                     ->text()
                     .contains(QStringLiteral("Connect an account")));
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
