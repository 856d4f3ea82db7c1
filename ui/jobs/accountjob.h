#pragma once

#include "appcontext.h"
#include "core/types.h"
#include "platforms/adapter.h"

#include <QObject>
#include <QVariant>
#include <functional>

namespace vigie {
class Database;
}

namespace vigie {
namespace ui {

// What a job's work hands back to the window.
struct AccountJobResult
{
    platforms::Outcome outcome;
    QString error;  // set when the job could not start (no keychain, no adapter, store error)
    QVariant value; // whatever the work wants to hand over (e.g. a published URL)
    platforms::Credentials credentialsAfter;
};

// The work of a job, run in a worker thread with its own store connection and its own
// network transport: it must not touch widgets or the window's Database.
using AccountWork =
    std::function<AccountJobResult(platforms::Adapter &adapter, Database &db, const Account &account)>;

// Runs one account's network job without freezing the window:
//   1. in the GUI thread, reads the account's credentials from the keychain;
//   2. in a worker thread, opens the store again (SQLite WAL lets both connections work) and a
//      transport, makes the adapter and runs work;
//   3. back in the GUI thread, stores refreshed credentials and the account's status, then calls
//      done (unless receiver was destroyed meanwhile).
void runAccountJob(const AppContext &context, Id accountId, AccountWork work, QObject *receiver,
                   std::function<void(const AccountJobResult &)> done);

} // namespace ui
} // namespace vigie
