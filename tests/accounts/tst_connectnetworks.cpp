// Tools › Accounts › Connect for the networks beyond Mastodon and Bluesky, as a community manager
// meets them: X, Facebook, Instagram and LinkedIn with pasted tokens (against a local server
// answering each network's documented sign-in call), a manual channel with only a name, Google+
// with only a notice; and the accounts list saying when a token expires. A network whose folder
// is not in this build must say "not available in this build" — checked, not skipped — and its
// sign-in tests are skipped. Runs with a real private keychain (KEYRING).
#include "accounts/accountservice.h"
#include "i18n/language.h"
#include "networkfixture.h"
#include "platforms/registry/platformregistry.h"
#include "signinfake.h"
#include "storage/workspacerepository.h"
#include "ui/accounts/accountconnector.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountnotice.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/accounts/connectaccountdialog.h"
#include "ui/accounts/manualchannelpage.h"
#include "ui/accounts/tokenconnectpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

using namespace vigie;
using test::child;
using test::NetworkFixture;
using test::SignInFake;
using ui::AccountListModel;
using ui::AccountsDialog;
using ui::ConnectAccountDialog;
using ui::TokenConnectPage;

namespace {
const QList<Network> kTokenNetworks{Network::X, Network::Facebook, Network::Instagram, Network::LinkedIn};

void addTokenNetworkRows()
{
    QTest::addColumn<int>("network");
    for (Network n : kTokenNetworks)
        QTest::newRow(qPrintable(networkKey(n))) << int(n);
}

// Fills the network's form with what connects the fake's account; required fields last, so the
// Connect button is checked just before and after the form is complete.
void fillTokenForm(TokenConnectPage *page, const QString &token, QPushButton *connect, bool *enabledBefore)
{
    switch (page->network()) {
    case Network::X:
        child<QRadioButton>(page, "xTokenRadio")->setChecked(true); // the browser sign-in is the default
        child<QLineEdit>(page, "xRefreshTokenEdit")->setText(SignInFake::kRefreshToken);
        child<QLineEdit>(page, "xClientIdEdit")->setText(QStringLiteral("TXlDbGllbnRJZDpjaQ"));
        *enabledBefore = connect->isEnabled();
        child<QLineEdit>(page, "xAccessTokenEdit")->setText(token);
        break;
    case Network::Facebook:
    case Network::Instagram:
        *enabledBefore = connect->isEnabled();
        child<QLineEdit>(page, "pageTokenEdit")->setText(token);
        break;
    case Network::LinkedIn:
        child<QLineEdit>(page, "linkedinAccessTokenEdit")->setText(token);
        *enabledBefore = connect->isEnabled();
        child<QLineEdit>(page, "organizationEdit")
            ->setText(QStringLiteral("urn:li:organization:") + SignInFake::kOrganizationId);
        break;
    default:
        break;
    }
}

// An account stored as AccountService stores one after its sign-in (the network's answer
// stood in for), with its token's expiry and, or not, a refresh token in the keychain.
Account storeAccount(NetworkFixture &f, Network network, const QString &name, const QDateTime &expires,
                     bool refreshToken)
{
    AccountDraft draft;
    draft.workspaceId = f.workspace.id;
    draft.brandId = f.aurora.id;
    draft.network = network;
    AccountService::Verified verified;
    verified.profile.remoteUserId =
        network == Network::X ? SignInFake::kXUserId : SignInFake::kOrganizationId;
    verified.profile.handle = name;
    verified.profile.displayName = name;
    verified.serverUrl = platforms::defaultBaseUrl(network);
    verified.credentials.accessToken = QStringLiteral("token-of-") + name;
    verified.credentials.accessExpiresAt = expires;
    if (refreshToken)
        verified.credentials.refreshToken = QStringLiteral("refresh-of-") + name;
    Account account;
    AccountService(f.db(), f.keychain).store(draft, verified, &account);
    return account;
}

Account accountWithToken(Id id, const QString &handle, const QDateTime &expires)
{
    Account account;
    account.id = id;
    account.network = Network::LinkedIn;
    account.handle = handle;
    account.baseUrl = QStringLiteral("https://api.linkedin.com");
    account.tokenExpiresAt = expires;
    return account;
}
} // namespace

