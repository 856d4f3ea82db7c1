#pragma once

#include "crisis/crisisalert.h"
#include "listening/listeningsettings.h"

#include <QDate>
#include <QList>

namespace vigie {

// One day of a brand's mentions, as mention_daily holds it.
struct DailyVolume
{
    QDate day;
    qint64 total = 0;
    qint64 negative = 0;
    qint64 positive = 0;
};

// A day the detector found abnormal. observed/expected/threshold are mention counts for a volume
// finding and shares (0..1) for a negative-share finding.
struct SpikeFinding
{
    QDate day;
    CrisisKind kind = CrisisKind::Volume;
    double observed = 0;
    double expected = 0;
    double threshold = 0; // what observed had to exceed (never below the configured minimums)
    qint64 total = 0;     // the day's mentions and negative mentions, whatever the kind
    qint64 negative = 0;
    double expectedTotal = 0;    // the baseline's volume for that day (weekday included)
    double expectedNegative = 0; // the baseline's negative share
    bool partialDay = false;
};

// The days at least this far into a brand's history (from its first mention) may alert: four
// weeks, so every weekday has been seen four times before the weekly rhythm is trusted (with
// two, one quiet year in ten raised an alert in its first month).
constexpr int kMinimumHistoryDays = 28;

// Finds the days of a brand's series that look like the start of a crisis. Pure: no I/O.
//
// Volume: an exponentially weighted level of the weekday-adjusted count, times a weekday factor
// (itself exponentially weighted, so quiet weekends and busy Mondays are expected), with an
// exponentially weighted deviation σ of log(count + 1) from log(expected + 1), never below
// counting (Poisson) noise nor 0.1. Counts vary in ratio and are skewed upwards, so the limit is
// taken on the log scale: a day alerts when its count exceeds (expected + 1)·e^(volumeSigmas·σ) − 1
// (with σ = 0.2 and 3 sigmas: 1.8 times the usual) and reaches minimumMentions —
// unless the surge is mostly good news (a campaign): at least half positive and no more negative
// than usual.
// Negative share: the exponentially weighted share (negatives / mentions) with a deviation made
// of the binomial noise at the day's count plus the day-to-day variation the baseline has seen. A
// day alerts when its share exceeds baseline + negativeSigmas·σ and minimumNegativeShare, with at
// least minimumMentions mentions.
// Smoothing spans thresholds.baselineDays. Each completed day updates the baseline winsorised to
// its alert thresholds, so a spike (or an outage) barely moves it and the day after a spike is
// judged against the usual traffic. The last day may be partial (today): it is judged against a
// full day's threshold, which a partial count can only reach late, and never updates the baseline.
class SpikeDetector
{
public:
    explicit SpikeDetector(const CrisisThresholds &thresholds)
        : m_thresholds(thresholds)
    {}

    // rows: the brand's days in any order; missing days count as zero. Days after lastDay are
    // ignored. Returns findings for days from evaluateFrom to lastDay, oldest first; earlier days
    // only build the baseline. History starts at the first day with a mention.
    QList<SpikeFinding> detect(const QList<DailyVolume> &rows, const QDate &evaluateFrom,
                               const QDate &lastDay, bool lastDayPartial) const;

private:
    CrisisThresholds m_thresholds;
};

} // namespace vigie
