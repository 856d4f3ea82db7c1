#include "listening/listeningsettings.h"

#include "storage/database.h"
#include "storage/listeningrepository.h"

#include <QCoreApplication>

namespace vigie {

namespace {

const QString kCollectMinutes = QStringLiteral("listening.collectMinutes");
const QString kCrisisEnabled = QStringLiteral("crisis.enabled");
const QString kVolumeSigmas = QStringLiteral("crisis.volumeSigmas");
const QString kNegativeSigmas = QStringLiteral("crisis.negativeSigmas");
const QString kMinimumMentions = QStringLiteral("crisis.minimumMentions");
const QString kMinimumNegativeShare = QStringLiteral("crisis.minimumNegativeShare");
const QString kBaselineDays = QStringLiteral("crisis.baselineDays");

double readDouble(const ListeningRepository &repo, Id ws, const QString &key, double fallback)
{
    bool ok = false;
    const double value = repo.setting(ws, key).toDouble(&ok);
    return ok ? value : fallback;
}

int readInt(const ListeningRepository &repo, Id ws, const QString &key, int fallback)
{
    bool ok = false;
    const int value = repo.setting(ws, key).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

ListeningSettings loadListeningSettings(Database &db, Id workspaceId)
{
    const ListeningRepository repo(db);
    ListeningSettings s;
    s.collectMinutes = qBound(0, readInt(repo, workspaceId, kCollectMinutes, s.collectMinutes), 24 * 60);
    CrisisThresholds &c = s.crisis;
    c.enabled = repo.setting(workspaceId, kCrisisEnabled, QStringLiteral("1")) != QLatin1String("0");
    c.volumeSigmas = qBound(1.0, readDouble(repo, workspaceId, kVolumeSigmas, c.volumeSigmas), 10.0);
    c.negativeSigmas = qBound(1.0, readDouble(repo, workspaceId, kNegativeSigmas, c.negativeSigmas), 10.0);
    c.minimumMentions = qBound(1, readInt(repo, workspaceId, kMinimumMentions, c.minimumMentions), 100000);
    c.minimumNegativeShare =
        qBound(0.0, readDouble(repo, workspaceId, kMinimumNegativeShare, c.minimumNegativeShare), 1.0);
    c.baselineDays = qBound(7, readInt(repo, workspaceId, kBaselineDays, c.baselineDays), 365);
    return s;
}

Status saveListeningSettings(Database &db, Id workspaceId, const ListeningSettings &s)
{
    const CrisisThresholds &c = s.crisis;
    if (s.collectMinutes < 0 || s.collectMinutes > 24 * 60)
        return Status::failure(QCoreApplication::translate(
            "vigie::ListeningSettings", "Collect every 0 to 1,440 minutes (0 = only when asked)."));
    if (c.volumeSigmas < 1.0 || c.volumeSigmas > 10.0 || c.negativeSigmas < 1.0 || c.negativeSigmas > 10.0)
        return Status::failure(QCoreApplication::translate(
            "vigie::ListeningSettings", "Alert thresholds go from 1 to 10 deviations above the baseline."));
    if (c.minimumMentions < 1 || c.minimumMentions > 100000)
        return Status::failure(QCoreApplication::translate(
            "vigie::ListeningSettings", "The minimum number of mentions for an alert must be at least 1."));
    if (c.minimumNegativeShare < 0.0 || c.minimumNegativeShare > 1.0)
        return Status::failure(QCoreApplication::translate(
            "vigie::ListeningSettings", "The minimum negative share goes from 0 % to 100 %."));
    if (c.baselineDays < 7 || c.baselineDays > 365)
        return Status::failure(
            QCoreApplication::translate("vigie::ListeningSettings", "The baseline spans 7 to 365 days."));
    ListeningRepository repo(db);
    Transaction tx(db);
    const QList<QPair<QString, QString>> values = {
        {kCollectMinutes, QString::number(s.collectMinutes)},
        {kCrisisEnabled, c.enabled ? QStringLiteral("1") : QStringLiteral("0")},
        {kVolumeSigmas, QString::number(c.volumeSigmas)},
        {kNegativeSigmas, QString::number(c.negativeSigmas)},
        {kMinimumMentions, QString::number(c.minimumMentions)},
        {kMinimumNegativeShare, QString::number(c.minimumNegativeShare)},
        {kBaselineDays, QString::number(c.baselineDays)},
    };
    for (const auto &[key, value] : values) {
        if (auto st = repo.setSetting(workspaceId, key, value); !st)
            return st;
    }
    return tx.commit();
}

} // namespace vigie
