#include "cli/accountcommand.h"

#include "accounts/accountservice.h"
#include "cli/accountsetup.h"
#include "cli/networksession.h"
#include "platforms/registry/platformregistry.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace cli {

using namespace platforms;

namespace {
// "Rate limited until 14:35" reads better than a state key for people; JSON keeps the key.
QString statusText(const Account &account)
{
    switch (account.status) {
    case AccountStatus::Connected:
        return QCoreApplication::translate("vigie::cli", "connected");
    case AccountStatus::NeedsReconnect:
        return QCoreApplication::translate("vigie::cli", "needs reconnect");
    case AccountStatus::RateLimited:
        return account.rateLimitedUntil.isValid()
                   ? QCoreApplication::translate("vigie::cli", "rate limited until %1")
                         .arg(account.rateLimitedUntil.toLocalTime().toString(u"HH:mm"))
                   : QCoreApplication::translate("vigie::cli", "rate limited");
    case AccountStatus::Disconnected:
        return QCoreApplication::translate("vigie::cli", "disconnected");
    case AccountStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("vigie::cli", "unknown");
}

} // namespace

QString AccountCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "connect, list and remove network accounts");
}

int AccountCommand::run(const QStringList &args, Io io)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return add(args, io);
    if (sub == QLatin1String("list"))
        return list(args, io);
    if (sub == QLatin1String("remove"))
        return remove(args, io);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out << QCoreApplication::translate(
            "vigie::cli",
            "Usage: vigie account add mastodon --instance URL --token-stdin [--brand NAME]\n"
            "       vigie account add bluesky --service URL --handle HANDLE --app-password-stdin "
            "[--brand NAME]\n"
            "       vigie account add x --client-id ID [--base-url URL] [--brand NAME]\n"
            "       vigie account add facebook [--page-id ID] [--base-url URL] [--brand NAME]\n"
            "       vigie account add instagram [--user-id IGID] [--base-url URL] [--brand NAME]\n"
            "       vigie account add linkedin --organization ID [--expires-at ISO-DATE] [--base-url URL] "
            "[--brand NAME]\n"
            "       vigie account add manual --name NAME [--url URL] [--brand NAME] [--professional]\n"
            "       vigie account list [--json]\n"
            "       vigie account remove ID\n"
            "\n"
            "Secrets are read from standard input, one per line, never from arguments:\n"
            "  x          the access token, then the refresh token\n"
            "  facebook   the Page access token\n"
            "  instagram  the access token of the Facebook Page linked to the Instagram account\n"
            "  linkedin   the access token, then the refresh token if there is one\n"
            "A manual channel has no secret. Google+ closed in 2019 and cannot be connected.\n");
        return Success;
    }
    io.err << QCoreApplication::translate(
                  "vigie::cli", "vigie account: say add, list or remove (see 'vigie account --help').")
           << '\n';
    return BadUsage;
}

