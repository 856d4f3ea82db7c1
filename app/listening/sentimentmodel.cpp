#include "listening/sentimentmodel.h"

#include "listening/analyticsroles.h"

#include <QLocale>
#include <QSet>

namespace vigie {

namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

SentimentModel::SentimentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SentimentModel::Granularity SentimentModel::granularityFor(const DateRange &range)
{
    return range.dayCount() <= kMaxDailyPeriods ? Granularity::Day : Granularity::IsoWeek;
}

void SentimentModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_periods.clear();
    const DateRange range = snapshot.range;
    m_granularity = granularityFor(range);
    if (range.isValid()) {
        const bool daily = m_granularity == Granularity::Day;
        for (QDate start = daily ? range.from : mondayOf(range.from); start <= range.to;
             start = start.addDays(daily ? 1 : 7)) {
            const QDate end = daily ? start : start.addDays(6);
            m_periods << Period{qMax(start, range.from), qMin(end, range.to)};
        }
        QSet<Id> counted;
        for (const auto &brand : snapshot.brands) {
            if (!brand.isCompetitor)
                counted.insert(brand.id);
        }
        const qint64 firstBucketDay = daily ? range.from.toJulianDay() : mondayOf(range.from).toJulianDay();
        for (const auto &c : snapshot.dailyCounts) {
            if (!range.contains(c.day) || (!counted.isEmpty() && !counted.contains(c.brandId)))
                continue;
            const qint64 offset = c.day.toJulianDay() - firstBucketDay;
            Period &period = m_periods[daily ? offset : offset / 7];
            period.counts[PositiveColumn] += c.positive;
            period.counts[NeutralColumn] += c.neutral;
            period.counts[NegativeColumn] += c.negative;
        }
    }
    endResetModel();
}

int SentimentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int SentimentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SentimentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Period &period = m_periods.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return period.counts[index.column()];
    case Qt::ToolTipRole:
        return tr("%1 — %2: %3")
            .arg(longLabel(period), headerData(index.column(), Qt::Horizontal).toString(),
                 QLocale().toString(period.counts[index.column()]));
    case PeriodStartRole:
        return period.start;
    case PeriodEndRole:
        return period.end;
    default:
        return {};
    }
}

QVariant SentimentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case PositiveColumn:
            return tr("Positive");
        case NeutralColumn:
            return tr("Neutral");
        case NegativeColumn:
            return tr("Negative");
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_periods.size())
        return {};
    const Period &period = m_periods.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return shortLabel(period);
    case Qt::ToolTipRole:
        return longLabel(period);
    case PeriodStartRole:
        return period.start;
    case PeriodEndRole:
        return period.end;
    default:
        return {};
    }
}

QString SentimentModel::shortLabel(const Period &period) const
{
    //: Date format of chart axis labels (day and abbreviated month); see QDate::toString
    return QLocale().toString(period.start, tr("d MMM"));
}

QString SentimentModel::longLabel(const Period &period) const
{
    const QLocale locale;
    if (m_granularity == Granularity::Day)
        return locale.toString(period.start, QLocale::LongFormat);
    return tr("Week %1: %2 – %3")
        .arg(period.start.weekNumber())
        .arg(locale.toString(period.start, QLocale::ShortFormat),
             locale.toString(period.end, QLocale::ShortFormat));
}

qint64 SentimentModel::maxPeriodTotal() const
{
    qint64 result = 0;
    for (const auto &period : m_periods)
        result = qMax(result, period.counts[PositiveColumn] + period.counts[NeutralColumn] +
                                  period.counts[NegativeColumn]);
    return result;
}

} // namespace vigie
