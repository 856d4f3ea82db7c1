#include "listening/engagementmodel.h"

#include "listening/analyticsroles.h"
#include "listening/topsourcesmodel.h"

#include <QLocale>
#include <algorithm>

namespace vigie {

EngagementModel::EngagementModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::utc())
{}

void EngagementModel::setSnapshot(const AnalyticsSnapshot &snapshot)
{
    beginResetModel();
    m_rows = snapshot.engagement;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const PostMetricsRow &a, const PostMetricsRow &b) {
        return engagementOf(a) > engagementOf(b);
    });
    if (m_rows.size() > kTopPostCount)
        m_rows.resize(kTopPostCount);
    endResetModel();
}

void EngagementModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

int EngagementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EngagementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// The text without emoji: chart axes measure labels with the widget's font and cut a label whose
// emoji come from a fallback font to "...", and the tooltip keeps the whole text anyway.
QString withoutEmoji(const QString &text)
{
    QString result;
    for (const char32_t c : text.toUcs4()) {
        const bool emoji = QChar::category(c) == QChar::Symbol_Other || c == 0x200D || c == 0xFE0F ||
                           (c >= 0x1F000 && c <= 0x1FAFF);
        if (!emoji)
            result += QString::fromUcs4(&c, 1);
    }
    return result.simplified();
}

} // namespace

QString EngagementModel::label(const PostMetricsRow &row) const
{
    QString text = withoutEmoji(row.body);
    if (text.size() > kLabelTextLength)
        text = text.left(kLabelTextLength - 1).trimmed() + QChar(0x2026);
    //: Date format of a post on the engagement chart (day and abbreviated month); see QDate::toString
    const QString day = QLocale().toString(row.publishedAt.toTimeZone(m_zone).date(), tr("d MMM"));
    //: A post on the engagement chart's axis: day, network, start of the text
    return tr("%1 · %2 · %3").arg(day, TopSourcesModel::networkName(row.network, QString()), text);
}

QVariant EngagementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostMetricsRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PostColumn:
            return label(row);
        case NetworkColumn:
            return TopSourcesModel::networkName(row.network, QString());
        case PublishedColumn:
            return row.publishedAt;
        case LikesColumn:
            return row.likes;
        case RepostsColumn:
            return row.reposts;
        case RepliesColumn:
            return row.replies;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1\nLikes: %2, reposts: %3, replies: %4")
            .arg(row.body.simplified(), QLocale().toString(row.likes), QLocale().toString(row.reposts),
                 QLocale().toString(row.replies));
    default:
        return {};
    }
}

QVariant EngagementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
    switch (section) {
    case PostColumn:
        return tr("Post");
    case NetworkColumn:
        return tr("Network");
    case PublishedColumn:
        return tr("Published");
    case LikesColumn:
        return tr("Likes");
    case RepostsColumn:
        return tr("Reposts");
    case RepliesColumn:
        return tr("Replies");
    default:
        return {};
    }
}

qint64 EngagementModel::maxEngagement() const
{
    qint64 result = 0;
    for (const auto &row : m_rows)
        result = qMax(result, engagementOf(row));
    return result;
}

} // namespace vigie
