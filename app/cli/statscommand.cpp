#include "cli/statscommand.h"

#include "cli/mentionstats.h"
#include "core/status.h"
#include "storage/database.h"
#include "storage/storestats.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace vigie {
namespace cli {

namespace {

// Percents in JSON: two decimals are plenty and keep the output readable.
double roundedPercent(double percent)
{
    return std::round(percent * 100.0) / 100.0;
}

QJsonObject totalsJson(const MentionTotals &totals)
{
    return {{QStringLiteral("total"), totals.total},
            {QStringLiteral("positive"), totals.positive},
            {QStringLiteral("neutral"), totals.neutral},
            {QStringLiteral("negative"), totals.negative},
            {QStringLiteral("adverse"), totals.adverse}};
}

QJsonObject mentionsJson(const Workspace &workspace, const BrandPeriodStats &brand, const MentionStats &stats,
                         const QList<DailyBrandCount> &daily)
{
    QJsonArray days;
    for (const DailyBrandCount &count : daily) {
        MentionTotals totals;
        totals.add(count);
        QJsonObject day = totalsJson(totals);
        day.insert(QStringLiteral("day"), count.day.toString(Qt::ISODate));
        days.append(day);
    }
    QJsonArray shares;
    for (const BrandPeriodStats &other : stats.brands) {
        shares.append(QJsonObject{{QStringLiteral("id"), other.brand.id},
                                  {QStringLiteral("name"), other.brand.name},
                                  {QStringLiteral("competitor"), other.brand.isCompetitor},
                                  {QStringLiteral("mentions"), other.current.total},
                                  {QStringLiteral("percent"), roundedPercent(other.shareOfVoice)}});
    }
    QJsonObject previous = totalsJson(brand.previous);
    previous.insert(QStringLiteral("from"), stats.previousRange.from.toString(Qt::ISODate));
    previous.insert(QStringLiteral("to"), stats.previousRange.to.toString(Qt::ISODate));
    const auto change = percentChange(brand.previous.total, brand.current.total);
    previous.insert(QStringLiteral("change_percent"),
                    change ? QJsonValue(roundedPercent(*change)) : QJsonValue(QJsonValue::Null));
    return {
        {QStringLiteral("brand"), QJsonObject{{QStringLiteral("id"), brand.brand.id},
                                              {QStringLiteral("name"), brand.brand.name},
                                              {QStringLiteral("competitor"), brand.brand.isCompetitor}}},
        {QStringLiteral("from"), stats.range.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), stats.range.to.toString(Qt::ISODate)},
        {QStringLiteral("days"), stats.range.dayCount()},
        {QStringLiteral("timezone"), workspace.timezone},
        {QStringLiteral("total"), brand.current.total},
        {QStringLiteral("adverse"), brand.current.adverse},
        {QStringLiteral("sentiment"), QJsonObject{{QStringLiteral("positive"), brand.current.positive},
                                                  {QStringLiteral("neutral"), brand.current.neutral},
                                                  {QStringLiteral("negative"), brand.current.negative}}},
        {QStringLiteral("daily"), days},
        {QStringLiteral("share_of_voice"),
         QJsonObject{{QStringLiteral("percent"), roundedPercent(brand.shareOfVoice)},
                     {QStringLiteral("all_mentions"), stats.all.total},
                     {QStringLiteral("brands"), shares}}},
        {QStringLiteral("previous_period"), previous},
    };
}

QString percentText(double percent)
{
    //: A percentage in command output, e.g. "42.5%"
    return QCoreApplication::translate("vigie::cli", "%1%").arg(QLocale().toString(percent, 'f', 1));
}

QString changeText(const BrandPeriodStats &brand)
{
    const auto change = percentChange(brand.previous.total, brand.current.total);
    if (!change)
        return brand.current.total > 0 ? QCoreApplication::translate("vigie::cli", "new")
                                       : QCoreApplication::translate("vigie::cli", "no change");
    return (*change >= 0 ? QStringLiteral("+") : QString()) + percentText(*change);
}

void printMentions(QTextStream &out, const Workspace &workspace, const BrandPeriodStats &brand,
                   const MentionStats &stats, const QList<DailyBrandCount> &daily)
{
    const QLocale locale;
    const MentionTotals &now = brand.current;
    out << QCoreApplication::translate("vigie::cli", "%1, %2 to %3 (days in %4)")
               .arg(brand.brand.name, stats.range.from.toString(Qt::ISODate),
                    stats.range.to.toString(Qt::ISODate), workspace.timezone)
        << '\n';
    out << QCoreApplication::translate("vigie::cli", "Mentions: %1 (previous period, %2 to %3: %4, %5)")
               .arg(locale.toString(now.total), stats.previousRange.from.toString(Qt::ISODate),
                    stats.previousRange.to.toString(Qt::ISODate), locale.toString(brand.previous.total),
                    changeText(brand))
        << '\n';
    out << QCoreApplication::translate("vigie::cli",
                                       "Sentiment: positive %1 (%2), neutral %3 (%4), negative %5 (%6)")
               .arg(locale.toString(now.positive), percentText(now.percentOf(now.positive)),
                    locale.toString(now.neutral), percentText(now.percentOf(now.neutral)),
                    locale.toString(now.negative), percentText(now.percentOf(now.negative)))
        << '\n';
    out << QCoreApplication::translate("vigie::cli", "Possible adverse events: %1")
               .arg(locale.toString(now.adverse))
        << '\n';
    out << QCoreApplication::translate("vigie::cli", "Share of voice: %1 of %2 mentions of all brands")
               .arg(percentText(brand.shareOfVoice), locale.toString(stats.all.total))
        << '\n';
    for (const BrandPeriodStats &other : stats.brands) {
        out << QStringLiteral("  %1 %2 %3\n")
                   .arg(other.brand.name, -24)
                   .arg(locale.toString(other.current.total), 10)
                   .arg(percentText(other.shareOfVoice), 8);
    }
    out << QCoreApplication::translate("vigie::cli",
                                       "Per day (total, positive, neutral, negative, adverse events):")
        << '\n';
    for (const DailyBrandCount &day : daily) {
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(day.day.toString(Qt::ISODate))
                   .arg(day.total, 7)
                   .arg(day.positive, 7)
                   .arg(day.neutral, 7)
                   .arg(day.negative, 7)
                   .arg(day.adverse, 7);
    }
}

// A --from/--to value: a calendar day in the workspace's timezone.
std::optional<QDate> parseDay(const QCommandLineParser &parser, const QString &option, Io io,
                              const QString &command)
{
    const QString text = parser.value(option);
    if (text.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: --%2 DATE is required (YYYY-MM-DD).")
                      .arg(command, option)
               << '\n';
        return std::nullopt;
    }
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid()) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: --%2: '%3' is not a date (YYYY-MM-DD).")
                      .arg(command, option, text)
               << '\n';
        return std::nullopt;
    }
    return day;
}

