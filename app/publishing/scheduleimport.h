#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace vigie {

class Database;

// How to read "04/05/2026": Hootsuite's bulk composer lets the user say whether the file is
// written day first or month first. Detect reads the order from the file itself (a day above 12
// settles it) and reports the rows it cannot settle.
enum class DateOrder { Detect, DayMonth, MonthDay };
QString dateOrderKey(DateOrder order); // "detect", "dmy", "mdy"
std::optional<DateOrder> dateOrderFromKey(const QString &key);

// A post's length as its network counts it and the account's limit (0 = no known limit). The
// caller passes the platform registry's counting (platforms::postLength / defaultLimits).
struct MeasuredLength
{
    int length = 0;
    int maxLength = 0;
};
using LengthMeasure = std::function<MeasuredLength(const Account &account, const QString &text)>;

struct ImportOptions
{
    Id accountId = 0;
    DateOrder dateOrder = DateOrder::Detect;
    QString fileName; // recorded in the audit log
};

// One row of the file: where it is, what it says, when it would publish and what is wrong.
struct ImportRow
{
    int line = 0;
    QString dateText;
    QString message;
    QString link;
    QString text;          // what the post will say: the message, then the link
    QDateTime scheduledAt; // UTC; invalid while the date cannot be read
    QStringList problems;  // in words; empty = the row can be imported
    bool isValid() const { return problems.isEmpty(); }
};

struct ImportError
{
    int line = 0; // 0 = the file or the account as a whole
    QString reason;
};

// What a file would import: every row, checked, and every problem with its line.
struct ImportPlan
{
    Account account;
    QList<ImportRow> rows;
    QList<ImportError> fileProblems;         // not tied to one row (unreadable file, unknown account…)
    DateOrder dateOrder = DateOrder::Detect; // the order used (Detect when it could not be settled)
    QString fileName;

    QList<ImportError> errors() const; // every problem, by line
    bool canImport() const { return !rows.isEmpty() && errors().isEmpty(); }
};

// `vigie import-schedule` and the import dialog: reads a Hootsuite bulk-composer CSV, checks
// every row and then writes all of them in one transaction, or nothing.
//
// The layout, as Hootsuite's bulk composer takes it (Hootsuite's help pages describe it; found
// through users' write-ups: kim-iverson-headlee.blogspot.com 2016/08 "Using Hootsuite Pro's bulk
// message scheduler", jycalcano.blogspot.com 2015/07 "Hootsuite bulk messaging explained",
// gussetbeard.com "Bulk Update Algo"): column A the date and time "DD/MM/YYYY HH:mm" or
// "MM/DD/YYYY HH:mm" in 24-hour time (the user picks the order when uploading), column B the
// message, optional column C a link; at most 350 posts per file. The scheduling rules the same
// family of tools enforces (Friends+Me's and Sprout Social's bulk help state them in the same
// words): at least 10 minutes in the future, minutes ending in 0 or 5; duplicate messages refused.
// Where those sources are silent Vigie chooses what a user expects:
//  - a first row whose column A holds no digit is a header ("Date,Message,Link") and is skipped;
//  - "YYYY-MM-DD HH:mm" is accepted too (it cannot be ambiguous) and ":00" seconds are allowed;
//  - empty lines are skipped; a fourth non-empty column is an error (usually an unquoted comma);
//  - the link is appended to the message after a space; times are the workspace's wall-clock
//    time; a time skipped by a daylight-saving change is refused (not moved), so a health post
//    never goes out an hour away from what its author wrote;
//  - an ambiguous time at the autumn change (02:30 happens twice) takes the first occurrence.
class ScheduleImport
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleImport)

public:
    static constexpr int kMaxRows = 350;
    static constexpr int kMinMinutesAhead = 10;

    ScheduleImport(Database &db, const Workspace &workspace, const Clock &clock = SystemClock::instance());
    void setLengthMeasure(LengthMeasure measure) { m_measure = std::move(measure); }

    // Reads and checks; writes nothing.
    ImportPlan check(const QByteArray &csv, const ImportOptions &options) const;
    ImportPlan checkFile(const QString &path, const ImportOptions &options) const;

    // Creates one post per row (one variant, for the plan's account) in one transaction: in
    // review when the account's brand requires reviews, scheduled otherwise; each audit-logged as
    // "post.imported" with the file and line. A plan with any problem writes nothing. The rows'
    // times are checked again against the clock first (the dialog may have stayed open).
    Status commit(const ImportPlan &plan, const QString &actor, int *imported = nullptr);

private:
    struct Context;
    void checkRow(ImportRow &row, const Context &context) const;
    Status insertPost(const ImportPlan &plan, const ImportRow &row, const Context &context,
                      const QString &actor) const;

    Database &m_db;
    Workspace m_workspace;
    const Clock &m_clock;
    LengthMeasure m_measure;
};

} // namespace vigie
