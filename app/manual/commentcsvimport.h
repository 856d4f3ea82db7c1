#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace vigie {

class Database;

// One comment read from the file, checked.
struct CommentRow
{
    int line = 0;     // where its record starts in the file (a quoted text may span lines)
    QString remoteId; // the id column, else a stable hash (see CommentCsvImport::stableRemoteId)
    QString parentRemoteId;
    QString rootRemoteId; // the conversation it belongs to (its parent's, or itself)
    QString author;       // the name shown
    QString handle;       // the community's user name, when the file has one
    QString text;
    QString url;
    QDateTime createdAt; // UTC
};

struct CommentImportError
{
    int line = 0; // 0 = the file or the account as a whole
    QString reason;
};

// What a file would import, or why it cannot: nothing is stored unless errors is empty.
struct CommentImportPlan
{
    Account account;
    QString fileName;
    QList<CommentRow> rows;
    QList<CommentImportError> errors; // by line

    bool canImport() const { return errors.isEmpty() && !rows.isEmpty(); }
};

struct CommentImportResult
{
    int read = 0;       // comments in the file
    int imported = 0;   // new to the inbox
    int duplicates = 0; // already there (the same file imported before)
    int flagged = 0;    // new ones flagged as possible adverse events (a case was opened for each)
};

// Imports the comments of a community without an API (Sermo, Viadeo, PatientsLikeMe…) into a
// manual account's inbox from a CSV file a person exported or typed: RFC 4180, UTF-8 with or
// without BOM (Windows-1252 when not UTF-8), comma or semicolon (French Excel), a header naming
// the columns in English or French. Every row goes through the same classification and
// InboxRepository::ingest as a network sync (syncStream), so products, adverse events with
// their evidence, sentiment and the pharmacovigilance case are handled the same way. All or
// nothing: any bad line and nothing is stored. Importing a file twice adds nothing the second
// time (remote id = the id column, else a hash of account, author, date and text).
class CommentCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(vigie::CommentCsvImport)

public:
    explicit CommentCsvImport(Database &db, const Clock &clock = SystemClock::instance())
        : m_db(db)
        , m_clock(clock)
    {}

    // Reads and checks; stores nothing. Dates without an offset are wall-clock times of the
    // account's workspace.
    CommentImportPlan readFile(const QString &path, Id accountId) const;
    CommentImportPlan read(const QByteArray &bytes, Id accountId) const;
    // Stores every row of a plan that canImport(), in one transaction with its audit entry.
    Status commit(const CommentImportPlan &plan, const QString &actor, CommentImportResult *result) const;

    // "csv-" + the first 32 hex digits of SHA-256 over the account, author, handle, UTC date and
    // text: the same comment exported twice gets the same id.
    static QString stableRemoteId(Id accountId, const CommentRow &row);
    // The column names a header may use, for error messages and the dialog's help.
    static QString acceptedColumnsText();

private:
    Account accountFor(Id accountId, QList<CommentImportError> *errors) const;
    void fillRoots(CommentImportPlan &plan) const;

    Database &m_db;
    const Clock &m_clock;
};

// A date as people write them in a file: ISO 8601 (with or without offset or seconds), or
// "dd/MM/yyyy HH:mm[:ss]" (French order). Without an offset it is a wall-clock time in zone;
// invalid when unreadable or in the hour a spring clock change skips (the earlier one when an
// autumn change repeats it).
QDateTime parseCommentDate(const QString &text, const QTimeZone &zone);

} // namespace vigie
