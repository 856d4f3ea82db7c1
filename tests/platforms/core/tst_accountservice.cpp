// Connecting accounts: what is stored where, and which answers change an account's status.
// Runs inside a private D-Bus session with an unlocked gnome-keyring (KEYRING in CMake).
#include "accounts/accountservice.h"
#include "fakes/mastodon/fakemastodonserver.h"
#include "secrets/secretstore.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QNetworkAccessManager>
#include <QTimeZone>
#include <QtTest>

using namespace vigie;
using namespace vigie::platforms;

Q_DECLARE_METATYPE(vigie::platforms::OutcomeKind)
Q_DECLARE_METATYPE(vigie::AccountStatus)

class TestAccountService : public QObject
{
    Q_OBJECT

    struct Rig
    {
        test::TempStore store;
        fakes::FakeMastodonServer server;
        KeychainSecretStore keychain;
        QNetworkAccessManager manager;
        HttpTransport http{manager, QUrl()};
        Workspace workspace;

        Rig()
        {
            server.start();
            workspace.name = QStringLiteral("Hélianthe");
            WorkspaceRepository(store.db()).addWorkspace(workspace);
        }
        AccountDraft draft(const QString &token) const
        {
            AccountDraft d;
            d.workspaceId = workspace.id;
            d.network = Network::Mastodon;
            d.serverUrl = server.url().toString();
            d.credentials.accessToken = token;
            return d;
        }
    };

private slots:
    void connectingStoresTheRowAndTheSecretApart()
    {
        Rig rig;
        AccountService service(rig.store.db(), rig.keychain);
        Account account;
        QVERIFY(service.connect(rig.draft(rig.server.token()), rig.http, &account));
        const auto stored = WorkspaceRepository(rig.store.db()).account(account.id);
        QVERIFY(stored);
        QVERIFY(stored->handle.startsWith(rig.server.ownAccount().acct())); // "user@instance"
        QCOMPARE(stored->status, AccountStatus::Connected);
        QVERIFY(stored->maxLength > 0);
        Credentials credentials;
        QVERIFY(service.loadCredentials(*stored, &credentials));
        QCOMPARE(credentials.accessToken, rig.server.token());

        // The same account twice: refused, and the first one's secret is untouched.
        Account again;
        const Status twice = service.connect(rig.draft(rig.server.token()), rig.http, &again);
        QVERIFY(!twice);
        QVERIFY(twice.error().contains("already connected"));
        QVERIFY(service.loadCredentials(*stored, &credentials));

        QVERIFY(service.remove(account.id));
        QVERIFY(!WorkspaceRepository(rig.store.db()).account(account.id));
        QVERIFY(!service.loadCredentials(*stored, &credentials));
    }

    void aRefusedSignInStoresNothing()
    {
        Rig rig;
        AccountService service(rig.store.db(), rig.keychain);
        const Status st = service.connect(rig.draft(QStringLiteral("wrong")), rig.http, nullptr);
        QVERIFY(!st);
        QVERIFY2(st.error().contains("Reconnect") || st.error().contains("sign-in"), qPrintable(st.error()));
        QVERIFY(WorkspaceRepository(rig.store.db()).accounts(rig.workspace.id).isEmpty());
        QVERIFY(!service.connect(rig.draft(QString()), rig.http, nullptr));
        AccountDraft noServer = rig.draft(rig.server.token());
        noServer.serverUrl = QStringLiteral("   ");
        QVERIFY(service.connect(noServer, rig.http, nullptr).error().contains("server address"));
    }

    void onlyAuthenticationFailuresAskToReconnect_data()
    {
        QTest::addColumn<OutcomeKind>("kind");
        QTest::addColumn<AccountStatus>("expected");
        QTest::newRow("ok") << OutcomeKind::Ok << AccountStatus::Connected;
        QTest::newRow("auth expired") << OutcomeKind::AuthExpired << AccountStatus::NeedsReconnect;
        QTest::newRow("rate limited") << OutcomeKind::RateLimited << AccountStatus::RateLimited;
        QTest::newRow("5xx") << OutcomeKind::Transient << AccountStatus::Connected;
        QTest::newRow("timeout") << OutcomeKind::Unconfirmed << AccountStatus::Connected;
        QTest::newRow("validation") << OutcomeKind::Validation << AccountStatus::Connected;
        QTest::newRow("forbidden") << OutcomeKind::Permanent << AccountStatus::Connected;
    }
    void onlyAuthenticationFailuresAskToReconnect()
    {
        QFETCH(OutcomeKind, kind);
        QFETCH(AccountStatus, expected);
        Rig rig;
        AccountService service(rig.store.db(), rig.keychain);
        Account account;
        QVERIFY(service.connect(rig.draft(rig.server.token()), rig.http, &account));
        Outcome outcome = Outcome::failure(kind, QStringLiteral("server words"));
        if (kind == OutcomeKind::Ok)
            outcome = Outcome::success();
        if (kind == OutcomeKind::RateLimited)
            outcome = Outcome::rateLimited(QDateTime::currentDateTimeUtc().addSecs(600));
        QVERIFY(service.recordOutcome(account, outcome));
        const auto stored = WorkspaceRepository(rig.store.db()).account(account.id);
        QCOMPARE(stored->status, expected);
        if (expected == AccountStatus::RateLimited)
            QVERIFY(stored->rateLimitedUntil.isValid());
        if (expected == AccountStatus::NeedsReconnect)
            QVERIFY(stored->statusDetail.contains("Reconnect"));
        service.remove(account.id);
    }

