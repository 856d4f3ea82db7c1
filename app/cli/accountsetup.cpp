#include "cli/accountsetup.h"

#include "accounts/accountservice.h"
#include "platforms/registry/platformregistry.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace vigie {
namespace cli {

namespace {
// LinkedIn access tokens last 60 days; a pasted one is assumed fresh unless told otherwise.
constexpr int kLinkedInTokenDays = 60;

// The options that belong to one network only, so a misplaced one is said, not ignored.
struct NetworkOption
{
    const char *name;
    Network network;
};
constexpr NetworkOption kNetworkOptions[] = {
    {"client-id", Network::X},         {"page-id", Network::Facebook},
    {"user-id", Network::Instagram},   {"organization", Network::LinkedIn},
    {"expires-at", Network::LinkedIn}, {"name", Network::Manual},
    {"url", Network::Manual},
};

QString misplacedOption(Network network, const QCommandLineParser &parser)
{
    for (const auto &option : kNetworkOptions) {
        if (option.network != network && parser.isSet(QString::fromLatin1(option.name)))
            return QCoreApplication::translate("vigie::cli", "--%1 is for %2 accounts, not %3.")
                .arg(QString::fromLatin1(option.name), networkDisplayName(option.network),
                     networkDisplayName(network));
    }
    if (network == Network::Manual && parser.isSet(QStringLiteral("base-url")))
        return QCoreApplication::translate("vigie::cli",
                                           "a manual channel has no API address: give its page with --url.");
    return {};
}

// "2027-01-25" (the start of that day, UTC) or a full ISO 8601 time; invalid when unreadable.
QDateTime parseExpiry(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    const QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace

void addAccountSetupOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("base-url"),
         QCoreApplication::translate(
             "vigie::cli", "X, Facebook, Instagram, LinkedIn: the API address (default: the network's own)."),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("client-id"),
                      QCoreApplication::translate(
                          "vigie::cli", "X: the OAuth 2.0 client (public, PKCE) that issued the tokens."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("page-id"),
                      QCoreApplication::translate(
                          "vigie::cli", "Facebook: the Page's id (default: the Page the token belongs to)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("user-id"),
         QCoreApplication::translate(
             "vigie::cli", "Instagram: the professional account's id (default: the one linked to the token's "
                           "Page)."),
         QStringLiteral("IGID")});
    parser.addOption({QStringLiteral("organization"),
                      QCoreApplication::translate("vigie::cli", "LinkedIn: the organization page's number."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("expires-at"),
                      QCoreApplication::translate(
                          "vigie::cli", "LinkedIn: when the access token expires (default: in 60 days)."),
                      QStringLiteral("ISO-DATE")});
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate("vigie::cli", "Manual channel: the community's name."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("url"),
                      QCoreApplication::translate("vigie::cli", "Manual channel: the community's address."),
                      QStringLiteral("URL")});
}

bool isTokenNetwork(Network network)
{
    return network == Network::X || network == Network::Facebook || network == Network::Instagram ||
           network == Network::LinkedIn;
}

bool isGooglePlus(const QString &networkName)
{
    const QString name = networkName.trimmed().toLower();
    return name == QLatin1String("googleplus") || name == QLatin1String("google+") ||
           name == QLatin1String("google-plus") || name == QLatin1String("gplus");
}

QString googlePlusClosedMessage()
{
    return QCoreApplication::translate(
        "vigie::cli",
        "Google+ closed in 2019 (its APIs on 7 March, the service on 2 April): no Google+ account can "
        "be connected.");
}

QStringList readSecretLinesFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QByteArray &line : in.readAll().split('\n')) {
        const QString secret = QString::fromUtf8(line).trimmed();
        if (!secret.isEmpty())
            lines << secret;
    }
    return lines;
}

