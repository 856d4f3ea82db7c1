#pragma once

#include "core/types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace vigie {

enum class CrisisKind { Volume, Negative };
QString crisisKindKey(CrisisKind kind); // "volume", "negative" (as stored)
std::optional<CrisisKind> crisisKindFromKey(const QString &key);

// A row of crisis_alerts. observed/expected/threshold are mention counts for a volume alert and
// shares (0..1) for a negative-share alert, as they were when it was raised.
struct CrisisAlert
{
    Id id = 0;
    Id workspaceId = 0;
    Id brandId = 0;
    QString brandName;
    QDate day; // in the workspace's timezone
    CrisisKind kind = CrisisKind::Volume;
    double observed = 0;
    double expected = 0;
    double threshold = 0;
    QStringList terms; // words and hashtags driving the spike, strongest first
    QDateTime raisedAt;
    QDateTime acknowledgedAt; // invalid while nobody dismissed it
    QString acknowledgedBy;
    // The day's counts as stored now (mention_daily): a day still going on keeps growing after
    // its alert was raised.
    qint64 dayTotal = 0;
    qint64 dayNegative = 0;
};

// What the banner and the tray show: one brand's day, whatever kinds of alert it raised.
struct CrisisSignal
{
    Id brandId = 0;
    QString brandName;
    QDate day;
    qint64 total = 0;               // mentions that day (now)
    double negativeShare = 0;       // 0..1, that day (now)
    double usualTotal = -1;         // from the volume alert; -1 when only the share alerted
    double usualNegativeShare = -1; // from the negative alert; -1 when only the volume alerted
    QStringList terms;
    QList<Id> alertIds; // dismissing the signal acknowledges all of them
};

// Alerts of the same brand and day merged, in the order of their first alert.
QList<CrisisSignal> crisisSignals(const QList<CrisisAlert> &alerts);

} // namespace vigie
