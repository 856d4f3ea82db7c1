#pragma once

#include "core/status.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace vigie {

class Database;

struct DemoOptions
{
    quint32 seed = 20130614; // the same seed always gives the same workspace
    QDate today;             // the demo's "today"; invalid = the current date
    int inboxMessages = 2000;
    int mentions = 20000;
};

// Fills an empty, open store with the demo workspace of a fictional health laboratory:
// brands and products (one prescription-only, one competitor), accounts on every network,
// ~six weeks of posts in every state around today, French and English inbox conversations
// (some describing side effects) and a year of mentions. All in one transaction.
// progress receives 0..100.
Status generateDemoWorkspace(Database &db, const DemoOptions &options,
                             const std::function<void(int)> &progress = {});

// Opens the demo store at path, generating it first when it does not exist or is empty.
Status openDemoDatabase(Database &db, const QString &path, const DemoOptions &options = {});

} // namespace vigie
