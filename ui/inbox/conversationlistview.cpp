#include "ui/inbox/conversationlistview.h"

#include <QKeyEvent>

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

void ConversationListView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && (event->key() == Qt::Key_J || event->key() == Qt::Key_K)) {
        const QModelIndex next = moveCursor(event->key() == Qt::Key_J ? MoveDown : MoveUp, Qt::NoModifier);
        if (next.isValid())
            setCurrentIndex(next);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace ui
} // namespace vigie
