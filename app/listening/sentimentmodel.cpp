#include "listening/sentimentmodel.h"

#include "listening/analyticsroles.h"

#include <QLocale>
#include <QSet>

namespace vigie {

SentimentModel::SentimentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SentimentModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_periods = ChartPeriods(snapshot.range);
    m_counts = QList<Counts>(m_periods.count());
    m_countedBrands.clear();
    for (const auto &brand : snapshot.brands) {
        if (!brand.isCompetitor)
            m_countedBrands << brand.id;
    }
    m_brandsLabel = m_countedBrands.isEmpty() ? tr("All brands") : tr("Own brands");
    const QSet<Id> counted(m_countedBrands.cbegin(), m_countedBrands.cend());
    for (const auto &c : snapshot.dailyCounts) {
        const int period = m_periods.indexOf(c.day);
        if (period < 0 || (!counted.isEmpty() && !counted.contains(c.brandId)))
            continue;
        Counts &counts = m_counts[period];
        counts.values[PositiveColumn] += c.positive;
        counts.values[NeutralColumn] += c.neutral;
        counts.values[NegativeColumn] += c.negative;
    }
    endResetModel();
}

int SentimentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_periods.count();
}

int SentimentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SentimentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 value = m_counts.at(index.row()).values[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return value;
    case Qt::ToolTipRole:
        return tr("%1 — %2: %3")
            .arg(m_periods.longLabel(index.row()), headerData(index.column(), Qt::Horizontal).toString(),
                 QLocale().toString(value));
    case PeriodStartRole:
        return m_periods.at(index.row()).start;
    case PeriodEndRole:
        return m_periods.at(index.row()).end;
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
    return m_periods.headerData(section, role);
}

qint64 SentimentModel::maxPeriodTotal() const
{
    qint64 result = 0;
    for (const auto &counts : m_counts)
        result = qMax(result, counts.values[PositiveColumn] + counts.values[NeutralColumn] +
                                  counts.values[NegativeColumn]);
    return result;
}

Sentiment SentimentModel::sentimentOf(int column)
{
    switch (column) {
    case PositiveColumn:
        return Sentiment::Positive;
    case NegativeColumn:
        return Sentiment::Negative;
    default:
        return Sentiment::Neutral;
    }
}

MentionSelection SentimentModel::selection(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    MentionSelection selection;
    selection.filter.brandIds = m_countedBrands;
    selection.filter.from = m_periods.at(index.row()).start;
    selection.filter.to = m_periods.at(index.row()).end;
    selection.filter.sentiment = sentimentOf(index.column());
    //: A mention list's title: brands, period, sentiment
    selection.title = tr("%1, %2 — %3")
                          .arg(m_brandsLabel, m_periods.longLabel(index.row()),
                               headerData(index.column(), Qt::Horizontal).toString().toLower());
    return selection;
}

} // namespace vigie
