// `vigie account add` for X, Facebook, Instagram, LinkedIn, manual channels and Google+, run as
// a person or a script would: secrets on standard input, the account checked with a local
// server that answers the network's documented sign-in call (accounts/signinfake.h), secrets in
// a real private keychain (tests/support/run-with-keyring.sh). A network whose folder is not in
// this build is checked for its refusal instead of skipped where that is what a person meets.
#include "accounts/signinfake.h"
#include "platforms/credentials.h"
#include "platforms/registry/platformregistry.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"
#include "support/clirun.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;
using test::SignInFake;

namespace {
// The options and the lines on standard input that connect the fake's account on network.
struct TokenAccount
{
    QStringList args;
    QByteArray input;
};
TokenAccount tokenAccount(Network network, const QString &token)
{
    switch (network) {
    case Network::X:
        return {{"--client-id", "TXlDbGllbnRJZDpjaQ"},
                token.toUtf8() + "\n" + SignInFake::kRefreshToken.toUtf8() + "\n"};
    case Network::Facebook:
        return {{}, token.toUtf8() + "\n"};
    case Network::Instagram:
        return {{}, token.toUtf8() + "\n"};
    case Network::LinkedIn:
        return {{"--organization", "urn:li:organization:" + SignInFake::kOrganizationId},
                token.toUtf8() + "\n"};
    default:
        return {};
    }
}

QString remoteIdOf(Network network)
{
    switch (network) {
    case Network::X:
        return SignInFake::kXUserId;
    case Network::Facebook:
        return SignInFake::kPageId;
    case Network::Instagram:
        return SignInFake::kInstagramId;
    default:
        return SignInFake::kOrganizationId;
    }
}

void addNetworkColumn()
{
    QTest::addColumn<int>("network");
}
void addTokenNetworkRows()
{
    for (Network n : {Network::X, Network::Facebook, Network::Instagram, Network::LinkedIn})
        QTest::newRow(qPrintable(networkKey(n))) << int(n);
}
} // namespace