int AccountCommand::add(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vigie::cli",
        "Connect an account. Secrets are read from standard input, one per line (X: the access token, "
        "then the refresh token; Facebook and Instagram: the Page access token; LinkedIn: the access "
        "token, then the refresh token if any), and kept only in the system keychain. A manual channel "
        "has no secret."));
    addDatabaseOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("network"),
        QCoreApplication::translate("vigie::cli",
                                    "mastodon, bluesky, x, facebook, instagram, linkedin or manual"));
    parser.addOption({QStringLiteral("instance"),
                      QCoreApplication::translate("vigie::cli", "Mastodon server address."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("token-stdin"),
         QCoreApplication::translate("vigie::cli", "Read the Mastodon access token from standard input.")});
    parser.addOption({QStringLiteral("service"),
                      QCoreApplication::translate("vigie::cli", "Bluesky server (PDS) address."),
                      QStringLiteral("URL"), QStringLiteral("https://bsky.social")});
    parser.addOption({QStringLiteral("handle"), QCoreApplication::translate("vigie::cli", "Bluesky handle."),
                      QStringLiteral("HANDLE")});
    parser.addOption(
        {QStringLiteral("app-password-stdin"),
         QCoreApplication::translate("vigie::cli", "Read the Bluesky app password from standard input.")});
    parser.addOption({QStringLiteral("brand"),
                      QCoreApplication::translate("vigie::cli", "Brand the account speaks for."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("professional"),
         QCoreApplication::translate("vigie::cli", "The audience is professionals only (not the public).")});
    addAccountSetupOptions(parser);
    if (int code = parseArguments(parser, QStringList{QStringLiteral("account add")} + args.mid(2), io);
        code >= 0)
        return code;
    const QString networkName = parser.positionalArguments().value(0).toLower();
    if (isGooglePlus(networkName)) {
        io.err << "vigie account add: " << googlePlusClosedMessage() << '\n';
        return Failure;
    }
    AccountDraft draft;
    draft.network = networkName.isEmpty() ? Network::Unknown : networkFromKey(networkName);
    draft.isPublic = !parser.isSet(QStringLiteral("professional"));
    if (draft.network == Network::Manual)
        return addManualChannel(parser, io);
    if (isTokenNetwork(draft.network)) {
        // Said before anything is read: a build without the network's folder cannot connect it.
        if (!hasAdapter(draft.network)) {
            io.err << QCoreApplication::translate("vigie::cli",
                                                  "vigie account add: this build of Vigie cannot connect %1 "
                                                  "accounts (it was built without them).")
                          .arg(networkDisplayName(draft.network))
                   << '\n';
            return Failure;
        }
        const QStringList secrets = readSecretLinesFromStdin();
        if (secrets.isEmpty()) {
            io.err << QCoreApplication::translate("vigie::cli",
                                                  "vigie account add: nothing was read from standard input.")
                   << '\n';
            return BadUsage;
        }
        if (const QString problem =
                fillTokenDraft(draft.network, parser, secrets, QDateTime::currentDateTimeUtc(), &draft);
            !problem.isEmpty()) {
            io.err << "vigie account add " << networkKey(draft.network) << ": " << problem << '\n';
            return BadUsage;
        }
    } else if (draft.network == Network::Mastodon) {
        draft.serverUrl = parser.value(QStringLiteral("instance"));
        if (draft.serverUrl.isEmpty() || !parser.isSet(QStringLiteral("token-stdin"))) {
            io.err << QCoreApplication::translate(
                          "vigie::cli",
                          "vigie account add mastodon: give --instance URL and --token-stdin (the token on "
                          "standard input).")
                   << '\n';
            return BadUsage;
        }
        draft.credentials.accessToken = readSecretFromStdin();
    } else if (draft.network == Network::Bluesky) {
        draft.serverUrl = parser.value(QStringLiteral("service"));
        draft.handle = parser.value(QStringLiteral("handle"));
        if (draft.handle.isEmpty() || !parser.isSet(QStringLiteral("app-password-stdin"))) {
            io.err << QCoreApplication::translate(
                          "vigie::cli",
                          "vigie account add bluesky: give --handle HANDLE and --app-password-stdin (the app "
                          "password on standard input).")
                   << '\n';
            return BadUsage;
        }
        draft.credentials.appPassword = readSecretFromStdin();
    } else {
        io.err << QCoreApplication::translate(
                      "vigie::cli", "vigie account add: unknown network '%1' (mastodon, bluesky, x, "
                                    "facebook, instagram, linkedin or manual).")
                      .arg(networkName)
               << '\n';
        return BadUsage;
    }
    if (draft.credentials.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli",
                                              "vigie account add: nothing was read from standard input.")
               << '\n';
        return BadUsage;
    }
    NetworkSession session;
    if (auto st = session.open(parser, true); !st)
        return reportFailure(io, QStringLiteral("vigie account add"), st);
    draft.workspaceId = session.workspace().id;
    bool brandFound = false;
    draft.brandId =
        brandByName(session.db(), draft.workspaceId, parser.value(QStringLiteral("brand")), &brandFound);
    if (!brandFound) {
        io.err << QCoreApplication::translate("vigie::cli",
                                              "vigie account add: no brand named '%1' in this workspace.")
                      .arg(parser.value(QStringLiteral("brand")))
               << '\n';
        return BadUsage;
    }
    AccountService service(session.db(), session.secrets());
    HttpTransport http(session.manager(), QUrl());
    Account account;
    if (auto st = service.connect(draft, http, &account); !st)
        return reportFailure(io, QStringLiteral("vigie account add"), st);
    io.out << QCoreApplication::translate("vigie::cli", "Connected %1 account %2 as number %3.")
                  .arg(networkDisplayName(account.network), account.handle)
                  .arg(account.id)
           << '\n';
    return Success;
}

