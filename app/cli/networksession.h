#pragma once

#include "cli/command.h"
#include "core/status.h"
#include "core/types.h"
#include "platforms/adapter.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

#include <QNetworkAccessManager>
#include <functional>

class QCommandLineParser;

namespace vigie {
namespace cli {

// What the commands that talk to networks share: the store (--db) with its workspace, the
// keychain, one network manager, and the job rule of the window (credentials from the
// keychain, refreshed ones and the account's status saved after the job).
class NetworkSession
{
public:
    // Opens the store; with createWorkspace, a store without a workspace gets a first one.
    Status open(const QCommandLineParser &parser, bool createWorkspace);

    Database &db() { return m_db; }
    const Workspace &workspace() const { return m_workspace; }
    SecretStore &secrets() { return m_secrets; }
    QNetworkAccessManager &manager() { return m_manager; }

    // An account of this workspace, or a failure naming the id.
    Status account(Id accountId, Account *account);
    using Work = std::function<platforms::Outcome(platforms::Adapter &adapter, const Account &account)>;
    // Runs work with the account's adapter; a failure Status carries the outcome in words.
    Status runJob(const Account &account, const Work &work);

private:
    Database m_db;
    Workspace m_workspace;
    KeychainSecretStore m_secrets;
    QNetworkAccessManager m_manager;
};

// Reads one secret from standard input (a token piped in, never an argument: arguments show in
// `ps` and shell history).
QString readSecretFromStdin();
// An id argument ("12"), or 0 when it is not a positive number.
Id parseId(const QString &text);

} // namespace cli
} // namespace vigie
