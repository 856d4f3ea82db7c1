#include "manual/commentcsvimport.h"

#include "classify/classifier.h"
#include "delivery/inboxsync.h"
#include "publishing/scheduleimportcsv.h"
#include "publishing/workspacetime.h"
#include "storage/adversecaserepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/workspacerepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace vigie {

namespace {

enum class Column { Date, Author, Text, Url, Id, Parent, Handle };

// Header names after folding (lower case, accents and punctuation removed). English first,
// then French as Excel users write them.
struct ColumnName
{
    Column column;
    const char *names;
};
constexpr ColumnName kColumnNames[] = {
    {Column::Date, "date|created|created at|datetime|date time|time|published|date et heure|date heure|"
                   "heure|publie le|date de publication"},
    {Column::Author, "author|author name|name|from|auteur|nom|nom de l auteur|par"},
    {Column::Text, "text|comment|message|body|content|texte|commentaire|contenu"},
    {Column::Url, "url|link|permalink|lien|adresse"},
    {Column::Id, "id|comment id|remote id|identifiant|id du commentaire|numero"},
    {Column::Parent, "parent|parent id|in reply to|reply to|in reply to id|en reponse a|reponse a|parent id"},
    {Column::Handle, "handle|username|user name|user|login|pseudo|identifiant de l auteur|nom d utilisateur"},
};

// "Réponse à" -> "reponse a", "created_at" -> "created at".
QString foldHeader(const QString &text)
{
    QString folded;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
        else if (c.category() != QChar::Mark_NonSpacing)
            folded.append(QLatin1Char(' '));
    }
    return folded.simplified();
}

std::optional<Column> columnFor(const QString &header)
{
    const QString folded = foldHeader(header);
    for (const ColumnName &name : kColumnNames) {
        if (QString::fromLatin1(name.names).split(QLatin1Char('|')).contains(folded))
            return name.column;
    }
    return std::nullopt;
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

bool isWebLink(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

QDateTime parseCommentDate(const QString &input, const QTimeZone &zone)
{
    const QString text = input.trimmed();
    static const QRegularExpression french(
        QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    if (const auto m = french.match(text); m.hasMatch()) {
        const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!date.isValid() || !time.isValid())
            return {};
        return firstOccurrence(date, time, zone);
    }
    static const QRegularExpression iso(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    if (!iso.match(text).hasMatch())
        return {};
    QString normalized = text;
    normalized[10] = QLatin1Char('T');
    const QDateTime read = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!read.isValid())
        return {};
    if (read.timeSpec() != Qt::LocalTime) // an offset or Z was written
        return read.toUTC();
    return firstOccurrence(read.date(), read.time(), zone);
}

QString CommentCsvImport::acceptedColumnsText()
{
    return tr("date (or Date, date et heure), author (or auteur, nom), text (or texte, commentaire); "
              "optional: url (or lien), id, parent (or in reply to, en réponse à), handle (or pseudo)");
}

QString CommentCsvImport::stableRemoteId(Id accountId, const CommentRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {QString::number(accountId), row.author, row.handle,
                                row.createdAt.toUTC().toString(Qt::ISODate), row.text}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return QStringLiteral("csv-") + QString::fromLatin1(hash.result().toHex().left(32));
}

Account CommentCsvImport::accountFor(Id accountId, QList<CommentImportError> *errors) const
{
    const auto account = WorkspaceRepository(m_db, m_clock).account(accountId);
    if (!account) {
        errors->append({0, tr("There is no account %1.").arg(accountId)});
        return {};
    }
    // A network with an API fills its inbox itself; a CSV row could collide with its ids.
    if (account->network != Network::Manual)
        errors->append({0, tr("Comments can be imported only into a manual channel; %1 (%2) brings its "
                              "comments in itself.")
                               .arg(account->displayName.isEmpty() ? account->handle : account->displayName,
                                    networkDisplayName(account->network))});
    return *account;
}

CommentImportPlan CommentCsvImport::readFile(const QString &path, Id accountId) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CommentImportPlan plan;
        plan.fileName = QFileInfo(path).fileName();
        plan.account = accountFor(accountId, &plan.errors);
        plan.errors.append({0, tr("Cannot read %1: %2").arg(path, file.errorString())});
        return plan;
    }
    CommentImportPlan plan = read(file.readAll(), accountId);
    plan.fileName = QFileInfo(path).fileName();
    return plan;
}