class TestCliAccount : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // The fake answers from this process's event loop: wait with a spy, never block.
    test::CliRun vigie(const QStringList &args, const QByteArray &input = {}, QProcessEnvironment extra = {})
    {
        extra.insert(QStringLiteral("VIGIE_HTTP_TIMEOUT"), QStringLiteral("3"));
        return test::runVigieAgainstFakes(args + QStringList{"--db", m_db}, input, extra);
    }

    QJsonArray accounts()
    {
        if (!QFile::exists(m_db))
            return {};
        const test::CliRun run = vigie({"account", "list", "--json"});
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    QByteArray storeBytes() const
    {
        QByteArray everything;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile file(m_db + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly))
                everything += file.readAll();
        }
        return everything;
    }

    static QProcessEnvironment noKeychain()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        return env;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++n));
    }

    void addsAManualChannelWithoutAnySecret_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("isPublic");
        QTest::addColumn<QString>("server");
        QTest::newRow("professionals only")
            << QStringList{"--name", "Sermo", "--url", "www.sermo.com", "--professional"} << false
            << "https://www.sermo.com";
        QTest::newRow("public, no address") << QStringList{"--name", "PatientsLikeMe"} << true << "";
    }
    void addsAManualChannelWithoutAnySecret()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, isPublic);
        QFETCH(QString, server);
        // No keychain at all: a manual channel has nothing to keep there.
        const test::CliRun run = vigie(QStringList{"account", "add", "manual"} + args, {}, noKeychain());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("manual channel " + args.at(1)), qPrintable(run.out));
        const QJsonArray list = accounts();
        QCOMPARE(list.size(), 1);
        const QJsonObject account = list.at(0).toObject();
        QCOMPARE(account.value("network").toString(), "manual");
        QCOMPARE(account.value("handle").toString(), args.at(1));
        QCOMPARE(account.value("display_name").toString(), args.at(1));
        QCOMPARE(account.value("public").toBool(), isPublic);
        QCOMPARE(account.value("server").toString(), server);
        Database db;
        QVERIFY(db.openSqlite(m_db));
        const auto stored = WorkspaceRepository(db).account(account.value("id").toInteger());
        QVERIFY(stored);
        QVERIFY(stored->secretKey.isEmpty());
        // …and it goes away without a keychain too.
        const test::CliRun removed =
            vigie({"account", "remove", QString::number(stored->id)}, {}, noKeychain());
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(accounts().isEmpty());
    }

    void badUsageIsSaidAndStoresNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("said");
        QTest::newRow("manual without a name")
            << QStringList{"manual", "--url", "https://www.sermo.com"} << "give --name NAME";
        QTest::newRow("manual with a non-web address")
            << QStringList{"manual", "--name", "Sermo", "--url", "ftp://sermo.example"}
            << "--url takes the community's web address";
        QTest::newRow("manual with another network's option")
            << QStringList{"manual", "--name", "Sermo", "--page-id", "1"} << "--page-id is for Facebook";
        QTest::newRow("unknown network") << QStringList{"myspace"} << "unknown network 'myspace'";
        QTest::newRow("no network") << QStringList{} << "unknown network ''";
    }
    void badUsageIsSaidAndStoresNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, said);
        const test::CliRun run = vigie(QStringList{"account", "add"} + args, "a-token\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY(accounts().isEmpty());
    }

    void googlePlusIsRefusedWithItsClosingDates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("googleplus") << "googleplus";
        QTest::newRow("google+") << "google+";
        QTest::newRow("Google+") << "Google+";
    }
    void googlePlusIsRefusedWithItsClosingDates()
    {
        QFETCH(QString, name);
        const test::CliRun run = vigie({"account", "add", name}, "a-token\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Google+ closed in 2019"), qPrintable(run.err));
        QVERIFY(run.err.contains("7 March") && run.err.contains("2 April"));
        QVERIFY(accounts().isEmpty());
    }

    void helpSaysSecretsComeFromStandardInput()
    {
        const test::CliRun run = vigie({"account", "--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char *form : {"add x --client-id", "add facebook", "add instagram",
                                 "add linkedin --organization", "add manual --name"})
            QVERIFY2(run.out.contains(form), form);
        QVERIFY(run.out.contains("read from standard input, one per line, never from arguments"));
    }

    // Without anything on standard input nothing is asked of the network — and a build without
    // the network says so before asking for anything.
    void tokenNetworksNeedTheirSecretsOnStandardInput_data()
    {
        addNetworkColumn();
        addTokenNetworkRows();
    }
    void tokenNetworksNeedTheirSecretsOnStandardInput()
    {
        QFETCH(int, network);
        const Network n = Network(network);
        SignInFake server(n);
        QVERIFY(!server.start().isEmpty());
        const test::CliRun run =
            vigie(QStringList{"account", "add", networkKey(n), "--base-url", server.url().toString()} +
                  tokenAccount(n, server.token()).args);
        if (platforms::hasAdapter(n)) {
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("nothing was read from standard input"), qPrintable(run.err));
        } else {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("this build of Vigie cannot connect " + networkDisplayName(n)),
                     qPrintable(run.err));
        }
        QCOMPARE(server.requests().size(), 0);
        QVERIFY(accounts().isEmpty());
    }

    void connectsWithTokensFromStandardInput_data()
    {
        addNetworkColumn();
        addTokenNetworkRows();
    }
    void connectsWithTokensFromStandardInput()
    {
        QFETCH(int, network);
        const Network n = Network(network);
        if (!platforms::hasAdapter(n))
            QSKIP("this build has no adapter for the network");
        SignInFake server(n);
        QVERIFY(!server.start().isEmpty());
        const TokenAccount account = tokenAccount(n, server.token());
        const test::CliRun run =
            vigie(QStringList{"account", "add", networkKey(n), "--base-url", server.url().toString()} +
                      account.args,
                  account.input);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("Connected " + networkDisplayName(n) + " account"), qPrintable(run.out));
        QVERIFY(server.acceptedCalls() > 0);

        const QJsonArray list = accounts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value("network").toString(), networkKey(n));
        QCOMPARE(list.at(0).toObject().value("status").toString(), "connected");
        Database db;
        QVERIFY(db.openSqlite(m_db));
        const auto stored = WorkspaceRepository(db).account(list.at(0).toObject().value("id").toInteger());
        QVERIFY(stored);
        QCOMPARE(stored->remoteUserId, remoteIdOf(n));
        QCOMPARE(stored->baseUrl, server.url().toString());
        QVERIFY(!stored->handle.isEmpty());
        // The tokens are in the keychain and nowhere in the store's files.
        QVERIFY(!storeBytes().contains(server.token().toUtf8()));
        KeychainSecretStore keychain;
        QByteArray secret;
        QVERIFY(keychain.read(stored->secretKey, &secret));
        const auto credentials = platforms::Credentials::fromJson(secret);
        QCOMPARE(credentials.accessToken, server.token());
        if (n == Network::X) {
            QCOMPARE(credentials.refreshToken, SignInFake::kRefreshToken);
            QCOMPARE(credentials.clientId, "TXlDbGllbnRJZDpjaQ");
        }
        if (n == Network::LinkedIn) {
            // 60 days from now when --expires-at is not given.
            const qint64 days = QDateTime::currentDateTimeUtc().daysTo(credentials.accessExpiresAt);
            QVERIFY2(days >= 59 && days <= 60, qPrintable(QString::number(days)));
        }
    }

    void linkedInTakesTheExpiryItIsGiven()
    {
        if (!platforms::hasAdapter(Network::LinkedIn))
            QSKIP("this build has no LinkedIn adapter");
        SignInFake server(Network::LinkedIn);
        QVERIFY(!server.start().isEmpty());
        const QDate expiry = QDate::currentDate().addDays(20);
        const test::CliRun run =
            vigie({"account", "add", "linkedin", "--base-url", server.url().toString(), "--organization",
                   SignInFake::kOrganizationId, "--expires-at", expiry.toString(Qt::ISODate)},
                  server.token().toUtf8() + "\nthe-refresh-token\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        Database db;
        QVERIFY(db.openSqlite(m_db));
        WorkspaceRepository repo(db);
        const auto workspace = repo.primaryWorkspace();
        QVERIFY(workspace);
        const Account stored = repo.accounts(workspace->id).value(0);
        QByteArray secret;
        QVERIFY(KeychainSecretStore().read(stored.secretKey, &secret));
        const auto credentials = platforms::Credentials::fromJson(secret);
        QCOMPARE(credentials.accessExpiresAt.date(), expiry);
        QCOMPARE(credentials.refreshToken, "the-refresh-token");
    }

    void wrongSecretsOrOptionsAreSaidBeforeAnyCall_data()
    {
        QTest::addColumn<int>("network");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("said");
        QTest::newRow("x without its client id")
            << int(Network::X) << QStringList{} << QByteArray("a\nb\n") << "give --client-id ID";
        QTest::newRow("x without the refresh token")
            << int(Network::X) << QStringList{"--client-id", "abc"} << QByteArray("a\n") << "two lines";
        QTest::newRow("facebook with two lines")
            << int(Network::Facebook) << QStringList{} << QByteArray("a\nb\n") << "one line";
        QTest::newRow("linkedin without its organization")
            << int(Network::LinkedIn) << QStringList{} << QByteArray("a\n") << "give --organization ID";
        QTest::newRow("linkedin with a name for organization")
            << int(Network::LinkedIn) << QStringList{"--organization", "aurora-sante"} << QByteArray("a\n")
            << "give --organization ID";
        QTest::newRow("linkedin token already expired")
            << int(Network::LinkedIn)
            << QStringList{"--organization", "2414183", "--expires-at", "2020-01-01"} << QByteArray("a\n")
            << "already expired";
        QTest::newRow("instagram with a facebook option")
            << int(Network::Instagram) << QStringList{"--page-id", "1"} << QByteArray("a\n")
            << "--page-id is for Facebook accounts, not Instagram";
    }
    void wrongSecretsOrOptionsAreSaidBeforeAnyCall()
    {
        QFETCH(int, network);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, said);
        if (!platforms::hasAdapter(Network(network)))
            QSKIP("this build has no adapter for the network");
        SignInFake server{Network(network)};
        QVERIFY(!server.start().isEmpty());
        const test::CliRun run = vigie(QStringList{"account", "add", networkKey(Network(network)),
                                                   "--base-url", server.url().toString()} +
                                           args,
                                       input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QCOMPARE(server.requests().size(), 0);
        QVERIFY(accounts().isEmpty());
    }

    void aRefusedSignInIsSaidAndStoresNothing_data()
    {
        addNetworkColumn();
        addTokenNetworkRows();
    }
    void aRefusedSignInIsSaidAndStoresNothing()
    {
        QFETCH(int, network);
        const Network n = Network(network);
        if (!platforms::hasAdapter(n))
            QSKIP("this build has no adapter for the network");
        SignInFake server(n);
        QVERIFY(!server.start().isEmpty());
        TokenAccount account = tokenAccount(n, QStringLiteral("a-revoked-token"));
        if (n == Network::X) // with a good refresh token Vigie would renew the access token itself
            account.input = "a-revoked-token\na-revoked-refresh-token\n";
        const test::CliRun run =
            vigie(QStringList{"account", "add", networkKey(n), "--base-url", server.url().toString()} +
                      account.args,
                  account.input);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(networkDisplayName(n) + " refused to connect"), qPrintable(run.err));
        QVERIFY(server.requests().size() > 0);
        QVERIFY(accounts().isEmpty());
    }

    void refusesToConnectWithoutAKeychain()
    {
        QList<Network> available;
        for (Network n : {Network::Facebook, Network::X, Network::Instagram, Network::LinkedIn})
            if (platforms::hasAdapter(n))
                available << n;
        if (available.isEmpty())
            QSKIP("this build has none of the token networks");
        const Network n = available.first();
        SignInFake server(n);
        QVERIFY(!server.start().isEmpty());
        const TokenAccount account = tokenAccount(n, server.token());
        const test::CliRun run =
            vigie(QStringList{"account", "add", networkKey(n), "--base-url", server.url().toString()} +
                      account.args,
                  account.input, noKeychain());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No system keychain"), qPrintable(run.err));
        QVERIFY(accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAccount)
#include "tst_cliaccount.moc"