class TestConnectNetworks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(installTranslations(QStringLiteral("en"))); // English plurals ("1 day", "9 days")
        qputenv("VIGIE_HTTP_TIMEOUT", "5");
    }

    void everyNetworkIsListedWithManualAndGooglePlusLast()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        ConnectAccountDialog dialog(f.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *networks = child<QListWidget>(&dialog, "networkList");
        QStringList names;
        for (int row = 0; row < networks->count(); ++row) {
            names << networks->item(row)->text();
            // Every entry can be picked: one that cannot connect says why on its page.
            QVERIFY(networks->item(row)->flags() & Qt::ItemIsEnabled);
        }
        QCOMPARE(names.size(), 8);
        QCOMPARE(names.mid(6), (QStringList{"Manual channel", "Google+"}));
        for (Network n : {Network::Mastodon, Network::Bluesky, Network::X, Network::Facebook,
                          Network::Instagram, Network::LinkedIn})
            QVERIFY2(names.contains(networkDisplayName(n)), qPrintable(networkDisplayName(n)));
        // Those this build can connect come first.
        bool seenUnavailable = false;
        for (int row = 0; row < 6; ++row) {
            const bool available =
                platforms::hasAdapter(Network(networks->item(row)->data(Qt::UserRole).toInt()));
            QVERIFY2(!(available && seenUnavailable), qPrintable(names.at(row)));
            seenUnavailable |= !available;
        }
    }

    void googlePlusOnlySaysItClosed()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        ConnectAccountDialog dialog(f.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectGooglePlus();
        QCOMPARE(dialog.selectedNetwork(), Network::Unknown);
        auto *notice = child<QLabel>(&dialog, "googlePlusNotice");
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(),
                 QStringLiteral(
                     "Google+ closed in April 2019 and its API in March 2019: no connection is possible."));
        QVERIFY(!child<QPushButton>(&dialog, "connectButton")->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, "brandCombo")->isVisible()); // nothing to file under a brand
        test::saveScreenshot(&dialog, QStringLiteral("accounts-connect-googleplus"));
    }

    // Picking each network shows its form; Connect waits for the required fields; secrets are
    // typed blind. A network absent from this build says so and cannot be connected.
    void eachFormEnablesConnectOnceComplete_data() { addTokenNetworkRows(); }
    void eachFormEnablesConnectOnceComplete()
    {
        QFETCH(int, network);
        const Network n = Network(network);
        NetworkFixture f;
        QVERIFY(f.ok());
        ConnectAccountDialog dialog(f.context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectNetwork(n);
        QCOMPARE(dialog.selectedNetwork(), n);
        auto *connect = child<QPushButton>(&dialog, "connectButton");
        if (!platforms::hasAdapter(n)) {
            auto *text = child<QLabel>(&dialog, "unavailableNetworkText");
            QVERIFY(text->isVisible());
            QVERIFY2(text->text().contains("not available in this build"), qPrintable(text->text()));
            QVERIFY(!connect->isEnabled());
            return;
        }
        TokenConnectPage *page = dialog.tokenPage(n);
        QVERIFY(page && page->isVisible());
        QVERIFY(!connect->isEnabled());
        for (auto *edit : page->findChildren<QLineEdit *>()) {
            if (edit->objectName().contains("Token"))
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
        }
        QVERIFY(!child<QLabel>(page, "tokenHint")->text().isEmpty()); // where to get the token
        bool enabledBefore = true;
        fillTokenForm(page, QStringLiteral("tok"), connect, &enabledBefore);
        QVERIFY(!enabledBefore);
        QVERIFY(connect->isEnabled());
        if (n == Network::LinkedIn) {
            const QDate today = QDate::currentDate();
            QCOMPARE(child<QDateEdit>(page, "expiryDateEdit")->date(), today.addDays(60));
            QVERIFY(child<QDateEdit>(page, "expiryDateEdit")->minimumDate() > today); // never in the past
            child<QLineEdit>(page, "organizationEdit")->setText("aurora-sante");
            QTest::mouseClick(connect, Qt::LeftButton);
            QVERIFY2(dialog.errorText().contains("organization's number"), qPrintable(dialog.errorText()));
            QVERIFY(!dialog.isBusy());
        }
        if (n == Network::X) { // the browser sign-in stays one click away
            auto *browser = child<QRadioButton>(page, "xBrowserSignInRadio");
            QVERIFY(browser->isVisible());
            QVERIFY(browser->isEnabled());
            QVERIFY(child<QRadioButton>(page, "xTokenRadio")->isChecked());
        }
    }

    // X's default: the browser sign-in with the app's client id. Connect opens X's consent page
    // (PKCE S256, the loopback callback X must know) and waits; Cancel stops listening.
    void xSignsInWithTheBrowser()
    {
        if (!platforms::hasAdapter(Network::X))
            QSKIP("this build has no X adapter");
        NetworkFixture f;
        QVERIFY(f.ok());
        ConnectAccountDialog dialog(f.context());
        QList<QUrl> opened;
        dialog.setUrlOpener([&](const QUrl &url) { opened << url; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectNetwork(Network::X);
        TokenConnectPage *page = dialog.tokenPage(Network::X);
        QVERIFY(child<QRadioButton>(page, "xBrowserSignInRadio")->isChecked());
        auto *connect = child<QPushButton>(&dialog, "connectButton");
        QVERIFY(!connect->isEnabled()); // no client id yet
        child<QLineEdit>(page, "xClientIdEdit")->setText(QStringLiteral("TXlDbGllbnRJZDpjaQ"));
        QVERIFY(connect->isEnabled());
        QTest::mouseClick(connect, Qt::LeftButton);
        QTRY_COMPARE(opened.size(), 1);
        const QUrl consent = opened.first();
        QCOMPARE(consent.host(), QStringLiteral("x.com"));
        const QUrlQuery query(consent);
        QCOMPARE(query.queryItemValue("client_id"), QStringLiteral("TXlDbGllbnRJZDpjaQ"));
        QCOMPARE(query.queryItemValue("code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue("redirect_uri", QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:8719/callback"));
        QVERIFY(query.queryItemValue("scope", QUrl::FullyDecoded).contains("offline.access"));
        QVERIFY(dialog.isBusy());
        QVERIFY2(child<QLabel>(&dialog, "busyLabel")->text().contains("Approve Vigie in the browser"),
                 qPrintable(child<QLabel>(&dialog, "busyLabel")->text()));
        dialog.close(); // Cancel: nothing saved, the loopback port closed
        QVERIFY(WorkspaceRepository(f.db()).accounts(f.workspace.id).isEmpty());
        QTcpServer again;
        QVERIFY2(again.listen(QHostAddress::LocalHost, 8719), "the callback port is free again");
    }

    void connectsWithPastedTokens_data() { addTokenNetworkRows(); }
    void connectsWithPastedTokens()
    {
        QFETCH(int, network);
        const Network n = Network(network);
        if (!platforms::hasAdapter(n))
            QSKIP("this build has no adapter for the network");
        NetworkFixture f;
        QVERIFY(f.ok());
        SignInFake server(n);
        QVERIFY(!server.start().isEmpty());
        AccountsDialog accounts(f.context());
        accounts.show();
        ConnectAccountDialog *dialog = accounts.openConnectDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->selectNetwork(n);
        TokenConnectPage *page = dialog->tokenPage(n);
        page->setApiUrl(server.url().toString());
        bool enabledBefore = true;
        auto *connect = child<QPushButton>(dialog, "connectButton");
        fillTokenForm(page, server.token(), connect, &enabledBefore);
        QTest::mouseClick(connect, Qt::LeftButton);
        QVERIFY(dialog->isBusy()); // checked in the background; the window stays usable
        QTRY_COMPARE_WITH_TIMEOUT(accounts.model()->rowCount(), 1, 10000);
        const Account stored = accounts.model()->accounts().first();
        QCOMPARE(stored.network, n);
        QCOMPARE(stored.baseUrl, server.url().toString());
        QVERIFY(!stored.remoteUserId.isEmpty());
        QVERIFY(!f.databaseBytes().contains(server.token().toUtf8()));
        QByteArray secret;
        QVERIFY(f.keychain.read(stored.secretKey, &secret));
        const auto credentials = platforms::Credentials::fromJson(secret);
        QCOMPARE(credentials.accessToken, server.token());
        if (n == Network::LinkedIn)
            QCOMPARE(credentials.accessExpiresAt.toLocalTime().date(), QDate::currentDate().addDays(60));
        if (n == Network::X)
            QCOMPARE(credentials.clientId, QStringLiteral("TXlDbGllbnRJZDpjaQ"));
    }

    void aRefusedTokenIsSaidInWordsAndCancelWorks()
    {
        QList<Network> available;
        for (Network n : {Network::Facebook, Network::LinkedIn, Network::Instagram, Network::X})
            if (platforms::hasAdapter(n))
                available << n;
        if (available.isEmpty())
            QSKIP("this build has none of the token networks");
        const Network n = available.first();
        NetworkFixture f;
        QVERIFY(f.ok());
        SignInFake server(n);
        QVERIFY(!server.start().isEmpty());
        ConnectAccountDialog dialog(f.context());
        dialog.show();
        dialog.selectNetwork(n);
        dialog.tokenPage(n)->setApiUrl(server.url().toString());
        auto *connect = child<QPushButton>(&dialog, "connectButton");
        bool enabledBefore = true;
        fillTokenForm(dialog.tokenPage(n), QStringLiteral("a-revoked-token"), connect, &enabledBefore);
        if (n == Network::X) // with a good refresh token Vigie would renew the access token itself
            child<QLineEdit>(dialog.tokenPage(n), "xRefreshTokenEdit")->setText("a-revoked-refresh-token");
        QTest::mouseClick(connect, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        QVERIFY2(dialog.errorText().contains(networkDisplayName(n) + " refused to connect"),
                 qPrintable(dialog.errorText()));
        test::saveScreenshot(&dialog, QStringLiteral("accounts-connect-token-refused"));

        // A server that never answers: Cancel gives the window back at once and stores nothing.
        fakes::Fault hang;
        hang.kind = fakes::FaultKind::HangBefore;
        server.injectFault("GET", QStringLiteral(".*"), hang, 10);
        dialog.connector()->setTimeout(std::chrono::milliseconds(800));
        fillTokenForm(dialog.tokenPage(n), server.token(), connect, &enabledBefore);
        QTest::mouseClick(connect, Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY(!server.requests().isEmpty());
        QTest::mouseClick(child<QPushButton>(&dialog, "cancelConnectButton"), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.errorText(), QStringLiteral("Cancelled: nothing was saved."));
        QVERIFY(connect->isEnabled());
        QTest::qWait(1200); // past the transport's timeout: the worker has ended
        QVERIFY(WorkspaceRepository(f.db()).accounts(f.workspace.id).isEmpty());
    }

    // No keychain at all: a manual channel has no secret, so it is created anyway.
    void aManualChannelIsStoredWithoutTheKeychain()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        AccountsDialog accounts(f.context(false));
        accounts.show();
        ConnectAccountDialog *dialog = accounts.openConnectDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->selectNetwork(Network::Manual);
        auto *connect = child<QPushButton>(dialog, "connectButton");
        QVERIFY(!connect->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "publicCheck")->isVisible()); // the page asks it its own way
        child<QLineEdit>(dialog, "communityUrlEdit")->setText("www.sermo.com");
        QVERIFY(!connect->isEnabled());
        child<QLineEdit>(dialog, "communityNameEdit")->setText("Sermo");
        child<QCheckBox>(dialog, "professionalOnlyCheck")->setChecked(true);
        QVERIFY(connect->isEnabled());
        test::saveScreenshot(dialog, QStringLiteral("accounts-connect-manual"));
        QTest::mouseClick(connect, Qt::LeftButton);
        QCOMPARE(accounts.model()->rowCount(), 1);
        const Account stored = f.account(accounts.model()->accounts().first().id);
        QCOMPARE(stored.network, Network::Manual);
        QCOMPARE(stored.handle, QStringLiteral("Sermo"));
        QCOMPARE(stored.baseUrl, QStringLiteral("https://www.sermo.com"));
        QVERIFY(!stored.isPublic);
        QVERIFY(stored.secretKey.isEmpty());
        QCOMPARE(stored.brandId, f.aurora.id);
        QVERIFY2(accounts.messageText().contains("manual channel Sermo"), qPrintable(accounts.messageText()));
        const QModelIndex status =
            child<QTableView>(&accounts, "accountTable")->model()->index(0, AccountListModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Manual — you publish, Vigie reminds you"));
        QVERIFY(!child<QPushButton>(&accounts, "reconnectButton")->isEnabled()); // nothing to sign in again
        // Removing it needs no keychain either.
        accounts.setRemovePrompt([](QWidget *, const Account &) { return true; });
        QTest::mouseClick(child<QPushButton>(&accounts, "removeButton"), Qt::LeftButton);
        QCOMPARE(accounts.model()->rowCount(), 0);
        QVERIFY(WorkspaceRepository(f.db()).accounts(f.workspace.id).isEmpty());
    }

    void theListSaysWhenATokenExpires_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<bool>("mustReconnect"); // false: a refresh token renews it (X)
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        // Today is Thursday 26 November 2026 at noon in Paris.
        QTest::newRow("in 9 days") << 9 << true << "Expires in 9 days — reconnect before 5 December"
                                   << int(ui::AccountNotice::Warning);
        QTest::newRow("in 14 days") << 14 << true << "Expires in 14 days — reconnect before 10 December"
                                    << int(ui::AccountNotice::Warning);
        QTest::newRow("tomorrow") << 1 << true << "Expires in 1 day — reconnect before 27 November"
                                  << int(ui::AccountNotice::Warning);
        QTest::newRow("in 15 days") << 15 << true << "Connected — token valid until 11 December"
                                    << int(ui::AccountNotice::Info);
        QTest::newRow("next year") << 60 << true << "Connected — token valid until 25 January 2027"
                                   << int(ui::AccountNotice::Info);
        QTest::newRow("expired") << -2 << true << "Token expired on 24 November — reconnect"
                                 << int(ui::AccountNotice::Expired);
        QTest::newRow("renews itself") << 0 << false << "Connected" << int(ui::AccountNotice::None);
    }
    void theListSaysWhenATokenExpires()
    {
        QFETCH(int, daysLeft);
        QFETCH(bool, mustReconnect);
        QFETCH(QString, text);
        QFETCH(int, level);
        const QDateTime now(QDate(2026, 11, 26), QTime(11, 0), Qt::UTC);
        FixedClock clock(now);
        AccountListModel model(clock);
        ui::AccountNoticeProxy notices(clock);
        notices.setSourceModel(&model);
        model.setAccounts({accountWithToken(1, "aurora", now.addDays(daysLeft).addSecs(3600))}, {});
        notices.setAccountsToReconnect(mustReconnect ? QSet<Id>{1} : QSet<Id>{});
        const QModelIndex status = notices.index(0, AccountListModel::StatusColumn);
        QCOMPARE(status.data().toString(), text);
        QCOMPARE(status.data(ui::AccountNoticeProxy::NoticeLevelRole).toInt(), level);
        QCOMPARE(status.data(Qt::FontRole).value<QFont>().bold(), level >= ui::AccountNotice::Warning);
        // The rest of the row is the list's own.
        QCOMPARE(notices.index(0, AccountListModel::HandleColumn).data().toString(),
                 QStringLiteral("aurora"));
    }

    void aStatusProblemSaysMoreThanAnExpiryDate()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(11, 0), Qt::UTC);
        Account account = accountWithToken(1, "aurora", now.addDays(3));
        QCOMPARE(ui::AccountNotice::of(account, now, true).level, ui::AccountNotice::Warning);
        account.status = AccountStatus::NeedsReconnect;
        QCOMPARE(ui::AccountNotice::of(account, now, true).level, ui::AccountNotice::None);
    }

    // The accounts dialog reads the expiry stored with the account and asks the keychain whether
    // the token can renew itself: a LinkedIn token without a refresh token 9 days from its end is
    // announced, an X token with one is not.
    void theAccountsDialogWarnsTwoWeeksBeforeAnExpiry()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Account linkedin = storeAccount(f, Network::LinkedIn, "Aurora Santé", now.addDays(9), false);
        const Account x = storeAccount(f, Network::X, "AuroraSante", now.addSecs(3600), true);
        QVERIFY(linkedin.id && x.id);
        AccountsDialog accounts(f.context());
        accounts.resize(980, 360);
        accounts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&accounts));
        const auto *table = child<QTableView>(&accounts, "accountTable");
        const auto status = [&](Id id) {
            return table->model()
                ->index(accounts.model()->rowOf(id), AccountListModel::StatusColumn)
                .data()
                .toString();
        };
        const QDate expiry = now.addDays(9).toLocalTime().date();
        QCOMPARE(status(linkedin.id),
                 QStringLiteral("Expires in 9 days — reconnect before %1")
                     .arg(QLocale().toString(expiry, expiry.year() == QDate::currentDate().year()
                                                         ? QStringLiteral("d MMMM")
                                                         : QStringLiteral("d MMMM yyyy"))));
        QCOMPARE(status(x.id), QStringLiteral("Connected"));
        accounts.selectAccount(linkedin.id);
        auto *detail = child<QLabel>(&accounts, "statusDetail");
        QVERIFY(detail->isVisible()); // the warning in full, under the list
        QVERIFY2(detail->text().contains("reconnect the account before"), qPrintable(detail->text()));
        test::saveScreenshot(&accounts, QStringLiteral("accounts-expiry"));
    }

    void screenshotsOfEachForm_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("fr") << "fr";
    }
    void screenshotsOfEachForm()
    {
        QFETCH(QString, language);
        NetworkFixture f;
        QVERIFY(f.ok());
        QVERIFY(installTranslations(language));
        const QString suffix = language == QLatin1String("en") ? QString() : QStringLiteral("-") + language;
        {
            ConnectAccountDialog dialog(f.context());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (Network n : kTokenNetworks) {
                dialog.selectNetwork(n);
                test::saveScreenshot(&dialog,
                                     QStringLiteral("accounts-connect-%1%2").arg(networkKey(n), suffix));
            }
            dialog.selectNetwork(Network::Manual);
            test::saveScreenshot(&dialog, QStringLiteral("accounts-connect-manual-empty%1").arg(suffix));
            dialog.selectGooglePlus();
            test::saveScreenshot(&dialog, QStringLiteral("accounts-connect-googleplus%1").arg(suffix));
            // Nothing visible is cut off.
            for (auto *button : dialog.findChildren<QAbstractButton *>())
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(storeAccount(f, Network::LinkedIn, "Aurora Santé", now.addDays(9), false).id);
            Account manual;
            QVERIFY(ui::createManualChannel(f.context(), f.aurora.id, "Sermo", "https://www.sermo.com", true,
                                            &manual));
            AccountsDialog accounts(f.context());
            accounts.resize(980, 360);
            accounts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&accounts));
            test::saveScreenshot(&accounts, QStringLiteral("accounts-expiry-manual%1").arg(suffix));
        }
        QVERIFY(installTranslations(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestConnectNetworks)
#include "tst_connectnetworks.moc"
