#include "crisis/spikedetector.h"

#include <QHash>
#include <QtMath>
#include <algorithm>
#include <array>

namespace vigie {

namespace {

// Weekday factors learn more slowly than the level: each is updated once a week (~20 weeks).
constexpr double kWeekdaySmoothing = 0.1;
// Never trust a deviation below 10 % of the level: real traffic is never that regular.
constexpr double kMinimumLogSigma = 0.10;
// Nor a share deviation below two points.
constexpr double kMinimumShareSigma = 0.02;
// A surge at least this positive, and no more negative than usual, is good news (a campaign).
constexpr double kGoodNewsPositiveShare = 0.5;

// The baseline of one brand, moved day by day.
class Baseline
{
public:
    Baseline(const CrisisThresholds &t)
        : m_t(t)
        , m_alpha(2.0 / (qMax(t.baselineDays, 2) + 1.0))
        , m_varianceAlpha(m_alpha / 2)
    {}

    // Fits the first days (four weeks): mean level, each weekday's factor, residual spread.
    void start(const QList<DailyVolume> &days)
    {
        double sum = 0;
        std::array<double, 7> weekdaySum{};
        std::array<int, 7> weekdayCount{};
        qint64 negatives = 0, totals = 0;
        for (const auto &d : days) {
            sum += d.total;
            weekdaySum[size_t(d.day.dayOfWeek() - 1)] += d.total;
            ++weekdayCount[size_t(d.day.dayOfWeek() - 1)];
            negatives += d.negative;
            totals += d.total;
        }
        m_level = qMax(sum / qMax<qsizetype>(days.size(), 1), 0.1);
        for (size_t w = 0; w < 7; ++w) {
            const double mean = weekdayCount[w] ? weekdaySum[w] / weekdayCount[w] : m_level;
            m_weekday[w] = qBound(0.2, mean / m_level, 5.0);
        }
        normaliseWeekdays();
        // Seven factors fitted on four samples each flatter the residuals (28 days, 8 fitted
        // values): widen them accordingly.
        double squares = 0;
        for (const auto &d : days)
            squares += extraLogVariance(double(d.total), d.day);
        m_logVariance = qMax(0.0, squares / qMax<qsizetype>(days.size() - 8, 1));
        m_negatives = double(negatives);
        m_totals = double(totals);
        double shareSquares = 0;
        int shareDays = 0;
        for (const auto &d : days) {
            if (d.total > 0) {
                shareSquares += extraShareVariance(d);
                ++shareDays;
            }
        }
        m_shareVariance = shareDays ? shareSquares / shareDays : 0;
    }

    double expectedOn(const QDate &day) const { return m_level * m_weekday[size_t(day.dayOfWeek() - 1)]; }
    // The deviation of log(count + 1): counts vary in ratio (a busy day is "twice as busy") and
    // are skewed upwards, so deviations are measured on the log scale. Counting (Poisson) noise,
    // 1/(expected + 1) on that scale, is larger on a quiet Sunday than on a busy Monday; the rest
    // (news, moods) is learnt. Never below kMinimumLogSigma.
    double logSigmaOn(const QDate &day) const
    {
        // The expectation itself is an estimate: its own variance (level and weekday factor,
        // exponentially weighted) widens the limit a little.
        const double estimation =
            1.0 + m_alpha / (2.0 - m_alpha) + kWeekdaySmoothing / (2.0 - kWeekdaySmoothing);
        const double noise = qMax(m_logVariance, 0.0) + 1.0 / (expectedOn(day) + 1.0);
        return qMax(qSqrt(noise * estimation), kMinimumLogSigma);
    }
    double volumeLimit(const QDate &day) const { return volumeBound(day, m_t.volumeSigmas); }
    double volumeFloor(const QDate &day) const { return qMax(volumeBound(day, -m_t.volumeSigmas), 0.0); }

    double share() const { return m_totals > 0 ? m_negatives / m_totals : 0; }
    double shareSigma(qint64 mentions) const
    {
        const double p = share();
        const double binomial = p * (1 - p) / double(qMax<qint64>(mentions, 1));
        return qMax(qSqrt(binomial + m_shareVariance), kMinimumShareSigma);
    }
    double shareLimit(qint64 mentions) const { return share() + m_t.negativeSigmas * shareSigma(mentions); }