int AccountCommand::list(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vigie::cli", "List the workspace's accounts."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    if (int code = parseArguments(parser, QStringList{QStringLiteral("account list")} + args.mid(2), io);
        code >= 0)
        return code;
    NetworkSession session;
    if (auto st = session.open(parser, false); !st)
        return reportFailure(io, QStringLiteral("vigie account list"), st);
    const QList<Account> accounts = WorkspaceRepository(session.db()).accounts(session.workspace().id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Account &a : accounts) {
            QJsonObject o{
                {QStringLiteral("id"), a.id},          {QStringLiteral("network"), networkKey(a.network)},
                {QStringLiteral("handle"), a.handle},  {QStringLiteral("display_name"), a.displayName},
                {QStringLiteral("server"), a.baseUrl}, {QStringLiteral("status"), accountStatusKey(a.status)},
                {QStringLiteral("public"), a.isPublic}};
            if (a.brandId)
                o.insert(QStringLiteral("brand_id"), a.brandId);
            if (a.rateLimitedUntil.isValid())
                o.insert(QStringLiteral("rate_limited_until"),
                         a.rateLimitedUntil.toUTC().toString(Qt::ISODate));
            array.append(o);
        }
        io.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    if (accounts.isEmpty())
        io.out << QCoreApplication::translate("vigie::cli",
                                              "No accounts yet: connect one with 'vigie account add'.")
               << '\n';
    for (const Account &a : accounts)
        io.out << QStringLiteral("%1  %2  %3  %4\n")
                      .arg(a.id, 4)
                      .arg(networkKey(a.network), -9)
                      .arg(a.handle, -32)
                      .arg(statusText(a));
    return Success;
}

int AccountCommand::remove(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vigie::cli", "Remove an account, its keychain entry and its inbox."));
    addDatabaseOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("id"),
        QCoreApplication::translate("vigie::cli", "The account's number (see 'vigie account list')."));
    if (int code = parseArguments(parser, QStringList{QStringLiteral("account remove")} + args.mid(2), io);
        code >= 0)
        return code;
    const Id id = parseId(parser.positionalArguments().value(0));
    if (!id) {
        io.err << QCoreApplication::translate(
                      "vigie::cli",
                      "vigie account remove: give the account's number (see 'vigie account list').")
               << '\n';
        return BadUsage;
    }
    NetworkSession session;
    if (auto st = session.open(parser, false); !st)
        return reportFailure(io, QStringLiteral("vigie account remove"), st);
    Account account;
    if (auto st = session.account(id, &account); !st)
        return reportFailure(io, QStringLiteral("vigie account remove"), st);
    if (auto st = AccountService(session.db(), session.secrets()).remove(id); !st)
        return reportFailure(io, QStringLiteral("vigie account remove"), st);
    io.out
        << QCoreApplication::translate("vigie::cli", "Removed account %1 (%2).").arg(id).arg(account.handle)
        << '\n';
    return Success;
}

} // namespace cli
} // namespace vigie
