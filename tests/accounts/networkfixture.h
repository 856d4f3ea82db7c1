#pragma once

#include "core/types.h"
#include "fakes/bluesky/fakeblueskyserver.h"
#include "fakes/mastodon/fakemastodonserver.h"
#include "secrets/secretstore.h"
#include "support/testsupport.h"
#include "ui/appcontext.h"

#include <QCoreApplication>

namespace vigie {
namespace test {

// A workspace in a temporary store, a fake Mastodon instance and a fake Bluesky PDS on
// 127.0.0.1, and the system keychain under a service name of the test's own: what the window
// gets when a community manager connects real accounts.
class NetworkFixture
{
public:
    NetworkFixture();

    bool ok() const { return m_ok; }
    Database &db() { return m_store.db(); }
    QString databasePath() const { return m_store.path(); }
    // The store's files as they are on disk (the database and its write-ahead log).
    QByteArray databaseBytes() const;

    // The window's context: this store and workspace, the keychain unless withKeychain is false.
    ui::AppContext context(bool withKeychain = true);

    // Connects the fake servers' brand accounts directly (no dialog), as a test's starting point.
    Account connectMastodon();
    Account connectBluesky();
    Account account(Id accountId);

    fakes::FakeMastodonServer mastodon;
    fakes::FakeBlueskyServer bluesky;
    // Never a person's own "Vigie" entries, even when the test is run by hand.
    KeychainSecretStore keychain{qEnvironmentVariable(
        "VIGIE_KEYCHAIN_SERVICE", QStringLiteral("Vigie tests ") + QCoreApplication::applicationName())};
    Workspace workspace;
    Brand aurora;     // the workspace's own brand
    Brand competitor; // never offered when connecting

    static inline const QString kBlueskyHandle = QStringLiteral("aurora.test");
    static inline const QString kBlueskyAppPassword = QStringLiteral("abcd-efgh-ijkl-mnop");

private:
    TempStore m_store;
    bool m_ok = false;
};

} // namespace test
} // namespace vigie