CommentImportPlan CommentCsvImport::read(const QByteArray &bytes, Id accountId) const
{
    CommentImportPlan plan;
    plan.account = accountFor(accountId, &plan.errors);
    if (!plan.errors.isEmpty())
        return plan;
    const CsvDocument document = CsvReader::read(bytes);
    QList<CsvRecord> records = document.records;
    records.erase(
        std::remove_if(records.begin(), records.end(), [](const CsvRecord &r) { return isBlank(r.fields); }),
        records.end());
    if (records.isEmpty()) {
        plan.errors.append({0, tr("The file is empty: its first line names the columns (%1), then one "
                                  "comment per line.")
                                   .arg(acceptedColumnsText())});
        return plan;
    }

    // The header: which field holds what.
    const CsvRecord &header = records.constFirst();
    QHash<int, int> index; // Column -> field
    for (int i = 0; i < header.fields.size(); ++i) {
        const auto column = columnFor(header.fields.at(i));
        if (!column)
            continue; // a column Vigie does not use (likes, a note…) is left alone
        if (index.contains(int(*column))) {
            plan.errors.append({header.line, tr("Two columns hold the same thing: \"%1\" and \"%2\".")
                                                 .arg(header.fields.at(index.value(int(*column))).trimmed(),
                                                      header.fields.at(i).trimmed())});
            return plan;
        }
        index.insert(int(*column), i);
    }
    QStringList missing;
    if (!index.contains(int(Column::Date)))
        missing << QStringLiteral("date");
    if (!index.contains(int(Column::Author)) && !index.contains(int(Column::Handle)))
        missing << QStringLiteral("author");
    if (!index.contains(int(Column::Text)))
        missing << QStringLiteral("text");
    if (!missing.isEmpty()) {
        plan.errors.append(
            {header.line, tr("The first line must name the columns; missing: %1. Accepted "
                             "names: %2.")
                              .arg(missing.join(QStringLiteral(", ")), acceptedColumnsText())});
        return plan;
    }

    const auto workspace = WorkspaceRepository(m_db, m_clock).workspace(plan.account.workspaceId);
    const QTimeZone zone = workspaceTimeZone(workspace ? workspace->timezone : QString());
    const QDateTime latest = m_clock.now().addSecs(3600); // clocks of the community and ours may differ
    QHash<QString, int> lineOfId;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        const auto field = [&](Column c) {
            return index.contains(int(c)) ? record.fields.value(index.value(int(c))).trimmed() : QString();
        };
        CommentRow row;
        row.line = record.line;
        row.author = field(Column::Author);
        row.handle = field(Column::Handle);
        if (row.handle.startsWith(QLatin1Char('@')))
            row.handle.remove(0, 1);
        row.text = index.contains(int(Column::Text))
                       ? record.fields.value(index.value(int(Column::Text))).trimmed()
                       : QString();
        row.url = field(Column::Url);
        row.remoteId = field(Column::Id);
        row.parentRemoteId = field(Column::Parent);
        const QString dateText = field(Column::Date);
        QStringList problems;
        if (record.fields.size() > header.fields.size() && !isBlank(record.fields.mid(header.fields.size())))
            problems << tr("%1 fields where the first line names %2: is a text with a separator missing "
                           "its quotes?")
                            .arg(record.fields.size())
                            .arg(header.fields.size());
        if (dateText.isEmpty()) {
            problems << tr("The date is empty.");
        } else {
            row.createdAt = parseCommentDate(dateText, zone);
            if (!row.createdAt.isValid() && parseCommentDate(dateText, QTimeZone::utc()).isValid())
                problems << tr("%1 does not exist in %2: the clocks skip that hour in spring.")
                                .arg(dateText, QString::fromUtf8(zone.id()));
            else if (!row.createdAt.isValid())
                problems << tr("The date \"%1\" cannot be read: write 2026-03-14 09:30 or 14/03/2026 09:30.")
                                .arg(dateText);
            else if (row.createdAt > latest)
                problems << tr("The date %1 is in the future: are day and month swapped?").arg(dateText);
        }
        if (row.author.isEmpty() && row.handle.isEmpty())
            problems << tr("The author is empty.");
        if (row.text.isEmpty())
            problems << tr("The comment text is empty.");
        if (!row.url.isEmpty() && !isWebLink(row.url))
            problems << tr("\"%1\" is not a web link (http:// or https://).").arg(row.url);
        if (!row.remoteId.isEmpty()) {
            if (const int first = lineOfId.value(row.remoteId); first > 0)
                problems << tr("The same id as line %1.").arg(first);
            else
                lineOfId.insert(row.remoteId, row.line);
            if (row.parentRemoteId == row.remoteId)
                problems << tr("The comment answers itself (parent = id).");
        }
        for (const QString &problem : std::as_const(problems))
            plan.errors.append({row.line, problem});
        if (problems.isEmpty()) {
            if (row.remoteId.isEmpty())
                row.remoteId = stableRemoteId(plan.account.id, row);
            plan.rows << row;
        }
    }
    if (document.unterminatedQuoteLine > 0)
        plan.errors.append({document.unterminatedQuoteLine,
                            tr("A quoted text opens here and never closes: the rest of the file was read "
                               "as part of it.")});
    if (plan.rows.isEmpty() && plan.errors.isEmpty())
        plan.errors.append({0, tr("The file names its columns but holds no comment.")});
    std::stable_sort(
        plan.errors.begin(), plan.errors.end(),
        [](const CommentImportError &a, const CommentImportError &b) { return a.line < b.line; });
    if (plan.errors.isEmpty())
        fillRoots(plan);
    if (!plan.errors.isEmpty())
        plan.rows.clear();
    return plan;
}

