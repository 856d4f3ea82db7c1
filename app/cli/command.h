#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <QTimeZone>
#include <optional>

class QCommandLineParser;

namespace vigie {
class Database;
class Status;
struct Workspace;
} // namespace vigie

namespace vigie {
namespace cli {

enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

// Where a command writes: standard output for results, standard error for messages.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

// One `vigie NAME …` subcommand. Each lives in its own file and is listed in commands.cpp.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for `vigie --help`
    // args[0] is the command name; returns an ExitCode.
    virtual int run(const QStringList &args, Io io) = 0;
    // True for a command that draws (charts into a PDF): main() then starts a QApplication,
    // offscreen when there is no display, instead of a QCoreApplication.
    virtual bool needsGui() const { return false; }
};

// Parses args with parser (adding --help). Returns -1 to go on, or the exit code to return now
// (help printed: 0; bad usage reported: 2).
int parseArguments(QCommandLineParser &parser, const QStringList &args, Io io);
// For `vigie NAME SUB …` with a single subcommand SUB: the arguments to parse, starting with
// "vigie NAME SUB" (help asked as `vigie NAME --help` too); nullopt after reporting bad usage.
std::optional<QStringList> singleSubcommandArguments(const QStringList &args, const QString &sub, Io io);

// Prints "COMMAND: the error" on standard error and returns Failure.
int reportFailure(Io io, const QString &command, const Status &status);

// Adds --db PATH ("Database file to use.") for commands that work on an existing store.
void addDatabaseOption(QCommandLineParser &parser);
// Opens the store --db names, which must exist already (reading commands never create one).
Status openExistingStore(const QCommandLineParser &parser, Database &db);
// The same, then its primary workspace.
Status openExistingWorkspace(const QCommandLineParser &parser, Database &db, Workspace *workspace);

// An ISO 8601 time from the command line, in UTC: without an offset it is wall-clock time in
// zone (the workspace's). Invalid when unreadable.
QDateTime parseWorkspaceTime(const QString &text, const QTimeZone &zone);

// A time for --json output: ISO 8601 in UTC, or null when there is none.
QJsonValue jsonTime(const QDateTime &when);

// The --db option shared by the commands that open a store, defaulting to the user's store.
QString databasePathOption(const QCommandLineParser &parser);

} // namespace cli
} // namespace vigie
