#include "cli/networksession.h"

#include "accounts/accountservice.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace vigie {
namespace cli {

using namespace platforms;

Status NetworkSession::open(const QCommandLineParser &parser, bool createWorkspace)
{
    if (auto st = m_db.openSqlite(databasePathOption(parser)); !st)
        return st;
    WorkspaceRepository workspaces(m_db);
    if (auto existing = workspaces.primaryWorkspace()) {
        m_workspace = *existing;
        return Status::success();
    }
    if (!createWorkspace)
        return Status::failure(QCoreApplication::translate("vigie::cli",
                                                           "%1 has no workspace yet: connect an "
                                                           "account first with 'vigie account add'.")
                                   .arg(m_db.path()));
    m_workspace.name = QCoreApplication::translate("vigie::cli", "My workspace");
    return workspaces.addWorkspace(m_workspace);
}

Status NetworkSession::account(Id accountId, Account *account)
{
    const auto found = WorkspaceRepository(m_db).account(accountId);
    if (!found || found->workspaceId != m_workspace.id)
        return Status::failure(QCoreApplication::translate("vigie::cli", "There is no account %1 (see 'vigie "
                                                                         "account list').")
                                   .arg(accountId));
    *account = *found;
    return Status::success();
}

Status NetworkSession::runJob(const Account &account, const Work &work)
{
    AccountService service(m_db, m_secrets);
    Credentials credentials;
    if (auto st = service.loadCredentials(account, &credentials); !st)
        return st;
    HttpTransport http(m_manager, QUrl(account.baseUrl));
    auto adapter = makeAdapter(account, credentials, http);
    if (!adapter)
        return Status::failure(QCoreApplication::translate("vigie::cli", "Vigie cannot talk to %1 yet.")
                                   .arg(networkDisplayName(account.network)));
    const Outcome outcome = work(*adapter, account);
    if (auto st = service.finishJob(account, credentials, adapter->credentials(), outcome); !st)
        return st;
    if (!outcome.ok())
        return Status::failure(outcome.describe());
    return Status::success();
}

QString readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

Id parseId(const QString &text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace cli
} // namespace vigie