int runMentionStats(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie stats mentions");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vigie::cli",
        "Mentions of a brand over a period, from the daily aggregates: per day, sentiment, "
        "share of voice and the previous period of the same length. Days are the workspace's."));
    parser.addOption({QStringLiteral("brand"),
                      QCoreApplication::translate("vigie::cli", "Brand name (as in Tools > Brands)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("vigie::cli", "First day, YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("vigie::cli", "Last day, YYYY-MM-DD (included)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    addDatabaseOption(parser);
    if (int code = parseArguments(parser, args, io); code >= 0)
        return code;
    const auto from = parseDay(parser, QStringLiteral("from"), io, command);
    if (!from)
        return BadUsage;
    const auto to = parseDay(parser, QStringLiteral("to"), io, command);
    if (!to)
        return BadUsage;
    if (*from > *to) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: --from (%2) is after --to (%3).")
                      .arg(command, from->toString(Qt::ISODate), to->toString(Qt::ISODate))
               << '\n';
        return BadUsage;
    }
    const QString brandName = parser.value(QStringLiteral("brand")).trimmed();
    if (brandName.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "%1: --brand NAME is required.").arg(command)
               << '\n';
        return BadUsage;
    }
    Database db;
    Workspace workspace;
    if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
        return reportFailure(io, command, st);
    const MentionStats stats = loadMentionStats(db, workspace, DateRange{*from, *to});
    const BrandPeriodStats *brand = nullptr;
    QStringList names;
    for (const BrandPeriodStats &candidate : stats.brands) {
        names << candidate.brand.name;
        if (!brand && candidate.brand.name.compare(brandName, Qt::CaseInsensitive) == 0)
            brand = &candidate;
    }
    if (!brand) {
        io.err << (names.isEmpty()
                       ? QCoreApplication::translate("vigie::cli",
                                                     "%1: no brand named '%2': the workspace has no brands.")
                             .arg(command, brandName)
                       : QCoreApplication::translate("vigie::cli", "%1: no brand named '%2'. Brands: %3.")
                             .arg(command, brandName, names.join(QStringLiteral(", "))))
               << '\n';
        return Failure;
    }
    const auto daily = dailySeries(db, workspace, brand->brand.id, stats.range);
    if (parser.isSet(QStringLiteral("json"))) {
        io.out
            << QJsonDocument(mentionsJson(workspace, *brand, stats, daily)).toJson(QJsonDocument::Indented);
        return Success;
    }
    printMentions(io.out, workspace, *brand, stats, daily);
    return Success;
}

} // namespace

QString StatsCommand::summary() const
{
    return QCoreApplication::translate(
        "vigie::cli", "show how many rows each table holds; 'stats mentions' for a brand's mentions");
}

int StatsCommand::run(const QStringList &args, Io io)
{
    if (args.value(1) == QLatin1String("mentions"))
        return runMentionStats(QStringList{QStringLiteral("vigie stats mentions")} + args.mid(2), io);
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("vigie::cli", "Database file to read."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("vigie::cli", "Print JSON.")});
    if (int code = parseArguments(parser, args, io); code >= 0)
        return code;
    const QString path = databasePathOption(parser);
    if (!QFileInfo::exists(path)) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie stats: no database at %1 (create one with "
                                                            "'vigie init').")
                      .arg(path)
               << '\n';
        return Failure;
    }
    Database db;
    if (auto st = db.openSqlite(path); !st) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie stats: %1").arg(st.error()) << '\n';
        return Failure;
    }
    const auto counts = storeRowCounts(db);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (const auto &[table, count] : counts)
            object.insert(table, count);
        object.insert(QStringLiteral("schema_version"), db.schemaVersion());
        io.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    for (const auto &[table, count] : counts)
        io.out << QStringLiteral("%1 %2\n").arg(table, -14).arg(count);
    return Success;
}

} // namespace cli
} // namespace vigie
