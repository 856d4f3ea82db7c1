#include "ui/calendar/calendarentry.h"

#include "publishing/postsummarymodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace vigie {
namespace ui {

QList<CalendarEntry> CalendarEntry::readAll(const QAbstractItemModel *model)
{
    QList<CalendarEntry> entries;
    if (!model)
        return entries;
    const int rows = model->rowCount();
    entries.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0);
        CalendarEntry e;
        e.id = index.data(PostSummaryModel::PostIdRole).toLongLong();
        e.title = index.data(Qt::DisplayRole).toString();
        e.brandName = index.data(PostSummaryModel::BrandNameRole).toString();
        e.color = index.data(PostSummaryModel::BrandColorRole).value<QColor>();
        for (const QVariant &network : index.data(PostSummaryModel::NetworksRole).toList())
            e.networks << Network(network.toInt());
        e.state = PostState(index.data(PostSummaryModel::StateRole).toInt());
        e.stateName = index.data(PostSummaryModel::StateNameRole).toString();
        e.local = index.data(PostSummaryModel::LocalDateTimeRole).toDateTime();
        e.movable = index.data(PostSummaryModel::ReschedulableRole).toBool();
        e.recurring = index.data(PostSummaryModel::RecurringRole).toBool();
        if (e.local.isValid())
            entries << e;
    }
    return entries;
}

QString CalendarEntry::toolTip() const
{
    QStringList networkNames;
    for (Network network : networks)
        networkNames << networkDisplayName(network);
    QStringList lines;
    lines << QLocale().toString(local, QLocale::LongFormat);
    lines << (brandName.isEmpty()
                  ? stateName
                  : QCoreApplication::translate("CalendarEntry", "%1 · %2").arg(brandName, stateName));
    lines << (networkNames.isEmpty() ? QCoreApplication::translate("CalendarEntry", "No channel chosen yet")
                                     : networkNames.join(QStringLiteral(", ")));
    if (recurring)
        lines << QCoreApplication::translate("CalendarEntry", "Repeats: part of a series");
    if (!movable)
        lines << QCoreApplication::translate("CalendarEntry",
                                             "Publishing has started: this post can no longer be moved.");
    lines << QString() << title;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ui
} // namespace vigie
