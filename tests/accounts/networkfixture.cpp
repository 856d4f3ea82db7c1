#include "networkfixture.h"

#include "accounts/accountservice.h"
#include "storage/workspacerepository.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QUuid>

namespace vigie {
namespace test {

NetworkFixture::NetworkFixture()
{
    if (!m_store.ok() || mastodon.start().isEmpty() || bluesky.start().isEmpty())
        return;
    // A token nobody could find by accident in the database bytes.
    mastodon.setToken(QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::Id128));
    bluesky.addAccount(kBlueskyHandle, kBlueskyAppPassword, QStringLiteral("Aurora Santé"));
    WorkspaceRepository workspaces(db());
    workspace.name = QStringLiteral("Hélianthe");
    if (!workspaces.addWorkspace(workspace))
        return;
    aurora.workspaceId = competitor.workspaceId = workspace.id;
    aurora.name = QStringLiteral("Aurora");
    aurora.safetyText = QStringLiteral("Demandez conseil à votre pharmacien.");
    competitor.name = QStringLiteral("Concurrent");
    competitor.isCompetitor = true;
    m_ok = workspaces.addBrand(aurora).ok() && workspaces.addBrand(competitor).ok();
}

QByteArray NetworkFixture::databaseBytes() const
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile file(m_store.path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

ui::AppContext NetworkFixture::context(bool withKeychain)
{
    ui::AppContext context;
    context.db = &db();
    context.workspace = workspace;
    context.actor = QStringLiteral("camille");
    context.secrets = withKeychain ? &keychain : nullptr;
    return context;
}

Account NetworkFixture::connectMastodon()
{
    QNetworkAccessManager manager;
    platforms::HttpTransport http(manager, QUrl());
    AccountDraft draft;
    draft.workspaceId = workspace.id;
    draft.brandId = aurora.id;
    draft.network = Network::Mastodon;
    draft.serverUrl = mastodon.url().toString();
    draft.credentials.accessToken = mastodon.token();
    Account account;
    if (const Status st = AccountService(db(), keychain).connect(draft, http, &account); !st)
        qWarning() << "connecting the fake Mastodon account failed:" << st.error();
    return account;
}

Account NetworkFixture::connectBluesky()
{
    QNetworkAccessManager manager;
    platforms::HttpTransport http(manager, QUrl());
    AccountDraft draft;
    draft.workspaceId = workspace.id;
    draft.brandId = aurora.id;
    draft.network = Network::Bluesky;
    draft.serverUrl = bluesky.url().toString();
    draft.handle = kBlueskyHandle;
    draft.credentials.appPassword = kBlueskyAppPassword;
    Account account;
    if (const Status st = AccountService(db(), keychain).connect(draft, http, &account); !st)
        qWarning() << "connecting the fake Bluesky account failed:" << st.error();
    return account;
}

Account NetworkFixture::account(Id accountId)
{
    return WorkspaceRepository(db()).account(accountId).value_or(Account{});
}

} // namespace test
} // namespace vigie
