#pragma once

#include "core/status.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace vigie {

class Database;

struct DemoOptions
{
    quint32 seed = 20130614; // the same seed (and today) always gives the same workspace
    QDate today;             // the demo's "today"; invalid = the current date
    int inboxMessages = 2000;
    int mentions = 20000;
    QString actor = QStringLiteral("demo"); // who the audit log says created the demo content
};

// Fills an empty, open store with the demo workspace of a fictional health laboratory:
// brands and products (one prescription-only, one competitor), accounts on every network,
// ~six weeks of posts in every state around today, French and English inbox conversations
// (some describing side effects) and a year of mentions. Every value comes from options (seed and
// today), never from the wall clock. Each step commits on its own; when one fails, the workspace
// and everything under it is removed again and the failure is returned. progress receives 0..100.
Status generateDemoWorkspace(Database &db, const DemoOptions &options,
                             const std::function<void(int)> &progress = {});

// Writes the demo into a new store at path (refused when path exists): generated into
// path.partial and moved onto path only once complete, so an interrupted run never leaves a
// half-written demo at path. `vigie demo --out` can use it for the same guarantee.
Status writeDemoDatabase(const QString &path, const DemoOptions &options,
                         const std::function<void(int)> &progress = {});

// Opens the demo store at path. When it does not exist, or holds a demo whose generation never
// finished, the demo is generated into path.partial and moved onto path once complete, so path
// only ever holds a whole demo. A store at path with a workspace that is not a demo is refused
// and left unchanged.
Status openDemoDatabase(Database &db, const QString &path, const DemoOptions &options = {},
                        const std::function<void(int)> &progress = {});

// Whether the open store holds a demo whose generation completed.
bool isCompleteDemo(Database &db);

} // namespace vigie
