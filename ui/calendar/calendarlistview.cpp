#include "ui/calendar/calendarlistview.h"

#include "publishing/calendarlistmodel.h"
#include "publishing/postsummarymodel.h"
#include "ui/calendar/chippainter.h"
#include "ui/widgets/networkicon.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace vigie {
namespace ui {

namespace {
// Paints the channels as network icons and the state as its icon and name; the text of those
// columns stays in the model for sorting, tooltips and screen readers.
class PostCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == CalendarListModel::StateColumn) {
            QStyleOptionViewItem opt(option);
            initStyleOption(&opt, index);
            opt.icon = stateIcon(PostState(index.data(PostSummaryModel::StateRole).toInt()));
            opt.features |= QStyleOptionViewItem::HasDecoration;
            opt.decorationSize = QSize(14, 14);
            const QWidget *widget = option.widget;
            QStyle *style = widget ? widget->style() : QApplication::style();
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
            return;
        }
        if (index.column() != CalendarListModel::ChannelsColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const int size = qMin(option.rect.height() - 6, 16);
        int x = option.rect.left() + 4;
        const int y = option.rect.top() + (option.rect.height() - size) / 2;
        for (const QVariant &network : index.data(PostSummaryModel::NetworksRole).toList()) {
            if (x + size > option.rect.right())
                break;
            networkIcon(Network(network.toInt())).paint(painter, QRect(x, y, size, size));
            x += size + 3;
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == CalendarListModel::StateColumn)
            size.rwidth() += 20; // the icon painted in front of the name
        if (index.column() == CalendarListModel::ChannelsColumn)
            size.setWidth(index.data(PostSummaryModel::NetworksRole).toList().size() * 19 + 8);
        return size;
    }
};
} // namespace

CalendarListView::CalendarListView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("calendarList"));
    setItemDelegate(new PostCellDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setIconSize(QSize(14, 14));
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicator(CalendarListModel::WhenColumn, Qt::AscendingOrder);
    connect(this, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Id postId = index.data(PostSummaryModel::PostIdRole).toLongLong(); postId != 0)
            emit editRequested(postId);
    });
}

void CalendarListView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    // Dates, brands, icons and states take the room they need; the text gets the rest.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(CalendarListModel::TextColumn, QHeaderView::Stretch);
}

Id CalendarListView::currentPostId() const
{
    return currentIndex().data(PostSummaryModel::PostIdRole).toLongLong();
}

bool CalendarListView::selectPost(Id postId)
{
    if (!model())
        return false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (index.data(PostSummaryModel::PostIdRole).toLongLong() == postId) {
            setCurrentIndex(index);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace ui
} // namespace vigie
