#include "results.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace vigie {
namespace bench {

namespace {
QString format(double value, const QString &unit)
{
    if (std::isnan(value))
        return QStringLiteral("n/a");
    if (unit == QLatin1String("rows/s"))
        return QLocale::c().toString(qRound64(value)).replace(QLatin1Char(','), QLatin1Char(' '));
    if (unit == QLatin1String("ms"))
        return QString::number(value, 'f', value < 10 ? 3 : 1);
    if (unit == QLatin1String("x") || unit == QLatin1String("s"))
        return QString::number(value, 'f', 2);
    if (unit == QLatin1String("MB") || unit == QLatin1String("%"))
        return QString::number(value, 'f', 1);
    return QString::number(value, 'g', 6);
}

QString withUnit(double value, const QString &unit)
{
    return unit.isEmpty() ? format(value, unit) : format(value, unit) + QLatin1Char(' ') + unit;
}

QString status(const Target &target, bool measured, double value, const QString &missed)
{
    if (!measured)
        return QStringLiteral("not measured");
    return target.met(value) ? QStringLiteral("met") : missed;
}

QString runsText(const Metric &metric)
{
    QStringList parts;
    for (double v : metric.runs)
        parts << format(v, metric.unit);
    return parts.join(QStringLiteral(" / "));
}
} // namespace

double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

void Results::record(const QString &key, const QString &label, const QString &unit, double value)
{
    for (Metric &metric : m_metrics) {
        if (metric.key == key) {
            metric.runs << value;
            return;
        }
    }
    m_metrics << Metric{key, label, unit, {value}};
}

bool Results::has(const QString &key) const
{
    return std::any_of(m_metrics.cbegin(), m_metrics.cend(), [&](const Metric &m) { return m.key == key; });
}

double Results::medianOf(const QString &key) const
{
    for (const Metric &metric : m_metrics) {
        if (metric.key == key)
            return metric.median();
    }
    return std::nan("");
}

QString Results::table() const
{
    int width = 0;
    for (const Metric &m : m_metrics)
        width = qMax(width, int(m.label.size()));
    QString out;
    for (const Metric &m : m_metrics) {
        out += m.label.leftJustified(width + 2) + withUnit(m.median(), m.unit).rightJustified(18) +
               QStringLiteral("   runs: ") + runsText(m) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    for (const Target &t : m_targets) {
        const double value = medianOf(t.metricKey);
        out += QStringLiteral("%1: %2 (target %3 %4) -> %5\n")
                   .arg(t.label, withUnit(value, t.unit), t.comparison, withUnit(t.limit, t.unit),
                        status(t, has(t.metricKey), value, QStringLiteral("NOT MET")));
    }
    return out;
}

QString Results::markdown() const
{
    QString out = QStringLiteral("| Measure | Median | Runs |\n|---|---:|---|\n");
    for (const Metric &m : m_metrics)
        out += QStringLiteral("| %1 | %2 | %3 |\n").arg(m.label, withUnit(m.median(), m.unit), runsText(m));
    out += QStringLiteral("\n| Target | Measured (median) | Limit | Status |\n|---|---:|---:|---|\n");
    for (const Target &t : m_targets) {
        const double value = medianOf(t.metricKey);
        out += QStringLiteral("| %1 | %2 | %3 %4 | %5 |\n")
                   .arg(t.label, withUnit(value, t.unit), t.comparison, withUnit(t.limit, t.unit),
                        status(t, has(t.metricKey), value, QStringLiteral("**not met**")));
    }
    return out;
}

QJsonObject Results::toJson() const
{
    QJsonObject metrics;
    for (const Metric &m : m_metrics) {
        QJsonArray runs;
        for (double v : m.runs)
            runs << v;
        metrics.insert(m.key, QJsonObject{{QStringLiteral("label"), m.label},
                                          {QStringLiteral("unit"), m.unit},
                                          {QStringLiteral("median"), m.median()},
                                          {QStringLiteral("runs"), runs}});
    }
    QJsonArray targets;
    for (const Target &t : m_targets) {
        const double value = medianOf(t.metricKey);
        targets << QJsonObject{
            {QStringLiteral("target"), t.label},
            {QStringLiteral("metric"), t.metricKey},
            {QStringLiteral("median"), value},
            {QStringLiteral("comparison"), t.comparison},
            {QStringLiteral("limit"), t.limit},
            {QStringLiteral("unit"), t.unit},
            {QStringLiteral("status"), status(t, has(t.metricKey), value, QStringLiteral("not met"))}};
    }
    QJsonObject root = m_context;
    root.insert(QStringLiteral("metrics"), metrics);
    root.insert(QStringLiteral("targets"), targets);
    return root;
}

} // namespace bench
} // namespace vigie
