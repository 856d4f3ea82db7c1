#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Benchmark figures: one value per metric per run, reported as the median over runs.
namespace vigie {
namespace bench {

double median(QList<double> values);

struct Metric
{
    QString key;   // "ingest.messages.vigie_rows_per_s"
    QString label; // for the table
    QString unit;
    QList<double> runs;
    double median() const { return bench::median(runs); }
};

struct Target
{
    QString label;
    QString metricKey;
    QString comparison; // ">=" or "<="
    double limit = 0;
    QString unit;
    bool met(double value) const
    {
        return comparison == QLatin1String(">=") ? value >= limit : value <= limit;
    }
};

class Results
{
public:
    // Adds value to the metric's runs, creating the metric (in report order) the first time.
    void record(const QString &key, const QString &label, const QString &unit, double value);
    bool has(const QString &key) const;
    double medianOf(const QString &key) const;
    const QList<Metric> &metrics() const { return m_metrics; }

    void setContext(const QJsonObject &context) { m_context = context; }
    void addTarget(const Target &target) { m_targets << target; }

    QString table() const;    // plain text, for the terminal
    QString markdown() const; // for docs/PERFORMANCE.md
    QJsonObject toJson() const;

private:
    QList<Metric> m_metrics;
    QList<Target> m_targets;
    QJsonObject m_context;
};

} // namespace bench
} // namespace vigie
