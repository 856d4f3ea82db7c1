#include "ui/inbox/conversationlistview.h"

namespace vigie {
namespace ui {

ConversationListView::ConversationListView(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true); // every row has the same height: no measuring a million rows
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
}

} // namespace ui
} // namespace vigie