QString fillTokenDraft(Network network, const QCommandLineParser &parser, const QStringList &secretLines,
                       const QDateTime &now, AccountDraft *draft)
{
    if (const QString misplaced = misplacedOption(network, parser); !misplaced.isEmpty())
        return misplaced;
    draft->network = network;
    draft->serverUrl = parser.isSet(QStringLiteral("base-url")) ? parser.value(QStringLiteral("base-url"))
                                                                : platforms::defaultBaseUrl(network);
    platforms::Credentials &credentials = draft->credentials;
    QString remoteUserId;
    switch (network) {
    case Network::X:
        credentials.clientId = parser.value(QStringLiteral("client-id")).trimmed();
        if (credentials.clientId.isEmpty())
            return QCoreApplication::translate(
                "vigie::cli",
                "give --client-id ID, the X app's OAuth 2.0 client id (needed to refresh the tokens).");
        if (secretLines.size() != 2)
            return QCoreApplication::translate(
                "vigie::cli",
                "standard input must hold two lines: the access token, then the refresh token.");
        credentials.accessToken = secretLines.at(0);
        credentials.refreshToken = secretLines.at(1);
        break;
    case Network::Facebook:
    case Network::Instagram:
        remoteUserId =
            parser.value(network == Network::Facebook ? QStringLiteral("page-id") : QStringLiteral("user-id"))
                .trimmed();
        if (secretLines.size() != 1)
            return QCoreApplication::translate("vigie::cli",
                                               "standard input must hold one line: the Page access token.");
        credentials.accessToken = secretLines.at(0);
        break;
    case Network::LinkedIn: {
        // "urn:li:organization:2414183" as LinkedIn shows it, or the number alone.
        remoteUserId = parser.value(QStringLiteral("organization"))
                           .trimmed()
                           .remove(QRegularExpression(QStringLiteral("^urn:li:organization:")));
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (!digits.match(remoteUserId).hasMatch())
            return QCoreApplication::translate(
                "vigie::cli", "give --organization ID, the organization page's number (as in "
                              "urn:li:organization:2414183).");
        if (secretLines.isEmpty() || secretLines.size() > 2)
            return QCoreApplication::translate(
                "vigie::cli",
                "standard input must hold the access token, and optionally the refresh token on a "
                "second line.");
        credentials.accessToken = secretLines.at(0);
        credentials.refreshToken = secretLines.value(1);
        credentials.accessExpiresAt = now.toUTC().addDays(kLinkedInTokenDays);
        if (parser.isSet(QStringLiteral("expires-at"))) {
            credentials.accessExpiresAt = parseExpiry(parser.value(QStringLiteral("expires-at")));
            if (!credentials.accessExpiresAt.isValid())
                return QCoreApplication::translate("vigie::cli",
                                                   "--expires-at takes a date such as 2027-01-25.");
            if (credentials.accessExpiresAt <= now)
                return QCoreApplication::translate(
                    "vigie::cli", "that access token has already expired (--expires-at is in the past).");
        }
        break;
    }
    default:
        return QCoreApplication::translate("vigie::cli", "%1 accounts are not connected with tokens.")
            .arg(networkDisplayName(network));
    }
    // LinkedIn needs the organization; Facebook and Instagram use a given id instead of discovering it.
    draft->remoteUserId = remoteUserId;
    return {};
}

Id brandByName(Database &db, Id workspaceId, const QString &name, bool *found)
{
    *found = name.isEmpty();
    if (name.isEmpty())
        return 0;
    for (const Brand &brand : WorkspaceRepository(db).brands(workspaceId)) {
        if (brand.name.compare(name, Qt::CaseInsensitive) == 0) {
            *found = true;
            return brand.id;
        }
    }
    return 0;
}

int addManualChannel(const QCommandLineParser &parser, Io io)
{
    const QString command = QStringLiteral("vigie account add manual");
    if (const QString misplaced = misplacedOption(Network::Manual, parser); !misplaced.isEmpty()) {
        io.err << command << ": " << misplaced << '\n';
        return BadUsage;
    }
    const QString name = parser.value(QStringLiteral("name")).simplified();
    if (name.isEmpty()) {
        io.err << command << ": "
               << QCoreApplication::translate("vigie::cli",
                                              "give --name NAME, the community's name (for example Sermo).")
               << '\n';
        return BadUsage;
    }
    const QString url = AccountService::communityAddress(parser.value(QStringLiteral("url")));
    if (url.isEmpty() && !parser.value(QStringLiteral("url")).trimmed().isEmpty()) {
        io.err << command << ": "
               << QCoreApplication::translate(
                      "vigie::cli",
                      "--url takes the community's web address, for example https://www.sermo.com.")
               << '\n';
        return BadUsage;
    }
    Database db;
    if (auto st = db.openSqlite(databasePathOption(parser)); !st)
        return reportFailure(io, command, st);
    WorkspaceRepository repo(db);
    Workspace workspace;
    if (auto existing = repo.primaryWorkspace()) {
        workspace = *existing;
    } else {
        workspace.name = QCoreApplication::translate("vigie::cli", "My workspace");
        if (auto st = repo.addWorkspace(workspace); !st)
            return reportFailure(io, command, st);
    }
    bool brandFound = false;
    Account account;
    account.brandId = brandByName(db, workspace.id, parser.value(QStringLiteral("brand")), &brandFound);
    if (!brandFound) {
        io.err << command << ": "
               << QCoreApplication::translate("vigie::cli", "no brand named '%1' in this workspace.")
                      .arg(parser.value(QStringLiteral("brand")))
               << '\n';
        return BadUsage;
    }
    account.workspaceId = workspace.id;
    account.handle = name;
    account.baseUrl = url;
    account.isPublic = !parser.isSet(QStringLiteral("professional"));
    if (auto st =
            AccountService::addManualChannel(db, SystemClock::instance(), QStringLiteral("vigie"), &account);
        !st)
        return reportFailure(io, command, st);
    io.out << QCoreApplication::translate(
                  "vigie::cli",
                  "Added the manual channel %1 as number %2: Vigie reminds you when a post is due, you "
                  "publish it.")
                  .arg(account.handle)
                  .arg(account.id)
           << '\n';
    return Success;
}

} // namespace cli
} // namespace vigie