    void refreshedCredentialsAreMergedNeverEmptied()
    {
        Rig rig;
        AccountService service(rig.store.db(), rig.keychain);
        Account account;
        QVERIFY(service.connect(rig.draft(rig.server.token()), rig.http, &account));
        Credentials before;
        QVERIFY(service.loadCredentials(account, &before));
        before.refreshToken = QStringLiteral("refresh-1");
        Credentials after = before;
        QVERIFY(service.finishJob(account, Credentials{}, before, Outcome::success()));
        after.accessToken = QStringLiteral("access-2");
        after.refreshToken.clear(); // a refresh answer without a refresh token
        QVERIFY(service.finishJob(account, before, after, Outcome::success()));
        Credentials stored;
        QVERIFY(service.loadCredentials(account, &stored));
        QCOMPARE(stored.accessToken, QStringLiteral("access-2"));
        QCOMPARE(stored.refreshToken, QStringLiteral("refresh-1"));
        service.remove(account.id);
    }

    void theTokenExpiryIsStoredOnConnectAndAfterAJob()
    {
        Rig rig;
        AccountService service(rig.store.db(), rig.keychain);
        AccountDraft draft = rig.draft(rig.server.token());
        const QDateTime expires = QDateTime(QDate(2027, 1, 20), QTime(9, 30), QTimeZone::utc());
        draft.credentials.accessExpiresAt = expires;
        Account account;
        QVERIFY(service.connect(draft, rig.http, &account));
        WorkspaceRepository repo(rig.store.db());
        QCOMPARE(repo.account(account.id)->tokenExpiresAt, expires);
        // A job refreshed the token: the new expiry replaces the old one.
        Credentials before;
        QVERIFY(service.loadCredentials(*repo.account(account.id), &before));
        Credentials after = before;
        after.accessToken = QStringLiteral("access-2");
        after.accessExpiresAt = expires.addDays(60);
        QVERIFY(service.finishJob(*repo.account(account.id), before, after, Outcome::success()));
        QCOMPARE(repo.account(account.id)->tokenExpiresAt, expires.addDays(60));
        service.remove(account.id);
    }

    void reconnectWarningsOnlyForTokensThatCannotRenewThemselves_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<bool>("refreshToken");
        QTest::addColumn<QString>("sentence"); // empty = no warning
        const qint64 day = 24 * 3600;
        // No translator is installed here: the source text's "day(s)" (vigie_en.ts gives "days").
        QTest::newRow("LinkedIn, 9 days left") << 9 * day << false
                                               << "The LinkedIn token for Hélianthe expires in 9 day(s): "
                                                  "reconnect the account before 5 December.";
        QTest::newRow("LinkedIn, 14 days left") << 14 * day << false
                                                << "The LinkedIn token for Hélianthe expires in 14 day(s): "
                                                   "reconnect the account before 10 December.";
        QTest::newRow("LinkedIn, 15 days left: not yet") << 15 * day << false << "";
        QTest::newRow("LinkedIn, 3 hours left")
            << qint64(3 * 3600) << false
            << "The LinkedIn token for Hélianthe expires today: reconnect the account now.";
        // Calendar days, as the accounts list counts them: tomorrow at 04:00 is "1 day", not today.
        QTest::newRow("LinkedIn, tomorrow morning") << qint64(20 * 3600) << false
                                                    << "The LinkedIn token for Hélianthe expires in 1 "
                                                       "day(s): reconnect the account before 27 November.";
        QTest::newRow("LinkedIn, expired") << -day << false
                                           << "The LinkedIn token for Hélianthe expired on 25 November: "
                                              "reconnect the account to publish again.";
        QTest::newRow("X-like 2-hour token with a refresh token: silent") << qint64(2 * 3600) << true << "";
    }
    void reconnectWarningsOnlyForTokensThatCannotRenewThemselves()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(bool, refreshToken);
        QFETCH(QString, sentence);
        qputenv("TZ", "UTC");
        Rig rig;
        const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(8, 0), QTimeZone::utc());
        Account account;
        account.workspaceId = rig.workspace.id;
        account.network = Network::LinkedIn;
        account.handle = QStringLiteral("helianthe");
        account.displayName = QStringLiteral("Hélianthe");
        account.baseUrl = QStringLiteral("https://api.linkedin.test");
        account.secretKey = QStringLiteral("test-token-expiry");
        account.tokenExpiresAt = now.addSecs(secondsLeft);
        QVERIFY(WorkspaceRepository(rig.store.db()).addAccount(account));
        Credentials credentials;
        credentials.accessToken = QStringLiteral("AQV-linkedin");
        credentials.accessExpiresAt = account.tokenExpiresAt;
        if (refreshToken)
            credentials.refreshToken = QStringLiteral("refresh");
        QVERIFY(rig.keychain.write(account.secretKey, credentials.toJson()));
        // Another account whose token never expires (Mastodon) is never listed.
        AccountService service(rig.store.db(), rig.keychain);
        Account mastodon;
        QVERIFY(service.connect(rig.draft(rig.server.token()), rig.http, &mastodon));

        const QList<Account> soon = service.accountsNeedingReconnectSoon(rig.workspace.id, now);
        QCOMPARE(soon.size(), sentence.isEmpty() ? 0 : 1);
        if (!sentence.isEmpty()) {
            QCOMPARE(soon.at(0).id, account.id);
            QCOMPARE(AccountService::reconnectWarning(soon.at(0), now), sentence);
        }
        rig.keychain.remove(account.secretKey);
        service.remove(mastodon.id);
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