    // Learns from a completed day, winsorised to the alert thresholds.
    void learn(const DailyVolume &d)
    {
        const double limit = volumeLimit(d.day);
        const double total = qBound(volumeFloor(d.day), double(d.total), limit);
        // A spike says nothing about ordinary variation: several days of it would otherwise
        // widen the limit day after day.
        if (double(d.total) <= limit)
            m_logVariance += m_varianceAlpha * (extraLogVariance(total, d.day) - m_logVariance);

        double &factor = m_weekday[size_t(d.day.dayOfWeek() - 1)];
        m_level += m_alpha * (total / factor - m_level);
        m_level = qMax(m_level, 0.1);
        factor += kWeekdaySmoothing * (qBound(0.2, total / m_level, 5.0) - factor);
        normaliseWeekdays();

        if (d.total > 0) {
            const double dayShare = double(d.negative) / double(d.total);
            const double clipped = qMin(dayShare, shareLimit(d.total));
            DailyVolume w = d;
            w.negative = qint64(qRound64(clipped * double(d.total)));
            m_shareVariance += m_alpha * (extraShareVariance(w) - m_shareVariance);
            m_negatives += m_alpha * (clipped * total - m_negatives);
            m_totals += m_alpha * (total - m_totals);
        }
    }

private:
    // How much more a day strayed from expected (log scale) than counting noise explains.
    double extraLogVariance(double observed, const QDate &day) const
    {
        const double expected = expectedOn(day);
        return qPow(qLn((observed + 1.0) / (expected + 1.0)), 2) - 1.0 / (expected + 1.0);
    }
    double volumeBound(const QDate &day, double sigmas) const
    {
        return (expectedOn(day) + 1.0) * qExp(sigmas * logSigmaOn(day)) - 1.0;
    }
    void normaliseWeekdays()
    {
        double sum = 0;
        for (double f : m_weekday)
            sum += f;
        for (double &f : m_weekday)
            f *= 7.0 / sum;
    }
    // How much more a day's share strayed than binomial noise at its count explains.
    double extraShareVariance(const DailyVolume &d) const
    {
        const double p = share();
        const double dayShare = double(d.negative) / double(d.total);
        return qMax(0.0, qPow(dayShare - p, 2) - p * (1 - p) / double(d.total));
    }

    CrisisThresholds m_t;
    double m_alpha;
    double m_varianceAlpha; // a spread needs more days than a mean to be known
    double m_level = 0;
    std::array<double, 7> m_weekday{1, 1, 1, 1, 1, 1, 1};
    double m_logVariance = 0; // beyond counting noise, exponentially weighted
    double m_negatives = 0;   // exponentially weighted negative mentions and mentions: their
    double m_totals = 0;      // ratio is the usual share, weighted by volume
    double m_shareVariance = 0;
};

} // namespace

QList<SpikeFinding> SpikeDetector::detect(const QList<DailyVolume> &rows, const QDate &evaluateFrom,
                                          const QDate &lastDay, bool lastDayPartial) const
{
    QList<SpikeFinding> findings;
    if (!lastDay.isValid())
        return findings;
    QHash<qint64, DailyVolume> byDay;
    QDate first;
    for (const auto &row : rows) {
        if (!row.day.isValid() || row.day > lastDay || row.total <= 0)
            continue;
        DailyVolume &d = byDay[row.day.toJulianDay()];
        d.day = row.day;
        d.total += row.total;
        d.negative += qBound<qint64>(0, row.negative, row.total);
        d.positive += qBound<qint64>(0, row.positive, row.total);
        if (!first.isValid() || row.day < first)
            first = row.day;
    }
    if (!first.isValid())
        return findings;
    const auto dayAt = [&](const QDate &day) {
        DailyVolume d = byDay.value(day.toJulianDay());
        d.day = day;
        return d;
    };

    Baseline baseline(m_thresholds);
    QList<DailyVolume> warmUp;
    for (QDate day = first; day < first.addDays(kMinimumHistoryDays) && day <= lastDay; day = day.addDays(1))
        warmUp << dayAt(day);
    if (warmUp.size() < kMinimumHistoryDays)
        return findings;
    baseline.start(warmUp);

    for (QDate day = first.addDays(kMinimumHistoryDays); day <= lastDay; day = day.addDays(1)) {
        const DailyVolume d = dayAt(day);
        const bool partial = lastDayPartial && day == lastDay;
        if (day >= evaluateFrom && m_thresholds.enabled) {
            SpikeFinding f;
            f.day = day;
            f.total = d.total;
            f.negative = d.negative;
            f.expectedTotal = baseline.expectedOn(day);
            f.expectedNegative = baseline.share();
            f.partialDay = partial;
            const double share = d.total > 0 ? double(d.negative) / double(d.total) : 0;

            const double statisticalLimit = baseline.volumeLimit(day);
            const double volumeLimit = qMax(statisticalLimit, double(m_thresholds.minimumMentions));
            const bool goodNews = d.total > 0 &&
                                  double(d.positive) / double(d.total) >= kGoodNewsPositiveShare &&
                                  share <= baseline.share();
            if (double(d.total) > statisticalLimit && d.total >= m_thresholds.minimumMentions && !goodNews) {
                f.kind = CrisisKind::Volume;
                f.observed = double(d.total);
                f.expected = f.expectedTotal;
                f.threshold = volumeLimit;
                findings << f;
            }
            const double shareLimit = qMax(baseline.shareLimit(d.total), m_thresholds.minimumNegativeShare);
            if (d.total >= m_thresholds.minimumMentions && share > shareLimit) {
                f.kind = CrisisKind::Negative;
                f.observed = share;
                f.expected = f.expectedNegative;
                f.threshold = shareLimit;
                findings << f;
            }
        }
        if (!partial)
            baseline.learn(d);
    }
    return findings;
}

} // namespace vigie
