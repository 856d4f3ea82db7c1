#include "publishing/scheduleimport.h"

#include "core/postcontent.h"
#include "publishing/compliance.h"
#include "publishing/scheduleimportcsv.h"
#include "publishing/scheduleimportdate.h"
#include "publishing/workspacetime.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace vigie {

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonth:
        return QStringLiteral("dmy");
    case DateOrder::MonthDay:
        return QStringLiteral("mdy");
    case DateOrder::Detect:
        break;
    }
    return QStringLiteral("detect");
}

std::optional<DateOrder> dateOrderFromKey(const QString &key)
{
    for (DateOrder order : {DateOrder::Detect, DateOrder::DayMonth, DateOrder::MonthDay}) {
        if (dateOrderKey(order) == key)
            return order;
    }
    return std::nullopt;
}

QList<ImportError> ImportPlan::errors() const
{
    QList<ImportError> all = fileProblems;
    for (const ImportRow &row : rows) {
        for (const QString &problem : row.problems)
            all << ImportError{row.line, problem};
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
    return all;
}

// Everything the row checks need, read once per file.
struct ScheduleImport::Context
{
    Account account;
    std::optional<Brand> brand;
    QList<Product> products;
    QList<Account> accounts;
    WorkspaceTime time;
    QDateTime now;
};

ScheduleImport::ScheduleImport(Database &db, const Workspace &workspace, const Clock &clock)
    : m_db(db)
    , m_workspace(workspace)
    , m_clock(clock)
{}

namespace {
const QString kMissingSafetyText = QStringLiteral("missing_safety_text");

bool isBlank(const CsvRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

bool looksLikeHeader(const CsvRecord &record)
{
    const QString first = record.fields.value(0);
    return std::none_of(first.cbegin(), first.cend(), [](QChar c) { return c.isDigit(); });
}

// The posts of the file: blank lines and a header skipped, columns A, B, C read.
QList<ImportRow> rowsOf(const CsvDocument &document)
{
    QList<ImportRow> rows;
    bool first = true;
    for (const CsvRecord &record : document.records) {
        if (isBlank(record))
            continue;
        if (std::exchange(first, false) && looksLikeHeader(record))
            continue;
        ImportRow row;
        row.line = record.line;
        row.dateText = record.fields.value(0).trimmed();
        row.message = record.fields.value(1).trimmed();
        row.link = record.fields.value(2).trimmed();
        row.text = row.link.isEmpty() ? row.message : row.message + QLatin1Char(' ') + row.link;
        if (std::any_of(record.fields.cbegin() + std::min<qsizetype>(3, record.fields.size()),
                        record.fields.cend(), [](const QString &f) { return !f.trimmed().isEmpty(); }))
            row.problems << ScheduleImport::tr(
                                "More than three columns (date, message, link): put the message in quotes "
                                "if it contains a \"%1\".")
                                .arg(document.separator);
        if (!row.problems.isEmpty())
            row.link.clear(); // column C holds part of the message, not a link: one reason is enough
        rows << row;
    }
    return rows;
}

QString isoText(const QDate &date, const QTime &time)
{
    return QStringLiteral("%1 %2").arg(date.toString(Qt::ISODate), time.toString(u"HH:mm"));
}
} // namespace

ImportPlan ScheduleImport::checkFile(const QString &path, const ImportOptions &options) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPlan plan;
        plan.fileName = options.fileName.isEmpty() ? QFileInfo(path).fileName() : options.fileName;
        plan.fileProblems << ImportError{0, tr("Cannot read %1: %2").arg(path, file.errorString())};
        return plan;
    }
    ImportOptions named = options;
    if (named.fileName.isEmpty())
        named.fileName = QFileInfo(path).fileName();
    return check(file.readAll(), named);
}