// A reply belongs to its parent's conversation: found in the file, else in the inbox (an
// earlier import), else the parent starts it (the parent itself was never imported).
void CommentCsvImport::fillRoots(CommentImportPlan &plan) const
{
    QHash<QString, int> rowOf;
    for (int i = 0; i < plan.rows.size(); ++i)
        rowOf.insert(plan.rows.at(i).remoteId, i);
    SqlQuery stored(m_db,
                    QStringLiteral("SELECT t.root_remote_id FROM messages m CROSS JOIN threads t "
                                   "WHERE m.account_id = ? AND m.remote_id = ? AND t.id = m.thread_id"));
    for (CommentRow &row : plan.rows) {
        QString current = row.remoteId;
        QString parent = row.parentRemoteId;
        QSet<QString> seen{current};
        while (!parent.isEmpty() && rowOf.contains(parent)) {
            if (seen.contains(parent)) {
                plan.errors.append({row.line, tr("This comment and the one it answers answer each other "
                                                 "(a loop of parent ids).")});
                parent.clear();
                break;
            }
            seen.insert(parent);
            current = parent;
            parent = plan.rows.at(rowOf.value(parent)).parentRemoteId;
        }
        if (parent.isEmpty()) {
            row.rootRemoteId = current;
        } else if (stored.exec(plan.account.id, parent) && stored.next()) {
            row.rootRemoteId = stored.value(0).toString();
        } else {
            row.rootRemoteId = parent;
        }
    }
}

Status CommentCsvImport::commit(const CommentImportPlan &plan, const QString &actor,
                                CommentImportResult *result) const
{
    CommentImportResult counts;
    counts.read = int(plan.rows.size());
    if (!plan.canImport())
        return Status::failure(plan.errors.isEmpty()
                                   ? tr("The file holds no comment.")
                                   : tr("Correct the lines listed first: nothing was imported."));
    // Which ones are already in the inbox, to count the new ones flagged afterwards.
    QSet<QString> existing;
    SqlQuery find(m_db, QStringLiteral("SELECT 1 FROM messages WHERE account_id = ? AND remote_id = ?"));
    for (const CommentRow &row : plan.rows) {
        if (auto st = find.exec(plan.account.id, row.remoteId); !st)
            return st;
        if (find.next())
            existing.insert(row.remoteId);
    }

    platforms::InboxPage page;
    for (const CommentRow &row : plan.rows) {
        platforms::RemoteMessage m;
        m.remoteId = row.remoteId;
        m.parentRemoteId = row.parentRemoteId;
        m.rootRemoteId = row.rootRemoteId;
        m.kind = row.parentRemoteId.isEmpty() ? QStringLiteral("comment") : QStringLiteral("reply");
        m.author.handle = row.handle.isEmpty() ? row.author : row.handle;
        m.author.displayName = row.author;
        m.text = row.text;
        m.url = row.url;
        m.createdAt = row.createdAt;
        page.messages << m;
    }
    // The same path as a network's sync: classification, then ingest (threads, search index,
    // pharmacovigilance cases) in one transaction, here joined with the audit entry.
    Transaction tx(m_db);
    const classify::Classifier classifier = workspaceClassifier(m_db, plan.account.workspaceId);
    const SyncReport report =
        syncStream(m_db, m_clock, plan.account, QStringLiteral("csv-import"), {}, &classifier,
                   [&page](const QString &, const std::function<bool(const platforms::InboxPage &)> &onPage) {
                       onPage(page);
                       return platforms::Outcome::success();
                   });
    if (!report.storeError.isEmpty())
        return Status::failure(report.storeError);
    if (auto st = AuditLog(m_db).append(plan.account.workspaceId, actor, QStringLiteral("inbox.imported"),
                                        QStringLiteral("account"), plan.account.id,
                                        {{QStringLiteral("file"), plan.fileName},
                                         {QStringLiteral("comments"), counts.read},
                                         {QStringLiteral("new"), report.inserted}},
                                        m_clock.now());
        !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;

    counts.imported = report.inserted;
    counts.duplicates = counts.read - report.inserted;
    SqlQuery flagged(m_db, QStringLiteral("SELECT adverse_event FROM messages WHERE account_id = ? AND "
                                          "remote_id = ?"));
    for (const CommentRow &row : plan.rows) {
        if (existing.contains(row.remoteId))
            continue;
        if (flagged.exec(plan.account.id, row.remoteId) && flagged.next() && flagged.value(0).toInt() != 0)
            ++counts.flagged;
    }
    if (result)
        *result = counts;
    return Status::success();
}

} // namespace vigie