ImportPlan ScheduleImport::check(const QByteArray &csv, const ImportOptions &options) const
{
    ImportPlan plan;
    plan.fileName = options.fileName;
    plan.dateOrder = options.dateOrder;
    WorkspaceRepository workspaces(m_db, m_clock);
    const auto account = workspaces.account(options.accountId);
    if (!account || account->workspaceId != m_workspace.id) {
        plan.fileProblems << ImportError{
            0, tr("There is no account %1 in this workspace.").arg(options.accountId)};
        return plan;
    }
    if (!publishingNetworks().contains(account->network)) {
        plan.fileProblems << ImportError{
            0, tr("%1 is not an account Vigie can publish to.").arg(account->displayName)};
        return plan;
    }
    plan.account = *account;
    Context context{*account,
                    account->brandId ? workspaces.brand(account->brandId) : std::nullopt,
                    workspaces.products(m_workspace.id),
                    workspaces.accounts(m_workspace.id),
                    WorkspaceTime(m_workspace.timezone),
                    m_clock.now()};

    // A brand without its mandatory safety text concerns the whole file: said once, not per row.
    Post probe;
    probe.workspaceId = m_workspace.id;
    probe.brandId = account->brandId;
    probe.body = QStringLiteral("-");
    probe.variants << PostVariant::forAccount(account->id);
    for (const ComplianceFinding &finding :
         ComplianceChecker(context.brand, context.products, context.accounts).check(probe)) {
        if (finding.code == kMissingSafetyText)
            plan.fileProblems << ImportError{0, finding.message};
    }

    const CsvDocument document = CsvReader::read(csv);
    if (document.unterminatedQuoteLine > 0)
        plan.fileProblems << ImportError{
            document.unterminatedQuoteLine,
            tr("A quoted text starts here and is never closed: add the closing \".")};
    plan.rows = rowsOf(document);
    if (plan.rows.isEmpty())
        plan.fileProblems << ImportError{0, tr("The file has no posts.")};

    // The day/month order: as chosen, or the first date that can only be read one way.
    int settledLine = 0;
    if (plan.dateOrder == DateOrder::Detect) {
        for (const ImportRow &row : std::as_const(plan.rows)) {
            const auto parsed = ImportDateText::parse(row.dateText);
            if (parsed && !parsed->iso && parsed->allowsDayMonth() != parsed->allowsMonthDay()) {
                plan.dateOrder = parsed->allowsDayMonth() ? DateOrder::DayMonth : DateOrder::MonthDay;
                settledLine = row.line;
                break;
            }
        }
    }

    QHash<QString, int> seen; // message (spaces simplified) -> first line
    int counted = 0;
    for (ImportRow &row : plan.rows) {
        const auto parsed = ImportDateText::parse(row.dateText);
        if (!parsed) {
            row.problems << tr("Unreadable date \"%1\": write it as DD/MM/YYYY HH:mm or MM/DD/YYYY HH:mm "
                               "(24-hour time).")
                                .arg(row.dateText);
        } else if (plan.dateOrder == DateOrder::Detect && parsed->isAmbiguous()) {
            row.problems << tr("Ambiguous date \"%1\": %2 or %3? Choose whether the file writes the day or "
                               "the month first.")
                                .arg(row.dateText, parsed->date(true).toString(Qt::ISODate),
                                     parsed->date(false).toString(Qt::ISODate));
        } else {
            const bool dayFirst = plan.dateOrder != DateOrder::MonthDay;
            const QDate date = parsed->date(dayFirst);
            if (!date.isValid()) {
                QString problem = dayFirst ? tr("\"%1\" is not a date when read day first (DD/MM/YYYY).")
                                           : tr("\"%1\" is not a date when read month first (MM/DD/YYYY).");
                problem = problem.arg(row.dateText);
                if (settledLine)
                    problem += QLatin1Char(' ') +
                               tr("Line %1 shows the file writes dates that way.").arg(settledLine);
                row.problems << problem;
            } else {
                const QDateTime instant = firstOccurrence(date, parsed->time(), context.time.zone());
                if (!instant.isValid())
                    row.problems << tr("%1 does not exist in %2: the clocks change at that time. Choose "
                                       "another time.")
                                        .arg(isoText(date, parsed->time()), context.time.zoneId());
                else
                    row.scheduledAt = instant;
            }
        }
        if (parsed && parsed->minute % 5 != 0)
            row.problems << tr("The minutes must be a multiple of 5 (:00, :05 … :55).");
        if (++counted == kMaxRows + 1)
            row.problems << tr("More than %1 posts in one file: split it (this is the first line over).")
                                .arg(kMaxRows);
        if (!row.message.isEmpty()) {
            const QString key = row.text.simplified();
            if (const auto it = seen.constFind(key); it != seen.constEnd())
                row.problems << tr("The same message as line %1.").arg(it.value());
            else
                seen.insert(key, row.line);
        }
        checkRow(row, context);
    }
    return plan;
}

void ScheduleImport::checkRow(ImportRow &row, const Context &context) const
{
    if (row.scheduledAt.isValid()) {
        if (row.scheduledAt <= context.now)
            row.problems << tr("This time is in the past.");
        else if (row.scheduledAt < context.now.addSecs(kMinMinutesAhead * 60))
            row.problems << tr("This time is less than %1 minutes from now.").arg(kMinMinutesAhead);
    }
    if (row.message.isEmpty()) {
        row.problems << tr("The message is empty.");
        return;
    }
    if (!row.link.isEmpty()) {
        const QUrl url(row.link, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            row.problems << tr("\"%1\" is not a web link (http:// or https://).").arg(row.link);
    }
    const QString safety = context.brand ? context.brand->safetyText : QString();
    const QString published = withSafetyText(row.text, safety);
    const MeasuredLength measured =
        m_measure ? m_measure(context.account, published) : MeasuredLength{int(published.toUcs4().size()), 0};
    if (measured.maxLength > 0 && measured.length > measured.maxLength) {
        row.problems << (safety.isEmpty()
                             ? tr("Too long for %1: %2 characters, at most %3.")
                             : tr("Too long for %1: %2 characters with the brand's safety text, at most %3."))
                            .arg(networkDisplayName(context.account.network))
                            .arg(measured.length)
                            .arg(measured.maxLength);
    }
    Post post;
    post.workspaceId = m_workspace.id;
    post.brandId = context.account.brandId;
    post.body = row.text;
    post.variants << PostVariant::forAccount(context.account.id);
    const auto findings = ComplianceChecker(context.brand, context.products, context.accounts).check(post);
    for (const ComplianceFinding &finding : findings) {
        if (finding.isError() && finding.code != kMissingSafetyText)
            row.problems << finding.message;
    }
}

Status ScheduleImport::commit(const ImportPlan &plan, const QString &actor, int *imported)
{
    if (imported)
        *imported = 0;
    if (!plan.canImport())
        return Status::failure(tr("Nothing was imported: the file has problems."));
    WorkspaceRepository workspaces(m_db, m_clock);
    const auto account = workspaces.account(plan.account.id);
    if (!account)
        return Status::failure(tr("There is no account %1 in this workspace.").arg(plan.account.id));
    Context context{*account,
                    account->brandId ? workspaces.brand(account->brandId) : std::nullopt,
                    {},
                    {},
                    WorkspaceTime(m_workspace.timezone),
                    m_clock.now()};
    // Time went on since the check (a dialog left open): the 10-minute rule holds at writing time.
    QStringList late;
    for (const ImportRow &row : plan.rows) {
        if (row.scheduledAt < context.now.addSecs(kMinMinutesAhead * 60))
            late << QString::number(row.line);
    }
    if (!late.isEmpty())
        return Status::failure(tr("Nothing was imported: these lines are now less than %1 minutes away: %2.")
                                   .arg(kMinMinutesAhead)
                                   .arg(late.join(QStringLiteral(", "))));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tr("Nothing was imported: the store could not start a transaction."));
    for (const ImportRow &row : plan.rows) {
        if (auto st = insertPost(plan, row, context, actor); !st)
            return Status::failure(tr("Nothing was imported: line %1: %2").arg(row.line).arg(st.error()));
    }
    if (auto st = tx.commit(); !st)
        return Status::failure(tr("Nothing was imported: %1").arg(st.error()));
    if (imported)
        *imported = int(plan.rows.size());
    return Status::success();
}

// The same rows PostRepository::create writes, inside the import's one transaction:
// PostRepository opens its own transaction per call and Transaction does not nest (yet).
Status ScheduleImport::insertPost(const ImportPlan &plan, const ImportRow &row, const Context &context,
                                  const QString &actor) const
{
    const bool needsReview = context.brand && !context.brand->requiredReviews.isEmpty();
    Post post;
    post.workspaceId = m_workspace.id;
    post.brandId = context.account.brandId;
    post.body = row.text;
    post.state = needsReview ? PostState::InReview : PostState::Scheduled;
    post.scheduledAt = row.scheduledAt;
    post.author = actor;
    PostVariant variant = PostVariant::forAccount(context.account.id);
    variant.state = post.state;
    post.variants << variant;
    SqlQuery insert(
        m_db, QStringLiteral("INSERT INTO posts (workspace_id, brand_id, body, state, scheduled_at, "
                             "created_at, updated_at, extras, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto st =
            insert.execWith({post.workspaceId, toDbId(post.brandId), post.body, postStateKey(post.state),
                             toDbTime(post.scheduledAt), toDbTime(context.now), toDbTime(context.now),
                             post.extras.toJsonText(), post.author});
        !st)
        return st;
    post.id = insert.lastInsertId();
    SqlQuery insertVariant(
        m_db, QStringLiteral("INSERT INTO post_variants (post_id, account_id, state) VALUES (?, ?, ?)"));
    if (auto st = insertVariant.exec(post.id, variant.accountId, postStateKey(variant.state)); !st)
        return st;
    const QString safety = context.brand ? context.brand->safetyText : QString();
    return AuditLog(m_db).append(
        m_workspace.id, actor, QStringLiteral("post.imported"), QStringLiteral("post"), post.id,
        {{QStringLiteral("file"), plan.fileName},
         {QStringLiteral("line"), row.line},
         {QStringLiteral("account"), context.account.id},
         {QStringLiteral("scheduled_at"), row.scheduledAt.toUTC().toString(Qt::ISODate)},
         {QStringLiteral("state"), postStateKey(post.state)},
         {QStringLiteral("content_hash"), postContentHash(post, safety)}},
        context.now);
}

} // namespace vigie
